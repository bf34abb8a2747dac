#!/usr/bin/env python3
"""Build corpus/eighty-eighth (Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh: Kế hoạch số
15/KH-MTTQ-BTT ngày 23/01/2026, phối hợp giám sát và phản biện xã hội năm 2026; what the Ban, the
tổ chức chính trị - xã hội and the Ban Thường trực Ủy ban MTTQ of the xã, phường sent back to the
Ban Dân chủ - Pháp luật) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers: docx, doc, copy).
Loaded by path from other sets: corpus/twenty-fifth's fixed_pdf (text PDF with fixed dates and
/ID), corpus/twenty-fourth's party_pdf (the Party layout: "*" under the issuer, "ĐẢNG CỘNG SẢN
VIỆT NAM" in place of the Quốc hiệu) and party_document, corpus/sixty-third's joint_pdf (a báo
cáo liên tịch: two issuers, two signature blocks "LEFT || RIGHT", Nơi nhận under them).
New here:
  doan_docx     the Tỉnh Đoàn's plan: twenty-fourth's Party layout with the right column from
                "ĐOÀN TNCS", body tables (" | " lines) as Word tables (fourth's widths).
  bienban_scan  a biên bản giám sát: the ND 30 header, type and body as render.py lays them out;
                no Nơi nhận; the source's last lines "LEFT || RIGHT" are the signature blocks
                (đơn vị được giám sát left, Trưởng đoàn right, thư ký under); printed and scanned
                (image-only PDF, seeded noise).

Run:  /work/main/.venv/bin/python corpus/eighty-eighth/build.py   (= corpus/render.py eighty-eighth)
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
T24 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fourth"), "build")
T63 = R.set_module(os.path.join(os.path.dirname(HERE), "sixty-third"), "build")
fixed_pdf = T25.fixed_pdf
joint_pdf = T63.joint_pdf


def party_pdf(src, out, time=None, parent_lines=1, profile=None, **_):
    T24.party_pdf(src, out, time, parent_lines, profile)


DOAN_WIDTHS = {4: (1.2, 3.0, 6.3, 6.0)}


def doan_docx(src, out, time=None, parent_lines=0, **_):
    """A Đoàn document: the Party layout, the right column from "ĐOÀN TNCS", tables in the body."""
    d = R.parse_nd30(R.read_text(src), motto="ĐOÀN TNCS")
    lay = R.layout("fourth", keep_heads=True, table_widths=DOAN_WIDTHS)
    doc = R.new_document((d["type"] + " " + " ".join(d["title"])).strip(), time)
    T24.party_document(doc, d, parent_lines, lay)
    R.save_docx(doc, out)


def bienban_docx(src, out, time=None, parent_lines=1, style="fourth", **_):
    """Header, type, title and body as render_nd30 lays them out, no Nơi nhận; then the
    signature lines "LEFT || RIGHT" in a borderless two-column table."""
    lines = R.read_text(src).rstrip("\n").split("\n")
    k = next(n for n, l in enumerate(lines) if "||" in l)
    d = R.parse_style(style, lines[:k], with_closing=False)
    doc = R.nd30_docx([d], parent_lines, R.layout(style, optional_closing=True), time)
    R.para(doc, after=6)
    left, right = R.two_columns(doc, (8.25, 8.25))
    fl, fr = [True], [True]
    for line in lines[k:]:
        a, _, b = line.partition("||")
        R.cell_para(left, fl, a.strip(), size=13, bold=bool(a.strip()))
        R.cell_para(right, fr, b.strip(), size=13, bold=bool(b.strip()))
    R.save_docx(doc, out, time)


def bienban_scan(src, out, time=None, parent_lines=1, profile=None, angle=0.6, seed=88, dpi=200, **_):
    tmp = tempfile.mkdtemp(prefix="render-88-")
    try:
        pdf = os.path.join(tmp, "text.pdf")
        R.via_docx(lambda d: bienban_docx(src, d, time, parent_lines), "pdf", pdf, profile)
        R.scan_pdf(pdf, out, angle, seed, time, dpi)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
