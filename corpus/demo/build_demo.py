#!/usr/bin/env python3
"""Build the demo corpora of rasoat: the master plan and the inbox of received files.

    .venv/bin/python corpus/demo/build_demo.py            # both sets
    .venv/bin/python corpus/demo/build_demo.py demo       # corpus/demo only
    .venv/bin/python corpus/demo/build_demo.py other      # corpus/other only

A set is a folder (corpus/demo, corpus/other) with
    src/*.txt      one source per document (markup below), rendered to <set>/<out>
    plan/          the master plan (built here too)
    inbox/         what the clerk received (built here; deleted and rebuilt each run)
    roster.yaml, gold.json, README.md   written by hand, not touched here

corpus/demo's master plan is the seed (plan/ke-hoach-goc.txt, copied from
/work/shared/seeds when missing) laid out with a Nghị định 30 header; its body is
the seed's text, unchanged. corpus/other's master plan is an ordinary source whose
"out" is under plan/.

The build is deterministic: DOCX packages get fixed zip timestamps and core
properties; PDFs get fixed dates and /ID; the scan's noise has a fixed seed.
It needs python-docx, LibreOffice (soffice, profile /tmp/lo-demo-profile),
pypdfium2, Pillow, numpy and iconv (for TCVN3).

Source markup
=============
A header part ("key: value" lines), a line "=== body", the body, a line
"=== closing", the closing part.

Header keys:
    format      docx | pdf (text PDF via LibreOffice) | scan (image-only PDF) |
                doc (Word 97 via LibreOffice) | tcvn3 (DOCX typed in .VnTime/.VnTimeH) |
                txt (UTF-8 plain text) | truncated (a DOCX cut to half its bytes)
    out         the output path, relative to the set folder (inbox/..., plan/...)
    numbering   typed (numbers typed in the text) | auto (Word automatic numbering
                I. / 1. / a), the typed number removed; checked against the counter)
    stamp       a boxed line above the header ("DỰ THẢO")
    right_top   replaces the Quốc hiệu and Tiêu ngữ (an Đoàn document)
    parent      parent body line(s); issuer: issuing body line(s) (bold)
    number      "Số: 18/KH-PNV";  vv: "V/v ..." of a công văn
    place_date  "Hương Trà, ngày 20 tháng 02 năm 2023"
    type        "KẾ HOẠCH" / "BÁO CÁO" (absent for a công văn);  title: trích yếu line(s)
    kinh_gui    the "Kính gửi:" recipient (công văn)
Body lines: "# I. ..." "## 1. ..." "### a) ..." headings (number typed), "- " dash
items, "| a | b |" table rows (first row = header), anything else a paragraph;
"**x**" inside a line is bold.
Closing keys: noi_nhan (one line each, as printed), sign (authority/title lines),
signer (the name).
"""

from __future__ import annotations

import copy
import hashlib
import io
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

HERE = Path(__file__).resolve().parent
SETS = {"demo": HERE, "other": HERE.parent / "other"}
SEED = Path("/work/shared/seeds/000_71aad438cf3d7d0d.txt")
LO_PROFILE = "file:///tmp/lo-demo-profile"
FIXED_TIME = datetime(2023, 12, 1, 8, 0, 0)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"

# files that are not rendered from a source: (kind, target, source)
EXTRAS = {
    "demo": [
        ("copy", "inbox/tai-ve-tu-email/KH_18_PNV (1).docx", "inbox/phong-noi-vu/KH-18-PNV-binh-dang-gioi-2023.docx"),
        ("empty", "inbox/phuong-huong-xuan/KH BDG 2023.pdf", None),
    ],
    "other": [],
}


# ---------------------------------------------------------------------------
# Sources


@dataclass
class Source:
    name: str
    header: dict[str, list[str]]
    body: list[str]
    closing: dict[str, list[str]]

    def one(self, key: str, default: str | None = None) -> str | None:
        v = self.header.get(key)
        return v[0] if v else default

    def many(self, key: str) -> list[str]:
        return self.header.get(key, [])


def _keyvals(lines: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for ln in lines:
        if not ln.strip():
            continue
        key, _, value = ln.partition(":")
        out.setdefault(key.strip(), []).append(value.strip())
    return out


def load_source(path: Path) -> Source:
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    head, _, rest = text.partition("\n=== body\n")
    body, _, closing = rest.partition("\n=== closing\n")
    return Source(path.stem, _keyvals(head.splitlines()),
                  [ln.rstrip() for ln in body.splitlines() if ln.strip()], _keyvals(closing.splitlines()))


def seed_source(seed_text: str) -> Source:
    """The seed plan as a Source: its text is kept as it is; headings are recognised
    by their typed numbers; the Nơi nhận list and the signature lines go to the closing."""
    lines = [ln.strip() for ln in unicodedata.normalize("NFC", seed_text).splitlines()]
    nonblank = [ln for ln in lines if ln]
    type_line, title = nonblank[0], nonblank[1]
    k = nonblank.index("Nơi nhận:")
    body_lines = nonblank[2:k]
    tail = nonblank[k + 1:]
    noi_nhan = [ln for ln in tail if ln.startswith("- ")]
    sign = [ln for ln in tail if not ln.startswith("- ")]
    body = []
    for ln in body_lines:
        if re.match(r"^[IVX]+\.\s", ln):
            body.append("# " + ln)
        elif re.match(r"^\d+\.\s", ln):
            body.append("## " + ln)
        else:
            body.append(ln)
    header = {
        "format": ["docx"], "numbering": ["typed"],
        "parent": ["ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ"],
        "issuer": ["ỦY BAN NHÂN DÂN", "THỊ XÃ HƯƠNG TRÀ"],
        "number": ["Số: 45/KH-UBND"],
        "place_date": ["Hương Trà, ngày 10 tháng 02 năm 2023"],
        "type": [type_line], "title": [title],
    }
    return Source("plan", header, body, {"noi_nhan": noi_nhan, "sign": sign[:-1], "signer": [sign[-1]]})


HEADING = re.compile(r"^(#{1,3})\s+(.*)$")
NUMBER = re.compile(r"^(?P<n>[IVX]+\.|\d+\.|[a-zđ]\))\s+(?P<t>.*)$")


def items(src: Source) -> list[tuple]:
    """("h", level, number, text) | ("p", text) | ("dash", text) | ("table", rows)"""
    out: list[tuple] = []
    for ln in src.body:
        if ln.startswith("|"):
            cells = [c.strip() for c in ln.strip().strip("|").split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)
            else:
                out.append(("table", [cells]))
            continue
        m = HEADING.match(ln)
        if m:
            n = NUMBER.match(m.group(2))
            if not n:
                raise ValueError(f"{src.name}: heading without a number: {ln!r}")
            out.append(("h", len(m.group(1)), n.group("n"), n.group("t")))
        elif ln.startswith("- "):
            out.append(("dash", ln))
        else:
            out.append(("p", ln))
    return out


# ---------------------------------------------------------------------------
# DOCX


def _fonts(run, size=None, bold=None, italic=None, font="Times New Roman") -> None:
    run.font.name = font
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if italic is not None:
        run.font.italic = italic


def _runs(p, text: str, size, bold=False, italic=False) -> None:
    """Add text to a paragraph; "**x**" parts are bold."""
    for k, piece in enumerate(re.split(r"\*\*", text)):
        if piece:
            _fonts(p.add_run(piece), size, bold or (k % 2 == 1), italic)


def _para(container, text="", size=None, bold=False, italic=False, align=None, indent=False, after=0.0):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Cm(1.27)
    if text:
        _runs(p, text, size, bold, italic)
    return p


def _no_borders(table) -> None:
    table._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders xmlns:w="{W}">'
        + "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def _widths(table, cms: list[float]) -> None:
    table.autofit = False
    for col, w in zip(table.columns, cms):
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def _cell_lines(cell, lines: list[tuple[str, dict]]) -> None:
    first = True
    for text, fmt in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(0)
        p.alignment = fmt.get("align", WD_ALIGN_PARAGRAPH.CENTER)
        if fmt.get("before"):
            p.paragraph_format.space_before = Pt(fmt["before"])
        if text:
            _fonts(p.add_run(text), fmt.get("size", 13), fmt.get("bold", False), fmt.get("italic", False))


def _page_numbers(doc, size) -> None:
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    _fonts(run, size)
    for kind, text in (("begin", None), ("instr", " PAGE "), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


ABSTRACT_ID = NUM_ID = 57
LEVELS = {1: (0, "upperRoman", "%1.", True, False), 2: (1, "decimal", "%2.", True, False),
          3: (2, "lowerLetter", "%3)", True, True)}


def _add_numbering(doc) -> None:
    lvls = []
    for ilvl in range(9):
        spec = next((v for v in LEVELS.values() if v[0] == ilvl), None)
        fmt, text, bold, italic = spec[1:] if spec else ("decimal", f"%{ilvl + 1}.", False, False)
        rpr = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
        lvls.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                    f'<w:suff w:val="space"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                    f'<w:pPr><w:ind w:left="0" w:firstLine="709"/></w:pPr><w:rPr>{rpr}</w:rPr></w:lvl>')
    abstract = parse_xml(f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{ABSTRACT_ID}">'
                         f'<w:nsid w:val="6B1D{ABSTRACT_ID:04X}"/><w:multiLevelType w:val="multilevel"/>'
                         + "".join(lvls) + "</w:abstractNum>")
    num = parse_xml(f'<w:num xmlns:w="{W}" w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABSTRACT_ID}"/></w:num>')
    numbering = doc.part.numbering_part.element
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)


def _roman(n: int) -> str:
    out = ""
    for v, s in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out


def _drawn(fmt: str, n: int) -> str:
    return {"upperRoman": _roman(n) + ".", "decimal": f"{n}.", "lowerLetter": "abcdefghijklmnopqrstuvwxyz"[n - 1] + ")"}[fmt]


def build_docx(src: Source, path: Path) -> None:
    size = 14
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    sec.left_margin, sec.right_margin = Mm(30), Mm(15)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(size)
    rfonts = normal.element.get_or_add_rPr().find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        normal.element.get_or_add_rPr().append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), "Times New Roman")
    normal.paragraph_format.space_after = Pt(0)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = cp.title = ""
    cp.revision = 1
    cp.created = cp.modified = FIXED_TIME
    _page_numbers(doc, size)
    auto = src.one("numbering") == "auto"
    if auto:
        _add_numbering(doc)

    if src.one("stamp"):  # a boxed "DỰ THẢO" at the top right
        p = _para(doc, src.one("stamp"), 13, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=6)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:pBdr xmlns:w="{W}">' + "".join(f'<w:{s} w:val="single" w:sz="8" w:space="2" w:color="000000"/>'
                                                 for s in ("top", "left", "bottom", "right")) + "</w:pBdr>"))
        p.paragraph_format.left_indent = Cm(13.0)

    left_top = [(x, {"size": 12}) for x in src.many("parent")]
    left_top += [(x, {"size": 12.5, "bold": True}) for x in src.many("issuer")]
    left_top.append(("________", {"size": 9}))
    if src.one("right_top"):
        right_top = [(src.one("right_top"), {"size": 13, "bold": True}), ("________", {"size": 9})]
    else:
        right_top = [(QUOC_HIEU, {"size": 12, "bold": True}), (TIEU_NGU, {"size": 13, "bold": True}),
                     ("_____________________", {"size": 9})]
    left_bottom = [(src.one("number"), {"size": 13})]
    if src.one("vv"):
        left_bottom.append((src.one("vv"), {"size": 12.5, "before": 6}))
    right_bottom = [(src.one("place_date"), {"size": size, "italic": True})]
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(t)
    _widths(t, [7.6, 9.4])
    _cell_lines(t.cell(0, 0), left_top)
    _cell_lines(t.cell(0, 1), right_top)
    _cell_lines(t.cell(1, 0), left_bottom)
    _cell_lines(t.cell(1, 1), right_bottom)

    _para(doc, "", size)
    if src.one("type"):
        _para(doc, src.one("type"), size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        for line in src.many("title"):
            _para(doc, line, size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        _para(doc, "__________", 9, align=WD_ALIGN_PARAGRAPH.CENTER)
        _para(doc, "", size)
    if src.one("kinh_gui"):
        _para(doc, "Kính gửi: " + src.one("kinh_gui"), size, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)

    counters = [0] * 9
    for it in items(src):
        if it[0] == "h":
            _, level, number, text = it
            if auto:
                ilvl, fmt, _, bold, italic = LEVELS[level]
                counters[ilvl] += 1
                for deeper in range(ilvl + 1, 9):
                    counters[deeper] = 0
                if _drawn(fmt, counters[ilvl]) != number:
                    raise ValueError(f"{src.name}: Word would number {text!r} {_drawn(fmt, counters[ilvl])}")
                p = _para(doc, "", size, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=6)
                p._p.get_or_add_pPr().append(parse_xml(
                    f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'))
                _runs(p, text, size, bold=True, italic=italic)
            else:
                p = _para(doc, f"{number} {text}", size, bold=True, italic=(level == 3),
                          align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, after=6)
            p.paragraph_format.keep_with_next = True
        elif it[0] == "table":
            _table(doc, it[1], size)
            _para(doc, "", 6)
        else:
            _para(doc, it[1], size, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, after=6)

    _para(doc, "", size)
    closing = doc.add_table(rows=1, cols=2)
    _no_borders(closing)
    _widths(closing, [7.6, 9.4])
    left = [("Nơi nhận:", {"size": 12, "bold": True, "italic": True, "align": WD_ALIGN_PARAGRAPH.LEFT})]
    left += [(x, {"size": 11, "align": WD_ALIGN_PARAGRAPH.LEFT}) for x in src.closing.get("noi_nhan", [])]
    right = [(x, {"size": size, "bold": True}) for x in src.closing.get("sign", [])]
    right += [("", {"size": size})] * 4 + [(src.closing["signer"][0], {"size": size, "bold": True})]
    _cell_lines(closing.cell(0, 0), left)
    _cell_lines(closing.cell(0, 1), right)
    closing.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit xmlns:w="{W}"/>'))
    doc.save(path)
    _fix_zip(path)


def _table(doc, rows: list[list[str]], size) -> None:
    ncols = len(rows[0])
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _widths(table, {4: [1.1, 8.4, 4.3, 2.9]}.get(ncols, [16.7 / ncols] * ncols))
    for r, row in enumerate(rows):
        if len(row) != ncols:
            raise ValueError(f"table row with {len(row)} cells instead of {ncols}: {row}")
        for c, text in enumerate(row):
            p = table.cell(r, c).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (r == 0 or c in (0, ncols - 1)) else WD_ALIGN_PARAGRAPH.LEFT
            _fonts(p.add_run(text), size - 1, bold=(r == 0))
    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader xmlns:w="{W}"/>'))


def _fix_zip(path: Path) -> None:
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 12, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# TCVN3: every run re-typed in the legacy encoding, as Word keeps old documents


def _tcvn3_bytes(text: str) -> bytes:
    text = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout


def _toned_capital(ch: str) -> bool:
    return ch.isupper() and any(m in unicodedata.normalize("NFD", ch) for m in "\u0300\u0301\u0303\u0309\u0323")


def _set_font(run, font: str) -> None:
    run.font.name = font
    fonts = run._r.get_or_add_rPr().find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)


def retype_tcvn3(path: Path) -> None:
    """Text stored as its TCVN3 bytes read as Windows-1252; a toned capital (which
    TCVN3 lacks) goes, in lower case, into the capitals font .VnTimeH."""
    doc = Document(str(path))
    paragraphs = list(doc.paragraphs) + list(doc.sections[0].header.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    for p in paragraphs:
        for run in list(p.runs):
            text = run.text
            if not text:
                continue
            pieces: list[list[str]] = []
            for ch in text:
                font = ".VnTimeH" if _toned_capital(ch) else ".VnTime"
                ch = ch.lower() if font == ".VnTimeH" else ch
                if pieces and pieces[-1][1] == font:
                    pieces[-1][0] += ch
                else:
                    pieces.append([ch, font])
            run.text = _tcvn3_bytes(pieces[0][0]).decode("cp1252")
            _set_font(run, pieces[0][1])
            anchor = run._r
            for piece, font in pieces[1:]:
                new = p.add_run(_tcvn3_bytes(piece).decode("cp1252"))
                new._r.getparent().remove(new._r)
                if run._r.rPr is not None:
                    new._r.insert(0, copy.deepcopy(run._r.rPr))
                _set_font(new, font)
                anchor.addnext(new._r)
                anchor = new._r
    cp = doc.core_properties
    cp.created = cp.modified = FIXED_TIME
    doc.save(str(path))
    _fix_zip(path)


# ---------------------------------------------------------------------------
# LibreOffice, PDF fixes, scans


def soffice(src: Path, target: str, outdir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", target, "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    out = outdir / (src.stem + "." + target.split(":")[0])
    if not out.exists():
        raise RuntimeError(f"LibreOffice did not write {out}")
    return out


def fix_pdf(data: bytes, name: str) -> bytes:
    """Fixed creation dates and file ID, each of the same length (the xref offsets stay valid)."""
    def date(m):
        value = m.group(2)
        return m.group(1) + (b"D:20231201080000" + value[16:])[: len(value)] + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)\)", date, data)
    digest = (hashlib.sha256(name.encode()).hexdigest().upper() * 2).encode()

    def ident(m):
        return re.sub(rb"<([0-9A-Fa-f]+)>", lambda h: b"<" + digest[: len(h.group(1))] + b">", m.group(0))

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", ident, data)
    return re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + digest[: len(m.group(2))], data)


def scan(text_pdf: Path, out: Path, dpi: int = 200, angle: float = 0.9, seed: int = 23) -> None:
    """What an office scanner makes in black-and-white mode: pages rendered, slightly
    rotated, with paper noise and specks, thresholded to 1 bit; a PDF of CCITT images
    with no text layer."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    rng = np.random.default_rng(seed)
    pdf = pdfium.PdfDocument(str(text_pdf))
    pages = []
    for page in pdf:
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
        arr = np.asarray(img).astype(np.int16)
        arr = np.clip(arr + rng.normal(0, 25, arr.shape), 0, 255)
        arr[rng.random(arr.shape) < 0.0003] = 0
        bw = Image.fromarray(arr.astype("uint8")).point(lambda v: 255 if v > 150 else 0).convert("1")
        pages.append(bw)
    pdf.close()
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:])
    out.write_bytes(fix_pdf(buf.getvalue(), out.name))


# ---------------------------------------------------------------------------
# Plain text


def build_txt(src: Source) -> str:
    left = src.many("parent") + src.many("issuer")
    right = [QUOC_HIEU, TIEU_NGU]
    rows = [(left[k] if k < len(left) else "", right[k] if k < len(right) else "")
            for k in range(max(len(left), len(right)))]
    rows.append((src.one("number"), src.one("place_date")))
    out = []
    for a, b in rows:
        out.append((a.center(32).rstrip().ljust(34) + b.center(44).rstrip()).rstrip())
    out += ["", "", src.one("type").center(78).rstrip()]
    out += [t.center(78).rstrip() for t in src.many("title")]
    out.append("")
    for it in items(src):
        if it[0] == "h":
            out.append(f"{it[2]} {it[3]}")
        elif it[0] == "table":
            out += [" | ".join(r) for r in it[1]]
        else:
            out.append(it[1].replace("**", ""))
        out.append("")
    out += ["Nơi nhận:", *src.closing.get("noi_nhan", []), ""]
    out += [" " * 44 + x.center(30).rstrip() for x in src.closing.get("sign", [])]
    out += [""] * 3 + [" " * 44 + src.closing["signer"][0].center(30).rstrip()]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------


def render(src: Source, root: Path, tmp: Path) -> Path:
    fmt = src.one("format")
    out = root / src.one("out")
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "txt":
        out.write_text(build_txt(src), encoding="utf-8")
        return out
    docx = tmp / (src.name + ".docx")
    build_docx(src, docx)
    if fmt == "docx":
        shutil.copyfile(docx, out)
    elif fmt == "tcvn3":
        retype_tcvn3(docx)
        shutil.copyfile(docx, out)
    elif fmt == "truncated":
        data = docx.read_bytes()
        out.write_bytes(data[: len(data) // 2])
    elif fmt == "pdf":
        pdf = soffice(docx, "pdf", tmp)
        out.write_bytes(fix_pdf(pdf.read_bytes(), out.name))
    elif fmt == "scan":
        scan(soffice(docx, "pdf", tmp), out)
    elif fmt == "doc":
        shutil.copyfile(soffice(docx, "doc", tmp), out)
    else:
        raise ValueError(f"{src.name}: unknown format {fmt!r}")
    return out


def build_set(name: str) -> None:
    root = SETS[name]
    inbox = root / "inbox"
    if inbox.exists():
        shutil.rmtree(inbox)
    inbox.mkdir()
    with tempfile.TemporaryDirectory(prefix="rasoat-demo-") as t:
        tmp = Path(t)
        if name == "demo":
            seed_copy = root / "plan" / "ke-hoach-goc.txt"
            if not seed_copy.exists():
                seed_copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(SEED, seed_copy)
            plan = seed_source(seed_copy.read_text(encoding="utf-8"))
            plan.header["out"] = ["plan/KH-45-UBND-binh-dang-gioi-2023.docx"]
            print("  plan/KH-45-UBND-binh-dang-gioi-2023.docx")
            render(plan, root, tmp)
        for path in sorted((root / "src").glob("*.txt")):
            src = load_source(path)
            out = render(src, root, tmp)
            print(f"  {out.relative_to(root)}  ({out.stat().st_size:,} bytes)")
    for kind, target, source in EXTRAS[name]:
        dst = root / target
        dst.parent.mkdir(parents=True, exist_ok=True)
        if kind == "copy":
            shutil.copyfile(root / source, dst)
        elif kind == "empty":
            dst.write_bytes(b"")
        print(f"  {target}  ({kind})")


def main(argv: list[str]) -> int:
    names = argv or list(SETS)
    for name in names:
        if name not in SETS:
            print(f"unknown set {name!r}; choose from {', '.join(SETS)}", file=sys.stderr)
            return 2
        print(f"{name}:")
        build_set(name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
