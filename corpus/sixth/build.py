"""Build corpus/sixth (Sở GD&ĐT Đắk Lắk, y tế trường học 2024) from src/*.txt.

Adapted from corpus/third/build.py. Each source is a plain UTF-8 text typed the
way the document reads, in blocks separated by blank lines:

  1. the header, the two columns of Nghị định 30/2020/NĐ-CP typed one after the
     other: the left column (parent body, issuing body, "Số: …" when the
     document has one), then the right column from the line "CỘNG HÒA XÃ HỘI
     CHỦ NGHĨA VIỆT NAM" on (motto, place and date);
  2. the type and title ("QUYẾT ĐỊNH" / "KẾ HOẠCH" / "BÁO CÁO" / "TỜ TRÌNH" +
     title lines; a line "Kính gửi: …" in this block is printed after the
     title; a title line in parentheses, "(Ban hành kèm theo …)", is italic);
  3. the body, one paragraph a line ("I. …" and short "1. …" lines are
     headings; in a decision, a line in capitals such as "GIÁM ĐỐC SỞ …" or
     "QUYẾT ĐỊNH:" is centred bold, "Căn cứ …" / "Theo đề nghị …" are italic
     and "Điều N." is bold);
  4. "Nơi nhận:" and its lines;
  5. the signature block (blank lines kept as the signing space, last line the
     signer).

The master source (00) holds two documents: the decision, then a line with a
single form feed (a page break), then the plan issued with it, typed as blocks
1-3 above (its header has no "Số:" and no date, and it ends without a
signature). Both are rendered into ONE DOCX, the plan on a new page.

Outputs, rendered by corpus/render.py (the shared renderer; other sets import
this module's functions by path, kept here): DOCX (python-docx; header and
closing in 2-column borderless tables, Times New Roman, A4, NĐ 30 margins), PDF
(the DOCX converted by LibreOffice, private profile), or TXT (the source copied
byte for byte).

Run:  /work/main/.venv/bin/python corpus/sixth/build.py
DOCX output is deterministic (fixed core properties and zip timestamps); PDF
carries LibreOffice's own creation date.
"""
import os
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py
from render import (ARABIC, DIEU, FONT, ROMAN, cell_para, is_caps, para, run,  # noqa: E402,F401
                    two_columns, write_fixed_zip)

from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402,F401  (kept importable from here)
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402,F401
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
LO_PROFILE = "file:///tmp/lo-sixth-profile"
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)

# source, output (relative to HERE), format, number of parent-body lines at
# the top of the left header column (printed regular, the rest bold)
FILES = [
    ("00-quyet-dinh-so.txt", "plan/QD-98-SGDDT-KH-y-te-truong-hoc-2024.docx", "docx", 1),
    ("01-phong-gdmnth-ke-hoach.txt", "inbox/GDMNTH_KH trien khai YTTH 2024.docx", "docx", 1),
    ("02-phong-gdtrh-bao-cao.txt", "inbox/GDTrH_BC ket qua YTTH 2024.docx", "docx", 1),
    ("03-phong-khtc-bao-cao.txt", "inbox/KHTC - BC kinh phi YTTH 2024.pdf", "pdf", 1),
    ("04-phong-tccb-to-trinh.txt", "inbox/TCCB_To trinh giao so luong nguoi lam viec 2025.docx", "docx", 1),
    ("05-thpt-bmt-ke-hoach.txt", "inbox/THPT Buon Ma Thuot/KH 45 y te truong hoc 2024.docx", "docx", 1),
    ("06-thpt-bmt-bao-cao.txt", "inbox/THPT Buon Ma Thuot/BC 212 ket qua YTTH 2024.docx", "docx", 1),
    ("07-thpt-krong-ana-bao-cao.txt", "inbox/THPT Krong Ana_BC 168 YTTH nam 2024.docx", "docx", 1),
    ("08-pgd-krong-pac-ke-hoach.txt", "inbox/PGD Krong Pac/KH 27-PGDDT YTTH 2024.docx", "docx", 1),
    ("09-pgd-krong-pac-bao-cao.txt", "inbox/PGD Krong Pac/BC 402-PGDDT YTTH 2024.docx", "docx", 1),
    ("10-pgd-cu-mgar-bao-cao.txt", "inbox/BC YTTH 2024 PGD Cu Mgar.txt", "txt", 1),
]



def parse_blocks(lines, with_closing=True):
    return render.parse_style("sixth", lines, with_closing=with_closing)


def parse(text):
    """Return a list of documents: one, or the decision and its attached plan."""
    return render.parse_attached("sixth", text)


def render_one(doc, d, parent_lines):
    render.nd30_document(doc, d, parent_lines, render.layout("sixth"))


def render_docx(docs, parent_lines, out):
    render.render_nd30(docs, parent_lines, out, render.layout("sixth"), FIXED_TIME)


def to_pdf(docx_path, out):
    render.convert_to(docx_path, "pdf", out, LO_PROFILE)


def main():
    def pdf(sp, out, parent_lines):
        docs = parse(render.read_text(sp))
        render.via_docx(lambda tmp: render_docx(docs, parent_lines, tmp), "pdf", out, LO_PROFILE)

    render.build_files(HERE, FILES, {
        "docx": lambda sp, out, pl: render_docx(parse(render.read_text(sp)), pl, out),
        "pdf": pdf,
    })


if __name__ == "__main__":
    sys.exit(main())
