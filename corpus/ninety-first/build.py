#!/usr/bin/env python3
"""Build corpus/ninety-first (UBND xã Cái Bè, tỉnh Đồng Tháp, Kế hoạch 37/KH-UBND ngày 23/01/2026,
phát triển kinh tế tập thể, hợp tác xã năm 2026; replies that take the duties up in other words)
from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan, xlsx-report,
copy); the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is
new.

Run:  /work/main/.venv/bin/python corpus/ninety-first/build.py   (= corpus/render.py ninety-first)
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
