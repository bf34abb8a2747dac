"""Build corpus/forty-seventh (UBND tỉnh Bến Tre: Thông báo số 286/TB-UBND ngày 12/8/2024,
kết luận của Chủ tịch UBND tỉnh tại cuộc họp về chống khai thác IUU, and the replies of the
bodies it gave work to).

Everything is generic: corpus/render.py (fourth's style: header columns, type and title, body,
Nơi nhận | signature; the .doc through LibreOffice) and corpus/twenty-fifth's fixed_pdf
(LibreOffice PDF with fixed dates and /ID). Nothing new is rendered here.
Run:  /work/main/.venv/bin/python corpus/forty-seventh/build.py   (= corpus/render.py forty-seventh)
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
