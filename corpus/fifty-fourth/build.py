#!/usr/bin/env python3
"""Build corpus/fifty-fourth (Thuế tỉnh Lạng Sơn, under Cục Thuế: Kế hoạch 2317/KH-TLS ngày
24/10/2025, đợt cao điểm hỗ trợ hộ kinh doanh chuyển đổi từ phương pháp khoán sang phương pháp kê
khai và sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, a tax office's plan to its own phòng,
Văn phòng and Thuế cơ sở; and their plans, reports and one unrelated letter) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan, xlsx-report);
the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/fifty-fourth/build.py   (= corpus/render.py fifty-fourth)
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
