#!/usr/bin/env python3
"""Build corpus/seventy-fourth (UBND tỉnh Điện Biên, Kế hoạch 28/KH-UBND ngày 26/01/2026, đấu tranh,
ngăn chặn tội phạm ma túy trên tuyến biên giới và địa bàn các xã trọng điểm năm 2026: a plan whose
duty table names its holders by SHORT CODES explained once in a legend; and the replies) from src/.

Only the master plan has a renderer of its own here, `plan`: corpus/render.py's DOCX of the source
(style "fourth": the " | " lines of section III become a Word table), then dressed as the office
dressed it: the "Chủ trì" and "Phối hợp" code cells centred, and the legend paragraph under the
table ("Ghi chú: CA: Công an tỉnh; …") in italic 12 pt without a first-line indent, its "Ghi chú:"
bold. The fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Everything else
is render.yaml's.

Run:  /work/main/.venv/bin/python corpus/seventy-fourth/build.py   (= corpus/render.py seventy-fourth)
"""
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf

LEGEND = "Ghi chú:"


def plan(src, out, style="fourth", parent_lines=0, time=None, table_widths=None, **_):
    """The master plan: the style's DOCX, code columns centred, the legend set in italic."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    buf = io.BytesIO()
    R.source_docx(style, R.read_text(src), parent_lines, buf, time,
                  table_widths=R.style_widths(style, table_widths))
    buf.seek(0)
    doc = Document(buf)
    duty_table = next(t for t in doc.tables if t.rows[0].cells[0].text == "STT")
    for row in duty_table.rows[1:]:
        for c in (2, 3):
            row.cells[c].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    legend = next(p for p in doc.paragraphs if p.text.startswith(LEGEND))
    text = legend.text
    for r in list(legend.runs):
        r._r.getparent().remove(r._r)
    legend.paragraph_format.first_line_indent = Cm(0)
    legend.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    legend.paragraph_format.space_before = Pt(4)
    legend.paragraph_format.space_after = Pt(6)
    R.run(legend, LEGEND, 12, bold=True, italic=True)
    R.run(legend, text[len(LEGEND):], 12, italic=True)
    # the empty paragraph render.body_table leaves after the table goes: the legend sits under it
    prev = legend._p.getprevious()
    if prev is not None and prev.tag.endswith("}p") and not "".join(prev.itertext()).strip():
        prev.getparent().remove(prev)
    R.save_docx(doc, out, time)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
