"""Write a check run: the CSV tables, coverage.xlsx for the clerk, summary.json.

Every file is written whole or not at all: to a temporary name in the out
folder, then renamed over the old one.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import tempfile
from collections import Counter
from datetime import datetime
from pathlib import Path

from . import review as rv
from .runmodel import Run, on_time
from .review import STATUS_VI
from .workbook import xlsx_bytes


FILES_COLUMNS = ["file", "sha256", "status", "role", "doc_type", "number", "issuer", "date", "body_id", "body",
                 "cites_plan", "message", "due", "on_time", "reviewed", "auto_role", "auto_body_id", "note",
                 "received", "documents", "signer", "signed_at", "signature"]
DUTIES_COLUMNS = ["duty_id", "section", "body_id", "body", "role", "text", "deadline", "collaborators"]
SUBMISSIONS_COLUMNS = ["body_id", "body", "kind", "status", "file", "number", "date", "due", "on_time",
                       "member_of", "other_files", "answered_by"]
TASKS_COLUMNS = ["file", "body_id", "kind", "task_id", "section", "text", "when", "duty_id", "score"]
COVERAGE_COLUMNS = ["duty_id", "body_id", "body", "kind", "status", "score", "evidence_file", "evidence_section",
                    "evidence_text", "duty_text", "parts", "auto_status", "reviewed", "clerk_status", "note",
                    "review_flag", "evidence_sha256", "confidence", "check_first", "parts_found", "parts_missing",
                    "said_not_done"]
TARGETS_COLUMNS = ["target_id", "section", "body_id", "body", "indicator", "comparator", "value", "unit", "deadline",
                   "text", "scope", "judgement", "reported_by", "not_reported_by", "auto_judgement", "clerk_note"]
RESULTS_COLUMNS = ["target_id", "file", "body_id", "body", "indicator", "value", "unit", "period", "judgement", "text",
                   "why"]
CORRECTIONS_COLUMNS = ["duty_id", "body_id", "body", "kind", "clerk_status", "note", "state"]


def files_rows(run: Run) -> list[dict]:
    rows = []
    for fr in run.files:
        m = fr.doc.meta if fr.doc else None
        src = fr.doc.source if fr.doc else None
        rows.append({
            "file": fr.rel, "sha256": fr.sha256, "status": fr.status, "role": fr.role,
            "doc_type": (m.doc_type or "") if m else "", "number": (m.number or "") if m else "",
            "issuer": (m.issuer or "") if m else "", "date": fr.doc_date or "", "received": fr.received or "",
            "documents": fr.documents if fr.documents > 1 else "",
            "body_id": fr.holder.body_id if fr.holder else "", "body": fr.holder.name if fr.holder else "",
            "cites_plan": "yes" if fr.cites_plan else "no", "message": fr.message,
            "due": _due(run, fr) or "", "on_time": on_time(fr.date, _due(run, fr)) if fr.date and _due(run, fr) else "",
            "reviewed": "yes" if fr.reviewed else "no",
            "auto_role": (fr.auto_role or "") if fr.reviewed else fr.role,
            "auto_body_id": ((fr.auto_holder.body_id if fr.auto_holder else "") if fr.reviewed
                             else (fr.holder.body_id if fr.holder else "")),
            "note": fr.clerk_fix.note if fr.clerk_fix else "",
            "signer": (src.signer or "") if src else "", "signed_at": (src.signed_at or "") if src else "",
            "signature": (src.signature or "") if src else "",
        })
    return rows


def _due(run: Run, fr) -> str | None:
    if fr.status not in ("ok", "duplicate") or fr.role not in ("unit_plan", "report"):
        return None
    return fr.due or run.due.get("plan" if fr.role == "unit_plan" else "report")


def duties_rows(run: Run) -> list[dict]:
    return [{"duty_id": d.id, "section": d.section, "body_id": d.body_id, "body": d.body, "role": d.role,
             "text": d.text, "deadline": d.deadline or "", "collaborators": "; ".join(d.collaborators)}
            for d in run.plan.duties]


def number_text(value: float) -> str:
    """A figure for a table: "1450", "2.5" (never "1.45e+03")."""
    return str(int(value)) if value == int(value) else f"{value:.6f}".rstrip("0").rstrip(".")


def targets_rows(run: Run) -> list[dict]:
    """The master plan's quantitative targets (``extractors/targets.py``), each judged against
    the reports' figures (``checking/targets.py``)."""
    verdicts = {v.target.id: v for v in run.targets}
    rows = []
    for t in run.plan.targets:
        v = verdicts.get(t.id)
        rows.append({"target_id": t.id, "section": t.section, "body_id": t.body_id, "body": t.body,
                     "indicator": t.indicator, "comparator": t.comparator, "value": number_text(t.value), "unit": t.unit,
                     "deadline": t.deadline or "", "text": t.text, "scope": t.scope,
                     "judgement": v.judgement if v else "", "reported_by": "; ".join(v.reported_by) if v else "",
                     "not_reported_by": "; ".join(v.not_reported_by) if v else "",
                     "auto_judgement": v.auto if v else "", "clerk_note": v.note if v else ""})
    return rows


def results_rows(run: Run) -> list[dict]:
    """Every figure the reports give, with the target it answers."""
    return [{"target_id": r.target_id, "file": r.file, "body_id": r.body_id, "body": r.body, "indicator": r.indicator,
             "value": number_text(r.value), "unit": r.unit, "period": r.period, "judgement": r.judgement,
             "text": r.text, "why": r.why} for r in run.results]


def submissions_rows(run: Run) -> list[dict]:
    """``answered_by``: the bodies that took over a holder's work (Holder.succeeds), which answer
    for it now (the reminder goes to them)."""
    rows = []
    for s in run.submissions:
        fr = s.file
        heirs = [h.name for h in run.holders if s.holder.body_id in h.succeeds and h is not s.holder]
        rows.append({
            "body_id": s.holder.body_id, "body": s.holder.name, "kind": s.kind,
            "status": "received" if fr else "missing", "file": fr.rel if fr else "",
            "number": (fr.doc.meta.number or "") if fr and fr.doc else "", "date": (fr.date or "") if fr else "",
            "due": s.due or "", "on_time": s.on_time, "member_of": "; ".join([s.holder.member_of, *s.holder.groups]) if s.holder.member_of else "",
            "other_files": "; ".join(o.rel for o in s.others), "answered_by": "; ".join(heirs),
        })
    return rows


def summary(run: Run) -> dict:
    files = Counter(fr.status for fr in run.files)
    cov = Counter((r.kind, r.status) for r in run.coverage)
    subs = Counter((s.kind, "received" if s.file else "missing") for s in run.submissions)
    late = Counter(s.kind for s in run.submissions if s.on_time == "no")
    return {
        "schema": "rasoat/summary@1",
        "generated": datetime.now().isoformat(timespec="seconds"),
        "plan": {"file": str(run.plan_path), "number": run.plan.meta.number, "title": run.plan.meta.title,
                 "issuer": run.plan.meta.issuer, "date": run.plan.meta.date, "due": run.due},
        "files": {"total": len(run.files), **{k: files.get(k, 0) for k in ("ok", "duplicate", "error", "unrecognized")}},
        "duties": len(run.plan.duties),
        "holders": len({d.body_id for d in run.plan.duties}),
        "submissions": {kind: {"received": subs.get((kind, "received"), 0), "missing": subs.get((kind, "missing"), 0),
                               "late": late.get(kind, 0)} for kind in ("plan", "report")},
        "coverage": {kind: {st: cov.get((kind, st), 0) for st in STATUS_VI} for kind in ("plan", "report")},
        "orphans": sum(1 for t in run.tasks if not t.duty_id),
        "check_first": sum(1 for r in run.coverage if r.check_first == "yes"),
        "review": rv.counts(run.coverage, run.files, run.orphan_fixes, run.review),
        "seconds": round(run.seconds, 2),
        "timings": run.timings,
    }


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _csv_bytes(rows: list[dict], columns: list[str]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def _previous(out: Path) -> dict | None:
    """What the last run in this out folder wrote: its summary and its tables."""
    try:
        previous = json.loads((out / "summary.json").read_text(encoding="utf-8"))
        with open(out / "files.csv", encoding="utf-8") as fh:
            files = list(csv.DictReader(fh))
        with open(out / "submissions.csv", encoding="utf-8") as fh:
            subs = list(csv.DictReader(fh))
        with open(out / "coverage.csv", encoding="utf-8") as fh:
            cov = list(csv.DictReader(fh))
    except (OSError, ValueError, KeyError):
        return None
    return {"summary": previous, "files": files, "submissions": subs, "coverage": cov}


def _clerk_copy(out: Path, previous: dict | None) -> bytes | None:
    """The bytes of coverage.xlsx when someone changed it since this program wrote it."""
    try:
        data = (out / "coverage.xlsx").read_bytes()
    except OSError:
        return None
    written = (previous or {}).get("summary", {}).get("xlsx_sha256")
    return None if written == hashlib.sha256(data).hexdigest() else data


def changes(previous: dict | None, tables: dict) -> dict:
    """Newly received, newly covered, still missing: this run against the previous one."""
    if previous is None:
        return {"previous_run": None, "new_files": [], "newly_received": [], "newly_covered": [], "still_missing": []}
    old_files = {f["sha256"] for f in previous["files"]}
    old_received = {(s["body_id"], s["kind"]) for s in previous["submissions"] if s["status"] == "received"}
    old_missing = {(s["body_id"], s["kind"]) for s in previous["submissions"] if s["status"] == "missing"}
    old_covered = {(c["duty_id"], c["body_id"], c["kind"]) for c in previous["coverage"] if c["status"] == "covered"}
    files = tables["files.csv"][0]
    subs = tables["submissions.csv"][0]
    cov = tables["coverage.csv"][0]
    return {
        "previous_run": previous["summary"].get("generated"),
        "new_files": [f["file"] for f in files if f["sha256"] and f["sha256"] not in old_files],
        "newly_received": [f"{s['body_id']}:{s['kind']}" for s in subs
                           if s["status"] == "received" and (s["body_id"], s["kind"]) not in old_received],
        "newly_covered": [f"{c['duty_id']}:{c['body_id']}:{c['kind']}" for c in cov if c["status"] == "covered"
                          and (c["duty_id"], c["body_id"], c["kind"]) not in old_covered],
        "still_missing": [f"{s['body_id']}:{s['kind']}" for s in subs
                          if s["status"] == "missing" and (s["body_id"], s["kind"]) in old_missing],
    }


OUTPUTS = ("files.csv", "duties.csv", "targets.csv", "results.csv", "submissions.csv", "tasks.csv", "coverage.csv", "corrections.csv", "coverage.xlsx",
           "summary.json", "plan.json")


def corrections_rows(run: Run) -> list[dict]:
    """Every correction the clerk made, and what became of it this run."""
    rows = []
    for r in run.coverage:
        if not (r.clerk_status or r.note):
            continue
        state = ("needs_review" if r.review_flag else "applied" if r.reviewed == "yes"
                 else "not_understood" if r.clerk_status else "note")
        rows.append({"duty_id": r.duty_id, "body_id": r.body_id, "body": r.body, "kind": r.kind,
                     "clerk_status": r.clerk_status, "note": r.note, "state": state})
    for fix in run.orphan_fixes:
        rows.append({"duty_id": fix.duty_id, "body_id": fix.body_id, "body": fix.body, "kind": fix.kind,
                     "clerk_status": fix.raw, "note": fix.note, "state": "orphaned"})
    return rows


def unchanged(out: Path, stamp: str) -> dict | None:
    """The previous run's summary when its inputs had this fingerprint and its outputs are all there."""
    try:
        info = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if info.get("fingerprint") != stamp or not all((out / name).is_file() for name in OUTPUTS):
        return None
    info["changes"] = {"previous_run": info.get("generated"), "new_files": [], "newly_received": [],
                       "newly_covered": [], "still_missing": info.get("changes", {}).get("still_missing", []),
                       "unchanged": True}
    info["cache"] = {"read": 0, "from_cache": info.get("files", {}).get("total", 0)}
    runs = out / "runs"
    runs.mkdir(exist_ok=True)
    now = datetime.now().isoformat(timespec="seconds")
    _atomic_write(runs / f"{now.replace(':', '')}.json",
                  json.dumps({"generated": now, "unchanged_since": info.get("generated")}, ensure_ascii=False).encode())
    info["generated"] = now
    _atomic_write(out / "summary.json", json.dumps(info, ensure_ascii=False, indent=2).encode("utf-8"))
    return info


def write_run(run: Run, out: Path, stamp: str | None = None, review_error: str | None = None) -> dict:
    """Write every output into a staging folder first, then move each into place: an
    interrupted run leaves the previous results whole.

    ``review_error``: the spreadsheet in the out folder could not be read back. It is left as
    it is (the clerk's corrections may be in it) and the new one is written beside it."""
    out.mkdir(parents=True, exist_ok=True)
    previous = _previous(out)
    tables = {
        "files.csv": (files_rows(run), FILES_COLUMNS),
        "duties.csv": (duties_rows(run), DUTIES_COLUMNS),
        "targets.csv": (targets_rows(run), TARGETS_COLUMNS),
        "results.csv": (results_rows(run), RESULTS_COLUMNS),
        "submissions.csv": (submissions_rows(run), SUBMISSIONS_COLUMNS),
        "tasks.csv": ([t.row() for t in run.tasks], TASKS_COLUMNS),
        "coverage.csv": ([r.row() for r in run.coverage], COVERAGE_COLUMNS),
        "corrections.csv": (corrections_rows(run), CORRECTIONS_COLUMNS),
    }
    info = summary(run)
    xlsx_name = "coverage.xlsx"
    if review_error:
        xlsx_name = f"coverage-{datetime.now().strftime('%Y%m%d-%H%M%S')}.xlsx"
        info["review"].update(error=review_error, written_to=xlsx_name)
    backup = _clerk_copy(out, previous)
    info["changes"] = changes(previous, tables)
    info["cache"] = {"read": run.parsed, "from_cache": run.cached}
    info["fingerprint"] = stamp
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    try:
        for name, (rows, columns) in tables.items():
            (staging / name).write_bytes(_csv_bytes(rows, columns))
        # the master plan as read (the Document object), for `rasoat report` and scripts
        (staging / "plan.json").write_bytes(json.dumps(run.plan.to_dict(), ensure_ascii=False, indent=1).encode())
        workbook = xlsx_bytes(run, tables)
        (staging / xlsx_name).write_bytes(workbook)
        info["xlsx_sha256"] = hashlib.sha256(workbook).hexdigest() if not review_error else (
            previous or {}).get("summary", {}).get("xlsx_sha256")
        (staging / "summary.json").write_bytes(json.dumps(info, ensure_ascii=False, indent=2).encode("utf-8"))
        runs = out / "runs"
        runs.mkdir(exist_ok=True)
        stamp = info["generated"].replace(":", "")
        if backup is not None:  # the spreadsheet as the clerk left it, before it is rewritten
            _atomic_write(runs / f"coverage-{stamp}-cua-can-bo.xlsx", backup)
        record = {k: info[k] for k in ("generated", "plan", "files", "submissions", "coverage", "changes", "cache",
                                       "review")}
        _atomic_write(runs / f"{stamp}.json", json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))
        for path in sorted(staging.iterdir()):
            os.replace(path, out / path.name)
    finally:
        for path in staging.glob("*"):
            path.unlink()
        staging.rmdir()
    return info


# ---------------------------------------------------------------------------
# the spreadsheet
