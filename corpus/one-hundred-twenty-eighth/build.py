#!/usr/bin/env python3
"""Build corpus/one-hundred-twenty-eighth (Sở Công Thương tỉnh Lạng Sơn: Kế hoạch 38/KH-SCT ngày
05/3/2026, rà soát, đánh giá thực trạng hoạt động và đề xuất phương án chuyển đổi mô hình quản lý
chợ năm 2026; the Sở's own later letters that move the report date, a commune's request for more
time, and the replies, as Phòng Quản lý thương mại, the office the replies go through, holds them in
early June 2026) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, scan, xlsx-report) but one
renderer loaded by path from an earlier set, nothing new:
  fixed_pdf     corpus/twenty-fifth's LibreOffice text PDF with fixed dates and /ID.

Run:  /work/main/.venv/bin/python corpus/one-hundred-twenty-eighth/build.py   (= corpus/render.py one-hundred-twenty-eighth)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
CORPUS = os.path.dirname(HERE)
fixed_pdf = R.set_module(os.path.join(CORPUS, "twenty-fifth"), "build").fixed_pdf


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
