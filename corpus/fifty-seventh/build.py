#!/usr/bin/env python3
"""Build corpus/fifty-seventh (UBND huyện Nghi Xuân, tỉnh Hà Tĩnh: Kế hoạch 45/KH-UBND ngày
24/02/2025, phát triển văn hóa đọc năm 2025; the replies of its phòng, Trung tâm, Huyện đoàn and
communes, among them one report answering this plan and Kế hoạch 51/KH-UBND (xã hội học tập)
together, and a commune's report on last year's plan 38/KH-UBND sent by mistake) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc); reused by path
from corpus/twenty-fifth: fixed_pdf (LibreOffice text PDF with fixed dates and /ID) and doan_scan
(a Đoàn document, "ĐOÀN TNCS HỒ CHÍ MINH" in place of the Quốc hiệu, scanned). Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/fifty-seventh/build.py   (= corpus/render.py fifty-seventh)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf
doan_scan = T25.doan_scan


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
