#!/usr/bin/env python3
"""Build corpus/eighty-first (UBND tỉnh Hà Tĩnh: Kế hoạch 26/KH-UBND ngày 16/01/2026, phòng,
chống thiên tai và tìm kiếm cứu nạn năm 2026; the replies, several of them in pieces) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, scan, xlsx-report) and
corpus/twenty-fifth's fixed_pdf (a LibreOffice text PDF with fixed dates and /ID). This set's own:
pdf_pages, a report with its appendix (render.py's docx-tables: the part after the form-feed
line is an appendix after a page break) made into a fixed text PDF of which only some pages are
kept, for a report the sender e-mailed in two files ("trang 1-3", "trang 4-5").

Run:  /work/main/.venv/bin/python corpus/eighty-first/build.py   (= corpus/render.py eighty-first)
"""
import io
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def pdf_pages(src, out, profile=None, first=1, last=None, expect=None, **options):
    """Pages first..last (1-based, inclusive) of the source's docx-tables PDF; expect: the
    whole document's page count, checked (the split must fall where the file name says)."""
    from pypdf import PdfReader, PdfWriter

    tmp = tempfile.mkdtemp(prefix="eighty-first-pages-")
    try:
        whole = os.path.join(tmp, "whole.pdf")
        R.converted_file(src, whole, profile, via="docx-tables", **options)
        reader = PdfReader(whole)
        if expect is not None and len(reader.pages) != expect:
            raise SystemExit("%s: %d pages, expected %d" % (out, len(reader.pages), expect))
        writer = PdfWriter()
        for page in reader.pages[first - 1:last]:
            writer.add_page(page)
        writer.add_metadata({"/Producer": "LibreOffice 7.3", "/CreationDate": "D:20260612080000+07'00'"})
        buf = io.BytesIO()
        writer.write(buf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(buf.getvalue(), os.path.basename(out)))


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
