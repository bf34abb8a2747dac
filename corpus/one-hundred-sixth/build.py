#!/usr/bin/env python3
"""Build corpus/one-hundred-sixth (Trung tâm Khuyến nông tỉnh Sơn La: Kế hoạch 08/KH-TTKN ngày
12/01/2026, hoạt động khuyến nông năm 2026, whose duties are the rows of a Gantt chart of months,
and the replies of its phòng and Trạm Khuyến nông khu vực) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers); the fixed-date text
PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. New here:
  gantt_docx  render.py's tables_docx (merged header cells: "Thời gian thực hiện năm 2026" over
              the twelve month columns), then each table with twelve month columns laid out as a
              Gantt chart: narrow month columns with tight cell margins, 10-11 pt text, month
              labels 9 pt, each "x"/"X" centred in a grey-shaded cell, both header rows repeated
              on every page; landscape=True puts the chart in a landscape A4 section of its own
              (the section ends with the "Ghi chú" line under the chart, the prose before and
              after stays portrait).
  gantt_pdf   gantt_docx converted by LibreOffice, with fixed dates and /ID (render.fix_pdf).
Run:  /work/main/.venv/bin/python corpus/one-hundred-sixth/build.py   (= render.py one-hundred-sixth)
"""
import copy
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
fixed_pdf = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build").fixed_pdf

MONTHS = 12
WIDTHS = {
    # TT | Nội dung hoạt động | Đơn vị chủ trì | Đơn vị phối hợp | T1 … T12: 25.8 cm of a landscape A4
    4 + MONTHS: (1.0, 9.2, 3.4, 3.8) + (0.7,) * MONTHS,
    # TT | Nội dung | Người thực hiện | T1 … T12: 16.5 cm, the portrait A4 text width of NĐ 30
    3 + MONTHS: (0.8, 5.6, 2.06) + (0.67,) * MONTHS,
}


def _cell_margins(table, cm):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm
    mar = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:w"), str(int(Cm(cm).twips)))
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    pr = table._tbl.tblPr
    look = pr.find(qn("w:tblLook"))   # schema order: tblCellMar comes before tblLook
    if look is not None:
        look.addprevious(mar)
    else:
        pr.append(mar)


def _shade(cell, fill="D9D9D9"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _section_end(paragraph_el, sect_pr):
    """Make the paragraph the last one of a section whose properties are sect_pr."""
    from docx.oxml.ns import qn
    ppr = paragraph_el.find(qn("w:pPr"))
    if ppr is None:
        from docx.oxml import OxmlElement
        ppr = OxmlElement("w:pPr")
        paragraph_el.insert(0, ppr)
    ppr.append(sect_pr)


def _landscape_section(doc, tbl):
    """The table alone (with the note under it) in a landscape section: the paragraph before it
    closes a portrait section, the "Ghi chú" line after it (else the blank line) a landscape one."""
    from docx.oxml.ns import qn
    body_sect = doc.sections[-1]._sectPr
    before = tbl.getprevious()
    if before is None or before.tag != qn("w:p"):
        raise ValueError("a Gantt table needs a paragraph before it")
    _section_end(before, copy.deepcopy(body_sect))
    end = tbl.getnext()
    nxt = end.getnext() if end is not None else None
    if nxt is not None and nxt.tag == qn("w:p") and "".join(nxt.itertext()).startswith("Ghi chú"):
        end.getparent().remove(end)   # the blank line tables_in_body put after the table
        end = nxt
    land = copy.deepcopy(body_sect)
    size, mar = land.find(qn("w:pgSz")), land.find(qn("w:pgMar"))
    size.set(qn("w:w"), "16838")
    size.set(qn("w:h"), "11906")
    size.set(qn("w:orient"), "landscape")
    for edge, twips in (("top", 1134), ("bottom", 1134), ("left", 1134), ("right", 850)):
        mar.set(qn("w:" + edge), str(twips))
    _section_end(end, land)


def gantt_docx(src, out, time=None, parent_lines=1, landscape=False, text_size=11, **_):
    from docx import Document
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.shared import Pt
    buf = io.BytesIO()
    R.tables_docx(R.read_text(src), parent_lines, buf, WIDTHS, time, style="third")
    buf.seek(0)
    doc = Document(buf)
    for t in doc.tables:
        ncols = len(t.columns)
        if ncols not in WIDTHS:
            continue
        first_month = ncols - MONTHS
        _cell_margins(t, 0.05)
        # merged_table repeats the first header row; the month labels row repeats with it
        t.rows[1]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for r, row in enumerate(t.rows):
            seen = set()
            for c, cell in enumerate(row.cells):
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                text = cell.text.strip()
                cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
                for p in cell.paragraphs:
                    if r < 2 or c == 0 or c >= first_month:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    else:
                        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
                    for run in p.runs:
                        run.font.size = Pt(9 if (r == 1 and c >= first_month) else text_size)
                        if r < 2:
                            run.bold = True
                if r >= 2 and c >= first_month and text in ("x", "X"):
                    _shade(cell)
        if landscape:
            _landscape_section(doc, t._tbl)
    R.save_docx(doc, out, time)


def gantt_pdf(src, out, profile=None, **options):
    """gantt_docx converted to PDF by LibreOffice, fixed dates and /ID."""
    R.via_docx(lambda tmp: gantt_docx(src, tmp, **options), "pdf", out, profile)
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
