#!/usr/bin/env python3
"""Build corpus/sixty-fifth (UBND huyện Lập Thạch, tỉnh Vĩnh Phúc: Kế hoạch 41/KH-UBND ngày
26/02/2024, thực hành tiết kiệm, chống lãng phí năm 2024; the units' boilerplate answers: a copied
plan, blanket-claim reports, a plan of goals with a short task list, and ordinary replies) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/sixty-fifth/build.py   (= corpus/render.py sixty-fifth)
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
