"""Build corpus/thirty-seventh (Sở Nội vụ tỉnh Hà Tĩnh, Kế hoạch 512/KH-SNV ngày 16/4/2025,
kiểm tra công tác cải cách hành chính, văn thư, lưu trữ năm 2025: a schedule table of seven
inspected units, and the replies of the inspecting side and of the inspected units).

Everything generic is corpus/render.py's (render.yaml names the renderers); the fixed-date PDF
is corpus/twenty-fifth's (fixed_pdf); the scan with a red seal and the visible signature face
are corpus/eighteenth's (scan, stamp_pdf), run here under this set's LibreOffice profile.
New here:
  plan         corpus/fourth's DOCX (" | " lines as Word tables: the schedule), then after a
               page break the "Phụ lục" (Đề cương báo cáo tự kiểm tra): title lines, then
               prose lines (roman headings bold, the rest plain), no table.
  signed_look  the fixed-date text PDF of a source with the look of a PDF exported from a
               digital-signing tool: a blue "Ký bởi / Email / Cơ quan / Thời gian ký" box drawn
               over the top right of page 1 (page content, no real signature).
  seal_scan    corpus/eighteenth's colour scan with the sender's red seal (one page).
Run:  /work/main/.venv/bin/python corpus/thirty-seventh/build.py
"""
import os
import shutil
import sys
import tempfile
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(R.CORPUS, "twenty-fifth"), "build")
E18 = R.set_module(os.path.join(R.CORPUS, "eighteenth"), "build")
fixed_pdf = T25.fixed_pdf


def _e18(time=None):
    """eighteenth's helpers under this set's LibreOffice profile and dates."""
    E18.LO_PROFILE = LO_PROFILE
    if time is not None:
        E18.FIXED_TIME = time


def plan(src, out, parent_lines=1, time=None, table_widths=None, style="fourth", **_):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    main_text, appendix = R.split_documents(R.read_text(src))
    tmp = tempfile.mkdtemp(prefix="render-37-")
    try:
        first = os.path.join(tmp, "first.docx")
        R.source_docx(style, main_text, parent_lines, first, time,
                      table_widths=R.style_widths(style, table_widths))
        doc = Document(first)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    lines = appendix.strip("\n").split("\n")
    k = lines.index("")
    R.page_break(doc)
    R.para(doc, lines[0], size=13, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=6)
    R.appendix_title(doc, lines[1:k], first=14, others=14, paren_after=10)
    for line in lines[k + 1:]:
        if not line.strip():
            continue
        if R.ROMAN.match(line):
            R.para(doc, line, size=14, bold=True, indent=1.0, before=6, after=3)
        elif line.startswith("("):
            R.para(doc, line, size=14, italic=True, indent=1.0, after=6)
        else:
            R.para(doc, line, size=14, indent=1.0, after=3)
    R.save_docx(doc, out, time)


def signed_look(src, out, profile=None, stamp=(), time=None, **options):
    import pdfplumber
    import pypdfium2 as pdfium
    _e18()
    tmp = tempfile.mkdtemp(prefix="render-37-sig-")
    try:
        base = os.path.join(tmp, "base.pdf")
        fixed_pdf(src, base, profile, time=time, **options)
        with pdfplumber.open(base) as pdf:
            w, h = pdf.pages[0].width, pdf.pages[0].height
        box = [w - 250, h - 52, w - 18, h - 6]
        face = os.path.join(tmp, "face.pdf")
        E18.stamp_pdf(list(stamp), [int(v) for v in box], face)
        doc, fdoc = pdfium.PdfDocument(base), pdfium.PdfDocument(face)
        obj = fdoc.page_as_xobject(0, doc).as_pageobject()
        obj.transform(pdfium.PdfMatrix().translate(box[0], box[1]))
        page = doc[0]
        page.insert_obj(obj)
        page.gen_content()
        made = os.path.join(tmp, "made.pdf")
        doc.save(made)
        doc.close()
        fdoc.close()
        with open(made, "rb") as fh:
            data = fh.read()
        with open(out, "wb") as fh:
            fh.write(R.fix_pdf(data, os.path.basename(out)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _last_line_box(page, d):
    """eighteenth's last_line_box, taking the LAST match of the signer's name and title (the
    signer is also named in the letter's body)."""
    def last(text):
        hits = page.search(text, regex=False, case=True)
        return (hits[-1]["x0"], hits[-1]["top"], hits[-1]["x1"], hits[-1]["bottom"]) if hits else None
    return last(d["sign"][-1]), last([l for l in d["sign"] if l][-2])


def seal_scan(src, out, time=None, **options):
    _e18(time or datetime(2025, 9, 11, 8, 0, 0))
    E18.last_line_box = _last_line_box
    options.pop("profile", None)
    options.pop("style", None)
    options.pop("table_widths", None)
    E18.scan(src, out, **options)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
