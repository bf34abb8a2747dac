"""Build corpus/tenth (Sở GD&ĐT Hải Dương, phòng, chống đuối nước năm học 2024-2025) from src/.

Sources are typed the way corpus/sixth types them (see its build.py): header
columns, type and title, body one paragraph a line, "Nơi nhận:", signature; the
master source holds the decision, a form-feed line, then the attached plan,
rendered into ONE DOCX in corpus/sixth's style by corpus/render.py (the shared
renderer).

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

Which file is rendered how is render.yaml (build.* are this module's), built by
corpus/render.py.

Run:  /work/main/.venv/bin/python corpus/tenth/build.py   (= corpus/render.py tenth)
DOCX and the scan are deterministic; the text PDF and the .xls carry
LibreOffice's own metadata.
"""
import io
import os
import re
import sys
import tempfile
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py
import numpy as np  # noqa: E402
import yaml  # noqa: E402
from docx import Document  # noqa: E402
from openpyxl import Workbook  # noqa: E402

HERE, SRC, LO_PROFILE = render.set_paths(__file__)
CORPUS = render.CORPUS
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)

PLAN = "plan/QD-215-SGDDT-KH-phong-chong-duoi-nuoc-2024-2025.docx"

LETTER_HEAD = re.compile(r"^[a-zđ]\)\s")


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as fh:
        return fh.read()


def sixth_docx(src, parent_lines, out):
    render.source_docx("sixth", read(src), parent_lines, out, FIXED_TIME, multi="attached")


# ---------------------------------------------------------------- plan

def render_plan(src, parent_lines, out):
    sixth_docx(src, parent_lines, out)
    doc = Document(out)
    for p in doc.paragraphs:
        if LETTER_HEAD.match(p.text) and len(p.text) < 60:
            for r in p.runs:
                r.bold = True
                r.italic = True
    buf = io.BytesIO()
    doc.save(buf)
    render.write_fixed_zip(buf.getvalue(), out)


# ---------------------------------------------------------------- scan

def render_scan3(srcs, parent_lines, out, seed=10):
    tmp = tempfile.mkdtemp(prefix="tenth-scan-")
    rng = np.random.default_rng(seed)
    angles = (0.6, -0.4, 0.9)
    pages = []
    try:
        for k, src in enumerate(srcs):
            pdf_path = os.path.join(tmp, "p%d.pdf" % k)
            render.via_docx(lambda tmp_docx: sixth_docx(src, parent_lines, tmp_docx), "pdf", pdf_path, LO_PROFILE)
            n = render.pdf_page_count(pdf_path)
            if n != 1:
                raise SystemExit("%s renders to %d pages; the scan wants one page each" % (src, n))
            img = render.page_images(pdf_path, 300)[0]
            pages.append(render.scanned(img, angles[k], rng))
        render.save_image_pdf(pages, out, FIXED_TIME)
    finally:
        render.shutil.rmtree(tmp, ignore_errors=True)


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
    tnr = render.xl_font
    centre, wrap = render.xl_align(), render.xl_align("left", "top")
    grid = render.xl_grid(None)

    def merged(row, c1, c2, text, font, align=centre):
        render.xl_put(ws, "%s%d:%s%d" % (c1, row, c2, row), text, font, align)

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
               render.xl_align("left", "top", None))
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

    render.via_docx(wb.save, "xls:MS Excel 97", out, LO_PROFILE, ext=".xlsx")


# ---------------------------------------------------------------- renderers of render.yaml

def plan(src, out, parent_lines=1, **_):
    render_plan(src, parent_lines, out)


def scan3(srcs, out, parent_lines=1, **_):
    render_scan3(srcs, parent_lines, out)


def xls(src, out, **_):
    render_xls(src, out)


if __name__ == "__main__":
    sys.exit(render.main([HERE] + sys.argv[1:]))
