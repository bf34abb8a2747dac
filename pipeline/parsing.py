"""read -> normalise -> (segment -> extract, in later stages) -> Document."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from pathlib import Path

from . import ruleset
from .encoding import detect_legacy
from .markers import ITEM_MARK
from .model import Block, Document, RawDocument
from .normalize import VIETNAMESE_MARKED, normalize_text
from .readers import read
from .extract import extract
from .segment import segment, split_documents


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
    if raw.source.encoding == "tcvn3" and (raw.source.format == "txt" or any(
            "không ghi tên phông" in w for w in raw.source.warnings)):
        for block in raw.blocks:
            block.text = capitals_lost(block.text)
    for block in raw.blocks:
        _normalise_block(block)
    _unaccented(raw)
    _translations(raw)
    kept = [i for i, b in enumerate(raw.blocks) if b.text or b.rows]
    raw.starts = sorted({bisect_left(kept, s) for s in raw.starts})  # (where they are now)
    raw.blocks = [raw.blocks[i] for i in kept]
    return raw


_ROMAN_HEAD = re.compile(r"^[ivxlc]{1,5}\.\s")


def capitals_lost(text: str) -> str:
    """TCVN3 writes capitals in fonts of their own (.VnTimeH) with the bytes of small letters: read
    without the font's name (a PDF's text layer, a .txt), "ủy ban nhân dân", "kế hoạch", "i. mục
    đích, yêu cầu" were capitals. A line part (the columns of a header kept apart by spaces) with no
    capital at all that is short and no sentence ("…;", "….") is put back in capitals; a heading
    numbered in Roman numerals too."""
    def up(part: str) -> str:
        core = part.strip()
        if not core or any(c.isupper() for c in core) or not any(c.isalpha() for c in core):
            return part
        if len(core.split()) > 14 or (core[-1] in ".;," and not _ROMAN_HEAD.match(core)):
            return part
        if ITEM_MARK.match(core):
            return part  # an item in normal case whose one capital was toned ("11. ủy ban nhân dân …")
        return part.upper()

    return "".join(up(p) if i % 2 == 0 else p for i, p in enumerate(re.split(r"(\s{3,})", text)))


_VIET = re.compile(f"[{VIETNAMESE_MARKED}]", re.I)


@ruleset.cached
def _english_words() -> frozenset[str]:
    return frozenset(ruleset.load_yaml("files.yaml")["translation_words"])


def english(text: str, italic: bool | None = None) -> bool:
    """Whether a paragraph is English, not Vietnamese: no Vietnamese letter, and two of English's
    little words ("the", "of", "and" …; files.yaml ``translation_words``), or set in italics."""
    if _VIET.search(text) or not re.search(r"[A-Za-z]{2}", text):
        return False
    said = sum(w in _english_words() for w in re.findall(r"[a-z]+", text.lower()))
    # (in italics beside Vietnamese written with its marks, any line without one: "6. Pilot ethnic
    # minority boarding schools")
    return said >= 2 or bool(italic)


def _translations(raw: RawDocument) -> None:
    """A document written in Vietnamese with its English translation paragraph by paragraph (a
    donor-supported programme's plan, "Căn cứ …" then "*Pursuant to …*"), or a table with an
    English column ("Nhiệm vụ | Tasks"): the translation goes, so that the Vietnamese is read once.
    A document mostly in English is left as it is."""
    texts = [b for b in raw.blocks if b.kind == "paragraph" and len(b.text.split()) >= 3]
    if not texts or sum(bool(_VIET.search(b.text)) for b in texts) < 0.3 * len(texts):
        return
    dropped = 0
    out: list = []
    for block in raw.blocks:
        out.append(block)
        if block.kind == "paragraph" and english(block.text, block.italic):
            block.text, dropped = "", dropped + 1
        elif block.rows and len(block.rows) >= 2:
            body = block.rows[1:]
            width = max(len(r) for r in block.rows)
            gone = {c for c in range(width)
                    if sum(english(r[c]) for r in body if c < len(r) and r[c].strip()) >= 0.6 * max(
                        1, sum(1 for r in body if c < len(r) and r[c].strip()))
                    and any(_VIET.search(x) for r in body for x in r)}
            if gone and len(gone) < width:
                block.rows = [[x for c, x in enumerate(r) if c not in gone] for r in block.rows]
                block.text = "\n".join(" | ".join(r) for r in block.rows)
                dropped += 1
                if width - len(gone) == 1 and not any(raw.starts):  # a list left: its rows are paragraphs
                    # (not in a file of several documents, whose starts count blocks)
                    out.pop()
                    rows = block.rows[1:] if len(block.rows[0][0].split()) <= 3 else block.rows
                    out += [replace(block, kind="paragraph", text=r[0], rows=None) for r in rows if r and r[0].strip()]
    raw.blocks = out
    if dropped:
        raw.source.warn("Văn bản song ngữ: phần tiếng Anh (bản dịch) không được đối chiếu, chỉ đọc phần tiếng Việt.")


def _unaccented(raw: RawDocument) -> None:
    """Vietnamese typed without its marks, the whole document or some of its paragraphs (a clerk
    who switched keyboards midway): its frame's phrases, date line and number are given their
    marks (``accents.restore_frame``), so that its issuer, date and the plan it cites are read."""
    from .accents import restore_frame, unaccented

    whole = unaccented("\n".join(b.text for b in raw.blocks[:400]))
    changed = False
    for block in raw.blocks:
        if whole or unaccented(block.text):
            text = restore_frame(block.text)
            if text != block.text:
                block.original = block.original or block.text
                block.text, changed = text, True
        if block.rows:
            rows = [[restore_frame(c) if whole or unaccented(c) else c for c in row] for row in block.rows]
            changed = changed or rows != block.rows
            block.rows = rows
    if changed:
        raw.source.warn("Văn bản (hoặc một phần) được gõ không dấu; đã đọc phần đầu, số và ngày của văn bản"
                        " theo cách viết có dấu, nội dung được so với kế hoạch theo từ ngữ của kế hoạch.")


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


def _document(raw: RawDocument, blocks: list[Block]) -> Document:
    meta, sections, preamble = segment(blocks)
    return extract(Document(source=raw.source, blocks=blocks, meta=meta, sections=sections, preamble=preamble))


def _parts(raw: RawDocument) -> list[list[Block]]:
    """The file's blocks cut where its reader knows a document begins (``RawDocument.starts``)."""
    cuts = sorted({0, *(s for s in raw.starts if 0 < s < len(raw.blocks))})
    return [raw.blocks[a:b] for a, b in zip(cuts, cuts[1:] + [len(raw.blocks)])]


def parse(path: str | Path, split: bool = False) -> Document:
    """Read one file into a Document (CONTRACT.md). Raises ReadError for a bad file.

    With ``split``, a file that holds several documents one after another (a cover letter and
    the plan, several units' plans scanned together) gives the first as the Document and the
    others in its ``parts``; without it the file is one document (a master plan with the
    documents attached to it)."""
    raw = normalise(read(path))
    groups = [g for part in _parts(raw) for g in split_documents(part)] if split else [raw.blocks]
    doc = _document(raw, groups[0])
    doc.parts = [_document(raw, g) for g in groups[1:]]
    return doc


_SAMPLE = """ỦY BAN NHÂN DÂN HUYỆN A
PHÒNG NỘI VỤ
Số: 01/KH-PNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
A, ngày 02 tháng 01 năm 2024
KẾ HOẠCH
Thực hiện công tác bình đẳng giới năm 2024
Thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2023 của Ủy ban nhân dân huyện,
I. TỔ CHỨC THỰC HIỆN
1. Phòng Lao động - Thương binh và Xã hội
Chủ trì, phối hợp với các cơ quan tổ chức triển khai; báo cáo trước ngày 15/12/2024.
2. Ủy ban nhân dân các xã, thị trấn
Tuyên truyền hằng quý; định kỳ 6 tháng báo cáo kết quả.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. TRƯỞNG PHÒNG
PHÓ TRƯỞNG PHÒNG
Nguyễn Văn A
"""


def warm(folder: Path | None = None) -> None:
    """Load once what reading needs (libraries, rule files, compiled patterns, the spaCy
    pipeline) by reading two small documents (written in ``folder``), so that every reading
    process forked from this one starts ready instead of loading them again."""
    import tempfile

    import docx

    with tempfile.TemporaryDirectory(prefix="rasoat-warm-", dir=folder) as tmp:
        text = Path(tmp) / "warm.txt"
        text.write_text(_SAMPLE, encoding="utf-8")
        word = docx.Document()
        for line in _SAMPLE.splitlines():
            word.add_paragraph(line)
        word.save(str(Path(tmp) / "warm.docx"))
        for path in (text, Path(tmp) / "warm.docx"):
            try:
                parse(path)
            except Exception:  # noqa: BLE001 - warming up is an optimisation, never a failure
                pass
    import pypdfium2  # noqa: F401 - the PDF reader's library
