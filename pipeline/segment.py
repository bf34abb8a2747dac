"""Segment a document as Nghị định 30/2020/NĐ-CP lays it out.

Header (Quốc hiệu and Tiêu ngữ set aside; issuing body and its parent; Số, ký
hiệu; place and date; type and title, or "V/v" of a công văn; Kính gửi), the
tree of numbered headings, and the closing (Nơi nhận, signature block).

Works on the reader's blocks whatever the source: a two-column header comes as
a table (DOCX), as column bands (PDF), or as plain lines (text); the rules are
on the lines' content, with layout hints (bold, centred, column) as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Block, Meta, Section
from .names import doc_type_by_name, doc_types, normal_case
from .normalize import fold
from .numerals import roman_value, to_roman

# ---------------------------------------------------------------------------
# Lines


@dataclass
class Line:
    text: str
    page: int | None = None
    bold: bool = False
    centred: bool = False
    column: str | None = None
    table: list[list[str]] | None = None  # a content table kept whole

    @property
    def key(self) -> str:
        return fold(self.text)


_QUOC_HIEU = "cong hoa xa hoi chu nghia viet nam"
_TIEU_NGU = re.compile(r"^doc lap\s*-\s*tu do\s*-\s*hanh phuc\W*$")
_SO = re.compile(r"^\s*S[ốôo]\s*[:.]?\s*(?P<num>[\w./&\- ]*?\d*\s*/[\w./&\- ]+?)\s*$", re.I)
_PLACE_DATE = re.compile(
    r"^(?P<place>[^\W\d_][^,;:]{1,59}?)\s*,\s*ngày\s*(?P<d>\d{1,2}|[.…_ ]*)\s*(?:tháng\s*(?P<m>\d{1,2})\s*năm\s*"
    r"(?P<y>\d{4})|/\s*(?P<m2>\d{1,2})\s*/\s*(?P<y2>\d{4}))",
    re.I,
)
_VV = re.compile(r"^\s*V/v\s*[:.]?\s*(?P<t>.*)$", re.I)
_KINH_GUI = re.compile(r"^\s*Kính\s+gửi\s*:?\s*(?P<rest>.*)$", re.I)
_NOI_NHAN = re.compile(r"^\s*Nơi\s+nhận\s*:?\s*(?P<rest>.*)$", re.I)
_AUTHORITY = re.compile(r"^\s*(?P<p>TM|KT|TL|TUQ|Q)\s*\.\s*(?P<rest>\S.*)$")
_DASH = re.compile(r"^\s*[.,]?\s*[-–—•+*]\s*")  # (a scan may put a speck before the dash)
_END_MARK = re.compile(r"\./\.\s*$")


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_layout_table(rows: list[list[str]]) -> bool:
    if len(rows) > 4 or not rows:
        return False
    text = fold(" ".join(" ".join(r) for r in rows))
    return any(k in text for k in (_QUOC_HIEU, "doc lap - tu do", "noi nhan", "so:")) or bool(
        re.search(r"\b(tm|kt|tl|tuq)\. ", text)
    )


_RULE = re.compile(r"[_=~*·.…\-–—]{4,}|(?:\*\s*){3}")  # (the "***" under a party or mass-organisation issuer)


def _clean(text: str) -> str:
    """Drop the rule lines typed under the issuer and the title ("______")."""
    return _RULE.sub(" ", text).strip()


def to_lines(blocks: list[Block]) -> list[Line]:
    lines: list[Line] = []
    for block in blocks:
        if block.part not in ("body", "textbox"):
            continue
        if block.kind == "table":
            rows = block.rows or []
            if _is_layout_table(rows):
                ncols = max(len(r) for r in rows)
                for c in range(ncols):
                    col = "left" if c == 0 else "right"
                    for r in rows:
                        if c < len(r) and r[c]:
                            for piece in r[c].split("\n"):
                                if _clean(piece):
                                    lines.append(Line(_clean(piece), block.page, False, True, col))
            else:
                lines.append(Line(block.text, block.page, table=rows))
            continue
        for piece in block.text.split("\n"):
            if _clean(piece):
                lines.append(
                    Line(_clean(piece), block.page, bool(block.bold), block.align == "center", block.column)
                )
    return _split_run_together(lines)


def _split_run_together(lines: list[Line]) -> list[Line]:
    """A text file types both header columns on one line: split at what starts the right one."""
    out: list[Line] = []
    for i, ln in enumerate(lines):
        if i > 12 or ln.table is not None:
            out.append(ln)
            continue
        key = ln.text
        cut = None
        m = re.search(r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA", key, re.I)
        if m and m.start() > 0:
            cut = m.start()
        m = re.search(r"Độc lập\s*-\s*Tự do", key, re.I)
        if cut is None and m and m.start() > 0:
            cut = m.start()
        if cut is None and _SO.match(key.split("  ")[0]) is None:
            m = re.search(r"\s(?=[A-ZĐÀ-Ỹ][^\s,]*(?: [A-ZĐÀ-Ỹ][^\s,]*){0,4},\s*ngày\s)", key)
            if m and re.match(r"^\s*S[ốô]\s*:?", key):
                cut = m.start()
        if cut:
            out.append(Line(key[:cut].strip(), ln.page, ln.bold, ln.centred, "left"))
            out.append(Line(key[cut:].strip(), ln.page, ln.bold, ln.centred, "right"))
        else:
            out.append(ln)
    return out


# ---------------------------------------------------------------------------
# Header


@dataclass
class _Header:
    meta: Meta
    end: int  # index of the first body line


def _parse_number(raw: str) -> str:
    return re.sub(r"\s+", "", raw).strip(".;,")


def _type_from_number(number: str) -> str | None:
    after = number.split("/", 1)[1] if "/" in number else ""
    parts = [p for p in re.split(r"[/]", after) if p and not p.isdigit()]
    if not parts:
        return None
    code = parts[0].split("-")[0]
    types = doc_types()
    for known in types:
        if code.lower() == known.lower() and known != "CV":
            return known
    return None


def _type_line(text: str) -> str | None:
    """The document-type line ("KẾ HOẠCH", "BÁO CÁO", "QUYẾT ĐỊNH"): its code."""
    if not _caps(text) or len(text) > 40:
        return None
    key = fold(text).strip(" :.")
    return doc_type_by_name().get(key)


def _date_iso(m: re.Match[str]) -> str:
    y = m.group("y") or m.group("y2")
    mo = m.group("m") or m.group("m2")
    d = m.group("d")
    if d and d.strip().isdigit():
        return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    return f"{int(y):04d}-{int(mo):02d}"


def parse_header(lines: list[Line]) -> _Header:
    """The header of a document (NĐ 30/2020 Phụ lục I): Quốc hiệu and Tiêu ngữ, Số/ký hiệu,
    place and date, type line and title (or a công văn's V/v), issuing body and its parent,
    and the recipients of "Kính gửi"; ``end`` is the first line after it."""
    meta = Meta()
    limit = _header_limit(lines)
    used, number_at = _fixed_lines(lines, limit, meta)
    type_at, end = _type_and_title(lines, limit, used, meta)
    end = max(end, _subject(lines, limit, used, meta))
    if meta.doc_type is None and meta.number:
        meta.doc_type = _type_from_number(meta.number)
    names = _issuer_lines(lines, limit, used, number_at, type_at)
    if names:
        parent, issuer = _split_issuer(names)
        meta.parent_issuer = normal_case(parent) if parent else None
        meta.issuer = normal_case(issuer) if issuer else None
    if meta.doc_type:
        meta.doc_type_name = doc_types().get(meta.doc_type)
    if used:  # the header ends after every line it used
        end = max(end, max(used) + 1)
    meta.recipients, end = _recipients(lines, end)
    return _Header(meta=meta, end=end)


def _header_limit(lines: list[Line]) -> int:
    """The header is over at the first numbered heading or running paragraph of the body."""
    limit = min(len(lines), 40)
    for i in range(limit):
        ln = lines[i]
        if ln.column is None and (_heading_match(ln.text) or (len(ln.text) > 160 and not _VV.match(ln.text))):
            return i
    return limit


def _fixed_lines(lines: list[Line], limit: int, meta: Meta) -> tuple[set[int], int | None]:
    """The lines of fixed form: Quốc hiệu, Tiêu ngữ, Số (into ``meta.number``), place and date.
    Returns the lines used and where the Số line is."""
    used: set[int] = set()
    number_at = None
    for i in range(limit):
        ln = lines[i]
        key = ln.key.strip(" .")
        # the Quốc hiệu, whole or wrapped ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM")
        if key == _QUOC_HIEU or (_caps(ln.text) and (
            (key.startswith("cong hoa xa hoi chu nghia") and _QUOC_HIEU.startswith(key))
            or (key in ("viet nam", "nam") and i > 0 and "cong hoa" in lines[i - 1].key)
            or (key in ("viet nam", "nam") and ln.column == "right")
        )):
            used.add(i)
        elif _TIEU_NGU.match(key):
            used.add(i)
        elif meta.number is None and _SO.match(ln.text):
            meta.number = _parse_number(_SO.match(ln.text).group("num"))
            number_at = i
            used.add(i)
        elif meta.date is None and _PLACE_DATE.match(ln.text):
            m = _PLACE_DATE.match(ln.text)
            meta.place = m.group("place").strip()
            meta.date = _date_iso(m)
            used.add(i)
    return used, number_at


def _type_and_title(lines: list[Line], limit: int, used: set[int], meta: Meta) -> tuple[int | None, int]:
    """The type line ("KẾ HOẠCH") and the title under it; (where the type line is, the line after the title)."""
    type_at = None
    for i in range(limit):
        if i in used:
            continue
        code = _type_line(lines[i].text)
        if code:
            type_at = i
            meta.doc_type = code
            break
        if lines[i].table is not None or _heading_match(lines[i].text):
            break
    end = 0
    if type_at is not None:
        title_lines, end = _title_after(lines, type_at + 1)
        meta.title = " ".join(title_lines) or None
        used.add(type_at)
    return type_at, end


def _subject(lines: list[Line], limit: int, used: set[int], meta: Meta) -> int:
    """A công văn's "V/v …" (which may wrap over the next lines of its column): its title when
    it has no type line. Returns the line after it (0 when there is none)."""
    for i in range(limit):
        m = _VV.match(lines[i].text)
        if not m or i in used:
            continue
        parts = [m.group("t").strip()]
        j = i + 1
        while j < limit and not _stop_header(lines[j]) and (
            (lines[i].column and lines[j].column == lines[i].column)
            or (not lines[i].column and lines[j].text[:1].islower())
        ):
            parts.append(lines[j].text)
            used.add(j)
            j += 1
        used.add(i)
        if meta.title is None:
            meta.title = " ".join(p for p in parts if p)
        if meta.doc_type is None:
            meta.doc_type = "CV"
        return j
    return 0


def _issuer_lines(lines: list[Line], limit: int, used: set[int], number_at: int | None,
                  type_at: int | None) -> list[Line]:
    """The issuing body and its parent: the lines before "Số:" that are not Quốc hiệu etc.; an
    internal document without a number ("SỞ GD&ĐT ĐẮK LẮK / PHÒNG GIÁO DỤC TRUNG HỌC" over no
    "Số:"): the issuer column's lines, else the capitals above the Quốc hiệu."""
    if number_at is not None:
        return [ln for i, ln in enumerate(lines[:number_at])
                if i not in used and ln.column != "right" and ln.table is None
                and (_caps(ln.text) or ln.column == "left")]
    stop = type_at if type_at is not None else limit
    first_used = min(used) if used else stop
    return [ln for i, ln in enumerate(lines[:stop]) if i not in used and ln.table is None and ln.column != "right"
            and (ln.column == "left" or (i < first_used and _caps(ln.text)))]


def _recipients(lines: list[Line], end: int) -> tuple[list[str], int]:
    """"Kính gửi: …" (one line, or a list of dashes) right after the header; the line after it."""
    recipients: list[str] = []
    for i in range(end, min(len(lines), end + 15)):
        m = _KINH_GUI.match(lines[i].text)
        if not m:
            continue
        if m.group("rest").strip():
            recipients.append(_clean_item(m.group("rest")))
        j = i + 1
        while j < len(lines) and _DASH.match(lines[j].text) and not _heading_match(lines[j].text):
            recipients.append(_clean_item(lines[j].text))
            j += 1
        return recipients, j
    return recipients, end


def _stop_header(ln: Line) -> bool:
    return bool(_KINH_GUI.match(ln.text) or _type_line(ln.text) or _SO.match(ln.text))


_BODY_CUES = re.compile(r"^(Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Kính gửi|Nhằm|Để|Triển khai)\b", re.I)


def _title_after(lines: list[Line], start: int) -> tuple[list[str], int]:
    """The trích yếu: the line(s) under the type line."""
    out: list[str] = []
    i = start
    while i < len(lines):
        ln = lines[i]
        if ln.table is not None or _heading_match(ln.text) or _KINH_GUI.match(ln.text):
            break
        if out:
            prev = lines[i - 1]
            same_style = ln.bold and prev.bold and ln.centred == prev.centred
            continuation = ln.text[:1].islower()
            if _caps(ln.text) and not _caps(prev.text):
                break  # the issuing authority of a decision: "CHỦ TỊCH ỦY BAN NHÂN DÂN …"
            if not (same_style or continuation) or _BODY_CUES.match(ln.text) or out[-1].endswith((".", ":", ";")):
                break
        elif re.match(r"^(Căn cứ|Kính gửi)\b", ln.text, re.I) or (len(ln.text) > 250 and ln.text.endswith((":", "."))):
            break
        out.append(ln.text.strip())
        i += 1
        if len(" ".join(out)) > 400:
            break
    return out, i


_BODY_HEAD = re.compile(
    r"^(ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|SỞ|PHÒNG|BAN|TRUNG TÂM|CÔNG AN|HỘI|ĐOÀN|BỘ|CỤC|CHI CỤC|"
    r"TRƯỜNG|BỆNH VIỆN|VĂN PHÒNG|MẶT TRẬN|LIÊN ĐOÀN|BAN CHỈ HUY|TỔNG CỤC|ĐẢNG ỦY|HUYỆN ỦY|TỈNH ỦY|THỊ ỦY|"
    r"TRẠM|BCH|BTV|CHI HỘI|CHI ĐOÀN|HUYỆN ĐOÀN|TỈNH ĐOÀN|THÀNH ĐOÀN|THỊ ĐOÀN|QUẬN ĐOÀN|"
    r"THÔN|ẤP|BẢN|KHU PHỐ|TỔ DÂN PHỐ)\b"
)


def _split_issuer(names: list[Line]) -> tuple[str | None, str | None]:
    """(parent, issuer) from the issuer column's lines. A line that starts with a
    body word starts a new name; others continue the previous one (a wrapped name).
    Bold marks the issuer when the source tells it."""
    groups: list[list[Line]] = []
    for ln in names:
        continues = bool(re.match(r"^(THỊ XÃ|THỊ TRẤN|THÀNH PHỐ|PHƯỜNG|XÃ|HUYỆN|TỈNH|QUẬN)\b(?!\s+ĐOÀN)", ln.text)) or bool(
            groups and re.search(r"(-|–|&|,|\bVÀ|NHÂN DÂN|TRƯỞNG)\s*$", groups[-1][-1].text))
        if not groups or (_BODY_HEAD.match(ln.text) and not continues) or (ln.bold != groups[-1][-1].bold and not continues):
            groups.append([ln])
        else:
            groups[-1].append(ln)
    texts = [" ".join(x.text for x in g) for g in groups]
    if not texts:
        return None, None
    if len(texts) == 1:
        return None, texts[0]
    return " ".join(texts[:-1]), texts[-1]


_LIST_NO = re.compile(r"^\s*\d{1,2}\s*[.)]\s+")


def _clean_item(text: str) -> str:
    text = _LIST_NO.sub("", _DASH.sub("", text)).strip()
    return re.sub(r"[;.,]+$", "", text).strip()


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
        # a head signing directly: a short caps title line near the end followed by a name
        for i in range(max(end, n - 12), n):
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
        if authorities:
            meta.signing_authority = re.sub(r"\s+", " ", authorities[-1])
        titles = []
        while i < n and _caps(lines[i].text) and not _person_name(lines[i].text) and len(titles) < 2:
            if _DASH.match(lines[i].text) or _NOI_NHAN.match(lines[i].text):
                break
            titles.append(lines[i].text.strip())
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
    return end


_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][a-zđà-ỹ]*$")


def _person_name(text: str) -> bool:
    words = text.strip().split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in text):
        return False
    import unicodedata

    def ok(w: str) -> bool:
        w = unicodedata.normalize("NFC", w)
        return w[:1].isupper() and (w[1:].islower() or len(w) == 1 or w.isupper())

    if _caps(text):
        return False
    return all(ok(w) for w in words)


# ---------------------------------------------------------------------------
# Headings

_LETTERS = "abcdđefghiklmnopqrstuvxy"
_ROMAN_RE = r"(?=[IVXLC])(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"

_HEADING_PATTERNS = [
    ("part", re.compile(r"^Phần\s+(?P<n>thứ\s+\w+|" + _ROMAN_RE + r"|\d{1,2})\b\s*[.:\-–]?\s*(?P<t>.*)$", re.I)),
    ("chapter", re.compile(r"^Chương\s+(?P<n>" + _ROMAN_RE + r"|\d{1,2})\b\s*[.:\-–]?\s*(?P<t>.*)$", re.I)),
    ("section", re.compile(r"^Mục\s+(?P<n>\d{1,2}|" + _ROMAN_RE + r")\b\s*[.:\-–]\s*(?P<t>.*)$")),
    ("article", re.compile(r"^Điều\s+(?P<n>\d{1,3})\s*[.:]\s*(?P<t>.*)$")),
    ("roman", re.compile(r"^(?P<n>" + _ROMAN_RE + r")\s*[.)]\s+(?P<t>\S.*)$")),
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
        # "d" may be followed by "đ" (Vietnamese order) or "e" (Latin order)
        return value == prev + 1 or (prev_number == "d" and number == "e")
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
    the title is up to the first colon or full stop; the rest is a paragraph."""
    m = re.match(r"^(?P<t>[^:]{2,160}?)\s*:\s*(?P<r>\S.*)$", title)
    if m:
        return m.group("t").strip(), m.group("r").strip()
    m = re.match(r"^(?P<t>.{2,400}?[^\d\s])\.\s+(?P<r>[A-ZĐÀ-Ỹ].*)$", title)
    if m and style in ("article", "letter", "arabic", "paren", "decimal"):
        return m.group("t").strip(), m.group("r").strip()
    return re.sub(r"[\s.:;,/]+$", "", title), None


def build_sections(lines: list[Line], root_tables: list | None = None) -> tuple[list[Section], list[str]]:
    """The heading tree over the body lines. Returns (sections, paragraphs before the first heading);
    tables before the first heading are added to ``root_tables`` when it is given."""
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
            target().append(ln.text)
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


# ---------------------------------------------------------------------------


# A document attached to the main one, in the same file, after its closing (Nghị định
# 30/2020, Phụ lục I, III.1: "văn bản kèm theo", "Phụ lục"): its name ("KẾ HOẠCH" and its
# title, "Phụ lục I" and its name), then the line "(Ban hành kèm theo Quyết định số …)" or
# "(Kèm theo văn bản số …)".
_ATTACHED = re.compile(r"^\(?\s*(?:được\s+)?(?:ban\s+hành\s+)?kèm\s+theo\b", re.I)
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
    return block.text.split("\n")


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
    text = block.text.strip()
    if (block.style or "").lower().startswith("heading"):
        return False  # a page's own heading ("NỘI DUNG VĂN BẢN") above the document
    return bool(block.kind != "table" and text and len(text) <= 90 and (
        _caps(text) or _SO.match(text) or _VV.match(text) or set(text) <= set("-–—_*~= ")))


def front_matter(blocks: list[Block]) -> int:
    """How many blocks come before the document's own header: the page of an e-office system a
    document was saved from (its title, menus, a table of the document's data) before the
    Quốc hiệu and the issuer column. 0 when the header opens the file."""
    for i, block in enumerate(blocks[:60]):
        if _opens_document(block):
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


def segment(blocks: list[Block]) -> tuple[Meta, list[Section], list[str]]:
    """(meta, heading tree, paragraphs before the first heading). The headings of documents
    attached after the main one (a plan issued with a decision, an appendix with the
    assignment table) join the tree; what an attachment holds before its first heading (an
    appendix's table) is a section of its own, "PL1", "PL2" …, titled by its name."""
    lines = to_lines(blocks[front_matter(blocks):])
    header = parse_header(lines)
    meta = header.meta
    attached = attachments(lines, header.end)
    end = parse_closing(lines[:attached[0][0]] if attached else lines, header.end, meta)
    sections, preamble = build_sections(lines[header.end:end])
    for k, (first, cue, stop) in enumerate(attached, start=1):
        tables: list = []
        secs, before = build_sections(lines[cue + 1:stop], tables)
        if _ids(secs) & _ids(sections):  # an appendix numbered like the main body: kept apart
            _prefix(secs, f"PL{k}")
        if before or tables:
            name = " ".join(ln.text.strip() for ln in lines[first:cue]) or f"Phụ lục {k}"
            sections.append(Section(id=f"PL{k}", number=f"PL{k}", style="appendix", level=1, title=name,
                                    paragraphs=before, tables=tables, page=lines[cue].page))
        sections.extend(secs)
    return meta, sections, preamble
