"""Build corpus/seventeenth (huyện Hàm Thuận Bắc, Bình Thuận, xây dựng nông thôn mới 2024).

Sources are typed as in corpus/third (header columns one after the other, type
and title, body one paragraph a line, "Nơi nhận:", signature). A line holding a
single form feed separates a document from the appendix that follows its
signature in the same file; appendix tables use corpus/twelfth's cell marks
("^" merged with the cell above, "<" merged with the cell on the left, a row
with an empty first cell continues the task of the row above).

Everything is rendered by corpus/render.py (the shared renderer) and
corpus/twelfth/build.py (its merged-cell tables, loaded by path):
  plan   corpus/third's DOCX, then (new here) a LANDSCAPE section after the
         signature holding the appendix title and corpus/twelfth's merged-cell
         table (6 columns: STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp |
         Sản phẩm | Thời gian hoàn thành);
  docx   corpus/twelfth's renderer (body tables, portrait appendix after a page break);
  pdf    the same DOCX converted by LibreOffice;
  doc    corpus/fifth's DOCX -> Word 97-2003 via LibreOffice;
  scan   corpus/fifth's image-only PDF (300 dpi, rotated, speckled).

Added later (build only these with --addon; main() builds them too):
  xlsx   src/07-xa-dong-giang-bao-cao.yaml, UBND xã Đông Giang's report as a
         spreadsheet "biểu mẫu" (render_xlsx_report, corpus/thirteenth's);
  multi  src/08-phong-ldtbxh-cv-ke-hoach.txt, a cover công văn then the plan it
         sends, in ONE DOCX (corpus/sixth's style).

Run:  /work/main/.venv/bin/python corpus/seventeenth/build.py
      /work/main/.venv/bin/python corpus/seventeenth/build.py --addon
DOCX bytes are deterministic (fixed core properties and zip timestamps); the
scan's image bytes too; the text PDF and the .doc carry LibreOffice's dates.
"""
import importlib.util
import os
import sys
import tempfile
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py
from docx import Document  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
CORPUS = os.path.dirname(HERE)
LO_PROFILE = "file:///tmp/lo-seventeenth-profile"
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)


def _load(name):
    spec = importlib.util.spec_from_file_location(
        name + "_build_17", os.path.join(CORPUS, name, "build.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


twelfth = _load("twelfth")      # tables with merged cells, appendix after a page break
twelfth.THIRD_TIME = twelfth.FIXED_TIME = FIXED_TIME

PLAN = "plan/KH-52-UBND-xay-dung-NTM-2024-Ham-Thuan-Bac.docx"

# source, output, format, parent-body lines in the header, table widths (cm) by column count
FILES = [
    ("00-ke-hoach-huyen.txt", PLAN, "plan", 0,
     {6: (1.3, 8.4, 3.7, 4.6, 4.3, 3.2)}),
    ("01-phong-tnmt-ke-hoach.txt", "inbox/TNMT_KH 21 nhiem vu NTM 2024.docx", "docx", 1,
     {5: (1.2, 7.0, 2.8, 3.0, 2.5)}),
    ("02-xa-ham-tri-bao-cao.txt", "inbox/xa Ham Tri/BC 186 ket qua NTM nam 2024.docx", "docx", 1,
     {4: (1.2, 3.9, 8.8, 2.6)}),
    ("03-xa-ham-phu-ke-hoach.txt", "inbox/KH 24-UBND xa Ham Phu NTM nang cao 2024.pdf", "pdf", 1,
     {5: (1.2, 2.3, 6.9, 3.2, 2.9)}),
    ("04-phong-nn-bao-cao.txt", "inbox/PNN_BC 312 ket qua NTM 2024.doc", "doc", 1, {}),
    ("05-phong-gddt-ke-hoach.txt", "inbox/PGDDT_KH 58 trien khai KH 52 NTM.docx", "docx", 1, {}),
    ("06-xa-ham-chinh-ke-hoach.txt", "inbox/xa Ham Chinh/Scan KH NTM kieu mau 2024.pdf", "scan", 1, {}),
]


def render_plan(text, parent_lines, out):
    """The master plan: portrait body and signature, then a landscape appendix."""
    main_text, appendix = render.split_documents(text)
    tmp = tempfile.mkdtemp(prefix="seventeenth-plan-")
    try:
        first = os.path.join(tmp, "first.docx")
        render.source_docx("third", main_text, parent_lines, first, FIXED_TIME)
        doc = Document(first)
    finally:
        render.shutil.rmtree(tmp, ignore_errors=True)
    render.landscape_section(doc)
    lines = appendix.split("\n")
    k = lines.index("")
    render.appendix_title(doc, lines[:k])
    twelfth.build_table(doc, [render.cells(l) for l in lines[k:] if "|" in l])
    render.save_docx(doc, out, FIXED_TIME)


ADDON_XLSX = ("07-xa-dong-giang-bao-cao.yaml",
              "inbox/xa Dong Giang/BC 203 ket qua NTM 2024 Dong Giang.xlsx")
ADDON_MULTI = ("08-phong-ldtbxh-cv-ke-hoach.txt",
               "inbox/LDTBXH_CV 86 gui KH 85 NTM 2024.docx", 1)


def build_addon():
    """Only the two later files; the rest of inbox/ and plan/ is left as it is."""
    render.build_files(HERE, [ADDON_XLSX + ("xlsx",), ADDON_MULTI[:2] + ("multi", ADDON_MULTI[2])], {
        "xlsx": lambda sp, out: render.render_xlsx_report(sp, out, "VanPhong-UBND", FIXED_TIME),
        "multi": lambda sp, out, pl: render.source_docx(
            "sixth", render.read_text(sp), pl, out, FIXED_TIME, multi=True),
    }, clear=False)


def main():
    if "--addon" in sys.argv[1:]:
        return build_addon()

    def kind(fn):
        def build(sp, out, parent_lines, widths):
            twelfth.TABLE_WIDTHS.update(widths)
            fn(render.read_text(sp), parent_lines, out)
        return build

    render.build_files(HERE, FILES, {
        "plan": kind(render_plan),
        "docx": kind(twelfth.render_docx),
        "pdf": kind(lambda text, pl, out: render.via_docx(
            lambda tmp: twelfth.render_docx(text, pl, tmp), "pdf", out, LO_PROFILE)),
        "doc": kind(lambda text, pl, out: render.source_converted(
            "fifth", text, pl, "doc", out, FIXED_TIME, LO_PROFILE)),
        "scan": kind(lambda text, pl, out: render.source_scan(
            "fifth", text, pl, out, FIXED_TIME, LO_PROFILE, angle=-0.6, seed=17)),
    })
    build_addon()


if __name__ == "__main__":
    sys.exit(main())
