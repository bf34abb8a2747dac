#!/usr/bin/env python3
"""Build corpus/forty-ninth (UBND huyện Cẩm Giàng, tỉnh Hải Dương: Kế hoạch 47/KH-UBND ngày
12/3/2024, bảo vệ và phát huy giá trị di sản văn hóa năm 2024; and the units' replies) from src/.

New shape: replies that are PICTURES INSIDE OTHER CONTAINERS. The typed documents are
corpus/render.py's (docx, "fourth" style) and corpus/twenty-fifth's fixed_pdf; the scanned
pages (signature scribble, red round seal, paper noise) are corpus/eighteenth's make_pages,
loaded by path. This module's own renderers:

  pasted_scan_docx      a DOCX whose body is only the scanned pages pasted as pictures
                        (python-docx add_picture), an optional one-line caption above them
  signature_picture_docx  a typed DOCX whose signature block (title, scribble, seal, name) is a
                        picture cut from the scanned page and pasted in the closing table
  phone_photo           one page in colour photographed on a desk (perspective, light), JPEG
  cover_and_scans_pdf   [cover, report]: a typed cover công văn (text page) followed by the
                        report's scanned pages (images), one PDF

Run:  /work/main/.venv/bin/python corpus/forty-ninth/build.py   (= corpus/render.py forty-ninth)
Deterministic: fixed seeds, fixed zip and PDF dates and /ID.
"""
import io
import os
import shutil
import sys
import tempfile

import numpy as np
from PIL import Image, ImageFilter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
CORPUS = os.path.dirname(HERE)
T25 = R.set_module(os.path.join(CORPUS, "twenty-fifth"), "build")
E = R.set_module(os.path.join(CORPUS, "eighteenth"), "build")
E.LO_PROFILE = LO_PROFILE          # eighteenth's text_pdf converts through our own profile
fixed_pdf = T25.fixed_pdf


def _scan_pages(src, parent_lines, seed, dpi, seal, skew, colour=True, blur=0.6):
    """The source's pages as eighteenth scans them (scribble, seal, paper), each skewed."""
    d = E._parsed(src)
    opts = {"dpi": dpi, "seed": seed, "blur": blur}
    if seal:
        opts["seal"] = list(seal)
    imgs, dpi, rng = E.make_pages(d, parent_lines, opts, colour)
    fill = (246, 243, 236) if colour else 245
    out = []
    for k, img in enumerate(imgs):
        a = skew + (0.35 if k % 2 else 0.0)
        out.append(img.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=fill))
    return out, dpi


def _jpeg(img, quality=80):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return buf


def _picture_document(time, margins_mm=(15, 15, 20, 15)):
    from docx.shared import Mm
    doc, _ = R.a4_document(R.FONT, 13)
    sec = doc.sections[0]
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Mm(v) for v in margins_mm]
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "VanThu"
    cp.title = ""
    cp.revision = 1
    return doc


def pasted_scan_docx(src, out, parent_lines=1, time=None, caption=None, seed=3, dpi=200, seal=None,
                     skew=0.5, width_cm=17.0, **_):
    """The scanned pages pasted one after another into an otherwise empty DOCX."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    pages, dpi = _scan_pages(src, parent_lines, seed, dpi, seal, skew)
    doc = _picture_document(time)
    first = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    if caption:
        r = first.add_run(caption)
        r.italic = True
        r.font.size = Pt(12)
        first = doc.add_paragraph()
    for k, img in enumerate(pages):
        p = first if k == 0 else doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        p.add_run().add_picture(_jpeg(img), width=Cm(width_cm))
    R.save_docx(doc, out, time)


def signature_picture_docx(src, out, style="fourth", parent_lines=1, time=None, profile=None, seed=7,
                           dpi=200, seal=None, width_cm=7.2, **_):
    """The typed DOCX of the source, its signature lines replaced by a picture of the signed
    and sealed block (cut from the page rendered at dpi, scribble and seal drawn on it)."""
    import pdfplumber
    import pypdfium2 as pdfium
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    text = R.read_text(src)
    d = R.parse_style(style, text)
    tmp = tempfile.mkdtemp(prefix="forty-ninth-sig-")
    try:
        base = os.path.join(tmp, "typed.docx")
        R.source_docx(style, text, parent_lines, base, time, table_widths=R.style_widths(style))
        pdf_path = os.path.join(tmp, "typed.pdf")
        R.convert_to(base, "pdf", pdf_path, profile or LO_PROFILE)
        rng = np.random.default_rng(seed)
        with pdfplumber.open(pdf_path) as plumb:
            page = plumb.pages[-1]
            lines = [l for l in d["sign"] if l]
            top = E.find_box(page, lines[0])
            name = E.find_box(page, lines[-1])
            title = E.find_box(page, lines[-2])
        pdf = pdfium.PdfDocument(pdf_path)
        img = pdf[len(pdf) - 1].render(scale=dpi / 72.0).to_pil().convert("RGB")
        pdf.close()
        E.scribble(img, name, dpi, rng, (25, 35, 120))
        if seal:
            cx = (title[0] + 0.15 * (title[2] - title[0])) * dpi / 72
            cy = ((title[3] + name[1]) / 2) * dpi / 72
            img = E.seal(img, (cx, cy), dpi, *seal, rng)
        k = dpi / 72
        x0 = min(top[0], name[0], title[0]) - 30
        x1 = max(top[2], name[2], title[2]) + 30
        box = (int(x0 * k), int((top[1] - 10) * k), int(x1 * k), int((name[3] + 12) * k))
        crop = E.paper(img.crop(box), rng, 0.6, dpi)
        crop = crop.rotate(-0.7, resample=Image.BICUBIC, expand=False, fillcolor=(245, 242, 234))
        doc = Document(base)
        cell = doc.tables[-1].rows[0].cells[1]
        for p in cell.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        p = cell.paragraphs[0]
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(0)
        w = crop.width / dpi * 2.54
        p.add_run().add_picture(_jpeg(crop, 85), width=Cm(min(width_cm, w)))
        R.save_docx(doc, out, time)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def phone_photo(src, out, parent_lines=1, seed=9, dpi=220, seal=None, quality=84, **_):
    """Page 1 in colour, signed and sealed, photographed on a desk (eighteenth's to_photo at
    a phone's resolution)."""
    opts = {"dpi": dpi, "seed": seed, "blur": 0.8}
    if seal:
        opts["seal"] = list(seal)
    imgs, dpi, rng = E.make_pages(E._parsed(src), parent_lines, opts, colour=True)
    if len(imgs) != 1:
        raise SystemExit("phone photo of a %d-page document: %s" % (len(imgs), src))
    page = imgs[0]
    w, h = page.size
    W, H = int(w * 1.2), int(h * 1.12)
    yy, xx = np.mgrid[0:H, 0:W]
    grain = 10 * np.sin(xx / 11.0 + 3 * np.sin(yy / 150.0)) + rng.normal(0, 5, (H, W))
    bg = np.stack([150 + grain, 112 + grain * 0.8, 74 + grain * 0.6], axis=-1)
    canvas = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
    dst = [(0.08 * W, 0.05 * H), (0.90 * W, 0.035 * H), (0.955 * W, 0.965 * H), (0.045 * W, 0.95 * H)]
    coeffs = E.perspective_coeffs(dst, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    canvas.paste(warped, (0, 0), mask)
    a = np.asarray(canvas, dtype=np.float32)
    light = 1.03 - 0.18 * (xx / W) - 0.10 * (yy / H) \
        - 0.08 * np.exp(-(((xx - 0.25 * W) / (0.22 * W)) ** 2 + ((yy - 0.8 * H) / (0.18 * H)) ** 2))
    a = a * light[..., None] * np.array([1.0, 0.975, 0.9])
    a += rng.normal(0, 4, a.shape[:2])[..., None]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.6))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    img.save(out, "JPEG", quality=quality)


def cover_and_scans_pdf(src, out, style="fourth", parent_lines=1, time=None, profile=None, seed=5,
                        dpi=200, seal=None, skew=-0.6, **_):
    """src = [cover công văn, report]: the cover typed (a text page, LibreOffice), then the
    report's scanned pages (images), one PDF with fixed dates and /ID."""
    from pypdf import PdfReader, PdfWriter
    cover, report = src
    tmp = tempfile.mkdtemp(prefix="forty-ninth-cover-")
    try:
        cover_pdf = os.path.join(tmp, "cover.pdf")
        R.converted_file(cover, cover_pdf, profile or LO_PROFILE, style=style, parent_lines=parent_lines,
                         time=time)
        pages, dpi = _scan_pages(report, parent_lines, seed, dpi, seal, skew)
        scan_pdf = os.path.join(tmp, "scan.pdf")
        R.save_image_pdf([p.convert("RGB") for p in pages], scan_pdf, time, dpi)
        writer = PdfWriter()
        for part in (cover_pdf, scan_pdf):
            for pg in PdfReader(part).pages:
                writer.add_page(pg)
        writer.add_metadata({"/Producer": "LibreOffice 7.6", "/CreationDate": "D:20241122090000+07'00'",
                             "/ModDate": "D:20241122090000+07'00'"})
        buf = io.BytesIO()
        writer.write(buf)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "wb") as fh:
            fh.write(R.fix_pdf(buf.getvalue(), os.path.basename(out), b"D:20241122090000"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
