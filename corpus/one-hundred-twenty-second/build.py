#!/usr/bin/env python3
"""Build corpus/one-hundred-twenty-second (Thanh tra tỉnh Vĩnh Long: Kết luận thanh tra số 27/KL-TTr
ngày 20/8/2026, việc quản lý, sử dụng vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới
giai đoạn 2024 - 2025; the inspected bodies' plan and reports on carrying it out, September -
November 2026) from src/.

Most of it is corpus/render.py's (render.yaml names the renderers: docx, scan); the fixed-date text
PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. What is new here:
  receipt_scan   a treasury form, "Giấy nộp tiền vào ngân sách nhà nước" (Mẫu C1-02/NS), which has
                 no NĐ 30 header: typed in Word, printed (LibreOffice PDF) and scanned (render.py's
                 scan_pdf, image only). Source, one line a paragraph: "|C " centred bold title,
                 "|c " centred plain, "|2 left || right" a two-column borderless line (form corner,
                 signature blocks), "|T a | b | …" a row of the grid table (the first one bold);
                 any other line a left-aligned paragraph.

Run:  /work/main/.venv/bin/python corpus/one-hundred-twenty-second/build.py   (= corpus/render.py one-hundred-twenty-second)
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

TABLE_WIDTHS = (1.2, 2.3, 2.1, 5.4, 1.7, 1.9, 2.8)


def receipt_document(text, time):
    """The C1-02/NS form as typed in Word (see the module docstring for the markup)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm
    doc = R.new_document("Giay nop tien vao NSNN", time)
    sec = doc.sections[0]
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.core_properties.author = doc.core_properties.last_modified_by = "KeToan"
    centre, left = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT
    rows = []

    def flush():
        if not rows:
            return
        t = R._grid_table(doc, len(rows), TABLE_WIDTHS)
        for r, row in enumerate(rows):
            if len(row) != len(TABLE_WIDTHS):
                raise ValueError("receipt row with %d cells: %r" % (len(row), row))
            for c, cell in enumerate(row):
                t.rows[r].cells[c].width = Cm(TABLE_WIDTHS[c])
                R._cell_text(t.rows[r].cells[c], cell, r == 0 or c != 3, r == 0 or cell == "Tổng cộng")
        R._header_row(t)
        R.para(doc, after=4)
        rows.clear()

    for raw in text.rstrip("\n").split("\n"):
        if raw.startswith("|T "):
            rows.append([c.strip() for c in raw[3:].split("|")])
            continue
        flush()
        if raw.startswith("|2 "):
            a, _, b = raw[3:].partition("||")
            cells = R.two_columns(doc, (9.0, 9.0))
            for cell, line in zip(cells, (a.strip(), b.strip())):
                R.cell_para(cell, [True], line, size=12, bold=line.isupper() and len(line) > 3)
        elif raw.startswith("|C "):
            R.para(doc, raw[3:], size=14, bold=True, align=centre, before=10, after=2)
        elif raw.startswith("|c "):
            R.para(doc, raw[3:], size=12, align=centre, after=2)
        else:
            R.para(doc, raw, size=12, align=left, after=3)
    flush()
    return doc


def receipt_docx(src, out, time=None, **_):
    R.save_docx(receipt_document(R.read_text(src), time), out)


def receipt_scan(src, out, profile=None, time=None, angle=0.5, seed=122, dpi=200, **_):
    """receipt_docx printed to a PDF by LibreOffice and scanned (image-only PDF, fixed dates)."""
    tmp = tempfile.mkdtemp(prefix="render-receipt-")
    try:
        pdf = os.path.join(tmp, "receipt.pdf")
        R.via_docx(lambda d: receipt_docx(src, d, time=time), "pdf", pdf, profile)
        R.scan_pdf(pdf, out, angle, seed, time, dpi)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
