"""corpus/twenty-fifth: a JOINT plan (Kế hoạch liên tịch số 1520/KHLT-SGDĐT-SYT of Sở
Giáo dục và Đào tạo and Sở Y tế tỉnh Quảng Nam, phòng, chống tác hại của thuốc lá và đồ
uống có cồn trong trường học, năm học 2022-2023) and its replies.

Everything generic comes from corpus/render.py (loaded by path); the Đoàn header of the
Tỉnh Đoàn's report reuses corpus/twenty-fourth's Party layout (party_document). What is
new here:
  joint_docx   the two-issuer header (each issuer under its parent, side by side, the
               number under both) and the two signatures side by side, Nơi nhận under them.
               Source: the left column typed parent, issuer, parent, issuer, "Số: …";
               the signature lines typed "left || right" at the end of the body, then the
               "Nơi nhận:" block.
  doan_scan    the Tỉnh Đoàn's report (Đoàn layout: "ĐOÀN TNCS HỒ CHÍ MINH" in place of
               the Quốc hiệu), printed and scanned.
Rebuild:  /work/main/.venv/bin/python corpus/twenty-fifth/build.py
"""
import importlib.util
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
if "corpus_render" in sys.modules:
    R = sys.modules["corpus_render"]
else:
    _spec = importlib.util.spec_from_file_location("corpus_render", os.path.join(HERE, "..", "render.py"))
    R = importlib.util.module_from_spec(_spec)
    sys.modules["corpus_render"] = R   # dataclasses look their module up there
    _spec.loader.exec_module(R)
PARTY = R.set_module(os.path.join(HERE, "..", "twenty-fourth"), "build")

SIGN_SEP = "||"


def parse_joint(text):
    """parse_nd30, then the trailing "left || right" body lines taken out as the two
    signatures (d["signs"] = [(left, right), …])."""
    d = R.parse_nd30(text)
    signs = []
    while d["body"] and SIGN_SEP in d["body"][-1]:
        left, right = d["body"].pop().split(SIGN_SEP)
        signs.insert(0, (left.strip(), right.strip()))
    d["signs"] = signs
    return d


def joint_header(doc, d, st=R.PLAIN):
    """Row 1: issuer 1 | issuer 2 | Quốc hiệu, Tiêu ngữ; row 2: the number under both
    issuers (merged) | place and date."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Cm
    issuers = [l for l in d["left"] if not l.startswith("Số")]
    number = [l for l in d["left"] if l.startswith("Số")]
    widths = (3.9, 3.5, 9.4)
    t = doc.add_table(rows=2, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = Cm(w)
        for cell in col.cells:
            cell.width = Cm(w)
    half = len(issuers) // 2
    for k, lines in enumerate((issuers[:half], issuers[half:])):
        f = [True]
        for n, line in enumerate(lines):
            R.cell_para(t.cell(0, k), f, line, size=11 if n == 0 else 12, bold=n > 0, st=st)
        R.cell_para(t.cell(0, k), f, "———", size=10, st=st)
    f = [True]
    for n, line in enumerate(d["right"][:2]):
        R.cell_para(t.cell(0, 2), f, line, size=12 if n == 0 else 13, bold=True, st=st)
    R.cell_para(t.cell(0, 2), f, "———————", size=10, st=st)
    num = t.cell(1, 0).merge(t.cell(1, 1))
    f = [True]
    for line in number:
        R.cell_para(num, f, line, size=13, before=4, st=st)
    f = [True]
    for line in d["right"][2:]:
        R.cell_para(t.cell(1, 2), f, line, size=13, italic=True, before=4, st=st)


def joint_closing(doc, d, st=R.PLAIN):
    """The two signatures side by side (the lead issuer's on the right), then Nơi nhận."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    R.para(doc, after=6, st=st)
    left, right = R.two_columns(doc, (7.4, 9.4))
    for cell, side in ((left, 0), (right, 1)):
        f = [True]
        for n, pair in enumerate(d["signs"]):
            R.cell_para(cell, f, pair[side], size=12 if n < 2 else 14, bold=bool(pair[side]), st=st)
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
    lay = R.layout("third", keep_heads=True)
    doc = R.new_document((d["type"] + " " + " ".join(d["title"])).strip(), fixed_time)
    joint_header(doc, d)
    R.para(doc, d["type"], size=14, bold=True, align=centre, before=12)
    for line in d["title"]:
        R.para(doc, line, size=14, bold=True, align=centre)
    R.para(doc, "-----", size=13, align=centre, after=6)
    R.nd30_body(doc, d["body"], lay)
    joint_closing(doc, d)
    return doc


def joint_docx(src, out, time=None, **_):
    R.save_docx(joint_document(R.read_text(src), time), out)


def doan_docx(src, out, time=None, parent_lines=0, **_):
    """A Đoàn document: twenty-fourth's Party layout, the right column from "ĐOÀN TNCS"."""
    d = R.parse_nd30(R.read_text(src), motto="ĐOÀN TNCS")
    lay = R.layout("third", keep_heads=True)
    doc = R.new_document((d["type"] + " " + " ".join(d["title"])).strip(), time)
    PARTY.party_document(doc, d, parent_lines, lay)
    R.save_docx(doc, out)


def doan_scan(src, out, time=None, profile=None, angle=0.6, seed=25, dpi=200, **_):
    tmp = tempfile.mkdtemp(prefix="render-25-")
    try:
        pdf = os.path.join(tmp, "text.pdf")
        R.via_docx(lambda d: doan_docx(src, d, time), "pdf", pdf, profile)
        R.scan_pdf(pdf, out, angle, seed, time, dpi)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def fixed_pdf(src, out, profile=None, **options):
    """render.py's "pdf" renderer, then fix_pdf (fixed dates and /ID)."""
    R.converted_file(src, out, profile, **options)
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


def main(argv):
    R.build_set(HERE, argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
