#!/usr/bin/env python3
"""Build corpus/one-hundred-second (Ủy ban nhân dân thành phố Hải Phòng: Kế hoạch 36/KH-UBND ngày
30/01/2026, thực hiện công tác bảo vệ quyền lợi người tiêu dùng năm 2026, a plan whose
"Tổ chức thực hiện" assigns work by pointing at its own Mục II and Phụ lục; and the replies of the
sở, ngành and the xã, phường, đặc khu) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx-tables for the plan and
its appendix, docx, doc, scan, xlsx-report); the fixed-date text PDF is corpus/twenty-fifth's
fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/one-hundred-second/build.py   (= corpus/render.py one-hundred-second)
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
