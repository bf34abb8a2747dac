"""Build corpus/sixteenth (tỉnh Lâm Đồng, bảo đảm trật tự, an toàn giao thông 2026) from src/.

Sources follow corpus/fourth's layout (header columns, type and title, body with " | "
tables, Nơi nhận, signature). Reused renderers (corpus/render.py, the shared renderer):
  - corpus/fourth's style: DOCX with Word body tables, text PDF through LibreOffice;
  - corpus/thirteenth's .xlsx report with merged header and closing cells;
  - corpus/sixth's two documents in one DOCX.
New here:
  - an e-office "chi tiết văn bản" page saved from the browser (.html): the system's
    metadata table, then the document as HTML paragraphs, the header and closing as
    two-column tables and the body table as a bordered table;
  - an .rtf: the DOCX saved as RTF by LibreOffice (its \\info times fixed).

Which file is rendered how is render.yaml (the page's system fields there too;
build.html_page and build.two_documents are this module's), built by corpus/render.py.

Run:  /work/main/.venv/bin/python corpus/sixteenth/build.py   (= corpus/render.py sixteenth)
      (only the two-document DOCX added later: add --two-documents)
DOCX, XLSX, HTML and RTF are deterministic; the PDF carries LibreOffice's creation date.
"""
import html
import os
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = render.set_paths(__file__)
CORPUS = render.CORPUS
FIXED_TIME = datetime(2026, 1, 1, 0, 0, 0)

def render_html(d, meta, out):
    e = html.escape
    o = []
    w = o.append
    w('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n')
    w('<title>Chi tiết văn bản đi - %s</title>\n' % e(meta["fields"][0][1]))
    w('<style>\nbody{font-family:Arial,Helvetica,sans-serif;font-size:13px;margin:0}\n'
      '.topbar{background:#0b5394;color:#fff;padding:8px 16px;font-weight:bold}\n'
      '.crumb{padding:6px 16px;color:#555}\n'
      'table.info{border-collapse:collapse;margin:8px 16px;width:900px}\n'
      'table.info th{background:#eef3f8;text-align:left;width:160px;border:1px solid #ccd;padding:4px}\n'
      'table.info td{border:1px solid #ccd;padding:4px}\n'
      '.doc{font-family:"Times New Roman",serif;font-size:14pt;width:780px;margin:16px 40px;'
      'border:1px solid #ddd;padding:24px 40px}\n'
      '.doc p{margin:0 0 6pt 0;text-align:justify;text-indent:1cm}\n'
      '.doc td p{text-indent:0;text-align:center;margin:0}\n'
      'table.bang{border-collapse:collapse;width:100%;font-size:12pt}\n'
      'table.bang td{border:1px solid #000;padding:3px;vertical-align:top}\n'
      '.footer{padding:8px 16px;color:#777;font-size:11px}\n</style>\n</head>\n<body>\n')
    w('<div class="topbar">%s</div>\n' % e(meta["system"]))
    w('<div class="crumb">Trang chủ &raquo; Văn bản đi &raquo; Chi tiết văn bản'
      ' &nbsp;|&nbsp; Đơn vị: %s &nbsp;|&nbsp; Người dùng: %s</div>\n'
      % (e(meta["unit"]), e(meta["user"])))
    w('<h3 style="margin:8px 16px">THÔNG TIN VĂN BẢN</h3>\n<table class="info">\n')
    for k, v in meta["fields"]:
        w('<tr><th>%s</th><td>%s</td></tr>\n' % (e(k), e(v)))
    w('</table>\n<h3 style="margin:8px 16px">NỘI DUNG VĂN BẢN</h3>\n<div class="doc">\n')

    # header: two columns
    w('<table style="width:100%"><tr>\n<td style="width:42%;vertical-align:top">\n')
    for n, line in enumerate(d["left"]):
        if line.startswith("Số:"):
            w('<p>%s</p>\n' % e(line))
        elif n < 1:
            w('<p>%s</p>\n' % e(line))
        else:
            w('<p><b>%s</b></p>\n' % e(line))
    w('</td>\n<td style="vertical-align:top">\n')
    for n, line in enumerate(d["right"]):
        w('<p><b>%s</b></p>\n' % e(line) if n < 2 else '<p><i>%s</i></p>\n' % e(line))
    w('</td>\n</tr></table>\n')
    w('<p style="text-align:center;text-indent:0;margin-top:12pt"><b>%s</b></p>\n' % e(d["type"]))
    for line in d["title"]:
        w('<p style="text-align:center;text-indent:0"><b>%s</b></p>\n' % e(line))

    body = d["body"]
    i = 0
    while i < len(body):
        line = body[i]
        if render.CELL_SEP in line:
            w('<table class="bang">\n')
            first = True
            while i < len(body) and render.CELL_SEP in body[i]:
                cells = [c.strip() for c in body[i].split(render.CELL_SEP)]
                tag = ("<td><b>%s</b></td>" if first else "<td>%s</td>")
                w("<tr>" + "".join(tag % e(c) for c in cells) + "</tr>\n")
                first = False
                i += 1
            w('</table>\n')
            continue
        if render.ROMAN.match(line) or (render.ARABIC.match(line) and len(line) < 90
                                        and not line.endswith((".", ";"))):
            w('<p><b>%s</b></p>\n' % e(line))
        else:
            w('<p>%s</p>\n' % e(line))
        i += 1

    # closing: Nơi nhận left, signature right
    w('<table style="width:100%;margin-top:12pt"><tr>\n<td style="width:50%;vertical-align:top">\n')
    for n, line in enumerate(d["noi_nhan"]):
        if n == 0:
            w('<p style="text-align:left"><b><i>%s</i></b></p>\n' % e(line))
        else:
            w('<p style="text-align:left;font-size:11pt">%s</p>\n' % e(line))
    w('</td>\n<td style="vertical-align:top">\n')
    for line in d["sign"]:
        w('<p><b>%s</b></p>\n' % e(line) if line else '<p>&nbsp;</p>\n')
    w('</td>\n</tr></table>\n</div>\n')
    w('<div class="footer">%s &nbsp;|&nbsp; Bản quyền thuộc Sở Khoa học và Công nghệ tỉnh Lâm Đồng</div>\n'
      % e(meta["viewed"]))
    w('</body>\n</html>\n')
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("".join(o))


def fourth_docx(d, parent_lines, out):
    render.render_nd30(d, parent_lines, out, render.layout("fourth"), FIXED_TIME)


# ---------------------------------------------------------------- renderers of render.yaml

def html_page(src, out, page, **_):
    """render_html of a source; page: the e-office system's own fields (render.yaml)."""
    render_html(render.parse_style("fourth", render.read_text(src)), page, out)


def two_documents(src, out, parent_lines=1, **_):
    """ONE DOCX holding two documents (cover công văn, then the plan), both with their
    own Nơi nhận and signature, in corpus/sixth's style."""
    docs = render.parse_documents("sixth", render.read_text(src))
    for d in docs:
        # a "Kính gửi:" followed by "- …" addressee lines: all of them are Kính gửi
        if d["kinh_gui"] and d["type"].startswith("-"):
            d["kinh_gui"] += [d["type"]] + d["title"]
            d["type"], d["title"] = "", []
    render.render_nd30(docs, parent_lines, out, render.layout("sixth"), FIXED_TIME)


if __name__ == "__main__":
    sys.exit(render.main([HERE] + sys.argv[1:]))
