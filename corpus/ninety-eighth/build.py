#!/usr/bin/env python3
"""Build corpus/ninety-eighth (UBND xã Diên Khánh, tỉnh Khánh Hòa, Kế hoạch 36/KH-UBND ngày
26/01/2026, phòng, chống tội phạm lừa đảo chiếm đoạt tài sản trên không gian mạng năm 2026; a plan
and replies typed without numbered headings) from src/.

The header, title and closing are corpus/render.py's (parse_nd30, nd30_header, nd30_closing, style
"fourth"); what is new here is the BODY of a document typed with bullets instead of numbers:

  #H TEXT        a section heading typed as an unnumbered line in CAPITALS (bold)
  #B TEXT        a heading typed as an unnumbered bold line in sentence case
  @1 / @2 / @3   a paragraph in a Word bullet list (w:numPr, level 0 / 1 / 2; the bullet is
                 drawn by Word from numbering.xml, it is not in the text). The list's look is
                 the renderer's ``lists`` option: "plain" (• then –, Times New Roman) or
                 "multilevel" (Word's own multilevel bullet list: Symbol U+F0B7, "o" in
                 Courier New, Wingdings U+F0A7)
  | a | b |      table rows (the first row is the header), a small grid table in the body
  **text**       a bold run inside a paragraph (the run-in labels "Công an xã:", "Về …:")
  any other line a paragraph (first line indented 1 cm); a bullet CHARACTER typed at its start
                 (•, ◦, ▪, +, *, →, -, ❖, ➢, ✓) stays in the text as typed

Renderers (render.yaml names them build.<function>): bullets_docx, bullets_pdf (LibreOffice,
fixed dates and /ID), bullets_doc (Word 97 through LibreOffice), bullets_scan (the PDF scanned:
image-only, every page); fixed_pdf is corpus/twenty-fifth's (render.py's plain "pdf" with fixed
dates and /ID) for the sources typed with ordinary numbered headings.

Run:  /work/main/.venv/bin/python corpus/ninety-eighth/build.py   (= corpus/render.py ninety-eighth)
"""
import os
import re
import sys
import tempfile
import shutil

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# Word bullet lists: (bullet text, font, left indent twips, hanging twips) per level
LISTS = {
    "plain": [("\u2022", "Times New Roman", 1077, 360), ("\u2013", "Times New Roman", 1437, 360),
              ("\u25aa", "Times New Roman", 1797, 360)],
    "multilevel": [("\uf0b7", "Symbol", 720, 360), ("o", "Courier New", 1440, 360),
                   ("\uf0a7", "Wingdings", 2160, 360)],
}
ABSTRACT_ID, NUM_ID = 41, 41


def add_bullet_list(doc, kind):
    """An abstractNum of bullet levels (and its w:num) in the document's numbering part."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    levels = []
    for ilvl, (text, font, left, hanging) in enumerate(LISTS[kind]):
        levels.append(
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr></w:lvl>'
            % (ilvl, text, left, hanging, font, font))
    multi = "hybridMultilevel" if kind == "multilevel" else "singleLevel" if len(levels) == 1 else "multilevel"
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:nsid w:val="5A1C2E%02d"/>'
        '<w:multiLevelType w:val="%s"/><w:tmpl w:val="0409000F"/>%s</w:abstractNum>'
        % (W_NS, ABSTRACT_ID, ABSTRACT_ID, multi, "".join(levels)))
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (W_NS, NUM_ID, ABSTRACT_ID))
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)


def set_bullet(p, ilvl, kind):
    """The paragraph p in the Word bullet list at level ilvl (its indents those of the level)."""
    from docx.oxml import parse_xml
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                            % (W_NS, ilvl, NUM_ID)))
    from docx.shared import Twips
    _, _, left, hanging = LISTS[kind][ilvl]
    p.paragraph_format.left_indent = Twips(left)
    p.paragraph_format.first_line_indent = Twips(-hanging)


def runs(p, text, size=14, st=R.PLAIN, bold=False):
    """text with **bold** parts as runs of p."""
    for n, part in enumerate(re.split(r"\*\*", text)):
        if part:
            st.run(p, part, size, bold=bold or n % 2 == 1)


def grid_table(doc, rows, st=R.PLAIN):
    """A small grid table in the body: header row bold and centred, the first column centred."""
    from docx.shared import Cm
    ncols = len(rows[0])
    widths = {4: (1.6, 2.6, 6.4, 5.4), 3: (1.6, 7.4, 7.0), 5: (1.2, 3.0, 4.6, 4.2, 3.0)}[ncols]
    t = R._grid_table(doc, len(rows), widths)
    for r, row in enumerate(rows):
        if len(row) != ncols:
            raise ValueError("table row with %d cells: %r" % (len(row), row))
        for c, text in enumerate(row):
            cell = t.rows[r].cells[c]
            cell.width = Cm(widths[c])
            R._cell_text(cell, text, r == 0 or c == 0, r == 0, st)
    R._header_row(t)
    R.para(doc, after=3, st=st)


def bullets_body(doc, body, kind, st=R.PLAIN):
    i = 0
    while i < len(body):
        line = body[i]
        if line.startswith("|"):
            rows = []
            while i < len(body) and body[i].startswith("|"):
                rows.append([c.strip() for c in body[i].strip().strip("|").split("|")])
                i += 1
            grid_table(doc, rows, st)
            continue
        if line.startswith("#H "):
            h = R.para(doc, line[3:], size=13, bold=True, indent=1.0, before=6, after=3, st=st)
            h.paragraph_format.keep_with_next = True
        elif line.startswith("#B "):
            h = R.para(doc, size=14, indent=1.0, before=3, after=3, st=st)
            runs(h, line[3:], 14, st, bold=True)
            h.paragraph_format.keep_with_next = True
        elif re.match(r"^@[123] ", line):
            p = R.para(doc, after=4, st=st)
            runs(p, line[3:], 14, st)
            set_bullet(p, int(line[1]) - 1, kind)
        else:
            p = R.para(doc, indent=1.0, after=6, st=st)
            runs(p, line, 14, st)
            if line.endswith(":"):   # a run-in label alone, or a line announcing a table
                p.paragraph_format.keep_with_next = True
        i += 1


def bullets_document(src, fixed_time, parent_lines=1, lists="plain"):
    """A python-docx Document of a source typed with bullets (see the module's docstring)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = R.parse_style("fourth", R.read_text(src))
    lay = R.layout("fourth")
    st = R.Styler(False, all_fonts=False)
    doc = R.new_document((d["type"] + " " + " ".join(d["title"])).strip(), fixed_time)
    add_bullet_list(doc, lists)
    R.nd30_header(doc, d, parent_lines, lay, st)
    centre = WD_ALIGN_PARAGRAPH.CENTER
    if d["type"]:
        R.para(doc, d["type"], size=14, bold=True, align=centre, before=12, st=st)
        for line in d["title"]:
            R.para(doc, line, size=14, bold=True, align=centre, st=st)
        R.para(doc, after=6, st=st)
    for line in d.get("kinh_gui", []):
        R.para(doc, line, size=14, align=centre, after=12, st=st)
    bullets_body(doc, d["body"], lists, st)
    R.nd30_closing(doc, d, lay, st)
    return doc


def bullets_docx(src, out, time=None, parent_lines=1, lists="plain", **_):
    R.save_docx(bullets_document(src, time, parent_lines, lists), out)


def _converted(src, out, target, profile, **kw):
    R.via_docx(lambda tmp: bullets_docx(src, tmp, **kw), target, out, profile)


def bullets_pdf(src, out, profile=None, **kw):
    """bullets_docx converted to PDF by LibreOffice, fixed dates and /ID."""
    _converted(src, out, "pdf", profile, **kw)
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


def bullets_doc(src, out, profile=None, **kw):
    """bullets_docx saved as Word 97 (.doc) by LibreOffice."""
    _converted(src, out, "doc", profile, **kw)


def bullets_scan(src, out, profile=None, time=None, angle=0.6, seed=98, dpi=200, **kw):
    """bullets_docx printed and scanned: an image-only PDF (render.scan_pdf)."""
    tmp = tempfile.mkdtemp(prefix="ninety-eighth-scan-")
    try:
        pdf = os.path.join(tmp, "text.pdf")
        _converted(src, pdf, "pdf", profile, time=time, **kw)
        R.scan_pdf(pdf, out, angle, seed, time, dpi)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
