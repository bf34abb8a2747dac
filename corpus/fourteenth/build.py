"""Build corpus/fourteenth (Bộ Y tế, phòng, chống bệnh truyền nhiễm 2026) from src/*.txt.

Same source layout as corpus/fifth (header block, type and title, body, Nơi nhận,
signature); this script lists the files; corpus/render.py renders them in corpus/fifth's
style: DOCX by python-docx (deterministic bytes); PDF, .rtf and .doc by LibreOffice from
that DOCX with a private profile.

Added later (build_addon, run with the argument "addon"; it writes only its two
files and leaves the rest of inbox/ alone): a spreadsheet "biểu mẫu" report
(.xlsx, the yaml "biểu mẫu" report of corpus/thirteenth) and a cover công văn followed
by the plan it sends in one DOCX (corpus/sixth's style; documents separated in the
source by a form-feed line).

Run:  /work/main/.venv/bin/python corpus/fourteenth/build.py          (everything)
      /work/main/.venv/bin/python corpus/fourteenth/build.py addon    (the two added files)
"""
import os
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-fourteenth-profile"
FIXED_TIME = datetime(2026, 1, 1, 0, 0, 0)
SIXTH_TIME = datetime(2024, 1, 1, 0, 0, 0)   # the two-document DOCX keeps corpus/sixth's date

# source, output (relative to HERE), format, number of parent-body lines at
# the top of the left header column (printed regular, the rest bold)
FILES = [
    ("00-ke-hoach-bo-y-te.txt", "plan/KH-86-BYT-phong-chong-benh-truyen-nhiem-2026.docx", "docx", 0),
    ("01-so-y-te-gia-lai-ke-hoach.txt", "inbox/SYT Gia Lai_KH 215 phong chong BTN 2026.docx", "docx", 1),
    ("02-so-y-te-hue-ke-hoach.txt", "inbox/SYT Hue - KH 742 PCBTN 2026 (ban ky).pdf", "pdf", 1),
    ("03-so-y-te-quang-ngai-ke-hoach.txt", "inbox/SYT Quang Ngai - KH 388 PCDB truyen nhiem 2026.rtf", "rtf", 1),
    ("04-so-y-te-dak-lak-bao-cao.txt", "inbox/SYT Dak Lak_BC 1056 PCBTN 6 thang dau nam 2026.docx", "docx", 1),
    ("05-cuc-kcb-bao-cao.txt", "inbox/Cuc KCB_BC 417 ket qua PCBTN 6 thang 2026.docx", "docx", 1),
    ("06-so-y-te-kon-tum-ke-hoach-2024.txt", "inbox/SYT Kon Tum_KH phong chong benh truyen nhiem.doc", "doc", 1),
]

# added files: the spreadsheet report and the cover letter + plan
ADDON_XLSX = [
    ("07-so-y-te-quang-ngai-bao-cao.yaml", "inbox/SYT Quang Ngai_Bieu mau BC 6 thang PCBTN 2026.xlsx"),
]
ADDON_MULTI = [
    ("08-so-y-te-da-nang-cv-ke-hoach.txt", "inbox/SYT Da Nang_CV 612 gui KH 598 PCBTN 2026.docx", 1),
]



def build_addon():
    render.build_files(HERE, [row + ("xlsx",) for row in ADDON_XLSX] + [
        (src, rel, "multi", pl) for src, rel, pl in ADDON_MULTI], {
        "xlsx": lambda sp, out: render.render_xlsx_report(sp, out, "PYT", FIXED_TIME),
        "multi": lambda sp, out, pl: render.source_docx("sixth", render.read_text(sp), pl, out, SIXTH_TIME,
                                                        multi=True),
    }, clear=False)


def main():
    def converted(target):
        return lambda sp, out, pl: render.source_converted(
            "fifth", render.read_text(sp), pl, target, out, FIXED_TIME, LO_PROFILE)

    render.build_files(HERE, FILES, {
        "docx": lambda sp, out, pl: render.source_docx("fifth", render.read_text(sp), pl, out, FIXED_TIME),
        "pdf": converted("pdf"), "doc": converted("doc"), "rtf": converted("rtf"),
    })
    build_addon()


if __name__ == "__main__":
    sys.exit(build_addon() if sys.argv[1:] == ["addon"] else main())
