"""Build corpus/twenty-seventh (UBND tỉnh Hà Nam, Chương trình hành động số 35/CTr-UBND
ngày 12/5/2021 thực hiện Luật Phòng, chống tác hại của rượu, bia giai đoạn 2021-2025, with
its duties in a landscape PHỤ LỤC after the signature, co-leads in "Cơ quan chủ trì", and
its replies).

Everything generic comes from corpus/render.py (loaded by path): the plan is corpus/seventeenth's
build.plan (portrait body and signature, landscape appendix with merged group rows), the replies
are corpus/fourth's style (" | " lines are Word tables), LibreOffice .pdf/.doc, twenty-fifth's
fixed_pdf. What is new here:
  webmail_pdf  an e-mail printed from Gmail's "print" view to PDF: the browser's header line
               (time, "Gmail - <subject>") and footer line (the mail.google.com address, page)
               on every page, the account line, subject, "1 thư", From/date and "Tới:" lines,
               then the message text (the report pasted as plain lines). Source: the first
               line is the page header, the last the page footer ("left<TAB>right"), the rest
               the page as it reads.
Rebuild:  /work/main/.venv/bin/python corpus/twenty-seventh/build.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
SEVENTEENTH = R.set_module(os.path.join(R.CORPUS, "seventeenth"), "build")
TWENTY_FIFTH = R.set_module(os.path.join(R.CORPUS, "twenty-fifth"), "build")


def plan(src, out, **options):
    """The master plan: corpus/seventeenth's renderer (landscape appendix after the signature)."""
    SEVENTEENTH.plan(src, out, **options)


def fixed_pdf(src, out, **options):
    """corpus/twenty-fifth's fixed_pdf (LibreOffice PDF with fixed dates and /ID)."""
    TWENTY_FIFTH.fixed_pdf(src, out, **options)


def _tab_line(container, text, size, right_cm):
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt
    p = container.paragraphs[0] if container.paragraphs and not container.paragraphs[0].text else container.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(right_cm), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.name = "Arial"
    return p


def webmail_docx(src, out, time=None):
    from docx.shared import Cm, Pt
    lines = R.read_text(src).rstrip("\n").split("\n")
    head, foot, page = lines[0], lines[-1], lines[1:-1]
    doc, normal = R.a4_document("Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.3)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    width = 21.0 - 2.6
    _tab_line(sec.header, head, 8, width)
    _tab_line(sec.footer, foot, 8, width)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "NVY"
    cp.title = head.split("\t")[-1]
    cp.created = cp.modified = time
    cp.revision = 1
    for n, line in enumerate(page):
        if "\t" in line:
            p = _tab_line(doc, line, 10, width)
            if n == 0:
                p.runs[0].bold = True
            continue
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        if line:
            r = p.add_run(line)
            r.font.name = "Arial"
            r.font.size = Pt(13 if n == 1 else 10)
            r.bold = n == 1
    R.save_docx(doc, out, time)


def webmail_pdf(src, out, profile=None, time=None, **_):
    R.via_docx(lambda d: webmail_docx(src, d, time), "pdf", out, profile)
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
