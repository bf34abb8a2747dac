"""The header of a document (NĐ 30/2020 Phụ lục I): Quốc hiệu, issuer, Số, place and date, type and title, V/v, Kính gửi."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import ruleset
from ..model import Meta
from ..names import doc_type_by_name, doc_types, normal_case, type_of_code
from ..normalize import fold

from .headings import _heading_match
from .lines import Line, _DASH, _PARTY_MOTTO, _PLACE_DATE, _QUOC_HIEU, _SO, _TIEU_NGU, _VV, _caps, addressing


# ---------------------------------------------------------------------------
# Header


@dataclass
class _Header:
    meta: Meta
    end: int  # index of the first body line


def _parse_number(raw: str) -> str:
    return re.sub(r"\s+", "", raw).strip(".;,")


def _type_from_number(number: str) -> str | None:
    party = re.match(r"^\s*\d+\s*-\s*([^\W\d_]+)\s*/", number)
    if party:  # a Party document's "45-CV/UBKTHU", "12-KH/ĐU": the type before its issuer
        return next((known for known in doc_types() if known.lower() == party.group(1).lower()), None)
    after = number.split("/", 1)[1] if "/" in number else ""
    parts = [p for p in re.split(r"[/]", after) if p and not p.isdigit()]
    if not parts:
        return None
    return type_of_code(parts[0].split("-")[0])  # ("KHLT": a joint Kế hoạch)


def _type_line(text: str) -> str | None:
    """The document-type line ("KẾ HOẠCH", "BÁO CÁO", "QUYẾT ĐỊNH"): its code."""
    if not _caps(text) or len(text) > 200:
        return None
    if len(text) > 40:  # a type line and its title in one line (a spreadsheet's merged title cell)
        return _long_type_line(text)[0]
    key = re.sub(r"[^a-z ]+$", "", fold(text)).strip(" :.")  # (a speck after it: "KẾ HOẠCH ˆ")
    code = doc_type_by_name().get(key)
    if code is None and len(key.split()) <= 9 and not key.startswith(_not_type_lines()):
        # a type line that goes on ("KẾ HOẠCH HOẠT ĐỘNG CỦA TỔ", "BÁO CÁO TÓM TẮT"): the longest type it starts with
        return next((c for name, c in _going_on_types() if key.startswith(name + " ")), None)
    return code


def _long_type_line(text: str) -> tuple[str | None, str]:
    """A line of capitals that opens with a plan's or report's type and goes on with its title
    ("BÁO CÁO TỰ KIỂM TRA CÔNG TÁC AN TOÀN, VỆ SINH LAO ĐỘNG VÀ PCCC 6 THÁNG ĐẦU NĂM 2026"): (its
    type code, the title as written), or (None, "")."""
    key = fold(text)
    if key.startswith(_not_type_lines()):
        return None, ""
    for name, code in _going_on_types():
        if key.startswith(name + " "):
            return code, text[len(name):].strip(" :.-")
    return None, ""


@ruleset.cached
def _going_on_types() -> tuple[tuple[str, str], ...]:
    """(folded name, code) of the types whose type line may go on, longest name first."""
    return tuple(sorted(((n, c) for n, c in doc_type_by_name().items() if c in _goes_on()), key=lambda p: -len(p[0])))


@ruleset.cached
def _not_type_lines() -> tuple[str, ...]:
    """Lines that start as a type line but name another genre ("KẾ HOẠCH BÀI DẠY", a lesson plan: files.yaml)."""
    return tuple(ruleset.load_yaml("files.yaml").get("not_type_lines") or ())


@ruleset.cached
def _goes_on() -> frozenset[str]:
    """The types whose type line may go on with words of its own: plans and reports (files.yaml)."""
    rules = ruleset.load_yaml("files.yaml")
    return frozenset(rules["plan_types"]) | frozenset(rules["report_types"])


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
    meta.co_issuers = _co_issuers(lines, limit, used, number_at)
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
    meta.addressees = list(meta.recipients)
    return _Header(meta=meta, end=end)


def _co_issuers(lines: list[Line], limit: int, used: set[int], number_at: int | None) -> list[dict]:
    """A joint document's other issuers: after the first issuer's "Số:" line, another block of
    a body's name over a "Số:" line of its own (two provinces' joint plan: "ỦY BAN NHÂN DÂN / TỈNH
    NGHỆ AN / Số: 37/KH-UBND"); the lines it takes are used."""
    out: list[dict] = []
    start = number_at
    while start is not None:
        second = next((j for j in range(start + 1, limit) if j not in used and _SO.match(lines[j].text)), None)
        if second is None:
            break
        names = [i for i in range(start + 1, second) if i not in used and _caps(lines[i].text)
                 and not _rule_or_speck(lines[i].text) and lines[i].table is None]
        if not names:
            break
        parent, issuer = _split_issuer([lines[i] for i in names])
        if not issuer:
            break
        out.append({"issuer": normal_case(issuer), "parent_issuer": normal_case(parent) if parent else None,
                    "number": _parse_number(_SO.match(lines[second].text).group("num"))})
        used.update([*names, second])
        start = second
    return out


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
        if key == _QUOC_HIEU or key in _PARTY_MOTTO or (_caps(ln.text) and (
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
        if len(lines[type_at].text) > 40:  # the title begins on the type line itself
            title_lines = [_long_type_line(lines[type_at].text)[1], *title_lines]
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
                and (_caps(ln.text) or ln.column == "left") and not _rule_or_speck(ln.text) and not _letterhead(ln.text)]
    stop = type_at if type_at is not None else limit
    first_used = min(used) if used else stop
    return [ln for i, ln in enumerate(lines[:stop]) if i not in used and ln.table is None and ln.column != "right"
            and (ln.column == "left" or (i < first_used and _caps(ln.text))) and not _rule_or_speck(ln.text)
            and not _letterhead(ln.text)]


@ruleset.cached
def _letterhead_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in ruleset.load_yaml("bodies.yaml")["letterhead_not_name"])


def _letterhead(text: str) -> bool:
    """A company letterhead's line under its name that names no body: its English name, its
    address and contacts (bodies.yaml letterhead_not_name). A line with Vietnamese letters is an
    English name only if it has none (folding changes it)."""
    key = fold(text).strip()
    english, *contact = _letterhead_patterns()
    return (key == text.strip().lower() and bool(english.match(key))) or any(p.search(key) for p in contact)


def _rule_or_speck(text: str) -> bool:
    """A line under the issuer that names nothing: a typed rule ("———"), the star of a Party
    or Youth Union document as OCR reads it ('"k+k'), a speck: no word of two letters."""
    letters = re.findall(r"[^\W\d_]+", text)
    # (and, under an issuer in capitals, a scrap in small letters: "ty" for the star "***"; or a
    # scrap after a sign OCR made of a smudge: "$ TH")
    return (not any(len(w) >= 2 for w in letters) or (sum(map(len, letters)) <= 3 and text == text.lower())
            or (bool(re.match(r"\s*[$#@%^~|\\]", text)) and sum(map(len, letters)) <= 2))


def _recipients(lines: list[Line], end: int) -> tuple[list[str], int]:
    """"Kính gửi: …" (one line, or a list of dashes) right after the header; the line after it."""
    recipients: list[str] = []
    for i in range(end, min(len(lines), end + 15)):
        m = addressing(lines[i].text)
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
    return bool(addressing(ln.text) or _type_line(ln.text) or _SO.match(ln.text))


_BODY_CUES = re.compile(r"^(Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Kính gửi|Nhằm|Để|Triển khai)\b", re.I)


def _title_after(lines: list[Line], start: int) -> tuple[list[str], int]:
    """The trích yếu: the line(s) under the type line."""
    out: list[str] = []
    i = start
    while i < len(lines):
        ln = lines[i]
        if ln.table is not None or _heading_match(ln.text) or addressing(ln.text):
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


@ruleset.cached
def _body_heads() -> tuple[str, ...]:
    """The words that start a body's name on an issuer line (bodies.yaml ``issuer_heads`` and
    ``hamlets``)."""
    g = ruleset.load_yaml("bodies.yaml")
    return (*g["issuer_heads"], *(h.upper() for h in g["hamlets"]))


@ruleset.cached
def _body_head() -> re.Pattern:
    return re.compile(r"^(" + "|".join(sorted(map(re.escape, _body_heads()), key=len, reverse=True)) + r")\b")


@ruleset.cached
def _folded_heads() -> dict[str, str]:
    """The body words by their letters without marks, where only one has them ("truong" is
    TRƯỜNG; "ban" is BAN or BẢN: left out)."""
    by_fold: dict[str, set[str]] = {}
    for h in _body_heads():
        by_fold.setdefault(fold(h), set()).add(h)
    return {k: next(iter(v)) for k, v in by_fold.items() if len(v) == 1}


@ruleset.cached
def _folded_places() -> dict[str, str]:
    """The place words of an issuer line OCR misreads by a mark, by their letters without marks
    ("tinh": TỈNH; bodies.yaml ``ocr_place_words``: not "QUẬN", whose letters are also "QUÂN")."""
    return {fold(w): w for w in ruleset.load_yaml("bodies.yaml")["ocr_place_words"]}


@ruleset.cached
def _issuer_wraps() -> tuple[re.Pattern, re.Pattern]:
    """(a line that goes on with the name above, by its first words; a line after which the name
    goes on, by its last): bodies.yaml ``issuer_place_starts`` and ``issuer_wrap_ends``."""
    rules = ruleset.load_yaml("bodies.yaml")

    def alt(words):
        return "|".join(sorted(map(re.escape, words), key=len, reverse=True))

    ends = [re.escape(w) if not w[0].isalpha() else r"\b" + re.escape(w) for w in rules["issuer_wrap_ends"]]
    # (not "HUYỆN ỦY", "TỈNH ĐOÀN": a committee named by its level, ``party_committees``)
    committee = {k.split()[-1].upper() for k in rules["party_committees"]}
    committee |= {w.replace("ỦY", "UỶ") for w in committee}  # both spellings
    return (re.compile(r"^(" + alt(rules["issuer_place_starts"]) + r")\b(?!\s+(?:" + alt(committee) + r")\b)"),
            re.compile(r"(" + "|".join(ends) + r")\s*$"))


def _read_head(ln: Line) -> Line:
    """An OCR'd issuer line whose body word lost or changed a mark ("TRƯƠNG THCS PHÙNG" for
    "TRƯỜNG THCS …") gets the body word back; so does a place word ("CÔNG AN TÍNH THÁI" is
    "CÔNG AN TỈNH THÁI", bodies.yaml ``ocr_place_words``), and a scrap before the name
    ("__ BỘ CÔNG AN") goes."""
    if not ln.ocr_noise:
        return ln
    text = re.sub(r"^[\W_]+(?=\w)", "", ln.text)
    places = _folded_places()
    words = text.split()
    text = " ".join(places.get(fold(w), w) if w.isupper() and k + 1 < len(words) else w for k, w in enumerate(words))
    if text != ln.text:
        ln = replace(ln, text=text)
    if _body_head().match(ln.text):
        return ln
    words = ln.text.split()
    for n in (3, 2, 1):  # ("VƯƠN QUỐC GIA U MINH": VƯỜN QUỐC GIA)
        head = _folded_heads().get(fold(" ".join(words[:n])))
        if head and len(words) > n:
            return replace(ln, text=" ".join([head, *words[n:]]))
    return ln


@ruleset.cached
def _place_end() -> re.Pattern:
    """An issuer line that ends with a place: a place word (bodies.yaml ``issuer_place_starts``)
    and the place's name ("UBND TỈNH ĐIỆN BIÊN")."""
    words = sorted(ruleset.load_yaml("bodies.yaml")["issuer_place_starts"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*$")


@ruleset.cached
def _split_words() -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in ruleset.load_yaml("bodies.yaml")["issuer_split_words"])


def _split_word(groups: list[list[Line]], ln: Line) -> bool:
    """The line goes on with a word the line above broke ("… ỦY" / "BAN MTTQ …"), bodies.yaml
    ``issuer_split_words``; not after a committee named by its level ("HUYỆN ỦY")."""
    if not groups:
        return False
    above = groups[-1][-1].text.split()
    return len(above) > 2 and any(above[-1] == a and ln.text.split()[:1] == [b] for a, b in _split_words())


def _split_issuer(names: list[Line]) -> tuple[str | None, str | None]:
    """(parent, issuer) from the issuer column's lines. A line that starts with a
    body word starts a new name; others continue the previous one (a wrapped name).
    Bold marks the issuer when the source tells it."""
    groups: list[list[Line]] = []
    for ln in map(_read_head, names):
        place_start, wrap_end = _issuer_wraps()
        # (a line ending with a place, "UBND TỈNH ĐIỆN BIÊN", is a whole name, whatever its last word)
        ends_placed = bool(groups and _place_end().search(groups[-1][-1].text))
        continues = bool(place_start.match(ln.text)) or _split_word(groups, ln) or bool(
            groups and wrap_end.search(groups[-1][-1].text) and not ends_placed) or bool(
            groups and len(ln.text.split()) == 1) or bool(  # one word is never a body's whole name ("SỞ … VÀ MÔI" / "TRƯỜNG")
            groups and len(ln.text.split()) <= 3 and not _body_head().match(ln.text))  # nor a place alone ("… TIỂU HỌC" / "NHÃ NAM")
        if not groups or (_body_head().match(ln.text) and not continues) or (ln.bold != groups[-1][-1].bold and not continues):
            groups.append([ln])
        else:
            groups[-1].append(ln)
    # (the star a Party document puts under its issuer, "*", is no part of a name)
    # (nor a quotation mark OCR made of a smudge at its end: 'UBND TỈNH HÀ TĨNH "')
    texts = [re.sub(r"[\s*\"'“”„]+$", "", " ".join(x.text for x in g)).strip() for g in groups]
    texts = [t for t in texts if t]
    if not texts:
        return None, None
    if len(texts) == 1:
        return None, texts[0]
    return " ".join(texts[:-1]), texts[-1]


_LIST_NO = re.compile(r"^\s*\d{1,2}\s*[.)]\s+")


def _clean_item(text: str) -> str:
    text = _LIST_NO.sub("", _DASH.sub("", text)).strip()
    return re.sub(r"[;.,]+$", "", text).strip()
