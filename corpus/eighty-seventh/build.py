#!/usr/bin/env python3
"""Build corpus/eighty-seventh (UBND xã Chợ Lách, tỉnh Vĩnh Long: Kế hoạch 28/KH-UBND ngày
22/01/2026, xây dựng nông thôn mới năm 2026: duties with targets, reports with figures) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, scan, xlsx-report,
copy); the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path.

Run:  /work/main/.venv/bin/python corpus/eighty-seventh/build.py   (= corpus/render.py eighty-seventh)
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
