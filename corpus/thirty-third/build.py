"""Build corpus/thirty-third (UBND xã Ngọc Lặc, tỉnh Thanh Hóa: Kế hoạch 27/KH-UBND ngày
05/02/2026, phòng, chống ma túy, mại dâm và các tệ nạn xã hội khác năm 2026, whose work is
assigned in a MATRIX: an appendix "Bảng phân công nhiệm vụ" whose columns are the units, each
cell "CT" (chủ trì) or "PH" (phối hợp) or empty; and the replies of the units with CT cells).

Everything generic is corpus/render.py's (render.yaml names the renderers); fixed_pdf (a
LibreOffice PDF with fixed dates and /ID) is corpus/twenty-fifth's, loaded by path. New here:
  matrix_plan  the master plan: corpus/third's portrait DOCX (fourth's layout) up to the
               signature, then a LANDSCAPE section with the appendix title, the matrix as a Word
               table (render.merged_table: a two-row header, "Cơ quan, đơn vị thực hiện" merged
               over the unit columns and STT / Nội dung / Thời gian merged down; group rows
               "I | … | < | …" merged across), the unit and CT/PH columns centred, the second
               header row bold and repeated with the first; then the legend lines under it
               ("Ghi chú: CT - Chủ trì; PH - Phối hợp.").
Run:  /work/main/.venv/bin/python corpus/thirty-third/build.py
"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def matrix_plan(src, out, parent_lines=0, matrix_widths=None, time=None, **_):
    """The plan (portrait) and its landscape matrix appendix with the legend under it."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    main_text, appendix = R.split_documents(R.read_text(src))
    tmp = tempfile.mkdtemp(prefix="thirty-third-plan-")
    try:
        first = os.path.join(tmp, "first.docx")
        R.source_docx("fourth", main_text, parent_lines, first, time)
        doc = Document(first)
    finally:
        R.shutil.rmtree(tmp, ignore_errors=True)
    R.landscape_section(doc)
    lines = appendix.split("\n")
    k = lines.index("")
    R.appendix_title(doc, lines[:k], first=13, others=13, paren_after=6)
    rows = [R.cells(l) for l in lines[k:] if "|" in l]
    legend = [l.strip() for l in lines[k:] if l.strip() and "|" not in l]
    t = R.merged_table(doc, rows, {len(widths): widths for widths in [matrix_widths]})
    for r, row in enumerate(rows):
        if r > 0 and "<" in row:
            continue   # a group row: "I" and its merged title stay as merged_table set them
        for c, text in enumerate(row):
            if text in ("^", "<") or (c == 1 and r > 1):
                continue
            for p in t.cell(r, c).paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if r == 1:
                    for run in p.runs:
                        run.bold = True
    t.rows[1]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    R.para(doc, after=4)
    for n, line in enumerate(legend):
        p = R.para(doc, size=12, indent=None, after=2)
        head, sep, rest = line.partition(":") if n == 0 else ("", "", line)
        if sep:
            R.run(p, head + sep, 12, bold=True, italic=True)
            R.run(p, rest, 12, italic=True)
        else:
            R.run(p, line, 12, italic=True)
    R.save_docx(doc, out, time)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
