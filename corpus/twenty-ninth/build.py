"""Build corpus/twenty-ninth (tỉnh Đồng Tháp, after the July 2025 reorganisation: Chỉ thị số
05/CT-UBND ngày 22/01/2026 of the Chủ tịch UBND tỉnh, tăng cường quản lý chất thải rắn sinh hoạt
và phân loại chất thải rắn sinh hoạt tại nguồn, and the replies of Sở and xã, phường).

Nothing new is rendered here: render.yaml names corpus/render.py's renderers (docx, docx with
two documents, doc, xlsx-report) and corpus/twenty-fifth's fixed_pdf (a text PDF with fixed
dates and /ID), loaded by path.
Run:  /work/main/.venv/bin/python corpus/twenty-ninth/build.py
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
