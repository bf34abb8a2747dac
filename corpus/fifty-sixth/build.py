#!/usr/bin/env python3
"""Build corpus/fifty-sixth (Tòa án nhân dân tỉnh Lai Châu: Kế hoạch 97/KH-TA ngày 14/10/2025,
đẩy mạnh tổ chức phiên tòa trực tuyến, phiên tòa rút kinh nghiệm và giải quyết án tồn đọng sau
sắp xếp tổ chức bộ máy trong quý IV năm 2025, a provincial court's plan to its own Tòa chuyên
trách, phòng and Văn phòng and to the Tòa án nhân dân khu vực under it; and their plans, reports
and one unrelated letter) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan, xlsx-report);
the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/fifty-sixth/build.py   (= corpus/render.py fifty-sixth)
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
