"""OCR of scanned pages with tesseract (``vie`` data), through pytesseract.

A page is rendered at 300 dpi by pypdfium2 (its seals and stamps taken out when it is a colour
scan), turned upright when it was scanned on its side or upside down (tesseract's orientation
detection), brought to the resolution at which its body text is read best (measured from the
page: large print needs fewer pixels), straightened (a projection-profile search for the skew
angle, ±10°), then read by tesseract; its word boxes are turned into the same :class:`Line`
objects a text layer gives, so that the paragraph rebuilding is one and the same.

Speed: tesseract runs with one thread (its OpenMP threads fight each other and every other
process: on this project's 2-core machine a page took 10 s with them and 2.2 s without), and the
pages of a long scan are read in parallel, as many at a time as the machine has free OCR slots
(one per core, shared by every rasoat process through lock files), so cores that would sit idle
read pages and busy ones are not fought over. Images go to tesseract as PGM (raw pixels), not PNG:
compressing an A4 page to PNG cost 1.3 s.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
import time
from collections import deque
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from ..errors import OcrFailed, OcrUnavailable
from .layout import Line, Segment

DPI = 300  # pages are rendered at this resolution, then reduced to their text's
TIMEOUT = 120  # seconds per page
# Body text is read with its em (its font size) this many pixels high: 13-point print at 200 dpi,
# 10-point at 260 dpi, 14-point at 185 dpi. The README's noisy scans (10-point mono and 14-point
# serif, 0° to 3° of skew) read at 99 % from 28 pixels down to 14; text left under a red seal once
# its ink is taken out (corpus/eighteenth) needs 32 to 36: the title "CHỦ TỊCH" under a seal is
# lost at 28.
TARGET_EM = 36
LEAST_DPI = 150  # a page is never read below this (small print elsewhere on the page)
EM_SHARE = 0.5  # the median height of a page's ink marks (letters) as a share of the font size


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
    small.format = "PPM"  # pytesseract would write a PNG: slow to compress
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

    def inked(size: int):
        small = image.copy()
        small.thumbnail((size, size))
        return Image.fromarray(((np.asarray(small) < 160) * 255).astype("uint8"))

    def score(ink, angle: float) -> float:
        rotated = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0))
        profile = rotated.sum(axis=1, dtype=np.float64)
        return float(np.var(profile))

    coarse, fine = inked(600), inked(1000)
    best = max((a / 2 for a in range(-20, 21)), key=lambda a: score(coarse, a))  # ±10° by 0.5°
    best = max((best + a / 10 for a in range(-5, 6)), key=lambda a: score(fine, a))  # refine by 0.1°
    if abs(best) < 0.05:
        return image, 0.0
    return image.rotate(best, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255), best


def text_em(image) -> float | None:
    """The font size of the page's body text, in pixels of ``image`` (greyscale): from the
    median height of its ink marks (letters; specks, rules and pictures left out), looked at
    with about 150 dpi of an A4 page. None when the page has too few letters to tell."""
    import numpy as np
    from PIL import Image
    from scipy import ndimage

    factor = min(1.0, 1240 / max(image.width, 1))
    small = image if factor == 1.0 else image.resize(
        (1240, max(1, round(image.height * factor))), Image.Resampling.BOX)
    labels, _ = ndimage.label(np.asarray(small) < 128)
    boxes = ndimage.find_objects(labels)
    if not boxes:
        return None
    heights = np.array([b[0].stop - b[0].start for b in boxes])
    widths = np.array([b[1].stop - b[1].start for b in boxes])
    letters = heights[(heights >= 3) & (heights <= 60) & (widths <= 2 * heights) & (5 * widths >= heights)]
    if len(letters) < 50:
        return None
    return float(np.median(letters)) / EM_SHARE / factor


def at_text_size(image, scale: float):
    """Return (image, scale): ``image`` reduced so that its body text's em is TARGET_EM pixels,
    not below LEAST_DPI (of a page ``scale`` pixels per point), never enlarged. A scan coarser
    than DPI by its own resolution (``image.info["dpi"]``, from the file) is left as it is: its
    blurred strokes read better enlarged (on corpus/eighteenth's 150 and 200 dpi scans, reducing
    them lost cue words of the header: "Số", "tháng")."""
    from PIL import Image

    own = image.info.get("dpi")
    if own and min(own) < DPI * 0.9:
        return image, scale
    em = text_em(image)
    if not em:
        return image, scale
    factor = min(1.0, max(TARGET_EM / em, LEAST_DPI / 72 / scale))
    if factor > 0.95:
        return image, scale
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    return image.resize(size, Image.Resampling.LANCZOS), scale * factor


def ocr_image(image, page_no: int, scale: float) -> list[Line]:
    """OCR a greyscale PIL image; coordinates come back in PDF points (÷ scale). Holds one of
    the machine's OCR slots while it works: callable from several threads."""
    problem = ocr_available()
    if problem:
        raise OcrUnavailable(problem)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # tesseract's own threads only slow it down
    with ocr_slot():
        image, _ = orient(image)
        image, scale = at_text_size(image, scale)
        image, _ = deskew(image)
        return _read(image, page_no, scale)


def _read(image, page_no: int, scale: float) -> list[Line]:
    import pytesseract

    # what pytesseract hands to tesseract: a PGM, raw pixels (a PNG took 1.3 s to compress) and no
    # resolution, so that tesseract estimates it from the text as it did from the PNG (a BMP
    # declares 96 dpi, which changes its reading of noisy scans)
    image.format = "PPM"
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


def page_image(page, page_no: int, warn=None):
    """(greyscale image, pixels per point) of one pypdfium2 page, for OCR; ``warn`` is told (in
    Vietnamese) when the page had to be rendered at a lower resolution. pdfium is not
    thread-safe: call this from one thread."""
    scale = render_scale(*page.get_size())
    if warn and scale < DPI / 72:
        warn(f"Trang {page_no} khổ quá lớn: nhận dạng ở {scale * 72:.0f} dpi thay vì {DPI} dpi, có thể sót chữ.")
    image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
    if has_colour(page.render(scale=30 / 72).to_pil()):  # a colour scan: its seals and stamps taken out
        image = without_seals(image, page.render(scale=scale).to_pil())
    own = scan_dpi(page)
    if own:
        image.info["dpi"] = (own, own)
    return image, scale


def scan_dpi(page) -> float | None:
    """The resolution at which the page was scanned: its largest picture's pixels over its width
    on the page. None for a page without pictures."""
    best = None
    try:
        for obj in page.get_objects(max_depth=2):
            if obj.type != 3:  # FPDF_PAGEOBJ_IMAGE
                continue
            left, _, right, _ = obj.get_bounds()
            width_px, _ = obj.get_px_size()
            if right - left > 72 and (best is None or right - left > best[0]):
                best = (right - left, width_px / (right - left) * 72)
    except Exception:  # noqa: BLE001 - a malformed object: resolution unknown
        return None
    return best[1] if best else None


def ocr_page(page, page_no: int, warn=None) -> list[Line]:
    """OCR one pypdfium2 page."""
    image, scale = page_image(page, page_no, warn)
    return ocr_image(image, page_no, scale)


def ocr_pages(pages):
    """OCR pages given as an iterable of (image, page_no, scale), made lazily in the caller's
    thread; yield each page's lines in order. Pages are read in parallel as far as free OCR
    slots allow, with at most one page more rendered than is being read."""
    width = cores()
    if width == 1:
        for image, page_no, scale in pages:
            yield ocr_image(image, page_no, scale)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(width, thread_name_prefix="ocr") as pool:
        running: deque = deque()
        for image, page_no, scale in pages:
            running.append(pool.submit(ocr_image, image, page_no, scale))
            if len(running) > width:
                yield running.popleft().result()
        while running:
            yield running.popleft().result()


# --- OCR slots: one per core, shared by every rasoat process of this user on this machine --------

def cores() -> int:
    """How many pages are OCR'd at once on this machine: one per core this process may run on,
    or RASOAT_OCR_SLOTS when set (an operator's cap, e.g. to leave cores to other work)."""
    forced = os.environ.get("RASOAT_OCR_SLOTS", "")
    if forced.isdigit() and int(forced) > 0:
        return int(forced)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


SLOTS = Path("/tmp") / f"rasoat-ocr-slots-{os.getuid() if hasattr(os, 'getuid') else 0}"
_ALONE = threading.Lock()  # where lock files cannot be used: one page at a time in this process


def _slot_folder() -> Path | None:
    """The folder of the slots' lock files, made private to this user; None if it cannot be."""
    try:
        import fcntl  # noqa: F401 - not on Windows
    except ImportError:
        return None
    try:
        SLOTS.mkdir(mode=0o700, exist_ok=True)
        st = os.lstat(SLOTS)
    except OSError:
        return None
    import stat

    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid():
        return None  # someone else's folder (or a link) in /tmp: not trusted
    return SLOTS


@contextmanager
def ocr_slot():
    """Wait for a free OCR slot and hold it: at most one tesseract per core on the machine,
    whichever rasoat process (a check's reading processes, a cluster worker, the web page) runs
    it. A slot is a lock file; the lock goes with its process, even a killed one."""
    folder = _slot_folder()
    if folder is None:
        with _ALONE:
            yield
        return
    import fcntl

    n = cores()
    while True:
        for i in range(n):
            fd = os.open(folder / f"slot-{i}", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                continue
            try:
                yield
            finally:
                os.close(fd)  # releases the lock
            return
        time.sleep(0.05)
