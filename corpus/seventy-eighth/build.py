#!/usr/bin/env python3
"""Build corpus/seventy-eighth (UBND tỉnh Khánh Hòa: Kế hoạch 41/KH-UBND ngày 02/02/2026, bảo đảm
an toàn thực phẩm năm 2026; the inbox also holds the replies to its sibling plan, Kế hoạch
08/KH-UBND ngày 09/01/2026, an toàn thực phẩm dịp Tết Nguyên đán Bính Ngọ, which is not in plan/)
from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/seventy-eighth/build.py   (= corpus/render.py seventy-eighth)
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
