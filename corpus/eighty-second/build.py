#!/usr/bin/env python3
"""Build corpus/eighty-second (Ban Thường vụ Tỉnh Đoàn Quảng Trị: Kế hoạch số 45-KH/TĐTN-BTG
ngày 09/02/2026, tổ chức Tháng Thanh niên năm 2026, a mass organisation's plan in its own layout;
and the replies of its boards, its Đoàn xã/phường and a Sở) from src/.

Everything generic is corpus/render.py's. What is this set's own: the Đoàn layout (doan_docx,
doan_pdf, doan_scan): left column issuer (bold), "***" (plain), "Số: 45-KH/TĐTN-BTG" (plain);
right column "ĐOÀN TNCS HỒ CHÍ MINH" bold and underlined, then the place and date in italics,
a "-----" line under the title. A carelessly typed reply may lack "ĐOÀN TNCS HỒ CHÍ MINH": the
right column is then only its place and date. doan_xlsx: render.py's xlsx report with the
header's empty cells left blank. The State-layout reply (Sở Y tế) uses render.py's docx and
corpus/twenty-fifth's fixed_pdf.

Run:  /work/main/.venv/bin/python corpus/eighty-second/build.py   (= corpus/render.py eighty-second)
"""
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf
ORG = ("ĐOÀN TNCS", "HỘI LIÊN HIỆP", "CỘNG HÒA")
DATE = re.compile(r"^[^,]+, ngày ")


def parse_doan(text):
    """parse_nd30 with the right column starting at the organisation line, or at the place and
    date when the organisation line was left out."""
    first = text.lstrip("\n").split("\n\n")[0].split("\n")
    motto = next(l.strip() for l in first if l.strip().startswith(ORG) or DATE.match(l.strip()))
    return R.parse_nd30(text, motto=motto, kinh_gui="block")


def doan_header(doc, d, parent_lines=1):
    """parent_lines: the parent body's lines at the top of the left column (plain, not bold)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    left, right = R.two_columns(doc, (8.0, 9.0))
    f = [True]
    for n, line in enumerate(d["left"]):
        if line.startswith("Số"):
            R.cell_para(left, f, line, size=13, before=2)
        elif line.startswith("V/v"):
            R.cell_para(left, f, line, size=12, italic=True, before=2)
        elif line.strip("*") == "":
            R.cell_para(left, f, line, size=13)
        else:
            R.cell_para(left, f, line, size=13 if len(line) > 18 else 14, bold=n >= parent_lines)
    f = [True]
    for line in d["right"]:
        if line.startswith(ORG):
            p = R.cell_para(right, f, line, size=15, bold=True, after=16)
            for r in p.runs:
                r.font.underline = True
        else:
            R.cell_para(right, f, line, size=14, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)


def doan_document(text, fixed_time, parent_lines=1):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    centre = WD_ALIGN_PARAGRAPH.CENTER
    d = parse_doan(text)
    lay = R.layout("third", keep_heads=True)
    doc = R.new_document((d["type"] + " " + " ".join(d["title"])).strip() or "Công văn", fixed_time)
    doan_header(doc, d, parent_lines)
    if d["type"]:
        R.para(doc, d["type"], size=16, bold=True, align=centre, before=14)
        for line in d["title"]:
            R.para(doc, line, size=14, bold=True, align=centre)
        R.para(doc, "-----", size=14, align=centre, after=6)
    else:
        R.para(doc, after=10)
        for line in d.get("kinh_gui", []):
            R.para(doc, line, size=14, align=centre, after=10)
    R.nd30_body(doc, d["body"], lay)
    R.nd30_closing(doc, d, lay)
    return doc


def doan_docx(src, out, time=None, parent_lines=1, **_):
    R.save_docx(doan_document(R.read_text(src), time, parent_lines), out)


def doan_pdf(src, out, time=None, profile=None, parent_lines=1, **_):
    R.via_docx(lambda tmp: doan_docx(src, tmp, time, parent_lines), "pdf", out, profile)
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


def doan_scan(src, out, time=None, profile=None, angle=0.6, seed=82, dpi=200, parent_lines=1, **_):
    tmp = tempfile.mkdtemp(prefix="render-82-")
    try:
        pdf = os.path.join(tmp, "text.pdf")
        doan_pdf(src, pdf, time, profile, parent_lines)
        R.scan_pdf(pdf, out, angle, seed, time, dpi)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def doan_xlsx(src, out, time=None, creator="TDQT", modified_stamp="2026-04-02T08:00:00Z", **_):
    """render_xlsx_report, then the header's empty cells emptied, saved again."""
    from openpyxl import load_workbook
    R.render_xlsx_report(src, out, creator, time, modified_stamp)
    wb = load_workbook(out)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value == "":
                    c.value = None
    R.save_workbook(wb, out, creator, time, modified_stamp)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
