#!/usr/bin/env python3
"""Build corpus/one-hundred-twenty-sixth (Ủy ban nhân dân tỉnh Bắc Ninh: Kế hoạch 47/KH-UBND ngày
05/02/2026, phát triển nhà ở xã hội trên địa bàn tỉnh năm 2026, whose tasks are numbered điểm a, b, c
of khoản 1-6 of Mục II and again 1-16 in its Phụ lục; and the replies of the sở, ngành, the bank, the
trade union and the xã, phường trọng điểm, which name the tasks by their numbers) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx-tables for the plan and its
Phụ lục and for Sở Xây dựng's plan with its copy of that table, docx, doc, scan, xlsx-report); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/one-hundred-twenty-sixth/build.py   (= corpus/render.py one-hundred-twenty-sixth)
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
