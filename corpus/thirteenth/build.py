"""Build corpus/thirteenth (thành phố Cà Mau, bảo đảm an toàn thực phẩm 2024) from src/.

Rendered by corpus/render.py (the shared renderer): corpus/third's style (one
document per DOCX, text PDF through LibreOffice, .txt copied byte for byte),
corpus/sixth's (several documents in one DOCX, separated in the source by a
line holding a single form feed), and the Phòng Y tế's report as an .xlsx
"biểu mẫu" from src/05-phong-y-te-bao-cao.yaml (render_xlsx_report: header
block and closing in merged cells). Other sets call render_multi and
render_xlsx of this module by path: they stay here.

The master plan is src/00-ke-hoach-web.txt, a copy of the plan as a legal-document
web site shows it (table cells as "|", rule lines, hard line breaks), copied as is.

Run:  /work/main/.venv/bin/python corpus/thirteenth/build.py
DOCX and XLSX output is deterministic (fixed core properties and zip timestamps);
the PDF carries LibreOffice's own creation date.
"""
import importlib.util
import os
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)


def _load(name):
    spec = importlib.util.spec_from_file_location(
        name + "_build", os.path.join(CORPUS, name, "build.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


third = _load("third")
sixth = _load("sixth")
third.LO_PROFILE = sixth.LO_PROFILE = "file:///tmp/lo-thirteenth-profile"

# single-document files, rendered by corpus/third: source, output, format,
# number of parent-body lines at the top of the left header column
FILES = [
    ("00-ke-hoach-web.txt",
     "plan/Ke-hoach-38-KH-UBND-2024-bao-dam-an-toan-thuc-pham-thanh-pho-Ca-Mau.txt", "txt", 0),
    ("01-phuong-2-ke-hoach.txt", "inbox/P2_KH 19 bao dam ATTP nam 2024.docx", "docx", 0),
    ("02-phuong-5-ke-hoach.txt", "inbox/Phuong 5 - KH trien khai ATTP 2024.docx", "docx", 1),
    ("03-phuong-8-bao-cao.txt", "inbox/P8_BC ATTP 6 thang dau nam 2024.docx", "docx", 1),
    ("04-xa-tac-van-bao-cao.txt", "inbox/xa Tac Van/BC 58 ATTP 6 thang 2024.pdf", "pdf", 1),
]
# a cover công văn and the plan it sends, in one DOCX (corpus/sixth's renderer)
MULTI = [
    ("06-phong-kinh-te-cv-ke-hoach.txt", "inbox/PKT_CV 214 gui KH ATTP 2024.docx", 1),
]
# the spreadsheet report
XLSX = [
    ("05-phong-y-te-bao-cao.yaml", "inbox/PYT_BC ket qua KH 38 ATTP 6 thang 2024.xlsx"),
]

FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)


def render_multi(src, out, parent_lines):
    sixth.render_docx(render.parse_documents("sixth", render.read_text(src)), parent_lines, out)


def render_xlsx(src, out):
    render.render_xlsx_report(src, out, "PYT", FIXED_TIME)


def main():
    third.main(HERE, FILES)  # clears plan/ and inbox/ first
    root = render.out_dir(HERE)
    for src, rel, parent_lines in MULTI:
        render_multi(os.path.join(HERE, "src", src), os.path.join(root, rel), parent_lines)
        print(rel)
    for src, rel in XLSX:
        render_xlsx(os.path.join(HERE, "src", src), os.path.join(root, rel))
        print(rel)


if __name__ == "__main__":
    sys.exit(main())
