#!/usr/bin/env python3
"""Build corpus/fifty-ninth (Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa: Kế hoạch
1186/KH-SVHTTDL ngày 03/4/2024, bảo đảm an ninh, an toàn, văn minh và nâng cao chất lượng dịch vụ
mùa du lịch biển năm 2024, whose duties bundle two to four things each; and the replies of its
phòng, Thanh tra Sở, Trung tâm, Hiệp hội Du lịch and the Phòng Văn hóa và Thông tin of the coastal
localities) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx); the fixed-date text
PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Nothing else is new.

Run:  /work/main/.venv/bin/python corpus/fifty-ninth/build.py   (= corpus/render.py fifty-ninth)
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
