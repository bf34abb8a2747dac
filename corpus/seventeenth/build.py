"""Build corpus/seventeenth (huyện Hàm Thuận Bắc, Bình Thuận, xây dựng nông thôn mới 2024).

Sources are typed as in corpus/third (header columns one after the other, type
and title, body one paragraph a line, "Nơi nhận:", signature). A line holding a
single form feed separates a document from the appendix that follows its
signature in the same file; appendix tables use corpus/twelfth's cell marks
("^" merged with the cell above, "<" merged with the cell on the left, a row
with an empty first cell continues the task of the row above).

Which file is rendered how is render.yaml, built by corpus/render.py (the shared
renderer, with its merged-cell tables of corpus/twelfth):
  plan   build.plan here: corpus/third's DOCX, then (new here) a LANDSCAPE section after the
         signature holding the appendix title and corpus/twelfth's merged-cell
         table (6 columns: STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp |
         Sản phẩm | Thời gian hoàn thành);
  docx   "docx-tables", corpus/twelfth's renderer (body tables, portrait appendix after a page break);
  pdf    the same DOCX converted by LibreOffice;
  doc    corpus/fifth's DOCX -> Word 97-2003 via LibreOffice;
  scan   corpus/fifth's image-only PDF (300 dpi, rotated, speckled).

Added later (group addon: build only these with `build.py addon`):
  xlsx   src/07-xa-dong-giang-bao-cao.yaml, UBND xã Đông Giang's report as a
         spreadsheet "biểu mẫu" (render_xlsx_report, corpus/thirteenth's);
  multi  src/08-phong-ldtbxh-cv-ke-hoach.txt, a cover công văn then the plan it
         sends, in ONE DOCX (corpus/sixth's style).

Run:  /work/main/.venv/bin/python corpus/seventeenth/build.py   (= corpus/render.py seventeenth)
      /work/main/.venv/bin/python corpus/seventeenth/build.py addon
DOCX bytes are deterministic (fixed core properties and zip timestamps); the
scan's image bytes too; the text PDF and the .doc carry LibreOffice's dates.
"""
import os
import sys
import tempfile
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py
from docx import Document  # noqa: E402

HERE, SRC, LO_PROFILE = render.set_paths(__file__)
CORPUS = render.CORPUS
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)
PLAN = "plan/KH-52-UBND-xay-dung-NTM-2024-Ham-Thuan-Bac.docx"


def plan(src, out, parent_lines=0, table_widths=None, time=FIXED_TIME, **_):
    """The master plan: portrait body and signature, then a landscape appendix (its
    table with merged cells, table_widths by column count)."""
    main_text, appendix = render.split_documents(render.read_text(src))
    tmp = tempfile.mkdtemp(prefix="seventeenth-plan-")
    try:
        first = os.path.join(tmp, "first.docx")
        render.source_docx("third", main_text, parent_lines, first, time)
        doc = Document(first)
    finally:
        render.shutil.rmtree(tmp, ignore_errors=True)
    render.landscape_section(doc)
    lines = appendix.split("\n")
    k = lines.index("")
    render.appendix_title(doc, lines[:k])
    render.merged_table(doc, [render.cells(l) for l in lines[k:] if "|" in l], table_widths)
    render.save_docx(doc, out, time)


if __name__ == "__main__":
    sys.exit(render.main([HERE] + sys.argv[1:]))
