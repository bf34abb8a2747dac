#!/usr/bin/env python3
"""Build corpus/one-hundred-ninth (UBND phường Gia Sàng, tỉnh Thái Nguyên: Kế hoạch 18/KH-UBND ngày
20/01/2026, triển khai phân loại chất thải rắn sinh hoạt tại nguồn năm 2026, thí điểm tại 04 tổ dân
phố; and the files the ward's offices, the Mặt trận, the collecting cooperative and the tổ dân phố
sent back) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers); the fixed-date text PDF
is corpus/twenty-fifth's fixed_pdf, loaded by path. What is new here:
  prose_docx / prose_pdf   a report in corpus/fourth's layout whose body is continuous prose under
                  unnumbered bold labels (a body line "!B Kết quả thực hiện" is printed bold, no
                  number); with motto="MẶT TRẬN" the right header column is the Front's own
                  "MẶT TRẬN TỔ QUỐC VIỆT NAM" over the date (no Tiêu ngữ).
  plain_docx      what a tổ trưởng types in Word: no header table, no Quốc hiệu, only a title, the
                  text and a signature. Source: one line a paragraph; "|C " centred bold, "|c "
                  centred plain, "|B " bold label at the left, "|R " the date line pushed right
                  (italic), "|S " a signature line centred in the right half; an empty line is an
                  empty paragraph; any other line a justified paragraph with a first-line indent.
  plain_photo     plain_docx printed (LibreOffice PDF) and page 1 photographed with a phone
                  (render.py's photo_jpeg), as a tổ trưởng sends it over Zalo.

Run:  /work/main/.venv/bin/python corpus/one-hundred-ninth/build.py   (= corpus/render.py one-hundred-ninth)
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf
LABEL = "!B "


def _fix_pdf_file(out):
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


# ---------------------------------------------------------------- prose reports (NĐ 30 header, bold labels)

def prose_document(text, parent_lines, time, style="fourth", motto="CỘNG HÒA"):
    d = R.parse_nd30(text, motto=motto)
    labels = [line[len(LABEL):] for line in d["body"] if line.startswith(LABEL)]
    d["body"] = [line[len(LABEL):] if line.startswith(LABEL) else line for line in d["body"]]
    doc = R.nd30_docx([d], parent_lines, R.layout(style), time)
    for p in doc.paragraphs:
        if p.text in labels:
            for r in p.runs:
                r.bold = True
    if motto != "CỘNG HÒA":
        # the right column is the motto over the date: the date in italic, not bold
        right = doc.tables[0].rows[0].cells[1]
        for p in right.paragraphs[1:]:
            for r in p.runs:
                r.bold, r.italic = False, True
    return doc


def prose_docx(src, out, style="fourth", parent_lines=1, time=None, motto="CỘNG HÒA", **_):
    R.save_docx(prose_document(R.read_text(src), parent_lines, time, style, motto), out)


def prose_pdf(src, out, profile=None, **options):
    """prose_docx converted by LibreOffice, fixed dates and /ID."""
    R.via_docx(lambda tmp: prose_docx(src, tmp, **options), "pdf", out, profile)
    _fix_pdf_file(out)


# ---------------------------------------------------------------- what a tổ trưởng types

def plain_document(text, time, title="Bao cao to dan pho"):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm
    doc = R.new_document(title, time)
    sec = doc.sections[0]
    sec.top_margin = sec.bottom_margin = sec.left_margin = sec.right_margin = Cm(2.0)
    doc.core_properties.author = doc.core_properties.last_modified_by = "Admin"
    centre, right = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    for raw in text.rstrip("\n").split("\n"):
        tag, body = (raw[:3], raw[3:]) if raw[:3] in ("|C ", "|c ", "|B ", "|R ", "|S ") else \
            (raw[:2], "") if raw in ("|S", "|C") else ("", raw)
        if tag.startswith("|C"):
            R.para(doc, body, size=14, bold=True, align=centre, after=2)
        elif tag == "|c ":
            R.para(doc, body, size=13, align=centre, before=4, after=4)
        elif tag == "|B ":
            R.para(doc, body, size=13, bold=True, after=3, before=3)
        elif tag == "|R ":
            R.para(doc, body, size=13, italic=True, align=right, before=10, after=2)
        elif tag.startswith("|S"):
            p = R.para(doc, body, size=13, bold=True, align=centre)
            p.paragraph_format.left_indent = Cm(9.0)
        elif not body.strip():
            R.para(doc)
        else:
            R.para(doc, body, size=13, indent=1.0, after=4)
    return doc


def plain_docx(src, out, time=None, **_):
    R.save_docx(plain_document(R.read_text(src), time), out)


def plain_photo(src, out, profile=None, time=None, angle=-1.1, seed=109, dpi=200, quality=82, **_):
    """plain_docx printed to a PDF by LibreOffice, page 1 photographed on a desk (JPEG)."""
    tmp = tempfile.mkdtemp(prefix="render-plain-photo-")
    try:
        pdf = os.path.join(tmp, "page.pdf")
        R.via_docx(lambda d: plain_docx(src, d, time=time), "pdf", pdf, profile)
        R.photo_jpeg(pdf, out, angle, seed, dpi=dpi, quality=quality)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
