#!/usr/bin/env python3
"""Build corpus/thirty-eighth (huyện Bình Liêu, tỉnh Quảng Ninh: Kế hoạch 12/KH-UBND ngày
06/01/2025, mừng Đảng, mừng Xuân và chăm lo Tết Nguyên đán Ất Tỵ năm 2025, and the replies)
from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers); the fixed-date
text PDF is corpus/twenty-fifth's. New here, the two exports of the plan's online forms
(src/*.yaml: the question columns, then one row per submission):

  form_xlsx  the responses sheet as Google Sheets downloads it (File > Download > .xlsx):
             one sheet "Câu trả lời biểu mẫu 1", row 1 the questions, one row per
             submission; "Dấu thời gian" a real date-time cell (d/m/yyyy H:mm:ss), answers
             Sheets took for numbers stored as numbers, blank answers empty; no NĐ 30 header.
  form_csv   the same sheet downloaded as .csv: UTF-8 without BOM, comma-separated, CRLF,
             the timestamp as the sheet shows it, multi-line answers quoted.

Run:  /work/main/.venv/bin/python corpus/thirty-eighth/build.py   (= corpus/render.py thirty-eighth)
"""
import csv
import io
import os
import sys
from datetime import datetime

import yaml

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def load_form(src):
    with open(src, encoding="utf-8") as fh:
        d = yaml.safe_load(fh)
    keys = list(d["columns"])
    return d, keys, [[row.get(k) for k in keys] for row in d["rows"]]


def stamp(text):
    return datetime.strptime(text, "%d/%m/%Y %H:%M:%S")


def form_xlsx(src, out, time=datetime(2025, 1, 1), modified_stamp="2025-01-01T00:00:00Z", **_):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    d, keys, rows = load_form(src)
    wb = Workbook()
    ws = wb.active
    ws.title = d["sheet"]
    font, wrap = Font(name="Arial", size=10), Alignment(vertical="top", wrap_text=True)
    for i, k in enumerate(keys):
        c = ws.cell(row=1, column=i + 1, value=d["columns"][k])
        c.font, c.alignment = font, wrap
        widths = d.get("widths", {})
        ws.column_dimensions[get_column_letter(i + 1)].width = widths.get(k, widths.get("default", 30))
    for r, row in enumerate(rows, start=2):
        for i, v in enumerate(row):
            if v is None or v == "":
                continue
            if i == 0:
                c = ws.cell(row=r, column=1, value=stamp(v))
                c.number_format = "d/m/yyyy H:mm:ss"
            else:
                c = ws.cell(row=r, column=i + 1, value=v)
            c.font, c.alignment = font, wrap
    ws.freeze_panes = "A2"
    R.save_workbook(wb, out, "", time, modified_stamp)


def form_csv(src, out, **_):
    d, keys, rows = load_form(src)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([d["columns"][k] for k in keys])
    for row in rows:
        ts = stamp(row[0])
        shown = "%d/%d/%d %d:%02d:%02d" % (ts.day, ts.month, ts.year, ts.hour, ts.minute, ts.second)
        w.writerow([shown] + ["" if v is None else str(v) for v in row[1:]])
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


def main(argv):
    R.build_set(HERE, argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
