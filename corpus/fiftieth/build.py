#!/usr/bin/env python3
"""Build corpus/fiftieth (UBND tỉnh Tuyên Quang: Kế hoạch 418/KH-UBND ngày 26/11/2025, phòng,
chống rét đậm, rét hại cho cây trồng, vật nuôi vụ Đông Xuân 2025 - 2026; and what the sở, the
Báo và Phát thanh, Truyền hình and four xã sent back, most of it general monthly and quarterly
reports) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc); the fixed-date
text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/fiftieth/build.py   (= corpus/render.py fiftieth)
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
