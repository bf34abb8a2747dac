#!/usr/bin/env python3
"""Build corpus/eightieth (Ủy ban nhân dân tỉnh Ninh Bình: Kế hoạch 15/KH-UBND ngày 16/01/2026,
thực hiện công tác phòng, chống bạo lực gia đình năm 2026; and the replies) from src/.

New shape: page furniture. The ND 30 DOCX of corpus/render.py (style "fourth"), with what printed
pages carry around the text:
  footnotes     "[^n]" in a body line is a superscript footnote reference; a body line
                "[^n]: text" is that footnote's text (taken out of the body, put in a real
                word/footnotes.xml part, so it prints at the foot of its page)
  running       a running header from page 2 on (a different first page)
  footer        a page footer on every page; "{PAGE}" and "{NUMPAGES}" are fields
                ("Trang {PAGE}/{NUMPAGES}")
  footer_align  "right" (default) or "center" (a bare page number at the foot, 13 pt)
  page_header   the ND 30 page number: a centred PAGE field at the top from page 2 on
  watermark     a diagonal Word watermark (VML text path in the page header, every page)
  line_numbers  line numbers in the left margin (w:lnNumType, as an e-office export shows)
  label         source lines before the first blank line starting "Mẫu số" are printed
                at the top right, above the header table ("Mẫu số 02")
Renderers: furnished_docx (the DOCX), furnished_pdf (that DOCX through LibreOffice, fixed
dates and /ID), circled_scan (that PDF printed and scanned, each printed page number circled
by hand in pen). Deterministic: fixed zip times, fixed PDF dates, seeded noise.

Run:  /work/main/.venv/bin/python corpus/eightieth/build.py   (= corpus/render.py eightieth)
"""
import io
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = ('xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"' % W_NS)
FOOTNOTE_DEF = re.compile(r"^\[\^(\d+)\]:\s*(.*)$")
FOOTNOTE_REF = re.compile(r"\[\^(\d+)\]")
RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def split_source(text):
    """(label lines, source text without labels and footnote lines, {n: footnote text})."""
    lines = text.rstrip("\n").split("\n")
    label = []
    while lines and lines[0].startswith("Mẫu số"):
        label.append(lines.pop(0))
    while label and lines and not lines[0].strip():
        lines.pop(0)
    notes, kept = {}, []
    for line in lines:
        m = FOOTNOTE_DEF.match(line)
        if m:
            notes[m.group(1)] = m.group(2)
        else:
            kept.append(line)
    return label, "\n".join(kept) + "\n", notes


def _run_xml(text, size_half, superscript=False, bold=False, italic=False):
    from xml.sax.saxutils import escape
    rpr = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
    rpr += "<w:b/>" if bold else ""
    rpr += "<w:i/>" if italic else ""
    rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size_half, size_half)
    rpr += '<w:vertAlign w:val="superscript"/>' if superscript else ""
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def footnote_refs(doc):
    """Each "[^n]" in a paragraph's text becomes a superscript footnoteReference run (the
    paragraph's runs are rebuilt with its first run's size, bold and italic)."""
    from docx.oxml import parse_xml
    for p in doc.paragraphs:
        if not FOOTNOTE_REF.search(p.text):
            continue
        r0 = p.runs[0]
        size = int(r0.font.size.pt * 2) if r0.font.size else 28
        bold, italic = bool(r0.bold), bool(r0.italic)
        text = p.text
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
        pos = 0
        for m in FOOTNOTE_REF.finditer(text):
            if m.start() > pos:
                p._p.append(parse_xml('<w:wrap %s>%s</w:wrap>' % (NSDECL, _run_xml(text[pos:m.start()], size, bold=bold,
                                                                                   italic=italic)))[0])
            p._p.append(parse_xml(
                '<w:r %s><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
                '<w:sz w:val="%d"/><w:vertAlign w:val="superscript"/></w:rPr>'
                '<w:footnoteReference w:id="%s"/></w:r>' % (NSDECL, size, m.group(1))))
            pos = m.end()
        if pos < len(text):
            p._p.append(parse_xml('<w:wrap %s>%s</w:wrap>' % (NSDECL, _run_xml(text[pos:], size, bold=bold,
                                                                               italic=italic)))[0])


def footnotes_part(doc, notes, size=11):
    """A word/footnotes.xml part holding the separators and the notes (size pt), related to the
    document; settings name the separators as Word does."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    sep = ('<w:footnote w:type="%s" w:id="%d"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:%s/></w:r></w:p></w:footnote>')
    body = [sep % ("separator", -1, "separator"), sep % ("continuationSeparator", 0, "continuationSeparator")]
    for n in sorted(notes, key=int):
        body.append(
            '<w:footnote w:id="%s"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
            '<w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
            '<w:sz w:val="%d"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>%s</w:p></w:footnote>'
            % (n, size * 2, _run_xml(" " + notes[n], size * 2)))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>'
           % (NSDECL, "".join(body))).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"), CT_FOOTNOTES, xml, doc.part.package)
    doc.part.relate_to(part, RT_FOOTNOTES)
    settings = doc.settings.element
    settings.append(parse_xml('<w:footnotePr %s><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                              % NSDECL))


def field_runs(p, text, size, italic=False):
    """text into p, "{PAGE}" / "{NUMPAGES}" as fields."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for k, piece in enumerate(re.split(r"\{(PAGE|NUMPAGES)\}", text)):
        if not piece:
            continue
        r = p.add_run()
        R.kfonts(r, size, italic=italic)
        if k % 2 == 0:
            r.text = piece
            continue
        for kind in ("begin", "instr", "separate", "value", "end"):
            if kind == "instr":
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = " %s " % piece
            elif kind == "value":
                el = OxmlElement("w:t")
                el.text = "1"
            else:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
            r._r.append(el)


def _first_para(hf):
    return hf.paragraphs[0]


def add_furniture(doc, running=None, footer=None, page_header=False, watermark=None, line_numbers=False,
                  size=11, footer_align="right"):
    """Running header (page 2 on), footer (every page), ND 30 page number, watermark, line numbers."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Mm
    sec = doc.sections[0]
    sec.header_distance = Mm(10)
    sec.footer_distance = Mm(10)
    if running or page_header:
        sec.different_first_page_header_footer = True
        p = _first_para(sec.header)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if page_header:
            field_runs(p, "{PAGE}", 13)
        if running:
            if page_header:
                p = sec.header.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if page_header else WD_ALIGN_PARAGRAPH.CENTER
            field_runs(p, running, size, italic=True)
            p._p.get_or_add_pPr().append(parse_xml(
                '<w:pBdr %s><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr>' % NSDECL))
    if footer:
        for f in ([sec.footer, sec.first_page_footer] if sec.different_first_page_header_footer else [sec.footer]):
            p = _first_para(f)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if footer_align == "center" else WD_ALIGN_PARAGRAPH.RIGHT
            field_runs(p, footer, 13 if footer_align == "center" else size)
    if watermark:
        shape = (
            '<w:r %s><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
            'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
            '<v:textpath on="t" fitshape="t"/></v:shapetype>'
            '<v:shape id="PowerPlusWaterMarkObject%%d" o:spid="_x0000_s20%%02d" type="#_x0000_t136" '
            'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:110pt;rotation:315;'
            'z-index:-251654144;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
            'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
            'fillcolor="#c8c8c8" stroked="f"><v:fill opacity=".5"/>'
            '<v:textpath style="font-family:&quot;Times New Roman&quot;;font-size:1pt;font-weight:bold" '
            'string="%s"/></v:shape></w:pict></w:r>' % (NSDECL, watermark))
        heads = [sec.header] + ([sec.first_page_header] if sec.different_first_page_header_footer else [])
        for k, h in enumerate(heads, 1):
            _first_para(h)._p.append(parse_xml(shape % (k, k)))
    if line_numbers:
        sec._sectPr.append(parse_xml('<w:lnNumType %s w:countBy="1" w:distance="227" w:restart="continuous"/>'
                                     % NSDECL))


def furnished_document(src, time, style="fourth", parent_lines=1, table_widths=None, **furniture):
    """The python-docx Document of a source with its furniture."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    label, text, notes = split_source(R.read_text(src))
    buf = io.BytesIO()
    R.source_docx(style, text, parent_lines, buf, time, table_widths=R.style_widths(style, table_widths))
    buf.seek(0)
    doc = Document(buf)
    if notes:
        footnote_refs(doc)
        footnotes_part(doc, notes)
    if label:
        first = doc.tables[0]._tbl
        for line in label:
            p = R.para(doc, line, size=12, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=4)
            first.addprevious(p._p)
    add_furniture(doc, **furniture)
    return doc


def furnished_docx(src, out, time=None, style="fourth", parent_lines=1, table_widths=None, running=None,
                   footer=None, page_header=False, watermark=None, line_numbers=False, footer_align="right", **_):
    doc = furnished_document(src, time, style, parent_lines, table_widths, running=running, footer=footer,
                             page_header=page_header, watermark=watermark, line_numbers=line_numbers,
                             footer_align=footer_align)
    R.save_docx(doc, out, time)


def furnished_pdf(src, out, profile=None, **options):
    """furnished_docx through LibreOffice, fixed dates and /ID."""
    R.via_docx(lambda tmp: furnished_docx(src, tmp, **options), "pdf", out, profile or LO_PROFILE)
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


def circle_page_number(img, rng, dpi):
    """Find the printed page number in the top or bottom band of a page image (outside the
    20 mm margins) and circle it in pen (two slightly offset strokes, not closed exactly)."""
    import numpy as np
    from PIL import ImageDraw
    a = np.asarray(img)
    band = int(dpi * 17 / 25.4)
    d = ImageDraw.Draw(img)
    for y_from in (0, a.shape[0] - band):
        ys, xs = np.nonzero(a[y_from:y_from + band] < 128)
        if len(xs) == 0:
            continue
        x0, x1, y0, y1 = xs.min(), xs.max(), ys.min() + y_from, ys.max() + y_from
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        rx = max(x1 - x0, y1 - y0) / 2 + dpi * 0.09
        ry = (y1 - y0) / 2 + dpi * 0.08
        for k in range(2):
            jx, jy = rng.uniform(-4, 4), rng.uniform(-3, 3)
            start = rng.uniform(0, 90)
            d.arc([cx - rx + jx, cy - ry + jy, cx + rx + jx, cy + ry + jy], start, start + 345 + 20 * k,
                  fill=40, width=max(2, dpi // 100))
    return img


def circled_scan(src, out, profile=None, time=None, angle=0.6, seed=11, dpi=200, **options):
    """furnished_pdf printed, each page's number circled by hand, scanned (image-only PDF)."""
    import numpy as np
    rng = np.random.default_rng(seed)
    tmp = tempfile.mkdtemp(prefix="eightieth-scan-")
    try:
        pdf = os.path.join(tmp, "text.pdf")
        furnished_pdf(src, pdf, profile, time=time, **options)
        pages = [R.scanned(circle_page_number(im, rng, dpi), angle + 0.3 * k, rng)
                 for k, im in enumerate(R.page_images(pdf, dpi))]
        R.save_image_pdf(pages, out, time, dpi)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
