#!/usr/bin/env python3
"""Build corpus/forty-eighth (Công ty Điện lực Thái Bình, under Tổng công ty Điện lực miền Bắc:
Kế hoạch 1024/KH-PCTB ngày 18/3/2025, tuyên truyền, bảo đảm an toàn điện trong cộng đồng trước và
trong mùa mưa bão năm 2025, a State enterprise's plan to its own phòng and Điện lực; and their
plans and reports) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, xlsx-report); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/forty-eighth/build.py   (= corpus/render.py forty-eighth)
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
