#!/usr/bin/env python3
"""Build corpus/one-hundred-eighteenth (UBND phường Tam Điệp, tỉnh Ninh Bình: Kế hoạch 07/KH-UBND
ngày 07/01/2026, tổ chức Tết Nguyên đán Bính Ngọ năm 2026, deadlines written in the lunar calendar;
and the plans and reports the ward's offices, the Công an, the Ban Chỉ huy quân sự, the Trạm Y tế,
the Mặt trận and the tổ dân phố sent back around Tết) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers). Borrowed, by path:
  fixed_pdf    corpus/twenty-fifth's fixed-date text PDF.
  prose_pdf    corpus/one-hundred-ninth's report with unnumbered bold labels ("!B …"); with
               motto="MẶT TRẬN" the Front's own "MẶT TRẬN TỔ QUỐC VIỆT NAM" header.
  plain_photo  corpus/one-hundred-ninth's page a tổ trưởng types in Word (no NĐ 30 header; "|C",
               "|c", "|B", "|R", "|S" line marks), printed and photographed with a phone (JPEG).
New here:
  letter_pdf   a Thư chúc Tết: the NĐ 30 header (no Số), the type line, the text and the signature,
               with no Nơi nhận (an empty "Nơi nhận:" block in the source is dropped); text PDF
               with fixed dates.

Run:  /work/main/.venv/bin/python corpus/one-hundred-eighteenth/build.py   (= corpus/render.py one-hundred-eighteenth)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
CORPUS = os.path.dirname(HERE)
T25 = R.set_module(os.path.join(CORPUS, "twenty-fifth"), "build")
N109 = R.set_module(os.path.join(CORPUS, "one-hundred-ninth"), "build")
fixed_pdf = T25.fixed_pdf
prose_pdf = N109.prose_pdf
plain_photo = N109.plain_photo


def letter_docx(src, out, style="fourth", parent_lines=1, time=None, **_):
    """A letter in the NĐ 30 layout whose closing is the signature alone."""
    d = R.parse_style(style, R.read_text(src))
    if d["noi_nhan"] == ["Nơi nhận:"]:
        d["noi_nhan"] = []
    R.render_nd30(d, parent_lines, out, R.layout(style), time)


def letter_pdf(src, out, profile=None, **options):
    """letter_docx converted by LibreOffice, fixed dates and /ID."""
    R.via_docx(lambda tmp: letter_docx(src, tmp, **options), "pdf", out, profile)
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
