#!/usr/bin/env python3
"""Build corpus/sixty-eighth (UBND tỉnh Vĩnh Long: Kế hoạch 112/KH-UBND ngày 17/3/2026, thực hiện
Chương trình phát triển du lịch cộng đồng tỉnh Vĩnh Long giai đoạn 2026 - 2030, a multi-year plan with
two phases and periodic reports; and what the sở and xã sent back during 2026) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, docx-tables, doc, scan); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/sixty-eighth/build.py   (= corpus/render.py sixty-eighth)
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
