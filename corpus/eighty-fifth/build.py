#!/usr/bin/env python3
"""Build corpus/eighty-fifth (Sở Y tế tỉnh Hà Tĩnh: Kế hoạch 186/KH-SYT ngày 21/01/2026,
phòng, chống tác hại của thuốc lá trong ngành Y tế năm 2026; the units' plans and 9-month
reports whose tables put the plan's duties as COLUMNS) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, scan, xlsx-report);
the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path; grid_docx only sets
the month grid of one unit plan in a smaller font.

Run:  /work/main/.venv/bin/python corpus/eighty-fifth/build.py   (= corpus/render.py eighty-fifth)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def grid_docx(src, out, time=None, grid_pt=10, **options):
    """render.py's "docx", then its widest body table (the T1 ... T12 month grid of a unit's
    plan) set in ``grid_pt`` points so that the month headers stay on one line."""
    from docx import Document
    from docx.shared import Pt
    R.docx_file(src, out, time=time, **options)
    doc = Document(out)
    grid = max(doc.tables, key=lambda t: len(t.columns))
    for row in grid.rows:
        for cell in row.cells:
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(grid_pt)
    R.save_docx(doc, out, time)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
