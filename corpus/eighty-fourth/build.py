#!/usr/bin/env python3
"""Build corpus/eighty-fourth (UBND tỉnh Phú Thọ: Kế hoạch 18/KH-UBND ngày 20/01/2026, phòng,
chống dịch bệnh động vật trên cạn năm 2026, a plan with duties that only arise when an outbreak or a
case happens; and the replies, several saying nothing arose) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan) and
corpus/twenty-fifth's fixed_pdf (a LibreOffice text PDF with fixed dates and /ID). Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/eighty-fourth/build.py   (= corpus/render.py eighty-fourth)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
