#!/usr/bin/env python3
"""Build corpus/forty-fourth (Trường Đại học Hà Tĩnh, under UBND tỉnh Hà Tĩnh: Kế hoạch
486/KH-ĐHHT ngày 09/10/2025, tư vấn, hỗ trợ tâm lý và chăm sóc sức khỏe tinh thần cho sinh
viên năm học 2025-2026, a university's plan to its own offices and faculties; and their
plans and học kỳ I reports) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, xlsx-report); the
Đoàn layout (doan_docx) and the fixed-date text PDF (fixed_pdf) are corpus/twenty-fifth's,
loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/forty-fourth/build.py   (= corpus/render.py forty-fourth)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
doan_docx = T25.doan_docx
fixed_pdf = T25.fixed_pdf


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
