"""Build corpus/fourth (tỉnh Quảng Ngãi, cải cách hành chính 2024) from src/*.txt.

Sources as corpus/third's (see its build.py), with one addition: a run of
consecutive body lines with " | " between cells is a table, its first line the
header row. How each source is rendered is render.yaml: DOCX in
render.STYLES["fourth"] (body tables as Word tables with grid borders), PDF
through LibreOffice, TXT copied byte for byte, a byte copy of another output
(the duplicate); built by corpus/render.py, the shared renderer. The functions
other scripts import from here by path keep their names.

Run:  /work/main/.venv/bin/python corpus/fourth/build.py   (= corpus/render.py fourth)
"""
import os
import sys
from datetime import datetime

from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: F401  (kept importable from here)
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: F401

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py
from render import (ARABIC, CELL_SEP, FONT, ROMAN, cell_para, para, run,  # noqa: E402,F401
                    set_grid_borders, two_columns, write_fixed_zip)

HERE, SRC, LO_PROFILE = render.set_paths(__file__)
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)
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


if __name__ == "__main__":
    sys.exit(render.main([HERE] + sys.argv[1:]))
