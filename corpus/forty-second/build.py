"""Build corpus/forty-second (huyện Quỳnh Phụ, Thái Bình: Kế hoạch 28/KH-UBND ngày 26/01/2024,
thực hiện công tác dân số và phát triển năm 2024, whose "Tiến độ thực hiện" is a timeline table
of months, and the units' replies).

Everything generic is corpus/render.py's (render.yaml names the renderers); the fixed-date text
PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. New here:
  timeline_docx  the plan: render.py's tables_docx (merged header cells: "Thời gian thực hiện
                 năm 2024" over T1…T12), then the timeline table laid out as offices do it:
                 narrow month columns with tight cell margins, 11 pt text, month labels 9 pt,
                 each "x" centred in a grey-shaded cell.
Run:  /work/main/.venv/bin/python corpus/forty-second/build.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
fixed_pdf = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build").fixed_pdf

MONTHS = 12
WIDTHS = {3 + MONTHS: (0.9, 5.14, 2.3) + (0.68,) * MONTHS}   # 16.5 cm: the A4 text width of NĐ 30


def _cell_margins(table, cm):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm
    mar = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:w"), str(int(Cm(cm).twips)))
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    pr = table._tbl.tblPr
    look = pr.find(qn("w:tblLook"))   # schema order: tblCellMar comes before tblLook
    if look is not None:
        look.addprevious(mar)
    else:
        pr.append(mar)


def _shade(cell, fill="D9D9D9"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def timeline_docx(src, out, time=None, parent_lines=0, **_):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.shared import Pt
    import io
    buf = io.BytesIO()
    R.tables_docx(R.read_text(src), parent_lines, buf, WIDTHS, time, style="third")
    buf.seek(0)
    doc = Document(buf)
    for t in doc.tables:
        if len(t.columns) != 3 + MONTHS:
            continue
        _cell_margins(t, 0.05)
        # merged_table repeats the first header row; the month labels row repeats with it
        t.rows[1]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for r, row in enumerate(t.rows):
            seen = set()
            for c, cell in enumerate(row.cells):
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                text = cell.text.strip()
                for p in cell.paragraphs:
                    if c >= 3 or r < 2:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    for run in p.runs:
                        run.font.size = Pt(9 if (r == 1 and c >= 3) else 11)
                        run.bold = r < 2 or None
                if r >= 2 and c >= 3 and text == "x":
                    _shade(cell)
    R.save_docx(doc, out, time)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
