#!/usr/bin/env python3
"""Build corpus/ninety-third (Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và môi trường
tỉnh Hà Tĩnh: Kế hoạch 09/KH-BQLDA ngày 20/01/2026, the 2026 annual work plan of an ADB-funded
rural water-supply and climate-resilience project whose duties are coded activities in a table;
and the replies of the agencies and communes that carry them out) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx-tables, docx, doc, scan,
xlsx-report, copy); the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path.
Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/ninety-third/build.py   (= corpus/render.py ninety-third)
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
