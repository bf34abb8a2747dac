"""A chat group's messages saved as text (Zalo's "Lưu tin nhắn", a copied conversation): the
report a unit's person typed into the group, laid out as the document it stands for.

A line "<name>  <hh:mm>  <dd/mm/yyyy>" (files.yaml ``chat_stamps``) opens each message. The
person who writes first is the one reporting; their messages, in order, are the document; what
others answer ("Ok em, nhớ bổ sung số liệu …") is not. The unit is the one the first message
speaks for ("em … trưởng ấp Prey Chóp báo cáo …": files.yaml ``chat_unit``), the day is the first
message's, the type is what it says it sends (báo cáo, kế hoạch)."""

from __future__ import annotations

import re

from .. import ruleset
from ..model import Block
from ..normalize import fold


@ruleset.cached
def _rules() -> tuple[list[re.Pattern], re.Pattern]:
    data = ruleset.load_yaml("files.yaml")
    return [re.compile(p) for p in data["chat_stamps"]], re.compile(data["chat_unit"])


def _stamp(line: str) -> re.Match | None:
    for pattern in _rules()[0]:
        m = pattern.match(line.strip())
        if m:
            return m
    return None


def messages(lines: list[str]) -> list[tuple[str, str, list[str]]]:
    """(author, ISO day, lines) of each message; [] when the text is no chat (fewer than two
    stamped messages)."""
    out: list[tuple[str, str, list[str]]] = []
    for line in lines:
        m = _stamp(line)
        if m:
            day = f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
            out.append((m.group("who").strip(), day, []))
        elif out and line.strip():
            out[-1][2].append(line.strip())
    return out if len(out) >= 2 else []


def chat_report(lines: list[str]) -> list[Block] | None:
    """The first author's messages laid out as a document: the unit as its issuer, the Quốc
    hiệu, the day, the type it says it sends, its opening sentence as the title, then each line
    as a paragraph. None for a text that is no chat."""
    said = messages(lines)
    if not said:
        return None
    author = said[0][0]
    mine = [m for m in said if m[0] == author and m[2]]
    if not mine:
        return None
    first = " ".join(mine[0][2])
    unit = _rules()[1].search(first)
    name = unit.group("unit").strip() if unit else author
    name = name[:1].upper() + name[1:]
    key = fold(first)
    kind = "BÁO CÁO" if re.search(r"\bbao cao\b", key) else "KẾ HOẠCH" if re.search(r"\bke hoach\b", key) else None
    y, mo, d = mine[0][1].split("-")
    blocks = [Block(text=name.upper()),
              Block(text="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
              Block(text="Độc lập - Tự do - Hạnh phúc"),
              Block(text=f"{name}, ngày {d} tháng {mo} năm {y}")]
    if kind:
        blocks += [Block(text=kind, align="center"), Block(text=first, align="center")]
    body = [line for _, _, ls in mine for line in ls]
    blocks += [Block(kind="paragraph", text=line) for line in (body[1:] if kind and len(mine[0][2]) == 1 else body)]
    return blocks
