#!/usr/bin/env python3
"""Build corpus/one-hundred-seventeenth (UBND xã Pu Nhi, tỉnh Điện Biên: Kế hoạch 15/KH-UBND ngày
09/02/2026, triển khai Dự án "Cấp nước sạch, vệ sinh và sinh kế thích ứng với biến đổi khí hậu cho
đồng bào dân tộc thiểu số xã Pu Nhi" năm 2026, funded by an international NGO, Tổ chức Nước sạch Vùng
cao (Highland Water Trust - HWT); and the files the commune's offices, the Trạm Y tế, the Hội LHPN,
the bản and the NGO sent back) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers); the fixed-date text PDF
is corpus/twenty-fifth's fixed_pdf, loaded by path. What is new here:
  ngo_docx / ngo_pdf   a document of the NGO in its own (English, non-NĐ 30) layout: a letterhead, a
                  centred title, a small key/value table, numbered headings, bullets, a grid table,
                  "Prepared by" lines and a page footer. Arial 10.5 pt (LibreOffice draws it in
                  Liberation Sans), A4, 2 cm margins. Source, one line a paragraph:
                    @logo TEXT       the organisation's name, large, bold, dark blue
                    @line TEXT       a small grey letterhead line (address, contacts), a rule under it
                    @title TEXT      the title, centred, bold;  @subtitle TEXT  centred, italic
                    @kv LABEL | VAL  a row of the key/value table (label bold)
                    # TEXT / ## TEXT heading of level 1 / 2
                    - TEXT           a bullet
                    | A | B | C      a row of a grid table (the first row of a run is its header)
                    @sign TEXT       a signature line (left, after a gap)
                    @foot TEXT       the page footer
                    any other line   a paragraph
  ngo_pdf is ngo_docx converted by LibreOffice, fixed dates and /ID (render.fix_pdf).

Run:  /work/main/.venv/bin/python corpus/one-hundred-seventeenth/build.py   (= corpus/render.py one-hundred-seventeenth)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf

NGO_FONT = "Arial"
BLUE = (0x1F, 0x4E, 0x79)
GREY = (0x59, 0x59, 0x59)


def _run(p, text, size=10.5, bold=False, italic=False, color=None):
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    r = p.add_run(text)
    r.font.name = NGO_FONT
    r.font.size = Pt(size)
    r.bold, r.italic = bold, italic
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), NGO_FONT)
    if color:
        r.font.color.rgb = RGBColor(*color)
    return r


def _para(container, text="", size=10.5, bold=False, italic=False, color=None, align=None,
          before=0, after=4, left=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    p = container.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT if align is None else align
    pf = p.paragraph_format
    pf.space_before, pf.space_after, pf.line_spacing = Pt(before), Pt(after), 1.1
    if left is not None:
        pf.left_indent = Cm(left)
    if text:
        _run(p, text, size, bold, italic, color)
    return p


def _bottom_rule(p):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "4"), ("w:color", "1F4E79")):
        b.set(qn(k), v)
    bdr.append(b)
    pPr.append(bdr)


def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _table(doc, rows, widths, header=True, kv=False):
    from docx.shared import Cm
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.autofit = False
    R.set_grid_borders(t)
    for col, w in zip(t.columns, widths):
        col.width = Cm(w)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = t.rows[i].cells[j]
            cell.width = Cm(widths[j])
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = p.paragraph_format.space_before = 0
            bold = (kv and j == 0) or (header and i == 0)
            _run(p, text, 10, bold=bold)
            if (header and i == 0) or (kv and j == 0):
                _shade(cell, "DCE6F1")
    _para(doc, after=2)
    return t


def _widths(n):
    total = 17.0
    if n == 4:
        return [5.6, 3.0, 4.2, 4.2]
    return [total / n] * n


def _footer(doc, text):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, text, 8, italic=True, color=GREY)


def ngo_document(text, time, title="HWT document"):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin = sec.bottom_margin = sec.left_margin = sec.right_margin = Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = NGO_FONT
    normal.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Emma Lindqvist"
    cp.title = title
    cp.created = cp.modified = time
    cp.revision = 3
    centre = WD_ALIGN_PARAGRAPH.CENTER
    lines = [l for l in text.rstrip("\n").split("\n") if l.strip()]
    i = 0
    kv = []
    while i < len(lines):
        line = lines[i]
        if line.startswith("@kv "):
            while i < len(lines) and lines[i].startswith("@kv "):
                kv.append([c.strip() for c in lines[i][4:].split(" | ", 1)])
                i += 1
            _table(doc, kv, [4.0, 13.0], header=False, kv=True)
            kv = []
            continue
        if line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i][2:].split(" | ")])
                i += 1
            _table(doc, rows, _widths(len(rows[0])))
            continue
        tag, _, body = line.partition(" ")
        if tag == "@logo":
            _para(doc, body, 18, bold=True, color=BLUE, after=0)
        elif tag == "@line":
            _bottom_rule(_para(doc, body, 8.5, color=GREY, after=10))
        elif tag == "@title":
            _para(doc, body, 15, bold=True, color=BLUE, align=centre, before=6, after=2)
        elif tag == "@subtitle":
            _para(doc, body, 11, italic=True, align=centre, after=10)
        elif tag == "#":
            _para(doc, body, 12, bold=True, color=BLUE, before=10, after=4)
        elif tag == "##":
            _para(doc, body, 11, bold=True, italic=True, before=6, after=3)
        elif tag == "-":
            p = _para(doc, "", after=3, left=0.9)
            p.paragraph_format.first_line_indent = Cm(-0.5)
            _run(p, "•\t" + body)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))
        elif tag == "@sign":
            _para(doc, body, before=14 if not lines[i - 1].startswith("@sign") else 2, after=0)
        elif tag == "@foot":
            _footer(doc, body)
        else:
            _para(doc, line, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=6)
        i += 1
    return doc


def ngo_docx(src, out, time=None, **_):
    R.save_docx(ngo_document(R.read_text(src), time), out)


def ngo_pdf(src, out, profile=None, time=None, **_):
    """ngo_docx converted by LibreOffice; fixed dates and /ID."""
    R.via_docx(lambda tmp: ngo_docx(src, tmp, time=time), "pdf", out, profile)
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
