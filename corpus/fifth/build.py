"""Build corpus/fifth (Yên Thành, Nghệ An, phòng, chống ma túy 2024) from src/*.txt.

Sources in the layout of corpus/third (header columns, optionally a block
"DỰ THẢO", type and title, body, Nơi nhận, signature). How each is rendered is
render.yaml, built by corpus/render.py (the shared renderer) in
render.STYLES["fifth"]:
  docx   python-docx; deterministic bytes; legacy: true, the same DOCX typed in
         the old TCVN3 (ABC) encoding (".VnTime" runs with the TCVN3 bytes read
         as latin-1, lines in capitals in ".VnTimeH" with the bytes of the
         lower-case text; the source is written as the decoded text reads)
  doc    the DOCX converted to Word 97-2003 by LibreOffice
  scan   DOCX -> text PDF -> pages at 300 dpi, rotated, speckled -> image-only PDF
  photo  as scan, first page only, on a desk, tinted, JPEG
  txt    the source copied byte for byte; copy: a byte copy of a built file

Other scripts import this module's functions by path: they stay here.

Run:  /work/main/.venv/bin/python corpus/fifth/build.py   (= corpus/render.py fifth)
"""
import os
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py
from render import (_TCVN3_CACHE, ABC_CAPITALS, ARABIC, FONT, ROMAN, VNTIME, VNTIMEH,  # noqa: E402,F401
                    box, is_capitals, page_images, photographed, scanned, tcvn3, tcvn3_run_text,
                    two_columns, write_fixed_zip)

from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402,F401  (kept importable from here)
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402,F401
HERE, SRC, LO_PROFILE = render.set_paths(__file__)
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)
PLAN = "plan/KH-42-UBND-phong-chong-ma-tuy-2024.docx"
LDTBXH_PLAN = "inbox/LDTBXH_KH 09 cai nghien 2024.docx"


class Styler(render.Styler):
    """Runs with all four rFonts set; legacy=True: TCVN3 text in .VnTime / .VnTimeH."""

    def __init__(self, legacy=False):
        super().__init__(legacy, all_fonts=True)


def para(st, container, *a, **kw):
    return render.para(container, *a, st=st, **kw)


def cell_para(st, cell, first, *a, **kw):
    return render.cell_para(cell, first, *a, st=st, **kw)


def parse(text):
    return render.parse_style("fifth", text)


def render_docx(d, parent_lines, out, legacy=False):
    render.render_nd30(d, parent_lines, out, render.layout("fifth"), FIXED_TIME, legacy)


def soffice_convert(docx_path, fmt, out):
    render.convert_to(docx_path, fmt, out, LO_PROFILE)


def via_docx(d, parent_lines, fmt, out):
    """Render d as a DOCX in a temp dir and convert it with LibreOffice."""
    render.via_docx(lambda tmp: render_docx(d, parent_lines, tmp), fmt, out, LO_PROFILE)


def _printed(d, parent_lines, then):
    tmp = render.tempfile.mkdtemp(prefix="fifth-print-")
    try:
        pdf = os.path.join(tmp, "text.pdf")
        via_docx(d, parent_lines, "pdf", pdf)
        then(pdf)
    finally:
        render.shutil.rmtree(tmp, ignore_errors=True)


def to_scan_pdf(d, parent_lines, out, angle=0.8, seed=5):
    _printed(d, parent_lines, lambda pdf: render.scan_pdf(pdf, out, angle, seed, FIXED_TIME))


def to_photo(d, parent_lines, out, angle=-1.2, seed=7):
    _printed(d, parent_lines, lambda pdf: render.photo_jpeg(pdf, out, angle, seed))


if __name__ == "__main__":
    sys.exit(render.main([HERE] + sys.argv[1:]))
