"""The reader's blocks as lines (with layout hints), and the cues of the decree's fixed lines."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .. import ruleset
from ..markers import BULLET
from ..model import Block
from ..normalize import VIETNAMESE_MARKED, fold


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
    ocr_noise: bool = False  # read by OCR: cue words may be misread

    @property
    def key(self) -> str:
        return fold(self.text)


_QUOC_HIEU = "cong hoa xa hoi chu nghia viet nam"
# what a Party document (Hướng dẫn 36-HD/VPTW) or the Youth Union's has in place of the
# Quốc hiệu, on the right
_PARTY_MOTTO = ("dang cong san viet nam", "doan tncs ho chi minh", "doan thanh nien cong san ho chi minh")


_TIEU_NGU = re.compile(r"^doc lap\s*-\s*tu do\s*-\s*hanh phuc\W*$")


# (a company's bilingual letterhead: "Số/No.: 0215/2026/HSV-HSE")
_SO = re.compile(r"^\s*S[ốôo](?:\s*/\s*No\.?)?\s*[:.]?\s*(?P<num>[\w./&\- ]*?\d*\s*/[\w./&\- ]+?)[\s:.,;_]*$", re.I)


_PLACE_DATE = re.compile(
    # ("tháng" as OCR may misread it: "VVng", "thảng"; a colon after "ngày")
    r"^(?P<place>[^\W\d_][^,;:]{1,59}?)\s*,\s*ngày\s*:?\s*(?P<d>\d{1,2}|[.…_ ]*)\s*(?:(?:tháng|[^\W\d_]{2,6})\s*(?P<m>\d{1,2})\s*năm\s*"
    r"(?P<y>\d{4})|/\s*(?P<m2>\d{1,2})\s*/\s*(?P<y2>\d{4}))",
    re.I,
)


_VV = re.compile(r"^\s*V\s*[/⁄∕]\s*[v%]\s*[:.]?\s*(?P<t>.*)$", re.I)  # (OCR reads "V/v" as "V⁄%")


_KINH_GUI = re.compile(r"^\s*Kính\s+gửi\s*:?\s*(?P<rest>.*)$", re.I)
# a Công điện's address line: its authority in capitals, then "điện:" ("CHỦ TỊCH ỦY BAN NHÂN
# DÂN TỈNH điện:", "THỦ TƯỚNG CHÍNH PHỦ điện:"), and its addressees after it as after "Kính gửi"
_DIEN = re.compile(r"^\s*(?P<who>[^:]{4,90}?)\s+điện\s*:\s*(?P<rest>.*)$")


def addressing(text: str) -> re.Match | None:
    """A line that opens the addressees: "Kính gửi: …", or a Công điện's "<AUTHORITY> điện:"."""
    m = _DIEN.match(text)
    return m if m and _caps(m.group("who")) else _KINH_GUI.match(text)


_NOI_NHAN = re.compile(r"^\s*Nơi\s+nhận\s*:?\s*(?P<rest>.*)$", re.I)


# "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; a Party document's "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ"
_AUTHORITY = re.compile(r"^\s*(?:(?P<p>TM|KT|TL|TUQ|Q)\s*\.|(?P<q>T/M|K/T|T/L)\.?)\s*(?P<rest>\S.*)$")


_DASH = re.compile(rf"^\s*[.,]?\s*{BULLET}\s*")  # (a scan may put a speck before the dash)


_END_MARK = re.compile(r"\./\.\s*$")


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_layout_table(rows: list[list[str]]) -> bool:
    if len(rows) > 4 or not rows:
        return False
    text = fold(" ".join(" ".join(r) for r in rows))
    return any(k in text for k in (_QUOC_HIEU, *_PARTY_MOTTO, "doc lap - tu do", "noi nhan", "so:")) or bool(
        re.search(r"\b(tm|kt|tl|tuq)\. |\b(t/m|k/t|t/l) |, ngay \d{1,2} thang \d{1,2} nam \d{4}\b", text)
    )


_RULE = re.compile(r"[_=~*·.…\-–—]{4,}|(?:\*\s*){3}")  # (the "***" under a party or mass-organisation issuer)


def _clean(text: str) -> str:
    """Drop the rule lines typed under the issuer and the title ("______")."""
    return _RULE.sub(" ", text).strip()


# what OCR puts around a line from the specks and rules of a scan: "-- KẾ HOẠCH", "_Số: 11/KH-",
# "UBND XÃ CAN LỘC -", "_ Can Lộc, ngày …" (a lone "- " before words is a list item: kept)
_OCR_LEAD = re.compile(r"^(?:[_~|•·`'‘’]+[-–—_.:,~|•·`'‘’ ]*|[-–—.:,]{2,}[-–—_.:,~| ]*|[-–—.,:]\s*[_~|]+[-–—_.:,~| ]*)(?=\w)")
_OCR_TAIL = re.compile(r"(?:(?:\s+[-–—_~|.]+)+|_+[.,]?)$")
# a marked letter OCR read twice ("HUYỆỆN"): no Vietnamese word doubles one
_OCR_DOUBLE = re.compile(f"([{VIETNAMESE_MARKED}{VIETNAMESE_MARKED.upper()}])\\1")
# a scrap OCR made of a margin note before a heading ("® Sỹ II. CÁC BIỆN PHÁP CHỦ YẾU", "te tS 1.
# Quản lý nước trong rừng"): one or two short pieces, one of them no word (a sign, a capital after
# a small letter), then a numbered heading (a Roman numeral and capitals, or a number and a word)
_OCR_SCRAP_HEAD = re.compile(r"^((?:\S{1,3}\s+){1,2})(?=(?:[IVX]{1,4}\.\s*(?P<caps>\S{2,}\s+\S{2,})|\d{1,2}\.\s+[^\W\d_]))")


# a Roman numeral OCR misread before a heading in capitals ("H. NỘI DUNG THI ĐUA", "Ill. TỔ CHỨC
# THỰC HIỆN"): "II." and "III." as typed
_OCR_ROMAN = {"H": "II", "Il": "II", "lI": "II", "ll": "II", "1I": "II", "I1": "II", "Ill": "III", "lll": "III",
              "IIl": "III", "IlI": "III", "Hl": "III", "HI": "III"}
_OCR_ROMAN_HEAD = re.compile(r"^(?P<n>" + "|".join(_OCR_ROMAN) + r")\.\s*(?P<rest>\S{2,}\s+\S{2,}.*)$")


def _roman_misread(text: str) -> str:
    m = _OCR_ROMAN_HEAD.match(text)
    if not m or not m.group("rest").isupper():
        return text
    return f"{_OCR_ROMAN[m.group('n')]}. {m.group('rest')}"


def _scrap_before_heading(text: str) -> str:
    m = _OCR_SCRAP_HEAD.match(text)
    if not m or (m.group("caps") is not None and not m.group("caps").isupper()):
        return text
    scrap = m.group(1).split()
    if any(not w.isalpha() or re.search(r"[a-zà-ỹđ][A-ZÀ-ỸĐ]", w) for w in scrap):
        return text[m.end(1):]
    return text


def _ocr_clean(text: str) -> str:
    text = _OCR_TAIL.sub("", _OCR_LEAD.sub("", text.strip())).strip()
    text = _OCR_DOUBLE.sub(r"\1", text)
    text = _roman_misread(_scrap_before_heading(text))
    words = text.split(" ")
    # a speck read as a lone sign after the words ("KẾ HOẠCH ˆ")
    while len(words) > 1 and len(words[-1]) <= 2 and all(
            unicodedata.category(c) in ("Lm", "Sk", "So", "Po", "Pd", "Pc", "Sm") for c in words[-1]):
        words.pop()
    # a lone small letter after a line of capitals ("ỦY BAN NHÂN DÂN XÃ HÒA SƠN š"): a speck
    if len(words) > 2 and len(words[-1]) == 1 and words[-1].islower() and all(
            w.isupper() for w in words[:-1] if any(c.isalpha() for c in w)):
        words.pop()
    return " ".join(words).strip()


# bullets typed as characters ("◦ Xây dựng …", "▪ Hướng dẫn …", "→ Cảnh báo …"): a list item, as
# Word's own bullets are ("•")
_BULLET = re.compile(r"^\s*[◦▪▫●○■□◆◇♦►▶➢➤❖✓✔→⇒·\uf0a7\uf0b7\uf0d8\uf076\uf0fc]\s+(?=\S)")


def _bullet(text: str) -> str:
    return _BULLET.sub("• ", text, count=1)


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
            text = _bullet(_ocr_clean(_clean(piece)) if block.ocr else _clean(piece))
            if text and _stamp_line(text):  # a signed PDF's visible stamp ("Người ký: …", "Thời gian ký: …")
                continue
            # (a speck read as "." or as one letter, "š", is no line)
            if text and (not block.ocr or (re.search(r"[^\W_]", text) and len(text) > 1)):
                lines.append(Line(text, block.page, bool(block.bold), block.align == "center", block.column,
                                  ocr_noise=block.ocr))
    return _split_run_together(lines)


def _stamp_line(text: str) -> bool:
    return bool(_stamp_pattern().match(fold(text)))


@ruleset.cached
def _stamp_pattern() -> re.Pattern:
    """files.yaml ``signature_stamp``: the lines of a signed PDF's visible stamp."""
    return re.compile(ruleset.load_yaml("files.yaml")["signature_stamp"])


def _misread_quoc_hieu(text: str) -> tuple[int, int] | None:
    """Where an OCR'd line holds the Quốc hiệu with a letter or two misread ("GÔNG HÒA XÃ HỘI
    CHỦ NGHĨA VIỆT NAM") between the issuer column's lines: (start, end), or None."""
    from rapidfuzz import fuzz

    key = fold(text)
    if len(key) != len(text) or len(key) < 45:
        return None  # folding changed the length: positions would not map back
    found = fuzz.partial_ratio_alignment(_QUOC_HIEU, key, score_cutoff=88)
    if found is None or found.dest_start == 0:
        return None
    start, end = found.dest_start, found.dest_end
    while start > 0 and key[start - 1].isalpha():  # the first word whole (its first letter misread)
        start -= 1
    while end < len(key) and key[end].isalpha():  # and the last
        end += 1
    return start, end


def _split_run_together(lines: list[Line]) -> list[Line]:
    """A text file types both header columns on one line: split at what starts the right one."""
    out: list[Line] = []
    for i, ln in enumerate(lines):
        if i > 12 or ln.table is not None:
            out.append(ln)
            continue
        key = ln.text
        cut = None
        m = re.search(r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA|ĐẢNG CỘNG SẢN VIỆT NAM", key, re.I)
        if m and m.start() > 0:
            cut = m.start()
        elif m is None and ln.ocr_noise:
            joined = _misread_quoc_hieu(key)  # "UBND XÃ A _ -GÔNG HÒA XÃ HỘI … VIỆT NAM. _PHÒNG B …"
            if joined is not None:
                start, end = joined
                after = key[end:]
                so = re.search(r"(?:(?<=[\s_\-.])|^)S[ốô]\s*:", after)  # the issuer column's "Số:" run on too
                pieces = [(key[:start].rstrip(" ,;-–—_"), "left"), (key[start:end], "right"),
                          (after[:so.start()] if so else after, "left"), (after[so.start():] if so else "", "left")]
                out.extend(_split_run_together([Line(_ocr_clean(t), ln.page, ln.bold, ln.centred, col)
                                                for t, col in pieces if _ocr_clean(t)]))
                continue
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
