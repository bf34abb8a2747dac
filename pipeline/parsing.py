"""read -> normalise -> (segment -> extract, in later stages) -> Document."""

from __future__ import annotations

from pathlib import Path

from .encoding import detect_legacy
from .model import Block, Document, RawDocument
from .normalize import normalize_text
from .readers import read
from .extract import extract
from .segment import segment


def normalise(raw: RawDocument) -> RawDocument:
    """Repair a legacy encoding the reader could not see by font, then normalise every block.

    Sources with font information (DOCX, PDF) were repaired run by run by their
    reader; here the whole text is judged by content, so that a TCVN3 or VNI
    document whose font names were lost is still converted.
    """
    if raw.source.encoding not in ("tcvn3", "vni", "viscii") and raw.source.format in ("docx", "doc", "rtf", "odt", "pdf"):
        sample = "\n".join(b.text for b in raw.blocks[:400])
        legacy = detect_legacy(sample)
        if legacy:
            raw.source.warn(f"Văn bản dùng bảng mã cũ ({legacy.upper()}) không ghi tên phông; đã chuyển sang Unicode.")
            raw.source.encoding = legacy
            for block in raw.blocks:
                _convert_block(block, legacy)
    for block in raw.blocks:
        _normalise_block(block)
    raw.blocks = [b for b in raw.blocks if b.text or b.rows]
    return raw


def _convert_block(block: Block, encoding: str) -> None:
    from .encoding import repair_paragraphs

    block.text = repair_paragraphs([block.text], encoding)[0]
    if block.rows:
        block.rows = [repair_paragraphs(row, encoding) for row in block.rows]


def _normalise_block(block: Block) -> None:
    clean = normalize_text(block.text)
    if clean != block.text.strip():
        block.original = block.text
    block.text = clean
    if block.rows:
        block.rows = [[normalize_text(c) for c in row] for row in block.rows]
    if block.numbering:
        block.numbering = normalize_text(block.numbering)


def parse(path: str | Path) -> Document:
    """Read one file into a Document (CONTRACT.md). Raises ReadError for a bad file."""
    raw = normalise(read(path))
    meta, sections, preamble = segment(raw.blocks)
    doc = Document(source=raw.source, blocks=raw.blocks, meta=meta, sections=sections, preamble=preamble)
    return extract(doc)
