#!/usr/bin/env python3
"""Build corpus/one-hundred-eighth (Bộ Nông nghiệp và Môi trường: Kế hoạch 318/KH-BNNMT ngày
16/01/2026, khôi phục rừng phòng hộ ven biển bị thiệt hại do bão, lũ năm 2025 gắn với Tết trồng cây
Xuân Bính Ngọ năm 2026, a ministry's plan to its own Cục, Vụ, Viện, Văn phòng Bộ, Thanh tra Bộ and
to four provinces; and the replies) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan); the
fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/one-hundred-eighth/build.py   (= corpus/render.py one-hundred-eighth)
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
