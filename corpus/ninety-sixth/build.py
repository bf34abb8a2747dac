#!/usr/bin/env python3
"""Build corpus/ninety-sixth (UBND xã Tam Dương, tỉnh Phú Thọ, Kế hoạch 29/KH-UBND ngày 30/01/2026,
thực hiện công tác trợ giúp người khuyết tật năm 2026; reports whose verdict hides in their later
sections) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/ninety-sixth/build.py   (= corpus/render.py ninety-sixth)
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
