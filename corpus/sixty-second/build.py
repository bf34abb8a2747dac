#!/usr/bin/env python3
"""Build corpus/sixty-second (UBND huyện Mai Sơn, tỉnh Sơn La: Kế hoạch 68/KH-UBND ngày 11/3/2024,
thực hiện công tác phòng, chống HIV/AIDS năm 2024; the units' replies, many of them neither a plan
nor a report: a Quyết định kiện toàn Ban Chỉ đạo, a Tờ trình, a Biên bản kiểm tra, a Thông báo
phân công, a two-line Công văn) from src/.

Everything is corpus/render.py's (render.yaml names the renderers) except:
  fixed_pdf     corpus/twenty-fifth's: render.py's "pdf", then fixed dates and /ID
  bienban_scan  a BIÊN BẢN: the source's first part (header, title, body; no Nơi nhận) in the
                "third" layout, then a borderless two-column signature table from its second
                part (after a form-feed line: "left || right" lines, the first two of each
                column bold), printed to PDF by LibreOffice and scanned (image-only PDF)

Run:  /work/main/.venv/bin/python corpus/sixty-second/build.py   (= corpus/render.py sixty-second)
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def bienban_docx(src, out, time=None, parent_lines=1):
    """The BIÊN BẢN as a DOCX: nd30 header and body, then the two signature columns."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    text, sign = R.read_text(src).rstrip("\n").split("\n\f\n")
    d = R.parse_style("third", text.split("\n"), with_closing=False)
    lay = R.layout("third", optional_closing=True)
    doc = R.nd30_docx([d], parent_lines, lay, time)
    R.para(doc, after=6)
    left, right = R.two_columns(doc, (8.0, 8.5))
    rows = [line.split("||") for line in sign.split("\n")]
    for col, cell in enumerate((left, right)):
        first = [True]
        for n, row in enumerate(rows):
            line = row[col].strip()
            bold = bool(line) and (n in (0, 1) or line.isupper() or n == len(rows) - 1 or rows[n - 1][col].strip() == "")
            R.cell_para(cell, first, line, size=12 if line.isupper() else 13, bold=bold, align=WD_ALIGN_PARAGRAPH.CENTER)
    R.save_docx(doc, out)


def bienban_scan(src, out, profile=None, time=None, angle=0.6, seed=62, dpi=300, parent_lines=1, **_):
    """bienban_docx printed to PDF by LibreOffice and scanned (render.scan_pdf)."""
    tmp = tempfile.mkdtemp(prefix="sixty-second-bb-")
    try:
        docx = os.path.join(tmp, "bien-ban.docx")
        bienban_docx(src, docx, time, parent_lines)
        pdf = R.lo_convert(docx, "pdf", tmp, profile)
        R.scan_pdf(pdf, out, angle, seed, time, dpi)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
