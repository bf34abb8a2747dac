#!/usr/bin/env python3
"""Build corpus/thirteenth (thành phố Cà Mau, bảo đảm an toàn thực phẩm 2024) from src/.

Reuses the renderers of corpus/third (one document per DOCX, text PDF through
LibreOffice, .txt copied byte for byte) and corpus/sixth (several documents in
one DOCX, separated in the source by a line holding a single form feed). New
here: the Phòng Y tế's report as an .xlsx written with openpyxl from
src/05-phong-y-te-bao-cao.yaml (header block and closing in merged cells).

The master plan is src/00-ke-hoach-web.txt, a copy of the plan as a legal-document
web site shows it (table cells as "|", rule lines, hard line breaks), copied as is.

Run:  /work/main/.venv/bin/python corpus/thirteenth/build.py
DOCX and XLSX output is deterministic (fixed core properties and zip timestamps);
the PDF carries LibreOffice's own creation date.
"""
import importlib.util
import io
import os
import re
import sys
import zipfile
from datetime import datetime

import yaml
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
sixth = _load("sixth")
third.LO_PROFILE = sixth.LO_PROFILE = "file:///tmp/lo-thirteenth-profile"

# single-document files, rendered by corpus/third: source, output, format,
# number of parent-body lines at the top of the left header column
FILES = [
    ("00-ke-hoach-web.txt",
     "plan/Ke-hoach-38-KH-UBND-2024-bao-dam-an-toan-thuc-pham-thanh-pho-Ca-Mau.txt", "txt", 0),
    ("01-phuong-2-ke-hoach.txt", "inbox/P2_KH 19 bao dam ATTP nam 2024.docx", "docx", 0),
    ("02-phuong-5-ke-hoach.txt", "inbox/Phuong 5 - KH trien khai ATTP 2024.docx", "docx", 1),
    ("03-phuong-8-bao-cao.txt", "inbox/P8_BC ATTP 6 thang dau nam 2024.docx", "docx", 1),
    ("04-xa-tac-van-bao-cao.txt", "inbox/xa Tac Van/BC 58 ATTP 6 thang 2024.pdf", "pdf", 1),
]
# a cover công văn and the plan it sends, in one DOCX (corpus/sixth's renderer)
MULTI = [
    ("06-phong-kinh-te-cv-ke-hoach.txt", "inbox/PKT_CV 214 gui KH ATTP 2024.docx", 1),
]
# the spreadsheet report
XLSX = [
    ("05-phong-y-te-bao-cao.yaml", "inbox/PYT_BC ket qua KH 38 ATTP 6 thang 2024.xlsx"),
]

FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)


def render_multi(src, out, parent_lines):
    with open(src, encoding="utf-8") as fh:
        parts = fh.read().rstrip("\n").split("\n\f\n")
    docs = [sixth.parse_blocks(p.split("\n")) for p in parts]
    sixth.render_docx(docs, parent_lines, out)


def render_xlsx(src, out):
    with open(src, encoding="utf-8") as fh:
        d = yaml.safe_load(fh)
    wb = Workbook()
    ws = wb.active
    ws.title = d["sheet"]
    ncol = len(d["columns"])
    last = chr(ord("A") + ncol - 1)
    for i, w in enumerate(d["widths"]):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    tnr = "Times New Roman"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="top", wrap_text=True)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    def put(rng, text, bold=False, italic=False, size=12, align=center):
        first = rng.split(":")[0]
        if ":" in rng:
            ws.merge_cells(rng)
        c = ws[first]
        c.value = text
        c.font = Font(name=tnr, size=size, bold=bold, italic=italic)
        c.alignment = align

    # header block: left column A:B, right column C:last
    r = 1
    for n, (lt, rt) in enumerate(zip(d["header_left"], d["header_right"])):
        put(f"A{r}:B{r}", lt, bold=(n == 1), size=12 if n < 2 else 13)
        put(f"C{r}:{last}{r}", rt, bold=(n < 2), italic=(n == 2), size=12 if n == 0 else 13)
        r += 1
    r += 1
    for n, line in enumerate(d["title"]):
        put(f"A{r}:{last}{r}", line, bold=(n < 2), italic=(n == 2), size=14 if n == 0 else 13)
        if n == 1:
            ws.row_dimensions[r].height = 36
        r += 1
    r += 1
    # table
    for i, h in enumerate(d["columns"]):
        c = ws.cell(row=r, column=i + 1, value=h)
        c.font = Font(name=tnr, size=12, bold=True)
        c.alignment = center
        c.border = box
    ws.row_dimensions[r].height = 32
    r += 1
    for row in d["rows"]:
        if isinstance(row, dict):
            num, text = row["section"]
            c = ws.cell(row=r, column=1, value=num)
            c.font = Font(name=tnr, size=12, bold=True)
            c.alignment = center
            ws.merge_cells(f"B{r}:{last}{r}")
            c = ws.cell(row=r, column=2, value=text)
            c.font = Font(name=tnr, size=12, bold=True)
            c.alignment = left
            for k in range(1, ncol + 1):
                ws.cell(row=r, column=k).border = box
        else:
            for i, v in enumerate(row):
                c = ws.cell(row=r, column=i + 1, value=v if v != "" else None)
                c.font = Font(name=tnr, size=12)
                c.alignment = center if i in (0, 3, 4) else left
                c.border = box
            ws.row_dimensions[r].height = 15 * max(2, len(row[2]) // 55 + 1)
        r += 1
    r += 1
    # closing: Nơi nhận left (A:B), signature right (C:last)
    top = r
    for n, line in enumerate(d["noi_nhan"]):
        put(f"A{r}:B{r}", line, bold=(n == 0), italic=(n == 0), size=12 if n == 0 else 11,
            align=Alignment(horizontal="left", vertical="top"))
        r += 1
    r = top
    for n, line in enumerate(d["sign"]):
        put(f"C{r}:{last}{r}", line or None, bold=(n in (0, len(d["sign"]) - 1)),
            italic=(line.startswith("(")), size=13)
        r += 1

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    p = wb.properties
    p.creator = p.lastModifiedBy = "PYT"
    p.created = p.modified = FIXED_TIME
    p.title = d["title"][0]
    buf = io.BytesIO()
    wb.save(buf)  # openpyxl stamps dcterms:modified with the clock: fix it
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    fixed = io.BytesIO()
    with zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                              rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            zout.writestr(info.filename, data)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    third.write_fixed_zip(fixed.getvalue(), out)


def main():
    third.main(HERE, FILES)  # clears plan/ and inbox/ first
    for src, rel, parent_lines in MULTI:
        render_multi(os.path.join(HERE, "src", src), os.path.join(HERE, rel), parent_lines)
        print(rel)
    for src, rel in XLSX:
        render_xlsx(os.path.join(HERE, "src", src), os.path.join(HERE, rel))
        print(rel)


if __name__ == "__main__":
    sys.exit(main())
