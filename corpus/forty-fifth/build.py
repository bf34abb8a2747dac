#!/usr/bin/env python3
"""Build corpus/forty-fifth (Công an tỉnh Ninh Bình, under Bộ Công an, after the July 2025 reform:
Kế hoạch 486/KH-CAT-PV01 ngày 08/12/2025, đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh,
trật tự Tết Nguyên đán Bính Ngọ và các lễ hội Xuân năm 2026, a provincial police department's plan
to its own units; and the units' plans and reports) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, scan, xlsx-report);
the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/forty-fifth/build.py   (= corpus/render.py forty-fifth)
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
