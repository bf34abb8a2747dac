"""coverage.xlsx: the clerk's workbook. One function a sheet over one ``_Book`` that knows
how a sheet of this workbook looks (fonts, wrapped text, widths, row heights, print setup,
filters, the drop-down lists of the columns the clerk fills)."""

from __future__ import annotations

import io
from collections import Counter

from . import review as rv
from .review import KIND_VI, STATUS_VI
from .runmodel import JUDGEMENT_VI, Run, target_key

ROLE_VI = {**rv.ROLE_VI, "": ""}
FILE_STATUS_VI = {"ok": "Đọc được", "duplicate": "Trùng lặp", "error": "Lỗi", "unrecognized": "Không thuộc kế hoạch"}
YES_NO_VI = {"yes": "Đúng hạn", "no": "Trễ hạn", "": ""}
FILL = {"covered": "C6EFCE", "partial": "FFEB9C", "missing": "FFC7CE", "not_submitted": "D9D9D9"}


def _holder_summary(run: Run, tables) -> list[dict]:
    subs = {(s["body_id"], s["kind"]): s for s in tables["submissions.csv"][0]}
    rows = []
    ids = []
    for s in run.submissions:
        if s.holder.body_id not in ids:
            ids.append(s.holder.body_id)
    for body_id in ids:
        h = next(x for x in run.holders if x.body_id == body_id)
        cov = [r for r in run.coverage if r.body_id == body_id]
        row = {"Đơn vị": h.name}
        if h.member_of:
            row["Thuộc nhóm"] = "; ".join(next((x.name for x in run.holders if x.body_id == g), g)
                                          for g in [h.member_of, *h.groups])
        else:
            row["Thuộc nhóm"] = ""
        for kind in ("plan", "report"):
            s = subs.get((body_id, kind))
            label = KIND_VI[kind]
            row[f"{label}: đã nhận"] = ("Có" if s["status"] == "received" else "Chưa") if s else (
                "Không yêu cầu" if kind not in h.expected else "")
            row[f"{label}: ngày"] = s["date"] if s else ""
            row[f"{label}: hạn"] = YES_NO_VI.get(s["on_time"], "") if s else ""
        for kind in ("plan", "report"):
            counts = Counter(r.status for r in cov if r.kind == kind)
            for st in ("covered", "partial", "missing"):
                row[f"{KIND_VI[kind]}: {STATUS_VI[st].lower()}"] = counts.get(st, 0)
        row[CORRECTED] = sum(1 for r in cov if r.reviewed == "yes" and r.status != r.auto_status)
        row[FLAGGED] = sum(1 for r in cov if r.review_flag)
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




class _Book:
    """The workbook being written, and how its sheets look."""

    def __init__(self):
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font, PatternFill

        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.font = Font(name="Times New Roman", size=12)
        self.bold = Font(name="Times New Roman", size=12, bold=True)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.clerk_fill = PatternFill("solid", fgColor="FFF2CC")  # the columns the clerk fills
        self.flag_fill = PatternFill("solid", fgColor="F4B084")

    def sheet(self, title: str, rows: list[dict], widths: dict[str, int], status_col: str | None = None,
              columns: list[str] | None = None, hidden: tuple[str, ...] = ()):
        from openpyxl.styles import Alignment, PatternFill
        from openpyxl.utils import get_column_letter

        ws = self.wb.create_sheet(title)
        columns = columns or (list(rows[0].keys()) if rows else list(widths))
        ws.append(columns)
        for row in rows:
            ws.append([row.get(c, "") for c in columns])
        for cell in ws[1]:
            cell.font = self.bold
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
        for r in ws.iter_rows(min_row=2):
            for cell in r:
                cell.font = self.font
                cell.alignment = self.wrap
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
        _row_heights(ws, columns, widths, hidden)
        _page_setup(ws, columns)
        return ws, columns

    def dropdown(self, ws, columns: list[str], column: str, formula: str, prompt: str, strict: bool = True) -> None:
        """A drop-down list on a column the clerk fills, with the header shaded and explained."""
        from openpyxl.comments import Comment
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.datavalidation import DataValidation

        col = get_column_letter(columns.index(column) + 1)
        last = max(ws.max_row, 2)
        dv = DataValidation(type="list", formula1=formula, allow_blank=True, showDropDown=False,
                            showErrorMessage=strict, errorTitle="Giá trị không hợp lệ",
                            error="Hãy chọn một giá trị trong danh sách.", showInputMessage=True,
                            promptTitle=column[:32], prompt=prompt[:255])
        ws.add_data_validation(dv)
        dv.add(f"{col}2:{col}{last}")
        head = ws[f"{col}1"]
        head.fill = self.clerk_fill
        head.comment = Comment(prompt, "rasoat")

    def bytes(self) -> bytes:
        buf = io.BytesIO()
        self.wb.save(buf)
        return buf.getvalue()


def _row_heights(ws, columns: list[str], widths: dict[str, int], hidden: tuple[str, ...]) -> None:
    """Row heights for wrapped text (Excel and LibreOffice do not always grow them on open)."""
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


def _page_setup(ws, columns: list[str]) -> None:
    from openpyxl.utils import get_column_letter

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.freeze_panes = "A2"
    if ws.max_row >= 1 and columns:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{ws.max_row}"


def _inline(values) -> str:
    return '"' + ",".join(values) + '"'


def xlsx_bytes(run: Run, tables) -> bytes:
    book = _Book()
    _summary_sheet(book, run, tables)
    _duty_sheets(book, run)
    _received_sheets(book, run, tables)
    _target_sheet(book, run)
    _file_sheets(book, run, tables)
    _register_and_guide(book, tables)
    wb = book.wb
    wb.move_sheet(LISTS, offset=len(wb.sheetnames) - 1 - wb.sheetnames.index(LISTS))  # last, out of the way
    return book.bytes()


def _summary_sheet(book: _Book, run: Run, tables) -> None:
    from openpyxl.styles import PatternFill

    summary_rows = _holder_summary(run, tables)
    ws, _ = book.sheet("Tổng hợp", summary_rows, {"Đơn vị": 42, "Thuộc nhóm": 30, **{
        k: 11 for row in summary_rows[:1] for k in row if k not in ("Đơn vị", "Thuộc nhóm")}})
    for r in range(2, ws.max_row + 1):
        total = ws.cell(r, 1).value == "Tổng cộng" and r == ws.max_row
        for c in range(1, ws.max_column + 1):
            head = ws.cell(1, c).value or ""
            cell = ws.cell(r, c)
            if total:
                cell.font = book.bold
            elif head.endswith("đã nhận") and cell.value in ("Có", "Chưa"):
                cell.fill = PatternFill("solid", fgColor="C6EFCE" if cell.value == "Có" else "FFC7CE")
            elif head.endswith(": hạn") and cell.value == "Trễ hạn":
                cell.fill = PatternFill("solid", fgColor="FFEB9C")
            elif head == FLAGGED and cell.value:
                cell.fill = book.flag_fill


CHECK_FIRST = "Nên kiểm tra"
PARTS_MISSING = "Phần chưa đề cập"
DUTY_COLUMNS = ["Mã nhiệm vụ", "Đơn vị", "Văn bản", "Kết quả", CHECK_FIRST, rv.COL_VERDICT, rv.COL_NOTE, rv.COL_FLAG,
                "Kết quả tự động", "Điểm", "Nhiệm vụ được giao", PARTS_MISSING, "Đoạn văn bản tương ứng", "Mục",
                "Tệp", rv.COL_BODY_ID, rv.COL_CURRENT, rv.COL_BASIS]
DUTY_WIDTHS = {"Mã nhiệm vụ": 11, "Đơn vị": 28, "Văn bản": 10, "Kết quả": 16, CHECK_FIRST: 10, PARTS_MISSING: 30,
               rv.COL_VERDICT: 16,
               rv.COL_NOTE: 24, rv.COL_FLAG: 22, "Kết quả tự động": 14, "Điểm": 7, "Nhiệm vụ được giao": 60,
               "Đoạn văn bản tương ứng": 60, "Mục": 8, "Tệp": 30}
DUTY_HIDDEN = (rv.COL_BODY_ID, rv.COL_CURRENT, rv.COL_BASIS)


def _parts_missing(r) -> str:
    """The duty's parts not taken up, and the unit's own words where it says it has not done one."""
    said = f"Đơn vị nêu chưa thực hiện: {r.said_not_done}" if r.said_not_done else ""
    return "\n".join(x for x in (r.parts_missing, said) if x)


def _duty_sheets(book: _Book, run: Run) -> None:
    """The duty sheet, and the corrections whose duty the plan no longer has (kept for later runs)."""
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    cov_rows = [{
        "Mã nhiệm vụ": r.duty_id, "Đơn vị": r.body, "Văn bản": KIND_VI[r.kind],
        "Kết quả": STATUS_VI[r.status], CHECK_FIRST: "Có" if r.check_first == "yes" else "",
        PARTS_MISSING: _parts_missing(r), rv.COL_VERDICT: r.clerk_status, rv.COL_NOTE: r.note,
        rv.COL_FLAG: r.review_flag, "Kết quả tự động": STATUS_VI[r.auto_status],
        "Điểm": r.score, "Nhiệm vụ được giao": r.duty_text,
        "Đoạn văn bản tương ứng": r.evidence_text, "Mục": r.evidence_section, "Tệp": r.evidence_file,
        rv.COL_BODY_ID: r.body_id, rv.COL_CURRENT: r.current_basis, rv.COL_BASIS: r.basis,
    } for r in run.coverage]
    verdict_help = ("Chọn kết luận của cán bộ nếu kết quả tự động chưa đúng; để trống nếu đồng ý. "
                    "Chương trình giữ kết luận này ở các lần chạy sau.")
    flag_help = (f"Kết luận của cán bộ có căn cứ đã thay đổi (văn bản mới, nhiệm vụ bị sửa). Sau khi xem lại, chọn "
                 f"\"{rv.CONFIRMED}\" hoặc xóa ô.")
    ws, cols = book.sheet("Nhiệm vụ", cov_rows, DUTY_WIDTHS, status_col="Kết quả", columns=DUTY_COLUMNS,
                          hidden=DUTY_HIDDEN)
    book.dropdown(ws, cols, rv.COL_VERDICT, _inline(STATUS_VI.values()), verdict_help)
    book.dropdown(ws, cols, rv.COL_FLAG, _inline([rv.CONFIRMED]), flag_help, strict=False)
    vcol, fcol, ncol = (cols.index(c) + 1 for c in (rv.COL_VERDICT, rv.COL_FLAG, rv.COL_NOTE))
    ws.cell(1, ncol).fill = book.clerk_fill
    ws.cell(1, ncol).comment = Comment("Ghi chú của cán bộ (được giữ ở các lần chạy sau).", "rasoat")
    for i, r in enumerate(run.coverage, start=2):
        if r.review_flag:
            ws.cell(i, fcol).fill = book.flag_fill
        elif r.reviewed == "yes":
            ws.cell(i, vcol).fill = PatternFill("solid", fgColor="BDD7EE")
    # the verdicts worth a look first, least sure first (a view of their own; corrections go in "Nhiệm vụ")
    clerk_columns = (rv.COL_VERDICT, rv.COL_NOTE, rv.COL_FLAG)
    marked = sorted(((r.confidence, i) for i, r in enumerate(run.coverage) if r.check_first == "yes"))
    book.sheet(CHECK_FIRST, [{k: v for k, v in cov_rows[i].items() if k not in clerk_columns} for _, i in marked],
               DUTY_WIDTHS, status_col="Kết quả", columns=[c for c in DUTY_COLUMNS if c not in clerk_columns],
               hidden=DUTY_HIDDEN)
    if run.orphan_fixes:
        old_rows = [{"Mã nhiệm vụ": f.duty_id, "Đơn vị": f.body, "Văn bản": KIND_VI[f.kind], "Kết quả": "",
                     rv.COL_VERDICT: f.raw, rv.COL_NOTE: f.note,
                     rv.COL_FLAG: f"{rv.FLAG}: kế hoạch không còn nhiệm vụ này.", rv.COL_BODY_ID: f.body_id,
                     rv.COL_CURRENT: "", rv.COL_BASIS: f.basis or ""} for f in run.orphan_fixes]
        book.sheet("Kết luận không còn khớp", old_rows, DUTY_WIDTHS, columns=DUTY_COLUMNS, hidden=DUTY_HIDDEN)


def _received_sheets(book: _Book, run: Run, tables) -> None:
    """The documents received, and the activities units added of their own."""
    sub_rows = [{
        "Đơn vị": s["body"], "Loại": KIND_VI[s["kind"]], "Tình trạng": "Đã nhận" if s["status"] == "received" else "Chưa nhận",
        "Tệp": s["file"], "Số": s["number"], "Ngày": s["date"], "Hạn": s["due"], "Đúng hạn": YES_NO_VI[s["on_time"]],
        "Bản khác đã nhận": s["other_files"],
    } for s in tables["submissions.csv"][0]]
    book.sheet("Văn bản nhận", sub_rows, {"Đơn vị": 40, "Tệp": 34, "Bản khác đã nhận": 30})
    orphan_rows = [{"Đơn vị": t.body_id, "Văn bản": KIND_VI[t.kind], "Hoạt động": t.text, "Mục": t.section,
                    "Thời gian": t.when, "Tệp": t.file} for t in run.tasks if not t.duty_id]
    book.sheet("Hoạt động ngoài nhiệm vụ", orphan_rows, {"Đơn vị": 30, "Hoạt động": 70, "Tệp": 34})


COMPARATOR_VI = {">=": "ít nhất", ">": "trên", "<=": "không quá", "<": "dưới", "=": "bằng", "reduce_by": "giảm",
                 "increase_by": "tăng"}


def vi_number(value: float) -> str:
    """A figure as a Vietnamese reader writes it: 1.512,6; 2.500; 0,09."""
    whole, _, frac = (f"{value:.6f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))).partition(".")
    whole = f"{int(whole):,}".replace(",", ".")
    return f"{whole},{frac}" if frac else whole


def _figures_cell(results) -> str:
    """The figures of a target, a unit's figures of one file with one reason together ("Trung tâm
    Y tế huyện Mộc Hóa: 97,4 % (Xã A), 95,2 % (Xã B) (không tính: …) [file]")."""
    groups: list[tuple[tuple, list]] = []
    for r in results:
        key = (r.body, r.file, r.counts, r.why)
        if groups and groups[-1][0] == key:
            groups[-1][1].append(r)
        else:
            groups.append((key, [r]))
    parts = []
    for (body, file, counts, why), rs in groups:
        values = ", ".join(f"{vi_number(r.value)} {r.unit}" + (f" ({r.place})" if r.place else "") for r in rs)
        parts.append(f"{body}: {values}" + ("" if counts or not why else f" (không tính: {why})") + f" [{file}]")
    return "; ".join(parts)


def _target_sheet(book: _Book, run: Run) -> None:
    """"Chỉ tiêu": each target of the plan, the figures the reports give for it (by unit, with
    their file) and whether it was reached."""
    names = {h.body_id: h.name for h in run.holders}
    rows = []
    for v in run.targets:
        t = v.target
        figures = _figures_cell(v.results)
        rows.append({rv.COL_TARGET: t.id, "Chỉ tiêu": t.indicator, "Mức": f"{COMPARATOR_VI.get(t.comparator, t.comparator)} "
                     f"{vi_number(t.value)} {t.unit}", "Đơn vị chịu trách nhiệm": t.body or "Toàn địa bàn",
                     "Thời hạn": t.deadline or "", "Số liệu báo cáo": figures,
                     "Chưa báo cáo": ", ".join(names.get(b, b) for b in v.not_reported_by),
                     "Kết luận": JUDGEMENT_VI.get(v.auto, v.auto), rv.COL_VERDICT: v.clerk, rv.COL_NOTE: v.note,
                     "Đoạn kế hoạch": t.text, rv.COL_TARGET_KEY: target_key(t)})
    if rows:
        ws, cols = book.sheet("Chỉ tiêu", rows, {"Chỉ tiêu": 50, "Mức": 16, "Đơn vị chịu trách nhiệm": 30,
                                                 "Số liệu báo cáo": 60, "Chưa báo cáo": 30, "Kết luận": 14,
                                                 rv.COL_VERDICT: 16, rv.COL_NOTE: 24, "Đoạn kế hoạch": 60},
                              hidden=(rv.COL_TARGET_KEY,))
        book.dropdown(ws, cols, rv.COL_VERDICT, _inline(JUDGEMENT_VI[k] for k in JUDGEMENT_VI if k),
                      "Nếu kết luận tự động chưa đúng, chọn kết luận của cán bộ; chương trình giữ lại ở các lần chạy sau.")


FILE_WIDTHS = {"Tệp": 34, "Thông báo": 60, "Cơ quan ban hành": 30, "Đơn vị": 30, rv.COL_ROLE_FIX: 18,
               rv.COL_SENDER_FIX: 30, rv.COL_FILE_NOTE: 24}
FILE_COLUMNS = ["Tệp", "Tình trạng", "Loại", "Số", "Cơ quan ban hành", "Ngày", "Ngày nhận", "Đơn vị",
                "Dẫn kế hoạch chung", "Thông báo", rv.COL_ROLE_FIX, rv.COL_SENDER_FIX, rv.COL_FILE_NOTE, rv.COL_SHA]
CLERK_FILE_COLUMNS = (rv.COL_ROLE_FIX, rv.COL_SENDER_FIX, rv.COL_FILE_NOTE, rv.COL_SHA)


def _file_sheets(book: _Book, run: Run, tables) -> None:
    """The files with a problem or a message, and every file (where the clerk corrects a role or sender)."""
    from openpyxl.utils import quote_sheetname

    by_rel = {fr.rel: fr for fr in run.files}
    file_rows = []
    for f in tables["files.csv"][0]:
        fr = by_rel.get(f["file"])
        fix = fr.clerk_fix if fr is not None else None
        file_rows.append({
            "Tệp": f["file"], "Tình trạng": FILE_STATUS_VI[f["status"]], "Loại": ROLE_VI.get(f["role"], f["role"]),
            "Số": f["number"], "Cơ quan ban hành": f["issuer"], "Ngày": f["date"], "Ngày nhận": f["received"],
            "Đơn vị": f["body"], "Dẫn kế hoạch chung": "Có" if f["cites_plan"] == "yes" else "Không",
            "Thông báo": f["message"], rv.COL_ROLE_FIX: fix.raw_role if fix else "",
            rv.COL_SENDER_FIX: fix.raw_sender if fix else "", rv.COL_FILE_NOTE: fix.note if fix else "",
            rv.COL_SHA: f["sha256"],
        })
    book.sheet("Tệp có vấn đề", [{k: v for k, v in r.items() if k not in CLERK_FILE_COLUMNS}
                                 for r, f in zip(file_rows, tables["files.csv"][0]) if f["status"] != "ok" or f["message"]],
               FILE_WIDTHS, columns=FILE_COLUMNS[:10])
    ws, cols = book.sheet("Tất cả tệp", file_rows, FILE_WIDTHS, columns=FILE_COLUMNS, hidden=(rv.COL_SHA,))
    book.dropdown(ws, cols, rv.COL_ROLE_FIX, _inline(rv.ROLE_VI.values()),
                  "Chọn loại văn bản đúng nếu chương trình xếp sai; để trống nếu đồng ý.")
    names = [rv.NO_SENDER] + sorted({h.name for h in run.holders}, key=lambda n: n.lower())
    lists = book.wb.create_sheet(LISTS)
    lists.append(["Đơn vị"])
    for name in names:
        lists.append([name])
    lists.sheet_state = "hidden"
    book.dropdown(ws, cols, rv.COL_SENDER_FIX, f"{quote_sheetname(LISTS)}!$A$2:$A${len(names) + 1}",
                  "Chọn đơn vị gửi đúng nếu chương trình nhận sai; để trống nếu đồng ý.")
    ws.cell(1, cols.index(rv.COL_FILE_NOTE) + 1).fill = book.clerk_fill


def _register_and_guide(book: _Book, tables) -> None:
    """The plan's duty register, and how to write corrections into this workbook."""
    from openpyxl.styles import Alignment

    duty_rows = [{"Mã": d["duty_id"], "Mục": d["section"], "Đơn vị": d["body"],
                  "Vai trò": {"lead": "Chủ trì", "support": "Phối hợp", "requested": "Đề nghị"}[d["role"]],
                  "Nhiệm vụ": d["text"], "Thời hạn": d["deadline"], "Phối hợp với": d["collaborators"]}
                 for d in tables["duties.csv"][0]]
    book.sheet("Danh mục nhiệm vụ", duty_rows, {"Đơn vị": 34, "Nhiệm vụ": 80, "Phối hợp với": 30})
    guide = book.wb.create_sheet("Hướng dẫn")
    guide.column_dimensions["A"].width = 120
    for line in GUIDE:
        guide.append([line])
    for row in guide.iter_rows():
        for cell in row:
            cell.font = book.font
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    guide["A1"].font = book.bold
