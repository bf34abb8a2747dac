#!/usr/bin/env python3
"""Build corpus/fifty-second (Chủ tịch UBND tỉnh Hà Tĩnh: Công điện số 19/CĐ-UBND ngày
08/8/2025 về việc tập trung triển khai quyết liệt các biện pháp cấp bách phòng, chống bệnh
Dịch tả lợn châu Phi; and what the addressees sent back) from src/.

Everything generic comes from corpus/render.py (fourth's and sixth's styles, the scan, the
.doc through LibreOffice) and corpus/twenty-fifth's fixed_pdf (a LibreOffice PDF with fixed
dates and /ID). New here, for render.yaml ("build.<name>"):
  cong_dien_docx  the master Công điện: fourth's layout, but the line "CHỦ TỊCH ỦY BAN NHÂN
                  DÂN TỈNH điện:" centred in bold and the addressee lines under it ("- Giám
                  đốc …;") left-aligned and indented, as telegram orders are printed.
  cong_van_pdf    a công văn whose "Kính gửi:" block has one addressee a line (the words
                  "Kính gửi:" indented, the "- …;" lines further in), as a fixed text PDF.
Run:  /work/main/.venv/bin/python corpus/fifty-second/build.py   (= corpus/render.py fifty-second)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def _cong_dien(d, parent_lines, style, time):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    doc = R.nd30_docx([d], parent_lines, R.layout(style), time)
    paras = doc.paragraphs
    head = next(i for i, p in enumerate(paras) if p.text.rstrip().endswith("điện:"))
    p = paras[head]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Cm(0)
    p.paragraph_format.space_after = Pt(6)
    for r in p.runs:
        r.bold = True
    k = head + 1
    while k < len(paras) and paras[k].text.startswith("- "):
        q = paras[k]
        q.alignment = WD_ALIGN_PARAGRAPH.LEFT
        pf = q.paragraph_format
        pf.first_line_indent = Cm(0)
        pf.left_indent = Cm(2.0)
        pf.space_after = Pt(0)
        k += 1
    paras[k - 1].paragraph_format.space_after = Pt(8)
    return doc


def cong_dien_docx(src, out, parent_lines=0, time=None, style="fourth", **_):
    """The Công điện (see the module docstring)."""
    d = R.parse_style(style, R.read_text(src))
    R.save_docx(_cong_dien(d, parent_lines, style, time), out, time)


def _cong_van_docx(src, out, parent_lines, time, style="fourth"):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    d = R.parse_style(style, R.read_text(src))
    doc = R.nd30_docx([d], parent_lines, R.layout(style), time)
    lines = d["kinh_gui"]
    paras = doc.paragraphs
    start = next(i for i, p in enumerate(paras) if p.text == lines[0])
    for k, p in enumerate(paras[start:start + len(lines)]):
        assert p.text == lines[k]
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        pf = p.paragraph_format
        pf.left_indent = Cm(2.5 if k == 0 else 4.0)
        pf.space_after = Pt(12 if k == len(lines) - 1 else 0)
    R.save_docx(doc, out, time)


def cong_van_pdf(src, out, parent_lines=1, time=None, profile=None, **_):
    """A công văn with a multi-line Kính gửi block, as a LibreOffice PDF with fixed dates and /ID."""
    R.via_docx(lambda tmp: _cong_van_docx(src, tmp, parent_lines, time), "pdf", out, profile)
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
