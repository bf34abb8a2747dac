"""Segment a document as Nghị định 30/2020/NĐ-CP lays it out.

Header (Quốc hiệu and Tiêu ngữ set aside; issuing body and its parent; Số, ký
hiệu; place and date; type and title, or "V/v" of a công văn; Kính gửi), the
tree of numbered headings, and the closing (Nơi nhận, signature block).

Works on the reader's blocks whatever the source: a two-column header comes as
a table (DOCX), as column bands (PDF), or as plain lines (text); the rules are
on the lines' content, with layout hints (bold, centred, column) as evidence.
"""

from __future__ import annotations

from ..model import Block, Meta, Section

from .closing import parse_closing
from .documents import _ids, _prefix, attachments, front_matter, split_documents

__all__ = ["segment", "split_documents"]
from .header import parse_header
from .headings import build_sections
from .lines import to_lines


def segment(blocks: list[Block]) -> tuple[Meta, list[Section], list[str]]:
    """(meta, heading tree, paragraphs before the first heading). The headings of documents
    attached after the main one (a plan issued with a decision, an appendix with the
    assignment table) join the tree; what an attachment holds before its first heading (an
    appendix's table) is a section of its own, "PL1", "PL2" …, titled by its name."""
    lines = to_lines(blocks[front_matter(blocks):])
    header = parse_header(lines)
    meta = header.meta
    attached = attachments(lines, header.end)
    end = parse_closing(lines[:attached[0][0]] if attached else lines, header.end, meta)
    sections, preamble = build_sections(lines[header.end:end])
    for k, (first, cue, stop) in enumerate(attached, start=1):
        tables: list = []
        secs, before = build_sections(lines[cue + 1:stop], tables, main=False)
        if _ids(secs) & _ids(sections):  # an appendix numbered like the main body: kept apart
            _prefix(secs, f"PL{k}")
        if before or tables:
            name = " ".join(ln.text.strip() for ln in lines[first:cue]) or f"Phụ lục {k}"
            sections.append(Section(id=f"PL{k}", number=f"PL{k}", style="appendix", level=1, title=name,
                                    paragraphs=before, tables=tables, page=lines[cue].page))
        sections.extend(secs)
    return meta, sections, preamble
