"""Build corpus/eighth (tỉnh Phú Yên, cải cách hành chính 2025) from src/*.txt.

Sources use the layout of corpus/third (header columns typed one after the
other, type and title, body one paragraph a line, "Nơi nhận:", signature); a
run of lines with " | " between cells is a table. Everything is rendered by
corpus/render.py (the shared renderer, in the styles of corpus/third, fifth and
sixth); what is this set's own:

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

Which file is rendered how is render.yaml (build.plan and build.xlsx are this
module's), built by corpus/render.py; LibreOffice runs with the private profile
/tmp/lo-eighth-profile.

Run:  /work/main/.venv/bin/python corpus/eighth/build.py   (= corpus/render.py eighth)
"""
import os
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py
from render import CELL_SEP, FONT  # noqa: E402,F401
from openpyxl import Workbook  # noqa: E402

HERE, SRC, LO_PROFILE = render.set_paths(__file__)
CORPUS = render.CORPUS
FIXED_TIME = datetime(2025, 1, 1, 0, 0, 0)
STAMP = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()

PLAN = "plan/KH-58-UBND-CCHC-2025-tinh-Phu-Yen.docx"

# appendix table, landscape A4 (text width 29.7 - 2.0 - 2.0 = 25.7 cm)
APPENDIX_WIDTHS = (1.2, 9.0, 3.6, 5.0, 2.9, 4.0)
# the master plan: issuer lines 13 pt, headings kept with the next paragraph,
# the closing kept on one page
PLAN_LAYOUT = render.Layout(issuer_long=10 ** 6, vv_line=False, keep_heads=True, closing_cantsplit=True)


# ---------------------------------------------------------------- master plan

def merge_row(table, r):
    """Merge all cells of row r into one (a group row)."""
    row = table.rows[r]
    return row.cells[0].merge(row.cells[-1])


def appendix_table(doc, rows):
    render.group_row_table(doc, rows, APPENDIX_WIDTHS, (0, 4))


def render_plan(text, parent_lines, out):
    main_text, appendix_text = render.split_documents(text)
    doc = render.nd30_docx([render.parse_style("third", main_text)], parent_lines, PLAN_LAYOUT, FIXED_TIME)
    # appendix: new landscape section
    render.landscape_section(doc)
    lines = [l.strip() for l in appendix_text.split("\n")]
    k = lines.index("")
    render.appendix_title(doc, lines[:k])
    appendix_table(doc, [[c.strip() for c in l.split(CELL_SEP)] if CELL_SEP in l else [l]
                         for l in lines[k:] if l])
    render.save_docx(doc, out)


# ---------------------------------------------------------------- xlsx

GRID = render.xl_grid()
THIN = GRID.left
XFONT = FONT
# A STT, B Nhiệm vụ, C Kết quả thực hiện, D Tình trạng, E Ghi chú
XWIDTHS = {"A": 6, "B": 38, "C": 58, "D": 16, "E": 22}


def _cell(ws, ref, value, size=12, bold=False, italic=False, h="center", v="center",
          wrap=True, border=None):
    return render.xl_put(ws, ref, value, render.xl_font(size, bold, italic), render.xl_align(h, v, wrap), border)


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

    render.xl_landscape(ws)
    render.save_workbook(wb, out, "VanThu", FIXED_TIME, STAMP.decode())


# ---------------------------------------------------------------- two documents in one PDF

def render_pdf2(text, parent_lines, out):
    render.source_converted("sixth", text, parent_lines, "pdf", out, FIXED_TIME, LO_PROFILE, multi=True)


# ---------------------------------------------------------------- renderers of render.yaml

def plan(src, out, parent_lines=0, **_):
    render_plan(render.read_text(src), parent_lines, out)


def xlsx(src, out, parent_lines=0, **_):
    render_xlsx(render.parse_style("third", render.read_text(src)), parent_lines, out)


if __name__ == "__main__":
    sys.exit(render.main([HERE] + sys.argv[1:]))
