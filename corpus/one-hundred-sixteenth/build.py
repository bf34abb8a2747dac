#!/usr/bin/env python3
"""Build corpus/one-hundred-sixteenth (UBND tỉnh Lào Cai: Kế hoạch 36/KH-UBND ngày 23/01/2026,
phát triển du lịch cộng đồng năm 2026; and the plans and reports the Sở, the Công an tỉnh and the
xã, phường sent back to Sở Văn hóa, Thể thao và Du lịch) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers). What is new here:
  fixed_pdf       render.py's "pdf" renderer with fixed dates and /ID (as corpus/twenty-fifth's).
  cell_docx / cell_pdf  a source in a render.py style whose " | " body lines are Word tables in
                which a cell may hold several lines: " ¶ " inside a cell starts a new paragraph
                of that cell (as a clerk presses Enter inside a Word cell: "- task one" /
                "- task two", and the deadlines one a line in the next cell). The header row is
                bold and repeated on each page; the first column centred, the last column left
                (its lines must sit beside the tasks they date). table_widths: {ncols: [cm, …]}.

Run:  /work/main/.venv/bin/python corpus/one-hundred-sixteenth/build.py   (= corpus/render.py one-hundred-sixteenth)
"""
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
CELL_LINE = " ¶ "


def cell_table(doc, rows, widths):
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    ncols = len(rows[0])
    t = R._grid_table(doc, len(rows), widths)
    for r, row in enumerate(rows):
        if len(row) != ncols:
            raise ValueError("table row with %d cells, expected %d: %r" % (len(row), ncols, row))
        for c, text in enumerate(row):
            cell = t.rows[r].cells[c]
            cell.width = Cm(widths[c])
            cell.vertical_alignment = WD_ALIGN_VERTICAL.TOP
            lines = text.split(CELL_LINE.strip()) if r else [text]
            lines = [l.strip() for l in lines]
            p = R._cell_text(cell, lines[0], r == 0 or c == 0, r == 0)
            if r and c > 0:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if c == ncols - 2 else WD_ALIGN_PARAGRAPH.LEFT
            for line in lines[1:]:
                q = cell.add_paragraph()
                q.alignment = p.alignment
                q.paragraph_format.space_before = Pt(2)
                q.paragraph_format.space_after = Pt(2)
                q.paragraph_format.line_spacing = 1.0
                R.PLAIN.run(q, line, 12)
    R._header_row(t)
    return t


def tables_in_body(doc, widths_by_cols):
    paras = list(doc.paragraphs)
    i = 0
    while i < len(paras):
        if R.CELL_SEP not in paras[i].text:
            i += 1
            continue
        j = i
        while j < len(paras) and R.CELL_SEP in paras[j].text:
            j += 1
        rows = [[c.strip() for c in p.text.split(R.CELL_SEP)] for p in paras[i:j]]
        t = cell_table(doc, rows, widths_by_cols[len(rows[0])])
        paras[i]._p.addprevious(t._tbl)
        paras[i]._p.addprevious(R.para(doc, after=6)._p)
        for p in paras[i:j]:
            p._p.getparent().remove(p._p)
        i = j


def cell_docx(src, out, style="fourth", parent_lines=1, time=None, table_widths=None, **_):
    from docx import Document
    buf = io.BytesIO()
    R.source_docx(style, R.read_text(src), parent_lines, buf, time, table_widths=None)
    buf.seek(0)
    doc = Document(buf)
    tables_in_body(doc, {int(k): v for k, v in (table_widths or {}).items()})
    R.save_docx(doc, out, time)


def fixed_pdf(src, out, profile=None, **options):
    """render.py's "pdf" renderer, then fix_pdf (fixed dates and /ID): byte-identical rebuilds."""
    R.converted_file(src, out, profile, **options)
    _fix(out)


def _fix(out):
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


def cell_pdf(src, out, profile=None, **options):
    """cell_docx converted by LibreOffice (fixed dates and /ID)."""
    R.via_docx(lambda tmp: cell_docx(src, tmp, **options), "pdf", out, profile)
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
