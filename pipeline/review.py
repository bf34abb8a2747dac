"""The clerk's corrections: read back from the spreadsheet, kept across re-runs.

The duty sheet of ``coverage.xlsx`` has two columns the clerk fills ("Kết luận
của cán bộ", a drop-down of the four verdicts, and "Ghi chú"); the sheet of all
files has a drop-down for a file's role and one for its sender. ``check`` reads
them back from the previous spreadsheet (or ``--review FILE``) before it writes
the new one.

Keys, so that a correction survives re-runs, sorting and filtering:
- a verdict: duty id + holder + kind, and its basis: the sha256 of the evidence
  document the clerk judged and a hash of the duty's text. When the basis has
  changed (the unit sent a new version, the plan reworded the duty) the
  correction is kept and shown, flagged "Cần xem lại", but not applied; the
  clerk confirms it by choosing "Đã xem lại" (or clearing the flag).
- a file: its sha256.

Columns are found by their header text, in any order and on any sheet whose
header row has them, so a file saved by LibreOffice or Excel, with extra
columns, sorted or filtered rows, reads back the same.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .normalize import normalize_text
from .runmodel import (KIND_VI, ROLE_VI, STATUS_VI, CoverageRow, FileFix, Review, Role, Status, VerdictFix,  # noqa: F401
                       parse_role, parse_verdict)  # (the labels and parsers are the run model's; named here too)
from .runmodel import JUDGEMENT_VI, TargetFix, target_key
from .runmodel import label_key as _key

NO_SENDER = "Không xác định"
CONFIRMED = "Đã xem lại"
FLAG = "Cần xem lại"

# duty sheet
COL_DUTY = "Mã nhiệm vụ"
COL_BODY = "Đơn vị"
COL_KIND = "Văn bản"
COL_VERDICT = "Kết luận của cán bộ"
COL_NOTE = "Ghi chú"
COL_FLAG = "Cần xem lại"
COL_FILE = "Tệp"
COL_BODY_ID = "Mã đơn vị"
COL_CURRENT = "Căn cứ hiện tại"
COL_BASIS = "Căn cứ kết luận"
# files sheet
COL_PATH = "Tệp"
COL_ROLE_FIX = "Loại (cán bộ sửa)"
COL_SENDER_FIX = "Đơn vị gửi (cán bộ sửa)"
COL_FILE_NOTE = "Ghi chú của cán bộ"
COL_SHA = "Mã tệp (SHA-256)"
# the "Chỉ tiêu" sheet: the clerk's judgement of a target, kept by the target's key
COL_TARGET = "Mã chỉ tiêu"
COL_TARGET_KEY = "Khóa chỉ tiêu"


class ReviewError(Exception):
    """The spreadsheet cannot be read back; ``message`` is for the clerk."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _cell(value) -> str:
    if value is None:
        return ""
    return normalize_text(str(value)).strip()


def duty_hash(text: str) -> str:
    return hashlib.sha256(_key(text).encode()).hexdigest()[:16]


def basis_of(evidence_sha256: str, duty_text: str) -> str:
    return f"{evidence_sha256}:{duty_hash(duty_text)}"


def _header(ws, wanted: set[str]) -> tuple[int, dict[str, int]] | None:
    """The header row (in the first ten) that has all the wanted columns: row number, name -> column."""
    for r, row in enumerate(ws.iter_rows(min_row=1, max_row=10, values_only=True), start=1):
        cols: dict[str, int] = {}
        for i, value in enumerate(row):
            k = _key(value)
            if k and k not in cols:
                cols[k] = i
        if all(_key(w) in cols for w in wanted):
            return r, cols
    return None


def read_review(path: Path) -> Review:
    """The corrections in a spreadsheet written by ``check`` (and edited by the clerk).

    Raises ReviewError when the file cannot be opened as a workbook or has no duty sheet:
    such a file is never overwritten."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, data_only=True, read_only=True)  # streamed: a few times faster
    except (OSError, BadZipFile, KeyError, ValueError, TypeError, IndexError, AttributeError) as exc:
        raise ReviewError(f"Không mở được bảng tính {Path(path).name} ({type(exc).__name__}); "
                          "có thể tệp bị hỏng, có mật khẩu hoặc không phải tệp .xlsx.") from exc
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a damaged file
        raise ReviewError(f"Không mở được bảng tính {Path(path).name} ({type(exc).__name__}).") from exc
    review = Review(source=str(path))
    duty_sheets = 0
    seen: set[tuple] = set()
    try:
        for ws in wb.worksheets:
            found = _header(ws, {COL_DUTY, COL_KIND, COL_VERDICT})
            if found is not None:
                duty_sheets += 1
                _read_duty_sheet(ws, *found, review, seen)
                continue
            found = _header(ws, {COL_PATH, COL_ROLE_FIX, COL_SENDER_FIX})
            if found is not None:
                _read_file_sheet(ws, *found, review)
                continue
            found = _header(ws, {COL_TARGET, COL_TARGET_KEY, COL_VERDICT})
            if found is not None:
                _read_target_sheet(ws, *found, review)
    finally:
        wb.close()  # a streamed workbook holds its file open until closed
    if not duty_sheets:
        raise ReviewError(f"Bảng tính {Path(path).name} không có trang \"Nhiệm vụ\" với cột \"{COL_VERDICT}\" "
                          "(không phải bảng do chương trình ghi ra, hoặc đã bị sửa cấu trúc).")
    return review


def _get(row, cols: dict[str, int], name: str) -> str:
    i = cols.get(_key(name))
    return _cell(row[i]) if i is not None and i < len(row) else ""


def _read_duty_sheet(ws, header_row: int, cols: dict[str, int], review: Review, seen: set) -> None:
    kinds = {_key(v): k for k, v in KIND_VI.items()} | {"plan": "plan", "report": "report"}
    for n, row in enumerate(ws.iter_rows(min_row=header_row + 1, values_only=True), start=header_row + 1):
        raw, note = _get(row, cols, COL_VERDICT), _get(row, cols, COL_NOTE)
        if not raw and not note:
            continue
        duty_id = _get(row, cols, COL_DUTY)
        kind = kinds.get(_key(_get(row, cols, COL_KIND)))
        if not duty_id or kind is None:
            review.warnings.append(f"Trang \"{ws.title}\", dòng {n}: có kết luận nhưng thiếu mã nhiệm vụ hoặc loại "
                                   "văn bản; không dùng được.")
            continue
        flag = _get(row, cols, COL_FLAG)
        flagged = bool(flag) and _key(flag) != _key(CONFIRMED)
        current, basis = _get(row, cols, COL_CURRENT), _get(row, cols, COL_BASIS)
        fix = VerdictFix(duty_id=duty_id, body_id=_get(row, cols, COL_BODY_ID), body=_get(row, cols, COL_BODY),
                         kind=kind, basis=(basis if flagged and basis else current) or None, raw=raw, note=note,
                         sheet=ws.title)
        if raw and fix.verdict is None:
            review.warnings.append(f"Trang \"{ws.title}\", dòng {n}: kết luận \"{raw}\" không thuộc danh sách "
                                   f"({', '.join(STATUS_VI.values())}); được giữ lại nhưng không áp dụng.")
        key = (fix.duty_id, fix.body_id or _key(fix.body), fix.kind)
        if key in seen:
            continue  # the same row twice (copied by hand): the first one counts
        seen.add(key)
        review.verdicts.append(fix)


def _read_file_sheet(ws, header_row: int, cols: dict[str, int], review: Review) -> None:
    for row in ws.iter_rows(min_row=header_row + 1, values_only=True):
        role, sender, note = (_get(row, cols, COL_ROLE_FIX), _get(row, cols, COL_SENDER_FIX),
                              _get(row, cols, COL_FILE_NOTE))
        if not (role or sender or note):
            continue
        review.files.append(FileFix(sha256=_get(row, cols, COL_SHA), file=_get(row, cols, COL_PATH),
                                    raw_role=role, raw_sender=sender, note=note))


def _read_target_sheet(ws, header_row: int, cols: dict[str, int], review: Review) -> None:
    for n, row in enumerate(ws.iter_rows(min_row=header_row + 1, values_only=True), start=header_row + 1):
        raw, note = _get(row, cols, COL_VERDICT), _get(row, cols, COL_NOTE)
        if not raw and not note:
            continue
        fix = TargetFix(key=_get(row, cols, COL_TARGET_KEY), target_id=_get(row, cols, COL_TARGET), raw=raw, note=note)
        if raw and fix.judgement is None:
            review.warnings.append(f"Trang \"{ws.title}\", dòng {n}: kết luận \"{raw}\" không thuộc danh sách "
                                   f"({', '.join(JUDGEMENT_VI.values())}); được giữ lại nhưng không áp dụng.")
        review.targets.append(fix)


def apply_target_fixes(verdicts, review: Review | None) -> list[TargetFix]:
    """The clerk's judgements of targets, on the targets they were made for (by the key of the
    target's passage and figure); returns those whose target the plan no longer has."""
    if review is None or not review.targets:
        return []
    by_key = {target_key(v.target): v for v in verdicts}
    orphans = []
    for fix in review.targets:
        v = by_key.get(fix.key)
        if v is None:
            orphans.append(fix)
            review.warnings.append(f"Chỉ tiêu {fix.target_id or fix.key} không còn trong kế hoạch; kết luận của cán bộ "
                                   "cho chỉ tiêu này được giữ trong bảng tính cũ nhưng không áp dụng.")
            continue
        v.clerk, v.note = fix.raw, fix.note
        if fix.judgement is not None:
            v.judgement = fix.judgement
    return orphans


# ---------------------------------------------------------------------------
# writing them (the web page writes where the clerk would: into the spreadsheet)


def write_verdict(path: Path, duty_id: str, body_id: str, kind: str, verdict: str | None = None,
                  note: str | None = None, confirm: bool = False) -> bool:
    """Put a clerk's verdict (a status, or "" to clear it), note, or confirmation of a flagged
    row into the duty sheet of ``path``, on the row of that duty, holder and kind. The next
    run reads it back like any correction made in the spreadsheet. False when no row matches."""
    changes: dict[str, object] = {}
    if verdict is not None:
        changes[COL_VERDICT] = STATUS_VI[verdict] if verdict else None
    if note is not None:
        changes[COL_NOTE] = note or None
    if confirm:
        changes[COL_FLAG] = CONFIRMED
    kind_label = _key(KIND_VI.get(kind, kind))
    return _edit_row(path, {COL_DUTY, COL_KIND, COL_VERDICT, COL_BODY_ID}, changes,
                     lambda get: (get(COL_DUTY), get(COL_BODY_ID), _key(get(COL_KIND))) == (duty_id, body_id, kind_label))


def write_file_fix(path: Path, sha256: str, role: str | None = None, sender: str | None = None,
                   note: str | None = None) -> bool:
    """Put a clerk's role (unit_plan, report, other, or "" to clear), sender (a holder's name,
    NO_SENDER, or "") or note on a file's row of the file sheet of ``path``."""
    changes: dict[str, object] = {}
    if role is not None:
        changes[COL_ROLE_FIX] = ROLE_VI[role] if role else None
    if sender is not None:
        changes[COL_SENDER_FIX] = sender or None
    if note is not None:
        changes[COL_FILE_NOTE] = note or None
    return _edit_row(path, {COL_PATH, COL_ROLE_FIX, COL_SENDER_FIX, COL_SHA}, changes,
                     lambda get: get(COL_SHA) == sha256)


def _edit_row(path: Path, wanted: set[str], changes: dict[str, object], match) -> bool:
    """Set ``changes`` (column -> value) on the row that ``match`` (given a cell getter by
    column name) picks, in the first sheet that has the ``wanted`` columns (the clerk's);
    the file is saved whole or not at all. False when no row matches."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    for ws in wb.worksheets:
        head = _header(ws, wanted)
        if head is None:
            continue
        row_no, cols = head
        for r in range(row_no + 1, ws.max_row + 1):
            def get(col, r=r):
                return _cell(ws.cell(r, cols[_key(col)] + 1).value)

            if not match(get):
                continue
            for col, value in changes.items():
                if _key(col) in cols:
                    ws.cell(r, cols[_key(col)] + 1).value = value
            _save_atomically(wb, path)
            return True
        return False
    return False


def _save_atomically(wb, path: Path) -> None:
    import os
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{Path(path).name}.", dir=Path(path).parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


# ---------------------------------------------------------------------------
# applying them


def apply_file_fixes(files, review: Review | None, holders) -> int:
    """Set the role and sender the clerk chose on each file they corrected (keyed by sha256, or by
    the file's path when the key column was deleted). Returns how many files changed."""
    if review is None or not review.files:
        return 0
    from rapidfuzz import fuzz

    by_sha = {f.sha256: f for f in review.files if f.sha256}
    by_path = {f.file: f for f in review.files if not f.sha256}
    names = {}
    for h in holders:
        for name in [h.name, *h.aliases]:
            names.setdefault(_key(name), h)
    changed = 0
    used = set()
    for fr in files:
        fix = by_sha.get(fr.sha256) or by_path.get(fr.rel)
        if fix is None:
            continue
        used.add(id(fix))
        fr.auto_role, fr.auto_holder = fr.role, fr.holder
        fr.clerk_fix = fix
        if not (fix.raw_role or fix.raw_sender):
            continue
        if fr.status not in ("ok", "unrecognized", "duplicate") or fr.doc is None:
            review.warnings.append(f"Tệp {fr.rel}: không đọc được nên không áp dụng loại hoặc đơn vị gửi do cán bộ "
                                   "chọn.")
            continue
        what = []
        if fix.raw_role:
            role = fix.role
            if role is None:
                review.warnings.append(f"Tệp {fr.rel}: loại \"{fix.raw_role}\" không thuộc danh sách; không áp dụng.")
            else:
                fr.role = Role(role)
                what.append(f"loại: {ROLE_VI[role]}")
        if fix.raw_sender:
            if _key(fix.raw_sender) == _key(NO_SENDER):
                fr.holder = None
                what.append("đơn vị gửi: không xác định")
            else:
                holder = names.get(_key(fix.raw_sender))
                if holder is None:
                    best = max(holders, key=lambda h: fuzz.ratio(_key(h.name), _key(fix.raw_sender)), default=None)
                    if best is not None and fuzz.ratio(_key(best.name), _key(fix.raw_sender)) >= 90:
                        holder = best
                if holder is None:
                    review.warnings.append(f"Tệp {fr.rel}: đơn vị \"{fix.raw_sender}\" không có trong danh sách "
                                           "đơn vị của kế hoạch; không áp dụng.")
                else:
                    fr.holder = holder
                    what.append(f"đơn vị gửi: {holder.name}")
        if what:
            fr.reviewed = True
            if fr.status == "unrecognized" and fr.role in ("unit_plan", "report"):
                fr.status = "ok"
            fr.message = "Cán bộ đã sửa (" + "; ".join(what) + ")."
            changed += 1
    for fix in review.files:
        if id(fix) not in used and (fix.raw_role or fix.raw_sender or fix.note):
            review.warnings.append(f"Tệp {fix.file} không còn trong thư mục văn bản đến; sửa đổi của cán bộ "
                                   "cho tệp này không còn dùng.")
    return changed


def apply_verdicts(coverage: list[CoverageRow], review: Review | None) -> list[VerdictFix]:
    """Put the clerk's verdicts on the coverage rows: ``status`` becomes the final verdict,
    ``auto_status`` keeps the program's. Returns the corrections that no longer match any row
    (the plan dropped the duty), which are kept for the next run."""
    for row in coverage:
        row.auto_status, row.reviewed, row.clerk_status, row.note, row.review_flag = row.status, "no", "", "", ""
        row.basis = row.current_basis = basis_of(row.evidence_sha256, row.duty_text)
    if review is None or not review.verdicts:
        return []
    index = {}
    for r in coverage:
        index[(r.duty_id, r.body_id, r.kind)] = r
        index.setdefault((r.duty_id, _key(r.body), r.kind), r)
    by_text = {}
    for r in coverage:
        by_text.setdefault((r.current_basis.split(":")[-1], r.body_id, r.kind), []).append(r)
    orphans = []
    taken = set()
    for fix in review.verdicts:
        row = index.get((fix.duty_id, fix.body_id, fix.kind)) or index.get((fix.duty_id, _key(fix.body), fix.kind))
        if row is None and fix.basis:
            # the plan renumbered its duties: the same text for the same holder is the same duty
            same = [r for r in by_text.get((fix.basis.split(":")[-1], fix.body_id, fix.kind), [])
                    if id(r) not in taken]
            row = same[0] if len(same) == 1 else None
        if row is None or id(row) in taken:
            orphans.append(fix)
            continue
        taken.add(id(row))
        row.clerk_status, row.note = fix.raw, fix.note
        if fix.verdict is None:
            continue  # a note alone, or a verdict that is not one of the four
        basis = fix.basis or row.current_basis
        row.basis = basis
        if basis != row.current_basis:
            row.review_flag = _why(basis, row.current_basis)
            continue
        row.status, row.reviewed = Status(fix.verdict), "yes"
        row.check_first = "no"  # the clerk has looked
    return orphans


def _why(old: str, new: str) -> str:
    old_sha, _, old_duty = old.partition(":")
    new_sha, _, new_duty = new.partition(":")
    reasons = []
    if old_duty != new_duty:
        reasons.append("nội dung nhiệm vụ trong kế hoạch đã thay đổi")
    if old_sha != new_sha:
        if not old_sha:
            reasons.append("đơn vị đã gửi văn bản sau khi cán bộ kết luận")
        elif not new_sha:
            reasons.append("văn bản cán bộ đã xem không còn được tính")
        else:
            reasons.append("đơn vị đã gửi bản mới")
    return f"{FLAG}: " + ", ".join(reasons or ["căn cứ đã thay đổi"]) + f". Chọn \"{CONFIRMED}\" sau khi xem lại."


def counts(coverage: list[CoverageRow], files, orphans: list, review: Review | None, error: str | None = None,
           written_to: str | None = None) -> dict:
    """What summary.json says of the review: how far the clerk corrected the program."""
    reviewed = [r for r in coverage if r.reviewed == "yes"]
    corrected = [r for r in reviewed if r.status != r.auto_status]
    return {
        "source": review.source if review else None,
        "verdicts_reviewed": len(reviewed),
        "verdicts_corrected": len(corrected),
        "verdicts_confirmed": len(reviewed) - len(corrected),
        "needs_review": sum(1 for r in coverage if r.review_flag),
        "orphaned": len(orphans),
        "notes": sum(1 for r in coverage if r.note),
        "files_corrected": sum(1 for f in files if getattr(f, "reviewed", False)),
        "automatic_agreement": round(1 - len(corrected) / len(reviewed), 3) if reviewed else None,
        "warnings": list(review.warnings) if review else [],
        "error": error,
        "written_to": written_to,
    }
