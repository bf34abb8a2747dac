#!/usr/bin/env python3
"""Build corpus/eighty-third (Sở Giáo dục và Đào tạo tỉnh An Giang: Kế hoạch 2315/KH-SGDĐT ngày
03/9/2025, công tác phòng, chống đuối nước cho học sinh năm học 2025-2026, a plan whose time runs by
the school year; and the schools' plans, sơ kết học kỳ I and tổng kết reports) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/eighty-third/build.py   (= corpus/render.py eighty-third)
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
