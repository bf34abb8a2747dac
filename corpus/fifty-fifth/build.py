#!/usr/bin/env python3
"""Build corpus/fifty-fifth (UBND huyện Tân Yên, Bắc Giang: Kế hoạch 86/KH-UBND ngày 12/3/2024,
cải thiện, nâng cao Chỉ số PAPI năm 2024, every duty a row of the appendix "Danh mục nhiệm vụ";
the units answer mostly by sending that table back with result columns added).

Sources are typed as in corpus/third (header columns one after the other, type and title, body
one paragraph a line, "Nơi nhận:", signature); a line holding a single form feed separates the
plan from its appendix; table rows use corpus/twelfth's cell marks ("<" merged with the cell on
the left: a group row). Renderers of this set (render.yaml names them):

  plan        corpus/third's DOCX, then a LANDSCAPE section holding the appendix title and the
              merged-cell table (as corpus/seventeenth's plan);
  table_docx  a whole document in landscape whose "|" body lines are merged-cell Word tables
              (a unit returning the plan's table with its result columns);
  table_pdf   the same converted by LibreOffice, fixed dates and /ID;
  table_xlsx  a yaml sheet: header block, title lines, the bordered table (group rows merged),
              Nơi nhận | signature (cells wrap; row heights from the longest cell);
  fixed_pdf   corpus/twenty-fifth's text PDF of a "docx" source (fixed dates and /ID).

Run:  /work/main/.venv/bin/python corpus/fifty-fifth/build.py   (= corpus/render.py fifty-fifth)
"""
import io
import math
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def _widths(table_widths):
    return {int(k): v for k, v in (table_widths or {}).items()}


def plan(src, out, parent_lines=0, table_widths=None, time=None, style="third", **_):
    """The master plan: portrait body and signature, then a landscape appendix."""
    from docx import Document
    main_text, appendix = R.split_documents(R.read_text(src))
    buf = io.BytesIO()
    R.source_docx(style, main_text, parent_lines, buf, time)
    buf.seek(0)
    doc = Document(buf)
    R.landscape_section(doc)
    lines = appendix.strip("\n").split("\n")
    k = lines.index("")
    R.appendix_title(doc, lines[:k])
    R.merged_table(doc, [R.cells(l) for l in lines[k:] if "|" in l], _widths(table_widths))
    R.save_docx(doc, out, time)


def _landscape(section):
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(25), Mm(15)


def table_docx(src, out, parent_lines=1, table_widths=None, time=None, style="third", **_):
    """A document on landscape pages, its "|" body lines merged-cell tables."""
    from docx import Document
    buf = io.BytesIO()
    R.render_nd30(R.parse_style(style, R.read_text(src)), parent_lines, buf, R.layout(style), time)
    buf.seek(0)
    doc = Document(buf)
    R.tables_in_body(doc, _widths(table_widths))
    _landscape(doc.sections[0])
    R.save_docx(doc, out, time)


def table_pdf(src, out, profile=None, **options):
    """table_docx converted by LibreOffice (fixed dates and /ID)."""
    R.via_docx(lambda tmp: table_docx(src, tmp, **options), "pdf", out, profile)
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


def table_xlsx(src, out, creator="VanThu", time=None, modified_stamp="2024-01-01T00:00:00Z", **_):
    """A unit's copy of the appendix table as a workbook (see the module docstring)."""
    import yaml
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter as col
    with open(src, encoding="utf-8") as fh:
        d = yaml.safe_load(fh)
    wb = Workbook()
    ws = wb.active
    ws.title = d["sheet"]
    ncol = len(d["columns"])
    last = col(ncol)
    split = d.get("header_split", 2)
    for i, w in enumerate(d["widths"]):
        ws.column_dimensions[col(i + 1)].width = w
    centre, left = R.xl_align(), R.xl_align("left", "top")
    box = R.xl_grid(None)
    r = 1
    for n, (lt, rt) in enumerate(zip(d["header_left"], d["header_right"])):
        R.xl_put(ws, f"A{r}:{col(split)}{r}", lt, R.xl_font(12 if n < 2 else 13, n == 1, False), centre)
        R.xl_put(ws, f"{col(split + 1)}{r}:{last}{r}", rt, R.xl_font(12 if n == 0 else 13, n < 2, n == 2), centre)
        r += 1
    r += 1
    for n, line in enumerate(d["title"]):
        R.xl_put(ws, f"A{r}:{last}{r}", line, R.xl_font(14 if n == 0 else 13, n < 2, n >= 2), centre)
        r += 1
    r += 1
    for i, h in enumerate(d["columns"]):
        R.xl_put(ws, ws.cell(row=r, column=i + 1).coordinate, h, R.xl_font(bold=True), centre, box)
    ws.row_dimensions[r].height = 33
    r += 1
    centred = set(d.get("centre", [0]))
    for row in d["rows"]:
        if isinstance(row, dict):
            num, text = row["section"]
            R.xl_put(ws, f"A{r}", num, R.xl_font(bold=True), centre, box)
            R.xl_put(ws, f"B{r}:{last}{r}", text, R.xl_font(bold=True), left)
            for k in range(1, ncol + 1):
                ws.cell(row=r, column=k).border = box
        else:
            for i, v in enumerate(row):
                R.xl_put(ws, ws.cell(row=r, column=i + 1).coordinate, v if v != "" else None,
                         R.xl_font(), centre if i in centred else left, box)
            lines = max(math.ceil(len(str(v)) * 1.1 / max(d["widths"][i] - 1, 1)) for i, v in enumerate(row))
            ws.row_dimensions[r].height = 16 * max(1, lines)
        r += 1
    r += 1
    top = r
    for n, line in enumerate(d["noi_nhan"]):
        R.xl_put(ws, f"A{r}:{col(split)}{r}", line, R.xl_font(12 if n == 0 else 11, n == 0, n == 0),
                 R.xl_align("left", "top", None))
        r += 1
    r = top
    for n, line in enumerate(d["sign"]):
        R.xl_put(ws, f"{col(ncol - 2)}{r}:{last}{r}", line or None,
                 R.xl_font(13, n in (0, len(d["sign"]) - 1), False), centre)
        r += 1
    R.xl_landscape(ws)
    R.save_workbook(wb, out, creator, time, modified_stamp, title=d["title"][0])


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
