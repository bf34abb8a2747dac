#!/usr/bin/env python3
"""Build corpus/one-hundred-twenty-first (UBND tỉnh Phú Thọ, the province merged on 1 July 2025 from
Phú Thọ, Vĩnh Phúc and Hòa Bình: Kế hoạch số 27/KH-UBND ngày 16/01/2026, thí điểm sắp xếp, chuyển
đổi công năng trụ sở làm việc, cơ sở nhà, đất dôi dư tại 06 xã sau sắp xếp đơn vị hành chính; and
the replies of the Sở and of the new communes, in the names of a transition year) from src/.

No renderer of its own: everything is corpus/render.py's (render.yaml names docx, doc, scan); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path and exposed here.

Run:  /work/main/.venv/bin/python corpus/one-hundred-twenty-first/build.py
      (= corpus/render.py one-hundred-twenty-first)
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
