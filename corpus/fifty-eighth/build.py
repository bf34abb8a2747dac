#!/usr/bin/env python3
"""Build corpus/fifty-eighth (Ban Quản lý các khu công nghiệp tỉnh Hưng Yên: Kế hoạch 118/KH-BQLKCN
ngày 16/01/2026, an toàn, vệ sinh lao động và phòng cháy, chữa cháy tại KCN Minh Quang, KCN Sông
Trà năm 2026; holders are the Ban's phòng, two bodies it can only ask, two park infrastructure
companies and the enterprises of the parks) from src/.

The Ban, its phòng, the Công đoàn and the two infrastructure companies write in the NĐ 30 layout
(render.py's docx / pdf / doc / scan). What is new here, the enterprises' own letters:

  letter_docx     a company letter from a "@section" source (see parse_letter): the letterhead
                  (company name, English name, address / MST lines, a rule under them) in place
                  of the Quốc hiệu header; number (and V/v) on the left, place and date on the
                  right; Kính gửi; title; body (headings and " | " tables as corpus/fourth's
                  style); Nơi nhận | signature. An "@email" section puts the mail client's
                  printed header (Từ / Gửi đến / Ngày / Tiêu đề) above it.
  letter_pdf      letter_docx converted by LibreOffice, fixed dates and /ID.
  checklist_xlsx  a company's self-inspection checklist (yaml with the keys of render.py's
                  xlsx report, so that goldcheck reads its cells): letterhead rows left, number
                  and date right, title lines, the bordered table with an English header,
                  Nơi nhận | signature.
  fixed_pdf       corpus/twenty-fifth's text PDF of a "docx" source (fixed dates and /ID).

Run:  /work/main/.venv/bin/python corpus/fifty-eighth/build.py   (= corpus/render.py fifty-eighth)
"""
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


def parse_letter(text):
    """Sections "@name" (email, letterhead, number, date, kinh_gui, title, body, noi_nhan, sign),
    one line each; blank lines kept only in sign."""
    d, cur = {}, None
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("@"):
            cur = line[1:].strip()
            d[cur] = []
        elif cur == "sign" or line.strip():
            d[cur].append(line.strip())
    return d


def _rule_below(p, size="8"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", size), ("w:space", "1"), ("w:color", "1F3864")):
        b.set(qn(k), v)
    bdr.append(b)
    p._p.get_or_add_pPr().append(bdr)


def letter_document(d, fixed_time):
    from docx.enum.text import WD_ALIGN_PARAGRAPH as A
    from docx.shared import RGBColor
    title = " ".join(d.get("title", [])) or (d.get("number", [""])[-1])
    doc = R.new_document(title, fixed_time)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "HSE-Admin"
    if d.get("email"):
        for line in d["email"]:
            label, _, rest = line.partition(":")
            p = R.para(doc, align=A.LEFT)
            R.run(p, label + ":", 10, bold=True)
            R.run(p, rest, 10)
        _rule_below(R.para(doc, after=10), "6")
    head = d["letterhead"]
    for n, line in enumerate(head):
        if n == 0:
            r = R.run(R.para(doc, align=A.LEFT), line, 14, bold=True)
            r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        elif n == 1 and line.isupper():
            R.run(R.para(doc, align=A.LEFT), line, 11, bold=True, italic=True)
        else:
            R.para(doc, line, size=10, align=A.LEFT)
    _rule_below(doc.paragraphs[-1])
    R.para(doc, after=4)
    left, right = R.two_columns(doc, (8.0, 8.5))
    f = [True]
    for line in d["number"]:
        R.cell_para(left, f, line, size=13 if line.startswith("Số") else 12, align=A.LEFT)
    f = [True]
    for line in d["date"]:
        R.cell_para(right, f, line, size=13, italic=True, align=A.RIGHT)
    R.para(doc, after=6)
    for line in d.get("title", []):
        if line.startswith("("):
            R.para(doc, line, size=13, italic=True, align=A.CENTER)
        else:
            R.para(doc, line, size=14, bold=True, align=A.CENTER)
    if d.get("title"):
        R.para(doc, after=4)
    for line in d.get("kinh_gui", []):
        R.para(doc, line, size=14, align=A.CENTER, after=10)
    R.nd30_body(doc, d["body"], R.layout("fourth"))
    R.nd30_closing(doc, {"noi_nhan": ["Nơi nhận:"] + d.get("noi_nhan", []), "sign": d["sign"]},
                   R.layout("fourth", closing_cantsplit=True))
    return doc


def letter_docx(src, out, time=None, **_):
    R.save_docx(letter_document(parse_letter(R.read_text(src)), time), out)


def letter_pdf(src, out, profile=None, time=None, **_):
    R.via_docx(lambda tmp: letter_docx(src, tmp, time), "pdf", out, profile)
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


def checklist_xlsx(src, out, creator="HSE", time=None, modified_stamp="2026-01-01T00:00:00Z", **_):
    import yaml
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter as col
    with open(src, encoding="utf-8") as fh:
        d = yaml.safe_load(fh)
    wb = Workbook()
    ws = wb.active
    ws.title = d["sheet"]
    ncol = len(d["columns"])
    last = col(ncol)
    for i, w in enumerate(d["widths"]):
        ws.column_dimensions[col(i + 1)].width = w
    centre, left = R.xl_align(), R.xl_align("left", "center")
    box = R.xl_grid(None)
    r = 1
    for n, (lt, rt) in enumerate(zip(d["header_left"], d["header_right"])):
        R.xl_put(ws, f"A{r}:B{r}", lt, R.xl_font(13 if n == 0 else 11, n < 2, n == 1), R.xl_align("left", "center", False))
        if rt:
            R.xl_put(ws, f"C{r}:{last}{r}", rt, R.xl_font(12, False, n == 2), R.xl_align("right", "center", False))
        r += 1
    r += 1
    for n, line in enumerate(d["title"]):
        R.xl_put(ws, f"A{r}:{last}{r}", line, R.xl_font(14 if n == 0 else 12, n < 2, n >= 1), centre)
        ws.row_dimensions[r].height = 22 if n < 2 else 30
        r += 1
    r += 1
    fill = PatternFill("solid", fgColor="D9E1F2")
    for i, h in enumerate(d["columns"]):
        c = R.xl_put(ws, ws.cell(row=r, column=i + 1).coordinate, h, R.xl_font(bold=True), centre, box)
        c.fill = fill
    ws.row_dimensions[r].height = 30
    r += 1
    for row in d["rows"]:
        if isinstance(row, dict):
            num, text = row["section"]
            R.xl_put(ws, f"A{r}", num, R.xl_font(bold=True), centre, box)
            R.xl_put(ws, f"B{r}:{last}{r}", text, R.xl_font(bold=True), left)
            for k in range(1, ncol + 1):
                ws.cell(row=r, column=k).border = box
        else:
            for i, v in enumerate(row):
                R.xl_put(ws, ws.cell(row=r, column=i + 1).coordinate, v if v != "" else None,
                         R.xl_font(), centre if i in (0, 2) else left, box)
            lines = max(math.ceil(len(str(v)) * 1.1 / max(d["widths"][i] - 1, 1)) for i, v in enumerate(row))
            ws.row_dimensions[r].height = 16 * max(1, lines)
        r += 1
    r += 1
    top = r
    for n, line in enumerate(d["noi_nhan"]):
        R.xl_put(ws, f"A{r}:B{r}", line, R.xl_font(12 if n == 0 else 11, n == 0, n == 0),
                 R.xl_align("left", "top", None))
        r += 1
    r = top
    for n, line in enumerate(d["sign"]):
        R.xl_put(ws, f"D{r}:{last}{r}", line or None, R.xl_font(13, n in (0, len(d["sign"]) - 1), False), centre)
        r += 1
    R.xl_landscape(ws)
    R.save_workbook(wb, out, creator, time, modified_stamp, title=d["title"][0])


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
