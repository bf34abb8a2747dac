"""Build corpus/thirteenth (thành phố Cà Mau, bảo đảm an toàn thực phẩm 2024) from src/.

How each source is rendered is render.yaml, built by corpus/render.py (the shared
renderer): corpus/third's style (one document per DOCX, text PDF through
LibreOffice, .txt copied byte for byte), corpus/sixth's (several documents in one
DOCX, separated in the source by a line holding a single form feed), and the
Phòng Y tế's report as an .xlsx "biểu mẫu" from src/05-phong-y-te-bao-cao.yaml
(render_xlsx_report). Other scripts call render_multi and render_xlsx of this
module by path: they stay here.

The master plan is src/00-ke-hoach-web.txt, a copy of the plan as a legal-document
web site shows it (table cells as "|", rule lines, hard line breaks), copied as is.

Run:  /work/main/.venv/bin/python corpus/thirteenth/build.py   (= corpus/render.py thirteenth)
"""
import os
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = render.set_paths(__file__)
CORPUS = render.CORPUS
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)


def render_multi(src, out, parent_lines):
    render.docx_file(src, out, "sixth", parent_lines, FIXED_TIME, multi=True)


def render_xlsx(src, out):
    render.render_xlsx_report(src, out, "PYT", FIXED_TIME)


if __name__ == "__main__":
    sys.exit(render.main([HERE] + sys.argv[1:]))
