"""Build corpus/fortieth (xã Triệu Phong, tỉnh Quảng Trị: Kế hoạch 24/KH-UBND ngày 21/01/2026,
phát triển người tham gia BHXH, BHYT năm 2026, and the replies of the commune's own bodies).

Everything generic is corpus/render.py's (render.yaml names the renderers); the fixed-date text
PDF is corpus/twenty-fifth's (fixed_pdf), loaded by path. New here:
  tracked_docx  a DOCX saved with tracked changes still in it: the source marks an inserted
                passage {+ … +} and a deleted one {- … -}; they become w:ins runs and w:del
                runs (w:delText) by one author at one time, and settings.xml keeps
                <w:trackRevisions/> on. The document's FINAL text drops {- … -}, keeps {+ … +}.
  photo_page    one page of a two-page report photographed by phone (render.py's page_images +
                photographed, corpus/fifth's look: tilt, uneven lamp light, warm tint, noise),
                saved as JPEG; one output per page, each with its own tilt and seed.
Run:  /work/main/.venv/bin/python corpus/fortieth/build.py   (= corpus/render.py fortieth)
"""
import io
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf

MARK = re.compile(r"\{([+-])(.*?)\1\}", re.S)


def final_text(text):
    """A tracked source as the document finally reads: deletions gone, insertions kept."""
    return MARK.sub(lambda m: m.group(2) if m.group(1) == "+" else "", text)


def _tracked_paragraph(p, author, date, ids):
    from copy import deepcopy
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    text = p.text
    runs = p.runs
    rpr = runs[0]._r.find(qn("w:rPr")) if runs else None
    for r in runs:
        r._r.getparent().remove(r._r)

    def new_run(s, deleted=False):
        r = OxmlElement("w:r")
        if rpr is not None:
            r.append(deepcopy(rpr))
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = s
        r.append(t)
        return r

    pos = 0
    for m in MARK.finditer(text):
        if m.start() > pos:
            p._p.append(new_run(text[pos:m.start()]))
        kind = "w:ins" if m.group(1) == "+" else "w:del"
        wrap = OxmlElement(kind)
        wrap.set(qn("w:id"), str(next(ids)))
        wrap.set(qn("w:author"), author)
        wrap.set(qn("w:date"), date)
        wrap.append(new_run(m.group(2), deleted=kind == "w:del"))
        p._p.append(wrap)
        pos = m.end()
    if pos < len(text):
        p._p.append(new_run(text[pos:]))


def tracked_docx(src, out, time=None, author="Reviewer", rev_date="2026-01-01T08:00:00Z",
                 parent_lines=1, style="third", **_):
    import itertools
    from docx import Document
    from docx.oxml import OxmlElement
    buf = io.BytesIO()
    R.source_docx(style, R.read_text(src), parent_lines, buf, time)
    buf.seek(0)
    doc = Document(buf)
    ids = itertools.count(101)
    for p in doc.paragraphs:
        if MARK.search(p.text):
            _tracked_paragraph(p, author, rev_date, ids)
    settings = doc.settings.element
    track = OxmlElement("w:trackRevisions")
    anchor = next((e for e in settings if e.tag.endswith("}defaultTabStop")), None)
    if anchor is not None:
        anchor.addprevious(track)
    else:
        settings.append(track)
    doc.core_properties.author = author
    doc.core_properties.last_modified_by = author
    R.save_docx(doc, out, time)


def photo_page(src, out, page=1, pages=2, starts=None, angle=0.8, seed=5, dpi=200, quality=84,
               profile=None, **options):
    """Page `page` of the source's text PDF photographed on a desk (JPEG); the PDF must have
    `pages` pages and the page must begin with `starts`, so that the photos show the split the
    gold describes."""
    import numpy as np
    tmp = tempfile.mkdtemp(prefix="render-40-")
    try:
        pdf = os.path.join(tmp, "text.pdf")
        R.converted_file(src, pdf, profile, **options)
        imgs = R.page_images(pdf, dpi)
        if len(imgs) != pages:
            raise SystemExit("%s: %d pages, expected %d" % (src, len(imgs), pages))
        if starts:
            import pdfplumber
            with pdfplumber.open(pdf) as doc:
                first = (doc.pages[page - 1].extract_text() or "").lstrip()
            if not first.startswith(starts):
                raise SystemExit("%s: page %d begins %r, expected %r" % (src, page, first[:40], starts))
        img = R.photographed(imgs[page - 1], angle, np.random.default_rng(seed))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        img.save(out, "JPEG", quality=quality)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
