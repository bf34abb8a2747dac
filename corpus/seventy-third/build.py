#!/usr/bin/env python3
"""Build corpus/seventy-third (UBND tỉnh Hà Tĩnh: Kế hoạch 118/KH-UBND ngày 16/3/2026, tổ chức Lễ
hội Văn hóa - Du lịch biển Thiên Cầm năm 2026, an event's plan whose deadlines are counted from the
event (ngày D = the opening day); and the units' plans and reports) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan, photo); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/seventy-third/build.py   (= corpus/render.py seventy-third)
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
