#!/usr/bin/env python3
"""Build corpus/ninth (xã Phùng Nguyên, tỉnh Phú Thọ, chuyển đổi số và Đề án 06, 2026) from src/.

Sources are typed as the documents read, in the block layout of corpus/third
(header columns one after the other, type and title, body, "Nơi nhận:", signature);
body lines with " | " between cells are a Word table (corpus/fourth). This script
only adds what is new here and imports the rest by path:

  docx      corpus/fourth render_docx (tables in the body), then the core
            properties are set to the document's own date
  appendix  the same for the part before a form-feed line; the part after it
            (PHỤ LỤC title lines, then " | " table rows) is appended to the SAME
            DOCX after a page break (an appendix of the plan, not a second document)
  scan      corpus/fifth to_scan_pdf (LibreOffice PDF -> 300 dpi greyscale image,
            slight rotation, noise, specks -> image-only PDF, no text layer)
  txt       the source copied byte for byte (the web copy is typed as pasted)
  ods       src/*.yaml -> openpyxl .xlsx (header block in merged cells, a task
            table, signatures) -> LibreOffice .ods
  twodocs   (added later) a cover công văn, a form-feed line, then the unit's plan
            with its own full header and closing: corpus/sixth parse_blocks on each
            part and render_docx (two documents in ONE DOCX, the plan on a new page),
            core properties set to the cover letter's date

LibreOffice runs with the private profile /tmp/lo-ninth-profile.

Run:  /work/main/.venv/bin/python corpus/ninth/build.py
      /work/main/.venv/bin/python corpus/ninth/build.py --addon   (only ADDON files,
      nothing else removed or rebuilt)
DOCX bytes are deterministic; the scan's pixels are (fixed seed), the .ods carries
LibreOffice's own metadata.
"""
import importlib.util
import io
import os
import re
import shutil
import sys
import tempfile
from datetime import datetime

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
LO_PROFILE = "file:///tmp/lo-ninth-profile"


def _load(name):
    spec = importlib.util.spec_from_file_location(
        name + "_build", os.path.join(CORPUS, name, "build.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.LO_PROFILE = LO_PROFILE
    return mod


fourth = _load("fourth")   # parse, render_docx with body tables, body_table, para, write_fixed_zip
fifth = _load("fifth")     # parse, to_scan_pdf, soffice_convert
sixth = _load("sixth")     # parse_blocks, render_docx of several documents in one DOCX

# column widths (cm) of the appendix table: STT | Nội dung | Người thực hiện | Thời gian
fourth.TABLE_WIDTHS[4] = (1.2, 8.0, 4.3, 3.0)

# source, output (relative to HERE), format, number of parent-body lines at the top of
# the left header column (printed regular, the rest bold)
FILES = [
    ("00-ke-hoach-xa.txt", "plan/KH-12-UBND-chuyen-doi-so-DA06-2026-xa-Phung-Nguyen.docx", "docx", 1),
    ("01-cong-an-xa-ke-hoach.txt", "inbox/CAX_KH 09 trien khai DA06 CDS 2026.docx", "docx", 1),
    ("02-phong-vhxh-bao-cao.yaml", "inbox/VHXH_BC ket qua CDS DA06 6 thang 2026.ods", "ods", 0),
    ("03-tram-y-te-ke-hoach-webcopy.txt", "inbox/TYT - KH 05 CDS y te 2026 (copy tu web).txt", "txt", 0),
    ("04-truong-thcs-ke-hoach.txt", "inbox/truong hoc/THCS Phung Nguyen_KH CDS 2026_scan.pdf", "scan", 1),
    ("05-thon-dong-lang-bao-cao.txt", "inbox/thon/BC thon Dong Lang 6 thang dau nam 2026.docx", "docx", 1),
    ("06-trung-tam-phvhcc-ke-hoach.txt", "inbox/TTPVHCC_KH 03 CDS 2026 (kem phu luc).docx", "appendix", 1),
]

# files added after the first build (built alone with --addon)
ADDON = [
    ("07-truong-tieu-hoc-cv-ke-hoach.txt",
     "inbox/truong hoc/TH Phung Nguyen_CV 08 gui KH 11 CDS 2026.docx", "twodocs", 1),
]

DATE_LINE = re.compile(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})")


def doc_date(d):
    for line in d["right"]:
        m = DATE_LINE.search(line)
        if m:
            return datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), 8, 0, 0)
    raise ValueError("no date in the header")


def save_stamped(doc, when, out):
    cp = doc.core_properties
    cp.created = cp.modified = when
    buf = io.BytesIO()
    doc.save(buf)
    fourth.write_fixed_zip(buf.getvalue(), out)


def build_docx(text, parent_lines, out):
    d = fourth.parse(text)
    fourth.render_docx(d, parent_lines, out)
    save_stamped(Document(out), doc_date(d), out)


def build_with_appendix(text, parent_lines, out):
    main_part, appendix = text.split("\n\f\n", 1)
    d = fourth.parse(main_part)
    fourth.render_docx(d, parent_lines, out)
    doc = Document(out)
    br = fourth.para(doc)
    br.add_run().add_break(WD_BREAK.PAGE)
    lines = [l.strip() for l in appendix.strip("\n").split("\n") if l.strip()]
    rows = [[c.strip() for c in l.split(fourth.CELL_SEP)] for l in lines if fourth.CELL_SEP in l]
    for n, line in enumerate(l for l in lines if fourth.CELL_SEP not in l):
        if line.startswith("("):
            fourth.para(doc, line, size=13, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
        else:
            fourth.para(doc, line, size=14 if n == 0 else 13, bold=True,
                        align=WD_ALIGN_PARAGRAPH.CENTER)
    fourth.body_table(doc, rows)
    save_stamped(doc, doc_date(d), out)


def build_two_docs(text, parent_lines, out):
    parts = text.rstrip("\n").split("\n\f\n")
    docs = [sixth.parse_blocks(p.split("\n")) for p in parts]
    sixth.render_docx(docs, parent_lines, out)
    save_stamped(Document(out), doc_date(docs[0]), out)


def build_scan(text, parent_lines, out):
    d = fifth.parse(text)
    fifth.to_scan_pdf(d, parent_lines, out, angle=-0.7, seed=9)


def build_ods(spec, out):
    wb = Workbook()
    ws = wb.active
    ws.title = spec["sheet"]
    widths = {"A": 6, "B": 34, "C": 58, "D": 16, "E": 22}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="top", wrap_text=True)
    top_c = Alignment(horizontal="center", vertical="top", wrap_text=True)
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    def font(bold=False, italic=False, size=12):
        return Font(name="Times New Roman", size=size, bold=bold, italic=italic)

    r = 1
    for n in range(max(len(spec["header_left"]), len(spec["header_right"]))):
        if n < len(spec["header_left"]):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            c = ws.cell(r, 1, spec["header_left"][n])
            c.font, c.alignment = font(bold=n == 1, size=12), centre
        if n < len(spec["header_right"]):
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
            c = ws.cell(r, 3, spec["header_right"][n])
            c.font, c.alignment = font(bold=n < 2, italic=n == 2, size=12), centre
        r += 1
    r += 1
    for n, line in enumerate(spec["title"]):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        c = ws.cell(r, 1, line)
        c.font = font(bold=not line.startswith("("), italic=line.startswith("("),
                      size=14 if n == 0 else 13)
        c.alignment = centre
        if n == 1:
            ws.row_dimensions[r].height = 34
        r += 1
    r += 1
    for k, name in enumerate(spec["columns"], 1):
        c = ws.cell(r, k, name)
        c.font, c.alignment, c.border = font(bold=True), centre, box
    ws.row_dimensions[r].height = 32
    r += 1
    for row in spec["rows"]:
        for k, val in enumerate(row, 1):
            c = ws.cell(r, k, int(val) if k == 1 else val)
            c.font, c.border = font(), box
            c.alignment = top_c if k in (1, 4) else left
        lines = max(len(str(v)) // (widths[col] - 4) + 1 for v, col in zip(row, "ABCDE"))
        ws.row_dimensions[r].height = 16 * lines + 4
        r += 1
    r += 1
    first = r
    for n, line in enumerate(spec["footer_left"]):
        ws.merge_cells(start_row=first + n, start_column=1, end_row=first + n, end_column=2)
        c = ws.cell(first + n, 1, line)
        c.font = font(bold=n == 0, italic=n == 0, size=11)
        c.alignment = Alignment(horizontal="left", vertical="top")
    for n, line in enumerate(spec["footer_middle"]):
        c = ws.cell(first + n, 3, line)
        c.font, c.alignment = font(bold=True), centre
    for n, line in enumerate(spec["footer_right"]):
        ws.merge_cells(start_row=first + n, start_column=4, end_row=first + n, end_column=5)
        c = ws.cell(first + n, 4, line)
        c.font, c.alignment = font(bold=True), centre
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    wb.properties.creator = wb.properties.lastModifiedBy = "VHXH"
    wb.properties.created = wb.properties.modified = datetime(2026, 6, 9, 9, 0, 0)

    tmp = tempfile.mkdtemp(prefix="ninth-ods-")
    try:
        xlsx = os.path.join(tmp, os.path.splitext(os.path.basename(out))[0] + ".xlsx")
        wb.save(xlsx)
        fifth.soffice_convert(xlsx, "ods", out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if "--addon" in argv:
        todo = ADDON
    else:
        todo = FILES + ADDON
        for d in ("plan", "inbox"):
            shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    for src, rel, fmt, parent_lines in todo:
        sp = os.path.join(SRC, src)
        out = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if fmt == "txt":
            shutil.copyfile(sp, out)
        elif fmt == "ods":
            with open(sp, encoding="utf-8") as fh:
                build_ods(yaml.safe_load(fh), out)
        else:
            with open(sp, encoding="utf-8") as fh:
                text = fh.read()
            if fmt == "docx":
                build_docx(text, parent_lines, out)
            elif fmt == "appendix":
                build_with_appendix(text, parent_lines, out)
            elif fmt == "scan":
                build_scan(text, parent_lines, out)
            elif fmt == "twodocs":
                build_two_docs(text, parent_lines, out)
            else:
                raise ValueError(fmt)
        print(rel)


if __name__ == "__main__":
    sys.exit(main())
