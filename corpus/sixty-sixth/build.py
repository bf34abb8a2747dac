#!/usr/bin/env python3
"""Build corpus/sixty-sixth (UBND phường Hàng Gòn, tỉnh Đồng Nai: Kế hoạch 14/KH-UBND ngày 12/01/2026,
đẩy mạnh cấp căn cước, định danh và xác thực điện tử, làm sạch dữ liệu dân cư năm 2026 (Đề án 06),
whose duties go to posts and people; and what those people sent back) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers). Borrowed by path:
corpus/twenty-fifth's fixed_pdf (LibreOffice text PDF, fixed dates and /ID) and corpus/sixty-first's
notebook_photo (a page written by hand on ruled paper, photographed with a phone). New here:
  note_docx   a leader's short note typed in Word without the NĐ 30 header table: one line a
              paragraph; "|L " left, "|R " right, "|C " centred bold, "|c " centred italic;
              the rest justified with a first-line indent.

Run:  /work/main/.venv/bin/python corpus/sixty-sixth/build.py   (= corpus/render.py sixty-sixth)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
S61 = R.set_module(os.path.join(os.path.dirname(HERE), "sixty-first"), "build")
fixed_pdf = T25.fixed_pdf
notebook_photo = S61.notebook_photo


def note_docx(src, out, time=None, **_):
    """A short note typed in Word (see the module docstring), fixed zip and core-property dates."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH as A
    lines = [l for l in R.read_text(src).rstrip("\n").split("\n") if l.strip()]
    doc = R.new_document(lines[3][3:] if len(lines) > 3 else "", time)
    st = R.Styler(all_fonts=True)
    for line in lines:
        mark, text = (line[1], line[3:]) if line[:1] == "|" and line[2:3] == " " else ("", line)
        if mark == "L":
            R.para(doc, text, size=13, bold=text.isupper(), align=A.LEFT, st=st)
        elif mark == "R":
            R.para(doc, text, size=13, bold=text.isupper(), italic=text.startswith(("Hàng", "(")),
                   align=A.RIGHT, before=4, st=st)
        elif mark == "C":
            R.para(doc, text, size=14, bold=True, align=A.CENTER, before=10, st=st)
        elif mark == "c":
            R.para(doc, text, size=13, italic=True, align=A.CENTER, after=10, st=st)
        else:
            R.para(doc, text, size=14, indent=1.0, after=6, st=st)
    R.save_docx(doc, out, time)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
