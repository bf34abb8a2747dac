"""Build corpus/thirty-sixth (UBND huyện Mường Ảng, tỉnh Điện Biên: Kế hoạch số 15/KH-UBND
ngày 18/01/2022, phổ biến, giáo dục pháp luật năm 2022, with its "Đề cương báo cáo" after the
signature, and the replies of the district's bodies and two communes).

Everything generic is corpus/render.py's (render.yaml names the renderers); the fixed-date
PDF is corpus/twenty-fifth's (fixed_pdf), loaded by path. New here:
  plan_docx  the plan (fourth's style), then after a page break its attached outline: title
             lines ("(Kèm theo …)" italic), headings and instructions, and the "Biểu số liệu"
             as a Word table (" | " lines; a trailing "|" is an empty "Số lượng" cell).
  bieu_xls   a commune's report that is only the Biểu số liệu: header block, title, a
             two-line cover, the table, Nơi nhận | signature; written with openpyxl and
             saved by LibreOffice as .xls (Excel 97-2003).
Run:  /work/main/.venv/bin/python corpus/thirty-sixth/build.py
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf

OUTLINE_WIDTHS = {4: (1.3, 9.2, 3.5, 2.5)}


def plan_docx(src, out, style="fourth", parent_lines=0, time=None, **_):
    plan, outline = R.split_documents(R.read_text(src))
    lay = R.layout(style)
    doc = R.nd30_docx([R.parse_style(style, plan)], parent_lines, lay, time)
    lines = outline.strip("\n").split("\n")
    title = []
    while lines and lines[0].strip():
        title.append(lines.pop(0).strip())
    R.page_break(doc)
    R.appendix_title(doc, title, first=14, others=14, paren_after=12)
    body = [l.strip() for l in lines if l.strip()]
    i = 0
    while i < len(body):
        if "|" in body[i]:
            rows = []
            while i < len(body) and "|" in body[i]:
                rows.append(R.cells(body[i]))
                i += 1
            R.merged_table(doc, rows, OUTLINE_WIDTHS)
            continue
        if R.is_caps(body[i]) and not R.ROMAN.match(body[i]):   # the Biểu's title
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            R.para(doc, body[i], size=13, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=12)
        elif body[i].startswith("(") and body[i].endswith(")"):
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            R.para(doc, body[i], size=13, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
        else:
            R.nd30_body(doc, [body[i]], lay)
        i += 1
    R.save_docx(doc, out)


def bieu_xlsx(src, out, creator, time, modified_stamp):
    import yaml
    from openpyxl import Workbook
    d = yaml.safe_load(open(src, encoding="utf-8"))
    wb = Workbook()
    ws = wb.active
    ws.title = d["sheet"]
    ncol = len(d["columns"])
    last = chr(ord("A") + ncol - 1)
    for i, w in enumerate(d["widths"]):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    centre, left, box = R.xl_align(), R.xl_align("left", "center"), R.xl_grid()
    r = 1
    for n, (lt, rt) in enumerate(zip(d["header_left"], d["header_right"])):
        R.xl_put(ws, f"A{r}:B{r}", lt, R.xl_font(12 if n != 1 else 12, n == 1), centre)
        R.xl_put(ws, f"C{r}:{last}{r}", rt, R.xl_font(12 if n == 0 else 13, n < 2, n == 2), centre)
        r += 1
    r += 1
    for n, line in enumerate(d["title"]):
        R.xl_put(ws, f"A{r}:{last}{r}", line, R.xl_font(14 if n == 0 else 13, True), centre)
        r += 1
    r += 1
    for line in d["cover"]:
        R.xl_put(ws, f"A{r}:{last}{r}", line, R.xl_font(13, None, line.startswith("(")),
                 R.xl_align("left", "center"))
        ws.row_dimensions[r].height = 34 if len(line) > 90 else 18
        r += 1
    for i, h in enumerate(d["columns"]):
        R.xl_put(ws, ws.cell(row=r, column=i + 1).coordinate, h, R.xl_font(bold=True), centre, box)
    r += 1
    for row in d["rows"]:
        for i, v in enumerate(row):
            R.xl_put(ws, ws.cell(row=r, column=i + 1).coordinate, v if v != "" else None,
                     R.xl_font(), centre if i in (0, 2, 3) else left, box)
        ws.row_dimensions[r].height = 32
        r += 1
    r += 1
    top = r
    for n, line in enumerate(d["noi_nhan"]):
        R.xl_put(ws, f"A{r}:B{r}", line, R.xl_font(12 if n == 0 else 11, n == 0, n == 0),
                 R.xl_align("left", "top", None))
        r += 1
    r = top
    for n, line in enumerate(d["sign"]):
        R.xl_put(ws, f"C{r}:{last}{r}", line or None, R.xl_font(13, True), centre)
        r += 1
    R.xl_landscape(ws)
    R.save_workbook(wb, out, creator, time, modified_stamp, title=d["title"][1])


def bieu_xls(src, out, creator="UBND", time=None, modified_stamp="2022-01-01T00:00:00Z", profile=None, **_):
    tmp = tempfile.mkdtemp(prefix="render-36-")
    try:
        xlsx = os.path.join(tmp, os.path.splitext(os.path.basename(out))[0] + ".xlsx")
        bieu_xlsx(src, xlsx, creator, time, modified_stamp)
        R.convert_to(xlsx, "xls:MS Excel 97", out, profile)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
