#!/usr/bin/env python3
"""Build corpus/one-hundred-nineteenth (UBND xã Nam Trạch, tỉnh Quảng Trị: Kế hoạch 186/KH-UBND ngày
08/9/2026, bảo đảm an toàn trường học, phòng, chống tai nạn thương tích và bạo lực học đường năm học
2026 - 2027; and the files the commune's Phòng Văn hóa - Xã hội, Trạm Y tế and schools sent back)
from src/.

No renderer of its own: everything is corpus/render.py's (render.yaml names docx, doc, scan); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path and exposed here as
build.fixed_pdf.

Run:  /work/main/.venv/bin/python corpus/one-hundred-nineteenth/build.py
      (= corpus/render.py one-hundred-nineteenth)
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
