"""Build corpus/forty-first (UBND tỉnh Hưng Yên, Kế hoạch 78/KH-UBND ngày 15/4/2025 on the
Chương trình hành động quốc gia về người cao tuổi năm 2025: the master plan is the Phụ lục
"Danh mục nhiệm vụ" sent as an .xlsx workbook, and the replies of the leads).

Everything generic is corpus/render.py's (render.yaml names the renderers); fixed_pdf is
corpus/twenty-fifth's, loaded by path. New here:
  plan_xlsx  the Danh mục workbook: sheet 1 a header block in merged cells (issuer | Quốc hiệu;
             Số | place and date), the title merged across, ONE bordered table (STT | Nhiệm vụ |
             Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm) with group
             rows merged across, then Nơi nhận | signature; sheet 2 "Huong dan" (how to report)
  xls_report render.py's xlsx "biểu mẫu" report, saved as .xls by LibreOffice
Run:  /work/main/.venv/bin/python corpus/forty-first/build.py
"""
import os
import shutil
import sys
import tempfile
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def plan_xlsx(src, out, time=None, creator="SYT-BTXH", modified_stamp="2025-04-15T09:30:00Z", **_):
    import yaml
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    with open(src, encoding="utf-8") as fh:
        d = yaml.safe_load(fh)
    wb = Workbook()
    ws = wb.active
    ws.title = d["sheet"]
    ncol = len(d["columns"])
    last = get_column_letter(ncol)
    for i, w in enumerate(d["widths"]):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    center, left = R.xl_align(), R.xl_align("left", "top")
    box = R.xl_grid(None)
    r = 1
    for n, (lt, rt) in enumerate(d["header"]):
        # issuer in A:B, Quốc hiệu in D:F (the usual two blocks of a workbook's header)
        if lt:
            R.xl_put(ws, f"A{r}:B{r}", lt, R.xl_font(13, n == 0 and not lt.startswith("Số"), False), center)
        R.xl_put(ws, f"C{r}:{last}{r}", rt, R.xl_font(12 if n == 0 else 13, n < 2, n == 2), center)
        r += 1
    r += 1
    for n, line in enumerate(d["title"]):
        R.xl_put(ws, f"A{r}:{last}{r}", line, R.xl_font(14 if n < 2 else 13, n < 2, n == 2), center)
        if n == 1:
            ws.row_dimensions[r].height = 40
        r += 1
    r += 1
    for i, h in enumerate(d["columns"]):
        R.xl_put(ws, ws.cell(row=r, column=i + 1).coordinate, h, R.xl_font(12, True), center, box)
    ws.row_dimensions[r].height = 32
    ws.print_title_rows = f"{r}:{r}"
    r += 1
    for row in d["rows"]:
        if isinstance(row, dict):
            R.xl_put(ws, f"A{r}:{last}{r}", row["group"], R.xl_font(12, True), R.xl_align("left", "center"))
            for k in range(1, ncol + 1):
                ws.cell(row=r, column=k).border = box
            ws.row_dimensions[r].height = 20
        else:
            for i, v in enumerate(row):
                R.xl_put(ws, ws.cell(row=r, column=i + 1).coordinate, v, R.xl_font(12),
                         center if i in (0, 4) else left, box)
            ws.row_dimensions[r].height = 16 * max(2, len(row[1]) // 52 + 1)
        r += 1
    r += 1
    top = r
    for n, line in enumerate(d["noi_nhan"]):
        R.xl_put(ws, f"A{r}:B{r}", line, R.xl_font(12 if n == 0 else 11, n == 0, n == 0),
                 R.xl_align("left", "top", None))
        r += 1
    r = top
    for n, line in enumerate(d["sign"]):
        R.xl_put(ws, f"D{r}:{last}{r}", line or None,
                 R.xl_font(13, n in (0, len(d["sign"]) - 1) or n < 3, False), center)
        r += 1
    R.xl_landscape(ws)
    g = wb.create_sheet(d["guide_sheet"])
    g.column_dimensions["A"].width = 120
    for n, line in enumerate(d["guide"]):
        c = g.cell(row=n + 1, column=1, value=line)
        c.font = R.xl_font(13, n == 0, n == 1)
        c.alignment = R.xl_align("center" if n < 2 else "left", "top")
        if n >= 2:
            g.row_dimensions[n + 1].height = 17 * (len(line) // 100 + 1)
    created = time or datetime(2025, 4, 15)
    R.save_workbook(wb, out, creator, created, modified_stamp, title="Danh muc nhiem vu KH 78")


def xls_report(src, out, time=None, creator="UBND", modified_stamp="2025-01-01T00:00:00Z", profile=None, **_):
    tmp = tempfile.mkdtemp(prefix="render-41-")
    try:
        x = os.path.join(tmp, os.path.splitext(os.path.basename(out))[0] + ".xlsx")
        R.render_xlsx_report(src, x, creator, time, modified_stamp)
        R.convert_to(x, "xls", out, profile)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
