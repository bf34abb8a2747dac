#!/usr/bin/env python3
"""Build corpus/fifty-first (HĐNVQS huyện Mộ Đức, tỉnh Quảng Ngãi: Kế hoạch 87/KH-HĐNVQS ngày
25/10/2024, tuyển chọn và gọi công dân nhập ngũ năm 2025, typed in abbreviations, with a landscape
Phụ lục "Phân công nhiệm vụ" after the signature; and the replies of its member agencies and
communes) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers). Reused by path:
  plan       corpus/seventeenth's build.plan (portrait body and signature, then a landscape
             appendix table with merged cells);
  doan_docx  corpus/twenty-fifth's Đoàn layout ("ĐOÀN TNCS HỒ CHÍ MINH" in place of the Quốc hiệu);
  fixed_pdf  corpus/twenty-fifth's LibreOffice text PDF with fixed dates and /ID.
New here only:
  ksk_xlsx   Trung tâm Y tế's figures sheet: header block, title, a two-row column header with
             merged cells, one numeric row per xã, thị trấn and a total row, notes under the
             table, Nơi nhận | signature (src/04-*.yaml).

Run:  /work/main/.venv/bin/python corpus/fifty-first/build.py   (= corpus/render.py fifty-first)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
SEVENTEENTH = R.set_module(os.path.join(R.CORPUS, "seventeenth"), "build")
T25 = R.set_module(os.path.join(R.CORPUS, "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf
doan_docx = T25.doan_docx


def plan(src, out, **options):
    """The master plan: corpus/seventeenth's renderer (landscape appendix after the signature)."""
    SEVENTEENTH.plan(src, out, **options)


def ksk_xlsx(src, out, creator="TTYT", time=None, modified_stamp="2024-01-01T00:00:00Z", **_):
    """The khám sức khỏe figures as a workbook (numbers as numeric cells)."""
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
    for i, w in enumerate(d["widths"], 1):
        ws.column_dimensions[col(i)].width = w
    centre, left, box = R.xl_align(), R.xl_align("left", "center"), R.xl_grid(None)
    split = 4   # the left header block over A:D, the right one over E:last
    r = 1
    for n, (lt, rt) in enumerate(zip(d["header_left"], d["header_right"])):
        R.xl_put(ws, f"A{r}:{col(split)}{r}", lt, R.xl_font(12, n == 1), centre)
        R.xl_put(ws, f"{col(split + 1)}{r}:{last}{r}", rt, R.xl_font(12 if n == 0 else 13, n < 2, n == 2), centre)
        r += 1
    r += 1
    for n, line in enumerate(d["title"]):
        R.xl_put(ws, f"A{r}:{last}{r}", line, R.xl_font(14 if n == 0 else 13, n < 2, n == 2), centre)
        r += 1
    r += 1
    top = r
    for hr in d["header_rows"]:
        for c, v in enumerate(hr, 1):
            R.xl_put(ws, f"{col(c)}{r}", v or None, R.xl_font(11, True), centre, box)
        ws.row_dimensions[r].height = 30
        r += 1
    for r0, c0, r1, c1 in d.get("header_merges", []):
        ws.merge_cells(f"{col(c0 + 1)}{top + r0}:{col(c1 + 1)}{top + r1}")
    for row in d["rows"]:
        total = row[1] == "Tổng cộng"
        for c, v in enumerate(row, 1):
            R.xl_put(ws, f"{col(c)}{r}", None if v == "" else v, R.xl_font(12, total or None),
                     left if c in (2, ncol) else centre, box)
        ws.row_dimensions[r].height = 30 if len(str(row[-1])) > 32 else 16
        r += 1
    r += 1
    for line in d.get("notes", []):
        R.xl_put(ws, f"A{r}:{last}{r}", line, R.xl_font(12, line.endswith(":") or None,
                                                       line.endswith(":") or None), R.xl_align("left", "top"))
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    start = r
    for n, line in enumerate(d["noi_nhan"]):
        R.xl_put(ws, f"A{r}:{col(split)}{r}", line, R.xl_font(12 if n == 0 else 11, n == 0, n == 0),
                 R.xl_align("left", "top", None))
        r += 1
    r = start
    for n, line in enumerate(d["sign"]):
        R.xl_put(ws, f"{col(split + 4)}{r}:{last}{r}", line or None,
                 R.xl_font(13, n in (0, len(d["sign"]) - 1)), centre)
        r += 1
    R.xl_landscape(ws)
    R.save_workbook(wb, out, creator, time, modified_stamp, title=d["title"][1])


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
