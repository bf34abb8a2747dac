"""Build corpus/twelfth (huyện Mù Cang Chải, Yên Bái, phòng chống thiên tai và TKCN 2024) from src/*.txt.

Sources are typed as in corpus/third (header columns one after the other, title,
body one paragraph a line, "Nơi nhận:", signature); the header, body paragraphs
and closing are rendered by corpus/render.py (the shared renderer, corpus/third's
style). What is this set's own:

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

Which file is rendered how is render.yaml: the DOCX and PDF by render.py's
"docx-tables" (tables_docx, this set's widths), the .xlsx by build.xlsx here; a
cover công văn + plan in one DOCX (corpus/sixth's style) was added later (group
addon).

Run:  /work/main/.venv/bin/python corpus/twelfth/build.py   (= corpus/render.py twelfth)
      /work/main/.venv/bin/python corpus/twelfth/build.py addon   (the added file only)
DOCX and XLSX output is deterministic (fixed core properties and zip timestamps);
the PDFs carry LibreOffice's own creation date.
"""
import os
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py
from render import cells  # noqa: E402,F401
from openpyxl import Workbook  # noqa: E402

HERE, SRC, LO_PROFILE = render.set_paths(__file__)
CORPUS = render.CORPUS
THIRD_TIME = datetime(2025, 1, 1, 0, 0, 0)   # corpus/third's core-property date, replaced below
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)

# column widths (cm) of body tables by number of columns; text width 16.5 cm
TABLE_WIDTHS = {
    5: (1.0, 6.2, 3.2, 3.4, 2.7),             # TT | Nội dung | Chủ trì | Phối hợp | Thời gian
    7: (0.9, 2.0, 3.9, 1.2, 1.4, 3.4, 3.7),   # appendix: TT | Bản | Vị trí | hộ | khẩu | nơi sơ tán | phụ trách
}


def build_table(doc, rows):
    """A Word table with merged cells, appended to the body; returns it."""
    return render.merged_table(doc, rows, TABLE_WIDTHS)


def tables_in_body(doc):
    """Turn each run of body paragraphs holding "|" into a Word table in place."""
    render.tables_in_body(doc, TABLE_WIDTHS)


def add_appendix(doc, text):
    render.add_appendix(doc, text, TABLE_WIDTHS)


def render_docx(text, parent_lines, out):
    render.tables_docx(text, parent_lines, out, TABLE_WIDTHS, FIXED_TIME)


# --- the spreadsheet -------------------------------------------------------

GRID = render.xl_grid()


def xcell(ws, ref, text, size=12, bold=False, italic=False, h="center", wrap=True, border=None):
    return render.xl_put(ws, ref, text, render.xl_font(size, bold, italic), render.xl_align(h, "center", wrap),
                         border)


def render_xlsx(text, parent_lines, out):
    d = render.parse_style("third", text)
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
    render.xl_landscape(ws)
    render.save_workbook(wb, out, "NN-PTNT", FIXED_TIME, "2024-01-01T00:00:00Z",
                         title=d["type"] + " " + d["title"][0])


def xlsx(src, out, parent_lines=1, **_):
    """render_xlsx, as render.yaml names it (build.xlsx)."""
    render_xlsx(render.read_text(src), parent_lines, out)


if __name__ == "__main__":
    sys.exit(render.main([HERE] + sys.argv[1:]))
