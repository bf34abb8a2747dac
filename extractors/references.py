"""Citations of other documents.

"Kế hoạch số 25/KH-UBND ngày 03 tháng 02 năm 2023 của Ủy ban nhân dân tỉnh
về …", "Quyết định số 1234/QĐ-UBND", "Nghị định số 30/2020/NĐ-CP", "Luật Bình
đẳng giới", short forms ("Kế hoạch 25/KH-UBND", "KH số 25"), and the "Căn cứ
…" lines. Each gives type, number, date, issuer and title where the text does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.names import doc_type_by_name
from pipeline.normalize import fold

from .bodies import find_bodies
from .dates import find_dates

# legal documents, which are not in Phụ lục III's list of administrative types
LEGAL_TYPES = {
    "nghi dinh": "NĐ", "thong tu": "TT", "thong tu lien tich": "TTLT", "luat": "Luật", "bo luat": "Bộ luật",
    "phap lenh": "Pháp lệnh", "nghi quyet": "NQ", "chi thi": "CT", "cong van": "CV", "cong dien": "CĐ",
}
_TYPE_WORDS = [
    "Thông tư liên tịch", "Kế hoạch", "Quyết định", "Công văn", "Chỉ thị", "Nghị quyết", "Nghị định", "Thông tư",
    "Thông báo", "Hướng dẫn", "Chương trình", "Báo cáo", "Bộ luật", "Luật", "Pháp lệnh", "Đề án", "Tờ trình",
    "Công điện", "Phương án", "Quy chế", "Quy định",
]
_SHORT = {"KH": "Kế hoạch", "QĐ": "Quyết định", "CV": "Công văn", "NQ": "Nghị quyết", "NĐ": "Nghị định",
          "TT": "Thông tư", "CT": "Chỉ thị", "BC": "Báo cáo", "HD": "Hướng dẫn", "TB": "Thông báo"}
_NUMBER = (r"\d{1,5}\s*-\s*[A-ZĐ][A-Za-zĐđ]*\s*/\s*[A-ZĐ][A-Za-zĐđ0-9&]*"  # a Party document's "112-KH/HU"
           r"|\d{1,5}(?:\s*/\s*\d{4})?\s*/\s*[A-ZĐ][A-Za-zĐđ0-9&]*(?:\s*-\s*[A-ZĐ][A-Za-zĐđ0-9&]*)*")
_UPPER = "A-ZĐÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"  # (a range "À-Ỹ" holds lower case too)
_TYPE_RE = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in _TYPE_WORDS)
_REF = re.compile(
    rf"(?<![\w])(?P<type>{_TYPE_RE}|{'|'.join(_SHORT)})(?![\w])"
    # what qualifies the type before its number: "Kế hoạch liên tịch số 1520/KHLT-SGDĐT-SYT",
    # "Chương trình hành động số 35/CTr-UBND", "Chương trình phối hợp số 02/CTrPH-…"
    rf"(?:(?:\s+(?![{_UPPER}])[^\W\d_]+){{1,3}}(?=\s+số\s*\d))?"
    rf"(?:\s+số)?\s*(?P<num>{_NUMBER}|\d{{1,5}}(?![\d/]))?",
)


# a law's name: capitalised, then up to eight words ("Phòng, chống bạo lực gia đình"),
# stopping at what starts the rest of the sentence
_STOP = r"(?:năm|ngày|số|của|và|về|trong|vào|đối|cho|tại|theo|để|nhằm|đến|với|các|được)\b"
_LAW_TITLE = re.compile(
    rf"\s*(?P<t>[A-ZĐÀ-Ỹ][\w-]*(?:(?:,\s+(?=chống\b)|\s+)(?!{_STOP})[\w-]+){{0,7}})"
)


_DATE_AFTER = re.compile(
    r"\s*,?\s*(?:ban hành\s+)?(?:ngày\s*\d{1,2}\s*(?:tháng\s*\d{1,2}\s*năm\s*\d{4}|[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}))"
)


@dataclass
class RefHit:
    start: int
    end: int
    text: str
    doc_type: str | None
    number: str | None
    date: str | None
    issuer: str | None
    title: str | None


def _type_code(word: str, number: str | None) -> str | None:
    from pipeline.names import doc_types, type_of_code

    if number and "/" in number:
        parts = [p for p in number.split("/")[1:] if not p.isdigit()]
        code = parts[0].split("-")[0] if parts else ""
        found = type_of_code(code, [c for c in [*doc_types(), *LEGAL_TYPES.values()] if c != "CV"])
        if found:
            return found
    key = fold(word)
    if word in _SHORT:
        return word
    return doc_type_by_name().get(key) or LEGAL_TYPES.get(key)


def find_references(text: str, default_year: int | None = None) -> list[RefHit]:
    out: list[RefHit] = []
    for m in _REF.finditer(text):
        word = re.sub(r"\s+", " ", m.group("type"))
        number = re.sub(r"\s+", "", m.group("num")) if m.group("num") else None
        is_law = fold(word) in ("luat", "bo luat", "phap lenh")
        if number is None and not is_law:
            continue  # "kế hoạch" as a common noun
        if word in _SHORT and number is None:
            continue
        end = m.end()
        tail = text[end:end + 300]
        date = None
        issuer = None
        title = None
        dm = _DATE_AFTER.match(tail)
        if dm:
            hits = find_dates(dm.group(0), default_year)
            date = hits[0].value if hits else None
            end += dm.end()
            tail = text[end:end + 300]
        im = re.match(r"\s*của\s+", tail)
        if im:
            bodies = find_bodies(tail[im.end():])
            if bodies and bodies[0].start == 0:
                issuer = bodies[0].name
                end += im.end() + bodies[0].end
                tail = text[end:end + 300]
        if is_law:
            lm = _LAW_TITLE.match(text[m.end():m.end() + 160])
            if not lm:
                continue  # "luật" as a common noun
            title = lm.group("t").strip()
            end = max(end, m.end() + lm.end())
            dm = _DATE_AFTER.match(text[end:end + 60])
            if dm and date is None:
                hits = find_dates(dm.group(0), default_year)
                date = hits[0].value if hits else None
                end += dm.end()
        else:
            tm = re.match(r"\s*(?:về việc|về|V/v)\s+(?P<t>[^;:()]+?)(?=\s*(?:;|:|\(|\.\s|\.$|,\s*(?:Ủy ban|UBND|Phòng|Sở)|$))", tail)
            if tm:
                title = tm.group("t").strip().rstrip(",.")
                end += tm.end()
        out.append(RefHit(m.start(), end, text[m.start():end].strip(), _type_code(word, number), number, date,
                          issuer, title))
    return out


def cites(hits: list[RefHit], number: str) -> bool:
    """Whether any hit cites the document numbered ``number`` ("45/KH-UBND"; "KH số 45" counts too)."""
    want = re.sub(r"\s+", "", number).upper()
    lead = want.split("/")[0]
    want_type = want.split("/")[1].split("-")[0] if "/" in want else None
    for h in hits:
        if not h.number:
            continue
        got = h.number.upper()
        if got == want:
            return True
        if "/" not in got and got == lead and (h.doc_type or "").upper() == (want_type or "").upper():
            return True
    return False
