#!/usr/bin/env python3
"""Build corpus/one-hundred-twenty-fifth (UBND xã Quang Đồng, tỉnh Nghệ An: Kế hoạch 12/KH-UBND ngày
14/01/2026, quản lý người lao động đi làm việc ở nước ngoài theo hợp đồng; phòng ngừa xuất cảnh trái
phép, lừa đảo tuyển dụng lao động năm 2026, whose duties go to posts and persons; and what those
persons, the two bodies and the trưởng thôn sent back) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers: docx, doc, scan). Nothing
new is drawn here; this file only exposes, by path, what other sets already render:
  fixed_pdf       corpus/twenty-fifth's LibreOffice text PDF with fixed dates and /ID;
  plain_docx      corpus/one-hundred-ninth's page a tổ trưởng / trưởng thôn types in Word (no header
                  table: "|C " centred bold, "|c " centred, "|B " bold label, "|R " date pushed right,
                  "|S " signature lines);
  doan_pdf        corpus/one-hundred-ninth's prose_pdf with the Đoàn's own header (motto
                  "ĐOÀN TNCS HỒ CHÍ MINH" in place of the Quốc hiệu, the date under it in italic);
  notebook_photo  corpus/sixty-first's page written by hand on a ruled notebook, photographed with a
                  phone (JPEG; "|L " / "|C " / "|R " lines, "|S" a signature scrawl).

Run:  /work/main/.venv/bin/python corpus/one-hundred-twenty-fifth/build.py   (= corpus/render.py one-hundred-twenty-fifth)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
C109 = R.set_module(os.path.join(os.path.dirname(HERE), "one-hundred-ninth"), "build")
S61 = R.set_module(os.path.join(os.path.dirname(HERE), "sixty-first"), "build")
fixed_pdf = T25.fixed_pdf
plain_docx = C109.plain_docx
notebook_photo = S61.notebook_photo


def doan_pdf(src, out, profile=None, **options):
    """The Đoàn's report in its own header (motto "ĐOÀN TNCS HỒ CHÍ MINH"), a fixed-date text PDF."""
    C109.prose_pdf(src, out, profile=profile, **dict(options, motto="ĐOÀN TNCS"))


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
