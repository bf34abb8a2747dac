"""Build corpus/twelfth (huyện Mù Cang Chải, Yên Bái, phòng chống thiên tai và TKCN 2024) from src/*.txt.

Sources are typed as in corpus/third (header columns one after the other, title,
body one paragraph a line, "Nơi nhận:", signature); the header, body paragraphs
and closing are rendered by corpus/render.py (the shared renderer, corpus/third's
style). What is this set's own:

  * body tables with merged cells: a run of lines containing "|" is a Word table
    (first line the header row, grid borders from corpus/fourth/build.py); a cell
    "^" is merged vertically with the cell above (one holder over several rows),
    a cell "<" is merged with the cell on its left (a group row "I | … | < | < | <");
    a row whose first cell is empty is typed as such (a task continued on the next
    row: "| … |  |  |");
  * an appendix after the signature: the source holds a line with a single form
    feed, then the appendix (title lines, a blank line, its table); it goes into the
    same DOCX after a page break, without a header or a signature;
  * an .xlsx "biểu mẫu" (openpyxl): header block in merged cells, the table, the
    Nơi nhận and the two signatures ("left | right" lines).

Run:  /work/main/.venv/bin/python corpus/twelfth/build.py
DOCX and XLSX output is deterministic (fixed core properties and zip timestamps);
the PDFs carry LibreOffice's own creation date.
"""
import os
import sys
import tempfile
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py
from render import cells  # noqa: E402,F401
from docx import Document  # noqa: E402
from openpyxl import Workbook  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
LO_PROFILE = "file:///tmp/lo-twelfth-profile"
THIRD_TIME = datetime(2025, 1, 1, 0, 0, 0)   # corpus/third's core-property date, replaced below
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)

# source, output (relative to HERE), format, number of parent-body lines at the
# top of the left header column (printed regular, the rest bold)
FILES = [
    ("00-ke-hoach-huyen.txt", "plan/KH-86-UBND-PCTT-TKCN-2024-Mu-Cang-Chai.pdf", "pdf", 0),
    ("01-phong-nn-bao-cao.txt", "inbox/NN_BC 248 ket qua PCTT 2024.xlsx", "xlsx", 1),
    ("02-xa-khao-mang-ke-hoach.txt", "inbox/xa Khao Mang/KH 27 PCTT-TKCN 2024 xa Khao Mang.docx", "docx", 0),
    ("03-xa-cao-pha-bao-cao.txt", "inbox/BC 112 PCTT nam 2024 - UBND xa Cao Pha.docx", "docx", 0),
    ("04-cong-an-huyen-ke-hoach.txt", "inbox/CAH_KH 418 bao dam ANTT PCTT 2024.pdf", "pdf", 1),
    ("05-ban-chqs-huyen-ke-hoach.txt", "inbox/BCHQS_KH 205 huy dong LL-PT PCTT TKCN 2024.docx", "docx", 1),
    ("06-trung-tam-vhtttt-cong-van.txt", "inbox/TTVHTTTT_CV 38 de nghi KP Tuan VH-DL 2024.docx", "docx", 1),
]

# column widths (cm) of body tables by number of columns; text width 16.5 cm
TABLE_WIDTHS = {
    5: (1.0, 6.2, 3.2, 3.4, 2.7),             # TT | Nội dung | Chủ trì | Phối hợp | Thời gian
    7: (0.9, 2.0, 3.9, 1.2, 1.4, 3.4, 3.7),   # appendix: TT | Bản | Vị trí | hộ | khẩu | nơi sơ tán | phụ trách
}


def build_table(doc, rows):
    """A Word table with merged cells, appended to the body; returns it."""
    return render.merged_table(doc, rows, TABLE_WIDTHS)


def tables_in_body(doc):
    """Turn each run of body paragraphs holding "|" into a Word table in place."""
    paras = list(doc.paragraphs)
    i = 0
    while i < len(paras):
        if "|" not in paras[i].text:
            i += 1
            continue
        j = i
        while j < len(paras) and "|" in paras[j].text:
            j += 1
        run_ = paras[i:j]
        t = build_table(doc, [cells(p.text) for p in run_])
        run_[0]._p.addprevious(t._tbl)
        spacer = render.para(doc, after=6)
        run_[0]._p.addprevious(spacer._p)
        for p in run_:
            p._p.getparent().remove(p._p)
        i = j


def add_appendix(doc, text):
    lines = text.strip("\n").split("\n")
    title = []
    while lines and lines[0].strip():
        title.append(lines.pop(0).strip())
    render.page_break(doc)
    render.appendix_title(doc, title, first=13, others=13, paren_after=6)
    build_table(doc, [cells(l) for l in lines if "|" in l])


def render_docx(text, parent_lines, out):
    parts = render.split_documents(text)
    tmp = tempfile.mkdtemp(prefix="twelfth-docx-")
    try:
        first = os.path.join(tmp, "first.docx")
        render.source_docx("third", parts[0], parent_lines, first, THIRD_TIME)
        doc = Document(first)
    finally:
        render.shutil.rmtree(tmp, ignore_errors=True)
    tables_in_body(doc)
    for part in parts[1:]:
        add_appendix(doc, part)
    render.save_docx(doc, out, FIXED_TIME)


# --- the spreadsheet -------------------------------------------------------

GRID = render.xl_grid()


def xcell(ws, ref, text, size=12, bold=False, italic=False, h="center", wrap=True, border=None):
    return render.xl_put(ws, ref, text, render.xl_font(size, bold, italic), render.xl_align(h, "center", wrap),
                         border)


def render_xlsx(text, parent_lines, out):
    d = render.parse_style("third", text)
    wb = Workbook()
    ws = wb.active
    ws.title = "BC PCTT 2024"
    for col, w in zip("ABCDE", (6, 34, 62, 17, 20)):
        ws.column_dimensions[col].width = w
    # header block: left column A:B, right column C:E
    r = 1
    for n, line in enumerate(d["left"]):
        ws.merge_cells("A%d:B%d" % (r + n, r + n))
        xcell(ws, "A%d" % (r + n), line, bold=n >= parent_lines and not line.startswith("Số:"))
    for n, line in enumerate(d["right"]):
        ws.merge_cells("C%d:E%d" % (r + n, r + n))
        xcell(ws, "C%d" % (r + n), line, bold=n < 2, italic=n >= 2)
    r += max(len(d["left"]), len(d["right"])) + 1
    # type and title
    for n, line in enumerate([d["type"]] + d["title"]):
        ws.merge_cells("A%d:E%d" % (r, r))
        xcell(ws, "A%d" % r, line, size=14 if n < 2 else 12, bold=n < 2, italic=line.startswith("("))
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    # the table
    rows = [cells(l) for l in d["body"] if "|" in l]
    for n, row in enumerate(rows):
        for c, val in zip("ABCDE", row):
            if n and c == "A" and val.isdigit():
                val = int(val)  # the TT column holds numbers, as typed in Excel
            xcell(ws, "%s%d" % (c, r), val if val != "" else None, bold=n == 0,
                  h="center" if n == 0 or c in "ADE" else "left", border=GRID)
        if n:
            ws.row_dimensions[r].height = 15 * max(2, 1 + len(row[2]) // 70)
        r += 1
    r += 1
    # signatures ("left | right"), then Nơi nhận
    for n, line in enumerate(d["sign"]):
        left, right = (cells(line) + ["", ""])[:2]
        ws.merge_cells("C%d:E%d" % (r, r))
        if left:
            xcell(ws, "B%d" % r, left, bold=True)
        if right:
            xcell(ws, "C%d" % r, right, bold=True)
        r += 1
    r += 1
    for n, line in enumerate(d["noi_nhan"]):
        ws.merge_cells("A%d:B%d" % (r, r))
        xcell(ws, "A%d" % r, line, size=11, bold=n == 0, italic=n == 0, h="left")
        r += 1
    render.xl_landscape(ws)
    render.save_workbook(wb, out, "NN-PTNT", FIXED_TIME, "2024-01-01T00:00:00Z",
                         title=d["type"] + " " + d["title"][0])


# Added later: one file holding two documents (a cover công văn, then the plan it
# sends, each with its own header and signature), rendered by corpus/sixth/build.py
# into one DOCX with a page break between them. Build only this file with
#   /work/main/.venv/bin/python corpus/twelfth/build.py --addon
ADDON_FILES = [
    ("07-xa-che-tao-cong-van-ke-hoach.txt", "inbox/CV 58 gui KH 22 PCTT-TKCN 2024 - xa Che Tao.docx", 0),
]


def build_addon():
    root = render.out_dir(HERE)
    for src, rel, parent_lines in ADDON_FILES:
        out = os.path.join(root, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        render.source_docx("sixth", render.read_text(os.path.join(HERE, "src", src)), parent_lines, out,
                           FIXED_TIME, multi=True)
        print(rel)


def main():
    if "--addon" in sys.argv[1:]:
        return build_addon()

    def kind(fn):
        return lambda sp, out, pl: fn(render.read_text(sp), pl, out)

    render.build_files(HERE, FILES, {
        "docx": kind(render_docx),
        "xlsx": kind(render_xlsx),
        "pdf": kind(lambda text, pl, out: render.via_docx(
            lambda tmp: render_docx(text, pl, tmp), "pdf", out, LO_PROFILE)),
    })
    build_addon()


if __name__ == "__main__":
    sys.exit(main())
