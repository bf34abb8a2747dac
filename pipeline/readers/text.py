"""Plain text, Markdown and HTML readers.

Bytes are decoded by ``encoding.decode_bytes`` (UTF-8/16, Windows-1258, and the
legacy Vietnamese encodings). A text line is a paragraph; hard-wrapped text
(lines broken at a fixed width) is joined back. HTML is parsed with lxml.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..encoding import decode_bytes
from ..model import Block, RawDocument, Source
from .layout import _ITEM_START

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_EMPH = re.compile(r"(\*\*|__)(.+?)\1")
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_MD_TABLE_SEP = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _md_inline(text: str) -> str:
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.I)
    text = _MD_EMPH.sub(r"\2", text)
    return _MD_ITALIC.sub(r"\1", text)


def read_text(path: Path, source: Source, markdown: bool = False) -> RawDocument:
    text, encoding = decode_bytes(path.read_bytes())
    source.encoding = encoding
    return RawDocument(source=source, blocks=text_blocks(text, markdown))


def text_blocks(text: str, markdown: bool = False) -> list[Block]:
    """Plain text (or Markdown) as paragraphs and tables: a .txt file, a mail's typed body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not markdown:
        from .chat import chat_report

        said = chat_report(lines)  # a chat group's messages saved as text
        if said is not None:
            return said
    blocks: list[Block] = []
    tables: list[Block] = []
    lines = _md_tables(lines, tables) if markdown else _tab_tables(_join_broken_first_word(_pipe_tables(
        _space_columns(lines), tables)), tables)
    for para in _paragraphs(lines):
        if para.startswith("\x00table:"):
            blocks.append(tables.pop(0))
            continue
        bold = None
        style = None
        if markdown:
            m = _MD_HEADING.match(para)
            if m:
                style = f"Heading {len(m.group(1))}"
                para = m.group(2)
                bold = True
            whole = _MD_EMPH.fullmatch(para.strip())
            if whole:
                bold = True
            para = _md_inline(para)
            para = re.sub(r"^\s{0,3}>\s?", "", para)
        elif _MD_EMPH.search(para):  # "**25/02/2023**" in a .txt written like Markdown
            whole = _MD_EMPH.fullmatch(para.strip())
            bold = True if whole else None
            para = _MD_EMPH.sub(r"\2", para)
        if para.strip():
            blocks.append(Block(kind="paragraph", text=para, style=style, bold=bold))
    return blocks


def _md_tables(lines: list[str], tables: list[Block]) -> list[str]:
    """Pipe tables become table blocks, left in the line stream as placeholders."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if lines[i].lstrip().startswith("|"):
            rows = []
            while i < len(lines) and lines[i].lstrip().startswith("|"):
                line = lines[i].strip()
                if not _MD_TABLE_SEP.match(line):
                    cells = [_md_inline(c.strip()) for c in line.strip("|").split("|")]
                    rows.append(cells)
                i += 1
            text = "\n".join(" | ".join(c.replace("\n", " ") for c in r) for r in rows)
            tables.append(Block(kind="table", text=text, rows=rows))
            out.extend(["", "\x00table:", ""])
            continue
        out.append(lines[i])
        i += 1
    return out


_RULE_CELL = re.compile(r"^[-–—_=~*.\s]*$")


def _pipe_tables(lines: list[str], tables: list[Block]) -> list[str]:
    """A table copied from a web page as text ("|ỦY    |CỘNG HÒA XÃ HỘI …|"): two or more lines
    between cell bars. Rule lines ("-------") are dropped, and a name the copy broke after its
    first word ("ỦY" / "BAN NHÂN DÂN XÃ …") is joined again within its column."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip().startswith("|") and lines[j].strip().endswith("|") \
                and len(lines[j].strip()) > 2:
            j += 1
        if j - i < 2:
            out.extend(_header_cells(lines[i]) if i < 25 and "|" in lines[i] else [lines[i]])
            i += 1
            continue
        rows = [["" if _RULE_CELL.match(c) else c.strip() for c in ln.strip()[1:-1].split("|")] for ln in lines[i:j]]
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        for c in range(width):
            for r in range(len(rows) - 1):
                cell = rows[r][c]
                if cell and len(cell.split()) == 1 and cell.isupper() and len(cell) <= 3 and rows[r + 1][c]:
                    rows[r + 1][c] = f"{cell} {rows[r + 1][c]}"
                    rows[r][c] = ""
        rows = [r for r in rows if any(r)]
        tables.append(Block(kind="table", text="\n".join(" | ".join(r) for r in rows), rows=rows))
        out.extend(["", "\x00table:", ""])
        i = j
    return out


_GAP = re.compile(r"(?<=\S)\s{4,}(?=\S)")


def _space_columns(lines: list[str]) -> list[str]:
    """A header typed in two columns kept apart by spaces ("UBND HUYỆN XÍN MẦN        CỘNG HÒA XÃ
    HỘI …" / "UBND XÃ THÈN PHÀNG          Độc lập - Tự do - Hạnh phúc"): the left column's lines,
    then the right column's, each a paragraph of its own. Only the opening lines, while each
    holds such a gap (or is blank)."""
    start = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if start is None or start > 5:
        return lines
    end = start
    while end < len(lines) and end - start < 8 and (not lines[end].strip() or (
            _GAP.search(lines[end].strip()) and not re.search(r"[|\t]", lines[end]))):  # (bars, tabs: tables)
        end += 1
    rows = [ln.strip() for ln in lines[start:end] if ln.strip()]
    if len(rows) < 2:
        return lines
    left, right = [], []
    for row in rows:
        gap = max(_GAP.finditer(row), key=lambda m: m.end() - m.start())
        left.append(row[:gap.start()])
        right.append(row[gap.end():])
    out = [x for part in left + right for x in (part, "")]
    return lines[:start] + out + lines[end:]


def _header_cells(line: str) -> list[str]:
    """A header line of a web copy with the columns' bars ("| Số: 38/KH-UBND | Cà Mau, ngày …
    |", "------- | CỘNG HÒA …"): its cells, each a line, rule lines dropped."""
    cells = [c.strip() for c in line.split("|")]
    return [c for c in cells if c and not _RULE_CELL.match(c)] or [""]


def _join_broken_first_word(lines: list[str]) -> list[str]:
    """"ỦY" / "BAN NHÂN DÂN …": a header name the copy broke after its first word, joined."""
    out: list[str] = []
    for ln in lines:
        if out and out[-1].strip() in ("ỦY", "UỶ") and ln.strip().startswith("BAN"):
            out[-1] = f"{out[-1].strip()} {ln.strip()}"
            continue
        out.append(ln)
    return out


def _tab_tables(lines: list[str], tables: list[Block]) -> list[str]:
    """A Word table pasted into a text file: consecutive lines of three or more tab-separated cells."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].count("\t") >= 2:
            j += 1
        if j - i >= 2:
            rows = [[c.strip() for c in ln.split("\t")] for ln in lines[i:j]]
            text = "\n".join(" | ".join(r) for r in rows)
            tables.append(Block(kind="table", text=text, rows=rows))
            out.extend(["", "\x00table:", ""])
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out


def _goes_on(previous: str, line: str) -> bool:
    last = previous.split("\n")[-1].rstrip()
    return (bool(line) and line[0].islower() and not _ITEM_START.match(line)
            and not last.endswith((".", ";", ":", "!", "?", "|")) and len(last) >= 12)


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines are paragraphs, unless the file is hard-wrapped at a fixed width."""
    stripped = [ln.rstrip() for ln in lines]
    lengths = sorted(len(ln) for ln in stripped if ln.strip())
    if not lengths:
        return []
    width = lengths[int(len(lengths) * 0.9)] if len(lengths) >= 10 else 0
    wrapped = 40 <= width <= 100 and lengths[-1] <= width + 5
    out: list[str] = []
    current = ""
    for ln in stripped:
        if not ln.strip():
            if current:
                out.append(current)
                current = ""
            continue
        if (
            wrapped
            and current
            and len(current.split("\n")[-1]) >= width - 15
            and not _ITEM_START.match(ln.strip())
        ):
            current += " " + ln.strip()
            continue
        if current and _goes_on(current, ln.strip()):
            # a line broken anywhere (a copy from a web page): what starts in lower case after an
            # unfinished line goes on with it ("Căn cứ Kế hoạch số 12/KH-UBND" / "ngày 16/01/2026 …")
            current += " " + ln.strip()
            continue
        if current:
            out.append(current)
        current = ln.strip()
    if current:
        out.append(current)
    return out


_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "td", "th", "pre", "blockquote",
               "dt", "dd", "caption", "section", "article", "header", "footer", "address", "center"}


def read_html(path: Path, source: Source) -> RawDocument:
    text, source.encoding = decode_bytes(path.read_bytes())
    return RawDocument(source=source, blocks=html_blocks(text))


def html_blocks(text: str) -> list[Block]:
    """A web page's text as paragraphs and tables: an .html file, a web archive's page, a mail
    written in HTML."""
    import lxml.html

    # lxml refuses str input with an encoding declaration: strip it
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    root = lxml.html.fromstring(text or "<html/>")
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    blocks: list[Block] = []
    _html_walk(root, blocks)
    return blocks


def _html_walk(el, out: list[Block]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "table":
        rows = []
        for tr in el.iter("tr"):
            cells = [_inline_text(td) for td in tr if isinstance(td.tag, str) and td.tag in ("td", "th")]
            if cells:
                rows.append(cells)
        if rows:
            text = "\n".join(" | ".join(c.replace("\n", " ") for c in r) for r in rows)
            out.append(Block(kind="table", text=text, rows=rows))
        return
    children = [c for c in el if isinstance(c.tag, str)]
    has_block_child = any(c.tag in _BLOCK_TAGS or c.tag == "table" or c.tag == "br" for c in children)
    if tag in _BLOCK_TAGS and not any(c.tag in _BLOCK_TAGS or c.tag == "table" for c in children):
        for piece in _inline_text(el).split("\n"):
            if piece.strip():
                bold = tag.startswith("h") or _all_bold(el)
                out.append(Block(kind="paragraph", text=piece, bold=bold or None,
                                 style=f"Heading {tag[1]}" if re.fullmatch(r"h[1-6]", tag) else None))
        return
    if el.text and el.text.strip() and has_block_child:
        out.append(Block(kind="paragraph", text=el.text.strip()))
    for child in children:
        _html_walk(child, out)
        if child.tail and child.tail.strip() and has_block_child:
            out.append(Block(kind="paragraph", text=child.tail.strip()))


def _inline_text(el) -> str:
    parts: list[str] = []

    def walk(node) -> None:
        if isinstance(node.tag, str) and node.tag == "br":
            parts.append("\n")
        elif node.text:
            parts.append(node.text)
        for child in node:
            block = isinstance(child.tag, str) and child.tag in _BLOCK_TAGS
            if block and parts and not parts[-1].endswith("\n"):
                parts.append("\n")
            walk(child)
            if block:
                parts.append("\n")
            if child.tail:
                parts.append(child.tail)

    walk(el)
    text = re.sub(r"[ \t\r\f\v]+", " ", "".join(parts))
    return re.sub(r"\s*\n\s*", "\n", text).strip()


def _all_bold(el) -> bool:
    text = (el.text or "").strip()
    kids = [c for c in el if isinstance(c.tag, str)]
    return not text and len(kids) == 1 and kids[0].tag in ("b", "strong") and not (kids[0].tail or "").strip()
