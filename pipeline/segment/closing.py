"""The closing of a document: Nơi nhận and the signature block (authority, title, signer)."""

from __future__ import annotations

import re

from .. import ruleset
from ..model import Meta
from ..names import normal_case
from ..normalize import fold

from .header import _LIST_NO, _clean_item, _date_iso
from .headings import _heading_match
from .lines import Line, _AUTHORITY, _DASH, _NOI_NHAN, _PLACE_DATE, _caps


# ---------------------------------------------------------------------------
# Closing


def parse_closing(lines: list[Line], start: int, meta: Meta) -> int:
    """Fill recipients and the signature; return the index where the body ends."""
    n = len(lines)
    end = n
    noi_nhan = None
    for i in range(start, n):
        if _NOI_NHAN.match(lines[i].text):
            noi_nhan = i
            break
    auth_idx = [i for i in range(start, n) if _AUTHORITY.match(lines[i].text) and _caps(_AUTHORITY.match(lines[i].text).group("rest"))]
    # the closing starts at the first of Nơi nhận / the authority lines, after the body's last heading
    candidates = [i for i in [noi_nhan] + auth_idx[:1] if i is not None]
    if candidates:
        end = min(candidates)
    if noi_nhan is not None:
        rest = _NOI_NHAN.match(lines[noi_nhan].text).group("rest").strip()
        items = [_clean_item(rest)] if rest else []
        j = noi_nhan + 1
        while j < n and lines[j].column != "right":
            text = lines[j].text
            if _DASH.match(text) or _LIST_NO.match(text) or text.startswith("Lưu"):
                items.append(_clean_item(text))
            elif len(text) <= 3 and j + 1 < n and _DASH.match(lines[j + 1].text):
                pass  # a speck the scanner read as letters
            else:
                break
            j += 1
        meta.recipients = meta.recipients + [x for x in items if x]
    # signature: authority lines, then the title, then the name (possibly after "(Đã ký)")
    sig_start = auth_idx[0] if auth_idx else None
    if sig_start is None:
        # a head signing directly: a short caps title line near the end followed by a name; in a
        # closing laid out in columns, the right one's (a form's "NGƯỜI LẬP BIỂU" signs on the left)
        near = range(max(end, n - 12), n)
        for i in sorted(near, key=lambda k: lines[k].column != "right"):
            if _caps(lines[i].text) and len(lines[i].text) < 40 and i + 1 < n and not _NOI_NHAN.match(lines[i].text):
                if _DASH.match(lines[i].text) or _heading_match(lines[i].text):
                    continue
                if any(_person_name(lines[k].text) for k in range(i + 1, min(n, i + 4))):
                    sig_start = i
                    end = min(end, i)
                    break
    if sig_start is not None:
        i = sig_start
        authorities = []
        while i < n and _AUTHORITY.match(lines[i].text):
            authorities.append(lines[i].text.strip())
            i += 1
            if i < n and _wraps_committee(authorities[-1], lines[i].text):
                authorities[-1] += " " + lines[i].text.strip()  # "TM. BAN THƯỜNG VỤ TỈNH" / "ĐOÀN"
                i += 1
        if authorities:
            meta.signing_authority = re.sub(r"\s+", " ", authorities[-1])
        titles = []
        while i < n and len(titles) < 2:
            text = lines[i].text
            if _speck(text):  # what OCR made of a seal's remnant or a pen stroke: "4", "¬ -"
                i += 1
                continue
            if not _caps(text) or _person_name(text) or _DASH.match(text) or _NOI_NHAN.match(text):
                break
            titles.append(text.strip())
            i += 1
        if titles:
            meta.signer_title = normal_case(" ".join(titles))
        elif authorities and authorities[-1].startswith("Q."):
            # "Q. TRƯỞNG PHÒNG" with no line under it: the acting head signs ("Quyền Trưởng phòng")
            meta.signer_title = "Quyền " + normal_case(_AUTHORITY.match(authorities[-1]).group("rest"))
        for k in range(i, min(n, i + 6)):
            if _person_name(lines[k].text):
                meta.signer = lines[k].text.strip()
                break
    if meta.date is None:
        # a document typed without the header of NĐ 30 (a tổ trưởng's report) dates itself above
        # its signature: "Gia Sàng, ngày 09 tháng 6 năm 2026" / "TỔ TRƯỞNG" / the name
        for k in range(end - 1, max(start, end - 3) - 1, -1):
            m = _PLACE_DATE.match(lines[k].text.strip())
            if m:
                meta.place, meta.date = m.group("place").strip(), _date_iso(m)
                end = k
                break
    return end


@ruleset.cached
def _committees() -> tuple[str, ...]:
    """The committees named by their level, folded ("huyen uy", "tinh doan": bodies.yaml party_committees)."""
    return tuple(fold(k) for k in ruleset.load_yaml("bodies.yaml").get("party_committees", {}))


def _wraps_committee(authority: str, line: str) -> bool:
    """Whether an authority line goes on into the next: its last word and the next line's make a
    committee named by its level ("… THƯỜNG VỤ TỈNH" / "ĐOÀN" is the Tỉnh Đoàn's)."""
    words = authority.split()
    nxt = line.strip().split()
    return bool(words and nxt and len(nxt) <= 2 and fold(f"{words[-1]} {nxt[0]}") in _committees())


def _speck(text: str) -> bool:
    """A line of fewer than three letters in a signature block is no title: a speck, a seal's
    remnant or a pen stroke as OCR read it."""
    return sum(ch.isalpha() for ch in text) < 3


_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][a-zđà-ỹ]*$")


@ruleset.cached
def _ranks() -> re.Pattern:
    ranks = ruleset.load_yaml("bodies.yaml").get("signer_ranks") or []
    return re.compile(r"^(?:" + "|".join(map(re.escape, ranks)) + r")\s+(?=\S)") if ranks else re.compile(r"(?!)")


def _person_name(text: str) -> bool:
    words = _ranks().sub("", text.strip()).split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in text):
        return False
    import unicodedata

    def ok(w: str) -> bool:
        w = unicodedata.normalize("NFC", w)
        if re.search(r"\w['’]\w", w):  # "H'Luyến", "Y'Bih": the names of the Central Highlands
            return all(ok(p) for p in re.split(r"['’]", w))
        return w[:1].isupper() and (w[1:].islower() or len(w) == 1 or w.isupper())

    if _caps(text):
        return False
    return all(ok(w) for w in words)
