"""The tree of numbered headings (Phần, Chương, I., 1., 1.1., a), -, +) of a document's body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Section
from ..numerals import roman_value, to_roman

from .lines import Line, _caps


# ---------------------------------------------------------------------------
# Headings

_LETTERS = "abcdđefghiklmnopqrstuvxy"


_ROMAN_RE = r"(?=[IVXLC])(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_CAPS = "ÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"


_HEADING_PATTERNS = [
    ("part", re.compile(r"^Phần\s+(?P<n>thứ\s+\w+|" + _ROMAN_RE + r"|\d{1,2})\b\s*[.:\-–]?\s*(?P<t>.*)$", re.I)),
    ("chapter", re.compile(r"^Chương\s+(?P<n>" + _ROMAN_RE + r"|\d{1,2})\b\s*[.:\-–]?\s*(?P<t>.*)$", re.I)),
    ("section", re.compile(r"^Mục\s+(?P<n>\d{1,2}|" + _ROMAN_RE + r")\b\s*[.:\-–]\s*(?P<t>.*)$")),
    ("article", re.compile(r"^Điều\s+(?P<n>\d{1,3})\s*[.:]\s*(?P<t>.*)$")),
    # (a title in capitals may follow the numeral's stop with no space: "I.MỤC ĐÍCH, YÊU CẦU", as
    # OCR and hasty typing leave it)
    ("roman", re.compile(r"^(?P<n>" + _ROMAN_RE + r")\s*[.)](?:\s+|(?=[A-ZĐ" + _CAPS + r"]{2}))(?P<t>\S.*)$")),
    # and OCR may drop the stop: "II NỘI DUNG" (a title all in capitals)
    ("roman", re.compile(r"^(?P<n>" + _ROMAN_RE + r")\s+(?P<t>[A-ZĐ" + _CAPS + r"]{2}[A-ZĐ" + _CAPS + r" ,;\-–]*)$")),
    ("decimal", re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?P<t>\S.*)$")),
    ("arabic", re.compile(r"^(?P<n>\d{1,2})\s*[.)]\s+(?P<t>\S.*)$")),
    ("paren", re.compile(r"^\((?P<n>\d{1,2})\)\s+(?P<t>\S.*)$")),
    ("letter", re.compile(r"^(?P<n>[a-zđ])\s*\)\s+(?P<t>\S.*)$")),
]


_ORDINALS = {"nhất": 1, "thứ nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
             "tám": 8, "chín": 9, "mười": 10}


def _heading_match(text: str) -> tuple[str, str, str] | None:
    for style, pattern in _HEADING_PATTERNS:
        m = pattern.match(text.strip())
        if m and m.group("n"):
            return style, m.group("n"), m.group("t").strip()
    return None


def _ordinal(style: str, number: str) -> int:
    if style in ("roman",):
        return roman_value(number)
    if style in ("part", "chapter", "section"):
        n = number.lower().replace("thứ ", "").strip()
        if n in _ORDINALS:
            return _ORDINALS[n]
        if n.isdigit():
            return int(n)
        return roman_value(number)
    if style == "letter":
        return _LETTERS.index(number) + 1 if number in _LETTERS else ord(number) - 96
    if style == "decimal":
        return int(number.split(".")[-1])
    return int(number)


def _follows(style: str, prev_number: str | None, number: str) -> bool:
    value = _ordinal(style, number)
    if prev_number is None:
        return value == 1
    if style == "letter":
        prev = _ordinal(style, prev_number)
        # "d" may be followed by "đ" (Vietnamese order) or "e" (Latin order); "e" by "g"
        # (Vietnamese: a, b, c, d, đ, e, g, h, i, k, l …, no "f") or "f" (Latin)
        return value == prev + 1 or (prev_number == "d" and number == "e") or (prev_number == "e" and number == "g")
    if style == "decimal":
        a, b = prev_number.split("."), number.split(".")
        if len(a) == len(b):
            return a[:-1] == b[:-1] and int(b[-1]) == int(a[-1]) + 1
        return False
    return value == _ordinal(style, prev_number) + 1


@dataclass
class _Open:
    section: Section
    style: str
    number: str
    children_last: dict[str, str] = field(default_factory=dict)  # style -> last number among children


def _display_number(style: str, number: str) -> str:
    if style in ("part", "chapter", "section"):
        n = number.lower().replace("thứ ", "").strip()
        if n in _ORDINALS:
            return to_roman(_ORDINALS[n])
        return number.upper() if not number.isdigit() else number
    return number


def _split_title(style: str, title: str) -> tuple[str, str | None]:
    """A heading line that goes on with its text ("a) Phòng Y tế: chủ trì …"):
    the title is up to the first colon or full stop; the rest is a paragraph. A colon inside
    brackets is no end of the title ("2. Báo cáo …, kèm Biểu tổng hợp (STT, …, tình trạng: Hoàn
    thành/…), gửi về … trước ngày 16/11/2026")."""
    m = re.match(r"^(?P<t>[^:]{2,160}?)\s*:\s*(?P<r>\S.*)$", title)
    if m and m.group("t").count("(") <= m.group("t").count(")"):
        return m.group("t").strip(), m.group("r").strip()
    m = re.match(r"^(?P<t>.{2,400}?[^\d\s])\.\s+(?P<r>[A-ZĐÀ-Ỹ].*)$", title)
    if m and style in ("article", "letter", "arabic", "paren", "decimal"):
        return m.group("t").strip(), m.group("r").strip()
    return re.sub(r"[\s.:;,/]+$", "", title), None


def _unnumbered(lines: list[Line]) -> list[Line]:
    """A body typed without numbered parts ("MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN" in capitals
    on lines of their own, "Chế độ thông tin, báo cáo" in bold): such lines are its parts, numbered
    I, II, … as Nghị định 30 would number them. Only where no line is a numbered heading of any
    kind (Phần, Chương, Điều, I., 1., a) …): a numbered body keeps its numbers. A bold line that
    labels ("Phòng Kinh tế:") or that is a sentence stays a paragraph."""
    if any(_heading_match(ln.text) for ln in lines if ln.table is None):
        return lines

    def heading(ln: Line) -> bool:
        text = ln.text.strip()
        words = text.split()
        if ln.table is not None or not 1 <= len(words) <= 12 or len(text) > 100 or text.endswith((".", ";", ",")):
            return False
        if re.match(r"^[-–—•+*(\d]", text):  # an item, or a numbered line
            return False
        return _caps(text) or (ln.bold and not text.endswith(":") and text[:1].isupper())

    marked = [heading(ln) for ln in lines]
    if sum(marked) < 2:
        return lines
    out, n = [], 0
    for ln, is_heading in zip(lines, marked):
        if is_heading:
            n += 1
            ln = Line(f"{to_roman(n)}. {ln.text.strip().rstrip(':')}", ln.page, ln.bold, ln.centred, ln.column,
                      ln.table, ln.ocr_noise)
        out.append(ln)
    return out


def build_sections(lines: list[Line], root_tables: list | None = None,
                   main: bool = True) -> tuple[list[Section], list[str]]:
    """The heading tree over the body lines. Returns (sections, paragraphs before the first heading);
    tables before the first heading are added to ``root_tables`` when it is given. ``main``: the
    document's own body (an attachment's unnumbered lines are not given parts of their own)."""
    if main:
        lines = _unnumbered(lines)
    root = _Open(Section(id="", number="", style="root", level=0, title=""), "root", "")
    stack: list[_Open] = [root]
    preamble: list[str] = []

    def target() -> list[str]:
        return stack[-1].section.paragraphs if len(stack) > 1 else preamble

    prev_text = ""  # the previous paragraph line, to tell a wrapped "1. ..." from a new list
    untitled: Section | None = None  # "Phần I" whose title is the (capitals) line under it
    for ln in lines:
        if untitled is not None and ln.table is None and not _heading_match(ln.text):
            if (_caps(ln.text) or ln.bold) and len(ln.text) < 200:
                if not untitled.title:
                    untitled.title = ln.text.strip().rstrip(".:")
                    continue
                if _caps(ln.text) and _caps(untitled.title) and not untitled.title.endswith((".", ":", ";")):
                    untitled.title += " " + ln.text.strip().rstrip(".:")  # a title wrapped over two lines
                    untitled = None
                    continue
        untitled = None
        if ln.table is not None:
            sec = stack[-1].section
            if len(stack) > 1:
                sec.tables.append(ln.table)
            elif root_tables is not None:
                root_tables.append(ln.table)
            for row in ln.table:
                target().append(" | ".join(c.replace("\n", " ") for c in row))
            continue
        hm = _heading_match(ln.text)
        placed = False
        if hm:
            style, number, title = hm
            open_sentence = (
                len(prev_text) >= 50 and not _caps(prev_text) and not re.search(r"[.:;!?)]\s*$", prev_text)
            )
            placed = _place_heading(stack, style, number, title, ln, new_list=not open_sentence)
        if not placed:
            paragraphs = target()
            if ln.ocr_noise and paragraphs and ln.text[:1].islower() and not re.search(r"[.:;!?]$", paragraphs[-1]):
                paragraphs[-1] += " " + ln.text  # an OCR'd paragraph's next line, read as a paragraph of its own
            else:
                paragraphs.append(ln.text)
            prev_text = ln.text
        else:
            paragraphs = stack[-1].section.paragraphs
            prev_text = paragraphs[-1] if paragraphs else ""
            if not stack[-1].section.title:
                untitled = stack[-1].section
    return root.section.children, preamble


_CONTAINERS = ("root", "part", "chapter", "section")


def _place_heading(stack: list[_Open], style: str, number: str, title: str, ln: Line, new_list: bool = True) -> bool:
    if style == "article":
        # articles are numbered through the whole document, across chapters and sections
        root = stack[0]
        if not _follows("article", root.children_last.get("article#doc"), number):
            return False
        depth = max(i for i, o in enumerate(stack) if o.style in _CONTAINERS)
        del stack[depth + 1:]
        _attach(stack, style, number, title, ln)
        root.children_last["article#doc"] = number
        return True
    # 1) continues the sequence of an open level of the same style -> sibling there
    for depth in range(len(stack) - 1, 0, -1):
        node = stack[depth]
        if node.style == style:
            if _follows(style, node.number, number):
                del stack[depth:]
                _attach(stack, style, number, title, ln)
                return True
            break  # same style open but not its successor
    # 2) starts a new sequence under the deepest open heading
    parent = stack[-1]
    last = parent.children_last.get(style)
    if style == "decimal":
        return _place_decimal(stack, number, title, ln)
    if not new_list and last is None:
        return False  # a "1." that only starts a wrapped line of a sentence
    if _follows(style, last, number) and not any(o.style == style for o in stack[1:]):
        _attach(stack, style, number, title, ln)
        return True
    # 3) a sibling of an ancestor's child sequence of this style that was closed by a deeper one
    for depth in range(len(stack) - 2, -1, -1):
        node = stack[depth]
        if style in node.children_last and _follows(style, node.children_last[style], number):
            del stack[depth + 1:]
            _attach(stack, style, number, title, ln)
            return True
    # 4) a part's heading in capitals out of sequence ("II. TỔ CHỨC THỰC HIỆN" after "II. NỘI DUNG",
    # a "III" OCR read as "II"): the next part all the same, numbered as it should be
    if style == "roman" and _caps(title) and len(title) <= 120:
        for depth in range(len(stack) - 1, -1, -1):
            node = stack[depth]
            last = node.children_last.get("roman")
            if last is not None:
                del stack[depth + 1:]
                _attach(stack, style, to_roman(roman_value(last) + 1), title, ln)
                return True
    return False


def _place_decimal(stack: list[_Open], number: str, title: str, ln: Line) -> bool:
    """"1.2." belongs under the heading numbered "1" (or "1." decimal "1.1" for "1.1.1")."""
    head = number.rsplit(".", 1)[0]
    for depth in range(len(stack) - 1, 0, -1):
        node = stack[depth]
        if node.number == head and node.style in ("arabic", "decimal"):
            last = node.children_last.get("decimal")
            if _follows("decimal", last, number) or (last is None and number.endswith(".1")):
                del stack[depth + 1:]
                _attach(stack, "decimal", number, title, ln)
                return True
            return False
    # no open parent numbered "1": a decimal list of its own under the deepest heading
    parent = stack[-1]
    last = parent.children_last.get("decimal")
    if (last is None and number.split(".")[-1] == "1") or (last and _follows("decimal", last, number)) or (
        last and number.split(".")[0] != last.split(".")[0] and number.endswith(".1")
    ):
        _attach(stack, "decimal", number, title, ln)
        return True
    return False


def _attach(stack: list[_Open], style: str, number: str, title: str, ln: Line) -> None:
    parent = stack[-1]
    shown = _display_number(style, number)
    # "1.2" under the heading numbered "1" adds "2" to its id; a decimal list of its own keeps "1.2"
    nested = style == "decimal" and parent.number == number.rsplit(".", 1)[0]
    own = shown.split(".")[-1] if nested else shown
    sid = f"{parent.section.id}.{own}" if parent.section.id else own
    title, rest = _split_title(style, title.strip(" |_"))
    section = Section(id=sid, number=shown, style=style, level=len(stack), title=title, page=ln.page)
    if rest:
        section.paragraphs.append(rest)
    parent.section.children.append(section)
    parent.children_last[style] = number
    stack.append(_Open(section, style, number))
