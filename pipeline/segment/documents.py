"""Documents attached after the main one (an appendix, a plan issued with a decision), and files of several documents."""

from __future__ import annotations

import re

from .. import ruleset
from ..model import Block, Section
from ..normalize import fold

from .header import _type_line
from .lines import Line, _AUTHORITY, _END_MARK, _NOI_NHAN, _SO, _VV, _caps, _ocr_clean


# ---------------------------------------------------------------------------


# A document attached to the main one, in the same file, after its closing (Nghị định
# 30/2020, Phụ lục I, III.1: "văn bản kèm theo", "Phụ lục"): its name ("KẾ HOẠCH" and its
# title, "Phụ lục I" and its name), then the line "(Ban hành kèm theo Quyết định số …)" or
# "(Kèm theo văn bản số …)".
# (or, in brackets, after what it names: "(Danh mục nhiệm vụ kèm theo Kế hoạch số 78/KH-UBND …)")
_ATTACHED = re.compile(r"^(?:\(?\s*|\(\s*[^()]{3,60}?\s+)(?:được\s+)?(?:ban\s+hành\s+)?kèm\s+theo\b", re.I)


_APPENDIX = re.compile(r"^\s*phụ\s+lục\b", re.I)


def _closing_start(lines: list[Line], start: int) -> int | None:
    for i in range(start, len(lines)):
        m = _AUTHORITY.match(lines[i].text)
        if _NOI_NHAN.match(lines[i].text) or (m and _caps(m.group("rest"))):
            return i
    return None


def _name_start(lines: list[Line], cue: int, floor: int) -> int:
    """The first line of an attachment's name, above its "(Kèm theo …)" line."""
    for i in range(cue - 1, max(floor, cue - 5), -1):
        if _type_line(lines[i].text) or _APPENDIX.match(lines[i].text):
            return i
    return cue


def attachments(lines: list[Line], start: int) -> list[tuple[int, int, int]]:
    """(first line of the name, the "(Kèm theo …)" line, end) of each document attached after
    the main document's closing, which begins the search at ``start``."""
    closing = _closing_start(lines, start)
    if closing is None:
        return []
    cues = [i for i in range(closing, len(lines)) if _ATTACHED.match(lines[i].text) and len(lines[i].text) < 300
            and lines[i].table is None]
    out = []
    floor = closing
    for k, cue in enumerate(cues):
        first = _name_start(lines, cue, floor)
        nxt = _name_start(lines, cues[k + 1], cue) if k + 1 < len(cues) else len(lines)
        end = _closing_start(lines, cue + 1)  # an attachment may be signed too
        out.append((first, cue, min(end, nxt) if end is not None else nxt))
        floor = cue
    return out


def _prefix(sections: list[Section], prefix: str) -> None:
    for sec in sections:
        sec.id = f"{prefix}.{sec.id}" if sec.id else prefix
        _prefix(sec.children, prefix)


def _ids(sections: list[Section]) -> set[str]:
    return {x for s in sections for x in {s.id} | _ids(s.children)}


# ---------------------------------------------------------------------------
# several documents in one file


def _block_lines(block: Block) -> list[str]:
    if block.kind == "table":
        return [piece for row in (block.rows or []) for cell in row for piece in cell.split("\n")]
    return [_ocr_clean(x) for x in block.text.split("\n")] if block.ocr else block.text.split("\n")


def _opens_document(block: Block) -> bool:
    """A block holding a Quốc hiệu: where a document of NĐ 30 layout begins."""
    if block.part not in ("body", "textbox"):
        return False
    # (OCR may join the issuer column's first line and the Quốc hiệu into one line)
    return any("cong hoa xa hoi chu nghia" in fold(x) for x in _block_lines(block))


def _closes_document(block: Block) -> bool:
    return any(_NOI_NHAN.match(x) or _AUTHORITY.match(x) or _END_MARK.search(x) for x in _block_lines(block))


def _header_line(block: Block) -> bool:
    """A line of an issuer column above a Quốc hiệu read after it: capitals, "Số: …", "V/v …"."""
    text = _ocr_clean(block.text) if block.ocr else block.text.strip()
    if (block.style or "").lower().startswith("heading"):
        return False  # a page's own heading ("NỘI DUNG VĂN BẢN") above the document
    return bool(block.kind != "table" and text and len(text) <= 90 and (
        _caps(text) or _SO.match(text) or _VV.match(text) or set(text) <= set("-–—_*~= ")
        or (block.ocr and not re.search(r"[^\W\d_]{2}", text))))  # (a speck OCR read: ":", "_ .")


@ruleset.cached
def _routing_slip() -> re.Pattern:
    return re.compile(ruleset.load_yaml("files.yaml")["routing_slips"])


def _slip_end(blocks: list[Block], opening: int) -> int:
    """Where the document after a receiving office's routing slip begins ("PHIẾU TRÌNH GIẢI QUYẾT
    CÔNG VIỆC" stapled in front of a unit's report, files.yaml ``routing_slips``): the first block
    of the next page (a scan), else of the next Quốc hiệu and the issuer column above it; 0 when
    the document at ``opening`` is no slip or nothing follows it."""
    slip = _routing_slip()
    if not any(slip.match(fold(x).strip()) for b in blocks[opening:opening + 8] for x in _block_lines(b)):
        return 0
    page = blocks[opening].page
    for j in range(opening + 1, len(blocks)):
        if page is not None and blocks[j].page is not None and blocks[j].page > page:
            return j
        if page is None and _opens_document(blocks[j]):
            while j > opening + 1 and _header_line(blocks[j - 1]):
                j -= 1
            return j
    return 0


def front_matter(blocks: list[Block]) -> int:
    """How many blocks come before the document's own header: the page of an e-office system a
    document was saved from (its title, menus, a table of the document's data) before the
    Quốc hiệu and the issuer column; a receiving office's routing slip (``_slip_end``). 0 when
    the header opens the file."""
    for i, block in enumerate(blocks[:60]):
        if _opens_document(block):
            slip = _slip_end(blocks, i)
            if slip:
                return slip
            start = i
            while start > 0 and i - (start - 1) <= 6 and _header_line(blocks[start - 1]):
                start -= 1
            before = blocks[:start]
            # the document's own lines above its Quốc hiệu (an issuer column with "Số:", a "V/v"
            # that wraps) are no front matter: a page's chrome has a table or no "Số:" of its own
            own = any(_SO.match(x) for b in before for x in _block_lines(b))
            if before and (any(b.kind == "table" for b in before) or not own):
                return start
            return 0
    return _cover_note(blocks)


def _cover_note(blocks: list[Block]) -> int:
    """How many blocks a message's cover line takes before a report typed without a Quốc hiệu
    ("UBND xã Hương Khê kính gửi Sở NN&MT báo cáo nhanh …", then "UBND XÃ HƯƠNG KHÊ" / "BÁO CÁO
    NHANH" / its title): the lines in small letters before an issuer in capitals that a type
    line follows. 0 for anything else."""
    for i, block in enumerate(blocks[:4]):
        text = block.text.strip()
        if block.kind == "table" or not text:
            return 0
        if _caps(text) and len(text) <= 90:
            typed = any(_type_line(b.text.strip()) for b in blocks[i + 1:i + 3] if b.kind != "table")
            return i if typed else 0
        if _caps(text) or _SO.match(text) or _type_line(text):
            return 0
    return 0


def split_documents(blocks: list[Block]) -> list[list[Block]]:
    """The documents a file holds one after another (a cover letter and the plan it sends,
    several units' plans scanned together): a new one begins at a Quốc hiệu that follows a
    finished document (its "Nơi nhận", a signing authority or the end mark "./."), together
    with the issuer column above it. An appendix without a Quốc hiệu stays with its document."""
    starts = [0]
    closed = False
    for i, block in enumerate(blocks):
        if i > starts[-1] and closed and _opens_document(block):
            start = i
            while start - 1 > starts[-1] and i - (start - 1) <= 6 and _header_line(blocks[start - 1]):
                start -= 1
            starts.append(start)
            closed = False
        elif _closes_document(block) and i > starts[-1]:
            closed = True
    return [blocks[a:b] for a, b in zip(starts, starts[1:] + [len(blocks)])]
