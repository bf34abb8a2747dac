#!/usr/bin/env python3
"""Build corpus/one-hundred-fourteenth (Ủy ban nhân dân tỉnh Quảng Trị: Kế hoạch 27/KH-UBND ngày
23/01/2026, bảo vệ nguồn nước, phòng, chống ô nhiễm môi trường trên sông Đakrông, sông Thạch Hãn
năm 2026, whose duties fall to the communes of the river by what they are, in overlapping groups;
and the files the sở, ngành and the xã, phường sent back) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx-tables for the plan and its
Phụ lục, docx, doc, scan, xlsx-report); the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf,
loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/one-hundred-fourteenth/build.py   (= corpus/render.py one-hundred-fourteenth)
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
