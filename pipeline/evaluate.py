"""Score the program against the corpus gold (``corpus/documents/*.gold.json``).

Meta: per-field accuracy (a field counts when the program's value equals the
gold after normalisation: NFC, case and spacing folded; lists compared as
sets). Headings: precision, recall and F1, a heading counting when both its id
and its title match after normalisation.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ReadError
from .normalize import fold

META_FIELDS = ("doc_type", "doc_type_name", "number", "issuer", "parent_issuer", "place", "date", "title",
               "signer", "signer_title", "signing_authority", "recipients")


def _norm(value) -> object:
    if value is None:
        return None
    if isinstance(value, list):
        return sorted(_norm(v) for v in value)
    return re.sub(r"[\s\"'.,;:]+", " ", fold(str(value))).strip()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class DocResult:
    file: str
    meta_ok: dict[str, bool] = field(default_factory=dict)
    meta_diff: dict[str, tuple] = field(default_factory=dict)
    headings: Score = field(default_factory=Score)
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    error: str | None = None
    # extraction, when the gold has it: name -> Score, and the differences
    extraction: dict[str, Score] = field(default_factory=dict)
    extraction_diff: list[str] = field(default_factory=list)


def _multiset_score(want: list, got: list) -> tuple[Score, list, list]:
    from collections import Counter

    w, g = Counter(want), Counter(got)
    tp = sum((w & g).values())
    return Score(tp=tp, fp=sum(g.values()) - tp, fn=sum(w.values()) - tp), list((w - g).elements()), list((g - w).elements())


def _words(text: str, n: int) -> str:
    return " ".join(re.findall(r"\w+", fold(text))[:n])


def score_extraction(doc: dict, gold: dict, result: DocResult) -> None:
    from .normalize import slugify

    if "duties" in gold:
        want = [(d["section"], slugify(d["body"]), d["role"]) for d in gold["duties"]]
        got = [(d["section"], d["body_id"], d["role"]) for d in doc["duties"]]
        score, missed, extra = _multiset_score(want, got)
        result.extraction["duty holders"] = score
        result.extraction_diff += [f"duty missed: {m}" for m in missed] + [f"duty extra: {e}" for e in extra]
        n = 6
        want = [(d["section"], slugify(d["body"]), _words(d["text_start"], n)) for d in gold["duties"]]
        got = [(d["section"], d["body_id"], _words(d["text"], n)) for d in doc["duties"]]
        result.extraction["duties (holder+text)"] = _multiset_score(want, got)[0]
    if "dates" in gold:
        want = [(d["value"], d.get("end"), d["kind"]) for d in gold["dates"]]
        got = [(d["value"], d.get("end"), d["kind"]) for d in doc["dates"]]
        score, missed, extra = _multiset_score(want, got)
        result.extraction["dates"] = score
        result.extraction_diff += [f"date missed: {m}" for m in missed] + [f"date extra: {e}" for e in extra]
        result.extraction["date values"] = _multiset_score([w[0] for w in want], [g[0] for g in got])[0]
        baseline = _dateparser_values(doc, want)
        if baseline is not None:
            result.extraction["date values (dateparser)"] = baseline
    if "references" in gold:
        want = [(r["doc_type"], r["number"], r["date"]) for r in gold["references"]]
        got = [(r["doc_type"], r["number"], r["date"]) for r in doc["references"]]
        score, missed, extra = _multiset_score(want, got)
        result.extraction["references"] = score
        result.extraction_diff += [f"reference missed: {m}" for m in missed] + [f"reference extra: {e}" for e in extra]
        want = [(r["number"], _norm(r.get("issuer"))) for r in gold["references"] if r.get("number")]
        got = [(r["number"], _norm(r.get("issuer"))) for r in doc["references"] if r.get("number")]
        result.extraction["reference issuers"] = _multiset_score(want, got)[0]


def _dateparser_values(doc: dict, want: list) -> Score | None:
    """The same body text through dateparser's search_dates (languages=["vi"]), for comparison.
    Its values (full datetimes) are cut to the precision of a gold value they could match."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    texts = list(doc.get("preamble", []))

    def walk(sections):
        for s in sections:
            texts.append(s["title"])
            texts.extend(s["paragraphs"])
            walk(s["children"])

    walk(doc["sections"])
    wanted = [w[0] for w in want if w[0]]
    precisions = {len(v) for v in wanted} or {10}
    got = []
    for t in texts:
        found = search_dates(t, languages=["vi"], settings={"RETURN_AS_TIMEZONE_AWARE": False}) or []
        for _, value in found:
            iso = value.date().isoformat()
            # the coarsest cut that agrees with a gold value, else the full date
            match = next((iso[:n] for n in sorted(precisions, reverse=True) if iso[:n] in wanted), iso)
            got.append(match)
    return _multiset_score(wanted, got)[0]


def _flatten(sections) -> list[tuple[str, str]]:
    out = []
    for s in sections:
        out.append((s["id"], s["title"]))
        out.extend(_flatten(s.get("children", [])))
    return out


def score_document(path: Path, gold: dict) -> DocResult:
    from .parsing import parse

    result = DocResult(file=path.name)
    try:
        doc = parse(path).to_dict()
    except ReadError as exc:
        result.error = exc.message
        result.headings.fn = len(gold.get("headings", []))
        return result
    for name in META_FIELDS:
        if name not in gold.get("meta", {}):
            continue
        want, got = gold["meta"][name], doc["meta"].get(name)
        ok = _norm(want) == _norm(got)
        result.meta_ok[name] = ok
        if not ok:
            result.meta_diff[name] = (want, got)
    score_extraction(doc, gold, result)
    want = {(h["id"], _norm(h["title"])) for h in gold.get("headings", [])}
    got = {(i, _norm(t)) for i, t in _flatten(doc["sections"])}
    result.headings = Score(tp=len(want & got), fp=len(got - want), fn=len(want - got))
    result.missed = sorted(f"{i} {t}" for i, t in want - got)
    result.extra = sorted(f"{i} {t}" for i, t in got - want)
    return result


def gold_files(directory: Path) -> list[tuple[Path, dict]]:
    out = []
    for gold_path in sorted(directory.rglob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = gold_path.with_name(gold.get("file") or gold_path.name.replace(".gold.json", ""))
        if doc_path.exists():
            out.append((doc_path, gold))
    return out


@dataclass
class Report:
    documents: list[DocResult]

    @property
    def meta_accuracy(self) -> float:
        checks = [ok for d in self.documents for ok in d.meta_ok.values()]
        return sum(checks) / len(checks) if checks else 1.0

    def field_accuracy(self) -> dict[str, float]:
        out = {}
        for name in META_FIELDS:
            checks = [d.meta_ok[name] for d in self.documents if name in d.meta_ok]
            if checks:
                out[name] = sum(checks) / len(checks)
        return out

    @property
    def headings(self) -> Score:
        total = Score()
        for d in self.documents:
            total.add(d.headings)
        return total

    def extraction(self) -> dict[str, Score]:
        out: dict[str, Score] = {}
        for d in self.documents:
            for name, score in d.extraction.items():
                out.setdefault(name, Score()).add(score)
        return out


def evaluate(directory: Path) -> Report:
    return Report([score_document(p, g) for p, g in gold_files(directory)])


def format_report(report: Report, verbose: bool = False) -> str:
    lines = ["Segmentation (meta fields, headings) per document:",
             f"{'document':44} {'meta':>6} {'head P':>7} {'head R':>7} {'head F1':>7}"]
    for d in report.documents:
        meta = sum(d.meta_ok.values()) / len(d.meta_ok) if d.meta_ok else 1.0
        h = d.headings
        note = f"  ERROR: {d.error}" if d.error else ""
        lines.append(f"{d.file[:44]:44} {meta:6.2f} {h.precision:7.2f} {h.recall:7.2f} {h.f1:7.2f}{note}")
        if verbose:
            for name, (want, got) in d.meta_diff.items():
                lines.append(f"    meta {name}: gold={want!r} got={got!r}")
            for m in d.missed:
                lines.append(f"    missed heading: {m}")
            for e in d.extra:
                lines.append(f"    extra heading:  {e}")
    h = report.headings
    lines.append("")
    lines.append("Meta field accuracy: " + ", ".join(f"{k}={v:.2f}" for k, v in report.field_accuracy().items()))
    lines.append(f"TOTAL meta accuracy {report.meta_accuracy:.3f}; headings P={h.precision:.3f} "
                 f"R={h.recall:.3f} F1={h.f1:.3f} over {len(report.documents)} documents")
    extraction = report.extraction()
    if extraction:
        lines.append("")
        lines.append("Extractors (over the documents whose gold has them):")
        lines.append(f"{'extractor':30} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
        for name, sc in extraction.items():
            lines.append(f"{name:30} {sc.precision:6.3f} {sc.recall:6.3f} {sc.f1:6.3f} {sc.tp + sc.fn:6d}")
        if verbose:
            for d in report.documents:
                for diff in d.extraction_diff:
                    lines.append(f"    {d.file[:40]}: {diff}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# check: verdicts, file roles and senders, lateness, against a demo set's gold.json


@dataclass
class CheckReport:
    name: str
    verdicts: list[tuple[str, str]] = field(default_factory=list)  # (gold, got)
    roles: list[tuple[str, str]] = field(default_factory=list)
    senders: list[tuple[str, str]] = field(default_factory=list)
    on_time: list[tuple[str, str]] = field(default_factory=list)
    statuses: list[tuple[str, str]] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    # the duty register, when the gold lists it: strict (holder, text, role and deadline all
    # right) and by field over the duties both lists hold
    register: Score | None = None
    register_fields: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    documents: list[tuple[int, int]] = field(default_factory=list)  # (gold, got) documents in a file
    received: list[tuple[str, str]] = field(default_factory=list)
    numbers: list[tuple[str, str]] = field(default_factory=list)  # (gold, got) Số/ký hiệu of each file
    dates: list[tuple[str, str]] = field(default_factory=list)  # and its own date
    signatures: list[tuple[dict, dict]] = field(default_factory=list)  # signer, signed_at, intact
    # every verdict's (gold, got, confidence, marked "Nên kiểm tra"), for the review yield
    marked: list[tuple[str, str, float, bool]] = field(default_factory=list)
    # targets against results, when the set has target gold: each gold result's (gold target,
    # attached target) and each gold target's (gold judgement, ours)
    attachments: list[tuple[str, str]] = field(default_factory=list)
    judgements: list[tuple[str, str]] = field(default_factory=list)

    def review_yield(self) -> tuple[int, int, int, int]:
        """(wrong verdicts, wrong ones marked, verdicts marked, verdicts): how many verdicts the
        clerk must check to catch how many of the wrong ones."""
        wrong = [m for m in self.marked if m[0] != m[1]]
        return len(wrong), sum(1 for m in wrong if m[3]), sum(1 for m in self.marked if m[3]), len(self.marked)

    def accuracy_where_sent(self) -> float:
        return self.accuracy([(a, b) for a, b in self.verdicts if a != "not_submitted"])

    @staticmethod
    def accuracy(pairs) -> float:
        return sum(a == b for a, b in pairs) / len(pairs) if pairs else 1.0

    def per_class(self) -> dict[str, Score]:
        out: dict[str, Score] = {}
        for gold, got in self.verdicts:
            out.setdefault(gold, Score())
            out.setdefault(got, Score())
            if gold == got:
                out[gold].tp += 1
            else:
                out[gold].fn += 1
                out[got].fp += 1
        return out


def _start_words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(re.sub(r"^\W*(?:[a-zđ]\)|\d+(?:\.\d+)*\.?)\s+", "", text.strip())))


def _text_agrees(gold_start: str, got_text: str) -> float:
    """How well a program duty's text agrees with the gold's start of it: 1.0 when the gold's
    first words (at most 8) come in order near the start of the program's text."""
    want = _start_words(gold_start)[:8]
    have = _start_words(got_text)[:40]
    if not want or not have:
        return 0.0
    n = len(want)
    for i in range(0, max(1, len(have) - n + 1)):
        if have[i:i + n] == want:
            return 1.0
    common = len(set(want) & set(have[:n + 12]))
    return common / n


def align_duties(gold_duties: list[dict], duties) -> dict[str, object]:
    """Each gold duty's counterpart among the program's duties (one each, best text first):
    gold id -> Duty."""
    pairs = []
    for g in gold_duties:
        for d in duties:
            t = _text_agrees(g.get("text_start", ""), d.text)
            if t >= 0.5:
                pairs.append((t + (0.25 if d.body_id == g.get("body_id") else 0.0), g["id"], d))
    pairs.sort(key=lambda p: -p[0])
    out: dict[str, object] = {}
    used: set[str] = set()
    for _, gid, d in pairs:
        if gid in out or d.id in used:
            continue
        out[gid] = d
        used.add(d.id)
    return out


def score_register(gold_duties: list[dict], duties, report: CheckReport) -> dict[str, object]:
    aligned = align_duties(gold_duties, duties)
    fields = {"holder": [], "role": [], "deadline": []}
    tp = 0
    for g in gold_duties:
        d = aligned.get(g["id"])
        if d is None:
            report.misses.append(f"duty not found: {g['id']} {g.get('body_id')} {g.get('text_start', '')[:60]!r}")
            continue
        got = {"holder": d.body_id, "role": d.role, "deadline": d.deadline or ""}
        want = {"holder": g.get("body_id", ""), "role": g.get("role", "lead"), "deadline": g.get("deadline") or ""}
        for k in fields:
            fields[k].append((want[k], got[k]))
        if got == want:
            tp += 1
        else:
            diff = ", ".join(f"{k} gold={want[k]!r} got={got[k]!r}" for k in want if want[k] != got[k])
            report.misses.append(f"duty {g['id']} ({d.id}): {diff}")
    for d in duties:
        if d not in aligned.values():
            report.misses.append(f"duty not in gold: {d.id} {d.body_id} {d.text[:60]!r}")
    report.register = Score(tp=tp, fp=len(duties) - tp, fn=len(gold_duties) - tp)
    report.register_fields = fields
    return aligned


def _originals_as_ours(gold_files: dict, files: dict) -> dict:
    """The gold's files, where of two identical files the gold calls one the copy and the other
    the original and the program the other way round: the two entries swapped (which of the same
    bytes is the original is a convention: the program keeps the name without a copy's mark, then
    the shortest)."""
    from .runmodel import FileStatus

    out = dict(gold_files)
    for rel, want in gold_files.items():
        mine = files.get(rel)
        if want.get("status") != "duplicate" or mine is None or mine.status == FileStatus.DUPLICATE:
            continue
        twin = next((f.rel for f in files.values() if f.status == FileStatus.DUPLICATE and f.duplicate_of is mine
                     and gold_files.get(f.rel, {}).get("status") == "ok"), None)
        if twin is not None:
            out[rel], out[twin] = gold_files[twin], want
    return out


def archive_view(rel: str, fr, files: dict, role: str):
    """A zip archive as the gold sees it, by what it carries (the program lists each member as a
    file, ``archive.zip/member``, and the archive itself as unrecognized): the member that is a
    unit's plan or report (of the gold's role when there are several), counting the plans and
    reports inside as its documents; else a duplicate plan or report inside; else, when nothing
    inside could be read, an error of no document. Any other file is itself."""
    from dataclasses import replace

    from .runmodel import SENT_ROLES, FileStatus

    members = [f for r, f in files.items() if r.startswith(rel + "/")]
    if not members:
        return fr
    sent = [m for m in members if m.status == FileStatus.OK and m.role in SENT_ROLES]
    if sent:
        return replace(next((m for m in sent if m.role == role), sent[0]), documents=len(sent))
    copies = [m for m in members if m.status == FileStatus.DUPLICATE and m.role in SENT_ROLES]
    if copies:
        return replace(copies[0], documents=len(copies))
    if all(m.status == FileStatus.ERROR for m in members):
        return replace(members[0], documents=0)
    return fr


def evaluate_check(gold_path: Path, jobs: int = 1) -> CheckReport:
    from .checking import CheckOptions, run_check

    base = gold_path.parent
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    roster = base / gold["roster"] if gold.get("roster") else None
    register = base / gold["register"] if gold.get("register") else None
    run = run_check(CheckOptions(base / gold["plan"], base / gold.get("inbox", "inbox"), roster, register=register,
                                 jobs=jobs))
    report = CheckReport(name=str(base.name))
    duty_ids: dict[str, str] = {}
    if gold.get("duties"):
        duty_ids = {gid: d.id for gid, d in score_register(gold["duties"], run.plan.duties, report).items()}
    files = {fr.rel: fr for fr in run.files}
    for rel, want in _originals_as_ours(gold.get("files", {}), files).items():
        fr = files.get(rel)
        if fr is None:
            report.misses.append(f"file not seen: {rel}")
            continue
        fr = archive_view(rel, fr, files, want.get("role", ""))
        report.statuses.append((want.get("status", ""), fr.status))
        if "documents" in want:
            report.documents.append((int(want["documents"]), fr.documents))
            if report.documents[-1][0] != report.documents[-1][1]:
                report.misses.append(f"{rel}: documents gold={want['documents']} got={fr.documents}")
        if want.get("received"):
            report.received.append((want["received"], fr.received or ""))
        if "number" in want and want.get("status", "ok") == "ok":
            report.numbers.append((want["number"], (fr.doc.meta.number or "") if fr.doc else ""))
            report.dates.append((want.get("date", ""), fr.doc_date or ""))
        if want.get("signature"):
            src = fr.doc.source if fr.doc else None
            got_sig = {"signer": src.signer, "signed_at": src.signed_at,
                       "intact": src.signature == "valid"} if src and src.signature else {}
            report.signatures.append((want["signature"], got_sig))
            if want["signature"] != got_sig:
                report.misses.append(f"{rel}: signature gold={want['signature']} got={got_sig}")
        if want.get("status", "") != fr.status:
            report.misses.append(f"{rel}: status gold={want.get('status')!r} got={str(fr.status)!r}")
        if want.get("status", "ok") == "ok":
            report.roles.append((want.get("role", ""), fr.role))
            got_sender = fr.holder.body_id if fr.holder else ""
            if want.get("role") in ("unit_plan", "report"):
                if want.get("body_ids"):
                    # a file holding several units' documents: every unit, in any order
                    got_all = sorted(h.body_id for h in fr.holders)
                    for b in want["body_ids"]:
                        report.senders.append((b, b if b in got_all else ",".join(got_all)))
                else:
                    report.senders.append((want.get("body_id", ""), got_sender))
                if want.get("on_time"):
                    from .runmodel import on_time as on_time_of

                    due = fr.due or run.due.get("plan" if fr.role == "unit_plan" else "report")
                    got_on_time = on_time_of(fr.date, due) if fr.date and due else ""
                    report.on_time.append((want["on_time"], got_on_time))
                    if report.on_time[-1][0] != report.on_time[-1][1]:
                        report.misses.append(f"{rel}: on_time gold={want['on_time']!r} got={report.on_time[-1][1]!r}")
        for label, pair in (("role", (want.get("role", ""), fr.role)),
                            ("sender", (want.get("body_id", ""), fr.holder.body_id if fr.holder else ""))):
            if label == "sender" and want.get("body_ids"):
                continue
            if want.get("status", "ok") == "ok" and pair[0] != pair[1] and (label == "role" or want.get("role") in ("unit_plan", "report")):
                report.misses.append(f"{rel}: {label} gold={pair[0]!r} got={str(pair[1])!r}")
    got = {r.key: r for r in run.coverage}
    for row in gold.get("coverage", []):
        key = (duty_ids.get(row["duty_id"], row["duty_id"]), row["body_id"], row["kind"])
        mine = got.get(key)
        value = str(mine.status) if mine is not None else "(no row)"
        report.verdicts.append((row["status"], value))
        report.marked.append((row["status"], value, mine.confidence if mine is not None else 1.0,
                              mine is not None and mine.check_first == "yes"))
        if value != row["status"]:
            report.misses.append(f"{key}: gold={row['status']} got={value}")
    targets_gold = base / "targets.gold.json"
    if "targets" in gold or targets_gold.is_file():
        score_targets(run, gold if "targets" in gold else json.loads(targets_gold.read_text(encoding="utf-8")), report)
    return report


def _target_ids(gold_targets: list[dict], targets) -> dict[str, str]:
    """gold target id -> our target id (``pair_targets``)."""
    return {want["id"]: t.id for want, t in pair_targets(gold_targets, targets) if t is not None}


def score_targets(run, gold: dict, report: CheckReport) -> None:
    """Each gold result attached to the gold's target (or left unattached, as the gold does);
    each gold target judged as the gold judges it."""
    ids = _target_ids(gold["targets"], run.plan.targets)
    rows: dict[tuple[str, float], list] = {}
    for r in run.results:
        rows.setdefault((r.file, round(r.value, 6)), []).append(r)
    for want in gold.get("results", []):
        expect = ids.get(want["target_id"], "?" + want["target_id"]) if want.get("target_id") else ""
        mine = rows.get((want["file"], round(float(want["value"]), 6))) or []
        got = mine.pop(0).target_id if mine else "(not found)"
        report.attachments.append((expect, got))
        if got != expect:
            report.misses.append(f"result {want['file']} {want['value']:g} {want['unit']}: gold target "
                                 f"{want.get('target_id') or '-'} ({expect or '-'}) got {got or '-'}")
    verdicts = {v.target.id: v.judgement for v in run.targets}
    for tid, want in gold.get("judgements", {}).items():
        got = verdicts.get(ids.get(tid, ""), "(no target)")
        report.judgements.append((want["judgement"], got))
        if got != want["judgement"]:
            report.misses.append(f"target {tid}: gold {want['judgement']} got {got}")


def format_check_total(reports: list[CheckReport]) -> str:
    """All the check sets together: verdicts, where a document was sent, the review yield (issue
    #17's goals: 0.96, 0.93; two in three wrong verdicts among fewer than one in five marked),
    and the results against targets (#19)."""
    every = CheckReport(name="all sets")
    for r in reports:
        every.verdicts += r.verdicts
        every.marked += r.marked
        every.attachments += r.attachments
        every.judgements += r.judgements
    wrong, caught, marked, total = every.review_yield()
    line = (f"check, all {len(reports)} sets: verdict accuracy {every.accuracy(every.verdicts):.3f} "
            f"({len(every.verdicts)} verdicts); where a document was sent {every.accuracy_where_sent():.3f}; "
            f"review yield: {caught} of {wrong} wrong verdicts among the {marked} of {total} marked")
    if every.attachments:
        line += (f"; results attached {every.accuracy(every.attachments):.3f} ({len(every.attachments)}), "
                 f"targets judged {every.accuracy(every.judgements):.3f} ({len(every.judgements)})")
    return line


def format_check_report(report: CheckReport, verbose: bool = False) -> str:
    lines = [f"check on {report.name}: verdict accuracy {report.accuracy(report.verdicts):.3f} "
             f"({len(report.verdicts)} verdicts); file status {report.accuracy(report.statuses):.3f}; "
             f"role {report.accuracy(report.roles):.3f}; sender {report.accuracy(report.senders):.3f}; "
             f"on time {report.accuracy(report.on_time):.3f}"]
    if report.register is not None:
        r = report.register
        lines.append(f"    duty register F1={r.f1:.3f} (P={r.precision:.3f} R={r.recall:.3f}; gold {r.tp + r.fn}, "
                     f"found {r.tp + r.fp}); " + ", ".join(f"{k} {report.accuracy(v):.3f}"
                                                          for k, v in report.register_fields.items()))
    if report.marked:
        wrong, caught, marked, total = report.review_yield()
        lines.append(f"    where a document was sent {report.accuracy_where_sent():.3f}; review yield: {caught} of "
                     f"{wrong} wrong verdicts among the {marked} of {total} marked \"Nên kiểm tra\"")
    if report.numbers:
        lines.append(f"    number {report.accuracy(report.numbers):.3f}; date {report.accuracy(report.dates):.3f}")
    if report.signatures:
        lines.append(f"    signatures {report.accuracy(report.signatures):.3f} (signer, time and integrity)")
    if report.documents:
        lines.append(f"    documents per file {report.accuracy(report.documents):.3f}")
    if report.received:
        lines.append(f"    received date {report.accuracy(report.received):.3f}")
    if report.attachments or report.judgements:
        lines.append(f"    results attached as the gold {report.accuracy(report.attachments):.3f} "
                     f"({len(report.attachments)} results); target judgement {report.accuracy(report.judgements):.3f} "
                     f"({len(report.judgements)} targets)")
    for name, sc in sorted(report.per_class().items()):
        lines.append(f"    {name:14} P={sc.precision:.3f} R={sc.recall:.3f} F1={sc.f1:.3f} (gold {sc.tp + sc.fn})")
    if verbose:
        lines.extend("    " + m for m in report.misses)
    return "\n".join(lines)


def check_gold_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("gold.json") if "coverage" in p.read_text(encoding="utf-8")[:100000])


# ---------------------------------------------------------------------------
# targets: a plan's quantitative targets against the gold (gold.json "targets", or targets.gold.json)


@dataclass
class TargetReport:
    name: str
    found: int = 0
    gold: int = 0
    right: int = 0  # value, unit and comparator as the gold's
    scope_right: int = 0  # of those, scope and holder as well
    refs_gold: int = 0
    refs_found: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def score(self) -> Score:
        return Score(tp=self.right, fp=self.found - self.right, fn=self.gold - self.right)


def target_gold_files(directory: Path) -> list[tuple[Path, dict]]:
    """(set folder, gold) of every set whose gold has targets."""
    found = []
    for folder in sorted(p for p in directory.iterdir() if p.is_dir()):
        for name in ("targets.gold.json", "gold.json"):
            path = folder / name
            if path.is_file():
                gold = json.loads(path.read_text(encoding="utf-8"))
                if "targets" in gold:
                    gold.setdefault("plan", json.loads((folder / "gold.json").read_text(encoding="utf-8"))["plan"])
                    found.append((folder, gold))
                    break
    return found


def evaluate_targets(folder: Path, gold: dict) -> TargetReport:
    """The plan's targets against the gold (``pair_targets``)."""
    from .parsing import parse

    doc = parse(folder / gold["plan"])
    report = TargetReport(folder.name, found=len(doc.targets), gold=len(gold["targets"]),
                          refs_gold=len(gold.get("target_refs", [])), refs_found=len(doc.target_refs))
    pairs = pair_targets(gold["targets"], doc.targets)
    for want, best in pairs:
        if best is None:
            report.misses.append(f"missed {want['id']}: {want['comparator']} {want['value']:g} {want['unit']} "
                                 f"({want['text_start'][:60]})")
            continue
        report.right += 1
        report.scope_right += best.scope == want["scope"] and best.body_id == (want.get("body_id") or "")
    paired = {id(t) for _, t in pairs if t is not None}
    report.misses += [f"not in the gold: {t.comparator} {t.value:g} {t.unit} ({t.text[:60]})"
                      for t in doc.targets if id(t) not in paired]
    return report


def pair_targets(gold_targets: list[dict], targets) -> list[tuple[dict, object]]:
    """Each gold target with the program's target it is (None when none), one to one on value,
    unit and comparator; the passage that shares most words with the gold's breaks ties."""
    from .checking.targets import unit_key

    free, pairs = list(targets), []
    for want in gold_targets:
        same = [t for t in free if abs(t.value - float(want["value"])) < 1e-6 and t.comparator == want["comparator"]
                and unit_key(t.unit) == unit_key(want["unit"])]
        best = None
        if same:
            words = set(fold(want["text_start"]).split())
            best = max(same, key=lambda t: len(words & set(fold(t.text).split())))
            free.remove(best)
        pairs.append((want, best))
    return pairs


def format_target_report(report: TargetReport, verbose: bool = False) -> str:
    sc = report.score
    lines = [f"targets on {report.name}: P={sc.precision:.3f} R={sc.recall:.3f} F1={sc.f1:.3f} (gold {report.gold}, "
             f"found {report.found}; value, unit and comparator); scope and holder right "
             f"{report.scope_right}/{report.right}; target references gold {report.refs_gold}, found {report.refs_found}"]
    if verbose:
        lines += [f"    {m}" for m in report.misses]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# diff: the changes between two plans against a diff.gold.json


def evaluate_diff(gold_path: Path) -> dict[str, Score]:
    from .diff import diff_duties
    from .parsing import parse

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    base = gold_path.parent
    changes = diff_duties(parse(base / gold["old"]).duties, parse(base / gold["new"]).duties)
    want = [(c["change"], c["body_id"], c["old_duty_id"], c["new_duty_id"]) for c in gold["changes"]]
    got = [(c.change, c.body_id, c.old.id if c.old else None, c.new.id if c.new else None) for c in changes]
    out: dict[str, Score] = {}
    for kind in ("added", "removed", "changed", "reworded", "split", "renamed_holder", "renewed"):
        out[kind] = _multiset_score([w for w in want if w[0] == kind], [g for g in got if g[0] == kind])[0]
    out["all"] = _multiset_score(want, got)[0]
    return out


def format_diff_report(name: str, scores: dict[str, Score]) -> str:
    lines = [f"diff on {name}:"]
    for kind, sc in scores.items():
        lines.append(f"    {kind:10} P={sc.precision:.3f} R={sc.recall:.3f} F1={sc.f1:.3f} (gold {sc.tp + sc.fn})")
    return "\n".join(lines)
