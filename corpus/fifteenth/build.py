#!/usr/bin/env python3
"""Build corpus/fifteenth (Hội LHPN tỉnh Nghệ An, phòng, chống bạo lực gia đình 2025) from src/.

Every source is a plain UTF-8 text in the layout of corpus/third (header columns,
type and title or "Kính gửi", body one paragraph a line, "Nơi nhận:", signature).
Nothing is rendered here that the earlier sets do not already render:

  docx   corpus/third's renderer (header and closing in borderless 2-column tables)
  pdf    the same DOCX converted to a text PDF by LibreOffice (corpus/third)
  doc    the DOCX converted to Word 97-2003 by LibreOffice (corpus/fifth)
  photo  a phone photo (JPEG) of page 1 only, on a desk, tilted, uneven light (corpus/fifth)

Two replies added later (built by `build.py addon` alone, without touching the rest):
  xlsx   a spreadsheet "biểu mẫu" report (src/*.yaml), corpus/thirteenth's render_xlsx
  multi  a cover công văn and the plan it sends in ONE DOCX, corpus/thirteenth's
         render_multi (corpus/sixth's two-document renderer; parts split by a form feed)

Run:  /work/main/.venv/bin/python corpus/fifteenth/build.py          (everything)
      /work/main/.venv/bin/python corpus/fifteenth/build.py addon    (the two added files only)
DOCX output is deterministic; the photo is seeded; PDF and .doc carry
LibreOffice's own metadata.
"""
import importlib.util
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
LO_PROFILE = "file:///tmp/lo-fifteenth-profile"


def _load(name):
    spec = importlib.util.spec_from_file_location(
        name + "_build", os.path.join(CORPUS, name, "build.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


third = _load("third")
fifth = _load("fifth")
third.LO_PROFILE = fifth.LO_PROFILE = LO_PROFILE

# source, output (relative to HERE), format, number of parent-body lines at the
# top of the left header column (printed regular, the rest bold)
FILES = [
    ("00-ke-hoach-tinh-hoi.txt", "plan/KH 21-KH-HPN phong chong BLGD va gia dinh 5 khong 3 sach 2025.docx", "docx", 1),
    ("01-hpn-nam-dan-ke-hoach.txt", "inbox/HPN Nam Dan_KH 09 PCBLGD 2025.docx", "docx", 1),
    ("02-hpn-nghia-dan-ke-hoach.txt", "inbox/Nghia Dan - KH 14 phong chong BLGD 2025.doc", "doc", 1),
    ("03-hpn-quynh-luu-ke-hoach.txt", "inbox/HPN Quynh Luu/IMG_20250312_091544.jpg", "photo", 1),
    ("04-hpn-hoang-mai-bao-cao.txt", "inbox/Hoang Mai_BC 27 so ket 6 thang PCBLGD 2025.pdf", "pdf", 1),
    ("05-hpn-hoang-mai-cong-van.txt", "inbox/Hoang Mai_CV 25 ho so du thi khoi nghiep.docx", "docx", 1),
    ("06-ban-tuyen-giao-bao-cao.txt", "inbox/BTG_BC 08 tuyen truyen PCBLGD 6 thang 2025.docx", "docx", 1),
]

# added replies: source, output, format, parent lines
ADDON = [
    ("07-ban-gdxh-bao-cao.yaml", "inbox/BGDXH_Bieu mau BC 6 thang PCBLGD 2025.xlsx", "xlsx", 1),
    ("08-hpn-dien-chau-cv-ke-hoach.txt", "inbox/Dien Chau_CV 31 gui KH 12 PCBLGD 2025.docx", "multi", 1),
]


def build_addon():
    thirteenth = _load("thirteenth")
    for src, rel, fmt, parent_lines in ADDON:
        out = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if fmt == "xlsx":
            thirteenth.render_xlsx(os.path.join(HERE, "src", src), out)
        elif fmt == "multi":
            thirteenth.render_multi(os.path.join(HERE, "src", src), out, parent_lines)
        else:
            raise ValueError(fmt)
        print(rel)


def main():
    for d in ("plan", "inbox"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    for src, rel, fmt, parent_lines in FILES:
        out = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(os.path.join(HERE, "src", src), encoding="utf-8") as fh:
            text = fh.read()
        if fmt == "docx":
            third.render_docx(third.parse(text), parent_lines, out)
        elif fmt == "pdf":
            fifth.via_docx(fifth.parse(text), parent_lines, "pdf", out)
        elif fmt == "doc":
            fifth.via_docx(fifth.parse(text), parent_lines, "doc", out)
        elif fmt == "photo":
            fifth.to_photo(fifth.parse(text), parent_lines, out, angle=1.4, seed=15)
        else:
            raise ValueError(fmt)
        print(rel)
    build_addon()


if __name__ == "__main__":
    if sys.argv[1:] == ["addon"]:
        sys.exit(build_addon())
    sys.exit(main())
