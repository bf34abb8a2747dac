#!/usr/bin/env python3
"""Build corpus/seventh (xã Hòa Phong, Hòa Vang, phòng chống sốt xuất huyết 2025) from src/*.txt.

Same source layout and rendering as corpus/third (see its build.py, whose renderer this
calls with this set's folder and files).

Run:  /work/main/.venv/bin/python corpus/seventh/build.py
DOCX output is deterministic (fixed core properties and zip timestamps); PDF
carries LibreOffice's own creation date.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "third_build", os.path.join(os.path.dirname(HERE), "third", "build.py"))
third = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(third)

# source, output (relative to HERE), format, number of parent-body lines at
# the top of the left header column (printed regular, the rest bold)
FILES = [
    ("00-ke-hoach-xa.txt", "plan/KH-27-UBND-phong-chong-SXH-2025-xa-Hoa-Phong.docx", "docx", 1),
    ("01-cong-an-xa-ke-hoach.txt", "inbox/CAX_KH 15 bao dam ANTT phong chong SXH 2025.docx", "docx", 1),
    ("02-tram-y-te-ke-hoach.txt", "inbox/TYT_KH 09 phong chong SXH 2025.pdf", "pdf", 1),
    ("03-tram-y-te-bao-cao.txt", "inbox/TYT_BC 31 ket qua SXH 6 thang 2025.docx", "docx", 1),
    ("04-doan-thanh-nien-ke-hoach.txt", "inbox/Doan xa - KH tinh nguyen diet lang quang 2025.txt", "txt", 0),
    ("05-hoi-lhpn-ke-hoach.txt", "inbox/HPN_KH 05 tham gia phong chong SXH.docx", "docx", 1),
    ("06-thon-tuy-loan-dong-1-bao-cao.txt", "inbox/thon/BC SXH thon Tuy Loan Dong 1.docx", "docx", 1),
    ("07-thon-duong-lam-1-bao-cao.txt", "inbox/thon/BC thon Duong Lam 1 (6 thang).docx", "docx", 1),
    ("08-truong-tieu-hoc-ke-hoach.txt", "inbox/TH Tuy Loan_KH phong chong SXH truong hoc 2025.docx", "docx", 1),
]


if __name__ == "__main__":
    sys.exit(third.main(HERE, FILES))
