#!/usr/bin/env python3
"""Build corpus/fourteenth (Bộ Y tế, phòng, chống bệnh truyền nhiễm 2026) from src/*.txt.

Same source layout as corpus/fifth (header block, type and title, body, Nơi nhận,
signature); this script lists the files and calls corpus/fifth/build.py's renderer
(loaded by path): DOCX by python-docx (deterministic bytes); PDF, .rtf and .doc by
LibreOffice from that DOCX with a private profile. New here: only the .rtf target,
which is fifth's LibreOffice conversion with another filter name.

Added later (build_addon, run with the argument "addon"; it writes only its two
files and leaves the rest of inbox/ alone): a spreadsheet "biểu mẫu" report
(.xlsx by corpus/thirteenth/build.py's render_xlsx from a YAML source) and a cover
công văn followed by the plan it sends in one DOCX (thirteenth's render_multi, i.e.
corpus/sixth's renderer; documents separated in the source by a form-feed line).

Run:  /work/main/.venv/bin/python corpus/fourteenth/build.py          (everything)
      /work/main/.venv/bin/python corpus/fourteenth/build.py addon    (the two added files)
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
fifth.LO_PROFILE = "file:///tmp/lo-fourteenth-profile"
fifth.FIXED_TIME = datetime(2026, 1, 1, 0, 0, 0)

# source, output (relative to HERE), format, number of parent-body lines at
# the top of the left header column (printed regular, the rest bold)
FILES = [
    ("00-ke-hoach-bo-y-te.txt", "plan/KH-86-BYT-phong-chong-benh-truyen-nhiem-2026.docx", "docx", 0),
    ("01-so-y-te-gia-lai-ke-hoach.txt", "inbox/SYT Gia Lai_KH 215 phong chong BTN 2026.docx", "docx", 1),
    ("02-so-y-te-hue-ke-hoach.txt", "inbox/SYT Hue - KH 742 PCBTN 2026 (ban ky).pdf", "pdf", 1),
    ("03-so-y-te-quang-ngai-ke-hoach.txt", "inbox/SYT Quang Ngai - KH 388 PCDB truyen nhiem 2026.rtf", "rtf", 1),
    ("04-so-y-te-dak-lak-bao-cao.txt", "inbox/SYT Dak Lak_BC 1056 PCBTN 6 thang dau nam 2026.docx", "docx", 1),
    ("05-cuc-kcb-bao-cao.txt", "inbox/Cuc KCB_BC 417 ket qua PCBTN 6 thang 2026.docx", "docx", 1),
    ("06-so-y-te-kon-tum-ke-hoach-2024.txt", "inbox/SYT Kon Tum_KH phong chong benh truyen nhiem.doc", "doc", 1),
]

# added files: the spreadsheet report and the cover letter + plan
ADDON_XLSX = [
    ("07-so-y-te-quang-ngai-bao-cao.yaml", "inbox/SYT Quang Ngai_Bieu mau BC 6 thang PCBTN 2026.xlsx"),
]
ADDON_MULTI = [
    ("08-so-y-te-da-nang-cv-ke-hoach.txt", "inbox/SYT Da Nang_CV 612 gui KH 598 PCBTN 2026.docx", 1),
]


def build_addon():
    _s = importlib.util.spec_from_file_location(
        "thirteenth_build", os.path.join(os.path.dirname(HERE), "thirteenth", "build.py"))
    thirteenth = importlib.util.module_from_spec(_s)
    _s.loader.exec_module(thirteenth)
    thirteenth.FIXED_TIME = datetime(2026, 1, 1, 0, 0, 0)
    for src, rel in ADDON_XLSX:
        thirteenth.render_xlsx(os.path.join(HERE, "src", src), os.path.join(HERE, rel))
        print(rel)
    for src, rel, parent_lines in ADDON_MULTI:
        thirteenth.render_multi(os.path.join(HERE, "src", src), os.path.join(HERE, rel), parent_lines)
        print(rel)


def main():
    for d in ("plan", "inbox"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    for src, rel, fmt, parent_lines in FILES:
        out = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(os.path.join(HERE, "src", src), encoding="utf-8") as fh:
            d = fifth.parse(fh.read())
        if fmt == "docx":
            fifth.render_docx(d, parent_lines, out)
        elif fmt in ("pdf", "doc", "rtf"):
            fifth.via_docx(d, parent_lines, fmt, out)
        else:
            raise ValueError(fmt)
        print(rel)
    build_addon()


if __name__ == "__main__":
    sys.exit(build_addon() if sys.argv[1:] == ["addon"] else main())
