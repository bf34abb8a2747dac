#!/usr/bin/env python3
"""Build corpus/eleventh (tỉnh Gia Lai after the 2025 reorganisation, phòng, chống thiên tai 2026)
from src/*.txt.

Same source layout as corpus/fifth (header block, optional "DỰ THẢO" block, type and title,
body, Nơi nhận, signature); this script only lists the files and calls corpus/fifth/build.py's
renderer (loaded by path): DOCX by python-docx (deterministic bytes), PDF and .doc by
LibreOffice from that DOCX with a private profile.

Added later: a spreadsheet report (Sở Y tế, .xlsx from src/09-so-y-te-bao-cao.yaml) and a
cover công văn + unit plan in one DOCX (Sở Công Thương, src/08-…, documents separated by a
line holding a single form feed), both rendered by corpus/thirteenth/build.py's render_xlsx /
render_multi (loaded by path). `build.py --addon` builds only these two files.

Run:  /work/main/.venv/bin/python corpus/eleventh/build.py [--addon]
"""
import importlib.util
import os
import shutil
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "fifth_build", os.path.join(os.path.dirname(HERE), "fifth", "build.py"))
fifth = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fifth)
fifth.LO_PROFILE = "file:///tmp/lo-eleventh-profile"
fifth.FIXED_TIME = datetime(2026, 1, 1, 0, 0, 0)

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
    spec = importlib.util.spec_from_file_location(
        "thirteenth_build", os.path.join(os.path.dirname(HERE), "thirteenth", "build.py"))
    thirteenth = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(thirteenth)
    thirteenth.FIXED_TIME = thirteenth.sixth.FIXED_TIME = datetime(2026, 1, 1, 0, 0, 0)
    for src, rel, kind in ADDON:
        out = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if kind == "multi":
            thirteenth.render_multi(os.path.join(HERE, "src", src), out, 1)
        else:
            thirteenth.render_xlsx(os.path.join(HERE, "src", src), out)
        print(rel)


def main():
    if "--addon" in sys.argv[1:]:
        return addon()
    for d in ("plan", "inbox"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    for src, rel, fmt, parent_lines in FILES:
        out = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(os.path.join(HERE, "src", src), encoding="utf-8") as fh:
            d = fifth.parse(fh.read())
        if fmt == "docx":
            fifth.render_docx(d, parent_lines, out)
        elif fmt in ("pdf", "doc"):
            fifth.via_docx(d, parent_lines, fmt, out)
        else:
            raise ValueError(fmt)
        print(rel)
    addon()


if __name__ == "__main__":
    sys.exit(main())
