#!/usr/bin/env python3
"""Build corpus/thirty-fourth (huyện Vân Canh, tỉnh Bình Định: Kế hoạch 178/KH-UBND ngày
15/10/2021, thực hiện Đề án "Xây dựng xã hội học tập giai đoạn 2021-2030" giai đoạn 2021-2025,
and the replies of the 2023 round) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers); the fixed-date
text PDF is corpus/twenty-fifth's. New here:

  workbook   several sources into ONE .xlsx, one sheet each, in the order given: a source
             with "kind: summary" is the forwarding Phòng's working summary (a line with its
             name, a title, a bordered table whose "Cộng" row is bold, the compiler's name);
             any other source is a commune's "biểu mẫu" report, rendered by render.py's
             render_xlsx_report into a scratch workbook and its sheet copied over whole
             (values, styles, merged ranges, widths, heights, page setup).

Run:  /work/main/.venv/bin/python corpus/thirty-fourth/build.py   (= corpus/render.py thirty-fourth)
"""
import copy
import os
import shutil
import sys
import tempfile
from datetime import datetime

import yaml
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def copy_sheet(src_ws, ws):
    """Every cell (value and style), merged range, column width, row height and the page
    setup of src_ws into the empty sheet ws of another workbook."""
    for row in src_ws.iter_rows():
        for c in row:
            if c.value is None and not c.has_style:
                continue
            t = ws.cell(row=c.row, column=c.column, value=c.value)
            if c.has_style:
                t.font, t.alignment, t.border = copy.copy(c.font), copy.copy(c.alignment), copy.copy(c.border)
                t.fill, t.number_format = copy.copy(c.fill), c.number_format
    for rng in src_ws.merged_cells.ranges:
        ws.merge_cells(str(rng))
    for key, dim in src_ws.column_dimensions.items():
        ws.column_dimensions[key].width = dim.width
    for key, dim in src_ws.row_dimensions.items():
        if dim.height is not None:
            ws.row_dimensions[key].height = dim.height
    R.xl_landscape(ws)


def summary_sheet(ws, d):
    """The Phòng's working summary: its name, the title, the table, the compiler."""
    ncol = len(d["columns"])
    last = get_column_letter(ncol)
    for i, w in enumerate(d["widths"]):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    box = R.xl_grid(None)
    r = 1
    for line in d["header_left"]:
        R.xl_put(ws, f"A{r}:C{r}", line, R.xl_font(12, True), R.xl_align("left", "center", None))
        r += 1
    r += 1
    for n, line in enumerate(d["title"]):
        R.xl_put(ws, f"A{r}:{last}{r}", line, R.xl_font(14 if n == 0 else 12, n == 0, n > 0), R.xl_align())
        r += 1
    r += 1
    for i, h in enumerate(d["columns"]):
        R.xl_put(ws, ws.cell(row=r, column=i + 1).coordinate, h, R.xl_font(bold=True), R.xl_align(), box)
    ws.row_dimensions[r].height = 45
    r += 1
    for row in d["rows"]:
        total = row[1] == "Cộng"
        for i, v in enumerate(row):
            c = R.xl_put(ws, ws.cell(row=r, column=i + 1).coordinate, None if v == "" else v,
                         R.xl_font(bold=total or None), R.xl_align("left" if i in (1, 7) else "center"), box)
            if isinstance(v, int):
                c.number_format = "#,##0"
        if len(str(row[-1])) > 28:
            ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    for n, line in enumerate(d["sign"]):
        R.xl_put(ws, f"F{r}:{last}{r}", line or None, R.xl_font(12, n == 0 or n == len(d["sign"]) - 1), R.xl_align())
        r += 1
    R.xl_landscape(ws)


def workbook(srcs, out, creator="PGDDT", time=datetime(2024, 1, 1),
             modified_stamp="2024-01-01T00:00:00Z", title=None, **_):
    wb = Workbook()
    wb.remove(wb.active)
    tmp = tempfile.mkdtemp(prefix="thirty-fourth-")
    try:
        for k, src in enumerate(srcs):
            with open(src, encoding="utf-8") as fh:
                d = yaml.safe_load(fh)
            ws = wb.create_sheet(d["sheet"])
            if d.get("kind") == "summary":
                summary_sheet(ws, d)
                continue
            part = os.path.join(tmp, "%d.xlsx" % k)
            R.render_xlsx_report(src, part, creator, time, modified_stamp)
            copy_sheet(load_workbook(part).active, ws)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    wb.active = 0
    R.save_workbook(wb, out, creator, time, modified_stamp, title=title)


def main(argv):
    R.build_set(HERE, argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
