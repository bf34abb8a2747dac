#!/usr/bin/env python3
"""Build corpus/one-hundredth (Bộ Chỉ huy Quân sự tỉnh Lạng Sơn, under Quân khu 1: Kế hoạch
112/KH-BCH ngày 22/01/2026, tuần tra, kiểm soát, phòng, chống buôn lậu, vận chuyển trái phép hàng
hóa qua biên giới trên địa bàn các xã biên giới năm 2026, a military command's plan to its own
offices, its border posts, a commune military command and the border communes; and their plans
and reports) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/one-hundredth/build.py   (= corpus/render.py one-hundredth)
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
