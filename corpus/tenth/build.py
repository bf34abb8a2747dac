#!/usr/bin/env python3
"""Build corpus/tenth (Sở GD&ĐT Hải Dương, phòng, chống đuối nước năm học 2024-2025) from src/.

Sources are typed the way corpus/sixth types them (see its build.py): header
columns, type and title, body one paragraph a line, "Nơi nhận:", signature; the
master source holds the decision, a form-feed line, then the attached plan,
rendered into ONE DOCX by corpus/sixth's renderer, imported here.

What is new here:
  scan3  three one-page plans of three schools, each rendered to DOCX -> text
         PDF (LibreOffice), checked to be one page, rasterised at 300 dpi and
         "scanned" with corpus/fifth's noise, then stacked into ONE image-only
         PDF of three pages (no text layer)
  xls    a spreadsheet report typed in src/*.yaml: header block in merged
         cells, bordered table (STT | task | result | status | note), closing;
         written with openpyxl as .xlsx, then turned into Excel 97-2003 (.xls)
         by LibreOffice
  the plan's lettered holder headings ("a) Văn phòng Sở") are set bold italic
  after rendering, as the Sở's typist sets them.

Run:  /work/main/.venv/bin/python corpus/tenth/build.py
DOCX and the scan are deterministic; the text PDF and the .xls carry
LibreOffice's own metadata.
"""
import importlib.util
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime

import numpy as np
import pypdfium2 as pdfium
import yaml
from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
LO_PROFILE = "file:///tmp/lo-tenth-profile"


def _load(name):
    spec = importlib.util.spec_from_file_location(
        name + "_build", os.path.join(CORPUS, name, "build.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.LO_PROFILE = LO_PROFILE  # their converters read the module global at call time
    return mod


sixth = _load("sixth")   # parse (decision + attached plan), render_docx, to_pdf, write_fixed_zip
fifth = _load("fifth")   # page_images, scanned

PLAN = "plan/QD-215-SGDDT-KH-phong-chong-duoi-nuoc-2024-2025.docx"

# sources, output (relative to HERE), format, parent-body lines in the header
FILES = [
    (["00-quyet-dinh-so.txt"], PLAN, "plan", 1),
    (["01-thpt-nam-sach-ke-hoach.txt"],
     "inbox/THPT Nam Sach_KH 27 phong chong duoi nuoc 2024-2025.docx", "docx", 1),
    (["02a-thpt-thanh-ha-ke-hoach.txt", "02b-thpt-kinh-mon-ke-hoach.txt",
      "02c-thpt-tu-ky-ke-hoach.txt"],
     "inbox/Scan KH PCDN 3 truong THPT.pdf", "scan3", 1),
    (["03-pgd-cam-giang-bao-cao.yaml"],
     "inbox/PGD Cam Giang/BC 96 PCDN nam hoc 2024-2025.xls", "xls", 1),
    (["04-thcs-mac-dinh-chi-ke-hoach.txt"],
     "inbox/THCS Mac Dinh Chi - KH phong chong duoi nuoc.docx", "docx", 1),
    (["05-phong-gdtrh-ke-hoach.txt"],
     "inbox/GDTrH_KH trien khai PCDN 2024-2025.docx", "docx", 1),
    (["06-pgd-chi-linh-ke-hoach.txt"],
     "inbox/PGD Chi Linh_KH 17 PCDN.pdf", "pdf", 1),
]

LETTER_HEAD = re.compile(r"^[a-zđ]\)\s")


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- plan

def render_plan(src, parent_lines, out):
    sixth.render_docx(sixth.parse(read(src)), parent_lines, out)
    doc = Document(out)
    for p in doc.paragraphs:
        if LETTER_HEAD.match(p.text) and len(p.text) < 60:
            for r in p.runs:
                r.bold = True
                r.italic = True
    buf = io.BytesIO()
    doc.save(buf)
    sixth.write_fixed_zip(buf.getvalue(), out)


# ---------------------------------------------------------------- scan

def pdf_pages(path):
    pdf = pdfium.PdfDocument(path)
    n = len(pdf)
    pdf.close()
    return n


def render_scan3(srcs, parent_lines, out, seed=10):
    tmp = tempfile.mkdtemp(prefix="tenth-scan-")
    rng = np.random.default_rng(seed)
    angles = (0.6, -0.4, 0.9)
    pages = []
    try:
        for k, src in enumerate(srcs):
            docx_path = os.path.join(tmp, "p%d.docx" % k)
            pdf_path = os.path.join(tmp, "p%d.pdf" % k)
            sixth.render_docx(sixth.parse(read(src)), parent_lines, docx_path)
            sixth.to_pdf(docx_path, pdf_path)
            n = pdf_pages(pdf_path)
            if n != 1:
                raise SystemExit("%s renders to %d pages; the scan wants one page each" % (src, n))
            img = fifth.page_images(pdf_path, 300)[0]
            pages.append(fifth.scanned(img, angles[k], rng))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        t = fifth.FIXED_TIME.timetuple()
        pages[0].save(out, "PDF", resolution=300, save_all=True, append_images=pages[1:],
                      creationDate=t, modDate=t)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- xls

def render_xls(src, out):
    d = yaml.safe_load(read(src))
    ncol = len(d["columns"])
    last = chr(ord("A") + ncol - 1)
    wb = Workbook()
    ws = wb.active
    ws.title = d["sheet"]
    for k, w in enumerate(d["widths"]):
        ws.column_dimensions[chr(ord("A") + k)].width = w
    tnr = lambda **kw: Font(name="Times New Roman", size=kw.pop("size", 12), **kw)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(horizontal="left", vertical="top", wrap_text=True)
    thin = Side(style="thin")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)

    def merged(row, c1, c2, text, font, align=centre):
        ws.merge_cells("%s%d:%s%d" % (c1, row, c2, row))
        cell = ws["%s%d" % (c1, row)]
        cell.value = text
        cell.font = font
        cell.alignment = align

    # header block: issuer (A:B) | Quốc hiệu (C:last)
    for n, (l, r) in enumerate(zip(d["left"], d["right"])):
        row = n + 1
        merged(row, "A", "B", l, tnr(bold=n == 1, size=12))
        merged(row, "C", last, r, tnr(bold=n < 2, italic=n == 2, size=12))
    row = len(d["left"]) + 2
    for n, line in enumerate(d["title"]):
        merged(row, "A", last, line, tnr(bold=n < 2, italic=n == 2, size=14 if n == 0 else 13))
        row += 1
    row += 1
    # table
    for k, h in enumerate(d["columns"]):
        c = ws.cell(row=row, column=k + 1, value=h)
        c.font = tnr(bold=True)
        c.alignment = centre
        c.border = grid
    ws.row_dimensions[row].height = 30
    for r in d["rows"]:
        row += 1
        for k, v in enumerate(r):
            c = ws.cell(row=row, column=k + 1, value=v if v != "" else None)
            c.font = tnr()
            c.alignment = centre if k in (0, 3) else wrap
            c.border = grid
        ws.row_dimensions[row].height = 16 * max(2, len(r[2]) // 55 + 1)
    row += 2
    # closing: Nơi nhận and the compiler (A:B), the head of office (C:last)
    start = row
    for n, line in enumerate(d["noi_nhan"]):
        merged(row, "A", "B", line, tnr(bold=n == 0, italic=n == 0, size=11 if n else 12),
               Alignment(horizontal="left", vertical="top"))
        row += 1
    row = start
    for n, line in enumerate(d["sign_right"]):
        merged(row, "C", last, line, tnr(bold=True, size=13))
        row += 1
    row = max(row, start + len(d["noi_nhan"])) + 1
    for line in d["sign_left"]:
        merged(row, "A", "B", line, tnr(bold=True, size=12))
        row += 1
    wb.properties.creator = wb.properties.lastModifiedBy = "PGD"
    wb.properties.created = wb.properties.modified = datetime(2025, 5, 27, 8, 0, 0)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4

    tmp = tempfile.mkdtemp(prefix="tenth-xls-")
    try:
        name = os.path.splitext(os.path.basename(out))[0]
        xlsx = os.path.join(tmp, name + ".xlsx")
        wb.save(xlsx)
        subprocess.run(
            ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
             "--convert-to", "xls:MS Excel 97", "--outdir", tmp, xlsx],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        shutil.move(os.path.join(tmp, name + ".xls"), out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- main

def main():
    for d in ("plan", "inbox"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    for srcs, rel, fmt, parent_lines in FILES:
        out = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if fmt == "plan":
            render_plan(srcs[0], parent_lines, out)
        elif fmt == "docx":
            sixth.render_docx(sixth.parse(read(srcs[0])), parent_lines, out)
        elif fmt == "pdf":
            tmp = tempfile.mkdtemp(prefix="tenth-docx-")
            try:
                name = os.path.splitext(os.path.basename(rel))[0] + ".docx"
                tmp_docx = os.path.join(tmp, name)
                sixth.render_docx(sixth.parse(read(srcs[0])), parent_lines, tmp_docx)
                sixth.to_pdf(tmp_docx, out)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        elif fmt == "scan3":
            render_scan3(srcs, parent_lines, out)
        elif fmt == "xls":
            render_xls(srcs[0], out)
        else:
            raise ValueError(fmt)
        print(rel)


if __name__ == "__main__":
    sys.exit(main())
