#!/usr/bin/env python3
"""Build corpus/sixty-seventh (UBND tỉnh Lào Cai: Kế hoạch 58/KH-UBND ngày 13/3/2026, phòng, chống
thiên tai mùa mưa lũ năm 2026; the replies as offices really type Vietnamese: an e-mail without
diacritics, a plan with old-style tone marks, a DOCX in Unicode NFD, a report half without
diacritics with telex residue, a DOCX plan typed without diacritics, and ordinary ones) from src/.

The sources are all NFC. Generic renderers are corpus/render.py's (render.yaml names them: docx,
txt); the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. New here:
  oldstyle_docx  a source whose Quốc hiệu reads "CỘNG HOÀ …" (old-style tone placement), which
                 render.py's parser (motto "CỘNG HÒA") would not find: parsed with motto "CỘNG HO"
  nfd_docx       the ordinary DOCX, then every text node (body, tables, page header) and the
                 core properties rewritten with unicodedata.normalize("NFD", …), as Word for Mac
                 saves text pasted from macOS
  switched_docx  a source whose second half (or whole text, motto "CONG HOA") is typed without
                 diacritics, "Noi nhan:" included: the closing is found by that line too

Run:  /work/main/.venv/bin/python corpus/sixty-seventh/build.py   (= corpus/render.py sixty-seventh)
"""
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def _docx(d, out, style, parent_lines, time, transform=None):
    doc = R.nd30_docx([d], parent_lines, R.layout(style, table_widths=R.style_widths(style)), time)
    if transform:
        transform(doc)
    R.save_docx(doc, out)


def oldstyle_docx(src, out, style="fourth", parent_lines=1, time=None, **_):
    """A DOCX of a source typed with old-style tone marks ("CỘNG HOÀ", "Uỷ ban", "thuỷ")."""
    _docx(R.parse_style(style, R.read_text(src), motto="CỘNG HO"), out, style, parent_lines, time)


def nfd_docx(src, out, style="fourth", parent_lines=1, time=None, author="", **_):
    """The ordinary DOCX with all its text in NFD (decomposed) form."""
    from docx.oxml.ns import qn

    def decompose(doc):
        parts = [doc.element.body] + [s.header._element for s in doc.sections]
        for part in parts:
            for t in part.iter(qn("w:t")):
                if t.text:
                    t.text = unicodedata.normalize("NFD", t.text)
        cp = doc.core_properties
        cp.title = unicodedata.normalize("NFD", cp.title or "")
        cp.author = cp.last_modified_by = unicodedata.normalize("NFD", author)

    _docx(R.parse_style(style, R.read_text(src)), out, style, parent_lines, time, decompose)


def switched_docx(src, out, style="fourth", parent_lines=1, time=None, motto="CỘNG HÒA", **_):
    """A DOCX of a source whose closing starts "Noi nhan:" (typed without diacritics); motto
    "CONG HOA" for a source typed without diacritics from its first line."""
    lines = R.read_text(src).rstrip("\n").split("\n")
    at = next(n for n, l in enumerate(lines) if l.startswith("Noi nhan:"))
    original = lines[at]
    lines[at] = "Nơi nhận:" + original[len("Noi nhan:"):]
    d = R.parse_style(style, lines, motto=motto)
    d["noi_nhan"][0] = original
    _docx(d, out, style, parent_lines, time)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
