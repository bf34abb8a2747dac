"""corpus/forty-sixth: a commune Party committee's plan after the 2025 reform (Đảng ủy xã
Nhã Nam, tỉnh Bắc Ninh, Kế hoạch số 28-KH/ĐU ngày 22/9/2025 on the commune's first Party
congress resolution) and its replies, all in the Party's own layout.

Everything generic comes from corpus/render.py, the Party layout from corpus/twenty-fourth/
build.py (party_docx, party_pdf; both loaded by path). What is new here: the "***" line under
the issuing body (twenty-fourth has "*") set in plain type, and a phone photo of one page of
a Party document (party_photo). Rebuild:
    /work/main/.venv/bin/python corpus/forty-sixth/build.py
(or `python corpus/render.py forty-sixth`; render.yaml names these functions).
"""
import importlib.util
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
if "corpus_render" in sys.modules:
    R = sys.modules["corpus_render"]
else:
    _spec = importlib.util.spec_from_file_location("corpus_render", os.path.join(HERE, "..", "render.py"))
    R = importlib.util.module_from_spec(_spec)
    sys.modules["corpus_render"] = R   # dataclasses look their module up there
    _spec.loader.exec_module(R)

T = R.set_module(os.path.join(HERE, "..", "twenty-fourth"), "build")   # the Party layout
_party_header = T.party_header


def party_header(doc, d, parent_lines, lay, st=R.PLAIN):
    """twenty-fourth's Party header, with a "***" line set like its "*" (13 pt, not bold)."""
    d = dict(d, left=["*" if l == "***" else l for l in d["left"]])
    _party_header(doc, d, parent_lines, lay, st)
    left = doc.tables[-1].rows[0].cells[0]
    for p in left.paragraphs:
        if p.text == "*":
            p.runs[0].text = "***"


T.party_header = party_header   # used by T.party_document (this process only)


def party_docx(src, out, time=None, parent_lines=1, **_):
    T.party_docx(src, out, time, parent_lines)


def party_pdf(src, out, time=None, parent_lines=1, profile=None, **_):
    T.party_pdf(src, out, time, parent_lines, profile)


def party_photo(src, out, time=None, parent_lines=1, profile=None, angle=1.2, seed=46, **_):
    """Page 1 of the Party-layout PDF photographed on a desk (corpus/render.py photo_jpeg)."""
    tmp = tempfile.mkdtemp(prefix="render-46-")
    try:
        pdf = os.path.join(tmp, "text.pdf")
        party_pdf(src, pdf, time, parent_lines, profile)
        if R.pdf_page_count(pdf) != 1:
            raise RuntimeError("the photographed report must fit one page: %s" % src)
        R.photo_jpeg(pdf, out, angle, seed)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv):
    R.build_set(HERE, argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
