#!/usr/bin/env python3
"""Build corpus/fifth (Yên Thành, Nghệ An, phòng, chống ma túy 2024) from src/*.txt.

Each source is a plain UTF-8 text typed the way the document reads, in blocks
separated by blank lines (the layout of corpus/third):

  1. the header, the two columns of Nghị định 30/2020/NĐ-CP typed one after the
     other: the left column (parent body, issuing body, "Số: …"), then the right
     column from the line "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on (motto, place
     and date);
  2. optionally a block "DỰ THẢO" (a draft's stamp);
  3. the type and title ("KẾ HOẠCH" / "BÁO CÁO" + title lines);
  4. the body, one paragraph a line ("I. …" and short "1. …" lines are headings,
     kept with the next paragraph);
  5. "Nơi nhận:" and its lines;
  6. the signature block (blank lines kept as the signing space, last line the
     signer).

Formats (the FILES table below):
  docx   python-docx; header and closing in 2-column borderless tables,
         Times New Roman, A4, NĐ 30 margins; deterministic bytes
  tcvn3  the same DOCX typed in the old TCVN3 (ABC) encoding: every run in
         ".VnTime" with the TCVN3 bytes (iconv -t TCVN5712-1) read as latin-1;
         lines in capitals in ".VnTimeH" with the bytes of the LOWER-CASE text
         (that font draws them as capitals). The source is written as the
         decoded text reads (old tone placement "Uỷ", "tuý", no toned capital
         in a .VnTime line).
  doc    the DOCX converted to Word 97-2003 by LibreOffice
  scan   the DOCX -> text PDF (LibreOffice) -> each page rendered greyscale at
         300 dpi (pypdfium2), rotated, speckled -> image-only PDF (Pillow)
  photo  as scan, first page only, on a desk background, tinted, saved as JPEG
  txt    the source copied byte for byte
  copy   a byte-identical copy of an already built file (the e-mail duplicate)

Run:  /work/main/.venv/bin/python corpus/fifth/build.py
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

import numpy as np
import pypdfium2 as pdfium
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from PIL import Image, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
LO_PROFILE = "file:///tmp/lo-fifth-profile"

PLAN = "plan/KH-42-UBND-phong-chong-ma-tuy-2024.docx"
LDTBXH_PLAN = "inbox/LDTBXH_KH 09 cai nghien 2024.docx"

# source (or, for "copy", the built file to copy), output, format,
# number of parent-body lines at the top of the left header column
FILES = [
    ("00-ke-hoach-huyen.txt", PLAN, "docx", 0),
    ("01-cong-an-huyen-ke-hoach.txt", "inbox/CAH_KH 185 PCMT 2024_scan.pdf", "scan", 1),
    ("02-phong-ldtbxh-ke-hoach.txt", LDTBXH_PLAN, "docx", 1),
    ("03-phong-ldtbxh-bao-cao.txt",
     "inbox/LDTBXH_BC 6 thang dau nam va phuong huong 6 thang cuoi nam 2024.docx", "docx", 1),
    (LDTBXH_PLAN, "inbox/tai-ve-tu-email/LDTBXH_KH 09 cai nghien 2024 (1).docx", "copy", 0),
    ("04-phong-vhtt-ke-hoach-tcvn3.txt", "inbox/PVHTT_KH 15 tuyen truyen PCMT 2024.docx", "tcvn3", 1),
    ("05-trung-tam-y-te-ke-hoach.txt", "inbox/TTYT_KH 127 Methadone 2024.doc", "doc", 1),
    ("06-phong-gddt-ke-hoach.txt", "inbox/PGD_KH PCMT truong hoc 2024.docx", "docx", 1),
    ("07-xa-tang-thanh-ke-hoach.txt", "inbox/xa Tang Thanh/IMG_20240312_083415.jpg", "photo", 0),
    ("08-xa-tang-thanh-bao-cao.txt", "inbox/xa Tang Thanh/BC 58 PCMT 6 thang 2024 Tang Thanh.txt", "txt", 0),
    ("09-xa-cong-thanh-du-thao.txt", "inbox/xa Cong Thanh/Du thao KH PCMT 2024 Cong Thanh.docx", "docx", 0),
    ("10-xa-cong-thanh-ke-hoach.txt", "inbox/xa Cong Thanh/KH 14 PCMT 2024 Cong Thanh (ban ky).docx", "docx", 0),
]

FONT = "Times New Roman"
VNTIME, VNTIMEH = ".VnTime", ".VnTimeH"
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)
ROMAN = re.compile(r"^[IVXL]+\.\s")
ARABIC = re.compile(r"^\d+(\.\d+)*\.\s")


# ---------------------------------------------------------------- parsing

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
    k = next(n for n, l in enumerate(header) if l.startswith("CỘNG H"))
    doc = {"left": header[:k], "right": header[k:], "draft": False}
    second = block()
    if second == ["DỰ THẢO"]:
        doc["draft"] = True
        second = block()
    doc["type"], doc["title"] = second[0], second[1:]
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


# ---------------------------------------------------------------- TCVN3

_TCVN3_CACHE = {}
ABC_CAPITALS = set("ĂÂÊÔƠƯĐ")


def tcvn3(text):
    """UTF-8 text -> TCVN3 (ABC) bytes read as latin-1, via iconv."""
    if text not in _TCVN3_CACHE:
        raw = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"],
                             input=text.encode("utf-8"), capture_output=True,
                             check=True).stdout
        bad = [b for b in raw if b < 0x20 or 0x7F <= b < 0xA1]
        if bad:
            raise ValueError("not representable in TCVN3 (ABC): %r" % text)
        _TCVN3_CACHE[text] = raw.decode("latin-1")
    return _TCVN3_CACHE[text]


def is_capitals(text):
    return any(c.isalpha() for c in text) and text == text.upper()


def tcvn3_run_text(text):
    """(font, run text) for a line of the TCVN3 document."""
    if is_capitals(text):
        return VNTIMEH, tcvn3(text.lower())
    toned = [c for c in text if c.isupper() and ord(c) > 127 and c not in ABC_CAPITALS]
    if toned:
        raise ValueError("toned capital in a .VnTime line: %r" % text)
    return VNTIME, tcvn3(text)


# ---------------------------------------------------------------- DOCX

class Styler:
    def __init__(self, legacy=False):
        self.legacy = legacy

    def run(self, par, text, size=13, bold=False, italic=False):
        font = FONT
        if self.legacy:
            font, text = tcvn3_run_text(text)
        r = par.add_run(text)
        r.font.name = font
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
        rf = r._element.get_or_add_rPr().get_or_add_rFonts()
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
        return r


def para(st, container, text="", size=13, bold=False, italic=False,
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
        st.run(p, text, size, bold, italic)
    return p


def two_columns(doc, widths):
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for col, cell, w in zip(t.columns, t.rows[0].cells, widths):
        col.width = Cm(w)  # w:gridCol, which LibreOffice follows
        cell.width = Cm(w)
    return t.rows[0].cells


def cell_para(st, cell, first, *a, **kw):
    if first[0]:
        first[0] = False
        p = cell.paragraphs[0]
        p.alignment = kw.get("align", WD_ALIGN_PARAGRAPH.CENTER)
        p.paragraph_format.space_after = Pt(kw.get("after", 0))
        p.paragraph_format.line_spacing = 1.0
        if a and a[0]:
            st.run(p, a[0], kw.get("size", 13), kw.get("bold", False), kw.get("italic", False))
        return p
    kw.setdefault("align", WD_ALIGN_PARAGRAPH.CENTER)
    return para(st, cell, *a, **kw)


def box(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "2")
        e.set(qn("w:color"), "000000")
        bdr.append(e)
    ppr.append(bdr)
    p.paragraph_format.left_indent = Cm(12.5)
    p.paragraph_format.right_indent = Cm(0.5)


def render_docx(d, parent_lines, out, legacy=False):
    st = Styler(legacy)
    font = VNTIME if legacy else FONT
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(1.5)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(13)
    rf = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "VanThu"
    title = (d["type"] + " " + " ".join(d["title"])).strip()
    cp.title = tcvn3(title.lower()) if legacy else title
    cp.created = cp.modified = FIXED_TIME
    cp.revision = 1

    # header
    left, right = two_columns(doc, (7.0, 10.0))
    f = [True]
    for n, line in enumerate(d["left"]):
        if line.startswith("Số:"):
            cell_para(st, left, f, line, size=13, before=4)
        else:
            cell_para(st, left, f, line, size=12 if n < parent_lines or len(line) > 20 else 13,
                      bold=n >= parent_lines)
    f = [True]
    for n, line in enumerate(d["right"]):
        if n == 0:
            cell_para(st, right, f, line, size=12, bold=True)
        elif n == 1:
            cell_para(st, right, f, line, size=13, bold=True, after=6)
        else:
            cell_para(st, right, f, line, size=13, italic=True)

    if d["draft"]:
        p = para(st, doc, "DỰ THẢO", size=13, bold=True,
                 align=WD_ALIGN_PARAGRAPH.CENTER, before=10)
        box(p)

    # type and title
    para(st, doc, d["type"], size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=12)
    for line in d["title"]:
        para(st, doc, line, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(st, doc, after=6)

    # body
    for line in d["body"]:
        if ROMAN.match(line):
            h = para(st, doc, line, size=13, bold=True, indent=1.0, before=6, after=3)
            h.paragraph_format.keep_with_next = True
        elif ARABIC.match(line) and len(line) < 90 and not line.endswith((".", ";")):
            h = para(st, doc, line, size=13, bold=True, indent=1.0, after=3)
            h.paragraph_format.keep_with_next = True
        else:
            para(st, doc, line, size=14, indent=1.0, after=6)

    # closing: Nơi nhận left, signature right
    para(st, doc, after=6)
    left, right = two_columns(doc, (8.0, 8.5))
    f = [True]
    for n, line in enumerate(d["noi_nhan"]):
        if n == 0:
            cell_para(st, left, f, line, size=12, bold=True, italic=True,
                      align=WD_ALIGN_PARAGRAPH.LEFT)
        else:
            cell_para(st, left, f, line, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    f = [True]
    for line in d["sign"]:
        cell_para(st, right, f, line, size=14, bold=bool(line))

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


# ---------------------------------------------------------------- LibreOffice

def soffice_convert(docx_path, fmt, out):
    tmp = tempfile.mkdtemp(prefix="fifth-lo-")
    try:
        subprocess.run(
            ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
             "--convert-to", fmt, "--outdir", tmp, docx_path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        made = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + "." + fmt)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        shutil.move(made, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def via_docx(d, parent_lines, fmt, out):
    """Render d as a DOCX in a temp dir and convert it with LibreOffice."""
    tmp = tempfile.mkdtemp(prefix="fifth-docx-")
    try:
        name = os.path.splitext(os.path.basename(out))[0] + ".docx"
        tmp_docx = os.path.join(tmp, name)
        render_docx(d, parent_lines, tmp_docx)
        soffice_convert(tmp_docx, fmt, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- images

def page_images(pdf_path, dpi, first_only=False):
    pdf = pdfium.PdfDocument(pdf_path)
    n = 1 if first_only else len(pdf)
    imgs = []
    for k in range(n):
        bm = pdf[k].render(scale=dpi / 72.0, grayscale=True)
        imgs.append(bm.to_pil().convert("L"))
    pdf.close()
    return imgs


def scanned(img, angle, rng):
    """A flat-bed scan: slight blur, rotation, grey paper, noise, specks."""
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(img, dtype=np.float32)
    a = a * 0.93 + 8.0                               # paper not pure white, ink not pure black
    a += rng.normal(0.0, 7.0, a.shape)               # sensor noise
    specks = rng.random(a.shape) < 0.0004            # dust
    a[specks] = rng.uniform(40, 140, specks.sum())
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def photographed(img, angle, rng):
    """A phone photo of one page lying on a desk: margin, tilt, uneven light."""
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    w, h = img.size
    pad = 70
    canvas = Image.new("L", (w + 2 * pad, h + 2 * pad), 95)
    canvas.paste(img, (pad, pad))
    canvas = canvas.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=95)
    a = np.asarray(canvas, dtype=np.float32)
    H, W = a.shape
    yy, xx = np.mgrid[0:H, 0:W]
    light = 1.0 - 0.16 * (xx / W) - 0.10 * (yy / H)   # lamp from the top left
    a = a * light
    a += rng.normal(0.0, 6.0, a.shape)
    a = np.clip(a, 0, 255)
    rgb = np.stack([a * 1.0, a * 0.97, a * 0.90], axis=-1)  # warm indoor light
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")


def to_scan_pdf(d, parent_lines, out, angle=0.8, seed=5):
    tmp = tempfile.mkdtemp(prefix="fifth-scan-")
    try:
        pdf = os.path.join(tmp, "text.pdf")
        via_docx(d, parent_lines, "pdf", pdf)
        rng = np.random.default_rng(seed)
        pages = [scanned(im, angle if k % 2 == 0 else angle + 0.4, rng)
                 for k, im in enumerate(page_images(pdf, 300))]
        os.makedirs(os.path.dirname(out), exist_ok=True)
        pages[0].save(out, "PDF", resolution=300, save_all=True, append_images=pages[1:],
                      creationDate=FIXED_TIME.timetuple(), modDate=FIXED_TIME.timetuple())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def to_photo(d, parent_lines, out, angle=-1.2, seed=7):
    tmp = tempfile.mkdtemp(prefix="fifth-photo-")
    try:
        pdf = os.path.join(tmp, "text.pdf")
        via_docx(d, parent_lines, "pdf", pdf)
        rng = np.random.default_rng(seed)
        img = photographed(page_images(pdf, 200, first_only=True)[0], angle, rng)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        img.save(out, "JPEG", quality=84)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- main

def main():
    for d in ("plan", "inbox"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    for src, rel, fmt, parent_lines in FILES:
        out = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if fmt == "copy":
            shutil.copyfile(os.path.join(HERE, src), out)
            print(rel)
            continue
        sp = os.path.join(SRC, src)
        if fmt == "txt":
            shutil.copyfile(sp, out)
            print(rel)
            continue
        with open(sp, encoding="utf-8") as fh:
            d = parse(fh.read())
        if fmt == "docx":
            render_docx(d, parent_lines, out)
        elif fmt == "tcvn3":
            render_docx(d, parent_lines, out, legacy=True)
        elif fmt == "doc":
            via_docx(d, parent_lines, "doc", out)
        elif fmt == "scan":
            to_scan_pdf(d, parent_lines, out)
        elif fmt == "photo":
            to_photo(d, parent_lines, out)
        else:
            raise ValueError(fmt)
        print(rel)


if __name__ == "__main__":
    sys.exit(main())
