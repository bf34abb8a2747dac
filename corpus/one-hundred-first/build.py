#!/usr/bin/env python3
"""Build corpus/one-hundred-first (Sở Y tế tỉnh Gia Lai: Kế hoạch 318/KH-SYT ngày 03/02/2026,
tăng cường phát hiện, điều trị bệnh lao và lao tiềm ẩn tại 04 khu vực trọng điểm năm 2026; and
the plans and reports its units sent back) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/one-hundred-first/build.py   (= corpus/render.py one-hundred-first)
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
