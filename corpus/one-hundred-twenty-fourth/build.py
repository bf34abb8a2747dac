#!/usr/bin/env python3
"""Build corpus/one-hundred-twenty-fourth (UBND xã Đan Điền, thành phố Huế: Kế hoạch 52/KH-UBND ngày
20/3/2026, phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026; the unit plans of April and the year
reports of November - December 2026 as Phòng Kinh tế received them, last year's documents among
them) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan); two renderers
are borrowed by path, nothing is new:
  fixed_pdf    corpus/twenty-fifth's LibreOffice text PDF with fixed dates and /ID;
  prose_pdf    corpus/one-hundred-ninth's report of unnumbered bold labels ("!B " lines), with
               motto="MẶT TRẬN" the Front's own header (no Quốc hiệu), as a fixed text PDF.

Run:  /work/main/.venv/bin/python corpus/one-hundred-twenty-fourth/build.py   (= corpus/render.py one-hundred-twenty-fourth)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
T109 = R.set_module(os.path.join(os.path.dirname(HERE), "one-hundred-ninth"), "build")
fixed_pdf = T25.fixed_pdf
prose_pdf = T109.prose_pdf


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
