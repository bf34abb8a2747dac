#!/usr/bin/env python3
"""Build corpus/one-hundred-twenty-ninth (UBND tỉnh An Giang: Kế hoạch 46/KH-UBND ngày 10/02/2026,
tăng cường quản lý thuốc bảo vệ thực vật, phân bón và thu gom, xử lý bao gói thuốc bảo vệ thực vật
sau sử dụng năm 2026; the two unit plans of March and the year reports of November 2026, as Sở Nông
nghiệp và Môi trường, the office the replies go through, holds them) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan, photo,
xlsx-report) but two renderers loaded by path from earlier sets, nothing new:
  fixed_pdf     corpus/twenty-fifth's LibreOffice text PDF with fixed dates and /ID;
  prose_pdf     corpus/one-hundred-ninth's prose_pdf, used here for its motto option: the Hội Nông
                dân's own header, "HỘI NÔNG DÂN VIỆT NAM" over the date in place of the Quốc hiệu.

Run:  /work/main/.venv/bin/python corpus/one-hundred-twenty-ninth/build.py   (= corpus/render.py one-hundred-twenty-ninth)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
CORPUS = os.path.dirname(HERE)
fixed_pdf = R.set_module(os.path.join(CORPUS, "twenty-fifth"), "build").fixed_pdf
prose_pdf = R.set_module(os.path.join(CORPUS, "one-hundred-ninth"), "build").prose_pdf


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
