"""Build corpus/eleventh (tỉnh Gia Lai after the 2025 reorganisation, phòng, chống thiên tai 2026)
from src/*.txt.

Same source layout as corpus/fifth (header block, optional "DỰ THẢO" block, type and title,
body, Nơi nhận, signature); this script only lists the files; corpus/render.py renders them
in corpus/fifth's style: DOCX by python-docx (deterministic bytes), PDF and .doc by
LibreOffice from that DOCX with a private profile.

Added later: a spreadsheet report (Sở Y tế, .xlsx from src/09-so-y-te-bao-cao.yaml) and a
cover công văn + unit plan in one DOCX (Sở Công Thương, src/08-…, documents separated by a
line holding a single form feed), rendered as corpus/thirteenth renders them (the yaml
"biểu mẫu" report; corpus/sixth's style for the two documents). `build.py --addon` builds only these two files.

Run:  /work/main/.venv/bin/python corpus/eleventh/build.py [--addon]
"""
import os
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-eleventh-profile"
FIXED_TIME = datetime(2026, 1, 1, 0, 0, 0)

# source, output (relative to HERE), format, number of parent-body lines at
# the top of the left header column (printed regular, the rest bold)
FILES = [
    ("00-ke-hoach-tinh.txt", "plan/KH-19-UBND-phong-chong-thien-tai-2026-Gia-Lai.docx", "docx", 0),
    ("01-phuong-quy-nhon-du-thao.txt", "inbox/phuong Quy Nhon/Du thao KH PCTT 2026 - phuong Quy Nhon.docx", "docx", 1),
    ("02-phuong-quy-nhon-ke-hoach.txt", "inbox/phuong Quy Nhon/KH 34 PCTT 2026 Quy Nhon (ban ky).pdf", "pdf", 1),
    ("03-phuong-quy-nhon-nam-ke-hoach.txt", "inbox/KH PCTT 2026 P.Quy Nhon Nam.docx", "docx", 1),
    ("04-phuong-quy-nhon-bac-bao-cao.txt", "inbox/BC 6 thang PCTT 2026 - Quy Nhon Bac.docx", "docx", 1),
    ("05-xa-ia-krai-ke-hoach.txt", "inbox/Ia Krai_KH phong chong thien tai 2026.doc", "doc", 1),
    ("06-xa-ia-grai-bao-cao.txt", "inbox/IaGrai_BC PCTT 6 thang dau nam 2026.pdf", "pdf", 1),
    ("07-so-xay-dung-bao-cao.txt", "inbox/SXD_BC 1325 ket qua PCTT 6 thang 2026.docx", "docx", 1),
]

# added replies: (source, output, kind)
ADDON = [
    ("08-so-cong-thuong-cv-ke-hoach.txt", "inbox/SCT_CV 412 gui KH PCTT 2026.docx", "multi"),
    ("09-so-y-te-bao-cao.yaml", "inbox/SYT_BC 6 thang PCTT 2026 (bieu mau).xlsx", "xlsx"),
]



def addon():
    render.build_files(HERE, ADDON, {
        "multi": lambda sp, out: render.source_docx("sixth", render.read_text(sp), 1, out, FIXED_TIME, multi=True),
        "xlsx": lambda sp, out: render.render_xlsx_report(sp, out, "PYT", FIXED_TIME),
    }, clear=False)


def main():
    if "--addon" in sys.argv[1:]:
        return addon()

    def converted(sp, out, parent_lines, target):
        render.source_converted("fifth", render.read_text(sp), parent_lines, target, out, FIXED_TIME, LO_PROFILE)

    render.build_files(HERE, FILES, {
        "docx": lambda sp, out, pl: render.source_docx("fifth", render.read_text(sp), pl, out, FIXED_TIME),
        "pdf": lambda sp, out, pl: converted(sp, out, pl, "pdf"),
        "doc": lambda sp, out, pl: converted(sp, out, pl, "doc"),
    })
    addon()


if __name__ == "__main__":
    sys.exit(main())
