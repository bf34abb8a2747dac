"""Image files (a phone photo or a scanner's JPEG, PNG or TIFF of a signed page): OCR.

Communes often send the signed page as a photo. Every frame of the image (a
multi-page TIFF has several) is turned upright by its EXIF orientation, reduced
to a pixel budget, and read by the same OCR as a scanned PDF page. Coordinates
are given in points of an A4 page as wide as the image, so that the layout
rules (columns, indents, font sizes) see the same page a PDF would give.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import CorruptFile, OcrUnavailable, UnsafeFile
from ..model import RawDocument, Source
from .layout import drop_running_lines, to_blocks

MAX_FRAMES = 200  # pages of a multi-page TIFF read at most
A4_WIDTH = 595.0  # points


def read_image(path: Path, source: Source) -> RawDocument:
    from PIL import Image, UnidentifiedImageError

    from .ocr import ocr_available

    problem = ocr_available()
    if problem:
        raise OcrUnavailable(problem)
    try:
        with Image.open(path) as img:
            pages = _read_frames(img, path.name, source, 1)
    except Image.DecompressionBombError as exc:
        raise UnsafeFile(f"{path.name}: {exc}") from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as exc:
        raise CorruptFile(f"{path.name}: unreadable image ({exc})") from exc
    source.pages = len(pages)
    return RawDocument(source=source, blocks=to_blocks(drop_running_lines(pages)))


def _read_frames(img, name: str, source: Source, first_page: int) -> list:
    """The OCR'd lines of each frame of an open image, pages numbered from ``first_page``."""
    from PIL import ImageOps

    from .ocr import MAX_PIXELS, ocr_pages

    if img.width * img.height > 4 * MAX_PIXELS:
        raise UnsafeFile(f"{name}: {img.width} x {img.height} pixels")
    frames = min(getattr(img, "n_frames", 1), MAX_FRAMES)
    if getattr(img, "n_frames", 1) > MAX_FRAMES:
        source.warn(f"Ảnh có hơn {MAX_FRAMES} trang; chỉ đọc {MAX_FRAMES} trang đầu.")

    def frames_of():  # made one by one in this thread, read in parallel
        for index in range(frames):
            img.seek(index)
            frame = ImageOps.exif_transpose(img).convert("L")
            if frame.width * frame.height > MAX_PIXELS:
                factor = (MAX_PIXELS / (frame.width * frame.height)) ** 0.5
                frame = frame.resize((max(1, int(frame.width * factor)), max(1, int(frame.height * factor))))
            yield frame, first_page + index, frame.width / A4_WIDTH

    pages = []
    for lines in ocr_pages(frames_of()):
        pages.append(lines)
        source.ocr_pages += 1
    return pages


MIN_PAGE_PIXELS = 600 * 800  # a picture smaller than this is a logo, a seal or a signature, no page


def read_pictures(pictures: list[tuple[str, bytes]], source: Source) -> list:
    """The blocks of the pages pictured inside another file (a scan pasted into a Word file:
    "gửi bản scan"), read by OCR in order; pictures too small to be a page, or unreadable, are
    passed over (the file's warnings say so). [] when OCR is not installed."""
    import io

    from PIL import Image, UnidentifiedImageError

    from .ocr import ocr_available

    problem = ocr_available()
    if problem:
        source.warn(f"Tệp chỉ có ảnh chụp văn bản nhưng máy chưa cài OCR ({problem}).")
        return []
    pages: list = []
    for name, data in pictures:
        try:
            with Image.open(io.BytesIO(data)) as img:
                if img.width * img.height < MIN_PAGE_PIXELS:
                    continue
                pages += _read_frames(img, name, source, len(pages) + 1)
        except (Image.DecompressionBombError, UnsafeFile, UnidentifiedImageError, OSError, ValueError, SyntaxError,
                EOFError):
            source.warn(f"Không đọc được ảnh {name} trong tệp.")
    return to_blocks(drop_running_lines(pages)) if pages else []
