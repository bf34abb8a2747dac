#!/usr/bin/env python3
"""Build corpus/ninety-fourth (Sở Giáo dục và Đào tạo tỉnh Điện Biên: Kế hoạch 27/KH-SGDĐT ngày
16/01/2026, the 2026 education activities of the cooperation with UNICEF, issued bilingually; and
the replies of its phòng and of four pilot boarding schools) from src/.

Own renderers (render.yaml names them build.<function>):
  bilingual_docx  corpus/render.py's NĐ 30 DOCX ("fourth" style) where every paragraph or table
                  cell typed "> …" is the English translation: the marker is dropped and the
                  text set in italics (bold italics on a heading or title line); a two-column
                  table VN | EN has both columns left-aligned.
  bilingual_pdf   the same DOCX converted by LibreOffice, fixed dates and /ID.
  english_pdf     an English-only report as a partner receives it: a cover page (no NĐ 30
                  header), numbered sections, a grid table, a signature; converted to PDF.
  fixed_pdf       corpus/twenty-fifth's fixed-date text PDF.

Run:  /work/main/.venv/bin/python corpus/ninety-fourth/build.py   (= corpus/render.py ninety-fourth)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def _is_heading(text):
    return bool(R.ROMAN.match(text)) or (bool(R.ARABIC.match(text)) and len(text) < 90
                                         and not text.endswith((".", ";")))


def _mark_english(doc):
    """Paragraphs and cells typed "> …": marker dropped, italic (bold kept; headings bold)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    paras = [(p, False) for p in doc.paragraphs]
    for t in doc.tables:
        two = len(t.columns) == 2 and len(t.rows) > 1 and any(
            c.text.startswith("> ") for r in t.rows for c in r.cells)
        for n, row in enumerate(t.rows):
            for c in row.cells:
                for p in c.paragraphs:
                    paras.append((p, two))
                    if two and n:
                        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for p, in_table in paras:
        if not p.text.startswith("> ") or not p.runs:
            continue
        p.runs[0].text = p.runs[0].text[2:]
        head = not in_table and _is_heading(p.text)
        for r in p.runs:
            r.italic = True
            if head:
                r.bold = True
                r.font.size = Pt(13)


def bilingual_docx(src, out, style="fourth", parent_lines=1, time=None, table_widths=None, **_):
    text = R.read_text(src)
    lay = R.layout(style, table_widths=R.style_widths(style, table_widths))
    doc = R.nd30_docx([R.parse_style(style, text)], parent_lines, lay, time)
    _mark_english(doc)
    R.save_docx(doc, out)


def _fix(out):
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


def bilingual_pdf(src, out, profile=None, **options):
    R.via_docx(lambda tmp: bilingual_docx(src, tmp, **options), "pdf", out, profile)
    _fix(out)


# ---------------------------------------------------------------- English-only partner report

def _parts(text):
    parts, key = {}, None
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("=== "):
            key = line[4:].strip()
            parts[key] = []
        elif key:
            parts[key].append(line)
    return parts


def english_docx(src, out, time=None, table_widths=None, **_):
    """Source parts: "=== cover" (lines; "!T " a title line, "!S " a small line, "" a gap),
    "=== body" ("## " heading, "- " bullet, " | " table rows, else a paragraph),
    "=== sign" (lines, right-hand block)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    parts = _parts(R.read_text(src))
    centre = WD_ALIGN_PARAGRAPH.CENTER
    doc = R.new_document("Quarterly Progress Report", time)
    for n, line in enumerate(parts["cover"]):
        if not line.strip():
            R.para(doc, after=14)
        elif line.startswith("!T "):
            R.para(doc, line[3:], size=18, bold=True, align=centre, after=6)
        elif line.startswith("!S "):
            R.para(doc, line[3:], size=12, align=centre, after=2)
        elif line.startswith("!L "):
            R.para(doc, line[3:], size=13, align=WD_ALIGN_PARAGRAPH.LEFT, after=4).paragraph_format.left_indent = Cm(2.0)
        else:
            R.para(doc, line, size=13, bold=True, align=centre, after=2)
    R.page_break(doc)
    widths = {int(k): v for k, v in (table_widths or {}).items()}
    body = [l for l in parts["body"] if l.strip()]
    i = 0
    while i < len(body):
        line = body[i]
        if R.CELL_SEP in line:
            rows = []
            while i < len(body) and R.CELL_SEP in body[i]:
                rows.append(R.cells(body[i]))
                i += 1
            R.body_table(doc, rows, widths)
            continue
        if line.startswith("## "):
            R.para(doc, line[3:], size=13, bold=True, before=8, after=4, align=WD_ALIGN_PARAGRAPH.LEFT)
        elif line.startswith("- "):
            p = R.para(doc, "\u2013 " + line[2:], size=13, after=3)
            p.paragraph_format.left_indent = Cm(0.8)
        else:
            R.para(doc, line, size=13, after=6)
        i += 1
    R.para(doc, after=4)
    sign = parts["sign"]
    for n, line in enumerate(sign):
        p = R.para(doc, line, size=13, bold=bool(line) and not line[0].isdigit() and "," not in line,
                   italic="," in line, align=centre)
        p.paragraph_format.left_indent = Cm(8.0)
        p.paragraph_format.keep_with_next = n < len(sign) - 1
    R.save_docx(doc, out, time)


def english_pdf(src, out, profile=None, **options):
    R.via_docx(lambda tmp: english_docx(src, tmp, **options), "pdf", out, profile)
    _fix(out)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
