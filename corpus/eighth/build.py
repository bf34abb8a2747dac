#!/usr/bin/env python3
"""Build corpus/eighth (tỉnh Phú Yên, cải cách hành chính 2025) from src/*.txt.

Sources use the layout of corpus/third (header columns typed one after the
other, type and title, body one paragraph a line, "Nơi nhận:", signature); a
run of lines with " | " between cells is a table. This script imports the
renderers of corpus/third, fourth, fifth and sixth by path and adds only what
is new here:

  plan   the master plan: body as in corpus/fourth, then a page break into a
         LANDSCAPE section holding the appendix after the signature ("Phụ lục",
         title, "(Kèm theo Kế hoạch số …)") and its 6-column Word table, whose
         group rows ("I. CẢI CÁCH THỂ CHẾ", a source line without " | ") are
         one cell merged across all columns.  The source holds the appendix
         after a line with a single form feed.
  xlsx   a "biểu mẫu" report written with openpyxl: the NĐ 30 header block in
         merged cells (body | Quốc hiệu, Số | date), type and title merged
         across the sheet, the table (group rows merged), then Nơi nhận and the
         signature in merged cells; deterministic bytes (fixed properties and
         zip timestamps).
  pdf2   two documents (cover letter, then the plan it sends) in ONE text PDF:
         corpus/sixth's two-document DOCX renderer (both parts with their own
         closing), converted by LibreOffice.
  doc    corpus/fifth's DOCX -> Word 97-2003 via LibreOffice.
  docx   corpus/third's renderer.

LibreOffice runs with the private profile /tmp/lo-eighth-profile.

Run:  /work/main/.venv/bin/python corpus/eighth/build.py
"""
import importlib.util
import io
import os
import re
import shutil
import sys
import tempfile
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
CORPUS = os.path.dirname(HERE)
LO_PROFILE = "file:///tmp/lo-eighth-profile"
FIXED_TIME = datetime(2025, 1, 1, 0, 0, 0)
STAMP = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()


def _load(name):
    spec = importlib.util.spec_from_file_location(
        name + "_build", os.path.join(CORPUS, name, "build.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.LO_PROFILE = LO_PROFILE
    mod.FIXED_TIME = FIXED_TIME     # core properties dated with this set's year
    return mod


third = _load("third")
fourth = _load("fourth")
fifth = _load("fifth")
sixth = _load("sixth")

PLAN = "plan/KH-58-UBND-CCHC-2025-tinh-Phu-Yen.docx"

# source, output (relative to HERE), format, parent-body lines in the header
FILES = [
    ("00-ke-hoach-tinh.txt", PLAN, "plan", 0),
    ("01-thi-xa-dong-hoa-ke-hoach.txt", "inbox/TXDH_KH 45 CCHC nam 2025.docx", "docx", 0),
    ("02-huyen-tay-hoa-bao-cao.txt",
     "inbox/huyen Tay Hoa/BC 168-UBND CCHC 6 thang dau nam 2025.docx", "docx", 0),
    ("03-mttq-tinh-bao-cao.txt", "inbox/MTTQ tinh_BC 214 tham gia CCHC 6 thang 2025.docx", "docx", 0),
    ("04-so-tu-phap-bao-cao.txt", "inbox/STP_Bieu mau BC CCHC 6 thang 2025.xlsx", "xlsx", 1),
    ("05-so-tai-chinh-cong-van-ke-hoach.txt",
     "inbox/STC_CV 412 gui KH CCHC 2025 (kem KH 39).pdf", "pdf2", 1),
    ("06-so-khcn-ke-hoach.txt", "inbox/SKHCN_KH 27 CCHC 2025.doc", "doc", 1),
]

FONT = "Times New Roman"
CELL_SEP = " | "
# appendix table, landscape A4 (text width 29.7 - 2.0 - 2.0 = 25.7 cm)
APPENDIX_WIDTHS = (1.2, 9.0, 3.6, 5.0, 2.9, 4.0)


# ---------------------------------------------------------------- master plan

def merge_row(table, r):
    """Merge all cells of row r into one (a group row)."""
    row = table.rows[r]
    first = row.cells[0]
    return first.merge(row.cells[-1])


def appendix_table(doc, rows):
    ncols = len(APPENDIX_WIDTHS)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    fourth.set_grid_borders(t)
    for col, w in zip(t.columns, APPENDIX_WIDTHS):
        col.width = Cm(w)
    for r, cells in enumerate(rows):
        t.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for c in range(ncols):
            t.rows[r].cells[c].width = Cm(APPENDIX_WIDTHS[c])
        if len(cells) == 1:                      # group row
            cell = merge_row(t, r)
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            p.paragraph_format.space_before = Pt(2)
            p.paragraph_format.space_after = Pt(2)
            fourth.run(p, cells[0], 12, bold=True)
            continue
        if len(cells) != ncols:
            raise ValueError("appendix row with %d cells: %r" % (len(cells), cells))
        for c, text in enumerate(cells):
            p = t.rows[r].cells[c].paragraphs[0]
            centre = r == 0 or c in (0, 4)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if centre else WD_ALIGN_PARAGRAPH.LEFT
            p.paragraph_format.space_before = Pt(2)
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.line_spacing = 1.0
            fourth.run(p, text, 12, bold=r == 0)
    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def render_plan(text, parent_lines, out):
    main_text, appendix_text = text.rstrip("\n").split("\n\f\n")
    d = third.parse(main_text)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(1.5)
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(13)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "VanThu"
    cp.title = (d["type"] + " " + " ".join(d["title"])).strip()
    cp.created = cp.modified = FIXED_TIME
    cp.revision = 1

    # header
    left, right = fourth.two_columns(doc, (7.0, 10.0))
    f = [True]
    for n, line in enumerate(d["left"]):
        if line.startswith("Số:"):
            fourth.cell_para(left, f, line, size=13, before=4)
        else:
            fourth.cell_para(left, f, line, size=13, bold=n >= parent_lines)
    f = [True]
    for n, line in enumerate(d["right"]):
        if n == 0:
            fourth.cell_para(right, f, line, size=12, bold=True)
        elif n == 1:
            fourth.cell_para(right, f, line, size=13, bold=True, after=6)
        else:
            fourth.cell_para(right, f, line, size=13, italic=True)

    fourth.para(doc, d["type"], size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=12)
    for line in d["title"]:
        fourth.para(doc, line, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    fourth.para(doc, after=6)

    for line in d["body"]:
        if fourth.ROMAN.match(line):
            h = fourth.para(doc, line, size=13, bold=True, indent=1.0, before=6, after=3)
            h.paragraph_format.keep_with_next = True
        elif fourth.ARABIC.match(line) and len(line) < 90 and not line.endswith((".", ";")):
            h = fourth.para(doc, line, size=13, bold=True, indent=1.0, after=3)
            h.paragraph_format.keep_with_next = True
        else:
            fourth.para(doc, line, size=14, indent=1.0, after=6)

    fourth.para(doc, after=6)
    left, right = fourth.two_columns(doc, (8.0, 8.5))
    doc.tables[-1].rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    f = [True]
    for n, line in enumerate(d["noi_nhan"]):
        if n == 0:
            fourth.cell_para(left, f, line, size=12, bold=True, italic=True,
                             align=WD_ALIGN_PARAGRAPH.LEFT)
        else:
            fourth.cell_para(left, f, line, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    f = [True]
    for line in d["sign"]:
        fourth.cell_para(right, f, line, size=14, bold=bool(line))

    # appendix: new landscape section
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    new.top_margin = new.bottom_margin = Cm(2.0)
    new.left_margin = new.right_margin = Cm(2.0)
    lines = [l.strip() for l in appendix_text.split("\n")]
    k = lines.index("")
    heading, rows = lines[:k], [l for l in lines[k:] if l]
    for n, line in enumerate(heading):
        if line.startswith("("):
            fourth.para(doc, line, size=13, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
        else:
            fourth.para(doc, line, size=14 if n else 13, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    appendix_table(doc, [[c.strip() for c in l.split(CELL_SEP)] if CELL_SEP in l else [l]
                         for l in rows])

    buf = io.BytesIO()
    doc.save(buf)
    fourth.write_fixed_zip(buf.getvalue(), out)


# ---------------------------------------------------------------- xlsx

THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
XFONT = "Times New Roman"
# A STT, B Nhiệm vụ, C Kết quả thực hiện, D Tình trạng, E Ghi chú
XWIDTHS = {"A": 6, "B": 38, "C": 58, "D": 16, "E": 22}


def _cell(ws, ref, value, size=12, bold=False, italic=False, h="center", v="center",
          wrap=True, border=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name=XFONT, size=size, bold=bold, italic=italic)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        c.border = border
    return c


def row_height(cells):
    """Points for a table row whose cells wrap (Excel does not fit them on opening)."""
    lines = 1
    for col, text in zip("ABCDE", cells):
        per_line = max(1, int(XWIDTHS[col] * 0.95))
        lines = max(lines, -(-len(text) // per_line))
    return 16.5 * lines + 2


def render_xlsx(d, parent_lines, out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu mau BC CCHC"
    for col, w in XWIDTHS.items():
        ws.column_dimensions[col].width = w

    # header block: left column A:B, right column C:E, one line a row
    left, right = d["left"], d["right"]
    for n in range(max(len(left), len(right))):
        r = n + 1
        if n < len(left):
            ws.merge_cells("A%d:B%d" % (r, r))
            line = left[n]
            _cell(ws, "A%d" % r, line, size=12 if line.startswith("Số:") or n < parent_lines else 13,
                  bold=not line.startswith("Số:") and n >= parent_lines)
        if n < len(right):
            ws.merge_cells("C%d:E%d" % (r, r))
            _cell(ws, "C%d" % r, right[n], size=12 if n == 0 else 13,
                  bold=n < 2, italic=n >= 2)
    r = max(len(left), len(right)) + 2

    ws.merge_cells("A%d:E%d" % (r, r))
    _cell(ws, "A%d" % r, d["type"], size=14, bold=True)
    r += 1
    for line in d["title"]:
        ws.merge_cells("A%d:E%d" % (r, r))
        _cell(ws, "A%d" % r, line, size=13, bold=True)
        r += 1

    body = d["body"]
    i = 0
    while i < len(body) and CELL_SEP not in body[i]:
        ws.merge_cells("A%d:E%d" % (r, r))
        _cell(ws, "A%d" % r, body[i], size=12, italic=True)
        ws.row_dimensions[r].height = 32
        r += 1
        i += 1
    r += 1
    first = True
    while i < len(body):
        line = body[i]
        if CELL_SEP in line:
            # a row typed with an empty last cell ends in " |"
            cells = [c.strip() for c in (line + " ").split(CELL_SEP)]
            cells += [""] * (5 - len(cells))
            for c, (col, text) in enumerate(zip("ABCDE", cells)):
                value = int(text) if c == 0 and text.isdigit() else (text or None)
                _cell(ws, "%s%d" % (col, r), value, size=12, bold=first,
                      h="center" if first or c in (0, 3) else "left", v="center" if first else "top",
                      border=GRID)
            ws.row_dimensions[r].height = row_height(cells)
            if first:
                ws.freeze_panes = "A%d" % (r + 1)
            first = False
        else:  # group row
            ws.merge_cells("A%d:E%d" % (r, r))
            _cell(ws, "A%d" % r, line, size=12, bold=True, h="left", border=GRID)
            for col in "BCDE":
                ws["%s%d" % (col, r)].border = GRID
        r += 1
        i += 1

    # closing: Nơi nhận A:B, signature C:E
    r += 1
    top = r
    for n, line in enumerate(d["noi_nhan"]):
        ws.merge_cells("A%d:B%d" % (top + n, top + n))
        _cell(ws, "A%d" % (top + n), line, size=12 if n == 0 else 11, bold=n == 0,
              italic=n == 0, h="left", wrap=False)
    for n, line in enumerate(d["sign"]):
        ws.merge_cells("C%d:E%d" % (top + n, top + n))
        _cell(ws, "C%d" % (top + n), line if line else None, size=13, bold=bool(line))

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = wb.properties.lastModifiedBy = "VanThu"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)   # openpyxl stamps "modified" with the clock: put the fixed time back
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    fixed = io.BytesIO()
    with zipfile.ZipFile(fixed, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + STAMP, data)
            dst.writestr(info, data)
    fourth.write_fixed_zip(fixed.getvalue(), out)


# ---------------------------------------------------------------- two documents in one PDF

def render_pdf2(text, parent_lines, out):
    parts = text.rstrip("\n").split("\n\f\n")
    docs = [sixth.parse_blocks(p.split("\n"), with_closing=True) for p in parts]
    tmp = tempfile.mkdtemp(prefix="eighth-pdf2-")
    try:
        name = os.path.splitext(os.path.basename(out))[0] + ".docx"
        tmp_docx = os.path.join(tmp, name)
        sixth.render_docx(docs, parent_lines, tmp_docx)
        third.to_pdf(tmp_docx, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- main

def main():
    for d in ("plan", "inbox"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    for src, rel, fmt, parent_lines in FILES:
        out = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(os.path.join(SRC, src), encoding="utf-8") as fh:
            text = fh.read()
        if fmt == "plan":
            render_plan(text, parent_lines, out)
        elif fmt == "docx":
            third.render_docx(third.parse(text), parent_lines, out)
        elif fmt == "xlsx":
            render_xlsx(third.parse(text), parent_lines, out)
        elif fmt == "pdf2":
            render_pdf2(text, parent_lines, out)
        elif fmt == "doc":
            fifth.via_docx(fifth.parse(text), parent_lines, "doc", out)
        else:
            raise ValueError(fmt)
        print(rel)


if __name__ == "__main__":
    sys.exit(main())
