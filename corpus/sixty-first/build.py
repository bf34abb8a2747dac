#!/usr/bin/env python3
"""Build corpus/sixty-first (UBND xã Tài Văn, thành phố Cần Thơ: Kế hoạch 07/KH-UBND ngày 08/01/2026,
phòng, chống hạn hán, thiếu nước, xâm nhập mặn mùa khô năm 2025 - 2026; and the files the commune's
offices, hamlets and the Mặt trận sent back) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers); the fixed-date text
PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. What is new here:
  notebook_photo  a hamlet head's report written by hand on a ruled notebook page, photographed
                  with a phone (JPEG). Source: one line a paragraph; "|C " centred, "|R " pushed
                  right, "|L " left with no indent, "|S" a signature scrawl; the rest left, wrapped. The "hand" is DejaVu
                  Sans Condensed Oblique with per-line jitter (seeded), so it stays legible.
  motto_pdf       a document whose right header column is the Mặt trận's own "MẶT TRẬN TỔ QUỐC
                  VIỆT NAM" (no Tiêu ngữ), as a fixed-date text PDF.

Run:  /work/main/.venv/bin/python corpus/sixty-first/build.py   (= corpus/render.py sixty-first)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf
HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf"


def _fixed(out):
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


def motto_docx(src, out, style="fifth", parent_lines=1, time=None, motto="MẶT TRẬN", **_):
    d = R.parse_nd30(R.read_text(src), motto=motto, kinh_gui=None, draft=True)
    R.render_nd30(d, parent_lines, out, R.layout(style), time)


def motto_pdf(src, out, profile=None, **options):
    """motto_docx converted by LibreOffice, fixed dates and /ID."""
    R.via_docx(lambda tmp: motto_docx(src, tmp, **options), "pdf", out, profile)
    _fixed(out)


def _wrap(text, font, width):
    lines, cur = [], ""
    for word in text.split(" "):
        trial = (cur + " " + word).strip()
        if cur and font.getlength(trial) > width:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    return lines + ([cur] if cur else [])


def notebook_page(text, seed, size=31, pitch=54):
    """The handwritten page (greyscale PIL image, A4 at 150 dpi) on ruled notebook paper."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont
    rng = np.random.default_rng(seed)
    W, H, left, right, top = 1240, 1754, 120, 1160, 150
    page = Image.new("L", (W, H), 250)
    draw = ImageDraw.Draw(page)
    for y in range(top, H - 60, pitch):                       # ruled lines and the margin line
        draw.line([(0, y), (W, y)], fill=205, width=2)
    draw.line([(left - 25, 0), (left - 25, H)], fill=185, width=2)
    font = ImageFont.truetype(HAND, size)
    row = 0

    def write(line, x):
        nonlocal row
        w = int(font.getlength(line)) + 40
        strip = Image.new("L", (w, pitch + 20), 0)
        ImageDraw.Draw(strip).text((10, 12), line, font=font, fill=255)
        strip = strip.rotate(float(rng.uniform(-0.5, 0.5)), resample=Image.BICUBIC)
        y = top + row * pitch - pitch + 4 + int(rng.integers(-3, 4))
        ink = Image.new("L", strip.size, 45)
        page.paste(ink, (int(x), y), strip)
        row += 1

    for raw in text.rstrip("\n").split("\n"):
        if raw.startswith("|S"):
            pts = [(820 + k * 6, top + row * pitch - 22 + int(14 * np.sin(k / 2.3)) - k // 3) for k in range(45)]
            draw.line(pts, fill=50, width=3)
            row += 1
            continue
        mode, body = ("L", raw)
        if raw[:3] in ("|C ", "|R ", "|L "):
            mode, body = raw[1], raw[3:]
        indent = 40 if raw[:3] != "|L " and mode == "L" and not body[:2].rstrip(".").isdigit() else 0
        for n, line in enumerate(_wrap(body, font, right - left - indent)):
            if mode == "C":
                x = (W - font.getlength(line)) / 2
            elif mode == "R":
                x = right - font.getlength(line) - 60
            else:
                x = left + (indent if n == 0 else 0) + int(rng.integers(-4, 5))
            write(line, x)
    return page


def notebook_photo(src, out, angle=-1.4, seed=61, quality=82, **_):
    """A phone photo (JPEG) of the handwritten page: render.py's photographed()."""
    import numpy as np
    rng = np.random.default_rng(seed)
    img = R.photographed(notebook_page(R.read_text(src), seed), angle, rng)
    os.makedirs(os.path.dirname(str(out)), exist_ok=True)
    img.save(out, "JPEG", quality=quality)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
