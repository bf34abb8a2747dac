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

How each source is rendered is render.yaml (DOCX in render.STYLES["third"], PDF
through LibreOffice, TXT copied byte for byte), built by corpus/render.py, the
shared renderer. Other scripts import parse, render_docx, to_pdf, main, … from
this module by path: they stay here under the same names.

Run:  /work/main/.venv/bin/python corpus/third/build.py   (= corpus/render.py third)
"""
import os
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py
from render import ARABIC, FONT, ROMAN, cell_para, para, run, two_columns, write_fixed_zip  # noqa: E402,F401

from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402,F401  (kept importable from here)
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402,F401
HERE, SRC, LO_PROFILE = render.set_paths(__file__)
FIXED_TIME = datetime(2025, 1, 1, 0, 0, 0)


def parse(text):
    return render.parse_style("third", text)


def render_docx(d, parent_lines, out):
    render.render_nd30(d, parent_lines, out, render.layout("third"), FIXED_TIME)


def to_pdf(docx_path, out):
    render.convert_to(docx_path, "pdf", out, LO_PROFILE)


def main(here=HERE, files=None):
    """Build the set in ``here`` from its render.yaml; given ``files``, rows of an
    older table instead, (source, output, "docx" | "pdf" | "txt", parent lines),
    rendered in this style."""
    if files is None:
        return render.build_set(here, sys.argv[1:])
    opts = dict(style="third", time=FIXED_TIME, profile=LO_PROFILE)
    render.build_files(here, files, {kind: lambda sp, out, pl, fn=fn: fn(sp, out, parent_lines=pl, **opts)
                                     for kind, fn in render.RENDERERS.items()})


if __name__ == "__main__":
    sys.exit(main())
