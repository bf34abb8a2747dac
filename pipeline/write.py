"""Write a check run: the CSV tables, coverage.xlsx for the clerk, summary.json.

Every file is written whole or not at all: to a temporary name in the out
folder, then renamed over the old one.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections import Counter
from datetime import datetime
from pathlib import Path

from .checking import Run, on_time

FILES_COLUMNS = ["file", "sha256", "status", "role", "doc_type", "number", "issuer", "date", "body_id", "body",
                 "cites_plan", "message", "due", "on_time"]
DUTIES_COLUMNS = ["duty_id", "section", "body_id", "body", "role", "text", "deadline", "collaborators"]
SUBMISSIONS_COLUMNS = ["body_id", "body", "kind", "status", "file", "number", "date", "due", "on_time",
                       "member_of", "other_files"]
TASKS_COLUMNS = ["file", "body_id", "kind", "task_id", "section", "text", "when", "duty_id", "score"]
COVERAGE_COLUMNS = ["duty_id", "body_id", "body", "kind", "status", "score", "evidence_file", "evidence_section",
                    "evidence_text", "duty_text", "parts"]

STATUS_VI = {"covered": "Đã đưa vào", "partial": "Một phần", "missing": "Chưa đề cập",
             "not_submitted": "Chưa gửi văn bản"}
KIND_VI = {"plan": "Kế hoạch", "report": "Báo cáo"}
ROLE_VI = {"unit_plan": "Kế hoạch của đơn vị", "report": "Báo cáo", "other": "Văn bản khác", "": ""}
FILE_STATUS_VI = {"ok": "Đọc được", "duplicate": "Trùng lặp", "error": "Lỗi", "unrecognized": "Không thuộc kế hoạch"}
YES_NO_VI = {"yes": "Đúng hạn", "no": "Trễ hạn", "": ""}
FILL = {"covered": "C6EFCE", "partial": "FFEB9C", "missing": "FFC7CE", "not_submitted": "D9D9D9"}


def files_rows(run: Run) -> list[dict]:
    rows = []
    for fr in run.files:
        m = fr.doc.meta if fr.doc else None
        rows.append({
            "file": fr.rel, "sha256": fr.sha256, "status": fr.status, "role": fr.role,
            "doc_type": (m.doc_type or "") if m else "", "number": (m.number or "") if m else "",
            "issuer": (m.issuer or "") if m else "", "date": fr.date or "",
            "body_id": fr.holder.body_id if fr.holder else "", "body": fr.holder.name if fr.holder else "",
            "cites_plan": "yes" if fr.cites_plan else "no", "message": fr.message,
            "due": _due(run, fr) or "", "on_time": on_time(fr.date, _due(run, fr)) if fr.date and _due(run, fr) else "",
        })
    return rows


def _due(run: Run, fr) -> str | None:
    if fr.status not in ("ok", "duplicate") or fr.role not in ("unit_plan", "report"):
        return None
    return run.due.get("plan" if fr.role == "unit_plan" else "report")


def duties_rows(run: Run) -> list[dict]:
    return [{"duty_id": d.id, "section": d.section, "body_id": d.body_id, "body": d.body, "role": d.role,
             "text": d.text, "deadline": d.deadline or "", "collaborators": "; ".join(d.collaborators)}
            for d in run.plan.duties]


def submissions_rows(run: Run) -> list[dict]:
    rows = []
    for s in run.submissions:
        fr = s.file
        rows.append({
            "body_id": s.holder.body_id, "body": s.holder.name, "kind": s.kind,
            "status": "received" if fr else "missing", "file": fr.rel if fr else "",
            "number": (fr.doc.meta.number or "") if fr and fr.doc else "", "date": (fr.date or "") if fr else "",
            "due": s.due or "", "on_time": s.on_time, "member_of": s.holder.member_of or "",
            "other_files": "; ".join(o.rel for o in s.others),
        })
    return rows


def summary(run: Run) -> dict:
    files = Counter(fr.status for fr in run.files)
    cov = Counter((r["kind"], r["status"]) for r in run.coverage)
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
        "orphans": sum(1 for t in run.tasks if not t["duty_id"]),
        "seconds": round(run.seconds, 2),
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


OUTPUTS = ("files.csv", "duties.csv", "submissions.csv", "tasks.csv", "coverage.csv", "coverage.xlsx", "summary.json",
           "plan.json")


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


def write_run(run: Run, out: Path, stamp: str | None = None) -> dict:
    """Write every output into a staging folder first, then move each into place: an
    interrupted run leaves the previous results whole."""
    out.mkdir(parents=True, exist_ok=True)
    previous = _previous(out)
    tables = {
        "files.csv": (files_rows(run), FILES_COLUMNS),
        "duties.csv": (duties_rows(run), DUTIES_COLUMNS),
        "submissions.csv": (submissions_rows(run), SUBMISSIONS_COLUMNS),
        "tasks.csv": (run.tasks, TASKS_COLUMNS),
        "coverage.csv": (run.coverage, COVERAGE_COLUMNS),
    }
    info = summary(run)
    info["changes"] = changes(previous, tables)
    info["cache"] = {"read": run.parsed, "from_cache": run.cached}
    info["fingerprint"] = stamp
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    try:
        for name, (rows, columns) in tables.items():
            (staging / name).write_bytes(_csv_bytes(rows, columns))
        # the master plan as read (the Document object), for `rasoat report` and scripts
        (staging / "plan.json").write_bytes(json.dumps(run.plan.to_dict(), ensure_ascii=False, indent=1).encode())
        (staging / "coverage.xlsx").write_bytes(xlsx_bytes(run, tables))
        (staging / "summary.json").write_bytes(json.dumps(info, ensure_ascii=False, indent=2).encode("utf-8"))
        runs = out / "runs"
        runs.mkdir(exist_ok=True)
        stamp = info["generated"].replace(":", "")
        record = {k: info[k] for k in ("generated", "plan", "files", "submissions", "coverage", "changes", "cache")}
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


def _holder_summary(run: Run, tables) -> list[dict]:
    subs = {(s["body_id"], s["kind"]): s for s in tables["submissions.csv"][0]}
    rows = []
    ids = []
    for s in run.submissions:
        if s.holder.body_id not in ids:
            ids.append(s.holder.body_id)
    for body_id in ids:
        h = next(x for x in run.holders if x.body_id == body_id)
        cov = [r for r in run.coverage if r["body_id"] == body_id]
        row = {"Đơn vị": h.name}
        if h.member_of:
            group = next((x.name for x in run.holders if x.body_id == h.member_of), h.member_of)
            row["Thuộc nhóm"] = group
        else:
            row["Thuộc nhóm"] = ""
        for kind in ("plan", "report"):
            s = subs.get((body_id, kind))
            label = KIND_VI[kind]
            row[f"{label}: đã nhận"] = ("Có" if s and s["status"] == "received" else "Chưa") if s else ""
            row[f"{label}: ngày"] = s["date"] if s else ""
            row[f"{label}: hạn"] = YES_NO_VI.get(s["on_time"], "") if s else ""
        for kind in ("plan", "report"):
            counts = Counter(r["status"] for r in cov if r["kind"] == kind)
            for st in ("covered", "partial", "missing"):
                row[f"{KIND_VI[kind]}: {STATUS_VI[st].lower()}"] = counts.get(st, 0)
        rows.append(row)
    return rows


def xlsx_bytes(run: Run, tables) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    font = Font(name="Times New Roman", size=12)
    bold = Font(name="Times New Roman", size=12, bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")

    def sheet(title: str, rows: list[dict], widths: dict[str, int], status_col: str | None = None):
        ws = wb.create_sheet(title)
        columns = list(rows[0].keys()) if rows else list(widths)
        ws.append(columns)
        for row in rows:
            ws.append([row.get(c, "") for c in columns])
        for cell in ws[1]:
            cell.font = bold
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
        for r in ws.iter_rows(min_row=2):
            for cell in r:
                cell.font = font
                cell.alignment = wrap
        for i, c in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = widths.get(c, 14)
        if status_col and status_col in columns:
            idx = columns.index(status_col) + 1
            reverse = {v: k for k, v in STATUS_VI.items()}
            for r in range(2, ws.max_row + 1):
                cell = ws.cell(r, idx)
                key = reverse.get(cell.value)
                if key:
                    cell.fill = PatternFill("solid", fgColor=FILL[key])
        # row heights for wrapped text (Excel and LibreOffice do not always grow them on open)
        for r in range(1, ws.max_row + 1):
            lines = 1
            for i, c in enumerate(columns, start=1):
                value = ws.cell(r, i).value
                if value is None:
                    continue
                width = widths.get(c, 14)
                text = str(value)
                lines = max(lines, sum(-(-max(len(part), 1) // max(int(width * 1.25), 1)) for part in text.split("\n")))
            ws.row_dimensions[r].height = min(15 * lines + 3, 400)
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
        ws.freeze_panes = "A2"
        if ws.max_row >= 1 and columns:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{ws.max_row}"
        return ws

    summary_rows = _holder_summary(run, tables)
    ws = sheet("Tổng hợp", summary_rows, {"Đơn vị": 42, "Thuộc nhóm": 30, **{
        k: 11 for row in summary_rows[:1] for k in row if k not in ("Đơn vị", "Thuộc nhóm")}})
    for r in range(2, ws.max_row + 1):
        for c in range(1, ws.max_column + 1):
            head = ws.cell(1, c).value or ""
            cell = ws.cell(r, c)
            if head.endswith("đã nhận"):
                cell.fill = PatternFill("solid", fgColor="C6EFCE" if cell.value == "Có" else "FFC7CE")
            elif head.endswith(": hạn") and cell.value == "Trễ hạn":
                cell.fill = PatternFill("solid", fgColor="FFEB9C")

    cov_rows = [{
        "Mã nhiệm vụ": r["duty_id"], "Đơn vị": r["body"], "Văn bản": KIND_VI[r["kind"]],
        "Kết quả": STATUS_VI[r["status"]], "Điểm": r["score"], "Nhiệm vụ được giao": r["duty_text"],
        "Đoạn văn bản tương ứng": r["evidence_text"], "Mục": r["evidence_section"], "Tệp": r["evidence_file"],
    } for r in run.coverage]
    sheet("Nhiệm vụ", cov_rows, {"Mã nhiệm vụ": 11, "Đơn vị": 28, "Văn bản": 10, "Kết quả": 16, "Điểm": 7,
                                  "Nhiệm vụ được giao": 60, "Đoạn văn bản tương ứng": 60, "Mục": 8, "Tệp": 30},
          status_col="Kết quả")
    sub_rows = [{
        "Đơn vị": s["body"], "Loại": KIND_VI[s["kind"]], "Tình trạng": "Đã nhận" if s["status"] == "received" else "Chưa nhận",
        "Tệp": s["file"], "Số": s["number"], "Ngày": s["date"], "Hạn": s["due"], "Đúng hạn": YES_NO_VI[s["on_time"]],
        "Bản khác đã nhận": s["other_files"],
    } for s in tables["submissions.csv"][0]]
    sheet("Văn bản nhận", sub_rows, {"Đơn vị": 40, "Tệp": 34, "Bản khác đã nhận": 30})
    orphan_rows = [{"Đơn vị": t["body_id"], "Văn bản": KIND_VI[t["kind"]], "Hoạt động": t["text"], "Mục": t["section"],
                    "Thời gian": t["when"], "Tệp": t["file"]} for t in run.tasks if not t["duty_id"]]
    sheet("Hoạt động ngoài nhiệm vụ", orphan_rows, {"Đơn vị": 30, "Hoạt động": 70, "Tệp": 34})
    file_rows = [{"Tệp": f["file"], "Tình trạng": FILE_STATUS_VI[f["status"]], "Loại": ROLE_VI.get(f["role"], f["role"]),
                  "Số": f["number"], "Cơ quan ban hành": f["issuer"], "Ngày": f["date"], "Đơn vị": f["body"],
                  "Dẫn kế hoạch chung": "Có" if f["cites_plan"] == "yes" else "Không", "Ghi chú": f["message"]}
                 for f in tables["files.csv"][0]]
    sheet("Tệp có vấn đề", [r for r, f in zip(file_rows, tables["files.csv"][0]) if f["status"] != "ok" or f["message"]],
          {"Tệp": 34, "Ghi chú": 60, "Cơ quan ban hành": 30, "Đơn vị": 30})
    sheet("Tất cả tệp", file_rows, {"Tệp": 34, "Ghi chú": 60, "Cơ quan ban hành": 30, "Đơn vị": 30})
    duty_rows = [{"Mã": d["duty_id"], "Mục": d["section"], "Đơn vị": d["body"],
                  "Vai trò": {"lead": "Chủ trì", "support": "Phối hợp", "requested": "Đề nghị"}[d["role"]],
                  "Nhiệm vụ": d["text"], "Thời hạn": d["deadline"], "Phối hợp với": d["collaborators"]}
                 for d in tables["duties.csv"][0]]
    sheet("Danh mục nhiệm vụ", duty_rows, {"Đơn vị": 34, "Nhiệm vụ": 80, "Phối hợp với": 30})
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
