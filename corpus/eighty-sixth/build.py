#!/usr/bin/env python3
"""Build corpus/eighty-sixth (UBND tỉnh Quảng Ninh: Kế hoạch 48/KH-UBND ngày 09/02/2026, phòng,
chống thiên tai và tìm kiếm cứu nạn năm 2026; what the sở, ngành and the xã, phường, đặc khu sent
back to Sở Nông nghiệp và Môi trường) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc); the fixed-date text
PDF is corpus/twenty-fifth's fixed_pdf and the Party layout (the Đảng ủy xã's plan) corpus/
twenty-fourth's party_docx, both loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/eighty-sixth/build.py   (= corpus/render.py eighty-sixth)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
T24 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fourth"), "build")
fixed_pdf = T25.fixed_pdf


def party_docx(src, out, time=None, parent_lines=1, **_):
    T24.party_docx(src, out, time, parent_lines)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
