#!/usr/bin/env python3
"""Build corpus/twelfth (huyện Mù Cang Chải, Yên Bái, phòng chống thiên tai và TKCN 2024) from src/*.txt.

Sources are typed as in corpus/third (header columns one after the other, title,
body one paragraph a line, "Nơi nhận:", signature); the header, body paragraphs
and closing are rendered by corpus/third/build.py (imported, not copied). What is
new here:

  * body tables with merged cells: a run of lines containing "|" is a Word table
    (first line the header row, grid borders from corpus/fourth/build.py); a cell
    "^" is merged vertically with the cell above (one holder over several rows),
    a cell "<" is merged with the cell on its left (a group row "I | … | < | < | <");
    a row whose first cell is empty is typed as such (a task continued on the next
    row: "| … |  |  |");
  * an appendix after the signature: the source holds a line with a single form
    feed, then the appendix (title lines, a blank line, its table); it goes into the
    same DOCX after a page break, without a header or a signature;
  * an .xlsx "biểu mẫu" (openpyxl): header block in merged cells, the table, the
    Nơi nhận and the two signatures ("left | right" lines).

Run:  /work/main/.venv/bin/python corpus/twelfth/build.py
DOCX and XLSX output is deterministic (fixed core properties and zip timestamps);
the PDFs carry LibreOffice's own creation date.
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
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)


def _load(name):
    spec = importlib.util.spec_from_file_location(
        name + "_build", os.path.join(CORPUS, name, "build.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


third = _load("third")
fourth = _load("fourth")
sixth = _load("sixth")  # two documents in one DOCX (added with the addon file)
third.LO_PROFILE = "file:///tmp/lo-twelfth-profile"

FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)

# source, output (relative to HERE), format, number of parent-body lines at the
# top of the left header column (printed regular, the rest bold)
FILES = [
    ("00-ke-hoach-huyen.txt", "plan/KH-86-UBND-PCTT-TKCN-2024-Mu-Cang-Chai.pdf", "pdf", 0),
    ("01-phong-nn-bao-cao.txt", "inbox/NN_BC 248 ket qua PCTT 2024.xlsx", "xlsx", 1),
    ("02-xa-khao-mang-ke-hoach.txt", "inbox/xa Khao Mang/KH 27 PCTT-TKCN 2024 xa Khao Mang.docx", "docx", 0),
    ("03-xa-cao-pha-bao-cao.txt", "inbox/BC 112 PCTT nam 2024 - UBND xa Cao Pha.docx", "docx", 0),
    ("04-cong-an-huyen-ke-hoach.txt", "inbox/CAH_KH 418 bao dam ANTT PCTT 2024.pdf", "pdf", 1),
    ("05-ban-chqs-huyen-ke-hoach.txt", "inbox/BCHQS_KH 205 huy dong LL-PT PCTT TKCN 2024.docx", "docx", 1),
    ("06-trung-tam-vhtttt-cong-van.txt", "inbox/TTVHTTTT_CV 38 de nghi KP Tuan VH-DL 2024.docx", "docx", 1),
]

# column widths (cm) of body tables by number of columns; text width 16.5 cm
TABLE_WIDTHS = {
    5: (1.0, 6.2, 3.2, 3.4, 2.7),             # TT | Nội dung | Chủ trì | Phối hợp | Thời gian
    7: (0.9, 2.0, 3.9, 1.2, 1.4, 3.4, 3.7),   # appendix: TT | Bản | Vị trí | hộ | khẩu | nơi sơ tán | phụ trách
}


def cells(line):
    return [c.strip() for c in line.split("|")]


def build_table(doc, rows):
    """A Word table with merged cells, appended to the body; returns it."""
    ncols = len(rows[0])
    widths = TABLE_WIDTHS[ncols]
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    fourth.set_grid_borders(t)
    for col, w in zip(t.columns, widths):
        col.width = Cm(w)
    merges = []
    for r, row in enumerate(rows):
        if len(row) != ncols:
            raise ValueError("table row with %d cells, expected %d: %r" % (len(row), ncols, row))
        t.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        group = "<" in row
        for c, text in enumerate(row):
            cell = t.rows[r].cells[c]
            cell.width = Cm(widths[c])
            if text == "^":
                merges.append(("v", r, c))
                continue
            if text == "<":
                merges.append(("h", r, c))
                continue
            p = cell.paragraphs[0]
            centre = r == 0 or c == 0 or c == ncols - 1 or (ncols == 7 and c in (3, 4))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if centre else WD_ALIGN_PARAGRAPH.LEFT
            p.paragraph_format.space_before = Pt(2)
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.line_spacing = 1.0
            if text:
                third.run(p, text, 12, bold=r == 0 or group or text == "Cộng")
    for kind, r, c in merges:
        if kind == "v":
            top = r
            while rows[top][c] == "^":
                top -= 1
            m = t.cell(top, c).merge(t.cell(r, c))
        else:
            left = c
            while rows[r][left] == "<":
                left -= 1
            m = t.cell(r, left).merge(t.cell(r, c))
        m.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    h = OxmlElement("w:tblHeader")
    t.rows[0]._tr.get_or_add_trPr().append(h)
    return t


def tables_in_body(doc):
    """Turn each run of body paragraphs holding "|" into a Word table in place."""
    paras = list(doc.paragraphs)
    i = 0
    while i < len(paras):
        if "|" not in paras[i].text:
            i += 1
            continue
        j = i
        while j < len(paras) and "|" in paras[j].text:
            j += 1
        run_ = paras[i:j]
        t = build_table(doc, [cells(p.text) for p in run_])
        run_[0]._p.addprevious(t._tbl)
        spacer = third.para(doc, after=6)
        run_[0]._p.addprevious(spacer._p)
        for p in run_:
            p._p.getparent().remove(p._p)
        i = j


def add_appendix(doc, text):
    lines = text.strip("\n").split("\n")
    title = []
    while lines and lines[0].strip():
        title.append(lines.pop(0).strip())
    p = third.para(doc)
    p.add_run().add_break(WD_BREAK.PAGE)
    for n, line in enumerate(title):
        if n == 0:
            third.para(doc, line, size=13, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif line.startswith("("):
            third.para(doc, line, size=13, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
        else:
            third.para(doc, line, size=13, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    rows = [cells(l) for l in lines if "|" in l]
    build_table(doc, rows)


def render_docx(text, parent_lines, out):
    parts = text.rstrip("\n").split("\n\f\n")
    d = third.parse(parts[0])
    tmp = tempfile.mkdtemp(prefix="twelfth-docx-")
    try:
        first = os.path.join(tmp, "first.docx")
        third.render_docx(d, parent_lines, first)
        doc = Document(first)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    tables_in_body(doc)
    for part in parts[1:]:
        add_appendix(doc, part)
    cp = doc.core_properties
    cp.created = cp.modified = FIXED_TIME
    buf = io.BytesIO()
    doc.save(buf)
    third.write_fixed_zip(buf.getvalue(), out)


# --- the spreadsheet -------------------------------------------------------

THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
XFONT = "Times New Roman"


def xcell(ws, ref, text, size=12, bold=False, italic=False, h="center", wrap=True, border=None):
    c = ws[ref]
    c.value = text
    c.font = Font(name=XFONT, size=size, bold=bold, italic=italic)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border:
        c.border = border
    return c


def render_xlsx(text, parent_lines, out):
    d = third.parse(text)
    wb = Workbook()
    ws = wb.active
    ws.title = "BC PCTT 2024"
    for col, w in zip("ABCDE", (6, 34, 62, 17, 20)):
        ws.column_dimensions[col].width = w
    # header block: left column A:B, right column C:E
    r = 1
    for n, line in enumerate(d["left"]):
        ws.merge_cells("A%d:B%d" % (r + n, r + n))
        xcell(ws, "A%d" % (r + n), line, bold=n >= parent_lines and not line.startswith("Số:"))
    for n, line in enumerate(d["right"]):
        ws.merge_cells("C%d:E%d" % (r + n, r + n))
        xcell(ws, "C%d" % (r + n), line, bold=n < 2, italic=n >= 2)
    r += max(len(d["left"]), len(d["right"])) + 1
    # type and title
    for n, line in enumerate([d["type"]] + d["title"]):
        ws.merge_cells("A%d:E%d" % (r, r))
        xcell(ws, "A%d" % r, line, size=14 if n < 2 else 12, bold=n < 2, italic=line.startswith("("))
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    # the table
    rows = [cells(l) for l in d["body"] if "|" in l]
    for n, row in enumerate(rows):
        for c, val in zip("ABCDE", row):
            if n and c == "A" and val.isdigit():
                val = int(val)  # the TT column holds numbers, as typed in Excel
            xcell(ws, "%s%d" % (c, r), val if val != "" else None, bold=n == 0,
                  h="center" if n == 0 or c in "ADE" else "left", border=GRID)
        if n:
            ws.row_dimensions[r].height = 15 * max(2, 1 + len(row[2]) // 70)
        r += 1
    r += 1
    # signatures ("left | right"), then Nơi nhận
    for n, line in enumerate(d["sign"]):
        left, right = (cells(line) + ["", ""])[:2]
        ws.merge_cells("C%d:E%d" % (r, r))
        if left:
            xcell(ws, "B%d" % r, left, bold=True)
        if right:
            xcell(ws, "C%d" % r, right, bold=True)
        r += 1
    r += 1
    for n, line in enumerate(d["noi_nhan"]):
        ws.merge_cells("A%d:B%d" % (r, r))
        xcell(ws, "A%d" % r, line, size=11, bold=n == 0, italic=n == 0, h="left")
        r += 1
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    p = wb.properties
    p.creator = p.lastModifiedBy = "NN-PTNT"
    p.title = d["type"] + " " + d["title"][0]
    p.created = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    # openpyxl stamps the save time as "modified": put the fixed time back
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    fixed = io.BytesIO()
    with zipfile.ZipFile(fixed, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                              rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            dst.writestr(info.filename, data)
    third.write_fixed_zip(fixed.getvalue(), out)


# Added later: one file holding two documents (a cover công văn, then the plan it
# sends, each with its own header and signature), rendered by corpus/sixth/build.py
# into one DOCX with a page break between them. Build only this file with
#   /work/main/.venv/bin/python corpus/twelfth/build.py --addon
ADDON_FILES = [
    ("07-xa-che-tao-cong-van-ke-hoach.txt", "inbox/CV 58 gui KH 22 PCTT-TKCN 2024 - xa Che Tao.docx", 0),
]


def build_addon():
    for src, rel, parent_lines in ADDON_FILES:
        with open(os.path.join(HERE, "src", src), encoding="utf-8") as fh:
            text = fh.read()
        parts = text.rstrip("\n").split("\n\f\n")
        docs = [sixth.parse_blocks(part.split("\n")) for part in parts]
        out = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        sixth.render_docx(docs, parent_lines, out)
        print(rel)


def main():
    if "--addon" in sys.argv[1:]:
        return build_addon()
    for d in ("plan", "inbox"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    for src, rel, fmt, parent_lines in FILES:
        with open(os.path.join(HERE, "src", src), encoding="utf-8") as fh:
            text = fh.read()
        out = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if fmt == "docx":
            render_docx(text, parent_lines, out)
        elif fmt == "xlsx":
            render_xlsx(text, parent_lines, out)
        elif fmt == "pdf":
            tmp = tempfile.mkdtemp(prefix="twelfth-pdf-")
            try:
                tmp_docx = os.path.join(tmp, os.path.splitext(os.path.basename(rel))[0] + ".docx")
                render_docx(text, parent_lines, tmp_docx)
                third.to_pdf(tmp_docx, out)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        else:
            raise ValueError(fmt)
        print(rel)
    build_addon()


if __name__ == "__main__":
    sys.exit(main())
