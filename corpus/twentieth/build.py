"""Build corpus/twentieth (tỉnh Tuyên Quang after the July 2025 merger, giảm nghèo bền vững 2026).

Sources are typed as in corpus/third (header columns one after the other, type and title,
body one paragraph a line, "Nơi nhận:", signature); the spreadsheet report is a yaml of its
cells (corpus/thirteenth's layout). Everything is rendered by the shared corpus/render.py
from render.yaml; nothing new is drawn here:
  plan   corpus/seventeenth's build.plan (portrait body and signature, then a LANDSCAPE
         appendix "Phụ lục: Chỉ tiêu, nhiệm vụ giao các đơn vị năm 2026", merged-cell table
         STT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu giao | Đơn vị chủ trì | Thời hạn), loaded by path;
  docx   corpus/third's DOCX; docx-tables (corpus/twelfth): a results table in the body;
  pdf    the DOCX converted by LibreOffice;
  xlsx   the "biểu mẫu" report (render_xlsx_report, corpus/thirteenth's), numeric cells;
  scan   the PDF printed and scanned: one page, 300 dpi, grey, image only (corpus/fifth's).

Run:  /work/main/.venv/bin/python corpus/twentieth/build.py
DOCX and XLSX bytes are deterministic; the text PDFs carry LibreOffice's dates.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = render.set_paths(__file__)
SEVENTEENTH = render.set_module(os.path.join(render.CORPUS, "seventeenth"), "build")


def plan(src, out, **options):
    """The master plan: corpus/seventeenth's renderer (landscape appendix after the signature)."""
    SEVENTEENTH.plan(src, out, **options)


if __name__ == "__main__":
    sys.exit(render.main([HERE] + sys.argv[1:]))
