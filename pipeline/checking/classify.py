"""What each file that was read is to the plan: its role (a unit's own plan, a report, or
something else), its sender among the plan's holders, whether it cites the plan. A file of
several documents takes the role of its substantive one; the other units' documents in it
count for those units."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from extractors.references import cites as cites_number
from extractors.bodies import canonical_name
from extractors.references import find_references

from .. import ruleset
from ..model import Document, all_sections
from ..normalize import date_text, fold
from ..runmodel import SENT_ROLES, FileResult, FileStatus, Role
from .holders import ELSEWHERE, Holder, is_standing_body, match_sender
from .similarity import spelt_out


@ruleset.cached
def _files() -> dict:
    """rules/files.yaml, read once per set of rules (classification asks it for every file)."""
    return ruleset.load_yaml("files.yaml")


@ruleset.cached
def _types() -> tuple[set[str], set[str]]:
    """The document types (ký hiệu) of unit plans, and of reports (rules/files.yaml)."""
    rules = ruleset.load_yaml("files.yaml")
    return set(rules["plan_types"]), set(rules["report_types"])


def _topic_words(text: str | None) -> set[str]:
    if not text:
        return set()
    from extractors.duties import words

    stop = set(words()["topic_stop_words"])
    return {w for w in re.findall(r"[a-z]+", fold(text)) if w not in stop and len(w) > 1} | {
        m for m in re.findall(r"\b(?:19|20)\d{2}\b", text)
    }


def on_topic(doc: Document, plan: Document) -> bool:
    """Whether a document is about the plan's subject (its title, or its opening)."""
    mine = doc.meta.title or (doc.preamble[0] if doc.preamble else "")
    theirs = plan.meta.title or ""
    if not mine or not theirs:
        return False
    a, b = _spelt_out(mine, theirs), _topic_words(theirs)
    if not a or not b:
        return False
    overlap = len(a & b) / min(len(a), len(b))
    if overlap >= 0.6 or fuzz.token_set_ratio(fold(mine), fold(theirs)) >= 85:
        return True
    # the opening cites the plan by its title, not its number ("Thực hiện Kế hoạch của Ban Thường
    # vụ Hội LHPN tỉnh về công tác phòng, chống bạo lực gia đình … năm 2025, …")
    first = " ".join(doc.preamble[:1])
    opening = _spelt_out(first, theirs)
    if len(b) >= 3 and len(b & opening) / len(b) >= 0.85:
        return True
    # or by a shorter title whose words are all the plan's ("Thực hiện Kế hoạch kiểm soát nhiễm
    # khuẩn năm 2026 của Bệnh viện" for "Kiểm soát nhiễm khuẩn và tăng cường tuân thủ vệ sinh tay …")
    key = fold(first)
    cited = _CITED_TITLE.search(key)
    # (the words as written, where folding kept every position: their capitals tell abbreviations)
    said = (first if len(key) == len(first) else key)[cited.start("title"):cited.end("title")] if cited else ""
    named = _spelt_out(said, theirs)
    return len({w for w in named if not w.isdigit()}) >= 3 and len(named & b) / len(named) >= 0.85


def speaks_of_topic(doc: Document, plan: Document) -> bool:
    """Whether a document's activities speak of the plan's subject: they hold enough of the plan
    title's pairs of topic words, as pairs (files.yaml report_body_topic; single words say too
    little: "đồng" folds like "Đông")."""
    theirs = _topic_pairs(plan.meta.title or "")
    if not theirs:
        return False
    found = len(_topic_pairs(" ".join([*(t.text for t in doc.tasks), *doc.preamble])) & theirs)
    rule = _files()["report_body_topic"]
    return found >= rule["pairs"] and found / len(theirs) >= rule["share"]


# a document's number as a text cites it after "số": "542/SNNMT-QLĐĐ", "08 / KH-UBND"
_NUMBER = r"\d{1,5}\s*/\s*[^\s,;()]+"


def number_key(number: str) -> str:
    """A document's number to compare: no spaces, in capitals ("08 / KH-UBND" -> "08/KH-UBND")."""
    return re.sub(r"\s+", "", number).upper()


def answers_another(doc: Document, plan: Document) -> bool:
    """A report whose opening says what it carries out, another document than the plan and than
    those the plan itself carries out ("Thực hiện Văn bản số 542/SNNMT-QLĐĐ ngày 02/3/2026 của Sở
    Nông nghiệp và Môi trường về việc rà soát, điều chỉnh số liệu thống kê đất đai …"): it answers
    that one, however close its subject."""
    opening = doc.preamble[0] if doc.preamble else ""
    if not re.match(r"^(thuc hien|trien khai|theo|can cu)\b", fold(opening)):
        return False
    # (any document cited by its number: "Văn bản số …", "Công văn số …", "Kế hoạch số …", and whose)
    cited = [(number_key(m.group(1)), m.group(2) or "") for m in re.finditer(
        rf"\b[Ss]ố\s*({_NUMBER})(?:[^,;]*?\bcủa\s+(.+?)(?:\s+về\b|,|$))?", opening)]
    bases = {number_key(r.number) for r in plan.references if r.number}
    bases.update(number_key(n) for n in plan_numbers(plan))
    # (nor a letter of the plan's own issuer on it, "Công văn … của UBND tỉnh về việc đôn đốc báo cáo …")
    return bool(cited) and all(n not in bases and not (who and _plan_issuer(canonical_name(who), plan))
                               for n, who in cited)


def general_report(doc: Document, plan: Document) -> bool:
    """Whether a document is a unit's general periodic report whose title does not name the
    plan's subject ("Kết quả thực hiện nhiệm vụ tháng 01 năm 2026 …", "Tình hình kinh tế - xã
    hội quý I"; files.yaml general_report_titles)."""
    rules = _files()
    title = doc.meta.title or ""
    if not re.search(rules["general_report_titles"], fold(title).strip()) or re.search(r"\bsố\s*\d", title, re.I):
        return False
    generic = set(rules["general_report_words"])

    def words(text: str) -> set[str]:
        return {w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in generic}

    return not (words(title) & words(plan.meta.title or ""))


def subject_pairs(plan: Document) -> frozenset[str]:
    """The plan's subject as the pairs of topic words of its title."""
    return _topic_pairs(plan.meta.title or "")


def _topic_pairs(text: str) -> frozenset[str]:
    """Each two topic words that follow one another in ``text`` (the work's abbreviations spelt
    out, folded; no stop words, no figures), and the topic terms it holds (duty_words.yaml
    ``topic_terms``: "hợp tác xã")."""
    return _pairs(text, str(ruleset.current()))  # (an office's own rules have their own stop words)


@lru_cache(maxsize=65536)  # a general report's activities are read against every duty of their holder
def _pairs(text: str, _rules: str) -> frozenset[str]:
    from extractors.duties import words

    stop = set(words()["topic_stop_words"])
    ws = re.findall(r"[a-z0-9]+", fold(spelt_out(text)))  # ("HTX tổ chức ĐHTV": the hợp tác xã's words)
    joined = f" {' '.join(ws)} "
    terms = {t for t in words().get("topic_terms", []) if f" {t} " in joined}
    return frozenset({f"{a} {b}" for a, b in zip(ws, ws[1:]) if not ({a, b} & stop) and not (a.isdigit() or b.isdigit())}
                     | terms)


_CITED_TITLE = re.compile(r"\bke hoach\b(?: (?:so )?\d+[^ ,;]*)?(?: ngay [\d/]+)?(?: cua [^,;.()]{2,40}? ve\b)?"
                          r"(?P<title>[^,;.()]{10,}?)(?= cua\b|[,;.(]|$)")


def _spelt_out(text: str, title: str) -> set[str]:
    """The topic words of ``text``, an abbreviation of the plan title's words by their initials
    spelt out ("BHYT, BHXH" in a report of "… tham gia bảo hiểm xã hội, bảo hiểm y tế")."""
    from extractors.duties import words

    syllables = re.findall(r"[a-z]+", fold(title))
    initials = "".join(w[0] for w in syllables)
    out = _topic_words(text)
    stop = set(words()["topic_stop_words"])
    for abbr in re.findall(r"(?<![\w])[A-ZĐ]{3,8}(?![\w])", text or ""):
        at = initials.find(fold(abbr))
        if at >= 0:
            out.discard(fold(abbr))
            out |= {w for w in syllables[at:at + len(abbr)] if w not in stop and len(w) > 1}
    return out


def plan_numbers(plan: Document) -> list[str]:
    """The plan's number, and a joint plan's other issuers' numbers ("42/KH-UBND" of Hà Tĩnh,
    "37/KH-UBND" of Nghệ An): a reply may cite it by any of them."""
    return [n for n in [plan.meta.number, *(c.get("number") for c in plan.meta.co_issuers)] if n]


def plan_issuers(plan: Document) -> list[tuple[str | None, str | None]]:
    """(issuer, parent) of the plan and of each of a joint plan's other issuers."""
    return [(plan.meta.issuer, plan.meta.parent_issuer),
            *((c.get("issuer"), c.get("parent_issuer")) for c in plan.meta.co_issuers)]


def doc_cites_plan(doc: Document, plan: Document) -> bool:
    return any(_cites(doc, number) for number in plan_numbers(plan))


def _cites(doc: Document, plan_number: str) -> bool:
    hits = []
    for para in doc.preamble + [doc.meta.title or ""]:
        hits.extend(find_references(para))
    if cites_number(hits, plan_number):
        return True
    refs = [r for r in doc.references if r.number]
    if any(number_key(r.number) == number_key(plan_number) for r in refs):
        return True
    # in capitals: a report on several plans gives each a part of its own ("III. KẾT QUẢ THỰC
    # HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 35/CTr-UBND NGÀY 12/5/2021 …"); a report form heads itself
    # "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 18/KH-UBND …"
    number = r"\s*".join(map(re.escape, re.sub(r"\s+", "", plan_number)))
    cited = re.compile(rf"\bSỐ\s*{number}(?![\w])", re.I)
    lines = [*doc.preamble[:3], doc.meta.title or "", *(s.title for s in all_sections(doc.sections))]
    return any(cited.search(line) for line in lines)


_UNTYPED_PLAN = "Không xác định được loại văn bản; coi là kế hoạch của đơn vị."
_UNTYPED_REPORT = ("Không xác định được loại văn bản; bảng có cột tình trạng thực hiện của từng nhiệm vụ, "
                   "coi là báo cáo của đơn vị.")


def archive_companions(files: list[FileResult]) -> None:
    """What comes in a zip with its unit's plan or report is no plan or report of its own: a
    document without a type line ("Phụ lục danh sách các điểm sạt lở.xlsx" beside "BC 214 …docx")
    is its appendix; a công văn that sends it ("V/v gửi báo cáo kết quả …") its cover letter."""
    groups: dict[str, list[FileResult]] = {}
    for fr in files:
        m = re.match(r"(.+?\.zip)/", fr.rel, re.I)
        if m:
            groups.setdefault(m.group(1), []).append(fr)
    letters = _report_letters()[0]
    plan_types, report_types = _types()
    for group in groups.values():
        main = [f for f in group if f.sent and f.doc is not None
                and (f.doc.meta.doc_type in plan_types | report_types)]
        for fr in group:
            if not fr.sent or fr in main:
                continue
            mine = next((t for t in main if t.holder.body_id == fr.holder.body_id), None)
            if mine is None:
                continue
            if fr.role == Role.UNIT_PLAN and fr.message.startswith(_UNTYPED_PLAN):
                fr.role = Role.OTHER
                fr.message = f"Phụ lục gửi kèm {_describe(mine.doc)} trong cùng tệp nén; không tính là kế hoạch riêng."
            elif fr.doc.meta.doc_type in letters and mine.role == fr.role:
                fr.role = Role.OTHER
                fr.message = f"Công văn gửi kèm {_describe(mine.doc)} trong cùng tệp nén."


def archive_summaries(files: list[FileResult]) -> None:
    """The row of a zip says what it carried, so that the clerk reads at a glance whose plan or
    report came in it ("Trong tệp nén: báo cáo của Ủy ban nhân dân xã Tấn Mỹ; kế hoạch của …")."""
    carried: dict[str, list[FileResult]] = {}
    for fr in files:
        m = re.match(r"(.+?\.zip)/", fr.rel, re.I)
        if m:
            carried.setdefault(m.group(1), []).append(fr)
    names = {Role.UNIT_PLAN: "kế hoạch", Role.REPORT: "báo cáo"}
    for fr in files:
        members = carried.get(fr.rel)
        if not members:
            continue
        said = list(dict.fromkeys(f"{names[m.role]} của {m.holder.name}" for m in members
                                  if m.role in names and m.holder is not None and m.status != FileStatus.ERROR))
        if said:
            fr.add_message("Trong tệp nén: " + "; ".join(said) + ".")


def continuation_pages(files: list[FileResult]) -> None:
    """A page photographed or scanned on its own, with no header (no number, date, type or
    issuer), that follows in the same folder another such page read as a unit's plan or report
    ("Zalo/IMG_…093015.jpg", then "Zalo/IMG_…093022.jpg"), is that document's next page: it
    counts with it, for its sender and date, and says so."""
    folders: dict[str, list[FileResult]] = {}
    for fr in files:
        folders.setdefault(str(Path(fr.rel).parent), []).append(fr)
    for group in folders.values():
        group.sort(key=lambda f: f.rel)
        for before, fr in zip(group, group[1:]):
            head = before.continues or before
            if (fr.status != FileStatus.DUPLICATE and fr.doc is not None and fr.role not in SENT_ROLES
                    and _a_page(fr.doc) and _a_page(before.doc) and _headless(fr.doc)
                    and head.role in SENT_ROLES and head.holder is not None):
                fr.continues, fr.status, fr.role, fr.holder = head, FileStatus.OK, head.role, head.holder
                fr.cites_plan = head.cites_plan
                fr.message = f"Trang tiếp theo của {head.rel} (trang chụp không có phần đầu văn bản): tính cùng văn bản đó."


def appendix_pieces(files: list[FileResult], plan: Document) -> None:
    """A file that holds only an appendix ("PHỤ LỤC / BIỂU TỔNG HỢP KẾT QUẢ …", no number or type
    of its own) and names the unit's document it goes with ("Kèm theo Báo cáo số 45/BC-BCH ngày
    12/6/2026"): when that document is in the inbox ("BC 45 (trang 1-3).pdf" beside "BC 45 (trang
    4-5).pdf"), the appendix is part of it, for its sender, kind and date, and its rows are read
    with it; when it is not, the appendix is that document as far as it came, dated by it."""
    plan_types, report_types = _types()
    by_number: dict[str, FileResult] = {}
    for fr in files:
        if fr.doc is not None and fr.doc.meta.number and fr.status == FileStatus.OK:
            by_number.setdefault(fr.doc.meta.number.upper(), fr)
    for fr in files:
        doc = fr.doc
        if (doc is None or fr.status == FileStatus.DUPLICATE or fr.continues is not None or doc.meta.number
                or doc.meta.doc_type or re.match(r".+?\.zip/", fr.rel, re.I) or not _appendix_alone(doc)):
            continue  # (what a zip holds beside its document: archive_companions)
        named = next((r for r in doc.references if r.number and r.date and r.doc_type in plan_types | report_types
                      and r.number.upper() != (plan.meta.number or "").upper()
                      and not _plan_issuer(r.issuer, plan)), None)
        if named is None:
            continue
        head = by_number.get(named.number.upper())
        if head is not None and head is not fr and head.role in SENT_ROLES and head.holder is not None:
            fr.continues, fr.status, fr.role, fr.holder = head, FileStatus.OK, head.role, head.holder
            fr.cites_plan = head.cites_plan
            fr.message = f"Phụ lục của {head.rel} (gửi thành tệp riêng): tính cùng văn bản đó."
        elif head is None and fr.role in SENT_ROLES:
            doc.meta.date = doc.meta.date or named.date
            fr.add_message(f"Tệp chỉ có phụ lục của {_kind_name(named.doc_type)} số {named.number} ngày "
                           f"{date_text(named.date)}; văn bản chính không có trong hộp thư: cần đề nghị đơn vị gửi bổ sung.")


def _appendix_alone(doc: Document) -> bool:
    """A document whose opening names it an appendix (its first lines or its title; files.yaml
    ``appendix_opening``, also after the issuer's name a reader ran into it)."""
    opening = re.compile(_files()["appendix_opening"])
    lines = [doc.meta.issuer or "", doc.meta.title or "", *doc.preamble[:4]]
    return any(opening.search(fold(x).strip()[:60]) for x in lines if x)


def _kind_name(code: str | None) -> str:
    from ..names import doc_types

    return doc_types().get(code or "", "văn bản")


def _a_page(doc: Document | None) -> bool:
    """A single page read by OCR (a photo, or a scan of one page)."""
    return doc is not None and doc.source.ocr_pages >= 1 and (doc.source.pages or 1) == 1


def _headless(doc: Document) -> bool:
    m = doc.meta
    return not (m.number or m.date or m.doc_type or m.issuer)


def _answers_elsewhere(doc: Document, plan: Document) -> str | None:
    """The issuer, of another locality than the plan's, of what a document's opening says it
    carries out ("Thực hiện Kế hoạch số 35/KH-UBND … của Ủy ban nhân dân tỉnh Lâm Đồng …" from a
    xã Quảng Tân that Quảng Ninh has too); None when it carries out nothing of elsewhere."""
    from .holders import elsewhere

    for para in doc.preamble[:2]:
        for ref in find_references(para):
            if ref.issuer and all(elsewhere(ref.issuer, None, i, p) for i, p in plan_issuers(plan)):
                return ref.issuer
    return None


def cites_other_plan(doc: Document, plan: Document):
    """A citation of another plan of the plan's issuer, or None: last year's plan (same type and
    issuer's number suffix, an earlier year), or a sibling plan of the same issuer sent to the same
    units a few weeks apart ("Kế hoạch số 08/KH-UBND ngày 09/01/2026 của Ủy ban nhân dân tỉnh" on
    Tết beside the year's Kế hoạch số 41/KH-UBND): another number and another day, its issuer
    named as the plan's; not a plan this one amends or carries on, named in its title or opening
    ("Điều chỉnh, bổ sung Kế hoạch số 58/KH-UBND …": the units answer it as amended). A number
    that differs on the plan's very day is the plan's, mistyped (``mistyped_citation``)."""
    if not plan.meta.number or not plan.meta.date or "/" not in plan.meta.number:
        return None
    suffix = plan.meta.number.split("/", 1)[1].upper()
    own = {number_key(n) for n in plan_numbers(plan)}  # (a joint plan's numbers are all its own)
    bases = _plan_bases(plan)
    # a document of the plan's time that cites the plan the plan carries on ("Thực hiện Kế hoạch số
    # 46/KH-UBND ngày 28/7/2025 …" atop a unit's 2026 plan copied from its 2025 one, where the 2026
    # plan renews 46/KH-UBND): the unit's answer to this plan, its opening not brought up to date
    renewed = bool(doc.meta.date) and doc.meta.date >= plan.meta.date
    for ref in doc.references:
        if not (ref.number and "/" in ref.number and number_key(ref.number) not in own
                and ref.number.split("/", 1)[1].upper() == suffix and ref.date):
            continue
        if renewed and number_key(ref.number) in bases:
            continue
        if ref.date[:4] < plan.meta.date[:4] or (ref.date != plan.meta.date and _plan_issuer(ref.issuer, plan)
                                                  and number_key(ref.number) not in bases):
            return ref
    return None


def _plan_bases(plan: Document) -> set[str]:
    """The numbers the plan cites in its title and opening: the plans it amends or carries on."""
    hits = [h for text in [plan.meta.title or "", *plan.preamble] for h in find_references(text)]
    return {number_key(h.number) for h in hits if h.number}


def other_plan_sections(doc: Document, plan: Document) -> set[str]:
    """The sections of a document on several plans headed by another plan of the plan's type ("Phần
    I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 08/KH-UBND (DỊP TẾT …)" in a report on Kế hoạch 41/KH-UBND
    too), and every section under them: what they say answers that plan, not this one."""
    number = number_key(plan.meta.number or "")
    if "/" not in number:
        return set()
    code = number.split("/")[1].split("-")[0]
    own = {number_key(n) for n in plan_numbers(plan)}  # (a joint plan's numbers are all its own)
    out: set[str] = set()

    def other(title: str) -> bool:
        cited = [number_key(n) for n in re.findall(rf"\bSỐ\s*({_NUMBER})", title.upper())]
        return any(n not in own and n.split("/")[1].split("-")[0] == code for n in cited)

    def walk(sections, inside: bool) -> None:
        for sec in sections:
            here = inside or other(sec.title or "")
            if here:
                out.add(sec.id)
            walk(sec.children, here)

    walk(doc.sections, False)
    return out


def mistyped_citation(doc: Document, plan: Document):
    """A citation of the plan's issuer's plan of the plan's own day under another number ("Kế hoạch
    số 14/KH-UBND ngày 02/02/2026" for 41/KH-UBND of that day), or under its number with a letter
    of its code changed (a scan's "15/KH-MITQ-BTT"), or under another number and day by the plan's
    own title (a draft's number): the plan, its number mistyped or misread."""
    if not plan.meta.number or not plan.meta.date or "/" not in plan.meta.number:
        return None
    digits, suffix = plan.meta.number.upper().split("/", 1)
    own = {number_key(n) for n in plan_numbers(plan)}

    def mistyped(number: str) -> bool:
        n, code = number_key(number).split("/", 1)
        if n + "/" + code in own:
            return False
        # (its number mistyped; or its code misread by OCR: "15/KH- MITQ- BTT" for 15/KH-MTTQ-BTT)
        return code == suffix or (n == digits and Levenshtein.distance(code, suffix) <= 1)

    def titled(r) -> bool:
        # (or cited under another number and day, a draft's, by the plan's very title: "Kế hoạch số
        # 09/KH-UBND ngày 10/01/2019 của UBND huyện Kim Sơn về tổ chức thực hiện Tổng điều tra …"
        # for 12/KH-UBND of 14/01/2019 of that title; not a sibling plan, whose title is its own)
        title, said = fold(plan.meta.title or ""), fold(r.title or "")
        return (len(title) >= 20 and r.date is not None and r.date[:4] == plan.meta.date[:4]
                and r.number.upper().split("/", 1)[1].replace(" ", "") == suffix
                and fuzz.ratio(title, said[:len(title)]) >= 90)

    return next((r for r in doc.references if r.number and "/" in r.number
                 and (r.date == plan.meta.date or titled(r)) and mistyped(r.number)
                 and _plan_issuer(r.issuer, plan)), None)


def _plan_issuer(issuer: str | None, plan: Document) -> bool:
    """A cited issuer that is the plan's, in full or without its place ("Ủy ban nhân dân tỉnh");
    a standing body's with its organisation ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh" for the
    header's "Ban Thường trực" under "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh")."""
    mine = fold(plan.meta.issuer or "").strip()
    said = fold(issuer or "").strip()
    if is_standing_body(plan.meta.issuer) and plan.meta.parent_issuer:
        mine = f"{mine} {fold(plan.meta.parent_issuer).strip()}"
    return bool(said and mine and mine.startswith(said))


def classify(fr: FileResult, plan: Document, holders: list[Holder]) -> None:
    """Role, sender and status of a file that was read; what the reader warned of (pages
    skipped or read at a low resolution, an old encoding) goes into its message.

    A file of several documents takes the role, sender and document of its first plan or
    report (a cover letter and the plan it sends is the plan); the plans and reports of other
    units in it count for those units (``extra``)."""
    docs = fr.doc.documents if fr.doc else []
    if len(docs) > 1:
        each = []
        for d in docs:
            one = FileResult(rel=fr.rel, path=fr.path, sha256=fr.sha256, doc=d)
            _classify(one, plan, holders)
            each.append(one)
        found = [e for e in each if e.status == FileStatus.OK and e.role in SENT_ROLES]
        # a covering letter that reports ("V/v gửi báo cáo kết quả …") and the report it sends,
        # of one unit: the report is what was sent
        letters = _report_letters()[0]
        def covering(e: FileResult) -> bool:
            return e.doc.meta.doc_type in letters and any(
                o is not e and o.role == e.role and o.holder is not None and e.holder is not None
                and o.holder.body_id == e.holder.body_id for o in found)
        found = [e for e in found if not covering(e)] + [e for e in found if covering(e)]
        main = found[0] if found else each[0]
        fr.doc, fr.role, fr.holder, fr.cites_plan, fr.status = main.doc, main.role, main.holder, main.cites_plan, main.status
        fr.general = main.general
        fr.message = main.message
        fr.documents = len(docs)
        seen = {(main.holder.body_id if main.holder else "", main.role)}
        for e in found[1:]:
            key = (e.holder.body_id if e.holder else "", e.role)
            if e.holder is not None and key not in seen:
                seen.add(key)
                fr.extra.append(e)
        fr.add_message(f"Tệp gồm {len(docs)} văn bản: " + "; ".join(_describe(e.doc) for e in each) + ".")
    else:
        _classify(fr, plan, holders)
    partner = _joint_partner(fr, plan, holders)
    if partner is not None:
        fr.extra.append(partner)
        fr.add_message(f"Văn bản liên tịch: được tính cho cả {fr.holder.name} và {partner.holder.name}.")
    warnings = [w for w in (fr.doc.source.warnings if fr.doc else []) if w]
    if warnings:
        fr.add_message("Lưu ý khi đọc:", *warnings)


def _joint_partner(fr: FileResult, plan: Document, holders: list[Holder]) -> FileResult | None:
    """The other issuer of a joint document (văn bản liên tịch: its number's type ends in "LT",
    "07/BCLT-TTGDNN-HKH"), whose name stands above the first in the issuer column: a holder, it
    is credited with the document as well (a result of its own, in ``extra``)."""
    doc = fr.doc
    if (doc is None or fr.holder is None or fr.role not in SENT_ROLES or not doc.meta.parent_issuer
            or not re.search(_files()["joint_number"], doc.meta.number or "")):
        return None
    from dataclasses import replace

    other = replace(doc, meta=replace(doc.meta, issuer=doc.meta.parent_issuer, parent_issuer=None))
    holder, _how = match_sender(other, holders, plan.meta.issuer, plan.meta.parent_issuer, plan_issuers(plan)[1:])
    if holder is None or holder.body_id == fr.holder.body_id:
        return None
    return FileResult(rel=fr.rel, path=fr.path, sha256=fr.sha256, doc=doc, role=fr.role, holder=holder,
                      cites_plan=fr.cites_plan, general=fr.general)


@ruleset.cached
def _act_types() -> frozenset[str]:
    return frozenset(_files().get("act_types") or ())


@ruleset.cached
def _report_letters() -> tuple[set[str], re.Pattern]:
    rules = ruleset.load_yaml("files.yaml")
    return set(rules["letter_types"]), re.compile(rules["report_subject"])


def _type_in_title(title: str | None) -> str | None:
    """A document with no type line whose title opens with its type, in one line with it ("BÁO
    CÁO KẾT QUẢ TƯ VẤN, HỖ TRỢ TÂM LÝ SINH VIÊN", a spreadsheet's merged title): that type."""
    from ..names import doc_type_by_name

    key = " ".join(re.sub(r"[^a-z ]+", " ", fold(title or "")).split())
    found = [(name, code) for name, code in doc_type_by_name().items() if key.startswith(name + " ")]
    return max(found, key=lambda p: len(p[0]))[1] if found else None


def _reports_by_letter(doc: Document) -> bool:
    """A công văn whose subject says it reports ("V/v báo cáo kết quả thực hiện Kế hoạch …")."""
    types, subject = _report_letters()
    return doc.meta.doc_type in types and bool(subject.match(fold(doc.meta.title or "").strip()))


def _plans_by_letter(doc: Document) -> bool:
    """A công văn whose subject registers or sends the unit's plan and that sets its activities
    out itself ("V/v: Đăng ký kế hoạch ATVSLĐ, PCCC năm 2026"; files.yaml plan_subject)."""
    rules = _files()
    items = doc.tasks or [p for p in doc.preamble if re.match(r"\s*(?:[-–+•]|\d{1,2}[.)])\s", p)]
    return (doc.meta.doc_type in _report_letters()[0] and len(items) >= rules["plan_letter_tasks"]
            and bool(re.match(rules["plan_subject"], fold(doc.meta.title or "").strip())))


def submits_plan(doc: Document) -> bool:
    """A submission (files.yaml request_types) whose subject is the unit's own plan, for approval
    ("Tờ trình về việc thông qua Kế hoạch … của Công ty …"; files.yaml submits_plan)."""
    rules = _files()
    return (doc.meta.doc_type in (rules.get("request_types") or ())
            and bool(re.match(rules["submits_plan"], fold(doc.meta.title or "").strip())))


def _already_sent(doc: Document) -> str | None:
    """"Báo cáo số 118/BC-SKHCN" when a short letter only says it was sent before (files.yaml
    ``already_sent``); else None."""
    rules = _files()
    body = [*doc.preamble, *(p for s in all_sections(doc.sections) for p in s.paragraphs)]
    if len(body) > rules["already_sent_paragraphs"]:
        return None
    for para in body:
        m = re.search(rules["already_sent"], fold(para))
        if m:
            kind = {"bao cao": "Báo cáo", "ke hoach": "Kế hoạch", "cong van": "Công văn"}.get(m.group("type"), "văn bản")
            return f"{kind} số {m.group('number').upper()}"
    return None


def _describe(doc: Document) -> str:
    m = doc.meta
    if not (m.doc_type_name or m.number or m.issuer):
        return "một phần thư hoặc ghi chú kèm theo (không có số, không rõ loại văn bản)"
    what = m.doc_type_name or "văn bản"
    return " ".join(x for x in (what, f"số {m.number}" if m.number else "", f"của {m.issuer}" if m.issuer else "") if x)


def is_the_plan(doc: Document, plan: Document) -> bool:
    """The master plan itself, in this format or another (the clerk keeps it with the inbox)."""
    if doc.source.sha256 and doc.source.sha256 == plan.source.sha256:
        return True
    m, p = doc.meta, plan.meta
    return bool(p.number and m.number and m.number.upper() == p.number.upper() and m.doc_type == p.doc_type
                and m.date == p.date and fold(m.issuer or "") == fold(p.issuer or ""))


def issuers_own(doc: Document, plan: Document) -> bool:
    """A document the plan's own issuer sent (a reminder, an extension, the plan it amends)."""
    return bool(plan.meta.issuer) and fold(doc.meta.issuer or "") == fold(plan.meta.issuer)


def cited_by_plan(doc: Document, plan: Document) -> bool:
    """A document of the plan's own issuer that the plan cites by number and date: the plan it
    amends or carries out ("Điều chỉnh, bổ sung Kế hoạch số 58/KH-UBND ngày 15/3/2024"), sent back
    with the replies; no unit's document."""
    m = doc.meta
    if not m.number or not issuers_own(doc, plan):
        return False
    return any(r.number and r.number.upper() == m.number.upper() and (not r.date or not m.date or r.date == m.date)
               for r in plan.references)


def _classify(fr: FileResult, plan: Document, holders: list[Holder]) -> None:
    doc = fr.doc
    assert doc is not None
    if is_the_plan(doc, plan):
        fr.role, fr.status = Role.OTHER, FileStatus.UNRECOGNIZED
        fr.message = "Đây là kế hoạch chung đang rà soát, không phải văn bản của đơn vị."
        return
    if cited_by_plan(doc, plan):
        fr.role = Role.OTHER
        fr.message = (f"Đây là {_describe(doc)} mà kế hoạch chung dẫn (căn cứ hoặc điều chỉnh), "
                      "không phải văn bản của đơn vị.")
        return
    fr.cites_plan = doc_cites_plan(doc, plan)
    fr.general = general_report(doc, plan)
    relevant = fr.cites_plan or on_topic(doc, plan)
    fr.holder, _how = match_sender(doc, holders, plan.meta.issuer, plan.meta.parent_issuer, plan_issuers(plan)[1:])
    if _how == ELSEWHERE and not fr.cites_plan:
        # a commune of the same name in another province, answering its own province's plan
        fr.role, fr.status = Role.OTHER, FileStatus.UNRECOGNIZED
        fr.message = (f"Văn bản của đơn vị thuộc địa phương khác ({doc.meta.issuer or ''}"
                      + (f", {doc.meta.parent_issuer}" if doc.meta.parent_issuer else "")
                      + "), không dẫn kế hoạch này: không tính cho đơn vị nào.")
        return
    kind = doc.meta.doc_type or _type_in_title(doc.meta.title)
    plan_types, report_types = _types()
    if (not relevant and fr.holder is not None and kind in report_types and speaks_of_topic(doc, plan)
            and not answers_another(doc, plan)):
        relevant = True  # a general report of the unit with a part on the plan's subject
        fr.add_message("Báo cáo chung của đơn vị, không dẫn kế hoạch; có nội dung về chủ đề của kế hoạch "
                       "nên được xếp là báo cáo.")
    typo = None if fr.cites_plan else mistyped_citation(doc, plan)
    if typo is not None:
        fr.cites_plan = True
        same = ("cùng ngày với kế hoạch chung" if typo.date == plan.meta.date
                else "cùng tên với kế hoạch chung")
        fr.add_message(f"Văn bản dẫn Kế hoạch số {typo.number} ngày {date_text(typo.date)}: {same} "
                       f"(số {plan.meta.number}), có lẽ ghi hoặc đọc nhầm số; được tính là văn bản thực hiện kế hoạch này.")
    away = None if fr.cites_plan else _answers_elsewhere(doc, plan)
    if away is not None:
        # a commune of the same name in another province, carrying out its own province's plan
        fr.role, fr.status, fr.holder = Role.OTHER, FileStatus.UNRECOGNIZED, None
        fr.message = (f"Văn bản thực hiện văn bản của {away} (địa phương khác), không dẫn kế hoạch này: "
                      "không tính cho đơn vị nào.")
        return
    old = None if fr.cites_plan else cites_other_plan(doc, plan)
    if old is not None:
        fr.role, fr.status = Role.OTHER, FileStatus.UNRECOGNIZED
        earlier = old.date[:4] < (plan.meta.date or "")[:4]
        fr.message = (f"Văn bản thực hiện Kế hoạch số {old.number} ngày {date_text(old.date)}"
                      + (" (kế hoạch năm trước)" if earlier else " (một kế hoạch khác của cùng cơ quan)")
                      + f", không phải Kế hoạch số {plan.meta.number}: "
                      + ("không tính cho năm nay." if earlier else "không tính cho kế hoạch này."))
        return
    if re.match(_files()["extension_request_subject"], fold(doc.meta.title or "").strip()):
        # a unit's letter asking for more time ("V/v xin gia hạn thời gian gửi báo cáo …")
        fr.role, fr.status = Role.OTHER, FileStatus.UNRECOGNIZED
        fr.message = ("Công văn xin gia hạn thời gian gửi kế hoạch hoặc báo cáo: không phải kế hoạch hay báo cáo "
                      "của đơn vị.")
        return
    if relevant and (kind in plan_types or _plans_by_letter(doc) or submits_plan(doc)):
        fr.role = Role.UNIT_PLAN
    elif relevant and (kind in report_types or _reports_by_letter(doc)):
        fr.role = Role.REPORT
    elif fr.cites_plan and fr.holder is not None and kind in _act_types():
        fr.role = Role.REPORT
        fr.add_message(f"{doc.meta.doc_type_name or 'Văn bản'} của đơn vị thực hiện kế hoạch (không phải báo cáo): "
                       "được tính là văn bản trả lời của đơn vị, đối chiếu như báo cáo.")
    elif relevant and kind is None and doc.tasks and any(t.status for t in doc.tasks):
        # a table whose rows say how far each task went ("Hoàn thành (Có/Không)", "Tiến độ"): a report
        fr.role = Role.REPORT
        fr.message = _UNTYPED_REPORT
    elif relevant and kind is None and doc.tasks:
        fr.role = Role.UNIT_PLAN
        fr.message = _UNTYPED_PLAN
    else:
        fr.role = Role.OTHER
        if not relevant:
            # read, but not a document of this plan (a letter on another matter from a holder too)
            fr.status = FileStatus.UNRECOGNIZED
            fr.message = ("Văn bản về việc khác, không thuộc kế hoạch này; không tính là kế hoạch hay báo cáo "
                          "của đơn vị." if fr.holder else "Văn bản không thuộc kế hoạch này và không rõ đơn vị gửi.")
        elif fr.holder is None and issuers_own(doc, plan):
            # the issuer's own letter about its plan (a reminder, "V/v đôn đốc thực hiện Kế hoạch số …")
            fr.status = FileStatus.UNRECOGNIZED
            fr.message = (f"{_describe(doc)[:1].upper()}{_describe(doc)[1:]} là văn bản của chính cơ quan ban hành "
                          "kế hoạch (đôn đốc, hướng dẫn), không phải văn bản của đơn vị.")
        else:
            fr.message = "Văn bản có liên quan đến kế hoạch nhưng không phải kế hoạch hay báo cáo của đơn vị."
    sent_before = _already_sent(doc) if fr.role in SENT_ROLES and doc.meta.doc_type in _report_letters()[0] else None
    if sent_before:
        fr.role, fr.status = Role.OTHER, FileStatus.UNRECOGNIZED
        fr.message = (f"Công văn cho biết đơn vị đã gửi {sent_before} trước đó, không kèm nội dung; văn bản ấy "
                      "không có trong hộp thư: cần kiểm tra lại. Không tính là kế hoạch hay báo cáo.")
    if fr.role in SENT_ROLES and fr.general:
        fr.add_message("Báo cáo chung của đơn vị: chỉ phần nói về chủ đề của kế hoạch được đối chiếu với nhiệm vụ.")
    if fr.role in SENT_ROLES and fr.holder is None:
        fr.message = "Không xác định được đơn vị gửi (không có trong danh sách các đơn vị được giao nhiệm vụ)."
    if fr.role in SENT_ROLES and not fr.cites_plan and plan.meta.number:
        fr.add_message("Văn bản không dẫn số kế hoạch chung; xếp theo chủ đề.")


# ---------------------------------------------------------------------------
# the run

