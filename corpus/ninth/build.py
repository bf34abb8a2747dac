"""Build corpus/ninth (xã Phùng Nguyên, tỉnh Phú Thọ, chuyển đổi số và Đề án 06, 2026) from src/.

Sources are typed as the documents read, in the block layout of corpus/third
(header columns one after the other, type and title, body, "Nơi nhận:", signature);
body lines with " | " between cells are a Word table (corpus/fourth). Everything is
rendered by corpus/render.py (the shared renderer) in the style of the set named:

  docx      corpus/fourth's DOCX (tables in the body), then the core
            properties are set to the document's own date
  appendix  the same for the part before a form-feed line; the part after it
            (PHỤ LỤC title lines, then " | " table rows) is appended to the SAME
            DOCX after a page break (an appendix of the plan, not a second document)
  scan      corpus/fifth's scan (LibreOffice PDF -> 300 dpi greyscale image,
            slight rotation, noise, specks -> image-only PDF, no text layer)
  txt       the source copied byte for byte (the web copy is typed as pasted)
  ods       src/*.yaml -> openpyxl .xlsx (header block in merged cells, a task
            table, signatures) -> LibreOffice .ods
  twodocs   (added later) a cover công văn, a form-feed line, then the unit's plan
            with its own full header and closing: corpus/sixth's style, two documents
            in ONE DOCX, the plan on a new page,
            core properties set to the cover letter's date

LibreOffice runs with the private profile /tmp/lo-ninth-profile.

Which file is rendered how is render.yaml (build.* are this module's), built by
corpus/render.py.

Run:  /work/main/.venv/bin/python corpus/ninth/build.py   (= corpus/render.py ninth)
      /work/main/.venv/bin/python corpus/ninth/build.py addon   (only the rows of group
      addon, nothing else removed or rebuilt)
DOCX bytes are deterministic; the scan's pixels are (fixed seed), the .ods carries
LibreOffice's own metadata.
"""
import os
import re
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py
import yaml  # noqa: E402
from docx import Document  # noqa: E402
from openpyxl import Workbook  # noqa: E402

HERE, SRC, LO_PROFILE = render.set_paths(__file__)
CORPUS = render.CORPUS
STYLE_TIME = datetime(2024, 1, 1, 0, 0, 0)   # core-property date before the stamp below

# column widths (cm) of body tables: corpus/fourth's, and the appendix table
# STT | Nội dung | Người thực hiện | Thời gian
TABLE_WIDTHS = {**render.STYLES["fourth"][1].table_widths, 4: (1.2, 8.0, 4.3, 3.0)}

DATE_LINE = re.compile(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})")


def doc_date(d):
    for line in d["right"]:
        m = DATE_LINE.search(line)
        if m:
            return datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), 8, 0, 0)
    raise ValueError("no date in the header")


def fourth_docx(text, parent_lines, out):
    """corpus/fourth's DOCX of text; returns the parsed document."""
    d = render.parse_style("fourth", text)
    render.render_nd30(d, parent_lines, out, render.layout("fourth", table_widths=TABLE_WIDTHS), STYLE_TIME)
    return d


def build_docx(text, parent_lines, out):
    d = fourth_docx(text, parent_lines, out)
    render.save_docx(Document(out), out, doc_date(d))


def build_with_appendix(text, parent_lines, out):
    main_part, appendix = text.split("\n\f\n", 1)
    d = fourth_docx(main_part, parent_lines, out)
    doc = Document(out)
    render.page_break(doc)
    lines = [l.strip() for l in appendix.strip("\n").split("\n") if l.strip()]
    render.appendix_title(doc, [l for l in lines if render.CELL_SEP not in l], first=14, others=13,
                          paren_after=6)
    render.body_table(doc, [[c.strip() for c in l.split(render.CELL_SEP)] for l in lines if render.CELL_SEP in l],
                      TABLE_WIDTHS)
    render.save_docx(doc, out, doc_date(d))


def build_two_docs(text, parent_lines, out):
    docs = render.parse_documents("sixth", text)
    render.render_nd30(docs, parent_lines, out, render.layout("sixth"), STYLE_TIME)
    render.save_docx(Document(out), out, doc_date(docs[0]))


def build_ods(spec, out):
    wb = Workbook()
    ws = wb.active
    ws.title = spec["sheet"]
    widths = {"A": 6, "B": 34, "C": 58, "D": 16, "E": 22}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    centre, left, top_c = render.xl_align(), render.xl_align("left", "top"), render.xl_align("center", "top")
    box = render.xl_grid()

    def font(bold=False, italic=False, size=12):
        return render.xl_font(size, bold, italic)

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
        c.alignment = render.xl_align("left", "top", None)
    for n, line in enumerate(spec["footer_middle"]):
        c = ws.cell(first + n, 3, line)
        c.font, c.alignment = font(bold=True), centre
    for n, line in enumerate(spec["footer_right"]):
        ws.merge_cells(start_row=first + n, start_column=4, end_row=first + n, end_column=5)
        c = ws.cell(first + n, 4, line)
        c.font, c.alignment = font(bold=True), centre
    render.xl_landscape(ws)
    wb.properties.creator = wb.properties.lastModifiedBy = "VHXH"
    wb.properties.created = wb.properties.modified = datetime(2026, 6, 9, 9, 0, 0)

    render.via_docx(wb.save, "ods", out, LO_PROFILE, ext=".xlsx")


# ---------------------------------------------------------------- renderers of render.yaml

def docx(src, out, parent_lines=1, **_):
    build_docx(render.read_text(src), parent_lines, out)


def appendix(src, out, parent_lines=1, **_):
    build_with_appendix(render.read_text(src), parent_lines, out)


def two_documents(src, out, parent_lines=1, **_):
    build_two_docs(render.read_text(src), parent_lines, out)


def ods(src, out, **_):
    build_ods(yaml.safe_load(render.read_text(src)), out)


if __name__ == "__main__":
    sys.exit(render.main([HERE] + sys.argv[1:]))
