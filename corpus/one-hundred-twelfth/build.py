#!/usr/bin/env python3
"""Build corpus/one-hundred-twelfth (UBND xã Bảo Đài, tỉnh Bắc Ninh: Kế hoạch 05/KH-UBND ngày
06/01/2026, triển khai công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các
cấp nhiệm kỳ 2026 - 2031 trên địa bàn xã, whose deadlines are counted from the election day; and the
files the commune's offices, the Công an, the Ban Chỉ huy quân sự, the Mặt trận, the Trạm Y tế and
three Tổ bầu cử sent back) from src/.

Nothing new is rendered here: everything is corpus/render.py's (render.yaml names docx, doc and
photo) or borrowed by path from another set:
  fixed_pdf    corpus/twenty-fifth's LibreOffice text PDF with fixed dates and /ID
  prose_pdf    corpus/one-hundred-ninth's report whose body is prose under unnumbered bold labels
               ("!B " lines); with motto="MẶT TRẬN" the Front's own "MẶT TRẬN TỔ QUỐC VIỆT NAM"
               header over the date

Run:  /work/main/.venv/bin/python corpus/one-hundred-twelfth/build.py   (= corpus/render.py one-hundred-twelfth)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
T109 = R.set_module(os.path.join(os.path.dirname(HERE), "one-hundred-ninth"), "build")
fixed_pdf = T25.fixed_pdf
prose_pdf = T109.prose_pdf


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
