#!/usr/bin/env python3
"""Build corpus/ninety-ninth (UBND huyện Kim Sơn, tỉnh Ninh Bình: Kế hoạch 12/KH-UBND ngày
14/01/2019, tổ chức thực hiện Tổng điều tra dân số và nhà ở năm 2019; a plan of 2019 in the
layout of Thông tư 01/2011/TT-BNV, and the replies as offices sent them in 2019) from src/.

The sources are typed as the documents read (corpus/third's markup), with the old tone marks of
the time ("UỶ BAN", "CỘNG HOÀ", "hoà", "thuỷ"). render.py's parser looks for "CỘNG HÒA" to find
the right header column; here it is given "CỘNG H" (both spellings). Everything else is
corpus/render.py's, or the marks of corpus/seventy-sixth/build.py (seal, signature, fax line,
paper), loaded by path:

  docx   render.py's DOCX of style "fourth" (Word tables for " | " lines) + the short rule lines
         under the issuer's name and under the motto, as Word 2003 templates drew them
  doc    that DOCX saved by LibreOffice as Word 97-2003 (.doc)
  pdf    that DOCX printed to PDF by LibreOffice, fixed dates and /ID
  scan   that PDF's pages rendered in colour -> blue signature, red round seal -> paper tone,
         noise -> skew -> image-only PDF (fixed dates)
  fax    a PHIẾU GỬI FAX page (from a "label: value" source) in front of the report's pages,
         a fax machine's transmission line on every page, thresholded to black and white

Run:  /work/main/.venv/bin/python corpus/ninety-ninth/build.py   (= corpus/render.py ninety-ninth)
Everything is deterministic (fixed seeds, fixed dates).
"""
import os
import shutil
import sys
import tempfile
from datetime import datetime

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
MARKS = R.set_module(os.path.join(os.path.dirname(HERE), "seventy-sixth"), "build")
WIDTHS = {4: (1.2, 8.1, 4.2, 3.0)}   # STT | Nội dung công việc | Người thực hiện | Thời gian


# ---------------------------------------------------------------- DOCX

def parse(src):
    """A source of corpus/third's markup whose motto may be "CỘNG HOÀ" (old tone marks)."""
    return R.parse_nd30(R.read_text(src), motto="CỘNG H", kinh_gui="block")


def rule_after(par, width_cm, cell_cm):
    """A short centred rule under ``par`` (an empty paragraph with a top border)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    side = (cell_cm - width_cm) / 2
    p = OxmlElement("w:p")
    ppr = OxmlElement("w:pPr")
    bdr = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        top.set(qn(k), v)
    bdr.append(top)
    ppr.append(bdr)
    sp = OxmlElement("w:spacing")
    for k, v in (("w:before", "40"), ("w:after", "0"), ("w:line", "120"), ("w:lineRule", "exact")):
        sp.set(qn(k), v)
    ppr.append(sp)
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(int(side * 567)))
    ind.set(qn("w:right"), str(int(side * 567)))
    ppr.append(ind)
    p.append(ppr)
    par._p.addnext(p)


def docx(src, out, parent_lines=1, time=None, author="Administrator", **_):
    """render.py's DOCX (style "fourth", this set's table widths) with the two header rules."""
    from docx import Document
    d = parse(src)
    lay = R.layout("fourth", table_widths=R.style_widths("fourth", WIDTHS))
    tmp = tempfile.mkdtemp(prefix="ninety-ninth-")
    try:
        first = os.path.join(tmp, "a.docx")
        R.render_nd30(d, parent_lines, first, lay, time)
        doc = Document(first)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    left, right = doc.tables[0].rows[0].cells
    lp = left.paragraphs
    k = next(i for i, p in enumerate(lp) if p.text.startswith("Số:"))
    rule_after(lp[k - 1], 2.2, 7.0)
    rule_after(right.paragraphs[1], 5.6, 10.0)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = author
    R.save_docx(doc, out, time)


R.RENDERERS["tt01"] = docx


def doc(src, out, profile=None, **opts):
    """The DOCX saved by LibreOffice as a Word 97-2003 document (.doc)."""
    R.converted_file(src, out, profile, via="tt01", **opts)


def pdf(src, out, profile=None, **opts):
    """The DOCX printed to PDF by LibreOffice, fixed dates and /ID."""
    R.converted_file(src, out, profile, via="tt01", **opts)
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out), b"D:20190701080000"))


# ---------------------------------------------------------------- paper

def signed_pages(src, dpi, rng, opts, seal=None, grey=False):
    """The document's pages (colour images) with a signature, and the seal when given."""
    d = parse(src)
    signer = [l for l in d["sign"] if l][-1]
    tmp = tempfile.mkdtemp(prefix="ninety-ninth-scan-")
    try:
        path = os.path.join(tmp, "text.pdf")
        R.converted_file(src, path, opts.get("profile"), via="tt01", time=opts.get("time"),
                         parent_lines=opts.get("parent_lines", 1))
        pdf_doc = pdfium.PdfDocument(path)
        plumb = pdfplumber.open(path)
        pages = []
        for k in range(len(pdf_doc)):
            img = pdf_doc[k].render(scale=dpi / 72.0).to_pil().convert("RGB")
            page = plumb.pages[k]
            name = MARKS.find_box(page, signer) or MARKS.find_box(page, signer.split()[-1])
            if name:
                MARKS.scribble(img, name, dpi, rng)
                if seal:
                    l, t, r, b = [v * dpi / 72 for v in name]
                    img = MARKS.seal(img, (l - MARKS.cm(0.2, dpi), t - MARKS.cm(1.3, dpi)), dpi, *seal, rng)
            pages.append(img)
        pdf_doc.close()
        plumb.close()
        return pages
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def save_pages(pages, out, dpi, time):
    os.makedirs(os.path.dirname(out), exist_ok=True)
    stamp = (time or datetime(2019, 7, 1)).timetuple()
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:],
                  creationDate=stamp, modDate=stamp)


def scan(src, out, time=None, dpi=200, seed=1, skew=0.0, seal=None, **opts):
    """A colour scan of the signed and sealed paper: slight blur, paper tone, noise, skew."""
    rng = np.random.default_rng(seed)
    pages = signed_pages(src, dpi, rng, dict(opts, time=time), seal)
    fill = (236, 233, 224)
    out_pages = []
    for k, img in enumerate(pages):
        img = MARKS.paper(img, rng, dpi)
        angle = skew if k % 2 == 0 else skew * 0.6
        if angle:
            img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
        out_pages.append(img)
    save_pages(out_pages, out, dpi, time)


# ---------------------------------------------------------------- fax

def read_cover(path):
    """The "label: value" lines of a fax cover source (# lines are comments)."""
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            k, _, v = line.rstrip("\n").partition(": ")
            rows.append((k.strip(), v.strip()))
    return rows


def cover_docx(path, out, time):
    """The PHIẾU GỬI FAX page: letterhead, title, a bordered table of label | value, a note."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    rows = read_cover(path)
    d = R.new_document("PHIẾU GỬI FAX", time)
    centre = WD_ALIGN_PARAGRAPH.CENTER
    heads = [v for k, v in rows if k == "head"]
    for n, v in enumerate(heads):
        R.para(d, v, size=12 if n != 1 else 13, bold=n < 2, align=centre)
    rule_after(d.paragraphs[-1], 12.0, 16.5)
    R.para(d, "", after=18)
    R.para(d, next(v for k, v in rows if k == "title"), size=18, bold=True, align=centre, after=18)
    fields = [(k, v) for k, v in rows if k not in ("head", "title", "note")]
    t = d.add_table(rows=len(fields), cols=2)
    R.set_grid_borders(t)
    for col, w in zip(t.columns, (5.0, 11.5)):
        col.width = Cm(w)
    for r, (k, v) in enumerate(fields):
        for c, (text, bold) in enumerate(((k + ":", True), (v, False))):
            cell = t.rows[r].cells[c]
            cell.width = Cm((5.0, 11.5)[c])
            p = cell.paragraphs[0]
            p.paragraph_format.space_before = Pt(4)
            p.paragraph_format.space_after = Pt(4)
            R.run(p, text, 13, bold=bold)
    R.para(d, "", after=12)
    for k, v in rows:
        if k == "note":
            R.para(d, v, size=12, italic=True, indent=1.0)
    R.save_docx(d, out, time)


def fax(src, out, time=None, dpi=200, seed=1, skew=0.3, line="", seal=None, profile=None, **opts):
    """[cover source, report source] -> the pages a fax machine printed: every page with its
    transmission line, black and white, slightly skewed; an image-only PDF."""
    rng = np.random.default_rng(seed)
    cover_src, report_src = src
    tmp = tempfile.mkdtemp(prefix="ninety-ninth-fax-")
    try:
        cdocx = os.path.join(tmp, "cover.docx")
        cover_docx(cover_src, cdocx, time)
        cpdf = os.path.join(tmp, "cover.pdf")
        R.convert_to(cdocx, "pdf", cpdf, profile)
        cover = pdfium.PdfDocument(cpdf)
        pages = [cover[k].render(scale=dpi / 72.0).to_pil().convert("RGB") for k in range(len(cover))]
        cover.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    pages += signed_pages(report_src, dpi, rng, dict(opts, time=time, profile=profile), seal)
    n = len(pages)
    out_pages = []
    for k, img in enumerate(pages):
        img = MARKS.fax_line(img, line.format(p=k + 1, n=n), dpi)
        a = np.asarray(img.convert("L"), dtype=np.float32)
        a = a + rng.normal(0, 22, a.shape)
        a[rng.random(a.shape) < 0.00025] = 0
        g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
        g = g.rotate(skew if k % 2 == 0 else -skew * 0.5, resample=Image.BICUBIC, expand=False, fillcolor=255)
        out_pages.append(g.point(lambda v: 255 if v > 150 else 0).convert("1"))
    save_pages(out_pages, out, dpi, time)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
