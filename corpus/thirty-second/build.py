#!/usr/bin/env python3
"""Build corpus/thirty-second (huyện Bù Đốp, tỉnh Bình Phước: Kế hoạch 38/KH-UBND ngày
26/02/2024, phòng, chống dịch bệnh động vật năm 2024) from src/.

The master plan itself is a scan. Everything generic is corpus/render.py's (render.yaml
names the renderers); the NĐ 30 rule lines, the word finder, the signature scribble and the
red round seal are corpus/eighteenth's (loaded by path); the fixed-date text PDF is
corpus/twenty-fifth's. New here:

  scan   source -> corpus/third's DOCX (+ rule lines; close_header: the header table's two
         columns narrowed and pushed together, no cell margins, so the issuer column and the
         Quốc hiệu nearly touch) -> text PDF (LibreOffice) -> colour page images ->
         blue scribble over the signer's name and a red round seal centred ON the signer's
         name (seal_at: "name") or between title and name ("title") -> each page turned by
         its own angle (angles: degrees, one a page) -> grey paper: tone, shading, noise,
         specks -> image-only PDF (no text layer, fixed dates).

Run:  /work/main/.venv/bin/python corpus/thirty-second/build.py   (= corpus/render.py thirty-second)
"""
import os
import shutil
import sys
import tempfile

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from PIL import Image, ImageFilter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
CORPUS = os.path.dirname(HERE)
E18 = R.set_module(os.path.join(CORPUS, "eighteenth"), "build")
T25 = R.set_module(os.path.join(CORPUS, "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf
CM = 1 / 2.54


# ---------------------------------------------------------------- DOCX

def cell_margins_zero(table):
    tblPr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:w"), "0")
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblPr.append(mar)


def scan_docx(d, parent_lines, out, time, close_header=None):
    """corpus/third's DOCX with the NĐ 30 rule lines; close_header (left, right) in cm:
    the header columns' widths, no cell margins (the two columns nearly touching)."""
    R.render_nd30(d, parent_lines, out, R.layout("third"), time)
    doc = Document(out)
    head = doc.tables[0]
    left, right = head.rows[0].cells
    lp = left.paragraphs
    k = next(i for i, p in enumerate(lp) if p.text.startswith("Số:"))
    if close_header:
        wl, wr = close_header
        for col, cell, w in zip(head.columns, head.rows[0].cells, (wl, wr)):
            col.width = Cm(w)
            cell.width = Cm(w)
        cell_margins_zero(head)
        E18.rule_para(left, lp[k - 1], 1.5, 1.5)
        E18.rule_para(right, right.paragraphs[1], 2.1, 2.1)
    else:
        E18.rule_para(left, lp[k - 1], 2.2, 2.2)
        E18.rule_para(right, right.paragraphs[1], 2.0, 2.0)
    R.save_docx(doc, out, time)


# ---------------------------------------------------------------- scan

def grey_paper(img, rng, dpi):
    """A grey office scan: slight blur, grey tone, uneven shading, noise, specks."""
    img = img.filter(ImageFilter.GaussianBlur(0.55 * dpi / 300 * 1.5))
    a = np.asarray(img, dtype=np.float32)
    H, W = a.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W]
    shade = 1.0 - 0.05 * (xx / W) - 0.03 * np.cos(yy / H * 3.1)
    a = (a * 0.86 + 12.0) * shade[..., None]
    a *= np.array([1.0, 0.99, 0.965])
    a += rng.normal(0.0, 7.5, (H, W))[..., None]
    specks = rng.random((H, W)) < 0.0006
    a[specks] = rng.uniform(40, 150, (specks.sum(), 1))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def scan(src, out, parent_lines=0, time=None, profile=None, dpi=200, seed=32, angles=(0.5,),
         seal=None, seal_at="name", close_header=None, **_):
    d = R.parse_style("third", R.read_text(src))
    rng = np.random.default_rng(seed)
    tmp = tempfile.mkdtemp(prefix="thirty-second-")
    try:
        docx = os.path.join(tmp, "scan.docx")
        pdf_path = os.path.join(tmp, "scan.pdf")
        scan_docx(d, parent_lines, docx, time, close_header)
        R.convert_to(docx, "pdf", pdf_path, profile)
        pdf = pdfium.PdfDocument(pdf_path)
        plumb = pdfplumber.open(pdf_path)
        pages = []
        for k in range(len(pdf)):
            img = pdf[k].render(scale=dpi / 72.0).to_pil().convert("RGB")
            name, title = E18.last_line_box(plumb.pages[k], d)
            if name and title:
                E18.scribble(img, name, dpi, rng, (28, 40, 150))
                if seal:
                    if seal_at == "name":       # the seal's centre on the name's left third
                        cx = (name[0] + 0.3 * (name[2] - name[0])) * dpi / 72
                        cy = (name[1] - 0.15 * (name[3] - name[1])) * dpi / 72
                    else:
                        cx = (title[0] + 0.15 * (title[2] - title[0])) * dpi / 72
                        cy = ((title[3] + name[1]) / 2) * dpi / 72
                    img = E18.seal(img, (cx, cy), dpi, *seal, rng)
            angle = angles[k] if k < len(angles) else angles[-1]
            img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
            pages.append(grey_paper(img, rng, dpi))
        pdf.close()
        plumb.close()
        if len(pages) > len(angles) > 1:
            raise SystemExit("%s: %d pages, %d angles" % (out, len(pages), len(angles)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:],
                  creationDate=time.timetuple(), modDate=time.timetuple())


def main(argv):
    R.build_set(HERE, argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
