"""Build corpus/fifteenth (Hội LHPN tỉnh Nghệ An, phòng, chống bạo lực gia đình 2025) from src/.

Every source is a plain UTF-8 text in the layout of corpus/third (header columns,
type and title or "Kính gửi", body one paragraph a line, "Nơi nhận:", signature).
Nothing is rendered here that the earlier sets do not already render (corpus/render.py,
the shared renderer, in the style of the set named):

  docx   corpus/third's renderer (header and closing in borderless 2-column tables)
  pdf    the same DOCX converted to a text PDF by LibreOffice (corpus/third)
  doc    the DOCX converted to Word 97-2003 by LibreOffice (corpus/fifth)
  photo  a phone photo (JPEG) of page 1 only, on a desk, tilted, uneven light (corpus/fifth)

Two replies added later (built by `build.py addon` alone, without touching the rest):
  xlsx   a spreadsheet "biểu mẫu" report (src/*.yaml), corpus/thirteenth's report
  multi  a cover công văn and the plan it sends in ONE DOCX (corpus/sixth's
         two-document style; parts split by a form feed)

Run:  /work/main/.venv/bin/python corpus/fifteenth/build.py          (everything)
      /work/main/.venv/bin/python corpus/fifteenth/build.py addon    (the two added files only)
DOCX output is deterministic; the photo is seeded; PDF and .doc carry
LibreOffice's own metadata.
"""
import os
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-fifteenth-profile"
THIRD_TIME = datetime(2025, 1, 1, 0, 0, 0)   # core-property dates, as each style's set had them
FIFTH_TIME = datetime(2024, 1, 1, 0, 0, 0)

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
    render.build_files(HERE, ADDON, {
        "xlsx": lambda sp, out, pl: render.render_xlsx_report(sp, out, "PYT", FIFTH_TIME),
        "multi": lambda sp, out, pl: render.source_docx("sixth", render.read_text(sp), pl, out, FIFTH_TIME,
                                                        multi=True),
    }, clear=False)


def main():
    def fifth(target):
        return lambda sp, out, pl: render.source_converted(
            "fifth", render.read_text(sp), pl, target, out, FIFTH_TIME, LO_PROFILE)

    render.build_files(HERE, FILES, {
        "docx": lambda sp, out, pl: render.source_docx("third", render.read_text(sp), pl, out, THIRD_TIME),
        "pdf": fifth("pdf"),
        "doc": fifth("doc"),
        "photo": lambda sp, out, pl: render.source_photo(
            "fifth", render.read_text(sp), pl, out, FIFTH_TIME, LO_PROFILE, angle=1.4, seed=15),
    })
    build_addon()


if __name__ == "__main__":
    if sys.argv[1:] == ["addon"]:
        sys.exit(build_addon())
    sys.exit(main())
