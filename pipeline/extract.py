"""The extract stage: duties, tasks, dates, citations and the plan's reporting
deadlines, from a segmented Document (the extractors package does the work).

Dates, citations and the names of bodies are read through the spaCy pipeline of
``extractors.spacy_components`` (a blank Vietnamese pipeline with the extractors as
components and the gazetteer of fixed body names in a SpanRuler): every preamble line,
heading and paragraph of a document is one spaCy ``Doc`` (``nlp.pipe``), whose span groups
``dates``, ``references``, ``bodies`` and ``names`` carry what was found."""

from __future__ import annotations

import re

from extractors.bodies import canonical_body, locality_words
from extractors.dates import find_dates, year_hint
from extractors.duties import addressed_duties, compiler_reports, each_party, extract_duties, words
from extractors.targets import extract_figures, extract_targets
from extractors.tasks import extract_tasks, shortcomings

from . import ruleset
from .markers import ITEM_MARK
from .model import DateMention, Document, Reference, Section, all_sections
from .normalize import fold, slugify


def _texts(doc: Document):
    """(section id or None, text) of the preamble, every heading and paragraph."""
    for para in doc.preamble:
        yield None, para
    for s in all_sections(doc.sections):
        if s.title:
            yield s.id, s.title
        for para in s.paragraphs:
            yield s.id, para


def reporting_deadlines(doc: Document, year: int | None) -> dict[str, str | None]:
    """The plan's deadlines for the units' own plans and for their reports.

    A deadline whose clause speaks of drawing up a plan ("xây dựng kế hoạch …
    trước ngày 25/02/2023") is the plan deadline; one whose clause speaks of
    reporting results ("báo cáo … kết quả … trước ngày 20/11/2023") the report
    deadline. The first plan deadline counts; of the report deadlines the
    reporting part sets ("sơ kết 6 tháng trước ngày 15/7 và kết quả năm trước
    ngày 15/12"), the last, which the unit's last report answers.
    """
    out: dict[str, str | None] = {"plan": None, "report": None}
    # the reporting part ("Chế độ báo cáo", "Thông tin, báo cáo") speaks first; a duty's own
    # deadline ("ban hành kế hoạch … trước ngày 31/10") only when it says nothing
    # (a heading, "V. CHẾ ĐỘ BÁO CÁO", not a numbered sentence that ends "… báo cáo UBND huyện
    # trước ngày 15/12 hằng năm")
    # (and its items, "2. Báo cáo tiến độ thực hiện (…) gửi Sở … trước ngày 22/5/2026")
    reporting = {x.id for s in all_sections(doc.sections) if "báo cáo" in s.title.lower() and len(s.title) <= 80
                 for x in all_sections([s])}
    # and a paragraph that sets the rule for everyone, wherever it stands ("Yêu cầu Thủ trưởng các
    # cơ quan, đơn vị, Chủ tịch UBND các xã … xây dựng kế hoạch …, gửi về … trước ngày 15/3/2024")
    # (after a time that opens the sentence: "Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (…), các
    # cơ quan, đơn vị, địa phương báo cáo …")
    everyone = re.compile(r"^(?:(?:yeu cau|de nghi) )?(?:thu truong )?(?:(?:%s)\b[^;.]*?,\s*)?(?:%s)\b" % (
        "|".join(words()["recurring_opens"]), "|".join(map(re.escape, words()["general_starts"]))))
    # (an item's number before it is no part of it: "2. Các đơn vị báo cáo kết quả …"; and a
    # heading that sets it rules its paragraphs: "2. Các đơn vị báo cáo kết quả thực hiện về Sở:" /
    # "báo cáo sơ kết học kỳ I trước ngày 20/01/2026, báo cáo tổng kết năm học trước ngày …")
    ruling = {s.id for s in all_sections(doc.sections) if everyone.match(ITEM_MARK.sub("", fold(s.title)))}
    texts = sorted(((section, text, section in reporting or section in ruling
                     or bool(everyone.match(ITEM_MARK.sub("", fold(text)))))
                    for section, text in _texts(doc)), key=lambda t: not t[2])  # the rules first
    in_reporting: list[str] = []
    doc.report_periods, doc.yearly_deadlines = {}, {}
    for section, text, rule in texts:
        after = 0  # where the last deadline's date ended: "… 6 tháng trước ngày 12/6 và báo cáo năm trước ngày 20/11"
        hits = find_dates(text, year)
        # "Hằng năm, … trước ngày 31/01; báo cáo … trước ngày 10/12 hằng năm": a day of every year
        yearly = any(h.kind == "recurring" and h.recurrence == "yearly" for h in hits)
        for hit in hits:
            if hit.kind != "deadline" or not hit.value:
                continue
            clause_start = _clause_start(text, hit.start)
            clause = text[clause_start:hit.start].lower()
            if "báo cáo" not in clause and not re.search(words()["plan_deadline_clause"], fold(clause)):
                # the dates first, the work after them: "Định kỳ 6 tháng (trước ngày 15/6) và hằng
                # năm (trước ngày 15/12), các cơ quan … báo cáo kết quả thực hiện về …"
                ends = [i for i in (text.find(";", hit.end), text.find(". ", hit.end)) if i >= 0]
                rest = text[hit.end:min(ends) if ends else len(text)]
                lead = rest.lower().split("báo cáo")[0]
                if "báo cáo" in rest.lower() and not re.search(words()["plan_deadline_clause"], fold(lead)):
                    clause = f"{clause} {rest.lower()}"
            every_year = yearly and not hit.year_given and len(hit.value) == 10
            if out["plan"] is None and re.search(words()["plan_deadline_clause"], fold(clause)):
                out["plan"] = hit.value
                if every_year:
                    doc.yearly_deadlines.setdefault("plan", hit.value[5:])
            elif "báo cáo" in clause and any(cue in fold(clause) for cue in words()["report_deadline_cues"]):
                if compiler_reports(text[clause_start:hit.start]):
                    continue  # the standing office's own report upward, not the units'
                if rule:
                    in_reporting.append((hit.value, every_year))
                elif out["report"] is None and not in_reporting:
                    out["report"] = hit.value
                    if every_year:
                        doc.yearly_deadlines["report"] = hit.value[5:]
                period = report_period(text[max(clause_start, after):hit.start])
                if period:
                    doc.report_periods.setdefault(period, hit.value)
            after = hit.end
    if in_reporting:
        out["report"], every_year = max(in_reporting)
        doc.yearly_deadlines.pop("report", None)
        if every_year:
            doc.yearly_deadlines["report"] = out["report"][5:]
    return out


def _clause_start(text: str, end: int) -> int:
    """Where the clause that ends at ``end`` starts: after the last ";" or ". " before it that is
    not inside brackets ("Báo cáo … theo Biểu mẫu (các đơn vị thuộc Sở … số 01; Ủy ban nhân dân các
    xã … số 02), gửi … trước ngày 20/6/2026" is one clause)."""
    depth = 0
    for i in range(end - 1, -1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth = max(depth - 1, 0)
        elif depth == 0 and (ch == ";" or (ch == "." and text[i + 1:i + 2] == " ")):
            return i + 1
    return 0


def unit_deadlines(doc: Document, year: int | None) -> dict[str, list[str]]:
    """Each unit's own report deadline, counted back from its day in the plan's schedule table
    (date_words.yaml ``relative_deadline``): body_id -> [due, the unit's day]; {} for a plan
    without both."""
    pattern, cues = _relative_rule()
    rule = None
    for duty in doc.duties:
        key = fold(duty.text)
        for m in pattern.finditer(key):
            clause = key[max(key.rfind(";", 0, m.start()), 0):m.start()]
            if any(cue in clause for cue in cues):
                rule = (int(m.group("n")), bool(m.group("work")))
                break
        if rule:
            break
    if rule is None:
        return {}
    out: dict[str, list[str]] = {}
    for table in _tables(doc):
        days = _schedule(table, year)
        for body_id, day in days.items():
            out.setdefault(body_id, [_count_days(day, -rule[0], rule[1]), day])
    return out


@ruleset.cached
def _relative_rule() -> tuple[re.Pattern, tuple[str, ...]]:
    rules = ruleset.load_yaml("date_words.yaml")
    return re.compile(rules["relative_deadline"]), tuple(rules["relative_report_cues"])


def _tables(doc: Document):
    from extractors.duties import row_tables

    for s in all_sections(doc.sections):
        yield from s.tables
        yield from row_tables(s.paragraphs)


def _schedule(table: list[list[str]], year: int | None) -> dict[str, str]:
    """A schedule table's units and their days: a column of bodies beside a column of single
    dates, in most of its rows."""
    rows = [r for r in table[1:] if len(r) >= 2]
    if len(rows) < 2:
        return {}
    width = max(len(r) for r in rows)

    def day(cell: str) -> str | None:
        values = [h.value for h in find_dates(cell, year) if h.value and len(h.value) == 10]
        return values[0] if len(set(values)) == 1 else None

    bodies = [[canonical_body(r[i]) if i < len(r) else None for r in rows] for i in range(width)]
    days = [[day(r[i]) if i < len(r) else None for r in rows] for i in range(width)]
    who = next((i for i in range(width) if sum(b is not None and not b.collective for b in bodies[i]) * 2 > len(rows)), None)
    when = next((i for i in range(width) if sum(d is not None for d in days[i]) * 2 > len(rows)), None)
    if who is None or when is None:
        return {}
    return {b.body_id: d for b, d in zip(bodies[who], days[when]) if b is not None and d is not None}


def from_named_days(doc: Document) -> None:
    """A plan that names a day once and dates its duties from it (date_words.yaml ``named_days``:
    election day, a festival's opening and end, a school year's calendar): each duty with no date of
    its own is due on the latest day it counts to from them ("chậm nhất 40 ngày trước ngày bầu cử",
    "ngày D-1", "sau khi kết thúc Lễ hội 15 ngày"), else on the latest day it falls at ("trong ngày
    bầu cử", "trước ngày khai giảng", "trong học kỳ I"); and so is the report when the plan gives it
    no date ("báo cáo kết quả … chậm nhất 05 ngày sau ngày bầu cử")."""
    texts = [t for _, t in _texts(doc)]
    # (a heading that names the day over the paragraph that dates it: "1. Ngày bầu cử: Chủ nhật, ngày 15/3/2026")
    labelled = [f"{s.title}: {s.paragraphs[0]}" for s in all_sections(doc.sections) if s.title and s.paragraphs]
    folded = [fold(t) for t in texts + labelled]
    dated = [(rules, day) for rules in _named_day_rules() for day in [_defined_day(rules["define"], folded)] if day]
    if not dated:
        return

    def due(text: str) -> str | None:
        key = fold(text)
        counted, at = [], []
        for rules, day in dated:
            counted += [_count_days(day, -int(m.group("n"))) for p in rules["before"] for m in p.finditer(key)]
            counted += [_count_days(day, -((int(m.group("n")) + 23) // 24)) for p in rules["before_hours"]
                        for m in p.finditer(key)]
            counted += [_count_days(day, int(m.group("n"))) for p in rules["after"] for m in p.finditer(key)]
            at += [day for p in rules["at"] if p.search(key)]
        return max(counted or at, default=None)

    _dated_by(doc, texts, due)


def _defined_day(patterns: list[re.Pattern], texts: list[str]) -> str | None:
    """The day the first of ``patterns`` that dates one in ``texts`` gives (d/m/yyyy or "d thang m nam yyyy")."""
    for pattern in patterns:
        for text in texts:
            m = pattern.search(text)
            day = _iso_day(re.sub(r"\s*(?:thang|nam)\s*", "/", m.group("day"))) if m else None
            if day:
                return day
    return None


@ruleset.cached
def _named_day_rules() -> list[dict]:
    data = ruleset.load_yaml("date_words.yaml")["named_days"]
    out = []
    for day in data["days"]:
        names = day.get("names")

        def rules(kind: str, names=names, day=day) -> list[re.Pattern]:
            shared = [p.replace("{names}", names) for p in data[kind]] if names else []
            return [re.compile(p) for p in shared + day.get(kind, [])]
        out.append({"define": [re.compile(p) for p in day["define"]],
                    **{kind: rules(kind) for kind in ("before", "before_hours", "after", "at")}})
    return out


def _dated_by(doc: Document, texts: list[str], due) -> None:
    """Each duty with no date of its own dated by ``due`` (a text -> its day or None), and the
    report when the plan gives it no date, by its sentences of results ("báo cáo kết quả …")."""
    for duty in doc.duties:
        if not duty.deadline:
            duty.deadline = due(duty.text)
    if doc.deadlines.get("report") is None:
        said = [due(t) for t in texts if "báo cáo kết quả" in t.lower()]
        doc.deadlines["report"] = max((d for d in said if d), default=None)


def _iso_day(text: str) -> str | None:
    from datetime import date

    try:
        d, m, y = (int(x) for x in text.split("/"))
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def from_issue(doc: Document) -> None:
    """A duty due some days after the plan is issued ("Trong vòng 30 ngày kể từ ngày Kế hoạch được
    ban hành", date_words.yaml ``from_issue_deadline``) is due that many days after the plan's date."""
    if not doc.meta.date:
        return
    for duty in doc.duties:
        duty.deadline = duty.deadline or _from_issue_day(doc, duty.text)


def plan_due_from_issue(doc: Document) -> None:
    """The units' plans due some days after the plan is issued or takes effect ("Trong thời hạn 30
    ngày kể từ ngày Quy chế này có hiệu lực, các cơ quan … xây dựng kế hoạch …"), when the plan
    gives them no date."""
    if doc.deadlines.get("plan") or not doc.meta.date:
        return
    for _, text in _texts(doc):
        for sentence in re.split(r"(?<=[.;])\s+", text):
            if re.search(words()["plan_deadline_clause"], fold(sentence)):
                day = _from_issue_day(doc, sentence)
                if day:
                    doc.deadlines["plan"] = day
                    return


def _from_issue_day(doc: Document, text: str) -> str | None:
    """The day a text counts from the plan's issue or effect (date_words.yaml from_issue_deadline), or None."""
    pattern, effect = _from_issue_rules()
    m = pattern.search(fold(text))
    if not m:
        return None
    start = doc.meta.date
    if m.group("effect"):  # (a decision that takes effect on a later day says so)
        said = next((e for _, t in _texts(doc) for e in [effect.search(fold(t))] if e), None)
        start = (_iso_day(said.group("day")) if said else None) or start
    return _count_days(start, int(m.group("n")), bool(m.group("work")))


@ruleset.cached
def _from_issue_rules() -> tuple[re.Pattern, re.Pattern]:
    data = ruleset.load_yaml("date_words.yaml")
    return re.compile(data["from_issue_deadline"]), re.compile(data["effect_day"])


def _count_days(day: str, n: int, working: bool = False) -> str:
    """The day ``n`` days after ``day`` (before it when ``n`` is negative), counting working days
    only (Saturdays and Sundays skipped) when ``working``."""
    from datetime import date, timedelta

    d, step = date.fromisoformat(day), timedelta(days=1 if n >= 0 else -1)
    n = abs(n)
    while n > 0:
        d += step
        if not working or d.weekday() < 5:
            n -= 1
    return d.isoformat()


def own_due(fr, plan: Document) -> str | None:
    """A report's due date of its own unit (``Document.unit_deadlines``), for a report made before
    the unit's day (a report dated after it, of the remedies, is another report)."""
    got = plan.unit_deadlines.get(fr.holder.body_id) if fr.holder is not None else None
    if not got or (fr.date and fr.date > got[1]):
        return None
    return got[0]


def report_period(text: str) -> str | None:
    """The part of the year a text names ("6 tháng đầu năm", "quý II"), by duty_words.yaml
    report_periods; None for none (a year's report, or no period)."""
    key = fold(text)
    return next((name for name, pattern in (words().get("report_periods") or {}).items()
                 if re.search(pattern, key)), None)


def report_due(doc: Document, plan: Document, due: str | None) -> str | None:
    """When a report was due: at the plan's deadline for the part of the year its title names,
    if the plan gives one ("Báo cáo kết quả … 6 tháng đầu năm 2026" and "báo cáo 6 tháng trước
    ngày 12/6/2026"); at a yearly deadline in the year it reports on; else ``due`` (the plan's
    report deadline)."""
    period = report_period(doc.meta.title or (doc.preamble[0] if doc.preamble else ""))
    if period and period in plan.report_periods:
        return plan.report_periods[period]
    return yearly_due(doc, plan, "report") or due


def year_of(doc: Document) -> int | None:
    """The year a unit's document is for: the one its title names ("Báo cáo kết quả thực hiện
    năm 2023 …", "Kế hoạch … năm 2024"; the last, for "giai đoạn 2021-2025 … năm 2023"), else
    the year of its date."""
    title = doc.meta.title or (doc.preamble[0] if doc.preamble else "")
    # (not the year of the work ahead: "… năm 2026 và phương hướng, nhiệm vụ năm 2027")
    title = _next_year_rule().split(title, maxsplit=1)[0]
    named = re.findall(r"\bnăm\s+(\d{4})\b", title, re.I)
    if named:
        return int(named[-1])
    return int(doc.meta.date[:4]) if doc.meta.date else None


@ruleset.cached
def _next_year_rule() -> re.Pattern:
    return re.compile(ruleset.load_yaml("date_words.yaml")["next_year_in_title"], re.I)


def yearly_due(doc: Document, plan: Document, kind: str) -> str | None:
    """A multi-year plan's deadline of every year ("trước ngày 10/12 hằng năm"), in the year the
    document is for; None when the plan has none for ``kind``."""
    day = plan.yearly_deadlines.get(kind)
    year = year_of(doc) if day else None
    return f"{year}-{day}" if year else None


_CALLED = re.compile(r"\((?:sau đây )?gọi (?:tắt )?là ([^()]{2,40})\)\s*(xây dựng|ban hành)?", re.I)


def _issuer_short_names(doc: Document) -> list[str]:
    """The short name the plan gives its issuer in its opening ("Ban Quản lý dự án … tỉnh (sau đây
    gọi là Ban QLDA) xây dựng Kế hoạch …"): the issuer's, so its duties are the issuer's own."""
    out = []
    for para in doc.preamble[:8]:
        for m in _CALLED.finditer(para):
            before = fold(para[max(0, m.start() - 120):m.start()])
            head = " ".join(fold(doc.meta.issuer or "").split()[:2])
            if m.group(2) or (head and head in before):
                out.append(m.group(1).strip(" .,;\"“”"))
    return out


def place_of(issuer: str | None) -> str | None:
    """The place an issuer's name ends with: "Ủy ban nhân dân tỉnh Hà Tĩnh" -> "tỉnh Hà Tĩnh"."""
    m = re.search(rf"(?<!\w)({locality_words()})\s+\S.*$", issuer or "")
    return m.group(0) if m else None


# a place-and-date line with no year in figures ("Tam Điệp, ngày 12 tháng Giêng năm Bính Ngọ")
_LUNAR_PLACE_DATE = re.compile(r"^(?P<place>[^\W\d_][^,;:]{1,59}?)\s*,\s*(?P<date>(?:ngày|mùng|mồng)\s[^\d]*\d{1,2}\D*)$", re.I)


def lunar_dated(doc: Document) -> None:
    """A document dated by the lunar calendar alone ("Tam Điệp, ngày 12 tháng Giêng năm Bính Ngọ",
    a hamlet's report): that day in the solar calendar (extractors/dates.py), its year the one of
    its can-chi name nearest the years the document names."""
    lines = [*doc.preamble, *(p for s in all_sections(doc.sections) for p in s.paragraphs)]
    near = year_hint(*lines)
    for line in lines:
        m = _LUNAR_PLACE_DATE.match(line.strip())
        days = [h.value for h in find_dates(m.group("date"), near) if h.value and len(h.value) == 10] if m and near else []
        if days:
            doc.meta.date, doc.meta.place = days[0], doc.meta.place or m.group("place").strip()
            return


def extract(doc: Document) -> Document:
    if doc.meta.date is None:
        lunar_dated(doc)
    year = year_hint(doc.meta.date, doc.meta.title)
    sections = doc.sections
    if any(" | " in p for p in doc.preamble):
        # a table of tasks before any heading (a plan that is its "Danh mục nhiệm vụ" alone, a
        # workbook): read as an appendix's table is
        from extractors.duties import row_tables

        sections = [Section(id="PL", number="", style="appendix", level=1, title=doc.meta.title or "",
                            tables=row_tables(doc.preamble)), *doc.sections]
        if not doc.meta.title:  # its title is the line above the table ("DANH MỤC NHIỆM VỤ …")
            doc.meta.title = next((p for p in doc.preamble if len(p.split()) >= 6 and " | " not in p), None)
    doc.duties = extract_duties(sections, year)
    asked = addressed_duties(doc.sections, doc.meta.addressees, doc.preamble[-1] if doc.preamble else "", year,
                             doc.duties)
    if asked:  # in the letter's order
        order = {s.id: i for i, s in enumerate(all_sections(doc.sections))}
        doc.duties = sorted(doc.duties + asked, key=lambda d: order.get(d.section, len(order)))
    if doc.meta.co_issuers:  # a joint plan: a body "of both" is each party's body
        parties = [place_of(i) for i in [doc.meta.issuer, *(c.get("issuer") for c in doc.meta.co_issuers)]]
        doc.duties = each_party(doc.duties, [p for p in parties if p])
    if doc.meta.issuer:
        # "Ủy ban nhân dân tỉnh phân công cơ quan chủ trì …": the plan's issuer gives the work out,
        # it is not one of the holders
        own = {slugify(doc.meta.issuer), slugify(re.sub(rf"\s+({locality_words()})\s+.*$", r" \1", doc.meta.issuer))}
        own |= {slugify(name) for name in _issuer_short_names(doc)}
        doc.duties = [d for d in doc.duties if d.body_id not in own]
    from_issue(doc)
    doc.tasks = extract_tasks(doc.sections, doc.meta.issuer, year, doc.preamble)
    doc.shortcomings = shortcomings(doc.sections)
    texts = list(_texts(doc))
    for (section, _), spans in zip(texts, nlp_for(year).pipe(text for _, text in texts)):
        for span in spans.spans.get("dates", []):
            hit = span._.rasoat
            doc.dates.append(DateMention(text=hit["text"], value=hit["value"], end=hit["end_value"], kind=hit["kind"],
                                         section=section, recurrence=hit["recurrence"]))
        for span in spans.spans.get("references", []):
            ref = span._.rasoat
            doc.references.append(Reference(text=ref["text"], doc_type=ref["doc_type"], number=ref["number"],
                                            date=ref["date"], issuer=ref["issuer"], title=ref["title"]))
    doc.replaces = replaced_numbers(text for _, text in texts)
    doc.deadlines = reporting_deadlines(doc, year)
    plan_due_from_issue(doc)
    from_named_days(doc)
    doc.unit_deadlines = unit_deadlines(doc, year)
    doc.targets, doc.target_refs = extract_targets(doc, year, _body_of)
    deadlines_from_rows(doc, year)
    # a report's figures are for the year it reports on ("… quý IV năm 2025", dated 05/01/2026)
    doc.figures = extract_figures(doc, year_of(doc) or year)
    return doc


@ruleset.cached
def _replacing() -> tuple[re.Pattern, re.Pattern]:
    data = ruleset.load_yaml("files.yaml")
    return re.compile(data["replaces_number"]), re.compile(data["replaces_earlier"])


def replaced_numbers(texts) -> list[str]:
    """The numbers of the documents a text says it replaces (files.yaml ``replaces_number``: "Kế
    hoạch này thay thế Kế hoạch số 04/KH-THHĐ"), folded, in capitals; "*" when it withdraws every
    earlier one (``replaces_earlier``: "gửi lại bản đã chỉnh sửa, đề nghị không sử dụng văn bản đã
    gửi trước đó")."""
    by_number, every = _replacing()
    out: list[str] = []
    for text in texts:
        key = fold(text)
        out += [m.group("num").strip(" ./,;").upper() for m in by_number.finditer(key)]
        if every.search(key):
            out.append("*")
    return list(dict.fromkeys(out))


def deadlines_from_rows(doc: Document, year: int | None) -> None:
    """A holder's duty with no deadline of its own that a row of the plan's table of targets
    restates ("Mô hình … được xây dựng, nhân rộng | Mô hình | Tối thiểu 40 | Sở Nông nghiệp và Môi
    trường | Năm 2026") is due when the row's time cell says: the rule by which a restating row of
    duties gives its deadline (duty_words.yaml ``restated_min_score``)."""
    from rapidfuzz import fuzz

    from extractors.dates import deadline_of

    rows = [t for t in doc.targets if t.body_id and " | " in t.text]
    for duty in (d for d in doc.duties if not d.deadline):
        scored = [(fuzz.token_set_ratio(fold(t.indicator), fold(duty.text)), t) for t in rows if t.body_id == duty.body_id]
        score, row = max(scored, key=lambda p: p[0], default=(0, None))
        if row is None or score < words()["restated_min_score"]:
            continue
        times = [deadline_of(c, year, whole=True) for c in row.text.split(" | ")]
        duty.deadline = next((t for t in times if t), None)


def _body_of(name: str) -> tuple[str, str, bool]:
    """A table cell's holder as the duties name it: (name, body_id, collective)."""
    body = canonical_body(name)
    if body is None:
        return name.strip(), slugify(name), fold(name).startswith("cac ")
    return body.name, body.body_id, body.collective


def nlp_for(year: int | None):
    """The spaCy pipeline of the extractors, for documents of ``year`` (made once per year and
    set of rules)."""
    pipelines = _pipelines()
    if year not in pipelines:
        from extractors.spacy_components import make_pipeline

        pipelines[year] = make_pipeline(default_year=year)
    return pipelines[year]


@ruleset.cached
def _pipelines() -> dict:
    return {}
