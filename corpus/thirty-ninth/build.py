"""Build corpus/thirty-ninth (huyện Hướng Hóa, Quảng Trị: Kế hoạch 196/KH-UBND ngày 28/8/2024
điều chỉnh, bổ sung Kế hoạch 58/KH-UBND ngày 15/3/2024 về hỗ trợ xóa nhà tạm, nhà dột nát năm
2024, the earlier plan sent back in the inbox, and the units' replies).

Everything is corpus/render.py's (render.yaml names the renderers); the fixed-date text PDF is
corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing new here.
Run:  /work/main/.venv/bin/python corpus/thirty-ninth/build.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
fixed_pdf = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build").fixed_pdf


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
