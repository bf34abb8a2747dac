"""OCR of scanned pages with tesseract (``vie`` data), through pytesseract.

A page is rendered at 300 dpi by pypdfium2, turned upright when it was scanned on its side
or upside down (tesseract's orientation detection), straightened (a projection-profile
search for the skew angle, ±10°), then read by tesseract; its word boxes are
turned into the same :class:`Line` objects a text layer gives, so that the
paragraph rebuilding is one and the same.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import lru_cache

from ..errors import OcrFailed, OcrUnavailable
from .layout import Line, Segment

DPI = 300
TIMEOUT = 120  # seconds per page


@lru_cache(maxsize=1)
def ocr_available() -> str | None:
    """None when tesseract with Vietnamese data is installed, else why not (Vietnamese)."""
    exe = shutil.which("tesseract")
    if not exe:
        return OcrUnavailable.message
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return OcrUnavailable.message
    langs = set((out.stdout + out.stderr).split())
    if "vie" not in langs:
        return (
            "Máy đã cài Tesseract OCR nhưng thiếu dữ liệu tiếng Việt. "
            "Cài bằng lệnh: apt-get install tesseract-ocr-vie."
        )
    return None


# Tesseract's orientation detection (osd) turns a page only when it is sure: its confidence at
# least ORIENT_SURE; or at least ORIENT_LANDSCAPE for a quarter turn of a landscape image (a
# portrait page scanned lying on its side, the commonest case). Chosen on the corpus' scans:
# upright pages score 0 (confidence 0.74 to 2.19); turned pages 90 (0.46), 180 (1.58), 270 (1.48).
ORIENT_SURE = 1.0
ORIENT_LANDSCAPE = 0.3


def orient(image):
    """Return (upright image, degrees turned clockwise) for a greyscale PIL image scanned
    upside down or on its side (no rotation flag in the file to tell)."""
    import pytesseract

    small = image.copy()
    small.thumbnail((1800, 1800))  # about 150 dpi for A4: enough to tell, and fast
    try:
        osd = pytesseract.image_to_osd(small, config="--psm 0 -c min_characters_to_try=5", timeout=TIMEOUT)
    except (pytesseract.TesseractError, RuntimeError):
        return image, 0  # too little text to tell: left as it is
    turn = re.search(r"Rotate:\s*(\d+)", osd)
    sure = re.search(r"Orientation confidence:\s*([\d.]+)", osd)
    if not turn or not sure or int(turn.group(1)) % 360 == 0:
        return image, 0
    degrees, confidence = int(turn.group(1)) % 360, float(sure.group(1))
    quarter_on_side = degrees in (90, 270) and image.width > image.height
    if confidence < ORIENT_SURE and not (quarter_on_side and confidence >= ORIENT_LANDSCAPE):
        return image, 0
    return image.rotate(-degrees, expand=True, fillcolor=255), degrees


def deskew(image):
    """Return (straightened image, angle in degrees) for a greyscale PIL image (±10°)."""
    import numpy as np
    from PIL import Image

    small = image.copy()
    small.thumbnail((1000, 1000))
    ink = Image.fromarray(((np.asarray(small) < 160) * 255).astype("uint8"))

    def score(angle: float) -> float:
        rotated = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0))
        profile = rotated.sum(axis=1, dtype=np.float64)
        return float(np.var(profile))

    best = max((a / 2 for a in range(-20, 21)), key=score)  # ±10° by 0.5°
    best = max((best + a / 10 for a in range(-5, 6)), key=score)  # refine by 0.1°
    if abs(best) < 0.05:
        return image, 0.0
    return image.rotate(best, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255), best


def ocr_image(image, page_no: int, scale: float) -> list[Line]:
    """OCR a greyscale PIL image; coordinates come back in PDF points (÷ scale)."""
    import pytesseract

    problem = ocr_available()
    if problem:
        raise OcrUnavailable(problem)
    image, _ = orient(image)
    image, _ = deskew(image)
    try:
        data = pytesseract.image_to_data(
            image, lang="vie", config="--psm 3", output_type=pytesseract.Output.DICT, timeout=TIMEOUT
        )
    except RuntimeError as exc:  # pytesseract's timeout
        raise OcrFailed(f"tesseract timed out on page {page_no}: {exc}") from exc
    except pytesseract.TesseractError as exc:
        raise OcrFailed(f"tesseract failed on page {page_no}: {exc}") from exc
    groups: dict[tuple[int, int, int], list[int]] = {}
    for i, word in enumerate(data["text"]):
        if word and word.strip() and float(data["conf"][i]) >= 0:
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            groups.setdefault(key, []).append(i)
    height = image.height / scale
    lines: list[Line] = []
    for idx in groups.values():
        idx.sort(key=lambda i: data["left"][i])
        words = [fix_case(data["text"][i].strip()) for i in idx]
        x0 = min(data["left"][i] for i in idx) / scale
        x1 = max(data["left"][i] + data["width"][i] for i in idx) / scale
        top = min(data["top"][i] for i in idx) / scale
        bottom = max(data["top"][i] + data["height"][i] for i in idx) / scale
        heights = sorted(data["height"][i] for i in idx)
        size = heights[len(heights) // 2] / scale * 1.35  # x/cap height to font size, roughly
        segments = _split_columns(idx, data, words, scale, size)
        lines.append(
            Line(page=page_no, top=top, bottom=bottom, size=size, segments=segments or [Segment(" ".join(words), x0, x1)],
                 ocr=True, page_height=height)
        )
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return _merge_same_row(lines)


def _split_columns(idx, data, words, scale, size) -> list[Segment]:
    segments: list[Segment] = []
    cur: list[str] = []
    x0 = x1 = None
    for i, word in zip(idx, words):
        left = data["left"][i] / scale
        right = (data["left"][i] + data["width"][i]) / scale
        if cur and left - x1 > 3.0 * size:
            segments.append(Segment(" ".join(cur), x0, x1))
            cur, x0 = [], None
        if x0 is None:
            x0 = left
        cur.append(word)
        x1 = right
    if cur:
        segments.append(Segment(" ".join(cur), x0, x1))
    return segments


def _merge_same_row(lines: list[Line]) -> list[Line]:
    """Tesseract reports the two columns of a header band as separate blocks: put
    lines that share a baseline back into one line with two segments."""
    out: list[Line] = []
    for ln in lines:
        for other in out:
            overlap = min(other.bottom, ln.bottom) - max(other.top, ln.top)
            if overlap > 0.5 * min(other.bottom - other.top, ln.bottom - ln.top) and (
                ln.x0 > other.x1 or ln.x1 < other.x0
            ):
                other.segments = sorted(other.segments + ln.segments, key=lambda s: s.x0)
                other.top, other.bottom = min(other.top, ln.top), max(other.bottom, ln.bottom)
                break
        else:
            out.append(ln)
    out.sort(key=lambda ln: ln.top)
    return out


_UPPER_VOWEL_INSIDE = re.compile(
    r"(?<=[a-zđà-ỹ])([ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ])(?=[a-zđà-ỹ]|$)"
)


def fix_case(word: str) -> str:
    """Tesseract's Vietnamese model often reads a toned vowel inside a lower-case word as a
    capital ("tiẾp", "vỆ"): put it back in lower case."""
    return _UPPER_VOWEL_INSIDE.sub(lambda m: m.group(1).lower(), word)


MAX_PIXELS = 36_000_000  # an A2 sheet at 300 dpi; a larger page is rendered at a lower resolution


def render_scale(width: float, height: float) -> float:
    """Pixels per point to render a page of width x height points for OCR: 300 dpi, less
    for a page so large that its image would not fit in memory (PDF allows 5 x 5 metres)."""
    scale = DPI / 72
    pixels = max(width, 1.0) * max(height, 1.0) * scale * scale
    if pixels > MAX_PIXELS:
        scale *= (MAX_PIXELS / pixels) ** 0.5
    return scale


SEAL_SATURATION = 0.15  # a pixel this coloured (HSV saturation, 0 to 1) is ink of a seal, a stamp or a pen
SEAL_BRIGHT = 120  # and this bright in its brightest channel (0 to 255)
COLOUR_SHARE = 0.0003  # the share of strongly coloured pixels that makes a page a colour scan


def has_colour(image) -> bool:
    """Whether a (small) image of the page has coloured ink on it (a seal, a stamp, a pen), not
    only the tint of grey paper."""
    import numpy as np

    if image.mode not in ("RGB", "RGBA", "P", "CMYK"):
        return False
    rgb = np.asarray(image.convert("RGB"), dtype=np.int16)
    high, low = rgb.max(axis=2), rgb.min(axis=2)
    return float(((high - low) > 0.35 * np.maximum(high, 1)).mean()) > COLOUR_SHARE


def without_seals(gray, colour):
    """The grey page ``gray`` with the coloured ink of seals and stamps taken out (red seals,
    blue "ĐẾN" stamps and signatures), found on ``colour``, the same page in colour: a coloured
    pixel takes the value of its brightest channel, the one through which its ink does not show,
    so the paper comes back where only the seal was, while black text under the seal (the
    signer's name and title) stays black. Every other pixel is left as it was."""
    import numpy as np
    from PIL import Image

    rgb = np.asarray(colour.convert("RGB"), dtype=np.int16)
    high, low = rgb.max(axis=2), rgb.min(axis=2)
    # (coloured and bright in one channel: dark text with a little colour noise is no seal's ink)
    coloured = ((high - low) > SEAL_SATURATION * np.maximum(high, 1)) & (high > SEAL_BRIGHT)
    out = np.asarray(gray.convert("L")).copy()
    if out.shape != coloured.shape:
        return gray.convert("L")
    out[coloured] = high[coloured]
    return Image.fromarray(out, mode="L")


def ocr_page(page, page_no: int, warn=None) -> list[Line]:
    """OCR one pypdfium2 page; ``warn`` is told (in Vietnamese) when the page had to be read
    at a lower resolution."""
    scale = render_scale(*page.get_size())
    if warn and scale < DPI / 72:
        warn(f"Trang {page_no} khổ quá lớn: nhận dạng ở {scale * 72:.0f} dpi thay vì {DPI} dpi, có thể sót chữ.")
    image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
    if has_colour(page.render(scale=30 / 72).to_pil()):  # a colour scan: its seals and stamps taken out
        image = without_seals(image, page.render(scale=scale).to_pil())
    return ocr_image(image, page_no, scale)
