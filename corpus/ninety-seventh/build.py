#!/usr/bin/env python3
"""Build corpus/ninety-seventh (Sở Y tế tỉnh Đắk Lắk: Kế hoạch 286/KH-SYT ngày 23/01/2026, trợ
giúp người khuyết tật và thí điểm mô hình phục hồi chức năng dựa vào cộng đồng tại 04 xã,
phường năm 2026, with a two-form "Biểu mẫu" appendix; the units answer with spreadsheets).

Sources: the plan and the Hội's report are typed as in corpus/third (header columns one after
the other, type and title, body one paragraph a line, "Nơi nhận:", signature). A line holding a
single form feed separates the plan from its appendix: title lines, a blank line, then forms:
"|" lines are Word tables ("<" merges a cell with the one on its left, "^" with the one above;
the first two rows are the two-level column header; a row with "<" cells is a group row, bold),
"---" a page break, "A ;; B" lines a borderless two-column signature block. Every spreadsheet is
a yaml file per SHEET (header_left / header_right / title / kinh_gui / paras / header_rows /
rows / notes / noi_nhan / sign; "kind: cover" a sheet of text cells only, "kind: empty" an empty
sheet, "hidden: true" a hidden sheet); a list of sources gives one workbook, one sheet each, in
that order. Renderers of this set (render.yaml names them):

  plan       the plan (portrait), then the appendix on LANDSCAPE pages: Biểu mẫu số 01 and 02,
             each a table with a two-level merged header;
  workbook   one .xlsx from one or more sheet sources (openpyxl; fixed properties and zip
             times through render.save_workbook);
  xls        the same workbook turned into Excel 97-2003 (.xls) by LibreOffice (identical in
             text from build to build, not in bytes);
  csv        the first sheet of the workbook exported as Excel's "CSV UTF-8" does: BOM, commas,
             CRLF, merged cells as one value then empty fields, numbers as a Vietnamese-locale
             Excel displays them (1.250; 28,5).

Run:  /work/main/.venv/bin/python corpus/ninety-seventh/build.py   (= corpus/render.py ninety-seventh)
"""
import csv
import io
import math
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)

# ---------------------------------------------------------------- the plan's appendix (DOCX)


def form_table(doc, rows, widths):
    """A grid table: rows 0-1 the two-level header (bold, centred, repeated on each page);
    "<" merges into the cell on the left, "^" into the cell above; a row holding "<" cells
    below the header is a group row (bold); STT and the figure columns centred."""
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.oxml import OxmlElement
    from docx.shared import Cm
    ncols = len(widths)
    t = R._grid_table(doc, len(rows), widths)
    for r, row in enumerate(rows):
        if len(row) != ncols:
            raise ValueError("form row with %d cells, expected %d: %r" % (len(row), ncols, row))
        group = r > 1 and "<" in row
        for c, text in enumerate(row):
            cell = t.rows[r].cells[c]
            cell.width = Cm(widths[c])
            cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
            if text in ("<", "^"):
                continue
            centre = r < 2 or c == 0 or (2 <= c < ncols - 1 and not group)
            R._cell_text(cell, text, centre, r < 2 or group, empty_run=False)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text in ("<", "^"):
                continue
            right = c
            while right + 1 < ncols and row[right + 1] == "<":
                right += 1
            down = r
            while down + 1 < len(rows) and rows[down + 1][c] == "^":
                down += 1
            if right > c or down > r:
                t.cell(r, c).merge(t.cell(down, right)).vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    for r in (0, 1):
        t.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    return t


def sign_block(doc, pairs):
    """Two borderless columns (Người lập biểu | Thủ trưởng đơn vị): first line bold, "(…)"
    lines italic."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    R.para(doc, after=4)
    left, right = R.two_columns(doc, (12.8, 12.8))
    for cell, lines in ((left, [p[0] for p in pairs]), (right, [p[1] for p in pairs])):
        first = [True]
        for line in lines:
            R.cell_para(cell, first, line, size=13, bold=not line.startswith("("),
                        italic=line.startswith("("), align=WD_ALIGN_PARAGRAPH.CENTER)


def plan(src, out, parent_lines=1, time=None, style="fourth", form_widths=None, **_):
    """The master plan: corpus/third's DOCX, then the appendix on landscape pages."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    main_text, appendix = R.split_documents(R.read_text(src))
    buf = io.BytesIO()
    R.source_docx(style, main_text, parent_lines, buf, time)
    buf.seek(0)
    doc = Document(buf)
    R.landscape_section(doc)
    lines = appendix.strip("\n").split("\n")
    k = lines.index("")
    R.appendix_title(doc, lines[:k], first=13, others=13, paren_after=10)
    i = k + 1
    while i < len(lines):
        line = lines[i].strip()
        if " | " in lines[i] or line.startswith("|"):
            rows = []
            while i < len(lines) and " | " in lines[i]:
                rows.append(R.cells(lines[i]))
                i += 1
            form_table(doc, rows, form_widths)
            continue
        if " ;; " in line:
            pairs = []
            while i < len(lines) and " ;; " in lines[i]:
                pairs.append([c.strip() for c in lines[i].split(";;")])
                i += 1
            sign_block(doc, pairs)
            continue
        if line == "---":
            R.page_break(doc)
        elif line.startswith("Biểu mẫu số"):
            R.para(doc, line, size=13, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4)
        elif line.startswith("("):
            R.para(doc, line, size=13, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
        elif line:
            R.para(doc, line, size=12, italic=True, indent=0.0, before=4)
        i += 1
    R.save_docx(doc, out, time)


# ---------------------------------------------------------------- sheets (openpyxl)


def _col(n):
    from openpyxl.utils import get_column_letter
    return get_column_letter(n)


def _lines(text, width):
    """How many lines a wrapped cell of this width (Excel characters) takes."""
    if text is None or text == "":
        return 1
    return max(1, math.ceil(len(str(text)) * 1.08 / max(width - 1, 1)))


def _height(ws, r, n):
    ws.row_dimensions[r].height = max(ws.row_dimensions[r].height or 0, 16 * n + 2)


def fill_sheet(ws, d):
    """One sheet from its yaml dict (see the module docstring)."""
    if d.get("hidden"):
        ws.sheet_state = "hidden"
    if d.get("kind") == "empty":
        return
    widths = d["widths"]
    ncol = len(widths)
    last = _col(ncol)
    for i, w in enumerate(widths):
        ws.column_dimensions[_col(i + 1)].width = w
    lc = d.get("left_cols", 2 if d.get("kind") != "cover" else 4)
    left_w, right_w = sum(widths[:lc]), sum(widths[lc:])
    center, left = R.xl_align(), R.xl_align("left", "center")
    box = R.xl_grid(None)
    r = 1
    hl, hr = d.get("header_left", []), d.get("header_right", [])
    for n in range(max(len(hl), len(hr))):
        if n < len(hl):
            lt = hl[n]
            issuer = n == 1 or len(hl) == 1
            R.xl_put(ws, f"A{r}:{_col(lc)}{r}", lt,
                     R.xl_font(13 if lt.startswith("Số") else 12, issuer or None), center)
            _height(ws, r, _lines(lt, left_w))
        if n < len(hr):
            rt = hr[n]
            R.xl_put(ws, f"{_col(lc + 1)}{r}:{last}{r}", rt,
                     R.xl_font(12 if n == 0 else 13, n < 2 or None, n == 2 or None), center)
        r += 1
    r += 1
    for n, line in enumerate(d.get("title", [])):
        italic = line.startswith("(")
        R.xl_put(ws, f"A{r}:{last}{r}", line, R.xl_font(14 if n == 0 else 13, not italic or None,
                                                         italic or None), center)
        _height(ws, r, _lines(line, sum(widths)))
        r += 1
    if d.get("kinh_gui"):
        R.xl_put(ws, f"A{r}:{last}{r}", d["kinh_gui"], R.xl_font(13), center)
        _height(ws, r, _lines(d["kinh_gui"], sum(widths)))
        r += 1
    r += 1
    for p in d.get("paras", []):
        R.xl_put(ws, f"A{r}:{last}{r}", p, R.xl_font(13), R.xl_align("justify", "top"))
        _height(ws, r, _lines(p, sum(widths) * 0.92))
        r += 1
    if d.get("paras"):
        r += 1
    head = d.get("header_rows", [])
    top = r
    for i, row in enumerate(head):
        for j, text in enumerate(row):
            ws.cell(row=top + i, column=j + 1).border = box
            if text in ("^", "<"):
                continue
            right = j
            while right + 1 < ncol and row[right + 1] == "<":
                right += 1
            down = i
            while down + 1 < len(head) and head[down + 1][j] == "^":
                down += 1
            rng = f"{_col(j + 1)}{top + i}"
            if right > j or down > i:
                rng += f":{_col(right + 1)}{top + down}"
            R.xl_put(ws, rng, text, R.xl_font(11, True), center, box)
        ws.row_dimensions[top + i].height = 33
    r = top + len(head)
    first = r
    for row in d.get("rows", []):
        if isinstance(row, dict):
            num, text = row["section"]
            R.xl_put(ws, f"A{r}", num, R.xl_font(11, True), center, box)
            R.xl_put(ws, f"B{r}:{last}{r}", text, R.xl_font(11, True), left)
            for k in range(1, ncol + 1):
                ws.cell(row=r, column=k).border = box
            r += 1
            continue
        n = 1
        for i, v in enumerate(row):
            if isinstance(v, str) and v.startswith("=SUM"):
                v = v.format(first=first, last=r - 1)
            c = R.xl_put(ws, ws.cell(row=r, column=i + 1).coordinate, None if v == "" else v,
                         R.xl_font(11, (row[1] == "Cộng") or None),
                         left if i in (1, ncol - 1) else center, box)
            if isinstance(v, int):
                c.number_format = "#,##0"
            elif isinstance(v, float):
                c.number_format = "0.0"
            if i in (1, ncol - 1) and isinstance(v, str):
                n = max(n, _lines(v, widths[i]))
        _height(ws, r, n)
        r += 1
    for note in d.get("notes", []):
        R.xl_put(ws, f"A{r}:{last}{r}", note, R.xl_font(12, None, True), R.xl_align("left", "top"))
        _height(ws, r, _lines(note, sum(widths) * 0.95))
        r += 1
    r += 1
    closing = r
    for n, line in enumerate(d.get("noi_nhan", [])):
        R.xl_put(ws, f"A{r}:{_col(lc)}{r}", line, R.xl_font(12 if n == 0 else 11, n == 0 or None, n == 0 or None),
                 R.xl_align("left", "top", None))
        r += 1
    r = closing
    for n, line in enumerate(d.get("sign", [])):
        italic = line.startswith("(") or ", ngày " in line
        bold = bool(line) and not italic and (n == 0 or n == len(d["sign"]) - 1 or line.isupper())
        R.xl_put(ws, f"{_col(lc + 1)}{r}:{last}{r}", line or None, R.xl_font(13, bold or None, italic or None), center)
        r += 1
    ws.sheet_view.showGridLines = d.get("kind") != "cover"
    R.xl_landscape(ws)


def build_workbook(srcs):
    from openpyxl import Workbook
    wb = Workbook()
    wb.remove(wb.active)
    title = None
    for src in srcs:
        with open(src, encoding="utf-8") as fh:
            d = yaml.safe_load(fh)
        ws = wb.create_sheet(d["sheet"])
        fill_sheet(ws, d)
        if title is None and d.get("title"):
            title = " ".join(d["title"][:2])
    wb.active = 0
    return wb, title


def _sources(src):
    return src if isinstance(src, list) else [src]


def workbook(src, out, creator="SYT", time=None, modified_stamp="2026-01-01T00:00:00Z", **_):
    """One .xlsx, one sheet per source."""
    wb, title = build_workbook(_sources(src))
    R.save_workbook(wb, out, creator, time, modified_stamp, title=title)


def xls(src, out, profile=None, **options):
    """workbook turned into Excel 97-2003 by LibreOffice."""
    R.via_docx(lambda tmp: workbook(src, tmp, **options), "xls:MS Excel 97", out, profile or LO_PROFILE,
               ext=".xlsx")


def _vn(v):
    """A cell value as a Vietnamese-locale Excel shows it."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v).upper()
    if isinstance(v, int):
        return "{:,}".format(v).replace(",", ".")
    if isinstance(v, float):
        return ("%.1f" % v).replace(".", ",")
    return str(v)


def csv_file(src, out, **_):
    """The first sheet exported as "CSV UTF-8 (Comma delimited)"."""
    wb, _title = build_workbook(_sources(src))
    ws = wb.worksheets[0]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column):
        w.writerow([_vn(c.value) for c in row])
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
