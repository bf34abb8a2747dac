#!/usr/bin/env python3
"""Build corpus/seventieth (Sở Y tế tỉnh Cao Bằng: Kế hoạch 412/KH-SYT ngày 26/01/2026,
phòng, chống tác hại của thuốc lá năm 2026, with a report form attached as "Phụ lục"; the units
answer by filling the form in, marking each duty's status with ticks, crosses, checkbox glyphs,
percentages or Có/Không).

Sources are typed as in corpus/third (header columns one after the other, type and title, body
one paragraph a line, "Nơi nhận:", signature; style "sixth": a "Kính gửi" line of the title block
is printed under the title). Table rows are "|" lines; "<" merges a cell with the one on its left
(a group row, bold); in a cell, each checkbox glyph (☐ ☒ □ ■) after the first starts a new
line. A line holding a single form feed separates the plan from its appendix,
whose first lines (up to a blank line) are the appendix title and the rest a document of its own
(the blank report form). Renderers of this set (render.yaml names them):

  plan        the plan on portrait pages, then a LANDSCAPE section: appendix title, the blank
              form (header table, title, Kính gửi, status table, closing);
  tick_docx   a filled-in form or report: its "|" lines as Word tables whose status columns
              (option ``centre``, by column count) are centred; ``landscape`` optional;
  tick_pdf    tick_docx converted by LibreOffice (fixed dates and /ID);
  table_xlsx  corpus/fifty-fifth's yaml workbook (header block, title, bordered table, closing);
  fixed_pdf   corpus/twenty-fifth's text PDF of a "docx" source (fixed dates and /ID).

Run:  /work/main/.venv/bin/python corpus/seventieth/build.py   (= corpus/render.py seventieth)
"""
import io
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
F55 = R.set_module(os.path.join(os.path.dirname(HERE), "fifty-fifth"), "build")
fixed_pdf = T25.fixed_pdf
table_xlsx = F55.table_xlsx


def _by_cols(option):
    return {int(k): v for k, v in (option or {}).items()}


def status_table(doc, rows, widths, centre):
    """A grid table: header row bold and centred (repeated on each page); a row holding "<"
    cells is a group row, merged from its second cell to the last, bold; the columns in
    ``centre`` centred (the status marks), the others left."""
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.shared import Cm
    ncols = len(rows[0])
    t = R._grid_table(doc, len(rows), widths)
    for r, row in enumerate(rows):
        if len(row) != ncols:
            raise ValueError("table row with %d cells, expected %d: %r" % (len(row), ncols, row))
        group = "<" in row
        for c, text in enumerate(row):
            cell = t.rows[r].cells[c]
            cell.width = Cm(widths[c])
            cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
            if text == "<":
                continue
            parts = re.split(r" (?=[☐☒□■])", text)   # checkbox options one a line
            par = R._cell_text(cell, parts[0], r == 0 or c in centre, r == 0 or group, empty_run=False)
            for part in parts[1:]:
                par.runs[-1].add_break()
                R.PLAIN.run(par, part, 12, False, False)
        if group:
            first = row.index("<") - 1
            t.cell(r, first).merge(t.cell(r, ncols - 1))
    R._header_row(t)
    return t


def tables_in_body(doc, widths_by_cols, centre_by_cols):
    """Each run of body paragraphs holding " | " made a status_table in place."""
    paras = list(doc.paragraphs)
    i = 0
    while i < len(paras):
        if " | " not in paras[i].text:
            i += 1
            continue
        j = i
        while j < len(paras) and " | " in paras[j].text:
            j += 1
        rows = [R.cells(p.text) for p in paras[i:j]]
        n = len(rows[0])
        t = status_table(doc, rows, widths_by_cols[n], set(centre_by_cols.get(n, [0])))
        paras[i]._p.addprevious(t._tbl)
        paras[i]._p.addprevious(R.para(doc, after=6)._p)
        for p in paras[i:j]:
            p._p.getparent().remove(p._p)
        i = j


def _docx(text, parent_lines, time, style):
    from docx import Document
    buf = io.BytesIO()
    R.source_docx(style, text, parent_lines, buf, time, table_widths=None)
    buf.seek(0)
    return Document(buf)


def plan(src, out, parent_lines=1, time=None, style="sixth", table_widths=None, centre=None, **_):
    """The master plan (portrait), then its appendix on a landscape page: the title lines and
    the blank report form as a document of its own."""
    main_text, appendix = R.split_documents(R.read_text(src))
    doc = _docx(main_text, parent_lines, time, style)
    R.landscape_section(doc)
    lines = appendix.strip("\n").split("\n")
    k = lines.index("")
    R.appendix_title(doc, lines[:k], first=13, others=13, paren_after=10)
    form = R.parse_style(style, lines[k + 1:])
    R.nd30_document(doc, form, 1, R.layout(style, table_widths=None))
    tables_in_body(doc, _by_cols(table_widths), _by_cols(centre))
    R.save_docx(doc, out, time)


def tick_docx(src, out, parent_lines=1, time=None, style="sixth", table_widths=None, centre=None,
              landscape=False, **_):
    """A report whose " | " lines are status tables (see the module docstring)."""
    doc = _docx(R.read_text(src), parent_lines, time, style)
    tables_in_body(doc, _by_cols(table_widths), _by_cols(centre))
    if landscape:
        F55._landscape(doc.sections[0])
    R.save_docx(doc, out, time)


def tick_pdf(src, out, profile=None, **options):
    """tick_docx converted by LibreOffice (fixed dates and /ID)."""
    R.via_docx(lambda tmp: tick_docx(src, tmp, **options), "pdf", out, profile)
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
