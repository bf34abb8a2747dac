#!/usr/bin/env python3
"""Build corpus/one-hundred-fifteenth (UBND xã Tam Nông, tỉnh Đồng Tháp: Kế hoạch 27/KH-UBND ngày
10/3/2026, phòng, chống tai nạn đuối nước trẻ em năm 2026; and the replies that come in pieces and
get corrected) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers: docx, doc, scan); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf and the Mặt trận's report (its own "MẶT TRẬN
TỔ QUỐC VIỆT NAM" header, no Tiêu ngữ) corpus/one-hundred-ninth's prose_pdf, both loaded by path.
Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/one-hundred-fifteenth/build.py   (= corpus/render.py one-hundred-fifteenth)
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
