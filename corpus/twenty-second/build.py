"""Build corpus/twenty-second (Sở Y tế tỉnh Long An, tiêm chủng mở rộng và chăm sóc sức
khỏe bà mẹ, trẻ em năm 2024: a province department's plan with per-centre targets).

Sources are typed as in corpus/third (header columns one after the other, type and title,
body one paragraph a line, "Nơi nhận:", signature); " | " lines are Word tables; a line
holding a single form feed separates the plan from its appendix. Everything is rendered by
the shared corpus/render.py from render.yaml; nothing new is drawn here:
  plan   corpus/seventeenth's build.plan (portrait body and signature, then a LANDSCAPE
         appendix "Phụ lục / CHỈ TIÊU GIAO CÁC TRUNG TÂM Y TẾ HUYỆN, THỊ XÃ TRỌNG ĐIỂM NĂM
         2024": a matrix, one row per centre, one column per indicator), loaded by path;
  docx   corpus/third's DOCX; docx-tables (corpus/twelfth): a table in the body;
  pdf    the DOCX (or docx-tables DOCX) converted by LibreOffice;
  xlsx   corpus/twenty-first's build.bieu_mau (merged header block, bordered table,
         numeric cells), loaded by path, used here with a one-row column header.

Run:  /work/main/.venv/bin/python corpus/twenty-second/build.py
DOCX and XLSX bytes are deterministic; the text PDFs carry LibreOffice's dates.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = render.set_paths(__file__)
SEVENTEENTH = render.set_module(os.path.join(render.CORPUS, "seventeenth"), "build")
TWENTY_FIRST = render.set_module(os.path.join(render.CORPUS, "twenty-first"), "build")


def plan(src, out, **options):
    """The master plan: corpus/seventeenth's renderer (landscape appendix after the signature)."""
    SEVENTEENTH.plan(src, out, **options)


def bieu_mau(src, out, **options):
    """The centre's spreadsheet report: corpus/twenty-first's "biểu mẫu" writer."""
    TWENTY_FIRST.bieu_mau(src, out, **options)


if __name__ == "__main__":
    sys.exit(render.main([HERE] + sys.argv[1:]))
