#!/usr/bin/env python3
"""Build corpus/eighteenth (xã Can Lộc, Hà Tĩnh, PCCC và CNCH cuối năm 2025) from src/*.txt.

Sources use the layout of corpus/third (header columns, type/title, body, Nơi nhận,
signature); its parser and DOCX renderer are loaded by path. New here:

  rules   the NĐ 30 short rule lines under the issuer's name and under the motto
          (a bordered, indented empty paragraph), optionally left out
  scan    DOCX -> text PDF (LibreOffice) -> pages rendered by pypdfium2 at the given dpi
          (grey or colour) -> marks drawn on the page image at the places pdfium finds
          the words (signature scribble, stray dashes, smudged type line, red round seal,
          blue "ĐẾN" stamp) -> paper tone, noise, specks, blur -> rotation (90/180/270, the
          image stored turned, no /Rotate) or skew -> image-only PDF (Pillow)
  photo   one page in colour on a desk, perspective, uneven light, JPEG
  signed  DOCX -> text PDF (LibreOffice) -> sign.py under the pyHanko venv
          (/tmp/eighteenth-venv): self-signed certificate of the sending body, fixed
          signing time, visible stamp box; optionally tampered after signing

Which file is rendered how (and with which marks, seals, rotation, signer) is
render.yaml; the renderers above are this module's (build.docx, build.scan,
build.photo, build.signed), run by corpus/render.py.

Run:  /work/main/.venv/bin/python corpus/eighteenth/build.py   (= corpus/render.py eighteenth)
Images are deterministic (fixed seeds); PDFs from LibreOffice carry its creation date;
signed PDFs differ from run to run (fresh RSA key, random serial).
"""
import io
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = render.set_paths(__file__)

SIGN_PY = "/tmp/eighteenth-venv/bin/python"
FIXED_TIME = datetime(2025, 8, 1, 0, 0, 0)   # the scans' PDF dates
THIRD_TIME = datetime(2025, 1, 1, 0, 0, 0)   # the DOCX core properties, as corpus/third's
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"  # Liberation here lacks Ế, Ộ, ố …
CM = 1 / 2.54  # inches per cm

# ---------------------------------------------------------------- DOCX

def rule_para(cell, after_par, left_cm, right_cm):
    """Insert after `after_par` an empty tiny paragraph whose top border is the rule."""
    p = OxmlElement("w:p")
    ppr = OxmlElement("w:pPr")
    bdr = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        top.set(qn(k), v)
    bdr.append(top)
    ppr.append(bdr)
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:before"), "70")
    sp.set(qn("w:after"), "0")
    sp.set(qn("w:line"), "120")
    sp.set(qn("w:lineRule"), "exact")
    ppr.append(sp)
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(int(left_cm * 567)))
    ind.set(qn("w:right"), str(int(right_cm * 567)))
    ppr.append(ind)
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "4")
    rpr.append(sz)
    ppr.append(rpr)
    p.append(ppr)
    after_par._p.addnext(p)


def render_docx(d, parent_lines, out, opts):
    """corpus/third's DOCX, plus the NĐ 30 rule lines and this set's layout quirks."""
    render.render_nd30(d, parent_lines, out, render.layout("third"), THIRD_TIME)
    doc = Document(out)
    left, right = doc.tables[0].rows[0].cells
    lp = left.paragraphs
    k = next(i for i, p in enumerate(lp) if p.text.startswith("Số:"))
    if opts.get("so_touch"):
        # the number typed tight under the unit's name: no space, exact line height
        for p in (lp[k - 1], lp[k]):
            p.paragraph_format.space_before = Pt(0)
            p.paragraph_format.line_spacing = Pt(10.5)
    elif opts.get("no_rule") != "issuer":
        name = lp[k - 1].text
        rule_para(left, lp[k - 1], 2.2, 2.2)
    if opts.get("no_rule") != "motto":
        rule_para(right, right.paragraphs[1], 2.0, 2.0)
    buf = io.BytesIO()
    doc.save(buf)
    render.write_fixed_zip(buf.getvalue(), out)


def text_pdf(d, parent_lines, opts, out_pdf):
    tmp = tempfile.mkdtemp(prefix="eighteenth-")
    try:
        docx = os.path.join(tmp, os.path.splitext(os.path.basename(out_pdf))[0] + ".docx")
        render_docx(d, parent_lines, docx, opts)
        render.convert_to(docx, "pdf", out_pdf, LO_PROFILE)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- finding words

def find_box(page, text, nth=0):
    """(left, top, right, bottom) in PDF points from the page top, of the nth match
    (pdfplumber page: its layout text keeps LibreOffice's split Vietnamese glyphs in order)."""
    hits = page.search(text, regex=False, case=True)
    if len(hits) <= nth:
        return None
    h = hits[nth]
    return (h["x0"], h["top"], h["x1"], h["bottom"])


def last_line_box(page, d):
    """The signer's name (last signature line) and the title above it."""
    name = find_box(page, d["sign"][-1])
    title_line = [l for l in d["sign"] if l][-2]
    title = find_box(page, title_line)
    return name, title


# ---------------------------------------------------------------- drawing

def font(size, bold=False, italic=False):
    f = "DejaVuSerifCondensed" + ("-BoldItalic" if bold and italic else "-Bold" if bold
                                   else "-Italic" if italic else "") + ".ttf"
    return ImageFont.truetype(FONT_DIR + f, size)


def scribble(img, box, dpi, rng, colour):
    """A hand signature in the space above the signer's name."""
    l, t, r, b = [v * dpi / 72 for v in box]
    w = (r - l)
    x0, y0 = l + 0.1 * w, t - 0.55 * dpi * CM
    draw = ImageDraw.Draw(img)
    pts = []
    n = 60
    for i in range(n):
        u = i / (n - 1)
        x = x0 + u * w * 0.85
        y = y0 + math.sin(u * 9.0 + rng.uniform(0, 0.4)) * 0.22 * dpi * CM \
            - u * 0.3 * dpi * CM + rng.normal(0, 1.2)
        pts.append((x, y))
    draw.line(pts, fill=colour, width=max(2, int(dpi / 90)), joint="curve")
    draw.line([(x0 - 0.05 * w, y0 + 0.3 * dpi * CM), (x0 + 0.9 * w, y0 - 0.2 * dpi * CM)],
              fill=colour, width=max(2, int(dpi / 100)))


def stray_marks(img, page, dpi, rng):
    """Short dashes and underscores just before the header cue words."""
    draw = ImageDraw.Draw(img)
    for word in ("Số:", "CỘNG HÒA"):
        bx = find_box(page, word)
        if not bx:
            continue
        l, t, r, b = [v * dpi / 72 for v in bx]
        h = b - t
        x = l - 0.12 * dpi * CM * 2.54 / 2.54 * 2
        draw.line([(x - 0.45 * dpi * CM, b - 1), (x, b - 1)], fill=30, width=max(1, dpi // 150))
        draw.line([(x - 0.3 * dpi * CM, t + h * 0.55), (x - 0.1 * dpi * CM, t + h * 0.55)],
                  fill=50, width=max(1, dpi // 150))


def smudge(img, page, dpi, text, rng):
    """Make the type line unreadable: blurred, then smeared over with grey ink."""
    bx = find_box(page, text)
    l, t, r, b = [int(v * dpi / 72) for v in bx]
    pad = int(0.15 * dpi * CM)
    region = (l - pad, t - pad, r + pad, b + pad)
    crop = img.crop(region).filter(ImageFilter.GaussianBlur(dpi / 40))
    img.paste(crop, region[:2])
    a = np.asarray(img, dtype=np.float32).copy()
    H, W = a.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W]
    cx, cy = (l + r) / 2, (t + b) / 2
    rx, ry = (r - l) / 2 + 2 * pad, (b - t) / 2 + pad
    mask = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2
    dark = np.clip(1.15 - mask, 0, 1) ** 0.6
    dark *= 0.55 + 0.25 * rng.random(dark.shape)
    if a.ndim == 3:
        dark = dark[..., None]
    a = a * (1 - 0.78 * dark) + 60 * 0.78 * dark
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), img.mode)


def ring_text(layer, cx, cy, radius, text, start_deg, end_deg, size, colour, inward=False):
    """Draw text along a circle arc, characters upright to the ring."""
    f = font(size, bold=True)
    widths = [f.getlength(ch) for ch in text]
    total = sum(widths)
    span = end_deg - start_deg
    # scale the spacing to fill the arc
    acc = 0.0
    for ch, w in zip(text, widths):
        frac = (acc + w / 2) / total
        acc += w
        ang = math.radians(start_deg + span * frac)
        x = cx + radius * math.cos(ang)
        y = cy + radius * math.sin(ang)
        tile = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((size, size), ch, font=f, fill=colour, anchor="mm")
        rot = -math.degrees(ang) - 90 if not inward else -math.degrees(ang) + 90
        tile = tile.rotate(rot, resample=Image.BICUBIC)
        layer.alpha_composite(tile, (int(x - size), int(y - size)))


def seal(img, centre, dpi, top_text, bottom_text, rng):
    """A red round seal: two rings, the body's name along the top, the place along the
    bottom, a star in the middle; uneven ink."""
    R = int(1.8 * dpi * CM)
    size = 2 * R + 20
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    dr = ImageDraw.Draw(layer)
    c = size // 2
    red = (205, 28, 38, 255)
    wide = max(3, int(0.07 * dpi * CM))
    dr.ellipse((c - R, c - R, c + R, c + R), outline=red, width=wide)
    r2 = int(R * 0.66)
    dr.ellipse((c - r2, c - r2, c + r2, c + r2), outline=red, width=max(2, wide // 2))
    ts = int(R * 0.155)
    ring_r = (R + r2) / 2
    ring_text(layer, c, c, ring_r, top_text, 150, 390, ts, red)
    ring_text(layer, c, c, ring_r, bottom_text, 138, 42, ts, red, inward=True)
    # star
    rs, ri = R * 0.32, R * 0.13
    pts = []
    for k in range(10):
        ang = math.radians(-90 + 36 * k)
        rr = rs if k % 2 == 0 else ri
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    dr.polygon(pts, fill=red)
    # uneven ink: random alpha
    alpha = np.asarray(layer.split()[3], dtype=np.float32)
    tex = rng.random(alpha.shape) * 0.45 + 0.55
    yy, xx = np.mgrid[0:size, 0:size]
    fade = 0.75 + 0.25 * np.cos((xx - c) / size * 3.0 + 0.8)
    alpha = alpha * tex * fade * 0.82
    layer.putalpha(Image.fromarray(np.clip(alpha, 0, 255).astype(np.uint8)))
    layer = layer.rotate(rng.uniform(-20, 20), resample=Image.BICUBIC)
    base = img.convert("RGBA")
    base.alpha_composite(layer, (int(centre[0] - c), int(centre[1] - c)))
    return base.convert("RGB")


def den_stamp(img, at, dpi, lines, rng):
    """The blue 'ĐẾN' stamp of the receiving office, number and date written by hand."""
    body, num, date, to = lines
    W, H = int(4.6 * dpi * CM), int(2.4 * dpi * CM)
    layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    dr = ImageDraw.Draw(layer)
    blue = (35, 60, 170, 235)
    dr.rectangle((2, 2, W - 3, H - 3), outline=blue, width=max(3, dpi // 70))
    fs = int(0.30 * dpi * CM)
    f = font(fs, bold=True)
    fh = ImageFont.truetype(FONT_DIR + "DejaVuSans-Oblique.ttf", int(fs * 1.15))
    dr.text((W / 2, 0.33 * dpi * CM), body, font=f, fill=blue, anchor="mm")
    dr.text((0.25 * dpi * CM, 0.85 * dpi * CM), "ĐẾN", font=font(int(fs * 1.5), bold=True),
            fill=blue, anchor="lm")
    dr.text((1.75 * dpi * CM, 0.85 * dpi * CM), "Số:", font=f, fill=blue, anchor="lm")
    dr.text((2.55 * dpi * CM, 0.80 * dpi * CM), num, font=fh, fill=(20, 30, 110, 255), anchor="lm")
    dr.text((0.25 * dpi * CM, 1.45 * dpi * CM), "Ngày:", font=f, fill=blue, anchor="lm")
    dr.text((1.45 * dpi * CM, 1.40 * dpi * CM), date, font=fh, fill=(20, 30, 110, 255), anchor="lm")
    dr.text((0.25 * dpi * CM, 2.0 * dpi * CM), "Chuyển:", font=f, fill=blue, anchor="lm")
    dr.text((1.75 * dpi * CM, 1.95 * dpi * CM), to, font=fh, fill=(20, 30, 110, 255), anchor="lm")
    alpha = np.asarray(layer.split()[3], dtype=np.float32)
    alpha *= rng.random(alpha.shape) * 0.35 + 0.65
    layer.putalpha(Image.fromarray(np.clip(alpha, 0, 255).astype(np.uint8)))
    layer = layer.rotate(-3, resample=Image.BICUBIC, expand=True)
    base = img.convert("RGBA")
    base.alpha_composite(layer, at)
    return base.convert("RGB")


def paper(img, rng, blur, dpi):
    """Scanner look: slight blur, paper tone, sensor noise, dust specks."""
    img = img.filter(ImageFilter.GaussianBlur(blur * dpi / 300))
    a = np.asarray(img, dtype=np.float32)
    a = a * 0.92 + 10.0
    if a.ndim == 3:
        a = a * np.array([1.0, 0.985, 0.95])
        a += rng.normal(0.0, 6.0, a.shape[:2])[..., None]
        specks = rng.random(a.shape[:2]) < 0.0005
        a[specks] = rng.uniform(40, 140, (specks.sum(), 1))
    else:
        a += rng.normal(0.0, 7.0, a.shape)
        specks = rng.random(a.shape) < 0.0006 * (300 / dpi) ** 2
        a[specks] = rng.uniform(30, 140, specks.sum())
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), img.mode)


# ---------------------------------------------------------------- outputs

def make_pages(d, parent_lines, opts, colour):
    """Render the document and draw the marks; returns (page images, dpi)."""
    dpi = opts.get("dpi", 200)
    rng = np.random.default_rng(opts.get("seed", 1))
    tmp = tempfile.mkdtemp(prefix="eighteenth-scan-")
    try:
        pdf_path = os.path.join(tmp, "text.pdf")
        text_pdf(d, parent_lines, opts, pdf_path)
        pdf = pdfium.PdfDocument(pdf_path)
        plumb = pdfplumber.open(pdf_path)
        imgs = []
        for k in range(len(pdf)):
            bm = pdf[k].render(scale=dpi / 72.0, grayscale=not colour)
            img = bm.to_pil().convert("RGB" if colour else "L")
            page = plumb.pages[k]
            name, title = last_line_box(page, d)
            if name and title:
                scribble(img, name, dpi, rng, (25, 35, 120) if colour else 40)
                if opts.get("seal"):
                    cx = (title[0] + 0.15 * (title[2] - title[0])) * dpi / 72
                    cy = ((title[3] + name[1]) / 2) * dpi / 72
                    img = seal(img, (cx, cy), dpi, *opts["seal"], rng)
            if k == 0:
                if opts.get("stray"):
                    stray_marks(img, page, dpi, rng)
                if opts.get("smudge"):
                    img = smudge(img, page, dpi, opts["smudge"], rng)
                if opts.get("den"):
                    tb = find_box(page, d["type"])
                    at = (int(0.5 * dpi * CM), int(tb[1] * dpi / 72 - 0.2 * dpi * CM))
                    img = den_stamp(img, at, dpi, opts["den"], rng)
            imgs.append(paper(img, rng, opts.get("blur", 0.6), dpi))
        pdf.close()
        plumb.close()
        return imgs, dpi, rng
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def to_scan(d, parent_lines, opts, out):
    colour = opts.get("colour", False)
    imgs, dpi, rng = make_pages(d, parent_lines, opts, colour)
    fill = 245 if not colour else (245, 242, 232)
    out_imgs = []
    for img in imgs:
        if opts.get("rotate"):
            img = img.rotate(opts["rotate"], expand=True)      # stored turned, no /Rotate
        if opts.get("skew"):
            img = img.rotate(opts["skew"], resample=Image.BICUBIC, expand=True, fillcolor=fill)
        out_imgs.append(img)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    out_imgs[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=out_imgs[1:],
                     creationDate=FIXED_TIME.timetuple(), modDate=FIXED_TIME.timetuple())


def perspective_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): output point -> input point."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def to_photo(d, parent_lines, opts, out):
    o = dict(opts, dpi=170, blur=0.8)
    imgs, dpi, rng = make_pages(d, parent_lines, o, colour=True)
    page = imgs[0]
    w, h = page.size
    W, H = int(w * 1.22), int(h * 1.14)
    # desk: brown wood-ish background with grain
    yy, xx = np.mgrid[0:H, 0:W]
    grain = 12 * np.sin(xx / 9.0 + 3 * np.sin(yy / 140.0)) + rng.normal(0, 5, (H, W))
    bg = np.stack([120 + grain, 84 + grain * 0.8, 52 + grain * 0.6], axis=-1)
    canvas = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
    # where the page's corners land in the photo (tilted, nearer at the bottom)
    dst = [(0.11 * W, 0.06 * H), (0.86 * W, 0.04 * H), (0.95 * W, 0.97 * H), (0.04 * W, 0.94 * H)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = perspective_coeffs(dst, src)
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs,
                                                  Image.BICUBIC, fillcolor=0)
    canvas.paste(warped, (0, 0), mask)
    a = np.asarray(canvas, dtype=np.float32)
    light = 1.02 - 0.22 * (xx / W) - 0.12 * (yy / H) \
        - 0.10 * np.exp(-(((xx - 0.7 * W) / (0.25 * W)) ** 2 + ((yy - 0.75 * H) / (0.2 * H)) ** 2))
    a = a * light[..., None] * np.array([1.0, 0.97, 0.88])
    a += rng.normal(0, 4, a.shape[:2])[..., None]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.7))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    img.save(out, "JPEG", quality=85)


def stamp_pdf(lines, box, out_pdf):
    """The visible stamp's face: a page the size of the box, four lines of blue text
    (LibreOffice, so the Vietnamese glyphs come out right; pyHanko's own text stamp
    spaces OpenType glyphs wrongly here)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import RGBColor
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Pt(box[2] - box[0]), Pt(box[3] - box[1])
    sec.top_margin = sec.bottom_margin = Pt(3)
    sec.left_margin = sec.right_margin = Pt(4)
    sec.header_distance = sec.footer_distance = Pt(0)
    first = True
    for line in lines:
        p = doc.paragraphs[0] if first and doc.paragraphs else doc.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.line_spacing = Pt(8.5)
        r = p.add_run(line)
        r.font.name = "Times New Roman"
        r.font.size = Pt(7)
        r.bold = line.startswith("Người ký")
        r.font.color.rgb = RGBColor(0x10, 0x2A, 0xA0)
    tmp = os.path.dirname(out_pdf)
    docx = os.path.join(tmp, "stamp.docx")
    doc.save(docx)
    render.convert_to(docx, "pdf", out_pdf, LO_PROFILE)


def to_signed(d, parent_lines, opts, out):
    tmp = tempfile.mkdtemp(prefix="eighteenth-sign-")
    try:
        pdf_path = os.path.join(tmp, "text.pdf")
        text_pdf(d, parent_lines, opts, pdf_path)
        pdf = pdfplumber.open(pdf_path)
        H = pdf.pages[0].height
        if opts["where"] == "top":
            # top right, over the motto and against the place-and-date line
            box = [340, H - 50, 580, H - 4]
        else:
            last = pdf.pages[-1]
            name, title = last_line_box(last, d)
            Hl = last.height
            cx = (name[0] + name[2]) / 2
            # in the signing space between the title and the name
            box = [cx - 120, Hl - name[1] + 2, cx + 120, Hl - name[1] + 44]
            if len(pdf.pages) > 1:
                raise SystemExit("signature box on page > 1 not supported: " + out)
        pdf.close()
        spec = {k: opts[k] for k in ("cn", "o", "email", "agency", "signed_at")}
        spec["box"] = [int(round(v)) for v in box]
        spec["tamper"] = opts.get("tamper")
        when = datetime.fromisoformat(opts["signed_at"])
        face = os.path.join(tmp, "face.pdf")
        stamp_pdf(["Người ký: " + opts["cn"], "Email: " + opts["email"],
                   "Cơ quan: " + opts["agency"],
                   "Thời gian ký: " + when.strftime("%d.%m.%Y %H:%M:%S") + " +07:00"],
                  spec["box"], face)
        spec["face"] = face
        if not os.path.exists(SIGN_PY):
            raise SystemExit("pyHanko venv missing: python3 -m venv /tmp/eighteenth-venv && "
                             "/tmp/eighteenth-venv/bin/pip install 'pyhanko[opentype]'")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        subprocess.run([SIGN_PY, os.path.join(HERE, "sign.py"), pdf_path, out,
                        json.dumps(spec, ensure_ascii=False)], check=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- renderers of render.yaml

def _parsed(src):
    return render.parse_style("third", render.read_text(src))


def docx(src, out, parent_lines=1, **opts):
    render_docx(_parsed(src), parent_lines, out, opts)


def scan(src, out, parent_lines=1, **opts):
    to_scan(_parsed(src), parent_lines, opts, out)


def photo(src, out, parent_lines=1, **opts):
    to_photo(_parsed(src), parent_lines, opts, out)


def signed(src, out, parent_lines=1, **opts):
    to_signed(_parsed(src), parent_lines, opts, out)


if __name__ == "__main__":
    sys.exit(render.main([HERE] + sys.argv[1:]))
