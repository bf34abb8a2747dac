#!/usr/bin/env python3
"""Build corpus/sixty-third (UBND huyện Tủa Chùa, tỉnh Điện Biên: Kế hoạch 58/KH-UBND ngày
05/3/2024, duy trì, nâng cao chất lượng phổ cập giáo dục, xóa mù chữ năm 2024; and the files its
units sent back) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers: docx, doc, scan,
xlsx-report); the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. New here:
  joint_pdf  a báo cáo liên tịch of two bodies: both names in the left header column, one number;
             at the end the two signature blocks side by side (source lines "LEFT || RIGHT", the
             other body on the left, the lead body on the right, as NĐ 30/2020 lays out a joint
             document), then Nơi nhận under them; a fixed-date text PDF.

Run:  /work/main/.venv/bin/python corpus/sixty-third/build.py   (= corpus/render.py sixty-third)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def joint_docx(src, out, style="fourth", parent_lines=0, time=None, **_):
    """Header, title and body as render_nd30 lays them out; then the two signature blocks
    in a borderless two-column table and the Nơi nhận list below them."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = R.parse_style(style, R.read_text(src))
    noi_nhan, sign = d["noi_nhan"], d["sign"]
    d["noi_nhan"], d["sign"] = [], []
    lay = R.layout(style, optional_closing=True)
    doc = R.nd30_docx([d], parent_lines, lay, time)
    R.para(doc, after=6)
    left, right = R.two_columns(doc, (8.25, 8.25))
    fl, fr = [True], [True]
    for line in sign:
        a, _, b = line.partition("||")
        R.cell_para(left, fl, a.strip(), size=13, bold=bool(a.strip()))
        R.cell_para(right, fr, b.strip(), size=13, bold=bool(b.strip()))
    R.para(doc, after=6)
    for n, line in enumerate(noi_nhan):
        R.para(doc, line, size=12 if n == 0 else 11, bold=n == 0, italic=n == 0,
               align=WD_ALIGN_PARAGRAPH.LEFT)
    R.save_docx(doc, out, time)


def joint_pdf(src, out, profile=None, **options):
    """joint_docx converted by LibreOffice, fixed dates and /ID."""
    R.via_docx(lambda tmp: joint_docx(src, tmp, **options), "pdf", out, profile)
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
