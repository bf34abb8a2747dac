#!/usr/bin/env python3
"""Build corpus/seventy-second (UBND thành phố Huế, Kế hoạch 96/KH-UBND ngày 10/3/2026, phát triển
kinh tế ban đêm năm 2026: a plan whose duties live in an appendix table built as an office builds
it in Word; and the replies of its holders) from src/.

Only the master plan has a renderer of its own here, `plan`: corpus/render.py's DOCX of the body
(style "fourth"), then a LANDSCAPE section after the signature holding the appendix "Phân công
nhiệm vụ": its title lines and corpus/twelfth's merged-cell table (render.merged_table: "^" merges a
cell with the one above, python-docx cell.merge, "<" with the one on the left). What is new is
only how the table is dressed as offices dress it: group rows ("I. NHÓM NHIỆM VỤ VỀ …", merged
across the whole table) left-aligned, bold; the STT, "Cơ quan chủ trì", "Sản phẩm" and "Thời gian
hoàn thành" columns centred, the merged cells centred vertically. The fixed-date text PDF is
corpus/twenty-fifth's fixed_pdf, loaded by path. Everything else is render.yaml's.

Run:  /work/main/.venv/bin/python corpus/seventy-second/build.py   (= corpus/render.py seventy-second)
"""
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf

CENTRED = (0, 2, 4, 5)   # STT, Cơ quan chủ trì, Sản phẩm, Thời gian hoàn thành


def plan(src, out, style="fourth", parent_lines=0, time=None, table_widths=None, **_):
    """The master plan: the portrait body and signature, then the landscape appendix table."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    main_text, appendix = R.split_documents(R.read_text(src))
    buf = io.BytesIO()
    R.source_docx(style, main_text, parent_lines, buf, time)
    buf.seek(0)
    doc = Document(buf)
    R.landscape_section(doc)
    lines = appendix.strip("\n").split("\n")
    k = lines.index("")
    R.appendix_title(doc, lines[:k], first=13, others=13, paren_after=10)
    rows = [R.cells(l) for l in lines[k:] if "|" in l]
    t = R.merged_table(doc, rows, table_widths)
    for r, row in enumerate(rows):
        if r == 0:
            continue
        group = row[1] == "<"
        for c, text in enumerate(row):
            if text in ("^", "<"):
                continue
            p = t.cell(r, c).paragraphs[0]
            if group:
                p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            elif c in CENTRED:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif c == 1:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    R.save_docx(doc, out, time)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
