#!/usr/bin/env python3
"""Build corpus/one-hundred-thirteenth (UBND tỉnh Tuyên Quang: Kế hoạch số 27/KH-UBND ngày
23/01/2026, bảo đảm an toàn thông tin mạng, an ninh mạng trong hoạt động của cơ quan nhà nước năm
2026; and the replies of the sở, ngành, Công an tỉnh, the Trung tâm CNTT&TT, Viễn thông Tuyên
Quang and the xã, phường thí điểm) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan, xlsx-report);
the only thing this file adds is corpus/twenty-fifth's fixed_pdf (a LibreOffice text PDF with fixed
dates and /ID, so that two builds are byte-identical), loaded by path.

Run:  /work/main/.venv/bin/python corpus/one-hundred-thirteenth/build.py   (= corpus/render.py one-hundred-thirteenth)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def main(argv):
    R.build_set(HERE, argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
