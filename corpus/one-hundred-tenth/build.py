#!/usr/bin/env python3
"""Build corpus/one-hundred-tenth (UBND tỉnh Hà Tĩnh and UBND tỉnh Nghệ An: Kế hoạch phối hợp số
42/KH-UBND (Hà Tĩnh) / 37/KH-UBND (Nghệ An) ngày 20/01/2026, quản lý, bảo vệ cát, sỏi lòng sông và
phòng, chống khai thác cát, sỏi trái phép trên sông Lam khu vực giáp ranh năm 2026; and the replies
of both provinces' bodies) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers: docx, doc, scan,
xlsx-report); the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. What is
new here:
  joint_plan_docx  an inter-provincial plan signed by two People's Committees: the header has two
                   issuer blocks side by side, each with ITS OWN number under it ("Số: 42/KH-UBND" |
                   "Số: 37/KH-UBND"), the Quốc hiệu and the date on the right; two signatures side
                   by side at the end, Nơi nhận under them.
                   Source: the left column typed issuer, "Số: …", issuer, "Số: …" (each block ends
                   at its "Số:" line); the signature lines typed "left || right" at the end of the
                   body, then the "Nơi nhận:" block.

Run:  /work/main/.venv/bin/python corpus/one-hundred-tenth/build.py   (= corpus/render.py one-hundred-tenth)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf

SIGN_SEP = "||"


def parse_joint(text):
    """parse_nd30, then the left column split into the two issuers' blocks (each ending at its
    "Số:" line) and the trailing "left || right" body lines taken out as the two signatures."""
    d = R.parse_nd30(text)
    blocks, cur = [], []
    for line in d["left"]:
        cur.append(line)
        if line.startswith("Số:"):
            blocks.append(cur)
            cur = []
    if cur or len(blocks) != 2:
        raise ValueError("joint header: two issuer blocks, each ending with its 'Số:' line")
    d["issuers"] = blocks
    signs = []
    while d["body"] and SIGN_SEP in d["body"][-1]:
        left, right = d["body"].pop().split(SIGN_SEP)
        signs.insert(0, (left.strip(), right.strip()))
    d["signs"] = signs
    return d


def _grid(doc, rows, widths):
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Cm
    t = doc.add_table(rows=rows, cols=len(widths))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = Cm(w)
        for cell in col.cells:
            cell.width = Cm(w)
    return t


def joint_header(doc, d, st=R.PLAIN):
    """Row 1: issuer 1 | issuer 2 | Quốc hiệu, Tiêu ngữ; row 2: number 1 | number 2 | place, date."""
    t = _grid(doc, 2, (4.4, 4.4, 8.9))
    for k, block in enumerate(d["issuers"]):
        names = [l for l in block if not l.startswith("Số:")]
        f = [True]
        for n, line in enumerate(names):
            R.cell_para(t.cell(0, k), f, line, size=11 if n == 0 else 12, bold=True, st=st)
        R.cell_para(t.cell(0, k), f, "———", size=10, st=st)
        f = [True]
        for line in block:
            if line.startswith("Số:"):
                R.cell_para(t.cell(1, k), f, line, size=13, before=4, st=st)
    f = [True]
    for n, line in enumerate(d["right"][:2]):
        R.cell_para(t.cell(0, 2), f, line, size=11 if n == 0 else 13, bold=True, st=st)
    R.cell_para(t.cell(0, 2), f, "———————", size=10, st=st)
    f = [True]
    for line in d["right"][2:]:
        R.cell_para(t.cell(1, 2), f, line, size=13, italic=True, before=4, st=st)


def joint_closing(doc, d, st=R.PLAIN):
    """The two signatures side by side, then Nơi nhận under them."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    R.para(doc, after=6, st=st)
    from docx.oxml import OxmlElement
    t = _grid(doc, 1, (8.5, 8.5))
    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    for side in (0, 1):
        f = [True]
        for pair in d["signs"]:
            R.cell_para(t.cell(0, side), f, pair[side], size=13, bold=bool(pair[side]), st=st)
    R.para(doc, after=6, st=st)
    for n, line in enumerate(d["noi_nhan"]):
        if n == 0:
            R.para(doc, line, size=12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, st=st)
        else:
            R.para(doc, line, size=11, align=WD_ALIGN_PARAGRAPH.LEFT, st=st)


def joint_document(text, fixed_time):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    centre = WD_ALIGN_PARAGRAPH.CENTER
    d = parse_joint(text)
    lay = R.layout("fourth", keep_heads=True)
    doc = R.new_document((d["type"] + " " + " ".join(d["title"])).strip(), fixed_time)
    joint_header(doc, d)
    R.para(doc, d["type"], size=14, bold=True, align=centre, before=12)
    for line in d["title"]:
        R.para(doc, line, size=14, bold=True, align=centre)
    R.para(doc, "-----", size=13, align=centre, after=6)
    R.nd30_body(doc, d["body"], lay)
    joint_closing(doc, d)
    return doc


def joint_plan_docx(src, out, time=None, **_):
    R.save_docx(joint_document(R.read_text(src), time), out)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
