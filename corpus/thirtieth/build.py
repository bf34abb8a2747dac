"""Build corpus/thirtieth (UBND phường Phú Mỹ, Thành phố Hồ Chí Minh: Kế hoạch số 18/KH-UBND
ngày 15/01/2026, xây dựng nếp sống văn minh đô thị và chỉnh trang đô thị năm 2026, and the
replies of the ward's Phòng, Công an, Trạm Y tế, khu phố and Đoàn phường).

Nothing is drawn here that the corpus lacks: render.yaml names render.py's renderers
(docx with Word tables, sixth's cover letter + plan in one DOCX, photo, xlsx-report, copy)
and corpus/twenty-fifth's doan_docx (Đoàn layout) and fixed_pdf (LibreOffice PDF with fixed
dates and /ID), loaded by path and exposed below for render.yaml ("build.<name>").
Run:  /work/main/.venv/bin/python corpus/thirtieth/build.py
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
