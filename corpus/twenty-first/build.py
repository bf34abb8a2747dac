"""Build corpus/twenty-first (huyện Tam Đường, tỉnh Lai Châu, tiêm chủng mở rộng 2024).

Sources are typed as in corpus/third (header columns one after the other, type and title,
body one paragraph a line, "Nơi nhận:", signature); " | " lines are Word tables; a line
holding a single form feed separates the plan from its appendix. Rendered by the shared
corpus/render.py from render.yaml:
  plan   "docx-tables" (corpus/twelfth's): the body, then after a page break the portrait
         appendix "Phụ lục / CHỈ TIÊU GIAO CHO CÁC XÃ, THỊ TRẤN NĂM 2024" (rows = the 13
         communes, columns = two indicators);
  docx   corpus/third's DOCX; docx-tables: a results table in the body;
  pdf    the docx-tables DOCX converted by LibreOffice;
  txt    the commune's e-mail copied byte for byte;
  scan   one page printed and scanned (image only, 300 dpi, corpus/fifth's);
  xlsx   NEW here (build.bieu_mau): the "biểu mẫu" report of corpus/thirteenth's layout,
         but with a TWO-ROW column header in merged cells ("Kết quả thực hiện" over
         "6 tháng đầu năm" | "Cả năm 2024"; the other header cells merged down).

Run:  /work/main/.venv/bin/python corpus/twenty-first/build.py
DOCX and XLSX bytes are deterministic; the text PDF carries LibreOffice's dates.
"""
import os
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = render.set_paths(__file__)


def bieu_mau(src, out, creator="UBND-xa", time=datetime(2024, 1, 1),
             modified_stamp="2024-01-01T00:00:00Z", **_):
    """A yaml "biểu mẫu" report with a two-row, merged column header."""
    import yaml
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter as col
    with open(src, encoding="utf-8") as fh:
        d = yaml.safe_load(fh)
    wb = Workbook()
    ws = wb.active
    ws.title = d["sheet"]
    ncol = len(d["widths"])
    last = col(ncol)
    split = 3  # the issuer block spans A:C, the Quốc hiệu block D:last
    for i, w in enumerate(d["widths"]):
        ws.column_dimensions[col(i + 1)].width = w
    center, left, box = render.xl_align(), render.xl_align("left", "center"), render.xl_grid(None)
    r = 1
    for n, (lt, rt) in enumerate(zip(d["header_left"], d["header_right"])):
        render.xl_put(ws, f"A{r}:{col(split)}{r}", lt, render.xl_font(12 if n < 2 else 13, n < 2, False), center)
        render.xl_put(ws, f"{col(split + 1)}{r}:{last}{r}", rt, render.xl_font(12 if n == 0 else 13, n < 2, n == 2), center)
        r += 1
    r += 1
    for n, line in enumerate(d["title"]):
        render.xl_put(ws, f"A{r}:{last}{r}", line, render.xl_font(14 if n == 0 else 13, n < 2, n == 2), center)
        if n == 2:
            ws.row_dimensions[r].height = 32
        r += 1
    r += 1
    # the column header: each cell spans right over "<" and down over "^"
    rows = d["header_rows"]
    top = r
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = ws.cell(row=top + i, column=j + 1)
            cell.border = box
            if text in ("^", "<"):
                continue
            right = j
            while right + 1 < ncol and row[right + 1] == "<":
                right += 1
            down = i
            while down + 1 < len(rows) and rows[down + 1][j] == "^":
                down += 1
            rng = f"{col(j + 1)}{top + i}"
            if right > j or down > i:
                rng += f":{col(right + 1)}{top + down}"
            render.xl_put(ws, rng, text, render.xl_font(bold=True), center, box)
    for i in range(len(rows)):
        ws.row_dimensions[top + i].height = 30
    r = top + len(rows)
    for row in d["rows"]:
        if isinstance(row, dict):
            num, text = row["section"]
            render.xl_put(ws, f"A{r}", num, render.xl_font(bold=True), center, box)
            render.xl_put(ws, f"B{r}:{last}{r}", text, render.xl_font(bold=True), left)
            for k in range(1, ncol + 1):
                ws.cell(row=r, column=k).border = box
        else:
            for i, v in enumerate(row):
                render.xl_put(ws, ws.cell(row=r, column=i + 1).coordinate, v if v != "" else None,
                              render.xl_font(), left if i in (1, ncol - 1) else center, box)
            ws.row_dimensions[r].height = 32
        r += 1
    r += 1
    top = r
    for n, line in enumerate(d["noi_nhan"]):
        render.xl_put(ws, f"A{r}:{col(split)}{r}", line, render.xl_font(12 if n == 0 else 11, n == 0, n == 0),
                      render.xl_align("left", "top", None))
        r += 1
    r = top
    for n, line in enumerate(d["sign"]):
        render.xl_put(ws, f"{col(split + 1)}{r}:{last}{r}", line or None,
                      render.xl_font(13, n in (0, 1, len(d["sign"]) - 1), line.startswith("(")), center)
        r += 1
    render.xl_landscape(ws)
    render.save_workbook(wb, out, creator, time, modified_stamp, title=d["title"][0])


if __name__ == "__main__":
    sys.exit(render.main([HERE] + sys.argv[1:]))
