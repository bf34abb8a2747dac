"""From the files read to the run's tables: each holder's counted plan and report
(``submissions``), a verdict on every duty for every holder and kind (``coverage``), and
every activity of the units' documents with the duty it answers (``task_rows``)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from extractors.tasks import not_taken_up, points_back, said_status, taken_up, without_reason

from .. import ruleset
from ..model import Document, Task
from ..normalize import date_text, fold, normalize_text
from ..runmodel import SENT_ROLES, CoverageRow, FileResult, FileStatus, Kind, Status, Submission, TaskRow
from .classify import _topic_pairs, other_plan_sections, subject_pairs, submits_plan
from .holders import Holder
from . import confidence
from .similarity import Rivals, Similarity, assign_tasks, judge, says_plan_issued
from .similarity import rules


def submissions(files: list[FileResult], holders: list[Holder], due: dict[str, str | None],
                own_due: dict[str, str] | None = None) -> list[Submission]:
    """Of each holder's documents of a kind, the latest dated one counts; the older ones say so
    (``coverage`` reads them too, for what the latest does not wholly take up). ``own_due``: the
    report a holder owes by a day of its own (the plan's schedule), when it sent none."""
    received: dict[tuple[str, str], list[FileResult]] = defaultdict(list)
    for fr in (u for f in files for u in f.units()):
        if fr.sent:
            received[(fr.holder.body_id, Kind.of(fr.role))].append(fr)
    out: list[Submission] = []
    for h in holders:
        if h.collective and any(m.in_group(h.body_id) for m in holders):
            continue  # its members answer for it
        for kind in Kind:
            if kind not in h.expected and not received.get((h.body_id, kind)):
                continue  # (what was not asked for, but sent all the same, is judged)
            frs = sorted(received.get((h.body_id, kind), []) or _heirs(h, kind, holders, received),
                         key=lambda f: (f.date or "", f.rel))
            counted = frs[-1] if frs else None
            if counted is not None and counted.continues is not None:
                counted = counted.continues  # a later page of a document: the document counts
            others = [f for f in frs if f is not counted]
            fallback = (own_due or {}).get(h.body_id) if kind == Kind.REPORT else None
            out.append(Submission(h, kind, counted, others, (counted.due if counted else fallback) or due[kind]))
            withdrawn = replaced(counted.doc, [o.doc for o in others]) if counted is not None and counted.doc else set()
            for older in others:  # the clerk sees which version was reviewed (not a page of it)
                if older.continues is not None:
                    continue
                if (older.doc is not None and counted.doc is not None and older.doc.meta.number
                        and older.doc.meta.number == counted.doc.meta.number and older.doc_date == counted.doc_date):
                    # the same document in another form (the signed scan and the Word file)
                    older.add_message(f"Cùng văn bản với {counted.rel} (bản ở dạng khác): đối chiếu như một văn bản.")
                elif id(older.doc) in withdrawn:
                    older.replaced_by = counted
                    older.add_message(f"Đơn vị đã gửi văn bản thay thế ({counted.rel}); bản này không được dùng "
                                      "để đối chiếu.")
                else:
                    older.add_message(f"Đơn vị đã gửi bản mới hơn ({counted.rel}); bản này chỉ được đối chiếu thêm "
                                      "cho những nhiệm vụ mà bản mới chưa thể hiện đầy đủ.")
    return out


def _heirs(h: Holder, kind: Kind, holders: list[Holder], received) -> list[FileResult]:
    """A holder that sent nothing of a kind and no longer exists: what its successors sent of the
    kind (``Holder.succeeds``), from the day they took its work over; each such file says whom it
    is read for."""
    out = []
    for heir in holders:
        since = heir.succeeds.get(h.body_id)
        if since is None or heir is h:
            continue
        for fr in received.get((heir.body_id, kind), []):
            if not since or (fr.date or "") >= since:
                out.append(fr)
                fr.add_message(f"Đơn vị kế thừa nhiệm vụ của {h.name}: văn bản được đối chiếu với các nhiệm vụ "
                               f"kế hoạch giao cho {h.name}.")
    return out


def replaced(doc: Document, earlier: list[Document | None]) -> set[int]:
    """Of a unit's earlier documents of a kind, those ``doc`` says it replaces (``Document.replaces``,
    by number or all of them), by ``id``."""
    said = set(doc.replaces)
    return {id(d) for d in earlier if d is not None and ("*" in said or (
        d.meta.number and fold(d.meta.number).upper() in said))}


def similarity(plan: Document, subs: list[Submission], known=None) -> Similarity:
    """The measure of the run, fitted on every duty and every counted document's activities."""
    docs = [s.file.doc for s in subs if s.file and s.file.doc]
    texts = [d.text for d in plan.duties] + [x for doc in docs for x in task_texts(doc, tasks_of(doc))]
    ignore = frozenset()
    if rules().get("ignore_title_words") and plan.meta.title:
        from .similarity import _segment

        ignore = frozenset(_segment(plan.meta.title)) | title_abbreviations(plan.meta.title)
    return Similarity(texts, known, ignore)


def title_abbreviations(title: str) -> frozenset[str]:
    """The abbreviations the plan's title words make, as the texts write them ("PCCCR" of
    "Phòng cháy, chữa cháy rừng …", "ATGT" of "an toàn giao thông"): the initials of three or
    more syllables in a row, lower case as the words are compared."""
    syllables = re.findall(r"[^\W\d_]+", title.lower())
    initials = "".join(w[0] for w in syllables)
    return frozenset(initials[i:j] for i in range(len(initials)) for j in range(i + 3, len(initials) + 1))


def holders_for_duty(body_id: str, holders: list[Holder]) -> list[Holder]:
    """Who answers a duty: its holder, or each member of a collective holder."""
    group = next((h for h in holders if h.body_id == body_id), None)
    if group is None:
        return []
    if group.collective:
        members = [h for h in holders if h.in_group(group.body_id)]
        return members or [group]
    return [group]


def coverage(plan: Document, holders: list[Holder], subs: list[Submission], sim: Similarity) -> list[CoverageRow]:
    counted = {(s.holder.body_id, s.kind): s.file for s in subs}
    earlier = {(s.holder.body_id, s.kind): [f for f in reversed(s.others) if f.doc is not None and f.replaced_by is None]
               for s in subs}
    answering = [(duty, holders_for_duty(duty.body_id, holders)) for duty in plan.duties]
    duties_of: dict[str, list[str]] = defaultdict(list)  # each holder's duties, to tell them apart
    for duty, hs in answering:
        for h in hs:
            duties_of[h.body_id].append(duty.text)
    rivals = {b: Rivals(texts, sim) for b, texts in duties_of.items()}
    readings: dict[tuple[int, Kind], Reading] = {}  # each document read once, for all its holder's duties

    def reading(fr: FileResult, kind: Kind) -> Reading:
        key = (id(fr), kind)
        if key not in readings:
            readings[key] = read_for_judging(fr, kind, plan)
        return readings[key]

    rows: list[CoverageRow] = []
    for duty, hs in answering:
        for h in hs:
            for kind in Kind:
                fr = counted.get((h.body_id, kind))
                row = CoverageRow(duty_id=duty.id, body_id=h.body_id, body=h.name, kind=kind, duty_text=duty.text,
                                  evidence_sha256=fr.sha256 if fr is not None else "")
                if fr is not None and fr.doc is not None:
                    _judge(row, duty.text, fr, reading(fr, kind), sim, rivals[h.body_id], plan, duty.deadline,
                           duty.code or point_of(duty.section), duty.role)
                    # a holder's earlier documents of the kind (another report of its own: the self-
                    # inspection before the report of remedies): a duty the latest does not wholly
                    # take up is read in them too, and takes the best verdict
                    for other in earlier.get((h.body_id, kind), []):
                        if row.status == Status.COVERED:
                            break
                        alt = CoverageRow(duty_id=duty.id, body_id=h.body_id, body=h.name, kind=kind,
                                          duty_text=duty.text, evidence_sha256=other.sha256)
                        _judge(alt, duty.text, other, reading(other, kind), sim, rivals[h.body_id], plan,
                               duty.deadline, duty.code or point_of(duty.section), duty.role)
                        if _RANK[alt.status] > _RANK[row.status]:
                            row = alt
                rows.append(row)
    return rows


_RANK = {Status.MISSING: 0, Status.PARTIAL: 1, Status.COVERED: 2}


@dataclass
class Reading:
    """What one document offers to be judged on as one kind (plan or report), read once for all
    its holder's duties: its activities, the text each is compared on (nothing for what is not
    taken up, a report's next period, another plan's part, what a general report says of other
    subjects), what each says is not done or put off, the plan's row code each cites alone (with
    what it says after it) and the document's section titles."""
    tasks: list[Task]
    texts: list[str]
    refused: list[list[str]]
    codes: list[tuple[str, str] | None]
    titles: dict[str, str]
    admitted: list[str]  # what its part on shortcomings says is not done, or done in part


def read_for_judging(fr: FileResult, kind: Kind, plan: Document | None = None) -> Reading:
    doc = fr.doc
    tasks = evidence_tasks(doc)
    report = kind == Kind.REPORT
    texts = task_texts(doc, tasks, report=report)
    if plan is not None and fr.general:
        # a general report: only what it says of the plan's subject answers the plan (an activity
        # that speaks of it, or the next one of the same part, which goes on with it: "Trong quý
        # có 03 đợt rét đậm …" / "UBND xã đã trích 85 triệu đồng … hỗ trợ … che chắn chuồng trại")
        subject = subject_pairs(plan)
        speaks = [bool(_topic_pairs(x) & subject) for x in texts]
        texts = [x if speaks[i] or (i and speaks[i - 1] and tasks[i - 1].section == tasks[i].section) else ""
                 for i, x in enumerate(texts)]
    if report:  # what a report says it will do next takes nothing up
        later = next_period_sections(doc)
        texts = ["" if t.section in later else x for t, x in zip(tasks, texts)]
    if plan is not None:  # nor what a document on several plans says under another plan's heading
        elsewhere = other_plan_sections(doc, plan)
        texts = ["" if t.section in elsewhere else x for t, x in zip(tasks, texts)]
    titles = _section_titles(doc)
    return Reading(tasks=tasks, texts=texts, refused=refusals_by_task(doc, tasks, report),
                   codes=[code_cited(t.text) or _under_cited_heading(t, titles) for t in tasks], titles=titles,
                   admitted=admissions(doc))


def _under_cited_heading(task: Task, titles: dict[str, str]) -> tuple[str, str] | None:
    """A task under a heading that cites a point of the plan by number alone ("1. Đối với nhiệm vụ
    tại điểm a khoản 1 Mục II Kế hoạch"): that point, and the task's own words."""
    cited = code_cited(titles.get(task.section) or "")
    return (cited[0], task.text) if cited is not None and re.search(r"[a-zđ]$", cited[0]) else None


def _judge(row: CoverageRow, duty_text: str, fr: FileResult, read: Reading, sim: Similarity, others: Rivals,
           plan: Document | None = None, deadline: str | None = None, code: str = "", role: str = "lead") -> None:
    tasks = read.tasks
    report = row.kind == Kind.REPORT
    texts, each = list(read.texts), [list(x) for x in read.refused]
    by_code: dict[int, list[str]] = {}  # the answers by the row's code, with what they put off
    if code:  # an answer by the row's code alone speaks in the row's words
        citing = [i for i in range(len(tasks)) if read.codes[i] is not None and cites(read.codes[i][0], code)]
        for i in citing:
            t, rest = tasks[i], read.codes[i][1]
            kept, refused = taken_up(rest, report and not t.status), not_taken_up(rest, report and not t.status)
            if refused and rest.strip().startswith(refused[0].strip()[:40]):
                kept = ""  # the answer's first words refuse it ("… (…) không thuộc chức năng, nhiệm vụ của
                # Sở Xây dựng. Theo Quyết định …"): what follows gives reasons, not work done
            if not kept.strip(" ."):
                # nothing of it done: the whole row, unless other activities answer it too (what
                # one of the items under "1. Đối với nhiệm vụ tại điểm a khoản 1 Mục II" puts off)
                texts[i] = ""
                each[i] = [f"{duty_text}: {x}" for x in (refused or [rest])] if len(citing) == 1 else (refused or [rest])
            else:  # (what it puts off is a piece of the row: taken up in part, below; so is the rest of
                # a row whose status says not done, "… 20 tỷ đồng còn lại chưa cân đối được" under
                # "Chuyển sang năm 2027")
                texts[i], by_code[i] = f"{duty_text}. {kept}", refused or ([rest] if t.status == "not_done" else [])
    verdict = judge(duty_text, texts, sim, own_plan=row.kind == Kind.PLAN or says_plan_issued(texts),
                    refused=[*(x for xs in each for x in xs), *read.admitted], others=others)
    status = Status(verdict.status)
    said = tasks[verdict.task_index].status if verdict.task_index is not None else None
    if status == Status.COVERED and said == "in_progress":
        status = Status.PARTIAL  # the report's own status column: still in progress
    if status == Status.COVERED and verdict.task_index is not None:
        # the very activity that takes the duty up says a piece of it is put off or not done
        # ("Hồ sơ đình Hoàng Xá đã trình Sở …; hồ sơ miếu Đông Giám … chuyển sang thực hiện năm 2025")
        own = [x for x in each[verdict.task_index]
               if (m := sim.matrix([duty_text], [x])) is not None and m[0, 0] >= rules()["refusal_in_evidence"]]
        if report:  # or says how much of the same work is left
            own += work_left(tasks[verdict.task_index].text)
        own += by_code.get(verdict.task_index, [])
        if own:
            status = Status.PARTIAL
            verdict.said_not_done = list(dict.fromkeys([*verdict.said_not_done, *own]))
        elif report and passes_on(tasks[verdict.task_index].text, duty_text):
            status = Status.PARTIAL  # the work passed on, nothing of it reported done
            verdict.missing = [*verdict.missing, "kết quả thực hiện (đơn vị chỉ nêu đã giao, chỉ đạo hoặc hướng dẫn)"]
    if (status == Status.PARTIAL and role == "support" and verdict.status == Status.PARTIAL
            and not verdict.said_not_done and said != "in_progress"):
        # a unit that supports the work takes its part in it, not every part of it: what it did of
        # the work, with nothing said to be left undone, is its duty done
        status = Status.COVERED
    arose = None
    if status != Status.COVERED and row.kind == Kind.REPORT and conditional(duty_text):
        # a duty that arises only when something happens: the report says nothing happened
        title = frozenset(fold(plan.meta.title or "").split()) if plan is not None else frozenset()
        arose = nothing_arose(duty_text, tasks, sim, title, read.titles)
        if arose is not None:
            status = Status.COVERED
    late = None
    if (status == Status.COVERED and row.kind == Kind.PLAN and verdict.task_index is not None and deadline
            and not re.search(rules()["own_plan_duty"], fold(duty_text))):  # (the unit's plan itself: its on_time)
        # the unit plans the work, but for a day after the plan's ("trình phê duyệt trước ngày
        # 08/4/2026" for "trước ngày khai mạc 20 ngày", 04/4): taken up late, in part
        # (and a plan's month, a chart's last marked month, against the unit's month or day)
        when = tasks[verdict.task_index].when
        if when and len(when) >= 7 and (len(deadline) == 7 and when[:7] > deadline
                                        or len(when) == 10 and len(deadline) == 10 and when > deadline):
            status, late = Status.PARTIAL, when
    row.status, row.score = status, verdict.score
    row.signals = confidence.features(status, row.kind, verdict.confidence, verdict.parts_total, verdict.parts_covered,
                                      said, verdict.signals)
    row.confidence = confidence.confidence(row.signals)
    if status == Status.PARTIAL:
        row.parts_found, row.parts_missing = " | ".join(verdict.found), " | ".join(verdict.missing)
        if late:
            row.parts_missing = (f"thời hạn: đơn vị đặt {date_text(late)}, muộn hơn thời hạn của kế hoạch ({date_text(deadline)})"
                                 + (f" | {row.parts_missing}" if row.parts_missing else ""))
    row.said_not_done = " | ".join(verdict.said_not_done)
    row.parts = f"{verdict.parts_covered}/{verdict.parts_total}"
    row.evidence_file = fr.rel
    if arose is not None:
        row.signals = confidence.with_status(row.signals, Status.COVERED)
        row.confidence = confidence.confidence(row.signals)
        row.parts_found = row.parts_missing = ""
        row.evidence_section, row.evidence_text = tasks[arose[0]].section, arose[1]
    elif verdict.task_index is not None and verdict.status != Status.MISSING:
        task = tasks[verdict.task_index]
        row.evidence_section, row.evidence_text = task.section, task.text


@ruleset.cached
def _code_citation() -> re.Pattern:
    return re.compile(ruleset.load_yaml("judgement.yaml")["code_citation"])


@ruleset.cached
def _point_citations() -> list[re.Pattern]:
    return [re.compile(p) for p in ruleset.load_yaml("judgement.yaml").get("point_citation") or []]


def point_of(section: str) -> str:
    """A duty's point of the plan, when its section is one ("II.5.a", "III.2"); else ""."""
    return section if re.fullmatch(r"[IVX]+(?:\.\d{1,2}){1,2}(?:\.[a-zđ])?", section or "") else ""


def cites(cited: str, code: str) -> bool:
    """Whether a reply's cited code names the duty's: the same code, or a point cited without its
    part ("5.a" of "II.5.a")."""
    return bool(code) and (cited == code or (not cited[:1].isupper() and re.search(r"[a-zđ]$", cited) is not None
                                             and code.endswith("." + cited)))


def code_cited(text: str) -> tuple[str, str] | None:
    """The plan row's code an activity cites alone, and what it says after it ("HĐ 2.3.1: Đang
    thực hiện, đạt 50%." -> ("2.3.1", "Đang thực hiện, đạt 50%.")); None when it cites none. (The
    match is on the folded text; the rest is cut from the text normalised as fold normalises it,
    whose every character the folded one keeps in its place, or else from the folded text.)"""
    folded = fold(text)
    m = _code_citation().match(folded)
    code = m.group("code") if m else None
    for p in ([] if m else _point_citations()):
        m = p.match(folded)
        if m:
            part = m.groupdict().get("m")
            code = ".".join([*([part.upper()] if part else []), m.group("k"), m.group("p")])
            break
    if m is None or code is None:
        return None
    base = " ".join(normalize_text(text).split())
    return code, (base if len(base) == len(folded) else folded)[m.start("rest"):]


@ruleset.cached
def _work_left_rules() -> tuple[re.Pattern, re.Pattern]:
    data = ruleset.load_yaml("judgement.yaml")
    return re.compile(data["work_left"]), re.compile(data["work_left_findings"])


def work_left(text: str) -> list[str]:
    """The clauses of a report's activity that say how much of its work is left ("còn 22 lớp …
    chưa có tủ sách"), not what a review found (judgement.yaml ``work_left``), without reasons."""
    left, findings = _work_left_rules()
    clauses = [without_reason(c.strip()) for c in re.split(r"(?<=[;.])\s+", text)]
    return [c for c in clauses if left.search(fold(c)) and not findings.search(fold(c))]


@ruleset.cached
def _arising_rules() -> tuple[list[re.Pattern], list[re.Pattern]]:
    data = ruleset.load_yaml("judgement.yaml")
    return [re.compile(p) for p in data["conditional_duty"]], [re.compile(p) for p in data["nothing_arose"]]


def conditional(duty_text: str) -> list[list[str]]:
    """What a duty that only arises when something happens waits for (judgement.yaml
    ``conditional_duty``: "ổ dịch" of "Khi phát hiện ổ dịch, tổ chức tiêu hủy …"), folded
    syllables each; [] for an ordinary duty."""
    key = fold(duty_text).strip()
    return [m.group("t").split() for p in _arising_rules()[0] for m in p.finditer(key) if m.group("t").strip()]




def _names(clause: str, trigger: list[str], title: frozenset[str] = frozenset()) -> bool:
    """Whether a clause names what a duty waits for: two of its syllables in a row (not two of
    the plan's title, which every text of the run shares: "dịch bệnh" of "… phòng, chống dịch bệnh
    động vật"), or, for a trigger of three syllables at most, one of its own (not a little word)."""
    words = fold(clause).split()
    pairs = set(zip(words, words[1:]))
    if any(p in pairs and not (p[0] in title and p[1] in title) for p in zip(trigger, trigger[1:])):
        return True
    return len(trigger) <= 3 and bool((set(trigger) - _little_words()) & set(words))


@ruleset.cached
def _little_words() -> frozenset[str]:
    return frozenset(ruleset.load_yaml("judgement.yaml")["trigger_little_words"])


def nothing_arose(duty_text: str, tasks: list[Task], sim: Similarity,
                  title: frozenset[str] = frozenset(), headings: dict[str, str] | None = None) -> tuple[int, str] | None:
    """(task index, clause) of a report's clause saying that what the duty waits for did not
    happen, or that the unit stands ready for it (judgement.yaml ``nothing_arose``), on the duty's
    subject (it names what the duty waits for, or scores as a part would, matching.yaml
    part_covered); None for none. A clause too short to name anything ("Không phát sinh.") is
    read with its section's heading (``headings``), which restates the duty."""
    said = _arising_rules()[1]
    triggers = conditional(duty_text)
    best = None
    for i, t in enumerate(tasks):
        for clause in re.split(r"(?<=[;.])\s+", t.text):
            heading = (headings or {}).get(t.section, "")
            if heading and len(clause.split()) <= rules()["refusal_alone_words"]:
                clause = f"{heading}: {clause}"
            if any(p.search(fold(clause)) for p in said):
                m = sim.matrix([duty_text], [clause])
                score = float(m[0, 0]) if m is not None else 0.0
                named = any(_names(clause, tr, title) for tr in triggers)
                if (named or score >= rules()["part_covered"]) and (best is None or (named, score) > best[0]):
                    best = ((named, score), i, clause.strip())
    return (best[1], best[2]) if best else None


def short_of_targets(coverage: list[CoverageRow], plan: Document, verdicts, planned=None) -> None:
    """A duty that sets its holder a figure ("tổ chức ít nhất 04 phiên tòa xét xử lưu động") is
    not wholly taken up by a report whose own figure falls short of it ("Tổ chức 02 phiên tòa …"):
    a "covered" report verdict becomes partial, the target named as the part missing. ``verdicts``:
    the run's target verdicts (checking/targets.py), with the results attached to each.
    ``planned``: the (target, holder) pairs whose unit plan sets itself less than the target
    (checking/targets.py planned_short), with its words: a "covered" plan verdict becomes partial.
    """
    texts = {d.id: re.sub(r"\s+", " ", d.text) for d in plan.duties}

    def duties_of(t) -> list[str]:
        passage = re.sub(r"\s+", " ", t.text)
        return [d.id for d in plan.duties if d.body_id == t.body_id and (passage in texts[d.id] or texts[d.id] in passage)]

    below: dict[tuple[str, str], list[str]] = defaultdict(list)  # (duty, holder) -> the unit plan's lower figures
    targets = {t.id: t for t in plan.targets}
    for (target_id, body_id), said in (planned or {}).items():
        t = targets[target_id]
        for duty_id in duties_of(t) if t.text else []:
            below[(duty_id, body_id)].append(f"chỉ tiêu đơn vị đặt thấp hơn kế hoạch: {said}")
    short: dict[tuple[str, str], list[str]] = defaultdict(list)  # (duty, holder) -> targets not met
    for v in verdicts:
        t = v.target
        if t.scope not in ("holder", "each_member") or not t.text or _outcome(t):
            continue
        passage = re.sub(r"\s+", " ", t.text)
        duties = duties_of(t)
        first: dict[str, str] = {}  # each holder's first figure that counts for the target
        for row in v.results:
            if row.counts:
                first.setdefault(row.body_id, row.judgement)
        for body_id, judgement in first.items():
            if judgement == "not_met":
                for duty_id in duties:
                    short[(duty_id, body_id)].append(passage)
    for row in coverage:
        missed = [f"chỉ tiêu chưa đạt: {m}" for m in short.get((row.duty_id, row.body_id), [])]
        if row.kind == Kind.PLAN:
            missed = below.get((row.duty_id, row.body_id), [])
        if row.status == Status.COVERED and missed:
            row.status = Status.PARTIAL
            row.parts_missing = " | ".join(missed)
            row.signals = confidence.with_status(row.signals, Status.PARTIAL)
            row.confidence = confidence.confidence(row.signals)


@ruleset.cached
def _outcome_rules() -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    data = ruleset.load_yaml("judgement.yaml")
    return (frozenset(data["outcome_units"]), frozenset(data["outcome_comparators"]),
            re.compile("|".join(f"(?:{p})" for p in data["outcome_cues"])))


def _outcome(target) -> bool:
    """A target that is an outcome the holder strives for, not an output it makes (judgement.yaml)."""
    units, comparators, cues = _outcome_rules()
    return target.unit in units or target.comparator in comparators or bool(cues.search(fold(target.text)))


def task_rows(plan: Document, files: list[FileResult], sim: Similarity) -> list[TaskRow]:
    """Every activity of every unit plan and report, with the duty of its holder it answers
    best; an activity that answers none is the unit's own (an orphan: ``duty_id`` empty)."""
    rows: list[TaskRow] = []
    for fr in (u for f in files for u in f.units()):
        if fr.status != FileStatus.OK or fr.doc is None or fr.role not in SENT_ROLES:
            continue
        kind = Kind.of(fr.role)
        own = [d for d in plan.duties if fr.holder and (
            d.body_id == fr.holder.body_id or fr.holder.in_group(d.body_id))]
        tasks = tasks_of(fr.doc)
        assigned = (assign_tasks([d.text for d in own], task_texts(fr.doc, tasks, judged=False), sim) if own
                    else [(None, 0.0)] * len(tasks))
        for t, (j, score) in zip(tasks, assigned):
            rows.append(TaskRow(file=fr.rel, body_id=fr.holder.body_id if fr.holder else "", kind=kind,
                                task_id=t.id, section=t.section, text=t.text, when=t.when or "",
                                duty_id=own[j].id if j is not None else "", score=score))
    return rows


@ruleset.cached
def _next_period_heading() -> tuple[re.Pattern, re.Pattern]:
    data = ruleset.load_yaml("judgement.yaml")
    return re.compile(data["next_period_headings"]), re.compile(data["next_period_year_headings"])


def next_period_sections(doc: Document) -> set[str]:
    """The sections of a report about the next period ("Phương hướng, nhiệm vụ 6 tháng cuối
    năm", judgement.yaml ``next_period_headings``; "Nhiệm vụ trọng tâm năm 2026" in a report of
    2025) and every section under them."""
    heading, tasks_heading = _next_period_heading()
    year = int(doc.meta.date[:4]) if doc.meta.date and doc.meta.date[:4].isdigit() else None
    out: set[str] = set()

    def later(title: str) -> bool:
        return year is not None and bool(tasks_heading.match(title)) and any(
            int(y) > year for y in re.findall(r"\b(20\d\d)\b", title))

    def walk(sections, inside: bool) -> None:
        for s in sections:
            title = fold(s.title or "").strip()
            here = inside or bool(heading.match(title)) or later(title)
            if here:
                out.add(s.id)
            walk(s.children, here)

    walk(doc.sections, False)
    return out


@ruleset.cached
def _delegation_rules() -> tuple[re.Pattern, re.Pattern]:
    data = ruleset.load_yaml("judgement.yaml")
    return re.compile(data["delegation"]), re.compile(data["directing_duties"])


def passes_on(activity: str, duty_text: str) -> bool:
    """A report's activity that only passes the work on to others ("Đã giao Trạm Y tế …", "Đã có
    văn bản hướng dẫn …"), no figure of its own, for a duty to do the work, not to direct it."""
    passed, directing = _delegation_rules()
    key = fold(activity)
    if not passed.match(key) or directing.match(fold(duty_text).lstrip("- ")):
        return False
    # (what is no figure of the work: its documents' numbers, its dates)
    rest = re.sub(r"\bso:?\s*\d+[^\s,;]*|(?:\bngay\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?|\bngay \d{1,2}\b"
                  r"|\bthang \d{1,2}\b|\bnam \d{4}\b", " ", key)
    return not re.search(r"\d", rest)


@ruleset.cached
def _admission_partly() -> tuple[re.Pattern, re.Pattern]:
    data = ruleset.load_yaml("judgement.yaml")
    return re.compile(data["admission_partly"]), re.compile(data["admission_wants"])


def admissions(doc: Document) -> list[str]:
    """What a document's part on its shortcomings (``Document.shortcomings``: "II. Tồn tại, hạn
    chế": "Nhà trường chưa xây dựng được kế hoạch học tập riêng cho từng em"; "Khó khăn và đề
    xuất": "… trong năm 2026 Trạm chưa đủ điều kiện tổ chức thực hiện") says is not done
    (not_taken_up) or done only in some places (judgement.yaml ``admission_partly``): its clauses,
    without their reasons, each after its item's own heading when it has one and does not name it
    ("1. Đối với nội dung khám sàng lọc …: … chưa đủ điều kiện tổ chức thực hiện")."""
    partly, want = _admission_partly()
    out: list[str] = []
    for heading, text in doc.shortcomings:
        for t in ([heading] if heading else []) + ([text] if text else []):
            said = [c for c in not_taken_up(t) if not want.match(fold(c))]
            said += [c for c in re.split(r"(?<=[;.])\s+", t) if partly.search(fold(c))]
            out.extend(f"{heading}: {c}" if heading and t is text else c for c in said)
    return list(dict.fromkeys(out))


def _section_titles(doc: Document) -> dict[str, str]:
    out: dict[str, str] = {}

    def walk(sections) -> None:
        for s in sections:
            out[s.id] = s.title
            walk(s.children)

    walk(doc.sections)
    return out


def refusals(doc: Document, tasks: list[Task], report: bool = False) -> list[str]:
    """What the document says is not done, put off or conditional: its clauses that say so
    (their reasons cut) and its report rows whose status says not done. A clause that names no
    activity of its own is its heading's ("3. Việc kiểm tra thu gom …:" / "lùi sang năm 2025 do
    …" refuses the inspection)."""
    return [x for xs in refusals_by_task(doc, tasks, report) for x in xs]


def refusals_by_task(doc: Document, tasks: list[Task], report: bool = False) -> list[list[str]]:
    """``refusals``, task by task."""
    titles = _section_titles(doc)
    out = []
    for t in tasks:
        title = titles.get(t.section, "")
        mine = []
        # (a row whose status column speaks, "Đang thực hiện", is judged by it, not by its future tense)
        for x in [t.text] if t.status == "not_done" else not_taken_up(t.text, report and not t.status):
            # (or one that opens the paragraph and points back: "Nội dung này chưa triển khai trong
            # quý I" under "2. Tập huấn nâng cao năng lực cán bộ …" refuses its heading)
            # (or one that is only a status, "Không thuộc chức năng, nhiệm vụ của đơn vị.")
            alone = len(x.split()) <= rules()["refusal_alone_words"] or (
                points_back(x) and fold(t.text).startswith(fold(x)[:30])) or (":" not in x and said_status(x) is not None)
            mine.append(f"{title}: {x}" if alone and title and title != t.text and len(title) < 200 else x)
        out.append(mine)
    return out


def task_texts(doc: Document, tasks, judged: bool = True, report: bool = False) -> list[str]:
    """What a unit's activity is compared on: its text, with the heading it stands under
    ("1. Tuyên truyền trên các phương tiện thông tin đại chúng" / "Duy trì chuyên mục …"),
    without the clauses that only say it is not done, put off or conditional; nothing for a
    report row whose status says it was not done. ``judged=False``: the text as written (which
    duty an activity is about, whatever became of it)."""
    titles = _section_titles(doc)
    out = []
    for t in tasks:
        if judged and t.status in ("not_done", "no_figure"):
            out.append("")
            continue
        text = taken_up(t.text, report and not t.status) if judged else t.text
        if judged and report and blanket(text):
            text = ""  # a claim that all went well, with nothing of its own to show
        if not text.strip():
            out.append("")
            continue
        title = titles.get(t.section, "")
        out.append(f"{title}. {text}" if title and title != t.text and len(title) < 200 else text)
    if judged:
        # a heading that names an activity ("2. Về Cuộc thi … cấp tỉnh") is answered by what stands
        # under it: where all of that says it is not done, put off or not the unit's, so is it (a
        # heading that itself says what was done, with "đã" or a figure, stands: matching.yaml
        # topic_heading_done; topic_heading: a heading that names a topic, "Về …", "Công tác …")
        for i, t in enumerate(tasks):
            under = [k for k, u in enumerate(tasks) if u.section == t.section and k != i]
            if (t.id.endswith("-0") and under and out[i] and not re.search(rules()["topic_heading_done"], fold(t.text))
                    and re.match(rules()["topic_heading"], fold(t.text).strip(" -."))
                    and all(not out[k] for k in under)
                    and any(tasks[k].status == "not_done" or not_taken_up(tasks[k].text, report) for k in under)):
                out[i] = ""
    return out


@ruleset.cached
def _blanket_rules() -> tuple[re.Pattern, re.Pattern]:
    data = ruleset.load_yaml("judgement.yaml")
    return re.compile(data["blanket_passive"]), re.compile(data["blanket_appraisals"])


def blanket(text: str) -> bool:
    """A report's activity that only appraises, every clause of it ("… được thực hiện đúng quy
    định, đạt kết quả tốt"): passive, an appraisal, no figure (judgement.yaml blanket_*)."""
    return _blanket(text, str(ruleset.current()))


@lru_cache(maxsize=65536)  # (task_texts reads a document's activities once for every duty of its holder)
def _blanket(text: str, _rules: str) -> bool:
    passive, appraisal = _blanket_rules()
    clauses = [c for c in re.split(r"[;.]\s+", fold(text).strip(" .;")) if c.strip()]
    return bool(clauses) and all(passive.search(c) and appraisal.search(c) and not re.search(r"\d", c)
                                 for c in clauses)


@ruleset.cached
def _request_types() -> frozenset[str]:
    return frozenset(ruleset.load_yaml("files.yaml").get("request_types") or ())


def evidence_tasks(doc: Document) -> list[Task]:
    """What a document is judged on: its activities; for a submission (files.yaml request_types),
    its own act as its subject and opening say it, not the items it asks for (unless it submits
    the unit's plan, whose items are what it plans)."""
    if doc.meta.doc_type not in _request_types() or submits_plan(doc):
        return tasks_of(doc)
    said = [doc.meta.title or "", *doc.preamble]
    return [Task(id=f"act-{i}", section="", text=x) for i, x in enumerate(said) if x.strip()]


def tasks_of(doc: Document) -> list[Task]:
    """A document's activities; a document without sections: its paragraphs."""
    if doc.tasks:
        return doc.tasks
    return [Task(id=f"p-{i}", section="", text=p) for i, p in enumerate(doc.preamble, start=1)]
