"""From positioned text lines (a PDF text layer or OCR) to paragraphs.

Shared by the PDF reader and OCR so that both give the same kind of blocks:
running headers and page numbers dropped, two-column bands (the decree's
header: issuer | Quốc hiệu; the closing: Nơi nhận | signature) read column by
column, wrapped lines joined back into paragraphs.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field, replace

from ..model import Block


@dataclass
class Segment:
    text: str
    x0: float
    x1: float


@dataclass
class Line:
    page: int
    top: float
    bottom: float
    size: float
    bold: bool = False
    segments: list[Segment] = field(default_factory=list)
    ocr: bool = False
    page_height: float = 842.0

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1

    @property
    def text(self) -> str:
        return "   ".join(s.text for s in self.segments)


@dataclass
class TableItem:
    page: int
    top: float
    rows: list[list[str]]


# A line that starts a new item: dash/plus bullets, 1. 1.2. a) I. (1) Điều/Chương/Mục/Phần.
_ITEM_START = re.compile(
    r"^([-–—•+*▪◦]\s|\(?\d{1,3}(\.\d{1,3})*[.)]\s|\(\d{1,3}\)\s|[a-zđ][).]\s|[IVXLC]{1,6}[.)]\s"
    r"|(Điều|Chương|Mục|Phần)\s|Nơi nhận|Kính gửi|Căn cứ\s)"
)
_QUOC_HIEU = re.compile(r"CỘNG\s*HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA", re.I)
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(trang\s*)?\d{1,4}(\s*/\s*\d{1,4})?[-–—\s]*$", re.I)


def drop_line_numbers(pages: list[list[Line]]) -> list[list[Line]]:
    """Remove the line numbers some exports print in the left margin ("1", "2", … before each
    line, or run into its first word: "21 chống bạo lực gia đình …"): on a page where the lines'
    leading numbers count up one by one, at least five of them and most of its lines, the numbers
    go."""
    out = []
    for lines in pages:
        lead = [(ln, int(m.group(1))) for ln in sorted(lines, key=lambda x: x.top)
                if ln.segments and (m := re.match(r"^(\d{1,3})(?:\s|$)", ln.segments[0].text))]
        steps = sum(1 for (_, a), (_, b) in zip(lead, lead[1:]) if b == a + 1)
        # (every line numbered, a wrapped one too, at one left edge: not a list's own numbers,
        # which only open its items)
        xs = [ln.segments[0].x0 for ln, _ in lead]
        if (len(lead) < 5 or steps < 0.8 * (len(lead) - 1) or len(lead) < 0.6 * len(lines)
                or max(xs) - min(xs) > 2 * max(ln.size for ln, _ in lead)):
            out.append(lines)
            continue
        numbered = {id(ln) for ln, _ in lead}
        kept = []
        for ln in lines:
            if id(ln) not in numbered:
                kept.append(ln)
                continue
            first, rest = ln.segments[0], ln.segments[1:]
            text = re.sub(r"^\d{1,3}\s*", "", first.text)
            segments = ([replace(first, text=text)] if text.strip() else []) + rest
            if segments:
                kept.append(replace(ln, segments=segments))
        out.append(kept)
    return out


def drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Remove page numbers and running headers/footers (top or bottom 8 % of a page)."""

    def zone(line: Line) -> str | None:
        if line.top < 0.08 * line.page_height:
            return "top"
        if line.bottom > 0.92 * line.page_height:
            return "bottom"
        return None

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.strip().lower())

    repeated = Counter()
    for lines in pages:
        seen = {(zone(ln), key(ln)) for ln in lines if zone(ln)}
        repeated.update(seen)
    threshold = max(2, (len(pages) + 1) // 2)
    out = []
    for lines in pages:
        kept = []
        # a page that opens with a Quốc hiệu begins a document (a cover letter's second page is
        # the plan it sends; several units' plans scanned together): its header is no running one
        opens = any(zone(ln) == "top" and _QUOC_HIEU.search(ln.text) for ln in lines)
        for ln in lines:
            z = zone(ln)
            if opens and z == "top":
                kept.append(ln)
                continue
            if z and (_PAGE_NUMBER.match(ln.text.strip()) or (len(pages) >= 2 and repeated[(z, key(ln))] >= threshold)):
                continue
            kept.append(ln)
        out.append(kept)
    return out


def to_blocks(pages: list[list[Line | TableItem]]) -> list[Block]:
    """Join lines into paragraph blocks, page after page, in reading order."""
    lines = [ln for page in pages for ln in page if isinstance(ln, Line)]
    if not lines and not any(pages):
        return []
    sizes = [ln.size for ln in lines if ln.size]
    body_size = statistics.median(sizes) if sizes else 12.0
    x0s = sorted(ln.x0 for ln in lines) or [0.0]
    x1s = sorted(ln.x1 for ln in lines) or [600.0]
    left = x0s[len(x0s) // 10]
    right = x1s[(len(x1s) * 9) // 10]
    width = max(right - left, 1.0)
    middle = (left + right) / 2

    blocks: list[Block] = []
    current: list[Line] = []
    notes: list[Block] = []  # the pages' footnotes, after the text they would break

    def flush() -> None:
        if current:
            blocks.append(_paragraph(current, left, right))
            current.clear()

    for page in pages:
        items = sorted(page, key=lambda it: it.top)
        foot = _footnotes(items, body_size)
        if foot:
            items = items[:-len(foot)]
            notes.extend(replace(_paragraph([ln], left, right), part="footnote") for ln in foot)
        i = 0
        while i < len(items):
            item = items[i]
            if isinstance(item, TableItem):
                flush()
                text = "\n".join(" | ".join(c.replace("\n", " ") for c in row) for row in item.rows)
                blocks.append(Block(kind="table", text=text, rows=item.rows, page=item.page))
                i += 1
                continue
            if current and _continues(current[-1], item, left, right, body_size):
                current.append(item)
                i += 1
                continue
            # a band: consecutive lines none of which crosses the middle, with a right column
            j = i
            band: list[Line] = []
            while j < len(items) and isinstance(items[j], Line) and (
                len(items[j].segments) >= 2 or not _crosses(items[j], middle, width)
            ):
                band.append(items[j])
                j += 1
            if len(band) >= 2 and any(seg.x0 >= middle - 0.02 * width for ln in band for seg in ln.segments):
                flush()
                blocks.extend(_band_blocks(band, middle))
                i = j
                continue
            flush()
            current.append(item)
            i += 1
    flush()
    return blocks + notes


def _footnotes(items: list, body_size: float) -> list[Line]:
    """The footnotes at a page's foot ("⁴ Nghị định số 144/2021/NĐ-CP …" under a rule, in a smaller
    size than the text), so that a paragraph running on to the next page is not cut by them: the
    last lines of the page, each smaller than the body and in its lower part, the first of them
    opening with the note's number."""
    run: list[Line] = []
    for item in reversed(items):
        if (not isinstance(item, Line) or item.ocr or not item.size or item.size > 0.87 * body_size
                or item.top < 0.55 * item.page_height):
            break
        run.insert(0, item)
    while run and not re.match(r"^\s*(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*\S", run[0].text):
        run.pop(0)  # (a smaller line above the notes that is not one: the page's own text)
    return run


def _crosses(line: Line, middle: float, width: float) -> bool:
    return any(s.x0 < middle - 0.02 * width and s.x1 > middle + 0.02 * width for s in line.segments)


def _band_blocks(band: list[Line], middle: float) -> list[Block]:
    left_col: list[tuple[Line, Segment]] = []
    right_col: list[tuple[Line, Segment]] = []
    for ln in band:
        for k, seg in enumerate(ln.segments):
            centre = (seg.x0 + seg.x1) / 2
            if len(ln.segments) >= 2:
                right = k > 0  # a line of two columns: its first segment is the left one
            else:
                right = centre >= middle
            (right_col if right else left_col).append((ln, seg))
    out = []
    for column, items in (("left", left_col), ("right", right_col)):
        for ln, seg in items:
            out.append(
                Block(
                    kind="paragraph",
                    text=seg.text,
                    page=ln.page,
                    bold=ln.bold or None,
                    font_size=round(ln.size, 1) if ln.size else None,
                    align="center",
                    column=column,
                    ocr=ln.ocr,
                    caps=_caps(seg.text) or None,
                )
            )
    return out


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _continues(prev: Line, line: Line, left: float, right: float, body_size: float) -> bool:
    size = max(prev.size, line.size, 1.0)
    if _ITEM_START.match(line.text) or len(prev.segments) > 1 or len(line.segments) > 1:
        return False  # a new item, or lines of two columns
    # OCR sizes come from word boxes, which diacritics make uneven: compare them loosely
    tolerance = 0.25 * size if (prev.ocr or line.ocr) else 1.0
    if abs(prev.size - line.size) > tolerance or prev.bold != line.bold:
        return False
    if line.page == prev.page:
        gap = line.top - prev.bottom
        if gap > 0.9 * size:
            return False
    elif line.page != prev.page + 1:
        return False
    # wrapped: the line ran to the margin, or its next word would not have fitted there
    words = line.text.split()
    first_word = len(words[0]) if words else 0
    full = prev.x1 >= right - 2.5 * size or prev.x1 + (first_word + 1) * 0.5 * size >= right - 0.5 * size
    at_margin = line.x0 <= left + 1.5 * size
    if full and at_margin:
        return True
    # wrapped centred lines of a title: both centred, same case
    centre = (left + right) / 2
    prev_c = abs((prev.x0 + prev.x1) / 2 - centre) < 2 * size and prev.x0 > left + 2 * size
    line_c = abs((line.x0 + line.x1) / 2 - centre) < 2 * size and line.x0 > left + 2 * size
    if prev_c and line_c and line.page == prev.page and _caps(prev.text) == _caps(line.text):
        return not prev.text.rstrip().endswith((".", ":", ";"))
    return False


def _paragraph(lines: list[Line], left: float, right: float) -> Block:
    text = " ".join(ln.text.strip() for ln in lines)
    sizes = [ln.size for ln in lines if ln.size]
    first = lines[0]
    centre = (left + right) / 2
    size = first.size or 12.0
    if len(lines) == 1 and abs((first.x0 + first.x1) / 2 - centre) < 2 * size and first.x0 > left + 2 * size:
        align = "center"
    elif len(lines) == 1 and first.x1 >= right - size and first.x0 > centre:
        align = "right"
    elif len(lines) > 1:
        align = "justify"
    else:
        align = "left"
    bold_share = sum(1 for ln in lines if ln.bold) / len(lines)
    return Block(
        kind="paragraph",
        text=text,
        page=first.page,
        bold=(bold_share > 0.5) or None,
        caps=_caps(text) or None,
        align=align,
        indent=round(first.x0 - left, 1),
        font_size=round(statistics.median(sizes), 1) if sizes else None,
        ocr=first.ocr,
    )
