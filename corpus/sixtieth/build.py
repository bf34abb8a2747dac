#!/usr/bin/env python3
"""Build corpus/sixtieth (UBND xã Hưng Nguyên, tỉnh Nghệ An: Kế hoạch 09/KH-UBND ngày 12/01/2026,
bảo đảm an toàn thực phẩm tại bếp ăn tập thể trong các cơ sở giáo dục trên địa bàn xã năm 2026;
and the files its units sent back) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers); the fixed-date text
PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. What is new here:
  saoy_pdf   a unit's report followed by a "SAO Y" block of NĐ 30/2020 (Phụ lục I, mẫu bản sao):
             a full-width rule under the copied document, then the copying body, its number
             (…/SY-…) | "SAO Y", place and date; Nơi nhận | signature. Source: the report, a
             form-feed line, then the block typed as it reads (left lines, from "SAO Y" the right
             lines; blank line; Nơi nhận; blank line; signature).
  motto_pdf  a document whose right header column is not the Quốc hiệu (the Mặt trận's own
             "MẶT TRẬN TỔ QUỐC VIỆT NAM"), as a fixed-date text PDF.

Run:  /work/main/.venv/bin/python corpus/sixtieth/build.py   (= corpus/render.py sixtieth)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def _fixed(out):
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


def parse_copy_block(text):
    """The SAO Y block: (left lines, right lines, Nơi nhận lines, signature lines)."""
    blocks, cur = [], []
    lines = text.strip("\n").split("\n")
    for n, line in enumerate(lines):
        if line.strip():
            cur.append(line.strip())
        elif cur and len(blocks) < 2:
            blocks.append(cur)
            cur = []
        elif len(blocks) == 2:
            cur.append("")
    blocks.append(cur)
    head, noi_nhan, sign = blocks[0], blocks[1], blocks[2]
    k = head.index("SAO Y")
    while sign and not sign[0]:
        sign.pop(0)
    return head[:k], head[k:], noi_nhan, sign


def rule(doc):
    """A paragraph with a bottom border across the text width (the line above the SAO Y block)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    p = R.para(doc, after=6, before=12)
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    p._p.get_or_add_pPr().append(bdr)
    p.paragraph_format.space_after = Pt(6)
    return p


def saoy_docx(src, out, style="fifth", parent_lines=1, time=None, **_):
    """The report (render_nd30 layout), then the SAO Y block."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    report, block = R.split_documents(R.read_text(src))
    lay = R.layout(style, closing_cantsplit=True)
    doc = R.nd30_docx([R.parse_style(style, report)], parent_lines, lay, time)
    left, right, noi_nhan, sign = parse_copy_block(block)
    rule(doc)
    lc, rc = R.two_columns(doc, (7.0, 10.0))
    f = [True]
    for n, line in enumerate(left):
        if line.startswith("Số:"):
            R.cell_para(lc, f, line, size=13, before=4)
        else:
            R.cell_para(lc, f, line, size=12, bold=n >= 1)
    f = [True]
    for n, line in enumerate(right):
        if n == 0:
            R.cell_para(rc, f, line, size=13, bold=True, after=4)
        else:
            R.cell_para(rc, f, line, size=13, italic=True)
    R.para(doc, after=4)
    lc, rc = R.two_columns(doc, (8.0, 8.5))
    f = [True]
    for n, line in enumerate(noi_nhan):
        R.cell_para(lc, f, line, size=12 if n == 0 else 11, bold=n == 0, italic=n == 0,
                    align=WD_ALIGN_PARAGRAPH.LEFT)
    f = [True]
    for line in sign:
        R.cell_para(rc, f, line, size=13, bold=bool(line))
    R.save_docx(doc, out, time)


def saoy_pdf(src, out, profile=None, **options):
    """saoy_docx converted by LibreOffice, fixed dates and /ID."""
    R.via_docx(lambda tmp: saoy_docx(src, tmp, **options), "pdf", out, profile)
    _fixed(out)


def motto_docx(src, out, style="fifth", parent_lines=1, time=None, motto="MẶT TRẬN", **_):
    d = R.parse_nd30(R.read_text(src), motto=motto, kinh_gui=None, draft=True)
    R.render_nd30(d, parent_lines, out, R.layout(style), time)


def motto_pdf(src, out, profile=None, **options):
    """motto_docx converted by LibreOffice, fixed dates and /ID."""
    R.via_docx(lambda tmp: motto_docx(src, tmp, **options), "pdf", out, profile)
    _fixed(out)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
