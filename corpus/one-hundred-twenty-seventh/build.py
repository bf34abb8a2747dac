#!/usr/bin/env python3
"""Build corpus/one-hundred-twenty-seventh (UBND xã Trà Lĩnh, tỉnh Cao Bằng: Kế hoạch 27/KH-UBND
ngày 09/02/2026, phòng, chống mua bán người trên địa bàn xã năm 2026; the two unit plans of
February and the year reports of November 2026, as Công an xã, the office the replies go through,
holds them) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan, photo) but two
renderers loaded by path from earlier sets, nothing new:
  fixed_pdf     corpus/twenty-fifth's LibreOffice text PDF with fixed dates and /ID;
  mttq_docx     corpus/one-hundred-ninth's prose_docx, used here for its motto option: the Mặt
                trận's own header, "MẶT TRẬN TỔ QUỐC VIỆT NAM" over the date in place of the Quốc hiệu.

Run:  /work/main/.venv/bin/python corpus/one-hundred-twenty-seventh/build.py   (= corpus/render.py one-hundred-twenty-seventh)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
CORPUS = os.path.dirname(HERE)
fixed_pdf = R.set_module(os.path.join(CORPUS, "twenty-fifth"), "build").fixed_pdf
mttq_docx = R.set_module(os.path.join(CORPUS, "one-hundred-ninth"), "build").prose_docx


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
