#!/usr/bin/env python3
"""Build corpus/one-hundred-twenty-third (UBND xã Nông Cống, tỉnh Thanh Hóa: Kế hoạch 52/KH-UBND ngày
09/3/2026, Chiến dịch tiêm vắc xin Sởi - Rubella cho trẻ em từ 1 đến 5 tuổi tại vùng nguy cơ cao
năm 2026, a campaign in three phases whose tasks name their holder AFTER the task; and the unit
plans and reports sent back) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers: docx, doc, scan); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf and the trưởng thôn's typed page is
corpus/one-hundred-ninth's plain_docx, both loaded by path. What is new here:
  phase_docx   the master plan in corpus/fourth's layout with its unnumbered phase lines ("Giai đoạn
               1: Chuẩn bị (từ … đến …)") printed bold, as offices set them; nothing else differs.
  doan_photo   the Đoàn Thanh niên's report in the Đoàn's own layout ("ĐOÀN TNCS HỒ CHÍ MINH" in
               place of the Quốc hiệu, the date under it in italic: one-hundred-ninth's prose_docx
               with its motto), printed by LibreOffice and page 1 photographed with a phone (JPEG).

Run:  /work/main/.venv/bin/python corpus/one-hundred-twenty-third/build.py   (= corpus/render.py one-hundred-twenty-third)
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
C109 = R.set_module(os.path.join(os.path.dirname(HERE), "one-hundred-ninth"), "build")
fixed_pdf = T25.fixed_pdf
plain_docx = C109.plain_docx
PHASE = "Giai đoạn "


def phase_docx(src, out, style="fourth", parent_lines=0, time=None, table_widths=None, **_):
    """The style's DOCX of the source, its body lines opening "Giai đoạn " in bold."""
    d = R.parse_style(style, R.read_text(src))
    doc = R.nd30_docx([d], parent_lines, R.layout(style, table_widths=R.style_widths(style, table_widths)), time)
    for p in doc.paragraphs:
        if p.text.startswith(PHASE):
            p.paragraph_format.keep_with_next = True
            for r in p.runs:
                r.bold = True
    R.save_docx(doc, out)


def doan_photo(src, out, profile=None, time=None, angle=0.9, seed=123, dpi=200, quality=82, **_):
    """The Đoàn's report (motto "ĐOÀN TNCS HỒ CHÍ MINH") printed to a PDF and page 1 photographed."""
    tmp = tempfile.mkdtemp(prefix="render-doan-photo-")
    try:
        pdf = os.path.join(tmp, "page.pdf")
        R.via_docx(lambda d: C109.prose_docx(src, d, style="fourth", parent_lines=1, time=time,
                                             motto="ĐOÀN TNCS"), "pdf", pdf, profile)
        R.photo_jpeg(pdf, out, angle, seed, dpi=dpi, quality=quality)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
