"""Build corpus/sixth (Sở GD&ĐT Đắk Lắk, y tế trường học 2024) from src/*.txt.

Sources typed as corpus/third's (see its build.py); besides, in the type and
title block a line "Kính gửi: …" is printed after the title and a title line in
parentheses, "(Ban hành kèm theo …)", is italic; in a decision, a line in
capitals ("GIÁM ĐỐC SỞ …", "QUYẾT ĐỊNH:") is centred bold, "Căn cứ …" / "Theo đề
nghị …" are italic and "Điều N." is bold. The master source (00) holds the
decision, a line with a single form feed, then the plan issued with it (no "Số:",
no date, no signature): both go into ONE DOCX, the plan on a new page.

How each source is rendered is render.yaml (render.STYLES["sixth"], multi:
attached), built by corpus/render.py, the shared renderer; other scripts import
this module's functions by path: they stay here.

Run:  /work/main/.venv/bin/python corpus/sixth/build.py   (= corpus/render.py sixth)
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
HERE, SRC, LO_PROFILE = render.set_paths(__file__)
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)


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


if __name__ == "__main__":
    sys.exit(render.main([HERE] + sys.argv[1:]))
