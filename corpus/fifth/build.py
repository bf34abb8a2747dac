"""Build corpus/fifth (Yên Thành, Nghệ An, phòng, chống ma túy 2024) from src/*.txt.

Each source is a plain UTF-8 text typed the way the document reads, in blocks
separated by blank lines (the layout of corpus/third):

  1. the header, the two columns of Nghị định 30/2020/NĐ-CP typed one after the
     other: the left column (parent body, issuing body, "Số: …"), then the right
     column from the line "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on (motto, place
     and date);
  2. optionally a block "DỰ THẢO" (a draft's stamp);
  3. the type and title ("KẾ HOẠCH" / "BÁO CÁO" + title lines);
  4. the body, one paragraph a line ("I. …" and short "1. …" lines are headings,
     kept with the next paragraph);
  5. "Nơi nhận:" and its lines;
  6. the signature block (blank lines kept as the signing space, last line the
     signer).

Formats (the FILES table below), rendered by corpus/render.py (the shared
renderer; other sets import this module's functions by path, kept here):
  docx   python-docx; header and closing in 2-column borderless tables,
         Times New Roman, A4, NĐ 30 margins; deterministic bytes
  tcvn3  the same DOCX typed in the old TCVN3 (ABC) encoding: every run in
         ".VnTime" with the TCVN3 bytes (iconv -t TCVN5712-1) read as latin-1;
         lines in capitals in ".VnTimeH" with the bytes of the LOWER-CASE text
         (that font draws them as capitals). The source is written as the
         decoded text reads (old tone placement "Uỷ", "tuý", no toned capital
         in a .VnTime line).
  doc    the DOCX converted to Word 97-2003 by LibreOffice
  scan   the DOCX -> text PDF (LibreOffice) -> each page rendered greyscale at
         300 dpi (pypdfium2), rotated, speckled -> image-only PDF (Pillow)
  photo  as scan, first page only, on a desk background, tinted, saved as JPEG
  txt    the source copied byte for byte
  copy   a byte-identical copy of an already built file (the e-mail duplicate)

Run:  /work/main/.venv/bin/python corpus/fifth/build.py
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
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
LO_PROFILE = "file:///tmp/lo-fifth-profile"
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)

PLAN = "plan/KH-42-UBND-phong-chong-ma-tuy-2024.docx"
LDTBXH_PLAN = "inbox/LDTBXH_KH 09 cai nghien 2024.docx"

# source (or, for "copy", the built file to copy), output, format,
# number of parent-body lines at the top of the left header column
FILES = [
    ("00-ke-hoach-huyen.txt", PLAN, "docx", 0),
    ("01-cong-an-huyen-ke-hoach.txt", "inbox/CAH_KH 185 PCMT 2024_scan.pdf", "scan", 1),
    ("02-phong-ldtbxh-ke-hoach.txt", LDTBXH_PLAN, "docx", 1),
    ("03-phong-ldtbxh-bao-cao.txt",
     "inbox/LDTBXH_BC 6 thang dau nam va phuong huong 6 thang cuoi nam 2024.docx", "docx", 1),
    (LDTBXH_PLAN, "inbox/tai-ve-tu-email/LDTBXH_KH 09 cai nghien 2024 (1).docx", "copy", 0),
    ("04-phong-vhtt-ke-hoach-tcvn3.txt", "inbox/PVHTT_KH 15 tuyen truyen PCMT 2024.docx", "tcvn3", 1),
    ("05-trung-tam-y-te-ke-hoach.txt", "inbox/TTYT_KH 127 Methadone 2024.doc", "doc", 1),
    ("06-phong-gddt-ke-hoach.txt", "inbox/PGD_KH PCMT truong hoc 2024.docx", "docx", 1),
    ("07-xa-tang-thanh-ke-hoach.txt", "inbox/xa Tang Thanh/IMG_20240312_083415.jpg", "photo", 0),
    ("08-xa-tang-thanh-bao-cao.txt", "inbox/xa Tang Thanh/BC 58 PCMT 6 thang 2024 Tang Thanh.txt", "txt", 0),
    ("09-xa-cong-thanh-du-thao.txt", "inbox/xa Cong Thanh/Du thao KH PCMT 2024 Cong Thanh.docx", "docx", 0),
    ("10-xa-cong-thanh-ke-hoach.txt", "inbox/xa Cong Thanh/KH 14 PCMT 2024 Cong Thanh (ban ky).docx", "docx", 0),
]



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


def main():
    def kind(fn):
        return lambda sp, out, pl: fn(parse(render.read_text(sp)), pl, out)

    render.build_files(HERE, FILES, {
        "docx": kind(render_docx),
        "tcvn3": kind(lambda d, pl, out: render_docx(d, pl, out, legacy=True)),
        "doc": kind(lambda d, pl, out: via_docx(d, pl, "doc", out)),
        "scan": kind(to_scan_pdf),
        "photo": kind(to_photo),
    })


if __name__ == "__main__":
    sys.exit(main())
