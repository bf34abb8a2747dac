#!/usr/bin/env python3
"""Build corpus/one-hundred-third (UBND xã Nghĩa Hành, tỉnh Quảng Ngãi after the July 2025
reform: Kế hoạch 142/KH-UBND ngày 15/6/2026, các hoạt động kỷ niệm 79 năm Ngày Thương binh -
Liệt sĩ, whose "IV. PHÂN CÔNG NHIỆM VỤ" is a RESPONSIBILITY MATRIX: rows the activities, one
column per body, cells "CT" / "PH" / empty; and the replies of the bodies) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers); fixed_pdf (a
LibreOffice PDF with fixed dates and /ID) is corpus/twenty-fifth's, loaded by path. New here:
  matrix_in_body  the master plan in corpus/fourth's layout whose "|" body lines become one Word
                  table in the MIDDLE of the text (render.merged_table: a two-row header,
                  "Cơ quan, đơn vị thực hiện" merged over the eight body columns, STT / Nội dung
                  công việc / Thời gian hoàn thành merged down), set in its own LANDSCAPE section:
                  the paragraph before the table title ends a portrait section, the legend line
                  under the table ("Ghi chú: CT – chủ trì; PH – phối hợp.") ends the landscape
                  one, and the closing paragraph, Nơi nhận and signature are portrait again.
Run:  /work/main/.venv/bin/python corpus/one-hundred-third/build.py   (= corpus/render.py one-hundred-third)
"""
import copy
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def _end_section(paragraph, sect_pr):
    """Make paragraph the last one of a section laid out by sect_pr (a copy is attached)."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(copy.deepcopy(sect_pr))


def matrix_in_body(src, out, parent_lines=0, matrix_widths=None, time=None, **_):
    """The plan with its responsibility matrix in a landscape section between portrait text."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    buf = io.BytesIO()
    R.render_nd30(R.parse_style("fourth", R.read_text(src)), parent_lines, buf,
                  R.layout("fourth", table_widths=None), time)
    buf.seek(0)
    doc = Document(buf)
    paras = list(doc.paragraphs)
    first = next(i for i, p in enumerate(paras) if "|" in p.text)
    last = first
    while "|" in paras[last + 1].text:
        last += 1
    title, legend = paras[first - 1], paras[last + 1]
    rows = [R.cells(p.text) for p in paras[first:last + 1]]
    ncols = len(rows[0])
    t = R.merged_table(doc, rows, {ncols: matrix_widths})
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text in ("^", "<") or c == 1 and r > 1:
                continue
            for p in t.cell(r, c).paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if r == 1:
                    for run in p.runs:
                        run.bold = True
    t.rows[1]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    paras[first]._p.addprevious(t._tbl)
    for p in paras[first:last + 1]:
        p._p.getparent().remove(p._p)

    # the table's title: centred, bold, no indent; the legend: italic, "Ghi chú:" bold italic
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.first_line_indent = None
    title.paragraph_format.space_after = Pt(6)
    for run in title.runs:
        run.bold = True
    text = legend.text
    for run in list(legend.runs):
        run._r.getparent().remove(run._r)
    legend.alignment = WD_ALIGN_PARAGRAPH.LEFT
    legend.paragraph_format.first_line_indent = None
    legend.paragraph_format.space_before = Pt(6)
    head, sep, rest = text.partition(":")
    R.run(legend, head + sep, 12, bold=True, italic=True)
    R.run(legend, rest, 12, italic=True)

    # sections: portrait up to the paragraph before the title, landscape for the title, the
    # matrix and the legend, portrait again for the rest (the body's own sectPr)
    body_sect = doc.element.body.find(qn("w:sectPr"))
    before = paras[first - 2]
    _end_section(before, body_sect)
    land = copy.deepcopy(body_sect)
    pg = land.find(qn("w:pgSz"))
    pg.set(qn("w:w"), str(Cm(29.7).twips))
    pg.set(qn("w:h"), str(Cm(21.0).twips))
    pg.set(qn("w:orient"), WD_ORIENT.LANDSCAPE and "landscape")
    mar = land.find(qn("w:pgMar"))
    for side in ("top", "bottom", "left", "right"):
        mar.set(qn("w:" + side), str(Cm(2.0).twips))
    _end_section(legend, land)
    R.save_docx(doc, out, time)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
