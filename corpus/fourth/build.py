"""Build corpus/fourth (tỉnh Quảng Ngãi, cải cách hành chính 2024) from src/*.txt.

Rendered by corpus/render.py (the shared renderer) as corpus/third, with one
addition: tables in the body.

Each source is a plain UTF-8 text typed the way the document reads, in blocks
separated by blank lines:

  1. the header, the two columns of Nghị định 30/2020/NĐ-CP typed one after the
     other: the left column (parent body, issuing body, "Số: …", for a công văn
     "V/v …"), then the right column from the line "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
     VIỆT NAM" on (motto, place and date);
  2. the type and title ("KẾ HOẠCH" / "BÁO CÁO" + title lines), or for a
     công văn the "Kính gửi: …" line;
  3. the body, one paragraph a line ("I. …" and short "1. …" lines are
     headings); a run of consecutive lines with " | " between cells is a table,
     its first line the header row;
  4. "Nơi nhận:" and its lines;
  5. the signature block (blank lines kept as the signing space, last line the
     signer).

Outputs: DOCX (python-docx; header and closing in 2-column borderless tables,
body tables as real Word tables with grid borders, Times New Roman, A4, NĐ 30
margins), PDF (the DOCX converted by LibreOffice, private profile), TXT (the
source copied byte for byte), or a byte copy of another output (the duplicate).

Run:  /work/main/.venv/bin/python corpus/fourth/build.py
DOCX output is deterministic (fixed core properties and zip timestamps); the
PDF carries LibreOffice's own creation date.
"""
import os
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py
from render import (ARABIC, CELL_SEP, FONT, ROMAN, cell_para, para, run,  # noqa: E402,F401
                    set_grid_borders, two_columns, write_fixed_zip)

from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402,F401  (kept importable from here)
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402,F401
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
LO_PROFILE = "file:///tmp/lo-fourth-profile"
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)

# source, output (relative to HERE), format, number of parent-body lines at
# the top of the left header column (printed regular, the rest bold).
# format "copy" copies the bytes of an output built earlier (named first).
FILES = [
    ("00-ke-hoach-tinh.txt", "plan/KH-41-UBND-cai-cach-hanh-chinh-2024.docx", "docx", 0),
    ("01-so-noi-vu-ke-hoach.txt", "inbox/KH 125 SNV.docx", "docx", 1),
    ("inbox/KH 125 SNV.docx", "inbox/KH 125 SNV (1).docx", "copy", 1),
    ("02-so-tttt-ke-hoach.txt", "inbox/STTTT_KH 88 CCHC 2024.docx", "docx", 1),
    ("03-so-tu-phap-ke-hoach.txt", "inbox/STP - KH CCHC 2024 (36).pdf", "pdf", 1),
    ("04-so-tu-phap-bao-cao.txt", "inbox/STP_BC 218 ket qua CCHC 2024.docx", "docx", 1),
    ("05-cong-an-tinh-ke-hoach.txt", "inbox/CAT_KH 1087 CCHC 2024.docx", "docx", 1),
    ("06-so-khcn-ke-hoach.txt", "inbox/SKHCN KH 42 cai cach hanh chinh 2024.txt", "txt", 1),
    ("07-huyen-mo-duc-ke-hoach.txt", "inbox/huyen Mo Duc/KH 45 CCHC 2024 Mo Duc.docx", "docx", 0),
    ("08-thi-xa-duc-pho-ke-hoach.txt", "inbox/TXDP_KH 52-UBND CCHC 2024.docx", "docx", 0),
    ("09-so-tai-chinh-cong-van.txt", "inbox/STC_CV 1023 gop y KH tuyen dung CC 2024.docx", "docx", 1),
]

# column widths (cm) of body tables, by number of columns; text width 16.5 cm
TABLE_WIDTHS = dict(render.STYLES["fourth"][1].table_widths)


def parse(text):
    return render.parse_style("fourth", text)


def body_table(doc, rows):
    render.body_table(doc, rows, TABLE_WIDTHS)


def render_docx(d, parent_lines, out):
    render.render_nd30(d, parent_lines, out, render.layout("fourth", table_widths=TABLE_WIDTHS), FIXED_TIME)


def to_pdf(docx_path, out):
    render.convert_to(docx_path, "pdf", out, LO_PROFILE)


def main():
    def pdf(sp, out, parent_lines):
        d = parse(render.read_text(sp))
        render.via_docx(lambda tmp: render_docx(d, parent_lines, tmp), "pdf", out, LO_PROFILE)

    render.build_files(HERE, FILES, {
        "docx": lambda sp, out, pl: render_docx(parse(render.read_text(sp)), pl, out),
        "pdf": pdf,
    })


if __name__ == "__main__":
    sys.exit(main())
