#!/usr/bin/env python3
"""Build corpus/seventy-first (UBND tỉnh Thái Nguyên: Kế hoạch 37/KH-UBND ngày 10/02/2026, đẩy
mạnh chuyển đổi số trong chi trả chính sách an sinh xã hội không dùng tiền mặt năm 2026; the
reminder Công văn 1473/UBND-KGVX ngày 25/5/2026 and what the holders sent, before and after it)
from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/seventy-first/build.py   (= corpus/render.py seventy-first)
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
