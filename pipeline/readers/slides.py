"""Presentations and web archives: a report sent as a slide deck (.pptx, .odp) and a document
Word saved as a "single file web page" (.mht, .mhtml).

A deck is read slide by slide, each paragraph of each text frame a block, in the order of the
slides; the title slide's lines (the unit, the date) stand at the top as a document's header
would. A web archive is a MIME message of related parts: its HTML part is the document."""

from __future__ import annotations

import email
import email.policy
import re
import zipfile
from pathlib import Path

from ..errors import CorruptFile
from ..model import Block, RawDocument, Source

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def _slide_number(name: str) -> int:
    m = re.search(r"(\d+)\.xml$", name)
    return int(m.group(1)) if m else 0


def _deck(path: Path, source: Source, slides) -> RawDocument:
    """A deck's blocks: ``slides(zf)`` gives each slide's paragraphs, in order; each is a block
    on the slide's page."""
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as zf:
            pages = list(slides(zf))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as exc:
        raise CorruptFile(f"{path.name}: unreadable presentation ({exc})") from exc
    return RawDocument(source=source, blocks=[Block(kind="paragraph", text=text, page=page)
                                              for page, paras in enumerate(pages, start=1)
                                              for text in paras if text])


def _pptx_slides(zf):
    from lxml import etree

    names = sorted((n for n in zf.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)), key=_slide_number)
    for name in names:
        root = etree.fromstring(zf.read(name))
        yield ["".join(t.text or "" for t in para.iter(f"{_A}t")).strip() for para in root.iter(f"{_A}p")]


def _odp_slides(zf):
    from lxml import etree

    draw = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
    root = etree.fromstring(zf.read("content.xml"))
    for slide in root.iter(f"{draw}page"):
        yield ["".join(para.itertext()).strip() for para in slide.iter(f"{_TEXT}p", f"{_TEXT}h")]


def read_pptx(path: Path, source: Source) -> RawDocument:
    return _deck(path, source, _pptx_slides)


def read_odp(path: Path, source: Source) -> RawDocument:
    return _deck(path, source, _odp_slides)


def read_mht(path: Path, source: Source) -> RawDocument:
    from ..encoding import decode_bytes
    from .text import html_blocks

    try:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    except Exception as exc:  # noqa: BLE001 - the email package raises many kinds for a damaged file
        raise CorruptFile(f"{path.name}: unreadable web archive ({type(exc).__name__})") from exc
    part = next((p for p in msg.walk() if p.get_content_type() == "text/html"), None)
    if part is None:
        raise CorruptFile(f"{path.name}: a web archive without its page")
    text, source.encoding = decode_bytes(part.get_payload(decode=True) or b"")
    return RawDocument(source=source, blocks=html_blocks(text))
