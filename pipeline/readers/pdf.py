"""PDF reader: the text layer where it is usable, OCR for the pages where it is not.

pypdfium2 opens the file (fast, tolerant, tells an encrypted file), gives
every character with its position, font and size, and renders scanned pages.
Lines are rebuilt here from the characters: Vietnamese PDFs often place a tone
mark as a glyph of its own, or space letters so that word-level extraction
breaks syllables apart ("Vi ệt"), so lines are built with a gap rule relative
to the font size, and marks are attached to their letter.

Ruled tables are found from the page's line and rectangle paths, with
pdfplumber's edge-to-cell functions (merging, intersections, cells, tables),
and their cells filled from the same characters. pdfplumber (pdfminer
underneath, ten to twenty times slower) reads only the pages set in a
legacy-encoded font (.VnTime, VNI-Times), whose raw glyph codes pdfminer gives
as they are for the repair in encoding.py.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from pathlib import Path

from ..encoding import legacy_font, repair_run
from ..errors import CorruptFile, EncryptedFile, OcrUnavailable
from ..model import RawDocument, Source
from .layout import Line, Segment, TableItem, drop_line_numbers, drop_running_lines, to_blocks

_BOLD = re.compile(r"bold|black|heavy|semibold|demi|,b\b", re.I)
RULED_PATHS = 8  # path objects from which a page may hold a ruled table (an underline or two do not)
DESCENT = 0.216  # of the font size below the baseline: pdfminer's box for Times-like fonts


def read_pdf(path: Path, source: Source, plumber_only: bool = False) -> RawDocument:
    import pypdfium2 as pdfium

    from .signature import read_signatures

    signatures = read_signatures(path)
    if signatures:
        first = signatures[0]
        source.signer, source.signed_at = first["signer"], first["signed_at"]
        source.signature = "valid" if all(s["intact"] for s in signatures) else "invalid"
        if source.signature == "invalid":
            source.warn("Chữ ký số không còn khớp với nội dung tệp: tệp đã bị sửa sau khi ký.")

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedFile(str(exc)) from exc
        raise CorruptFile(f"pdfium: {exc}") from exc
    try:
        n_pages = len(pdf)
        source.pages = n_pages
        if n_pages == 0:
            raise CorruptFile("a PDF with no pages")
        pages: list[list] = []
        legacy: set[str] = set()
        ocr_needed: list[int] = []
        plumb = None
        try:
            for index in range(n_pages):
                images = 0
                try:
                    items, encs, images = _pdfium_items(pdf[index], index + 1, plumber_only)
                    if items is None:  # ruled lines or a legacy font: pdfplumber reads this page
                        if plumb is None:
                            plumb = _open_plumber(path)
                        items, encs = _page_items(plumb.pages[index], index + 1)
                except CorruptFile:
                    raise
                except Exception as exc:  # one broken page does not lose the others
                    source.warn(f"Trang {index + 1}: không đọc được lớp chữ ({type(exc).__name__}).")
                    items, encs = [], set()
                legacy |= encs
                lines = [it for it in items if isinstance(it, Line)]
                verdict = _text_layer(lines)
                if verdict == "garbage" or (verdict == "thin" and images):
                    ocr_needed.append(index)
                    items = []
                pages.append(items)
        finally:
            if plumb is not None:
                plumb.close()
        if ocr_needed:
            from .ocr import ocr_available, ocr_pages, page_image

            problem = ocr_available()
            if problem:
                if len(ocr_needed) == n_pages:
                    raise OcrUnavailable(problem)
                source.warn(
                    f"{len(ocr_needed)} trang là ảnh scan nhưng máy chưa cài Tesseract OCR tiếng Việt; "
                    "các trang này bị bỏ qua."
                )
            else:
                def rendered():  # one by one in this thread (pdfium is not thread-safe), read in parallel
                    for i in ocr_needed:
                        image, scale = page_image(pdf[i], i + 1, warn=source.warn)
                        yield image, i + 1, scale

                for index, lines in zip(ocr_needed, ocr_pages(rendered())):
                    pages[index] = lines
                    source.ocr_pages += 1
    finally:
        pdf.close()

    numbered = drop_line_numbers([[it for it in p if isinstance(it, Line)] for p in pages])
    pages = [[it for it in p if isinstance(it, TableItem)] + lines for p, lines in zip(pages, numbered)]
    text_pages = [[it for it in p if isinstance(it, Line)] for p in pages]
    kept = drop_running_lines(text_pages)
    merged = []
    for page_items, kept_lines in zip(pages, kept):
        keep_ids = {id(ln) for ln in kept_lines}
        merged.append([it for it in page_items if isinstance(it, TableItem) or id(it) in keep_ids])
    source.encoding = "+".join(sorted(legacy)) if legacy else None
    return RawDocument(source=source, blocks=to_blocks(merged))


def _open_plumber(path: Path):
    import pdfplumber

    try:
        return pdfplumber.open(str(path))
    except Exception as exc:
        raise CorruptFile(f"pdfplumber: {exc!r}") from exc


def _pdfium_items(page, page_no: int, plumber_only: bool = False) -> tuple[list | None, set[str], int]:
    """Lines of one page from pdfium's characters, and how many images the page holds;
    (None, ...) when pdfplumber should read the page instead (always with ``plumber_only``,
    which the tests use to compare both readings)."""
    import pypdfium2.raw as raw

    paths = images = 0
    texts = []
    for obj in page.get_objects(max_depth=2):
        if obj.type == raw.FPDF_PAGEOBJ_PATH:
            paths += 1
        elif obj.type == raw.FPDF_PAGEOBJ_IMAGE:
            images += 1
        elif obj.type == raw.FPDF_PAGEOBJ_TEXT:
            texts.append(obj)
    if plumber_only:
        return None, set(), images
    height = page.get_height()
    found = _pdfium_chars(page, height, texts)
    if found is None:
        return None, set(), images  # raw glyph codes: pdfplumber's, for the repair
    chars, spaces = found
    chars += _free_spaces(spaces, chars)
    tables: list[TableItem] = []
    if paths >= RULED_PATHS:
        tables, chars = _ruled_tables(page, chars, page_no, float(height))
    lines, encs = build_lines(chars, page_no, float(height))
    return [*lines, *tables], encs, images


def _pdfium_chars(page, height: float, texts=()) -> tuple[list[dict], list[tuple]] | None:
    """The page's horizontal characters as pdfplumber gives them (text, box, size, font), and
    the spaces pdfium put in of its own; None when a font is a legacy one (TCVN3, VNI), or when
    pdfium cannot read a text object of the page (``texts``) that pdfplumber can: the letters
    "ƯỞ" of "PHÓ TRƯỞNG" drawn from a fallback font without a map to Unicode are an empty
    object to pdfium, and the title would read "PHÓ TR NG"."""
    import ctypes

    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        if any(raw.FPDFTextObj_GetText(obj.raw, tp, None, 0) <= 2 for obj in texts):
            return None  # (the length counts the terminator: 2 bytes for an empty text)
        chars: list[dict] = []
        box = raw.FS_RECTF()
        ox, oy = ctypes.c_double(), ctypes.c_double()
        name = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        fonts: dict[bytes, tuple[str, str]] = {}  # name -> (as given, with "-Bold" when heavy)
        width = ctypes.c_float()
        widths: dict[tuple, float] = {}
        space = None  # where pdfium put in a space of its own
        spaces: list[tuple] = []
        baseline = None  # of the last horizontal character
        # the calls of the loop, bound once (it runs for every character of the document)
        unicode_of, generated, origin = raw.FPDFText_GetUnicode, raw.FPDFText_IsGenerated, raw.FPDFText_GetCharOrigin
        angle_of, font_of, size_of = raw.FPDFText_GetCharAngle, raw.FPDFText_GetFontInfo, raw.FPDFText_GetFontSize
        rx, ry, rflags, rwidth = ctypes.byref(ox), ctypes.byref(oy), ctypes.byref(flags), ctypes.byref(width)
        for i in range(raw.FPDFText_CountChars(tp)):
            code = unicode_of(tp, i)
            if code in (10, 13) or (code < 32 and code != 0):
                space = None
                continue
            origin(tp, i, rx, ry)
            if code == 32 and generated(tp, i) == 1:  # pdfium only ever adds spaces and line breaks
                # pdfium puts its own space where there is a gap in the stream: a space of the
                # stream it dropped, or the place of a glyph drawn later from a fallback font
                # ("C Ộ NG", "T Ư PHÁP" for "TƯ PHÁP"); _free_spaces tells them apart
                space = (ox.value, oy.value)
                continue
            if oy.value != baseline:  # a new line, or text that is not horizontal: look at its angle
                angle = angle_of(tp, i)
                baseline = oy.value if not 0.01 < angle < 6.27 else None
                if baseline is None:
                    space = None
                    continue  # rotated text (a stamp, a margin note)
            font_of(tp, i, name, 128, rflags)
            key = name.value
            known = fonts.get(key)
            if known is None:
                given = key.decode("utf-8", "replace")
                if legacy_font(given)[0]:
                    return None
                heavy = raw.FPDFText_GetFontWeight(tp, i) >= 600 and not _BOLD.search(given)
                known = fonts[key] = (given, given + "-Bold" if heavy else given)
            font = known[1]
            size = size_of(tp, i) or 10.0
            # across, the glyph's advance, as pdfminer measures it: a font's box can reach past the
            # next letter (the horn of "ự" from a fallback font) and hide the space after it
            wkey = (key, code, size)
            advance = widths.get(wkey)
            if advance is None:
                handle = raw.FPDFTextObj_GetFont(raw.FPDFText_GetTextObject(tp, i))
                advance = width.value if raw.FPDFFont_GetGlyphWidth(handle, code, ctypes.c_float(size), rwidth) else -1.0
                widths[wkey] = advance
            x0 = ox.value
            if advance > 0:
                x1 = x0 + advance
            else:
                raw.FPDFText_GetLooseCharBox(tp, i, ctypes.byref(box))
                x1 = max(box.right, x0)
            # one box height per baseline and size, whatever the glyph (a fallback font's box is
            # taller): the letters of a line share their baseline
            bottom = height - oy.value + DESCENT * size
            if space is not None and abs(space[1] - oy.value) < 0.3 * size and x0 - space[0] >= 0.1 * size:
                spaces.append((space[0], height - space[1] + DESCENT * size, size, font))
            space = None
            chars.append({"text": chr(code) if code else "\ufffd", "x0": x0, "x1": x1,
                          "top": bottom - size, "bottom": bottom, "size": size, "fontname": font})
    finally:
        textpage.close()
    return chars, spaces


def _ruled_tables(page, chars: list[dict], page_no: int, height: float) -> tuple[list[TableItem], list[dict]]:
    """The ruled tables of a page, their cells filled from ``chars``; and the characters
    outside them. Edges come from the page's line and rectangle paths (what pdfplumber takes
    from pdfminer's objects), cells from pdfplumber's functions."""
    import pypdfium2.raw as raw
    from pdfplumber.table import Table, cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    edges = []
    for obj in page.get_objects(max_depth=1):
        if obj.type != raw.FPDF_PAGEOBJ_PATH or raw.FPDFPath_CountSegments(obj.raw) > 6:
            continue  # not a line or a rectangle (a curve, a logo, a stamp)
        left, low, right, high = obj.get_bounds()
        top, bottom = height - high, height - low
        wide, tall = right - left, bottom - top
        if tall <= 2 and wide > 1:
            y = (top + bottom) / 2
            edges.append({"x0": left, "x1": right, "top": y, "bottom": y, "width": wide, "height": 0,
                          "orientation": "h", "object_type": "line"})
        elif wide <= 2 and tall > 1:
            x = (left + right) / 2
            edges.append({"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0, "height": tall,
                          "orientation": "v", "object_type": "line"})
        elif wide > 2 and tall > 2:
            for x0, x1, y0, y1 in ((left, right, top, top), (left, right, bottom, bottom),
                                   (left, left, top, bottom), (right, right, top, bottom)):
                edges.append({"x0": x0, "x1": x1, "top": y0, "bottom": y1, "width": x1 - x0, "height": y1 - y0,
                              "orientation": "h" if y0 == y1 else "v", "object_type": "rect_edge"})
    try:  # pdfplumber's defaults: snap and join 3 points, intersections 3, edges at least 3 long
        merged = [e for e in merge_edges(edges, 3, 3, 3, 3)
                  if (e["width"] if e["orientation"] == "h" else e["height"]) >= 3]
        groups = cells_to_tables(intersections_to_cells(edges_to_intersections(merged, 3, 3)))
    except Exception:  # noqa: BLE001 - odd geometry: the page is read as lines
        return [], chars
    tables, boxes = [], []
    for group in groups:
        table = Table(None, group)
        within = [c for c in chars if _inside(c, table.bbox)]
        rows = []
        for row in table.rows:
            top, bottom = row.bbox[1], row.bbox[3]
            here = [c for c in within if top <= (c["top"] + c["bottom"]) / 2 < bottom]
            rows.append([None if cell is None else _cell_text(here, cell, page_no, height) for cell in row.cells])
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            boxes.append(table.bbox)
            tables.append(TableItem(page=page_no, top=table.bbox[1], rows=_fill_merged(rows)))
    if boxes:
        chars = [c for c in chars if not any(_inside(c, b) for b in boxes)]
    return tables, chars


def _inside(c: dict, box) -> bool:
    cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _cell_text(chars: list[dict], cell, page_no: int, height: float) -> str:
    """A cell's text: its characters (by their middle, as pdfplumber assigns them) as lines."""
    mine = [c for c in chars if cell[0] <= (c["x0"] + c["x1"]) / 2 < cell[2]
            and cell[1] <= (c["top"] + c["bottom"]) / 2 < cell[3]]
    lines, _ = build_lines(mine, page_no, height)
    return "\n".join(line.text for line in lines)


def _free_spaces(spaces: list[tuple], chars: list[dict]) -> list[dict]:
    """The spaces pdfium put in that stand before room on the line: where it dropped a space of
    the stream ("Tự do", "TƯ PHÁP" when "ự", "Ư" come from a fallback font, drawn later), not
    where it saw the gap a glyph drawn later fills ("C Ộ NG", "S ố:"). Zero wide: the gap rule
    of build_lines measures the rest."""
    if not spaces:
        return []
    from bisect import bisect_left

    starts: dict[int, list[float]] = {}
    for c in chars:
        starts.setdefault(round(c["bottom"]), []).append(c["x0"])
    for xs in starts.values():
        xs.sort()
    out = []
    for at, bottom, size, font in spaces:
        key = round(bottom)
        after = []
        for k in (key - 1, key, key + 1):
            xs = starts.get(k)
            if xs:
                j = bisect_left(xs, at - 0.15 * size)
                if j < len(xs):
                    after.append(xs[j])
        if after and min(after) - at >= 0.1 * size:
            out.append({"text": " ", "x0": at, "x1": at, "top": bottom - size, "bottom": bottom, "size": size,
                        "fontname": font})
    return out


def _page_items(page, page_no: int) -> tuple[list, set[str]]:
    """Lines (and ruled tables) of one page's text layer."""
    chars = [c for c in page.chars if c.get("upright", True) and c.get("text")]
    tables: list[TableItem] = []
    boxes = []
    try:
        for table in page.find_tables():
            rows = table.extract()
            if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                boxes.append(table.bbox)
                tables.append(TableItem(page=page_no, top=table.bbox[1], rows=_fill_merged(rows)))
    except Exception:
        tables, boxes = [], []
    if boxes:
        def inside(c) -> bool:
            cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
            return any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)

        chars = [c for c in chars if not inside(c)]
    lines, encs = build_lines(chars, page_no, float(page.height))
    return [*lines, *tables], encs


def _fill_merged(rows: list[list[str | None]]) -> list[list[str]]:
    out: list[list[str]] = []
    for r, row in enumerate(rows):
        filled = []
        for c, cell in enumerate(row):
            if cell is None:
                above = out[r - 1][c] if r > 0 and c < len(out[r - 1]) else ""
                filled.append(above if c == 0 or (r > 0 and rows[r - 1][c] is not None) else "")
            else:
                filled.append(cell.replace("\n", " ").strip())
        out.append(filled)
    return out


def build_lines(chars: list[dict], page_no: int, page_height: float) -> tuple[list[Line], set[str]]:
    """Group characters into lines and lines into column segments."""
    encs: set[str] = set()
    if not chars:
        return [], encs
    chars = sorted(chars, key=lambda c: ((c["top"] + c["bottom"]) / 2, c["x0"]))
    rows: list[list[dict]] = []
    mid_of: list[float] = []
    for c in chars:
        mid = (c["top"] + c["bottom"]) / 2
        size = max(c.get("size") or 10.0, 1.0)
        if rows and abs(mid - mid_of[-1]) <= 0.45 * size:
            rows[-1].append(c)
        else:
            rows.append([c])
            mid_of.append(mid)
    # the text's horizontal centre: a wide gap near it splits two columns (the decree's
    # header puts issuer and Quốc hiệu side by side, sometimes only a word's width apart)
    left_edge = min(c["x0"] for c in chars)
    right_edge = max(c["x1"] for c in chars)
    centre = (left_edge + right_edge) / 2
    band = 0.2 * (right_edge - left_edge)
    lines: list[Line] = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        size = statistics.median([c.get("size") or 10.0 for c in row])
        segments: list[Segment] = []
        pieces: list[tuple[str, str | None]] = []  # (text, font) runs of the current segment
        seg_x0 = row[0]["x0"]
        prev = None
        reach = row[0]["x0"]  # right edge of what is already placed (a mark may sit inside it)
        for c in row:
            text = c["text"]
            if prev is not None:
                gap = c["x0"] - reach
                central = abs((c["x0"] + reach) / 2 - centre) < band
                if (gap > 1.5 * size or (central and gap > 0.9 * size)) and not unicodedata.combining(text[0]):
                    segments.append(_segment(pieces, seg_x0, reach, encs))
                    pieces, seg_x0 = [], c["x0"]
                elif gap > 0.22 * size and not text.isspace() and not unicodedata.combining(text[0]):
                    if pieces and not pieces[-1][0].endswith(" "):
                        pieces.append((" ", None))
            font = c.get("fontname")
            if pieces and pieces[-1][1] == font:
                pieces[-1] = (pieces[-1][0] + text, font)
            else:
                pieces.append((text, font))
            prev = c
            reach = max(reach, c["x1"])
        segments.append(_segment(pieces, seg_x0, reach, encs))
        segments = [s for s in segments if s.text]
        if not segments:
            continue
        bold_chars = sum(1 for c in row if _BOLD.search(c.get("fontname") or ""))
        lines.append(
            Line(
                page=page_no,
                top=min(c["top"] for c in row),
                bottom=max(c["bottom"] for c in row),
                size=float(size),
                bold=bold_chars > len(row) / 2,
                segments=segments,
                page_height=page_height,
            )
        )
    return lines, encs


def _segment(pieces: list[tuple[str, str | None]], x0: float, x1: float, encs: set[str]) -> Segment:
    out = []
    for text, font in pieces:
        fixed, enc = repair_run(text, font) if legacy_font(font)[0] else (text, None)
        if enc:
            encs.add(enc)
        out.append(fixed)
    text = unicodedata.normalize("NFC", "".join(out))
    return Segment(text=re.sub(r"\s+", " ", text).strip(), x0=x0, x1=x1)


def _text_layer(lines: list[Line]) -> str:
    """"ok", "thin" (next to no letters: a scan, or a nearly blank page) or
    "garbage" (legacy glyph codes or private-use characters that could not be repaired)."""
    text = "".join(ln.text for ln in lines)
    letters = sum(1 for ch in text if ch.isalpha())
    private = sum(1 for ch in text if 0xE000 <= ord(ch) <= 0xF8FF)
    bad = private + text.count("(cid:") * 5 + text.count("\ufffd")
    if letters and bad >= 0.2 * letters:
        return "garbage"
    if letters < 10:
        return "garbage" if bad else "thin"
    return "ok"
