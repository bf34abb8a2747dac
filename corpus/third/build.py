"""Build corpus/third (Châu Thành, chuyển đổi số 2025) from src/*.txt.

Each source is a plain UTF-8 text typed the way the document reads, in blocks
separated by blank lines:

  1. the header, the two columns of Nghị định 30/2020/NĐ-CP typed one after the
     other: the left column (parent body, issuing body, "Số: …", for a công văn
     "V/v …"), then the right column from the line "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
     VIỆT NAM" on (motto, place and date);
  2. the type and title ("KẾ HOẠCH" / "BÁO CÁO" + title lines), or for a
     công văn the "Kính gửi: …" line;
  3. the body, one paragraph a line ("I. …" and short "1. …" lines are headings);
  4. "Nơi nhận:" and its lines;
  5. the signature block (blank lines kept as the signing space, last line the
     signer).

Outputs (rendered by corpus/render.py, the shared renderer): DOCX (python-docx;
header and closing in 2-column borderless tables, Times New Roman, A4, NĐ 30
margins), PDF (the DOCX converted by LibreOffice, private profile), or TXT (the
source copied byte for byte). Other sets import parse, render_docx, to_pdf,
main, … from this module by path: they stay here under the same names.

Run:  /work/main/.venv/bin/python corpus/third/build.py
DOCX output is deterministic (fixed core properties and zip timestamps); PDF
carries LibreOffice's own creation date.
"""
import os
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py
from render import ARABIC, FONT, ROMAN, cell_para, para, run, two_columns, write_fixed_zip  # noqa: E402,F401

from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402,F401  (kept importable from here)
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402,F401
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
LO_PROFILE = "file:///tmp/lo-third-profile"
FIXED_TIME = datetime(2025, 1, 1, 0, 0, 0)

# source, output (relative to HERE), format, number of parent-body lines at
# the top of the left header column (printed regular, the rest bold)
FILES = [
    ("00-ke-hoach-huyen.txt", "plan/KH-68-UBND-chuyen-doi-so-2025.docx", "docx", 0),
    ("01-phong-vhkhtt-ke-hoach.txt", "inbox/VHKHTT_KH 21 trien khai CDS 2025.docx", "docx", 1),
    ("02-van-phong-ke-hoach.txt", "inbox/VP HDND-UBND_KH 09 chinh quyen so 2025.docx", "docx", 1),
    ("03-phong-gddt-ke-hoach.txt", "inbox/PGDDT_KH chuyen doi so nganh GD 2025.docx", "docx", 1),
    ("04-phong-gddt-bao-cao.txt", "inbox/PGDDT_BC 118 ket qua CDS 6 thang 2025.docx", "docx", 1),
    ("05-trung-tam-y-te-ke-hoach.txt", "inbox/TTYT_KH CDS 2025 (356).pdf", "pdf", 1),
    ("06-trung-tam-vhtttt-ke-hoach.txt", "inbox/TTVHTTTT - KH tuyen truyen CDS 2025.txt", "txt", 1),
    ("07-xa-long-hung-ke-hoach.txt", "inbox/KH CDS 2025 xa Long Hung.txt", "txt", 0),
    ("08-xa-long-hung-bao-cao.txt", "inbox/xa Long Hung/BC ket qua CDS 6 thang dau nam 2025.docx", "docx", 0),
    ("09-hoi-lhpn-ke-hoach.txt", "inbox/Hoi LHPN/KH 12-HPN tham gia CDS 2025.docx", "docx", 1),
    ("10-phong-tckh-cong-van-thi-dua.txt", "inbox/PTCKH_CV 214 dang ky thi dua 2025.docx", "docx", 1),
]

def parse(text):
    return render.parse_style("third", text)


def render_docx(d, parent_lines, out):
    render.render_nd30(d, parent_lines, out, render.layout("third"), FIXED_TIME)


def to_pdf(docx_path, out):
    render.convert_to(docx_path, "pdf", out, LO_PROFILE)


def main(here=HERE, files=FILES):
    """Render ``files`` (source under here/src, output under here); corpus/seventh/build.py
    calls this with its own folder and list."""
    def pdf(sp, out, parent_lines):
        d = parse(render.read_text(sp))
        render.via_docx(lambda tmp: render_docx(d, parent_lines, tmp), "pdf", out, LO_PROFILE)

    render.build_files(here, files, {
        "docx": lambda sp, out, pl: render_docx(parse(render.read_text(sp)), pl, out),
        "pdf": pdf,
    })


if __name__ == "__main__":
    sys.exit(main())
