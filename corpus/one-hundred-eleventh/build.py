#!/usr/bin/env python3
"""Build corpus/one-hundred-eleventh (UBND tỉnh Lào Cai: Quyết định số 486/QĐ-UBND ngày 09/3/2026
ban hành Quy chế phối hợp quản lý người lao động nước ngoài làm việc trên địa bàn tỉnh Lào Cai,
and the replies of the bodies it gives duties to) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers: docx, doc, scan,
xlsx-report); the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. What is
new here:
  quy_che_docx  a QUYẾT ĐỊNH of the UBND tỉnh (Điều 1-3, Nơi nhận, TM. ỦY BAN NHÂN DÂN / KT. CHỦ
                TỊCH) and, after a page break, the QUY CHẾ it issues, in one DOCX: the Quy chế has
                its own header (no number, no date), "QUY CHẾ", its title and the italic line
                "(Ban hành kèm theo Quyết định số … )", then chapters and articles as such texts
                are printed: "Chương I" and the chapter's caps title centred and bold on their own
                lines, "Điều N. <title>" bold, khoản "1." and điểm "a)" plain paragraphs; no
                signature at the end (as an attached Quy chế).
                Source: corpus/sixth's "attached" markup (the decision, a form-feed line, the
                attached text without a closing), style "sixth" (decision body: caps lines centred,
                Căn cứ italic, "Điều N." bold).

Run:  /work/main/.venv/bin/python corpus/one-hundred-eleventh/build.py   (= corpus/render.py one-hundred-eleventh)
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf

CHUONG = re.compile(r"^Chương [IVXL]+$")


def regulation_body(doc, body, st=R.PLAIN):
    """The body of a Quy chế: chapter lines and their titles centred bold, Điều lines bold (kept
    with the next paragraph), the rest justified paragraphs with a first-line indent."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    centre = WD_ALIGN_PARAGRAPH.CENTER
    chapter_title = False
    for line in body:
        if CHUONG.match(line):
            p = R.para(doc, line, size=14, bold=True, align=centre, before=12, st=st)
            p.paragraph_format.keep_with_next = True
            chapter_title = True
        elif chapter_title:
            p = R.para(doc, line, size=14, bold=True, align=centre, after=6, st=st)
            p.paragraph_format.keep_with_next = True
            chapter_title = False
        elif R.DIEU.match(line):
            p = R.para(doc, line, size=14, bold=True, indent=1.0, before=6, after=6, st=st)
            p.paragraph_format.keep_with_next = True
        else:
            R.para(doc, line, size=14, indent=1.0, after=6, st=st)


def attached_regulation(doc, d, parent_lines, lay, st=R.PLAIN):
    """The attached Quy chế after a page break: header, type, title lines, its body."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    centre = WD_ALIGN_PARAGRAPH.CENTER
    R.page_break(doc, st)
    R.nd30_header(doc, d, parent_lines, lay, st)
    R.para(doc, d["type"], size=14, bold=True, align=centre, before=12, st=st)
    for line in d["title"]:
        if line.startswith("("):
            R.para(doc, line, size=13, italic=True, align=centre, st=st)
        else:
            R.para(doc, line, size=14, bold=True, align=centre, st=st)
    R.para(doc, "-----------", size=13, align=centre, after=6, st=st)
    regulation_body(doc, d["body"], st)


def quy_che_docx(src, out, time=None, parent_lines=0, **_):
    docs = R.parse_attached("sixth", R.read_text(src))
    lay = R.layout("sixth", keep_heads=True)
    doc = R.nd30_docx(docs[:1], parent_lines, lay, time)
    for d in docs[1:]:
        attached_regulation(doc, d, parent_lines, lay)
    R.save_docx(doc, out)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
