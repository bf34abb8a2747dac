#!/usr/bin/env python3
"""Build corpus/ninetieth (UBND xã An Châu, tỉnh Nghệ An: Kế hoạch 16/KH-UBND ngày 26/01/2026,
quản lý chó, mèo nuôi và phòng, chống bệnh dại trên địa bàn xã năm 2026; replies that mirror the
plan's numbering with terse answers) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan, xlsx-report);
the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/ninetieth/build.py   (= corpus/render.py ninetieth)
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
