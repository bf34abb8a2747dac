#!/usr/bin/env python3
"""Build corpus/sixty-fourth (UBND huyện Triệu Phong, tỉnh Quảng Trị: Kế hoạch 27/KH-UBND ngày
12/02/2025, vận động hiến máu tình nguyện năm 2025; and the files its units sent back) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers); the fixed-date text
PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. What is new here, the formats offices use
less often:
  mht_file      a document saved by Word as a "Single File Web Page" (.mht): a MIME
                multipart/related message, the HTML part (Word's HTML: MsoNormal paragraphs, the
                header and closing as borderless tables) quoted-printable in UTF-8, then Word's
                colorschememapping.xml and filelist.xml parts. CRLF lines, a fixed boundary.
  odt_file      the DOCX of a source converted by LibreOffice Writer to .odt; meta.xml's dates
                and editing data fixed, the package rewritten with fixed timestamps (mimetype
                first, stored).
  pptx_file     a PowerPoint deck written as OOXML by hand (no python-pptx, no Impress here):
                a title slide carrying the NĐ 30 header (issuer and number | Quốc hiệu, date),
                the type and title; a slide per "# heading" with bullets ("- ") and a table
                (" | " lines); the last slide Nơi nhận | signature. 16:9, fixed core dates.
  textbox_docx  a report pasted into a Word text box: the document's body is one anchored
                shape (wps:wsp in mc:AlternateContent, with Word's VML fallback) whose
                txbxContent holds the whole report (header table, title, body, closing table).
                Source: a Đoàn document (right column from "ĐOÀN TNCS").
  excel_pdf     a yaml "biểu mẫu" (the keys of render.py's xlsx-report, with two header rows and
                text rows of two cells) laid out in openpyxl as a landscape A4 sheet with the
                table's header rows set as print titles, printed to PDF by LibreOffice Calc
                (the header rows repeat on page 2), fixed dates and /ID.

Run:  /work/main/.venv/bin/python corpus/sixty-fourth/build.py   (= corpus/render.py sixty-fourth)
"""
import html
import io
import os
import quopri
import re
import shutil
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf


# ---------------------------------------------------------------- .mht (Word "Single File Web Page")

MHT_BOUNDARY = "----=_NextPart_01DB8381.6F2A4B70"


def _h(s):
    return html.escape(s, quote=False)


def _word_p(text, size=13, bold=False, italic=False, align=None, indent=False, after=0):
    style = []
    if indent:
        style.append("text-indent:1.0cm")
    style.append("margin-bottom:%.1fpt" % after if after else "margin-bottom:0cm")
    style.append("text-align:justify" if align is None else "text-align:" + align)
    run = '<span lang=VI style=\'font-size:%.1fpt;font-family:"Times New Roman",serif\'>%s</span>' % (
        size, _h(text) if text else "<o:p>&nbsp;</o:p>")
    if italic:
        run = "<i>%s</i>" % run
    if bold:
        run = "<b>%s</b>" % run
    al = " align=center" if align == "center" else ""
    return "<p class=MsoNormal%s style='%s'>%s</p>" % (al, ";".join(style), run)


def word_html(d, title):
    """Word's HTML of a parsed NĐ 30 document."""
    head = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\n"
            "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\"\n"
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
            "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n"
            "<meta name=Originator content=\"Microsoft Word 15\">\n"
            "<link rel=File-List href=\"%(base)s_files/filelist.xml\">\n"
            "<title>%(title)s</title>\n"
            "<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>PVHTT</o:Author>\n"
            "  <o:LastAuthor>PVHTT</o:LastAuthor>\n  <o:Revision>3</o:Revision>\n"
            "  <o:Created>2025-02-20T01:12:00Z</o:Created>\n  <o:LastSaved>2025-02-20T02:05:00Z</o:LastSaved>\n"
            "  <o:Pages>2</o:Pages>\n  <o:Version>16.00</o:Version>\n </o:DocumentProperties>\n</xml><![endif]-->\n"
            "<link rel=themeData href=\"%(base)s_files/themedata.thmx\">\n"
            "<link rel=colorSchemeMapping href=\"%(base)s_files/colorschememapping.xml\">\n"
            "<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:View>Print</w:View>\n"
            "  <w:Zoom>110</w:Zoom>\n  <w:DocumentKind>DocumentNotSpecified</w:DocumentKind>\n"
            "  <w:SpellingState>Clean</w:SpellingState>\n  <w:GrammarState>Clean</w:GrammarState>\n"
            "  <w:Compatibility>\n   <w:DontGrowAutofit/>\n  </w:Compatibility>\n </w:WordDocument>\n</xml><![endif]-->\n"
            "<style>\n<!--\n /* Font Definitions */\n @font-face\n\t{font-family:\"Times New Roman\";\n"
            "\tpanose-1:2 2 6 3 5 4 5 2 3 4;}\n /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
            "\t{mso-style-unhide:no;\n\tmso-style-qformat:yes;\n\tmso-style-parent:\"\";\n\tmargin:0cm;\n"
            "\tmso-pagination:widow-orphan;\n\tfont-size:14.0pt;\n\tfont-family:\"Times New Roman\",serif;\n"
            "\tmso-fareast-font-family:\"Times New Roman\";}\n"
            "@page WordSection1\n\t{size:595.3pt 841.9pt;\n\tmargin:2.0cm 1.5cm 2.0cm 3.0cm;\n"
            "\tmso-header-margin:35.4pt;\n\tmso-footer-margin:35.4pt;\n\tmso-paper-source:0;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n-->\n</style>\n</head>\n\n"
            "<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>\n\n<div class=WordSection1>\n\n")
    out = [head % {"base": title, "title": _h(d["type"] + " " + " ".join(d["title"]))}]
    table = ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=%d\n"
             " style='width:%.1fpt;border-collapse:collapse;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"
             " <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;mso-yfti-lastrow:yes'>\n")
    out.append(table % (642, 481.6))
    cells = []
    left = []
    for n, line in enumerate(d["left"]):
        if line.startswith("Số:"):
            left.append(_word_p(line, 13, align="center"))
        else:
            left.append(_word_p(line, 13, bold=n >= 1, align="center"))
    right = []
    for n, line in enumerate(d["right"]):
        right.append(_word_p(line, 12 if n == 0 else 13, bold=n < 2, italic=n >= 2, align="center",
                             after=6 if n == 1 else 0))
    for width, paras in ((246, left), (396, right)):
        cells.append("  <td width=%d valign=top style='width:%.1fpt;padding:0cm 5.4pt 0cm 5.4pt'>\n  %s\n  </td>\n"
                     % (width, width * 0.75, "\n  ".join(paras)))
    out.append("".join(cells) + " </tr>\n</table>\n\n")
    out.append(_word_p("", 13) + "\n")
    out.append(_word_p(d["type"], 14, bold=True, align="center") + "\n")
    for line in d["title"]:
        out.append(_word_p(line, 14, bold=True, align="center") + "\n")
    out.append(_word_p("", 13, after=6) + "\n")
    for line in d["body"]:
        heading = bool(R.ROMAN.match(line)) or (R.ARABIC.match(line) and len(line) < 90
                                                 and not line.endswith((".", ";")))
        out.append(_word_p(line, 14, bold=heading, indent=True, after=6) + "\n")
    out.append(_word_p("", 13) + "\n")
    out.append(table % (642, 481.6))
    nn = [_word_p(line, 12 if n == 0 else 11, bold=n == 0, italic=n == 0, align="left")
          for n, line in enumerate(d["noi_nhan"])]
    sg = [_word_p(line, 14, bold=bool(line), align="center") for line in d["sign"]]
    out.append("  <td width=302 valign=top style='width:226.8pt;padding:0cm 5.4pt 0cm 5.4pt'>\n  %s\n  </td>\n"
               % "\n  ".join(nn))
    out.append("  <td width=340 valign=top style='width:255.1pt;padding:0cm 5.4pt 0cm 5.4pt'>\n  %s\n  </td>\n"
               % "\n  ".join(sg))
    out.append(" </tr>\n</table>\n\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n\n</div>\n\n</body>\n\n</html>\n")
    return "".join(out)


def _qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def mht_file(src, out, style="fourth", folder="3F2A1C07", base=None, **_):
    """A source as Word's Single File Web Page (.mht)."""
    d = R.parse_style(style, R.read_text(src))
    base = base or os.path.splitext(os.path.basename(out))[0].replace(" ", "")
    loc = "file:///C:/%s/%s" % (folder, base)
    parts = [("%s.htm" % loc, "quoted-printable", 'text/html; charset="utf-8"', _qp(word_html(d, base))),
             ("%s_files/colorschememapping.xml" % loc, "quoted-printable", "text/xml",
              _qp('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:clrMap xmlns:a="http://schemas.'
                  'openxmlformats.org/drawingml/2006/main" bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" '
                  'accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" '
                  'hlink="hlink" folHlink="folHlink"/>')),
             ("%s_files/filelist.xml" % loc, "quoted-printable", 'text/xml; charset="utf-8"',
              _qp('<xml xmlns:o="urn:schemas-microsoft-com:office:office">\n <o:MainFile HRef="../%s.htm"/>\n'
                  ' <o:File HRef="colorschememapping.xml"/>\n <o:File HRef="filelist.xml"/>\n</xml>' % base))]
    msg = ["MIME-Version: 1.0",
           'Content-Type: multipart/related; boundary="%s"' % MHT_BOUNDARY, "",
           "This document is a Single File Web Page, also known as a Web Archive file.  If you are seeing this "
           "message, your browser or editor doesn't support Web Archive files.  Please download a browser that "
           "supports Web Archive.", ""]
    for loc_, enc, ctype, body in parts:
        msg += ["--" + MHT_BOUNDARY, "Content-Location: " + loc_, "Content-Transfer-Encoding: " + enc,
                "Content-Type: " + ctype, "", body.rstrip("\n"), ""]
    msg += ["--" + MHT_BOUNDARY + "--", ""]
    data = "\r\n".join(line for m in msg for line in m.split("\n"))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "wb") as fh:
        fh.write(data.encode("ascii"))


# ---------------------------------------------------------------- .odt (LibreOffice Writer)

def fixed_odf(path, stamp):
    """An ODF package with fixed meta.xml dates and editing data, fixed rsids, fixed timestamps;
    mimetype first, stored."""
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = []
    for name, data in members:
        if name == "meta.xml":
            t = data.decode("utf-8")
            t = re.sub(r"<meta:creation-date>[^<]*</meta:creation-date>",
                       "<meta:creation-date>%s</meta:creation-date>" % stamp, t)
            t = re.sub(r"<dc:date>[^<]*</dc:date>", "<dc:date>%s</dc:date>" % stamp, t)
            t = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>",
                       "<meta:editing-duration>PT12M40S</meta:editing-duration>", t)
            t = re.sub(r"<meta:generator>[^<]*</meta:generator>",
                       "<meta:generator>LibreOffice/7.4.7.2$Windows_X86_64 LibreOffice_project/</meta:generator>", t)
            data = t.encode("utf-8")
        if name in ("settings.xml", "content.xml", "styles.xml"):
            t = data.decode("utf-8")
            t = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+<', r"\g<1>2040337<", t)
            t = re.sub(r'(officeooo:(?:paragraph-)?rsid=")[0-9a-f]+"', r'\g<1>001f2311"', t)
            data = t.encode("utf-8")
        out.append((name, data))
    out.sort(key=lambda m: m[0] != "mimetype")
    with zipfile.ZipFile(path, "w") as zout:
        for name, data in out:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def odt_file(src, out, style="fourth", parent_lines=1, time=None, profile=None, **kw):
    R.source_converted(style, R.read_text(src), parent_lines, "odt", out, time, profile or LO_PROFILE,
                       table_widths=R.style_widths(style))
    fixed_odf(out, time.strftime("%Y-%m-%dT%H:%M:%S") if time else "2025-01-01T00:00:00")


# ---------------------------------------------------------------- .pptx (hand-written OOXML)

NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PNS = 'xmlns:a="%s" xmlns:r="%s" xmlns:p="%s"' % (NS_A, NS_R, NS_P)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
EMU = 360000   # per cm
SLIDE_W, SLIDE_H = 12192000, 6858000


def _x(s):
    return html.escape(s, quote=True)


def _run(text, sz, bold=False, italic=False, color=None):
    fill = '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % color if color else ""
    return ('<a:r><a:rPr lang="vi-VN" sz="%d"%s%s dirty="0">%s<a:latin typeface="Times New Roman"/>'
            '<a:cs typeface="Times New Roman"/></a:rPr><a:t>%s</a:t></a:r>'
            % (sz * 100, ' b="1"' if bold else "", ' i="1"' if italic else "", fill, _x(text)))


def _para(text, sz, bold=False, italic=False, align="l", bullet=False, color=None, after=0):
    ppr = ' algn="%s"' % align
    inner = ""
    if bullet:
        ppr += ' marL="342900" indent="-342900"'
        inner = '<a:buFont typeface="Arial"/><a:buChar char="&#8226;"/>'
    else:
        inner = "<a:buNone/>"
    if after:
        inner = '<a:spcAft><a:spcPts val="%d"/></a:spcAft>' % (after * 100) + inner
    end = '<a:endParaRPr lang="vi-VN" sz="%d" dirty="0"/>' % (sz * 100)
    return "<a:p><a:pPr%s>%s</a:pPr>%s%s</a:p>" % (ppr, inner, _run(text, sz, bold, italic, color) if text else "", end)


def _sp(sid, name, x, y, w, h, paras, anchor="t", line=None):
    ln = ('<a:ln w="12700"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>' % line) if line else "<a:ln><a:noFill/></a:ln>"
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            '<p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>%s</p:spPr>'
            '<p:txBody><a:bodyPr wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="%s" rtlCol="0">'
            '<a:normAutofit/></a:bodyPr><a:lstStyle/>%s</p:txBody></p:sp>'
            % (sid, name, x, y, w, h, ln, anchor, "".join(paras)))


def _cell(text, sz, bold, fill=None):
    line = '<a:solidFill><a:srgbClr val="000000"/></a:solidFill>'
    borders = "".join('<a:%s w="12700" cap="flat" cmpd="sng" algn="ctr">%s<a:prstDash val="solid"/></a:%s>'
                      % (k, line, k) for k in ("lnL", "lnR", "lnT", "lnB"))
    fill = '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill if fill else "<a:noFill/>"
    p = ('<a:p><a:pPr algn="ctr"/>%s<a:endParaRPr lang="vi-VN" sz="%d" dirty="0"/></a:p>'
         % (_run(text, sz, bold) if text else "", sz * 100))
    return ('<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>%s</a:txBody><a:tcPr marL="68580" marR="68580" anchor="ctr">%s%s</a:tcPr></a:tc>'
            % (p, borders, fill))


def _table(sid, x, y, widths, rows, sz=14, row_h=400000):
    grid = "".join('<a:gridCol w="%d"/>' % w for w in widths)
    trs = []
    for n, row in enumerate(rows):
        bold = n == 0 or row[0].startswith("Cộng")
        trs.append('<a:tr h="%d">%s</a:tr>' % (row_h, "".join(
            _cell(c, sz, bold, "DDEBF7" if n == 0 else None) for c in row)))
    return ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="%d" name="Table %d"/><p:cNvGraphicFramePr>'
            '<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
            '<p:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></p:xfrm><a:graphic>'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>'
            '<a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>%s</a:tblGrid>%s</a:tbl></a:graphicData></a:graphic>'
            '</p:graphicFrame>' % (sid, sid - 1, x, y, sum(widths), row_h * len(rows), grid, "".join(trs)))


GRP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>'
       '<a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')


def _slide(shapes):
    return (XML + '<p:sld %s><p:cSld><p:spTree>%s%s</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>'
            % (PNS, GRP, "".join(shapes)))


def parse_deck(text):
    """(title-slide doc, content slides [(heading, lines)], closing doc) of a deck source: the NĐ 30
    header and type/title blocks (a "(…)" line the subtitle), "# heading" blocks, then Nơi nhận
    and the signature."""
    lines = text.rstrip("\n").split("\n")
    first = next(i for i, l in enumerate(lines) if l.startswith("# "))
    closing = next(i for i, l in enumerate(lines) if l.startswith("Nơi nhận:"))
    d = R.parse_nd30(lines[:first], with_closing=False)
    slides, cur = [], None
    for line in lines[first:closing]:
        if line.startswith("# "):
            cur = (line[2:].strip(), [])
            slides.append(cur)
        elif line.strip():
            cur[1].append(line.strip())
    tail = "\n".join(lines[closing:]).split("\n\n")
    noi_nhan = tail[0].split("\n")
    sign = [l for l in "\n\n".join(tail[1:]).split("\n")]
    while sign and not sign[0].strip():
        sign.pop(0)
    return d, slides, noi_nhan, sign


def deck_slides(d, slides, noi_nhan, sign):
    cm = lambda v: int(v * EMU)  # noqa: E731
    out = []
    # title slide: the NĐ 30 header, the type and title
    left = [_para(l, 14 if l.startswith("Số:") else 13, bold=n > 0 and not l.startswith("Số:"), align="ctr")
            for n, l in enumerate(d["left"])]
    right = [_para(l, 13 if n == 0 else 14, bold=n < 2, italic=n >= 2, align="ctr", after=6 if n == 1 else 0)
             for n, l in enumerate(d["right"])]
    title = [_para(d["type"], 32, bold=True, align="ctr", color="C00000", after=6)]
    sub = [l for l in d["title"] if l.startswith("(")]
    title += [_para(l, 24, bold=True, align="ctr", color="1F3864") for l in d["title"] if not l.startswith("(")]
    shapes = [_sp(2, "TextBox 1", cm(0.6), cm(0.5), cm(13.0), cm(3.2), left),
              _sp(3, "TextBox 2", cm(15.2), cm(0.5), cm(18.0), cm(3.2), right),
              _sp(4, "Title 3", cm(1.5), cm(5.6), cm(30.9), cm(6.4), title, anchor="ctr")]
    if sub:
        shapes.append(_sp(5, "Subtitle 4", cm(3.0), cm(13.2), cm(27.9), cm(2.6),
                          [_para(l, 18, italic=True, align="ctr") for l in sub]))
    out.append(_slide(shapes))
    for heading, lines in slides:
        shapes = [_sp(2, "Title 1", cm(1.2), cm(0.6), cm(31.5), cm(2.2),
                      [_para(heading, 28, bold=True, color="C00000")], anchor="ctr", line=None)]
        y = 3.2
        sid = 3
        rows = [R.cells(l) for l in lines if R.CELL_SEP in l]
        text = [l for l in lines if R.CELL_SEP not in l]
        if rows:
            ncol = len(rows[0])
            widths = [cm(3.4), cm(3.6)] + [cm((31.5 - 7.0) / (ncol - 2))] * (ncol - 2)
            out_rows = [r + [""] * (ncol - len(r)) for r in rows]
            shapes.append(_table(sid, cm(1.2), cm(y), widths, out_rows, sz=15, row_h=cm(1.1)))
            y += 1.1 * len(rows) + 0.6
            sid += 1
        paras = [_para(l[2:], 20, bullet=True, after=8) if l.startswith("- ") else _para(l, 20, after=8)
                 for l in text]
        shapes.append(_sp(sid, "Content %d" % sid, cm(1.2), cm(y), cm(31.5), cm(18.5 - y), paras))
        out.append(_slide(shapes))
    nn = [_para(l, 14 if n == 0 else 13, bold=n == 0, italic=n == 0) for n, l in enumerate(noi_nhan)]
    sg = [_para(l, 16, bold=bool(l) and not l.startswith("("), italic=l.startswith("("), align="ctr") for l in sign]
    out.append(_slide([_sp(2, "TextBox 1", cm(1.2), cm(4.0), cm(13.0), cm(6.0), nn),
                       _sp(3, "TextBox 2", cm(17.5), cm(4.0), cm(14.0), cm(6.0), sg)]))
    return out


THEME = (XML + '<a:theme xmlns:a="%s" name="Office Theme"><a:themeElements><a:clrScheme name="Office">'
         '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
         '<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>'
         '<a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2>'
         '<a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>'
         '<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6>'
         '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>'
         '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Times New Roman"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
         '<a:minorFont><a:latin typeface="Times New Roman"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
         '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>'
         '<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
         '<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
         '<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>'
         '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
         '<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
         '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
         '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>' % NS_A)

MASTER = (XML + '<p:sldMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>'
          '<p:spTree>%s</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" '
          'accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
          'folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>'
          '<p:txStyles><p:titleStyle><a:lvl1pPr algn="l"><a:defRPr sz="3200" kern="1200"><a:solidFill><a:schemeClr val="tx1"/>'
          '</a:solidFill><a:latin typeface="+mj-lt"/></a:defRPr></a:lvl1pPr></p:titleStyle><p:bodyStyle><a:lvl1pPr marL="0" '
          'algn="l"><a:defRPr sz="2000" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin '
          'typeface="+mn-lt"/></a:defRPr></a:lvl1pPr></p:bodyStyle><p:otherStyle><a:lvl1pPr marL="0" algn="l"><a:defRPr '
          'sz="1800" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/></a:defRPr>'
          '</a:lvl1pPr></p:otherStyle></p:txStyles></p:sldMaster>' % (PNS, GRP))

LAYOUT = (XML + '<p:sldLayout %s type="blank" preserve="1"><p:cSld name="Blank"><p:spTree>%s</p:spTree></p:cSld>'
          '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>' % (PNS, GRP))


def _rels(items):
    return (XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
            % "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % i for i in items))


def pptx_file(src, out, time=None, creator="TTYT", modified_stamp=None, **_):
    """A deck source as a PowerPoint .pptx (see parse_deck)."""
    d, slides, noi_nhan, sign = parse_deck(R.read_text(src))
    xml_slides = deck_slides(d, slides, noi_nhan, sign)
    n = len(xml_slides)
    stamp = modified_stamp or time.strftime("%Y-%m-%dT%H:%M:%SZ")
    ct = "application/vnd.openxmlformats-officedocument.presentationml."
    types = ([("/ppt/presentation.xml", ct + "presentation.main+xml"),
              ("/ppt/slideMasters/slideMaster1.xml", ct + "slideMaster+xml"),
              ("/ppt/slideLayouts/slideLayout1.xml", ct + "slideLayout+xml")]
             + [("/ppt/slides/slide%d.xml" % (k + 1), ct + "slide+xml") for k in range(n)]
             + [("/ppt/presProps.xml", ct + "presProps+xml"), ("/ppt/viewProps.xml", ct + "viewProps+xml"),
                ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
                ("/ppt/tableStyles.xml", ct + "tableStyles+xml"),
                ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")])
    files = {}
    files["[Content_Types].xml"] = (
        XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join('<Override PartName="%s" ContentType="%s"/>' % t for t in types) + "</Types>")
    files["_rels/.rels"] = _rels([
        ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        ("rId1", REL + "officeDocument", "ppt/presentation.xml")])
    title = (d["type"] + " " + " ".join(l for l in d["title"] if not l.startswith("("))).strip()
    files["docProps/core.xml"] = (
        XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
        '<cp:revision>4</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
        % (_x(title), creator, creator, stamp, stamp))
    files["docProps/app.xml"] = (
        XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><TotalTime>47</TotalTime>'
        '<Words>0</Words><Application>Microsoft Office PowerPoint</Application><PresentationFormat>Widescreen'
        '</PresentationFormat><Paragraphs>0</Paragraphs><Slides>%d</Slides><Notes>0</Notes><HiddenSlides>0</HiddenSlides>'
        '<AppVersion>16.0000</AppVersion></Properties>' % n)
    files["ppt/presentation.xml"] = (
        XML + '<p:presentation %s saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/>'
        '</p:sldMasterIdLst><p:sldIdLst>%s</p:sldIdLst><p:sldSz cx="%d" cy="%d"/><p:notesSz cx="6858000" cy="9144000"/>'
        '<p:defaultTextStyle><a:lvl1pPr marL="0" algn="l"><a:defRPr sz="1800"><a:latin typeface="+mn-lt"/></a:defRPr>'
        '</a:lvl1pPr></p:defaultTextStyle></p:presentation>'
        % (PNS, "".join('<p:sldId id="%d" r:id="rId%d"/>' % (256 + k, k + 2) for k in range(n)), SLIDE_W, SLIDE_H))
    files["ppt/_rels/presentation.xml.rels"] = _rels(
        [("rId1", REL + "slideMaster", "slideMasters/slideMaster1.xml")]
        + [("rId%d" % (k + 2), REL + "slide", "slides/slide%d.xml" % (k + 1)) for k in range(n)]
        + [("rId%d" % (n + 2), REL + "presProps", "presProps.xml"), ("rId%d" % (n + 3), REL + "viewProps", "viewProps.xml"),
           ("rId%d" % (n + 4), REL + "theme", "theme/theme1.xml"), ("rId%d" % (n + 5), REL + "tableStyles", "tableStyles.xml")])
    files["ppt/presProps.xml"] = XML + '<p:presentationPr %s/>' % PNS
    files["ppt/viewProps.xml"] = (XML + '<p:viewPr %s><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/>'
                                  '</p:normalViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>' % PNS)
    files["ppt/tableStyles.xml"] = (XML + '<a:tblStyleLst xmlns:a="%s" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>' % NS_A)
    files["ppt/theme/theme1.xml"] = THEME
    files["ppt/slideMasters/slideMaster1.xml"] = MASTER
    files["ppt/slideMasters/_rels/slideMaster1.xml.rels"] = _rels(
        [("rId1", REL + "slideLayout", "../slideLayouts/slideLayout1.xml"), ("rId2", REL + "theme", "../theme/theme1.xml")])
    files["ppt/slideLayouts/slideLayout1.xml"] = LAYOUT
    files["ppt/slideLayouts/_rels/slideLayout1.xml.rels"] = _rels(
        [("rId1", REL + "slideMaster", "../slideMasters/slideMaster1.xml")])
    for k, s in enumerate(xml_slides):
        files["ppt/slides/slide%d.xml" % (k + 1)] = s
        files["ppt/slides/_rels/slide%d.xml.rels" % (k + 1)] = _rels(
            [("rId1", REL + "slideLayout", "../slideLayouts/slideLayout1.xml")])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data.encode("utf-8"))
    R.write_fixed_zip(buf.getvalue(), out)


# ---------------------------------------------------------------- DOCX: a report in a text box

def _textbox_content(d, size=12):
    """The report laid out in a scratch python-docx Document: its body elements."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    centre = WD_ALIGN_PARAGRAPH.CENTER
    doc, _ = R.a4_document(R.FONT, size)
    left, right = R.two_columns(doc, (8.0, 7.8))
    f = [True]
    for n, line in enumerate(d["left"]):
        R.cell_para(left, f, line, size=12 if n < 1 or line.startswith(("Số", "*")) else 13,
                    bold=n == 1 or line.startswith("*"))
    f = [True]
    for n, line in enumerate(d["right"]):
        R.cell_para(right, f, line, size=13 if n == 0 else 12, bold=n == 0, italic=n > 0,
                    before=0 if n == 0 else 18)
    R.para(doc, d["type"], size=14, bold=True, align=centre, before=10)
    for line in d["title"]:
        R.para(doc, line, size=13, bold=True, align=centre)
    R.para(doc, after=2)
    for line in d["body"]:
        heading = R.ARABIC.match(line) and len(line) < 90 and not line.endswith((".", ";"))
        R.para(doc, line, size=size, bold=bool(heading), indent=1.0, after=3)
    R.para(doc, after=2)
    lt, rt = R.two_columns(doc, (8.0, 7.8))
    f = [True]
    for n, line in enumerate(d["noi_nhan"]):
        R.cell_para(lt, f, line, size=11 if n == 0 else 10, bold=n == 0, italic=n == 0, align=WD_ALIGN_PARAGRAPH.LEFT)
    f = [True]
    for line in d["sign"]:
        R.cell_para(rt, f, line, size=13, bold=bool(line))
    body = doc.element.body
    return [el for el in body if not el.tag.endswith("}sectPr")]


NSDECLS = " ".join('xmlns:%s="%s"' % kv for kv in (
    ("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    ("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
    ("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
    ("v", "urn:schemas-microsoft-com:vml"), ("o", "urn:schemas-microsoft-com:office:office"),
    ("w10", "urn:schemas-microsoft-com:office:word")))


def textbox_docx(src, out, time=None, motto="ĐOÀN TNCS", **_):
    """A report pasted into one Word text box (wps shape, VML fallback) anchored on page 1."""
    import copy
    from docx.oxml import parse_xml
    d = R.parse_nd30(R.read_text(src), motto=motto)
    content = _textbox_content(d)
    doc = R.new_document((d["type"] + " " + " ".join(d["title"])).strip(), time)
    cx, cy = int(16.6 * EMU), int(20.6 * EMU)
    anchor = parse_xml(
        '<w:r %s><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent/></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" '
        'tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;'
        'margin-left:0;margin-top:0;width:470.55pt;height:583.95pt;z-index:251659264;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:margin" fillcolor="white" strokeweight=".5pt"><v:textbox>'
        '<w:txbxContent/></v:textbox><w10:wrap type="topAndBottom" anchorx="margin" anchory="margin"/>'
        '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        % (NSDECLS, cx, cy, cx, cy))
    for box in anchor.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}txbxContent"):
        for el in content:
            box.append(copy.deepcopy(el))
    p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    p._p.append(anchor)
    R.save_docx(doc, out)


# ---------------------------------------------------------------- PDF printed from Excel

def excel_pdf(src, out, time=None, profile=None, creator="HoiCTD", **_):
    """A yaml "biểu mẫu" as a landscape sheet, header rows repeated, printed to PDF by Calc."""
    import yaml
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.worksheet.properties import PageSetupProperties
    with open(src, encoding="utf-8") as fh:
        d = yaml.safe_load(fh)
    wb = Workbook()
    ws = wb.active
    ws.title = d["sheet"]
    ncol = len(d["widths"])
    col = lambda k: chr(ord("A") + k)  # noqa: E731
    last = col(ncol - 1)
    for k, w in enumerate(d["widths"]):
        ws.column_dimensions[col(k)].width = w
    thin = Side(style="thin", color="000000")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = lambda size=12, bold=False, italic=False: Font(name="Times New Roman", size=size, bold=bold, italic=italic)  # noqa: E731
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    lefttop = Alignment(horizontal="left", vertical="center", wrap_text=True)

    def put(rng, value, f, al, border=None):
        a = rng.split(":")[0]
        if ":" in rng:
            ws.merge_cells(rng)
        c = ws[a]
        c.value = value
        c.font, c.alignment = f, al
        if border is not None:
            for row in ws[rng] if ":" in rng else [[c]]:
                for cell in row:
                    cell.border = border

    r = 1
    for n, (lt, rt) in enumerate(zip(d["header_left"], d["header_right"])):
        put("A%d:C%d" % (r, r), lt, font(12 if n == 0 else 13, n == 1), centre)
        put("F%d:%s%d" % (r, last, r), rt, font(12 if n == 0 else 13, n < 2, n == 2), centre)
        r += 1
    r += 1
    for n, line in enumerate(d["title"]):
        put("A%d:%s%d" % (r, last, r), line, font(14 if n == 0 else 13, n < 2, n == 2), centre)
        r += 1
    r += 1
    first_head = r
    h1, h2 = d["header_rows"]
    for k in range(ncol):
        c = col(k)
        if h2[k] == "" and h1[k] != "":
            put("%s%d:%s%d" % (c, r, c, r + 1), h1[k], font(11, True), centre, grid)
        elif h1[k] != "":
            put("%s%d:%s%d" % (c, r, col(k + 1), r), h1[k], font(11, True), centre, grid)
        if h2[k] != "":
            put("%s%d" % (c, r + 1), h2[k], font(11, True), centre, grid)
    ws.row_dimensions[r].height = 33
    ws.row_dimensions[r + 1].height = 33
    r += 2
    for row in d["rows"]:
        if isinstance(row, dict):
            num, text = row["section"]
            put("A%d" % r, num, font(12, True), centre, grid)
            put("B%d:%s%d" % (r, last, r), text, font(12, True), lefttop, grid)
            ws.row_dimensions[r].height = 20
        elif len(row) == 2:
            put("A%d" % r, row[0] or None, font(12), Alignment(horizontal="center", vertical="top"), grid)
            put("B%d:%s%d" % (r, last, r), row[1], font(12), Alignment(horizontal="left", vertical="top", wrap_text=True), grid)
            ws.row_dimensions[r].height = 17 * (len(row[1]) // 150 + 1) + 3
        else:
            total = row[1] == "Tổng cộng"
            for k, v in enumerate(row):
                al = lefttop if k in (1, ncol - 1) else centre
                put("%s%d" % (col(k), r), v if v != "" else None, font(12, total), al, grid)
            ws.row_dimensions[r].height = 34 if len(row[-1]) > 28 else 19
        r += 1
    r += 1
    top = r
    for n, line in enumerate(d["noi_nhan"]):
        put("A%d:C%d" % (r, r), line, font(12 if n == 0 else 11, n == 0, n == 0), Alignment(horizontal="left"))
        r += 1
    r = top
    for n, line in enumerate(d["sign"]):
        put("F%d:%s%d" % (r, last, r), line or None, font(13, bool(line)), centre)
        r += 1
    ws.print_title_rows = "%d:%d" % (first_head, first_head + 1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.font = "Times New Roman"
    ws.oddFooter.center.size = 10
    wb.properties.creator = wb.properties.lastModifiedBy = creator
    wb.properties.created = wb.properties.modified = time
    tmp = tempfile.mkdtemp(prefix="render-64-")
    try:
        xlsx = os.path.join(tmp, os.path.splitext(os.path.basename(out))[0] + ".xlsx")
        wb.save(xlsx)
        R.convert_to(xlsx, "pdf", out, profile or LO_PROFILE)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(out, "rb") as fh:
        data = fh.read()
    with open(out, "wb") as fh:
        fh.write(R.fix_pdf(data, os.path.basename(out)))


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
