#!/usr/bin/env python3
"""Build corpus/nineteenth (tỉnh Hậu Giang, bảo vệ môi trường và giảm thiểu chất thải nhựa 2024).

Sources follow corpus/fourth's layout (header columns, type and title, body with " | "
tables, Nơi nhận, signature). Nothing is new in rendering; reused:
  - corpus/fourth/build.py: parse, DOCX with Word body tables, text PDF through LibreOffice;
  - corpus/thirteenth/build.py: the .xlsx report (merged header/closing, status column);
  - corpus/third/build.py: deterministic zip rewrite.
The set is about judgement (deferrals, status columns, paraphrase, partials, boilerplate),
see README.md.

Run:  /work/main/.venv/bin/python corpus/nineteenth/build.py
DOCX and XLSX are deterministic; PDFs carry LibreOffice's creation date.
"""
import importlib.util
import io
import os
import shutil
import sys
import tempfile
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
LO_PROFILE = "file:///tmp/lo-nineteenth-profile"


def _load(name):
    spec = importlib.util.spec_from_file_location(
        name + "_build", os.path.join(CORPUS, name, "build.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


third = _load("third")
fourth = _load("fourth")
thirteenth = _load("thirteenth")
for m in (third, fourth, thirteenth.third, thirteenth.sixth):
    m.LO_PROFILE = LO_PROFILE
fourth.FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)
# Sở Công Thương's table: STT | Nhiệm vụ được giao | Kết quả thực hiện | Tình trạng | Ghi chú
fourth.TABLE_WIDTHS[5] = (1.2, 4.1, 6.5, 2.4, 2.3)

# source, output (relative to HERE), format, number of parent-body lines in the left header column
FILES = [
    ("00-ke-hoach-tinh.txt", "plan/KH-62-UBND-BVMT-giam-thieu-chat-thai-nhua-2024-Hau-Giang.docx", "docx", 0),
    ("01-so-tnmt-ke-hoach.txt", "inbox/STNMT_KH 68 BVMT giam thieu chat thai nhua 2024.docx", "docx", 1),
    ("02-so-tnmt-bao-cao.yaml", "inbox/STNMT_BC 2156 ket qua KH 62 nam 2024.xlsx", "xlsx", 0),
    ("03-so-gddt-ke-hoach.txt", "inbox/SGDDT - KH 845 BVMT trong truong hoc 2024.pdf", "pdf", 1),
    ("04-so-cong-thuong-bao-cao.txt", "inbox/SCT_BC 1256 ket qua thuc hien KH 62.pdf", "pdf", 1),
    ("05-so-tttt-bao-cao.txt", "inbox/STTTT_BC 205 tuyen truyen giam thieu chat thai nhua 2024.docx", "docx", 1),
    ("06-so-nnptnt-ke-hoach.txt", "inbox/SNN_KH 96 giam thieu chat thai nhua nong nghiep 2024.docx", "docx", 1),
    ("07-huyen-phung-hiep-ke-hoach.txt", "inbox/huyen Phung Hiep/KH 54-UBND BVMT 2024.docx", "docx", 0),
    ("08-tp-nga-bay-bao-cao.txt", "inbox/Nga Bay_BC 287 BVMT nam 2024.pdf", "pdf", 0),
    ("09-huyen-vi-thuy-ke-hoach.txt", "inbox/Vi Thuy - KH 38 BVMT va giam thieu CTN 2024.pdf", "pdf", 0),
]


def render_xlsx(src, out, creator):
    thirteenth.render_xlsx(src, out)
    # thirteenth stamps its own author ("PYT"): put this sender's
    zin = zipfile.ZipFile(out)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = data.replace(b">PYT<", b">" + creator.encode() + b"<")
            zout.writestr(info.filename, data)
    zin.close()
    third.write_fixed_zip(buf.getvalue(), out)


def main():
    for d in ("plan", "inbox"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    for src, rel, fmt, parent_lines in FILES:
        sp = os.path.join(SRC, src)
        out = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if fmt == "xlsx":
            render_xlsx(sp, out, "STNMT")
            print(rel)
            continue
        with open(sp, encoding="utf-8") as fh:
            d = fourth.parse(fh.read())
        if fmt == "docx":
            fourth.render_docx(d, parent_lines, out)
        else:
            tmp = tempfile.mkdtemp(prefix="nineteenth-docx-")
            try:
                tmp_docx = os.path.join(tmp, os.path.splitext(os.path.basename(rel))[0] + ".docx")
                fourth.render_docx(d, parent_lines, tmp_docx)
                fourth.to_pdf(tmp_docx, out)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        print(rel)


if __name__ == "__main__":
    sys.exit(main())
