"""What the pages show, from a round's folders: the plan as understood, the progress of a
run, the results with the clerk's corrections, the drafts. Plain functions returning plain
data for the templates."""

from __future__ import annotations

import json
import time
from collections import OrderedDict

from .. import review as rv
from .store import Round, Store

TABLES = ("files.csv", "duties.csv", "submissions.csv", "tasks.csv", "coverage.csv", "corrections.csv",
          "summary.json")
ROLE_DUTY_VI = {"lead": "Chủ trì", "support": "Phối hợp", "requested": "Đề nghị"}
CHANGE_VI = {"added": "Thêm mới", "removed": "Bỏ", "changed": "Sửa nội dung", "reworded": "Sửa câu chữ",
             "split": "Tách", "renamed_holder": "Đơn vị đổi tên/sáp nhập", "renewed": "Chỉ đổi năm"}


def plan_view(rnd: Round) -> dict:
    """Number, date, issuer, title, deadlines and the duty register by holder, read once and
    kept beside the plan (``plan-view.json``); an unreadable plan gives its reason."""
    cached = rnd.folder / "plan-view.json"
    if cached.is_file() and cached.stat().st_mtime >= rnd.plan_path.stat().st_mtime:
        return json.loads(cached.read_text(encoding="utf-8"))
    from ..errors import ReadError
    from ..parsing import parse

    try:
        doc = parse(rnd.plan_path)
    except ReadError as exc:
        view = {"error": f"Không đọc được kế hoạch chung: {exc.message}"}
    except Exception as exc:  # noqa: BLE001 - the page says so, the server goes on
        view = {"error": f"Không đọc được kế hoạch chung (lỗi {type(exc).__name__})."}
    else:
        holders: OrderedDict[str, dict] = OrderedDict()
        for d in doc.duties:
            h = holders.setdefault(d.body_id, {"body": d.body, "duties": []})
            h["duties"].append({"id": d.id, "text": d.text, "role": ROLE_DUTY_VI.get(d.role, d.role),
                                "deadline": d.deadline or ""})
        m = doc.meta
        view = {"number": m.number, "date": m.date, "issuer": m.issuer, "parent": m.parent_issuer,
                "title": m.title, "type": m.doc_type_name, "deadlines": doc.deadlines,
                "duties": len(doc.duties), "holders": list(holders.values()),
                "warnings": [w for w in doc.source.warnings if w]}
        if not doc.duties:
            view["error"] = ("Không tìm thấy nhiệm vụ nào được giao trong kế hoạch (phần \"Tổ chức thực hiện\" "
                             "hoặc bảng phân công); hãy kiểm tra lại tệp kế hoạch.")
    cached.write_text(json.dumps(view, ensure_ascii=False), encoding="utf-8")
    return view


def diff_view(store: Store, rnd: Round) -> list[dict] | None:
    """For a round started from last year's: the duty changes between the two plans."""
    if rnd.previous is None:
        return None
    cached = rnd.folder / "diff.json"
    if cached.is_file():
        return json.loads(cached.read_text(encoding="utf-8"))
    from ..diff import diff_duties
    from ..parsing import parse

    try:
        old = store.get(rnd.previous)
        rows = [c.row() for c in diff_duties(parse(old.plan_path).duties, parse(rnd.plan_path).duties)]
    except Exception:  # noqa: BLE001 - no diff is shown rather than a broken page
        return None
    cached.write_text(json.dumps(rows, ensure_ascii=False, default=str), encoding="utf-8")
    return rows


def progress_view(state: dict | None, going: dict | None = None) -> dict:
    """The progress of the round's last (or current) run, in words and figures."""
    if state is None:
        return {"state": "none", "text": "Chưa chạy rà soát lần nào." if going is None else "Đang bắt đầu …",
                "percent": 0, "reading": [], "finished": [], "running": going is not None}
    total, done = state.get("total", 0), state.get("done", 0)
    started = state.get("started") or time.time()
    elapsed = time.time() - started
    left = None
    if state.get("state") == "reading" and done and total > done:
        left = elapsed / done * (total - done)
    now = time.time()
    reading = [{"name": n, "seconds": round(now - t)} for n, t in state.get("reading", {}).items()]
    finished = [{"name": n, "seconds": s} for n, s in reversed(state.get("finished", [])[-15:])]
    running = going is not None and state.get("state") not in ("done", "failed")
    text = state.get("stage", "")
    if state.get("state") == "reading":
        text = f"Đã đọc {done}/{total} tệp"
        if left is not None:
            text += f", còn khoảng {_duration(left)}"
    elif state.get("state") == "done":
        text = f"Đã xong sau {_duration(state.get('updated', now) - started)}."
    elif state.get("state") == "failed":
        text = f"Không chạy xong: {state.get('message') or 'lỗi không rõ'}"
    percent = 100 if state.get("state") == "done" else int(100 * done / total) if total else 0
    return {"state": state.get("state"), "text": text, "stage": state.get("stage", ""), "percent": percent,
            "reading": reading, "finished": finished, "running": running, "done": done, "total": total}


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} giây"
    return f"{seconds // 60} phút {seconds % 60:02d} giây"


def results_view(rnd: Round) -> dict | None:
    """The finished run's tables as rows, the clerk's corrections (read back from coverage.xlsx,
    as the next run will) put on each coverage row; None before the first run."""
    from ..results import load_run

    if not (rnd.out / "coverage.csv").is_file():
        return None
    run = load_run(rnd.out)
    coverage = run.records("coverage")
    files = run.records("files")
    fixes = _corrections(rnd)
    index = {f["file"]: i for i, f in enumerate(files)}
    for r in coverage:
        fix = fixes.get((r["duty_id"], r["body_id"], r["kind"]))
        r["clerk"] = fix.verdict if fix and fix.verdict else ""
        r["clerk_note"] = fix.note if fix else (r.get("note") or "")
        r["final"] = r["clerk"] or r["status"]
        r["file_index"] = index.get(r.get("evidence_file") or "")
    holders = sorted({(r["body_id"], r["body"]) for r in coverage}, key=lambda x: x[1].lower())
    names = dict(holders)
    orphans = [{**t, "body": names.get(t.get("body_id") or "", t.get("body_id") or "")}
               for t in run.records("tasks") if not t.get("duty_id")]
    targets = run.records("targets") if run.targets is not None else []
    results = run.records("results") if run.results is not None else []
    for tg in targets:
        tg["figures"] = [r for r in results if r["target_id"] == tg["target_id"]]
        tg["silent"] = [names.get(b, b) for b in (tg.get("not_reported_by") or "").split("; ") if b]
    return {"summary": run.summary, "coverage": coverage, "files": files, "holders": holders,
            "submissions": run.records("submissions"), "orphans": orphans, "file_index": index, "targets": targets,
            "names": [rv.NO_SENDER] + sorted({h for _, h in holders}, key=str.lower)}


_READ: dict = {}  # coverage.xlsx path -> ((mtime, size), corrections): read again only when it changed


def _corrections(rnd: Round) -> dict:
    path = rnd.out / "coverage.xlsx"
    try:
        stat = path.stat()
    except OSError:
        return {}
    stamp = (stat.st_mtime_ns, stat.st_size)
    known = _READ.get(str(path))
    if known is not None and known[0] == stamp:
        return known[1]
    try:
        review = rv.read_review(path)
    except rv.ReviewError:
        return {}
    fixes = {(v.duty_id, v.body_id, v.kind): v for v in review.verdicts}
    _READ[str(path)] = (stamp, fixes)
    return fixes


def filter_rows(rows: list[dict], holder: str = "", kind: str = "", status: str = "") -> list[dict]:
    picked = [r for r in rows if (not holder or r["body_id"] == holder) and (not kind or r["kind"] == kind)
              and (not status or r["final"] == status or (status == "check_first" and r.get("check_first") == "yes"))]
    if status == "check_first":  # the least sure first
        picked.sort(key=lambda r: float(r.get("confidence") or 1))
    return picked


def drafts_folder(rnd: Round):
    return rnd.out


def drafts(rnd: Round) -> list:
    folder = drafts_folder(rnd)
    return sorted([*folder.glob("bao-cao-tong-hop.docx"), *folder.glob("don-doc-*.docx")])


def make_drafts(rnd: Round) -> list:
    """The summary report and the reminder letters (``rasoat report``), written into the round's out folder."""
    from ..report import draft

    return draft(rnd.out)
