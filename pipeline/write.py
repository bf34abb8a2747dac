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
from .checking import Run, on_time
from .review import KIND_VI, STATUS_VI

ROLE_VI = {**rv.ROLE_VI, "": ""}

FILES_COLUMNS = ["file", "sha256", "status", "role", "doc_type", "number", "issuer", "date", "body_id", "body",
                 "cites_plan", "message", "due", "on_time", "reviewed", "auto_role", "auto_body_id", "note",
                 "received", "documents"]
DUTIES_COLUMNS = ["duty_id", "section", "body_id", "body", "role", "text", "deadline", "collaborators"]
SUBMISSIONS_COLUMNS = ["body_id", "body", "kind", "status", "file", "number", "date", "due", "on_time",
                       "member_of", "other_files"]
TASKS_COLUMNS = ["file", "body_id", "kind", "task_id", "section", "text", "when", "duty_id", "score"]
COVERAGE_COLUMNS = ["duty_id", "body_id", "body", "kind", "status", "score", "evidence_file", "evidence_section",
                    "evidence_text", "duty_text", "parts", "auto_status", "reviewed", "clerk_status", "note",
                    "review_flag", "evidence_sha256"]
CORRECTIONS_COLUMNS = ["duty_id", "body_id", "body", "kind", "clerk_status", "note", "state"]
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


OUTPUTS = ("files.csv", "duties.csv", "submissions.csv", "tasks.csv", "coverage.csv", "corrections.csv", "coverage.xlsx",
           "summary.json", "plan.json")


def corrections_rows(run: Run) -> list[dict]:
    """Every correction the clerk made, and what became of it this run."""
    rows = []
    for r in run.coverage:
        if not (r.get("clerk_status") or r.get("note")):
            continue
        state = ("needs_review" if r["review_flag"] else "applied" if r["reviewed"] == "yes"
                 else "not_understood" if r["clerk_status"] else "note")
        rows.append({"duty_id": r["duty_id"], "body_id": r["body_id"], "body": r["body"], "kind": r["kind"],
                     "clerk_status": r["clerk_status"], "note": r["note"], "state": state})
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
        "submissions.csv": (submissions_rows(run), SUBMISSIONS_COLUMNS),
        "tasks.csv": (run.tasks, TASKS_COLUMNS),
        "coverage.csv": (run.coverage, COVERAGE_COLUMNS),
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
        row[CORRECTED] = sum(1 for r in cov if r.get("reviewed") == "yes" and r["status"] != r["auto_status"])
        row[FLAGGED] = sum(1 for r in cov if r.get("review_flag"))
        rows.append(row)
    if rows:
        total = {k: (sum(r[k] for r in rows) if isinstance(rows[0][k], int) else "") for k in rows[0]}
        total["Đơn vị"] = "Tổng cộng"
        rows.append(total)
    return rows


CORRECTED = "Kết luận cán bộ đã sửa"
FLAGGED = "Kết luận cần xem lại"
LISTS = "Danh sách đơn vị"
GUIDE = [
    "Cách ghi kết luận của cán bộ vào bảng này (chương trình giữ lại ở các lần chạy sau):",
    f"1. Trang \"Nhiệm vụ\": nếu kết quả tự động chưa đúng, chọn kết luận ở cột \"{rv.COL_VERDICT}\" "
    f"({', '.join(STATUS_VI.values())}); ghi thêm ở cột \"{rv.COL_NOTE}\" nếu cần.",
    f"2. Trang \"Tất cả tệp\": nếu chương trình xếp sai loại văn bản hoặc đơn vị gửi, chọn ở cột "
    f"\"{rv.COL_ROLE_FIX}\" hoặc \"{rv.COL_SENDER_FIX}\".",
    "3. Lưu tệp (giữ định dạng .xlsx), để nguyên tên và chỗ của tệp, rồi chạy lại chương trình: "
    "cột \"Kết quả\" và các trang khác sẽ theo kết luận của cán bộ.",
    f"4. Khi đơn vị gửi bản mới hoặc kế hoạch sửa nhiệm vụ, kết luận cũ được giữ nhưng không áp dụng, cột "
    f"\"{rv.COL_FLAG}\" ghi lý do. Xem lại rồi chọn \"{rv.CONFIRMED}\" ở cột đó (hoặc xóa nội dung ô).",
    "5. Có thể sắp xếp, lọc, thêm cột, đổi định dạng; không xóa các cột ẩn ở cuối trang (khóa để nhận ra từng dòng).",
    "6. Bản tệp cán bộ đã sửa được lưu lại trong thư mục runs/ trước mỗi lần chạy.",
]


def xlsx_bytes(run: Run, tables) -> bytes:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    wb.remove(wb.active)
    font = Font(name="Times New Roman", size=12)
    bold = Font(name="Times New Roman", size=12, bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    clerk_fill = PatternFill("solid", fgColor="FFF2CC")  # the columns the clerk fills
    flag_fill = PatternFill("solid", fgColor="F4B084")

    def sheet(title: str, rows: list[dict], widths: dict[str, int], status_col: str | None = None,
              columns: list[str] | None = None, hidden: tuple[str, ...] = ()):
        ws = wb.create_sheet(title)
        columns = columns or (list(rows[0].keys()) if rows else list(widths))
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
            if c in hidden:
                ws.column_dimensions[get_column_letter(i)].hidden = True
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
                if value is None or c in hidden:
                    continue
                width = widths.get(c, 14)
                text = str(value)
                lines = max(lines, sum(-(-max(len(part), 1) // max(int(width * 1.25), 1)) for part in text.split("\n")))
            if r == 1:
                lines = max(lines, 2)  # bold headers wrap sooner than the estimate
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
        return ws, columns

    def dropdown(ws, columns: list[str], column: str, formula: str, prompt: str, strict: bool = True,
                 rows: int | None = None) -> None:
        """A drop-down list on a column the clerk fills, with the header shaded and explained."""
        col = get_column_letter(columns.index(column) + 1)
        last = max(ws.max_row, 2) if rows is None else rows + 1
        dv = DataValidation(type="list", formula1=formula, allow_blank=True, showDropDown=False,
                            showErrorMessage=strict, errorTitle="Giá trị không hợp lệ",
                            error="Hãy chọn một giá trị trong danh sách.", showInputMessage=True,
                            promptTitle=column[:32], prompt=prompt[:255])
        ws.add_data_validation(dv)
        dv.add(f"{col}2:{col}{last}")
        head = ws[f"{col}1"]
        head.fill = clerk_fill
        head.comment = Comment(prompt, "rasoat")

    def inline(values) -> str:
        return '"' + ",".join(values) + '"'

    summary_rows = _holder_summary(run, tables)
    ws, _ = sheet("Tổng hợp", summary_rows, {"Đơn vị": 42, "Thuộc nhóm": 30, **{
        k: 11 for row in summary_rows[:1] for k in row if k not in ("Đơn vị", "Thuộc nhóm")}})
    for r in range(2, ws.max_row + 1):
        total = ws.cell(r, 1).value == "Tổng cộng" and r == ws.max_row
        for c in range(1, ws.max_column + 1):
            head = ws.cell(1, c).value or ""
            cell = ws.cell(r, c)
            if total:
                cell.font = bold
            elif head.endswith("đã nhận"):
                cell.fill = PatternFill("solid", fgColor="C6EFCE" if cell.value == "Có" else "FFC7CE")
            elif head.endswith(": hạn") and cell.value == "Trễ hạn":
                cell.fill = PatternFill("solid", fgColor="FFEB9C")
            elif head == FLAGGED and cell.value:
                cell.fill = flag_fill

    # the duty sheet, and the corrections whose duty the plan no longer has (kept for later runs)
    duty_columns = ["Mã nhiệm vụ", "Đơn vị", "Văn bản", "Kết quả", rv.COL_VERDICT, rv.COL_NOTE, rv.COL_FLAG,
                    "Kết quả tự động", "Điểm", "Nhiệm vụ được giao", "Đoạn văn bản tương ứng", "Mục", "Tệp",
                    rv.COL_BODY_ID, rv.COL_CURRENT, rv.COL_BASIS]
    duty_widths = {"Mã nhiệm vụ": 11, "Đơn vị": 28, "Văn bản": 10, "Kết quả": 16, rv.COL_VERDICT: 16,
                   rv.COL_NOTE: 24, rv.COL_FLAG: 22, "Kết quả tự động": 14, "Điểm": 7, "Nhiệm vụ được giao": 60,
                   "Đoạn văn bản tương ứng": 60, "Mục": 8, "Tệp": 30}
    hidden = (rv.COL_BODY_ID, rv.COL_CURRENT, rv.COL_BASIS)
    cov_rows = [{
        "Mã nhiệm vụ": r["duty_id"], "Đơn vị": r["body"], "Văn bản": KIND_VI[r["kind"]],
        "Kết quả": STATUS_VI[r["status"]], rv.COL_VERDICT: r.get("clerk_status", ""), rv.COL_NOTE: r.get("note", ""),
        rv.COL_FLAG: r.get("review_flag", ""), "Kết quả tự động": STATUS_VI[r.get("auto_status", r["status"])],
        "Điểm": r["score"], "Nhiệm vụ được giao": r["duty_text"],
        "Đoạn văn bản tương ứng": r["evidence_text"], "Mục": r["evidence_section"], "Tệp": r["evidence_file"],
        rv.COL_BODY_ID: r["body_id"], rv.COL_CURRENT: r.get("current_basis", ""), rv.COL_BASIS: r.get("basis", ""),
    } for r in run.coverage]
    verdicts = inline(STATUS_VI.values())
    verdict_help = ("Chọn kết luận của cán bộ nếu kết quả tự động chưa đúng; để trống nếu đồng ý. "
                    "Chương trình giữ kết luận này ở các lần chạy sau.")
    flag_help = (f"Kết luận của cán bộ có căn cứ đã thay đổi (văn bản mới, nhiệm vụ bị sửa). Sau khi xem lại, chọn "
                 f"\"{rv.CONFIRMED}\" hoặc xóa ô.")
    ws, cols = sheet("Nhiệm vụ", cov_rows, duty_widths, status_col="Kết quả", columns=duty_columns, hidden=hidden)
    dropdown(ws, cols, rv.COL_VERDICT, verdicts, verdict_help)
    dropdown(ws, cols, rv.COL_FLAG, inline([rv.CONFIRMED]), flag_help, strict=False)
    vcol, fcol, ncol = (cols.index(c) + 1 for c in (rv.COL_VERDICT, rv.COL_FLAG, rv.COL_NOTE))
    ws.cell(1, ncol).fill = clerk_fill
    ws.cell(1, ncol).comment = Comment("Ghi chú của cán bộ (được giữ ở các lần chạy sau).", "rasoat")
    for i, r in enumerate(run.coverage, start=2):
        if r.get("review_flag"):
            ws.cell(i, fcol).fill = flag_fill
        elif r.get("reviewed") == "yes":
            ws.cell(i, vcol).fill = PatternFill("solid", fgColor="BDD7EE")
    if run.orphan_fixes:
        old_rows = [{"Mã nhiệm vụ": f.duty_id, "Đơn vị": f.body, "Văn bản": KIND_VI[f.kind], "Kết quả": "",
                     rv.COL_VERDICT: f.raw, rv.COL_NOTE: f.note,
                     rv.COL_FLAG: f"{rv.FLAG}: kế hoạch không còn nhiệm vụ này.", rv.COL_BODY_ID: f.body_id,
                     rv.COL_CURRENT: "", rv.COL_BASIS: f.basis or ""} for f in run.orphan_fixes]
        sheet("Kết luận không còn khớp", old_rows, duty_widths, columns=duty_columns, hidden=hidden)

    sub_rows = [{
        "Đơn vị": s["body"], "Loại": KIND_VI[s["kind"]], "Tình trạng": "Đã nhận" if s["status"] == "received" else "Chưa nhận",
        "Tệp": s["file"], "Số": s["number"], "Ngày": s["date"], "Hạn": s["due"], "Đúng hạn": YES_NO_VI[s["on_time"]],
        "Bản khác đã nhận": s["other_files"],
    } for s in tables["submissions.csv"][0]]
    sheet("Văn bản nhận", sub_rows, {"Đơn vị": 40, "Tệp": 34, "Bản khác đã nhận": 30})
    orphan_rows = [{"Đơn vị": t["body_id"], "Văn bản": KIND_VI[t["kind"]], "Hoạt động": t["text"], "Mục": t["section"],
                    "Thời gian": t["when"], "Tệp": t["file"]} for t in run.tasks if not t["duty_id"]]
    sheet("Hoạt động ngoài nhiệm vụ", orphan_rows, {"Đơn vị": 30, "Hoạt động": 70, "Tệp": 34})
    by_rel = {fr.rel: fr for fr in run.files}
    file_rows = []
    for f in tables["files.csv"][0]:
        fr = by_rel.get(f["file"])
        fix = fr.clerk_fix if fr is not None else None
        file_rows.append({
            "Tệp": f["file"], "Tình trạng": FILE_STATUS_VI[f["status"]], "Loại": ROLE_VI.get(f["role"], f["role"]),
            "Số": f["number"], "Cơ quan ban hành": f["issuer"], "Ngày": f["date"], "Ngày nhận": f["received"],
            "Đơn vị": f["body"], "Dẫn kế hoạch chung": "Có" if f["cites_plan"] == "yes" else "Không", "Thông báo": f["message"],
            rv.COL_ROLE_FIX: fix.raw_role if fix else "", rv.COL_SENDER_FIX: fix.raw_sender if fix else "",
            rv.COL_FILE_NOTE: fix.note if fix else "", rv.COL_SHA: f["sha256"],
        })
    file_widths = {"Tệp": 34, "Thông báo": 60, "Cơ quan ban hành": 30, "Đơn vị": 30, rv.COL_ROLE_FIX: 18,
                   rv.COL_SENDER_FIX: 30, rv.COL_FILE_NOTE: 24}
    file_columns = ["Tệp", "Tình trạng", "Loại", "Số", "Cơ quan ban hành", "Ngày", "Ngày nhận", "Đơn vị", "Dẫn kế hoạch chung",
                    "Thông báo", rv.COL_ROLE_FIX, rv.COL_SENDER_FIX, rv.COL_FILE_NOTE, rv.COL_SHA]
    sheet("Tệp có vấn đề", [{k: v for k, v in r.items() if k not in (rv.COL_ROLE_FIX, rv.COL_SENDER_FIX,
                                                                       rv.COL_FILE_NOTE, rv.COL_SHA)}
                            for r, f in zip(file_rows, tables["files.csv"][0]) if f["status"] != "ok" or f["message"]],
          file_widths, columns=file_columns[:10])
    ws, cols = sheet("Tất cả tệp", file_rows, file_widths, columns=file_columns, hidden=(rv.COL_SHA,))
    dropdown(ws, cols, rv.COL_ROLE_FIX, inline(rv.ROLE_VI.values()),
             "Chọn loại văn bản đúng nếu chương trình xếp sai; để trống nếu đồng ý.")
    names = [rv.NO_SENDER] + sorted({h.name for h in run.holders}, key=lambda n: n.lower())
    lists = wb.create_sheet(LISTS)
    lists.append(["Đơn vị"])
    for name in names:
        lists.append([name])
    lists.sheet_state = "hidden"
    dropdown(ws, cols, rv.COL_SENDER_FIX, f"{quote_sheetname(LISTS)}!$A$2:$A${len(names) + 1}",
             "Chọn đơn vị gửi đúng nếu chương trình nhận sai; để trống nếu đồng ý.")
    ncol = cols.index(rv.COL_FILE_NOTE) + 1
    ws.cell(1, ncol).fill = clerk_fill

    duty_rows = [{"Mã": d["duty_id"], "Mục": d["section"], "Đơn vị": d["body"],
                  "Vai trò": {"lead": "Chủ trì", "support": "Phối hợp", "requested": "Đề nghị"}[d["role"]],
                  "Nhiệm vụ": d["text"], "Thời hạn": d["deadline"], "Phối hợp với": d["collaborators"]}
                 for d in tables["duties.csv"][0]]
    sheet("Danh mục nhiệm vụ", duty_rows, {"Đơn vị": 34, "Nhiệm vụ": 80, "Phối hợp với": 30})
    guide = wb.create_sheet("Hướng dẫn")
    guide.column_dimensions["A"].width = 120
    for line in GUIDE:
        guide.append([line])
    for row in guide.iter_rows():
        for cell in row:
            cell.font = font
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    guide["A1"].font = bold
    wb.move_sheet(LISTS, offset=len(wb.sheetnames) - 1 - wb.sheetnames.index(LISTS))  # last, out of the way
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
