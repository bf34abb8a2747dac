#!/usr/bin/env python3
"""Build corpus/ninety-fifth (UBND tỉnh Đắk Lắk: Kế hoạch 58/KH-UBND ngày 12/3/2026, kiểm kê đất
đai chuyên đề đối với diện tích đất do Công ty TNHH MTV Lâm nghiệp Chư Yang Sin bàn giao về địa
phương quản lý năm 2026, a plan whose duties are the steps of a fixed schedule; and the replies in
the inbox of Sở Nông nghiệp và Môi trường in late May 2026) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan, copy,
xlsx-report); the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path.

Run:  /work/main/.venv/bin/python corpus/ninety-fifth/build.py   (= corpus/render.py ninety-fifth)
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
