#!/usr/bin/env python3
"""Build corpus/one-hundred-seventh (UBND phường Từ Sơn, tỉnh Bắc Ninh, Kế hoạch 38/KH-UBND ngày
22/01/2026, tăng cường công tác quản lý trật tự xây dựng năm 2026; reports whose summary table and
narrative disagree) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, docx-tables, doc, scan);
the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/one-hundred-seventh/build.py   (= corpus/render.py one-hundred-seventh)
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
