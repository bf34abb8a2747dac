#!/usr/bin/env python3
"""Build corpus/seventy-sixth (UBND tỉnh Cà Mau, Kế hoạch 21/KH-UBND ngày 19/01/2026, phòng cháy,
chữa cháy rừng mùa khô 2025 - 2026; the replies as they sit in the receiving office, Văn phòng
UBND tỉnh) from src/.

The master plan and the one text reply are corpus/render.py's DOCX (style "fourth"). The paper
replies are this module's own renderers:

  scan    the source's DOCX (corpus/render.py) -> text PDF (LibreOffice) -> pages rendered in
          colour by pypdfium2 -> marks drawn with Pillow where pdfplumber finds the words:
          a blue signature over the signer's name, the sender's red round seal over it, the
          receiving office's rectangular "CÔNG VĂN ĐẾN" stamp (số, ngày, chuyển written by
          hand) over or under the header, a handwritten routing note in the margin, a fax
          transmission line at the top of every page ("… FROM: … P.1/2") -> paper tone, noise,
          slight skew, chosen pages turned 180° -> image-only PDF with fixed dates.
          A source list [phiếu, document] puts a "PHIẾU TRÌNH" page of the receiving office
          (drawn from its "label: value" source, "~…~" written by hand) in front.
  photo   page 1 with the same marks, lying on a desk (perspective, lamp light), JPEG.

Everything is deterministic (fixed seeds, fixed PDF dates).
Run:  /work/main/.venv/bin/python corpus/seventy-sixth/build.py   (= corpus/render.py seventy-sixth)
"""
import math
import os
import shutil
import sys
import tempfile
from datetime import datetime

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
CM = 1 / 2.54
BLUE_INK = (28, 45, 150)
RED_INK = (200, 30, 40)
STAMP_INK = (95, 30, 140)       # the văn thư's violet stamp pad


def font(name, px):
    return ImageFont.truetype(FONT_DIR + name + ".ttf", max(6, int(px)))


def cm(v, dpi):
    return v * dpi * CM


# ---------------------------------------------------------------- finding words

def find_box(page, text):
    """(l, t, r, b) in PDF points of the first match of text on a pdfplumber page, or None."""
    try:
        hits = page.search(text, regex=False, case=True)
    except Exception:
        hits = []
    if not hits:
        return None
    h = hits[0]
    return (h["x0"], h["top"], h["x1"], h["bottom"])


# ---------------------------------------------------------------- drawing

def handwriting(img, xy, lines, px, colour, rng, angle=-4.0, spacing=1.35):
    """Lines written by hand: an oblique face, each letter a little up or down, the line slanted."""
    f = font("DejaVuSans-Oblique", px)
    width = int(max(f.getlength(l) for l in lines) + px * 2)
    height = int(px * spacing * len(lines) + px)
    layer = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    dr = ImageDraw.Draw(layer)
    for n, line in enumerate(lines):
        x = px * 0.3
        base = px * 0.2 + n * px * spacing
        for ch in line:
            dy = rng.normal(0, px * 0.05)
            dr.text((x, base + dy), ch, font=f, fill=colour + (235,))
            x += f.getlength(ch) * rng.uniform(0.93, 1.05)
    layer = layer.rotate(angle, resample=Image.BICUBIC, expand=True)
    base = img.convert("RGBA")
    base.alpha_composite(layer, (int(xy[0]), int(xy[1])))
    return base.convert("RGB")


def scribble(img, name_box, dpi, rng):
    """A signature in the space above the signer's name."""
    l, t, r, b = [v * dpi / 72 for v in name_box]
    w = max(r - l, cm(3.0, dpi))
    x0, y0 = l + 0.05 * w, t - cm(0.9, dpi)
    dr = ImageDraw.Draw(img)
    pts = []
    for i in range(70):
        u = i / 69
        pts.append((x0 + u * w * 0.85,
                    y0 + math.sin(u * 10.0 + rng.uniform(0, 0.3)) * cm(0.25, dpi) - u * cm(0.35, dpi)
                    + rng.normal(0, 1.0)))
    dr.line(pts, fill=BLUE_INK, width=max(2, dpi // 90), joint="curve")
    dr.line([(x0 - 0.05 * w, y0 + cm(0.35, dpi)), (x0 + 0.95 * w, y0 - cm(0.15, dpi))],
            fill=BLUE_INK, width=max(2, dpi // 100))


def ring_text(layer, c, radius, text, start, end, px, colour, inward=False):
    f = font("DejaVuSerifCondensed-Bold", px)
    widths = [f.getlength(ch) for ch in text]
    total = sum(widths)
    acc = 0.0
    for ch, w in zip(text, widths):
        ang = math.radians(start + (end - start) * (acc + w / 2) / total)
        acc += w
        x, y = c + radius * math.cos(ang), c + radius * math.sin(ang)
        tile = Image.new("RGBA", (px * 2, px * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((px, px), ch, font=f, fill=colour, anchor="mm")
        rot = -math.degrees(ang) - 90 if not inward else -math.degrees(ang) + 90
        layer.alpha_composite(tile.rotate(rot, resample=Image.BICUBIC), (int(x - px), int(y - px)))


def seal(img, centre, dpi, top_text, bottom_text, rng):
    """The sender's red round seal: two rings, its name along the top, the place along the
    bottom, a star in the middle; uneven ink."""
    Rr = int(cm(1.75, dpi))
    size = 2 * Rr + 20
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    dr = ImageDraw.Draw(layer)
    c = size // 2
    red = RED_INK + (255,)
    wide = max(3, int(cm(0.07, dpi)))
    dr.ellipse((c - Rr, c - Rr, c + Rr, c + Rr), outline=red, width=wide)
    r2 = int(Rr * 0.66)
    dr.ellipse((c - r2, c - r2, c + r2, c + r2), outline=red, width=max(2, wide // 2))
    ring_text(layer, c, (Rr + r2) / 2, top_text, 150, 390, int(Rr * 0.15), red)
    ring_text(layer, c, (Rr + r2) / 2, bottom_text, 132, 48, int(Rr * 0.15), red, inward=True)
    pts = []
    for k in range(10):
        ang = math.radians(-90 + 36 * k)
        rr = Rr * 0.3 if k % 2 == 0 else Rr * 0.12
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    dr.polygon(pts, fill=red)
    alpha = np.asarray(layer.split()[3], dtype=np.float32)
    yy, xx = np.mgrid[0:size, 0:size]
    fade = 0.72 + 0.28 * np.cos((xx - c) / size * 3.0 + 0.7)
    alpha = alpha * (rng.random(alpha.shape) * 0.4 + 0.6) * fade * 0.85
    layer.putalpha(Image.fromarray(np.clip(alpha, 0, 255).astype(np.uint8)))
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    base = img.convert("RGBA")
    base.alpha_composite(layer, (int(centre[0] - c), int(centre[1] - c)))
    return base.convert("RGB")


def den_stamp(img, at, dpi, office, so, ngay, chuyen, rng, angle=-2.0):
    """The receiving office's rectangular stamp "CÔNG VĂN ĐẾN", số / ngày / chuyển filled in by hand."""
    W, H = int(cm(5.6, dpi)), int(cm(2.75, dpi))
    layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    dr = ImageDraw.Draw(layer)
    ink = STAMP_INK + (230,)
    dr.rectangle((3, 3, W - 4, H - 4), outline=ink, width=max(3, dpi // 60))
    small = font("DejaVuSerifCondensed-Bold", cm(0.26, dpi))
    big = font("DejaVuSerifCondensed-Bold", cm(0.42, dpi))
    label = font("DejaVuSerifCondensed", cm(0.30, dpi))
    hand = font("DejaVuSans-Oblique", cm(0.40, dpi))
    dr.text((W / 2, cm(0.36, dpi)), office, font=small, fill=ink, anchor="mm")
    dr.text((W / 2, cm(0.88, dpi)), "CÔNG VĂN ĐẾN", font=big, fill=ink, anchor="mm")
    for k, (lab, val) in enumerate((("Số:", so), ("Ngày:", ngay), ("Chuyển:", chuyen))):
        y = cm(1.45 + 0.55 * k, dpi)
        dr.text((cm(0.25, dpi), y), lab, font=label, fill=ink, anchor="lm")
        dr.text((cm(1.55, dpi), y - cm(0.05, dpi)), val, font=hand, fill=BLUE_INK + (240,), anchor="lm")
    alpha = np.asarray(layer.split()[3], dtype=np.float32)
    alpha *= rng.random(alpha.shape) * 0.25 + 0.8
    layer.putalpha(Image.fromarray(np.clip(alpha, 0, 255).astype(np.uint8)))
    layer = layer.rotate(angle, resample=Image.BICUBIC, expand=True)
    base = img.convert("RGBA")
    base.alpha_composite(layer, (int(at[0]), int(at[1])))
    return base.convert("RGB")


def fax_line(img, text, dpi):
    """A fax machine's transmission line across the very top of the page (coarse, dark)."""
    w, h = img.size
    lo = 100                                     # the fax's own resolution, blown up
    f = font("DejaVuSansMono", cm(0.30, lo))
    strip = Image.new("L", (int(w * lo / dpi), int(cm(0.55, lo))), 255)
    ImageDraw.Draw(strip).text((cm(1.2, lo), cm(0.12, lo)), text, font=f, fill=0)
    strip = strip.point(lambda v: 0 if v < 150 else 255).resize((w, int(cm(0.55, dpi))), Image.NEAREST)
    img.paste(Image.merge("RGB", (strip, strip, strip)), (0, int(cm(0.25, dpi))))
    return img


def paper(img, rng, dpi, blur=0.6):
    """Scanner look: slight blur, warm paper tone, sensor noise, dust."""
    img = img.filter(ImageFilter.GaussianBlur(blur * dpi / 300))
    a = np.asarray(img, dtype=np.float32) * 0.92 + 10.0
    a = a * np.array([1.0, 0.985, 0.95])
    a += rng.normal(0.0, 5.0, a.shape[:2])[..., None]
    specks = rng.random(a.shape[:2]) < 0.0004
    a[specks] = rng.uniform(50, 140, (int(specks.sum()), 1))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


# ---------------------------------------------------------------- the phiếu trình page

def read_phieu(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            k, _, v = line.rstrip("\n").partition(": ")
            out[k.strip()] = v
    return out


def wrap(text, f, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if f.getlength(t) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    return lines + [cur]


def typed_and_written(img, x, y, text, f, width, rng, px_hand):
    """A form line: printed text (wrapped when it starts the line), the parts between "~"
    written by hand in blue where the printed text stops."""
    dr = ImageDraw.Draw(img)
    line_h = f.size * 1.45
    cur_x = x
    for k, part in enumerate(text.split("~")):
        if not part.strip():
            continue
        if k % 2 == 0:
            lines = wrap(part.strip(), f, width) if cur_x == x else [part.strip()]
            for n, line in enumerate(lines):
                if n:
                    y += line_h
                    cur_x = x
                dr.text((cur_x, y), line, font=f, fill=(0, 0, 0))
                cur_x += f.getlength(line) + f.size * 0.5
        else:
            img = handwriting(img, (cur_x, y - px_hand * 0.45), [part], px_hand, BLUE_INK, rng, angle=-2)
            cur_x += font("DejaVuSans-Oblique", px_hand).getlength(part) + f.size * 1.2
            dr = ImageDraw.Draw(img)
    return img, y + line_h


def phieu_page(path, dpi, rng):
    """The receiving office's PHIẾU TRÌNH, A4: header, title, form lines, boxes for the opinions."""
    d = read_phieu(path)
    W, H = int(21.0 * dpi * CM), int(29.7 * dpi * CM)
    img = Image.new("RGB", (W, H), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    reg = font("DejaVuSerif", cm(0.42, dpi))
    bold = font("DejaVuSerif-Bold", cm(0.42, dpi))
    title = font("DejaVuSerif-Bold", cm(0.55, dpi))
    left, right = cm(2.5, dpi), W - cm(1.8, dpi)
    y = cm(1.8, dpi)
    l1, l2 = d["trai"].split(" | ")
    r1, r2 = d["phai"].split(" | ")
    cx_l, cx_r = left + cm(3.2, dpi), left + cm(11.5, dpi)
    dr.text((cx_l, y), l1, font=reg, fill=0, anchor="mt")
    dr.text((cx_r, y), r1, font=font("DejaVuSerif-Bold", cm(0.38, dpi)), fill=0, anchor="mt")
    y += cm(0.6, dpi)
    dr.text((cx_l, y), l2, font=bold, fill=0, anchor="mt")
    dr.text((cx_r, y), r2, font=bold, fill=0, anchor="mt")
    y += cm(0.65, dpi)
    dr.line([(cx_l - cm(1.0, dpi), y), (cx_l + cm(1.0, dpi), y)], fill=0, width=2)
    dr.line([(cx_r - cm(2.3, dpi), y), (cx_r + cm(2.3, dpi), y)], fill=0, width=2)
    y += cm(1.3, dpi)
    dr.text((W / 2, y), d["tieu_de"], font=title, fill=0, anchor="mt")
    y += cm(1.0, dpi)
    hand_px = cm(0.48, dpi)
    sd = d["so_den"]
    tw = reg.getlength(sd.replace("~", "")) + cm(1.5, dpi)
    img, y = typed_and_written(img, W / 2 - tw / 2, y, sd, reg, right - left, rng, hand_px)
    y += cm(0.5, dpi)
    for key in ("kinh_trinh", "trich_yeu", "kem_theo"):
        img, y = typed_and_written(img, left, y, d[key], reg, right - left, rng, hand_px)
        y += cm(0.25, dpi)
    y += cm(0.3, dpi)
    dr = ImageDraw.Draw(img)
    # the clerk's proposal, typed, with the clerk's line
    lab, _, text = d["y_kien_cv"].partition(": ")
    box_top = y
    dr.text((left + cm(0.2, dpi), y + cm(0.2, dpi)), lab + ":", font=bold, fill=0)
    y += cm(0.85, dpi)
    for line in wrap(text, reg, right - left - cm(0.4, dpi)):
        dr.text((left + cm(0.2, dpi), y), line, font=reg, fill=0)
        y += reg.size * 1.45
    cv, cv_date = d["chuyen_vien"].split(" | ")
    y += cm(0.2, dpi)
    dr.text((left + cm(0.2, dpi), y), cv, font=reg, fill=0)
    dr.text((right - cm(0.3, dpi), y), cv_date, font=font("DejaVuSerif-Italic", cm(0.42, dpi)), fill=0, anchor="ra")
    y += cm(1.0, dpi)
    dr.rectangle((left, box_top, right, y), outline=0, width=2)
    for key in ("y_kien_lanh_dao_vp", "y_kien_lanh_dao_ubnd"):
        lab, _, val = d[key].partition(": ")
        top = y
        dr = ImageDraw.Draw(img)
        dr.text((left + cm(0.2, dpi), y + cm(0.2, dpi)), lab + ":", font=bold, fill=0)
        notes = [p for p in val.split("~") if p.strip()]
        img = handwriting(img, (left + cm(1.2, dpi), y + cm(1.0, dpi)), [notes[0]], hand_px,
                          RED_INK if "UBND" in lab else BLUE_INK, rng, angle=-3)
        img = handwriting(img, (right - cm(5.0, dpi), y + cm(2.4, dpi)), [notes[1]], hand_px,
                          RED_INK if "UBND" in lab else BLUE_INK, rng, angle=-6)
        y += cm(4.2, dpi)
        ImageDraw.Draw(img).rectangle((left, top, right, y), outline=0, width=2)
    return img


# ---------------------------------------------------------------- the pages of a document

def document_pages(src, dpi, rng, opts):
    """The document's pages in colour with the marks of render.yaml's options."""
    d = R.parse_style(opts.get("style", "fourth"), R.read_text(src))
    signer = [l for l in d["sign"] if l][-1]
    tmp = tempfile.mkdtemp(prefix="seventy-sixth-")
    try:
        pdf_path = os.path.join(tmp, "text.pdf")
        R.converted_file(src, pdf_path, opts.get("profile"), time=opts.get("time"),
                         style=opts.get("style", "fourth"), parent_lines=opts.get("parent_lines", 1))
        pdf = pdfium.PdfDocument(pdf_path)
        plumb = pdfplumber.open(pdf_path)
        n = len(pdf)
        pages = []
        for k in range(n):
            img = pdf[k].render(scale=dpi / 72.0).to_pil().convert("RGB")
            page = plumb.pages[k]
            name = find_box(page, signer) or find_box(page, signer.split()[-1])
            if name:
                scribble(img, name, dpi, rng)
                if opts.get("seal"):
                    l, t, r, b = [v * dpi / 72 for v in name]
                    img = seal(img, (l - cm(0.3, dpi), t - cm(1.3, dpi)), dpi, *opts["seal"], rng)
            if opts.get("fax"):
                img = fax_line(img, opts["fax"].format(p=k + 1, n=n), dpi)
            if k == 0:
                img = first_page_marks(img, page, d, dpi, rng, opts)
            pages.append(img)
        pdf.close()
        plumb.close()
        return pages
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def first_page_marks(img, page, d, dpi, rng, opts):
    """The receiving office's marks on page 1: the ĐẾN stamp and the routing note."""
    st = opts.get("stamp")
    if st:
        number = next(l for l in d["left"] if l.startswith("Số:"))
        nb = find_box(page, number) or (85, 120, 250, 135)
        l, t, r, b = [v * dpi / 72 for v in nb]
        if st.get("over_header"):
            at = (l - cm(2.6, dpi), t - cm(2.3, dpi))       # across the issuer's name, left of it
        else:
            at = (cm(1.2, dpi), b + cm(0.3, dpi))            # under the number, from the left margin
        img = den_stamp(img, at, dpi, "VĂN PHÒNG UBND TỈNH CÀ MAU", st["so"], st["ngay"], st["chuyen"], rng,
                        st.get("angle", -2.0))
    note = opts.get("note")
    if note:
        px = cm(0.46, dpi)
        colour = RED_INK if note.get("red") else BLUE_INK
        if note.get("where") == "left":                    # up the left margin, beside the body
            img = handwriting(img, (cm(0.5, dpi), cm(note.get("y", 9.0), dpi)), note["lines"], px, colour,
                              rng, angle=note.get("angle", 84.0))
        else:                                              # across the top margin
            img = handwriting(img, (cm(note.get("x", 9.0), dpi), cm(note.get("y", 0.55), dpi)), note["lines"],
                              px, colour, rng, angle=note.get("angle", -4.0))
    return img


def _sources(src):
    return (src[:-1], src[-1]) if isinstance(src, list) else ([], src)


def scan(src, out, time=None, dpi=200, seed=1, skew=0.5, turned=(), **opts):
    """An image-only PDF of the paper as the receiving office scanned it (see the docstring)."""
    rng = np.random.default_rng(seed)
    covers, main = _sources(src)
    pages = [phieu_page(c, dpi, rng) for c in covers]
    pages += document_pages(main, dpi, rng, dict(opts, time=time))
    fill = (238, 235, 226)
    out_pages = []
    for k, img in enumerate(pages):
        img = paper(img, rng, dpi)
        img = img.rotate(skew if k % 2 == 0 else skew - 0.35, resample=Image.BICUBIC, expand=False, fillcolor=fill)
        if k + 1 in turned:
            img = img.rotate(180)                              # fed upside down; stored so, no /Rotate
        out_pages.append(img)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    stamp = (time or datetime(2026, 1, 1)).timetuple()
    out_pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=out_pages[1:],
                      creationDate=stamp, modDate=stamp, quality=80)


def perspective_coeffs(dst, src):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def photo(src, out, time=None, dpi=170, seed=1, **opts):
    """Page 1 with its marks, photographed lying on a desk: perspective, lamp light, JPEG."""
    rng = np.random.default_rng(seed)
    page = paper(document_pages(src, dpi, rng, dict(opts, time=time))[0], rng, dpi, blur=0.9)
    w, h = page.size
    W, H = int(w * 1.2), int(h * 1.12)
    yy, xx = np.mgrid[0:H, 0:W]
    grain = 10 * np.sin(xx / 11.0 + 2.5 * np.sin(yy / 160.0)) + rng.normal(0, 4, (H, W))
    bg = np.stack([96 + grain, 70 + grain * 0.8, 48 + grain * 0.6], axis=-1)
    canvas = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
    dst = [(0.08 * W, 0.05 * H), (0.90 * W, 0.035 * H), (0.95 * W, 0.965 * H), (0.05 * W, 0.95 * H)]
    coeffs = perspective_coeffs(dst, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    canvas.paste(warped, (0, 0), mask)
    a = np.asarray(canvas, dtype=np.float32)
    light = 1.03 - 0.2 * (xx / W) - 0.1 * (yy / H)
    a = a * light[..., None] * np.array([1.0, 0.96, 0.86])
    a += rng.normal(0, 3.5, a.shape[:2])[..., None]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.6))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    img.save(out, "JPEG", quality=84)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
