#!/usr/bin/env python3
"""Build corpus/seventy-ninth (UBND tỉnh Thanh Hóa, Kế hoạch 36/KH-UBND ngày 14/02/2025, phát
triển du lịch năm 2025, issued before the 2025 reorganisation; the replies of the old bodies
(March 2025) and of their successors (November–December 2025)) from src/.

Everything is corpus/render.py's (render.yaml names the renderers: docx, doc, scan, xlsx-report);
the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. Own renderer:
party_docx, a document in the Party's layout (Hướng dẫn 36-HD/VPTW: "ĐẢNG BỘ … / <issuer> / *",
"Số 412-BC/…" without a colon, "ĐẢNG CỘNG SẢN VIỆT NAM" in place of the Quốc hiệu and Tiêu ngữ),
for the merged Báo và Phát thanh, Truyền hình, an agency of the Đảng bộ tỉnh.

Run:  /work/main/.venv/bin/python corpus/seventy-ninth/build.py   (= corpus/render.py seventy-ninth)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def party_docx(src, out, style="fourth", parent_lines=1, time=None, **_):
    """A source whose right header column starts "ĐẢNG CỘNG SẢN VIỆT NAM" (no Tiêu ngữ): a blank
    line under it, then the date; the left column's "Số …" line in 13 pt, not bold."""
    d = R.parse_nd30(R.read_text(src), motto="ĐẢNG CỘNG SẢN")
    d["right"].insert(1, "")
    doc = R.nd30_docx([d], parent_lines, R.layout(style), time)
    for p in doc.tables[0].rows[0].cells[0].paragraphs:
        if p.text.startswith("Số "):
            for r in p.runs:
                r.bold = False
    R.save_docx(doc, out, time)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
