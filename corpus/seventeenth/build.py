#!/usr/bin/env python3
"""Build corpus/seventeenth (huyện Hàm Thuận Bắc, Bình Thuận, xây dựng nông thôn mới 2024).

Sources are typed as in corpus/third (header columns one after the other, type
and title, body one paragraph a line, "Nơi nhận:", signature). A line holding a
single form feed separates a document from the appendix that follows its
signature in the same file; appendix tables use corpus/twelfth's cell marks
("^" merged with the cell above, "<" merged with the cell on the left, a row
with an empty first cell continues the task of the row above).

Everything is rendered by the other sets' build scripts, loaded by path:
  plan   corpus/third's DOCX, then (new here) a LANDSCAPE section after the
         signature holding the appendix title and corpus/twelfth's merged-cell
         table (6 columns: STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp |
         Sản phẩm | Thời gian hoàn thành);
  docx   corpus/twelfth's renderer (body tables, portrait appendix after a page break);
  pdf    the same DOCX converted by LibreOffice;
  doc    corpus/fifth's DOCX -> Word 97-2003 via LibreOffice;
  scan   corpus/fifth's image-only PDF (300 dpi, rotated, speckled).

Added later (build only these with --addon; main() does not touch them):
  xlsx   src/07-xa-dong-giang-bao-cao.yaml, UBND xã Đông Giang's report as a
         spreadsheet "biểu mẫu", by corpus/thirteenth's render_xlsx;
  multi  src/08-phong-ldtbxh-cv-ke-hoach.txt, a cover công văn then the plan it
         sends, in ONE DOCX, by corpus/thirteenth's render_multi (corpus/sixth).

Run:  /work/main/.venv/bin/python corpus/seventeenth/build.py
      /work/main/.venv/bin/python corpus/seventeenth/build.py --addon
DOCX bytes are deterministic (fixed core properties and zip timestamps); the
scan's image bytes too; the text PDF and the .doc carry LibreOffice's dates.
"""
import importlib.util
import io
import os
import shutil
import sys
import tempfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

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


twelfth = _load("twelfth")      # loads its own corpus/third and corpus/fourth
third = twelfth.third
fifth = _load("fifth")
for m in (third, fifth):
    m.LO_PROFILE = LO_PROFILE
    m.FIXED_TIME = FIXED_TIME
twelfth.FIXED_TIME = FIXED_TIME

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
    main_text, appendix = text.rstrip("\n").split("\n\f\n")
    tmp = tempfile.mkdtemp(prefix="seventeenth-plan-")
    try:
        first = os.path.join(tmp, "first.docx")
        third.render_docx(third.parse(main_text), parent_lines, first)
        doc = Document(first)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    lines = appendix.split("\n")
    k = lines.index("")
    for n, line in enumerate(lines[:k]):
        if line.startswith("("):
            third.para(doc, line, size=13, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
        else:
            third.para(doc, line, size=14 if n else 13, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    rows = [twelfth.cells(l) for l in lines[k:] if "|" in l]
    twelfth.build_table(doc, rows)
    cp = doc.core_properties
    cp.created = cp.modified = FIXED_TIME
    buf = io.BytesIO()
    doc.save(buf)
    third.write_fixed_zip(buf.getvalue(), out)


ADDON_XLSX = ("07-xa-dong-giang-bao-cao.yaml",
              "inbox/xa Dong Giang/BC 203 ket qua NTM 2024 Dong Giang.xlsx")
ADDON_MULTI = ("08-phong-ldtbxh-cv-ke-hoach.txt",
               "inbox/LDTBXH_CV 86 gui KH 85 NTM 2024.docx", 1)


def build_addon():
    """Only the two later files; the rest of inbox/ and plan/ is left as it is."""
    import re
    import zipfile
    thirteenth = _load("thirteenth")
    src, rel = ADDON_XLSX
    out = os.path.join(HERE, rel)
    thirteenth.render_xlsx(os.path.join(SRC, src), out)
    # render_xlsx stamps corpus/thirteenth's author: put the commune's clerk instead
    zin = zipfile.ZipFile(out)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb">PYT<", b">VanPhong-UBND<", data)
            zout.writestr(info, data)
    zin.close()
    third.write_fixed_zip(buf.getvalue(), out)
    print(rel)
    src, rel, parent_lines = ADDON_MULTI
    thirteenth.render_multi(os.path.join(SRC, src), os.path.join(HERE, rel), parent_lines)
    print(rel)


def main():
    if "--addon" in sys.argv[1:]:
        return build_addon()
    for d in ("plan", "inbox"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    for src, rel, fmt, parent_lines, widths in FILES:
        out = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(os.path.join(SRC, src), encoding="utf-8") as fh:
            text = fh.read()
        twelfth.TABLE_WIDTHS.update(widths)
        if fmt == "plan":
            render_plan(text, parent_lines, out)
        elif fmt == "docx":
            twelfth.render_docx(text, parent_lines, out)
        elif fmt == "pdf":
            tmp = tempfile.mkdtemp(prefix="seventeenth-pdf-")
            try:
                tmp_docx = os.path.join(tmp, os.path.splitext(os.path.basename(rel))[0] + ".docx")
                twelfth.render_docx(text, parent_lines, tmp_docx)
                third.to_pdf(tmp_docx, out)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        elif fmt == "doc":
            fifth.via_docx(fifth.parse(text), parent_lines, "doc", out)
        elif fmt == "scan":
            fifth.to_scan_pdf(fifth.parse(text), parent_lines, out, angle=-0.6, seed=17)
        else:
            raise ValueError(fmt)
        print(rel)


if __name__ == "__main__":
    sys.exit(main())
