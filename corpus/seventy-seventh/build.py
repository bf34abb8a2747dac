#!/usr/bin/env python3
"""Build corpus/seventy-seventh (UBND tỉnh Quảng Trị: Kế hoạch 24/KH-UBND ngày 16/01/2026, thực hiện
công tác giảm nghèo bền vững năm 2026; a series of periodic reports - quý I, 6 tháng, 9 tháng, năm -
from the same units) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/seventy-seventh/build.py   (= corpus/render.py seventy-seventh)
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
