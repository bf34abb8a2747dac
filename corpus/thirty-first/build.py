"""Build corpus/thirty-first (UBND huyện Bù Đốp, tỉnh Bình Phước: Công văn số 1432/UBND-VX
ngày 16/5/2024 "V/v triển khai các biện pháp phòng, chống bệnh sốt xuất huyết năm 2024", and
the replies of the addressees).

Everything generic comes from corpus/render.py (corpus/third's style: header columns, type and
title or Kính gửi, body, Nơi nhận | signature; the .doc through LibreOffice; the xlsx-report
biểu mẫu) and corpus/twenty-fifth's fixed_pdf (LibreOffice PDF with fixed dates and /ID).
New here, for render.yaml ("build.<name>"):
  cong_van_docx  the master công văn: third's layout, but its "Kính gửi:" block laid out as
                 real letters do it (the words "Kính gửi:" indented, then one addressee a line
                 "- …;" further indented, left-aligned) instead of centred lines.
Run:  /work/main/.venv/bin/python corpus/thirty-first/build.py   (= corpus/render.py thirty-first)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def cong_van_docx(src, out, parent_lines=0, time=None, **_):
    """A công văn with a multi-line Kính gửi block (third's style otherwise)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    d = R.parse_style("third", R.read_text(src))
    doc = R.nd30_docx([d], parent_lines, R.layout("third"), time)
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


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
