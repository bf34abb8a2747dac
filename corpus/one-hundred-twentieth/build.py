#!/usr/bin/env python3
"""Build corpus/one-hundred-twentieth (UBND phường Bãi Cháy, tỉnh Quảng Ninh: Kế hoạch 15/KH-UBND
ngày 14/01/2026, chuyển đổi số, phát triển chính quyền số, kinh tế số và xã hội số năm 2026; the
two unit plans of February and the six-month reports of June - July 2026) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, scan); the fixed-date text
PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/one-hundred-twentieth/build.py   (= corpus/render.py one-hundred-twentieth)
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
