#!/usr/bin/env python3
"""Build corpus/third (Châu Thành, chuyển đổi số 2025) from src/*.txt.

Each source is a plain UTF-8 text typed the way the document reads, in blocks
separated by blank lines:

  1. the header, the two columns of Nghị định 30/2020/NĐ-CP typed one after the
     other: the left column (parent body, issuing body, "Số: …", for a công văn
     "V/v …"), then the right column from the line "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
     VIỆT NAM" on (motto, place and date);
  2. the type and title ("KẾ HOẠCH" / "BÁO CÁO" + title lines), or for a
     công văn the "Kính gửi: …" line;
  3. the body, one paragraph a line ("I. …" and short "1. …" lines are headings);
  4. "Nơi nhận:" and its lines;
  5. the signature block (blank lines kept as the signing space, last line the
     signer).

Outputs: DOCX (python-docx; header and closing in 2-column borderless tables,
Times New Roman, A4, NĐ 30 margins), PDF (the DOCX converted by LibreOffice,
private profile), or TXT (the source copied byte for byte).

Run:  /work/main/.venv/bin/python corpus/third/build.py
DOCX output is deterministic (fixed core properties and zip timestamps); PDF
carries LibreOffice's own creation date.
"""
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
LO_PROFILE = "file:///tmp/lo-third-profile"

# source, output (relative to HERE), format, number of parent-body lines at
# the top of the left header column (printed regular, the rest bold)
FILES = [
    ("00-ke-hoach-huyen.txt", "plan/KH-68-UBND-chuyen-doi-so-2025.docx", "docx", 0),
    ("01-phong-vhkhtt-ke-hoach.txt", "inbox/VHKHTT_KH 21 trien khai CDS 2025.docx", "docx", 1),
    ("02-van-phong-ke-hoach.txt", "inbox/VP HDND-UBND_KH 09 chinh quyen so 2025.docx", "docx", 1),
    ("03-phong-gddt-ke-hoach.txt", "inbox/PGDDT_KH chuyen doi so nganh GD 2025.docx", "docx", 1),
    ("04-phong-gddt-bao-cao.txt", "inbox/PGDDT_BC 118 ket qua CDS 6 thang 2025.docx", "docx", 1),
    ("05-trung-tam-y-te-ke-hoach.txt", "inbox/TTYT_KH CDS 2025 (356).pdf", "pdf", 1),
    ("06-trung-tam-vhtttt-ke-hoach.txt", "inbox/TTVHTTTT - KH tuyen truyen CDS 2025.txt", "txt", 1),
    ("07-xa-long-hung-ke-hoach.txt", "inbox/KH CDS 2025 xa Long Hung.txt", "txt", 0),
    ("08-xa-long-hung-bao-cao.txt", "inbox/xa Long Hung/BC ket qua CDS 6 thang dau nam 2025.docx", "docx", 0),
    ("09-hoi-lhpn-ke-hoach.txt", "inbox/Hoi LHPN/KH 12-HPN tham gia CDS 2025.docx", "docx", 1),
    ("10-phong-tckh-cong-van-thi-dua.txt", "inbox/PTCKH_CV 214 dang ky thi dua 2025.docx", "docx", 1),
]

FONT = "Times New Roman"
FIXED_TIME = datetime(2025, 1, 1, 0, 0, 0)
ROMAN = re.compile(r"^[IVXL]+\.\s")
ARABIC = re.compile(r"^\d+(\.\d+)*\.\s")


def parse(text):
    lines = text.rstrip("\n").split("\n")
    i = 0

    def block():
        nonlocal i
        while i < len(lines) and not lines[i].strip():
            i += 1
        out = []
        while i < len(lines) and lines[i].strip():
            out.append(lines[i].strip())
            i += 1
        return out

    header = block()
    k = next(n for n, l in enumerate(header) if l.startswith("CỘNG HÒA"))
    doc = {"left": header[:k], "right": header[k:]}
    second = block()
    if second[0].startswith("Kính gửi"):
        doc["kinh_gui"], doc["type"], doc["title"] = second, "", []
    else:
        doc["kinh_gui"], doc["type"], doc["title"] = [], second[0], second[1:]
    body = []
    while i < len(lines) and not lines[i].startswith("Nơi nhận:"):
        if lines[i].strip():
            body.append(lines[i].strip())
        i += 1
    doc["body"] = body
    doc["noi_nhan"] = block()
    sign = lines[i:]
    while sign and not sign[0].strip():
        sign.pop(0)
    doc["sign"] = [l.strip() for l in sign]
    return doc


def run(par, text, size=13, bold=False, italic=False):
    r = par.add_run(text)
    r.font.name = FONT
    r.font.size = Pt(size)
    r.bold = bold
    r.italic = italic
    rpr = r._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    return r


def para(container, text="", size=13, bold=False, italic=False,
         align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=None, after=0, before=0):
    p = container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    pf.line_spacing = 1.0
    if indent is not None:
        pf.first_line_indent = Cm(indent)
    if text:
        run(p, text, size, bold, italic)
    return p


def two_columns(doc, widths):
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for col, cell, w in zip(t.columns, t.rows[0].cells, widths):
        col.width = Cm(w)  # w:gridCol, which LibreOffice follows
        cell.width = Cm(w)
    # a fresh cell holds one empty paragraph: reuse it for the first line
    return t.rows[0].cells


def cell_para(cell, first, *a, **kw):
    if first[0]:
        first[0] = False
        p = cell.paragraphs[0]
        p.alignment = kw.get("align", WD_ALIGN_PARAGRAPH.CENTER)
        p.paragraph_format.space_after = Pt(kw.get("after", 0))
        p.paragraph_format.line_spacing = 1.0
        if a and a[0]:
            run(p, a[0], kw.get("size", 13), kw.get("bold", False), kw.get("italic", False))
        return p
    kw.setdefault("align", WD_ALIGN_PARAGRAPH.CENTER)
    return para(cell, *a, **kw)


def render_docx(d, parent_lines, out):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(1.5)
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(13)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "VanThu"
    cp.title = (d["type"] + " " + " ".join(d["title"])).strip()
    cp.created = cp.modified = FIXED_TIME
    cp.revision = 1

    # header
    left, right = two_columns(doc, (7.0, 10.0))
    f = [True]
    for n, line in enumerate(d["left"]):
        if line.startswith("Số:"):
            cell_para(left, f, line, size=13, before=4)
        elif line.startswith("V/v"):
            cell_para(left, f, line, size=12)
        else:
            cell_para(left, f, line, size=12,
                      bold=n >= parent_lines)
    f = [True]
    for n, line in enumerate(d["right"]):
        if n == 0:
            cell_para(right, f, line, size=12, bold=True)
        elif n == 1:
            cell_para(right, f, line, size=13, bold=True, after=6)
        else:
            cell_para(right, f, line, size=13, italic=True)

    # type and title, or Kính gửi
    if d["type"]:
        para(doc, d["type"], size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=12)
        for line in d["title"]:
            para(doc, line, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        para(doc, after=6)
    else:
        para(doc, after=6)
        for line in d["kinh_gui"]:
            para(doc, line, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)

    # body
    for line in d["body"]:
        if ROMAN.match(line):
            para(doc, line, size=13, bold=True, indent=1.0, before=6, after=3)
        elif ARABIC.match(line) and len(line) < 90 and not line.endswith((".", ";")):
            para(doc, line, size=13, bold=True, indent=1.0, after=3)
        else:
            para(doc, line, size=14, indent=1.0, after=6)

    # closing: Nơi nhận left, signature right
    para(doc, after=6)
    left, right = two_columns(doc, (8.0, 8.5))
    f = [True]
    for n, line in enumerate(d["noi_nhan"]):
        if n == 0:
            cell_para(left, f, line, size=12, bold=True, italic=True,
                      align=WD_ALIGN_PARAGRAPH.LEFT)
        else:
            cell_para(left, f, line, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    f = [True]
    for line in d["sign"]:
        cell_para(right, f, line, size=14, bold=bool(line))

    buf = io.BytesIO()
    doc.save(buf)
    write_fixed_zip(buf.getvalue(), out)


def write_fixed_zip(data, out):
    """Rewrite the DOCX package with fixed timestamps (deterministic bytes)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


def to_pdf(docx_path, out):
    tmp = tempfile.mkdtemp(prefix="third-pdf-")
    try:
        subprocess.run(
            ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
             "--convert-to", "pdf", "--outdir", tmp, docx_path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        pdf = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        shutil.move(pdf, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(here=HERE, files=FILES):
    """Render ``files`` (source under here/src, output under here); corpus/seventh/build.py
    calls this with its own folder and list."""
    for d in ("plan", "inbox"):
        shutil.rmtree(os.path.join(here, d), ignore_errors=True)
    for src, rel, fmt, parent_lines in files:
        sp = os.path.join(here, "src", src)
        out = os.path.join(here, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if fmt == "txt":
            shutil.copyfile(sp, out)
        else:
            with open(sp, encoding="utf-8") as fh:
                d = parse(fh.read())
            if fmt == "docx":
                render_docx(d, parent_lines, out)
            else:
                tmp = tempfile.mkdtemp(prefix="third-docx-")
                try:
                    name = os.path.splitext(os.path.basename(rel))[0] + ".docx"
                    tmp_docx = os.path.join(tmp, name)
                    render_docx(d, parent_lines, tmp_docx)
                    to_pdf(tmp_docx, out)
                finally:
                    shutil.rmtree(tmp, ignore_errors=True)
        print(rel)


if __name__ == "__main__":
    sys.exit(main())
