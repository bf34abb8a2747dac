#!/usr/bin/env python3
"""Build corpus/one-hundred-fifth (UBND tỉnh Hưng Yên, after the July 2025 merger: Kế hoạch
47/KH-UBND ngày 23/01/2026, thực hiện Chương trình quốc gia về sử dụng năng lượng tiết kiệm và
hiệu quả năm 2026; and the replies of the sở, the pilot phường and Công ty Điện lực Hưng Yên,
several of which push back on the plan) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/one-hundred-fifth/build.py   (= corpus/render.py one-hundred-fifth)
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
