"""corpus/twenty-fourth: a Party committee's plan (Huyện ủy Thanh Ba, Phú Thọ, 2024)
and its replies, in the Party's own layout (Hướng dẫn 36-HD/VPTW): issuer column with
"*" under it, "ĐẢNG CỘNG SẢN VIỆT NAM" in place of the Quốc hiệu, "Số 112-KH/HU".

Everything generic comes from corpus/render.py (loaded by path); what is new here
is the Party header (party_header) and the renderers that use it. Rebuild:
    /work/main/.venv/bin/python corpus/twenty-fourth/build.py
(or `python corpus/render.py twenty-fourth`; render.yaml names these functions).
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

MOTTO = "ĐẢNG CỘNG SẢN"


def party_header(doc, d, parent_lines, lay, st=R.PLAIN):
    """Left: parent body, issuing body (bold), "*", "Số 112-KH/HU", V/v line;
    right: "ĐẢNG CỘNG SẢN VIỆT NAM" (bold, underlined), then the place and date."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    left, right = R.two_columns(doc, (7.5, 9.5))
    f = [True]
    for n, line in enumerate(d["left"]):
        if line.startswith("Số"):
            R.cell_para(left, f, line, size=14, st=st)
        elif line.startswith("V/v"):
            R.cell_para(left, f, line, size=12, italic=True, before=2, st=st)
        elif line == "*":
            R.cell_para(left, f, line, size=13, st=st)
        else:
            R.cell_para(left, f, line, size=14, bold=n >= parent_lines, st=st)
    f = [True]
    for n, line in enumerate(d["right"]):
        if n == 0:
            p = R.cell_para(right, f, line, size=15, bold=True, after=14, st=st)
            for r in p.runs:
                r.font.underline = True
        else:
            R.cell_para(right, f, line, size=14, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, st=st)


def party_document(doc, d, parent_lines, lay, st=R.PLAIN):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    centre = WD_ALIGN_PARAGRAPH.CENTER
    party_header(doc, d, parent_lines, lay, st)
    if d["type"]:
        R.para(doc, d["type"], size=16, bold=True, align=centre, before=14, st=st)
        for line in d["title"]:
            R.para(doc, line, size=14, bold=True, align=centre, st=st)
        R.para(doc, "-----", size=14, align=centre, after=6, st=st)
    else:
        R.para(doc, after=10, st=st)
        for line in d.get("kinh_gui", []):
            R.para(doc, line, size=14, align=centre, after=10, st=st)
    R.nd30_body(doc, d["body"], lay, st)
    R.nd30_closing(doc, d, lay, st)


def party_docx_doc(text, parent_lines, fixed_time):
    d = R.parse_nd30(text, motto=MOTTO, kinh_gui="block")
    lay = R.layout("third", keep_heads=True)
    doc = R.new_document((d["type"] + " " + " ".join(d["title"])).strip() or "Công văn", fixed_time)
    party_document(doc, d, parent_lines, lay)
    return doc


def party_docx(src, out, time=None, parent_lines=1, **_):
    R.save_docx(party_docx_doc(R.read_text(src), parent_lines, time), out)


def party_pdf(src, out, time=None, parent_lines=1, profile=None, **_):
    R.via_docx(lambda tmp: party_docx(src, tmp, time, parent_lines), "pdf", out, profile)
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


def party_scan(src, out, time=None, parent_lines=1, profile=None, angle=0.7, seed=24, dpi=300, **_):
    tmp = tempfile.mkdtemp(prefix="render-24-")
    try:
        pdf = os.path.join(tmp, "text.pdf")
        party_pdf(src, pdf, time, parent_lines, profile)
        R.scan_pdf(pdf, out, angle, seed, time, dpi)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def party_xlsx(src, out, time=None, creator="VPHU", **_):
    """render_xlsx_report, then the blank header cells (the Party header has no
    second right-hand line) emptied, saved again with fixed properties."""
    from openpyxl import load_workbook
    R.render_xlsx_report(src, out, creator, time, "2024-11-25T08:00:00Z")
    wb = load_workbook(out)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value == "":
                    c.value = None
    R.save_workbook(wb, out, creator, time, "2024-11-25T08:00:00Z")


def main(argv):
    R.build_set(HERE, argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
