#!/usr/bin/env python3
"""Build corpus/thirty-fifth (Bệnh viện đa khoa tỉnh Tuyên Quang, under Sở Y tế tỉnh Tuyên
Quang, after the July 2025 reform: Kế hoạch 86/KH-BV ngày 16/01/2026, kiểm soát nhiễm khuẩn và
tăng cường tuân thủ vệ sinh tay năm 2026, a hospital's internal plan to its own departments; and
the departments' plans and six-month reports) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, scan, xlsx-report);
the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/thirty-fifth/build.py   (= corpus/render.py thirty-fifth)
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
