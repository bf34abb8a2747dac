#!/usr/bin/env python3
"""Build the sample corpus of rasoat: corpus/src/*.txt -> corpus/documents/.

Run:  .venv/bin/python corpus/build_corpus.py        (rebuilds everything, ~1 min)
      .venv/bin/python corpus/build_corpus.py NAME   (only the sources whose name contains NAME)

Every source renders into ONE file (DOCX, PDF through LibreOffice, TXT, MD or
HTML) in corpus/documents/, and its hand-written gold annotation
src/<name>.gold.json is copied next to it as <name>.gold.json after a
consistency check against the source (see check_gold). The seed plan
(/work/shared/seeds/000_71aad438cf3d7d0d.txt, or corpus/src/seed/ when the
shared folder is gone) is copied as seed-huong-tra-bdg-2023.txt with its gold.

The build is deterministic: DOCX packages get fixed zip timestamps and core
properties; the PDFs' creation dates and file IDs are replaced by fixed values.

Source markup (UTF-8 text, one file per document)
==================================================

A source has three parts. The header part comes first, then a line
"=== body", then the body, then a line "=== closing", then the closing part.

Header part, "key: value" lines (a key given several times makes several lines):

    format: docx | pdf | txt | md | html     the one output format
    numbering: typed | auto | auto-decimal | style
                    (DOCX/PDF) how headings get their numbers:
                    typed         numbers typed in the paragraph text;
                    auto          Word automatic numbering, list I. / 1. / a)
                                  (w:numPr on each heading paragraph);
                    auto-decimal  Word automatic numbering, list 1. / a);
                    style         Word automatic numbering inherited from custom
                                  paragraph styles whose pPr carries w:numPr.
                    In the automatic modes the number is removed from the text;
                    the builder checks that Word's counter gives the typed number.
    font_size: 13 | 14                       body font size (Times New Roman)
    rule: yes | no                           short "____" lines under the issuer,
                                             the Tiêu ngữ and the title
    parent: line of the parent body (caps, not bold)
    issuer: line of the issuing body (caps, bold)
    number: "Số: 45/KH-UBND"
    vv: "V/v ..." (công văn only; under the number, may wrap over several lines)
    place_date: "Krông Pắc, ngày 10 tháng 02 năm 2024"
    type: the type line ("KẾ HOẠCH"); absent for a công văn
    title: trích yếu line(s) under the type line
    authority_line: for a Quyết định, "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ..."
    kinh_gui: a "Kính gửi" recipient, as printed; one -> on the "Kính gửi:" line,
              several -> one dash line each

Body part, one paragraph per line (blank lines ignored):

    # text      heading of level 1 (number typed in the text: "# I. MỤC ĐÍCH, YÊU CẦU")
    ## text     heading of level 2, ### level 3, #### level 4. The level only
                says how the heading nests (and is styled); the gold ids follow it.
    #P text     a part line ("Phần I"), centred bold; nests above level 1
    #T text     the caps title line under a part line, centred bold
    !C text     a centred bold line that is not a heading ("QUYẾT ĐỊNH:")
    > text      an italic paragraph (the "Căn cứ" lines of a decision)
    - text      dash item, + text plus item (typed as text, not headings)
    | a | b |   table row; consecutive rows form one table, the first row is
                the header row
    other       a body paragraph

Closing part, "key: value" lines:

    noi_nhan: an item of the Nơi nhận list, exactly as printed ("- Như trên;")
    sign: an authority / title line of the signature block ("KT. CHỦ TỊCH")
    signer: the signer's name

Heading lines in DOCX/PDF are bold; a heading that goes on with its text on the
same line ("a) Phòng Y tế: chủ trì ...", "Điều 1. Kiện toàn ...") is bold only
up to the colon (or the article number).
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import render  # noqa: E402  corpus/render.py, the shared renderer

SRC = HERE / "src"
OUT = Path(render.out_dir(HERE)) / "documents"  # $CORPUS_RENDER_OUT/documents when verifying
SEED = Path("/work/shared/seeds/000_71aad438cf3d7d0d.txt")
SEED_NAME = "seed-huong-tra-bdg-2023.txt"
LO_PROFILE = "file:///tmp/lo-corpus-profile"
FIXED_TIME = datetime(2024, 1, 1, 8, 0, 0)

QUOC_HIEU, TIEU_NGU = render.QUOC_HIEU, render.TIEU_NGU


# ---------------------------------------------------------------------------
# Source


class Source(render.KeyedSource):
    """A source of this corpus (see the markup above)."""

    @property
    def fmt(self) -> str:
        return self.one("format")

    @property
    def numbering(self) -> str:
        return self.one("numbering", "typed")

    @property
    def size(self) -> int:
        return int(self.one("font_size", "14"))

    @property
    def rule(self) -> bool:
        return self.one("rule", "no") == "yes"


def _keyvals(lines: list[str], where: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for ln in lines:
        if not ln.strip():
            continue
        m = re.match(r"^([a-z_]+):\s?(.*)$", ln)
        if not m:
            raise ValueError(f"{where}: not a 'key: value' line: {ln!r}")
        out.setdefault(m.group(1), []).append(m.group(2).rstrip())
    return out


def load_source(path: Path) -> Source:
    return render.load_keyed(path, _keyvals, cls=Source)


# ---------------------------------------------------------------------------
# Body lines

ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
NUMBER_PATTERNS = [
    ("part", re.compile(r"^Phần\s+(?P<n>[IVX]+)\s*$")),
    ("article", re.compile(r"^Điều\s+(?P<n>\d+)\.\s*(?P<t>.*)$")),
    ("roman", re.compile(r"^(?P<n>(?=[IVX])" + ROMAN + r")\.\s+(?P<t>.*)$")),
    ("decimal", re.compile(r"^(?P<n>\d+(?:\.\d+)+)\.\s+(?P<t>.*)$")),
    ("arabic", re.compile(r"^(?P<n>\d+)\.\s+(?P<t>.*)$")),
    ("letter", re.compile(r"^(?P<n>[a-zđ])\)\s+(?P<t>.*)$")),
    ("paren", re.compile(r"^\((?P<n>\d+)\)\s+(?P<t>.*)$")),
]


@dataclass
class Item:
    kind: str  # heading | part | part_title | center | italic | dash | table | para
    text: str
    level: int = 0
    style: str | None = None  # numbering style of a heading
    number: str | None = None
    rest: str | None = None  # heading text after its number
    rows: list[list[str]] = field(default_factory=list)


def split_number(text: str) -> tuple[str, str, str]:
    for style, pattern in NUMBER_PATTERNS:
        m = pattern.match(text)
        if m:
            return style, m.group("n"), (m.groupdict().get("t") or "").strip()
    raise ValueError(f"heading without a number: {text!r}")


def body_items(src: Source) -> list[Item]:
    items: list[Item] = []
    for ln in src.body:
        if ln.startswith("|"):
            cells = [c.strip() for c in ln.strip().strip("|").split("|")]
            if items and items[-1].kind == "table":
                items[-1].rows.append(cells)
            else:
                items.append(Item("table", "", rows=[cells]))
            continue
        m = re.match(r"^(#{1,4})\s+(.*)$", ln)
        if m:
            text = m.group(2).strip()
            style, number, rest = split_number(text)
            items.append(Item("heading", text, level=len(m.group(1)), style=style, number=number, rest=rest))
        elif ln.startswith("#P "):
            text = ln[3:].strip()
            style, number, rest = split_number(text)
            items.append(Item("part", text, level=0, style=style, number=number, rest=rest))
        elif ln.startswith("#T "):
            items.append(Item("part_title", ln[3:].strip()))
        elif ln.startswith("!C "):
            items.append(Item("center", ln[3:].strip()))
        elif ln.startswith("> "):
            items.append(Item("italic", ln[2:].strip()))
        elif ln.startswith(("- ", "+ ")):
            items.append(Item("dash", ln.strip()))
        else:
            items.append(Item("para", ln.strip()))
    return items


def bold_split(item: Item) -> tuple[str, str]:
    """(bold part, normal part) of a heading line as typed."""
    text = item.text
    if item.style == "article":
        m = re.match(r"^(Điều\s+\d+\.)\s*(.*)$", text)
        if m and len(m.group(2)) > 90:
            return m.group(1) + " ", m.group(2)
        return text, ""
    m = re.match(r"^([^:]{2,160}:)\s+(\S.*)$", text)
    if m:
        return m.group(1) + " ", m.group(2)
    return text, ""


# ---------------------------------------------------------------------------
# Gold check: the ids and titles the source implies, compared with the
# hand-written gold file.


def heading_title(rest: str) -> str:
    """The title of a heading: up to the first colon or full stop when the line
    goes on with its text, else the whole text."""
    m = re.match(r"^(.+?):\s+\S", rest)
    if m:
        return m.group(1).strip()
    m = re.match(r"^(.+?[^\d\s])\.\s+\S", rest)
    if m:
        return m.group(1).strip()
    return re.sub(r"(\s*\./\.|[\s:.]+)$", "", rest).strip()


def implied_headings(src: Source) -> list[dict]:
    out: list[dict] = []
    stack: list[tuple[int, str, str]] = []  # (level, id, number)
    items = body_items(src)
    for i, it in enumerate(items):
        if it.kind not in ("heading", "part"):
            continue
        while stack and stack[-1][0] >= it.level:
            stack.pop()
        parent_id = stack[-1][1] if stack else ""
        parent_number = stack[-1][2] if stack else ""
        own = it.number
        if it.style == "decimal" and it.number.rsplit(".", 1)[0] == parent_number:
            own = it.number.rsplit(".", 1)[1]
        hid = f"{parent_id}.{own}" if parent_id else own
        if it.kind == "part":
            title = items[i + 1].text if i + 1 < len(items) and items[i + 1].kind == "part_title" else ""
        else:
            title = heading_title(it.rest)
        out.append({"id": hid, "style": it.style, "title": title})
        stack.append((it.level, hid, it.number))
    return out


def check_gold(src: Source, gold: dict, filename: str) -> list[str]:
    problems = []
    if gold.get("file") != filename:
        problems.append(f"gold 'file' is {gold.get('file')!r}, expected {filename!r}")
    want = implied_headings(src)
    got = gold.get("headings", [])
    for k in range(max(len(want), len(got))):
        a = want[k] if k < len(want) else None
        b = got[k] if k < len(got) else None
        if a != b:
            problems.append(f"heading {k}: source implies {a}, gold has {b}")
    meta = gold.get("meta", {})
    for key in ("doc_type", "doc_type_name", "number", "issuer", "parent_issuer", "place", "date", "title",
                "signer", "signer_title", "signing_authority", "recipients"):
        if key not in meta:
            problems.append(f"gold meta lacks {key!r}")
    number = src.one("number", "")
    if number and meta.get("number") != re.sub(r"\s+", "", number.split(":", 1)[1]):
        problems.append(f"gold number {meta.get('number')!r} differs from the header {number!r}")
    title = " ".join(src.many("title")) if src.one("type") else re.sub(r"^V/v\s+", "", " ".join(src.many("vv")))
    if meta.get("title") != title:
        problems.append(f"gold title {meta.get('title')!r} differs from the source {title!r}")
    m = re.match(r"^(.+?), ngày\s+(\d*)\s*tháng (\d+) năm (\d{4})$", src.one("place_date", ""))
    if m:
        date = f"{m.group(4)}-{int(m.group(3)):02d}" + (f"-{int(m.group(2)):02d}" if m.group(2) else "")
        if (meta.get("place"), meta.get("date")) != (m.group(1), date):
            problems.append(f"gold place/date {meta.get('place')!r} {meta.get('date')!r} differ from {m.groups()}")
    else:
        problems.append(f"place_date not understood: {src.one('place_date')!r}")
    if meta.get("signer") != (src.closing.get("signer") or [None])[0]:
        problems.append("gold signer differs from the source")
    items = [re.sub(r"^[-–]\s*|[;.]$", "", x).strip() for x in src.closing.get("noi_nhan", [])]
    kg = [re.sub(r"[;.]$", "", x).strip() for x in src.many("kinh_gui")]
    if meta.get("recipients") != kg + items:
        problems.append(f"gold recipients {meta.get('recipients')} differ from the source {kg + items}")
    return problems


# ---------------------------------------------------------------------------
# DOCX

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_imports():
    global Document, Pt, Cm, Mm, WD_ALIGN_PARAGRAPH, WD_STYLE_TYPE, WD_TABLE_ALIGNMENT, OxmlElement, qn, parse_xml
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Mm, Pt


# Numbering schemes: style of the heading -> (ilvl, numFmt, lvlText, bold, italic)
SCHEMES = {
    "auto": {"roman": (0, "upperRoman", "%1.", True, False),
             "arabic": (1, "decimal", "%2.", True, False),
             "letter": (2, "lowerLetter", "%3)", False, True)},
    "style": {"roman": (0, "upperRoman", "%1.", True, False),
              "arabic": (1, "decimal", "%2.", True, False),
              "letter": (2, "lowerLetter", "%3)", True, True)},
    "auto-decimal": {"arabic": (0, "decimal", "%1.", True, False),
                     "letter": (1, "lowerLetter", "%2)", True, False)},
}
STYLE_NAMES = {0: "Muc La Ma", 1: "Muc So", 2: "Muc Chu"}  # style ids: MucLaMa, MucSo, MucChu
ABSTRACT_ID, NUM_ID = 41, 41


def add_numbering(doc, scheme: str) -> None:
    pstyles = {k: v.replace(" ", "") for k, v in STYLE_NAMES.items()} if scheme == "style" else None
    render.add_numbering(doc, sorted(SCHEMES[scheme].values()), ABSTRACT_ID, NUM_ID, pstyles)
    if scheme == "style":
        for ilvl, name in STYLE_NAMES.items():
            st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = doc.styles["Normal"]
            st.quick_style = True
            st.element.set(qn("w:styleId"), name.replace(" ", ""))
            ppr = st.element.get_or_add_pPr()
            ppr.append(parse_xml(
                f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'))
            spec = next(l for l in SCHEMES["style"].values() if l[0] == ilvl)
            st.font.bold = spec[3]
            st.font.italic = spec[4]
            st.paragraph_format.keep_with_next = True


_fonts = render.kfonts
_para = render.kpara


def build_docx(src: Source, path: Path) -> None:
    _docx_imports()
    size = src.size
    doc = render.keyed_document(size, FIXED_TIME)
    scheme = src.numbering if src.numbering in SCHEMES else None
    if scheme:
        add_numbering(doc, scheme)

    # --- header: a borderless two-column table
    left_top = [(x, {"size": 12.5}) for x in src.many("parent")]
    left_top += [(x, {"size": 12.5, "bold": True}) for x in src.many("issuer")]
    if src.rule:
        left_top.append(("______________", {"size": 9, "bold": False}))
    right_top = [(QUOC_HIEU, {"size": 12, "bold": True}),
                 (TIEU_NGU, {"size": 13, "bold": True})]
    if src.rule:
        right_top.append(("_________________________", {"size": 9}))
    left_bottom = [(src.one("number"), {"size": 13})]
    if src.many("vv"):  # one paragraph, wrapped by the word processor
        left_bottom.append((" ".join(src.many("vv")), {"size": 12, "before": 6}))
    right_bottom = [(src.one("place_date"), {"size": size, "italic": True})]
    render.keyed_header(doc, [6.9, 10.1], left_top, right_top, left_bottom, right_bottom)

    # --- type, title, authority, Kính gửi
    render.keyed_title(doc, src, size, _para, "______________" if src.rule else None)
    if src.one("authority_line"):
        _para(doc, src.one("authority_line"), size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    kg = src.many("kinh_gui")
    if len(kg) == 1:
        _para(doc, "Kính gửi: " + kg[0], size, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    elif kg:
        p = _para(doc, "Kính gửi:", size)
        p.paragraph_format.left_indent = Cm(3.0)
        for k, x in enumerate(kg):
            p = _para(doc, "- " + x, size, after=12 if k == len(kg) - 1 else 0)
            p.paragraph_format.left_indent = Cm(5.2)

    # --- body
    counters = [0] * 9
    for it in body_items(src):
        if it.kind == "heading":
            spec = SCHEMES[scheme].get(it.style) if scheme else None
            if spec:
                ilvl = spec[0]
                drawn = render.next_counter(counters, ilvl, spec[1])
                if drawn != it.number:
                    raise ValueError(f"{src.name}: automatic numbering draws {drawn!r} for heading {it.text!r}")
                if scheme == "style":
                    p = _para(doc, style=doc.styles[STYLE_NAMES[ilvl]], after=6)
                else:
                    p = _para(doc, after=6)
                    render.set_num(p, ilvl, NUM_ID)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                text_bold, text_rest = bold_split(Item("heading", it.rest, style=it.style))
                _fonts(p.add_run(text_bold.rstrip() + (" " if text_rest else "")), size,
                       bold=spec[3] if scheme != "style" else None, italic=spec[4] if scheme != "style" else None)
                if text_rest:
                    _fonts(p.add_run(text_rest), size, bold=False, italic=False)
            else:
                b, rest = bold_split(it)
                p = _para(doc, "", size, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, after=6)
                _fonts(p.add_run(b), size, bold=True, italic=(it.level >= 3 and not rest))
                if rest:
                    _fonts(p.add_run(rest), size, bold=False)
            p.paragraph_format.keep_with_next = True
        elif it.kind in ("part", "part_title"):
            _para(doc, it.text, size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                  after=0 if it.kind == "part" else 6).paragraph_format.keep_with_next = True
        elif it.kind == "center":
            _para(doc, it.text, size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
        elif it.kind == "italic":
            _para(doc, it.text, size, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, after=3)
        elif it.kind == "table":
            _docx_table(doc, it.rows, size)
            _para(doc, "", 6)
        else:  # para, dash
            _para(doc, it.text, size, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, after=6)

    # --- closing: Nơi nhận | signature, a borderless two-column table
    render.keyed_closing(doc, src, size, [7.6, 9.0])
    doc.save(path)
    render.fix_zip_file(path, (2024, 1, 1, 0, 0, 0))


def _docx_table(doc, rows: list[list[str]], size: int) -> None:
    ncols = len(rows[0])
    widths = {5: [1.0, 5.6, 3.4, 3.6, 2.9]}.get(ncols, [16.5 / ncols] * ncols)
    render.keyed_table(doc, rows, size - 1.5, widths)


# ---------------------------------------------------------------------------
# PDF (through LibreOffice)


def convert_pdfs(docx_paths: list[Path], outdir: Path) -> None:
    for p in docx_paths:
        render.lo_convert(p, "pdf", outdir, LO_PROFILE, timeout=600)


_fix_pdf = render.fix_pdf


# ---------------------------------------------------------------------------
# TXT, MD, HTML


def _center(text: str, width: int = 78) -> str:
    pad = max(0, (width - len(text)) // 2)
    return " " * pad + text


def build_txt(src: Source) -> str:
    out = render.text_header(src.many("parent") + src.many("issuer"), [QUOC_HIEU, TIEU_NGU],
                             src.one("number"), src.one("place_date"), (34, 36, 46))
    out.append("")
    out.append("")
    out.append(_center(src.one("type")))
    for t in src.many("title"):
        out.append(_center(t))
    out.append("")
    for ln in body_items(src):
        if ln.kind == "table":
            for row in ln.rows:
                out.append(" | ".join(row))
        else:
            out.append(ln.text)
        out.append("")
    out += render.text_closing(src.closing.get("noi_nhan", []), src.closing.get("sign", []),
                               src.closing["signer"][0], 40)
    return "\n".join(out) + "\n"


def build_md(src: Source) -> str:
    left = "<br>".join(src.many("parent") + [f"**{x}**" for x in src.many("issuer")])
    right = f"**{QUOC_HIEU}**<br>**{TIEU_NGU}**"
    out = [f"| {left} | {right} |", "|:---:|:---:|",
           f"| {src.one('number')} | *{src.one('place_date')}* |", ""]
    out.append(f"## {src.one('type')}")
    out.append("")
    out.append("**" + " ".join(src.many("title")) + "**")
    out.append("")
    for it in body_items(src):
        if it.kind == "heading":
            if it.style in ("roman", "part", "article"):
                out.append(f"### {it.text}")
            elif it.style in ("letter", "paren"):
                b, rest = bold_split(it)
                out.append(f"*{b.strip()}*" + (f" {rest}" if rest else ""))
            else:
                b, rest = bold_split(it)
                out.append(f"**{b.strip()}**" + (f" {rest}" if rest else ""))
        elif it.kind in ("part", "part_title", "center"):
            out.append(f"**{it.text}**")
        elif it.kind == "table":
            out.append("| " + " | ".join(it.rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in it.rows[0]) + "|")
            for row in it.rows[1:]:
                out.append("| " + " | ".join(row) + " |")
        else:
            out.append(it.text)
        out.append("")
    out.append("***Nơi nhận:***")
    out.append("")
    out.extend(src.closing.get("noi_nhan", []))
    out.append("")
    for x in src.closing.get("sign", []):
        out.append(f"**{x}**  ")
    out.append("")
    out.append(f"**{src.closing['signer'][0]}**")
    return "\n".join(out) + "\n"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_html(src: Source) -> str:
    e = _esc
    left_top = "".join(f"<p>{e(x)}</p>" for x in src.many("parent"))
    left_top += "".join(f"<p><b>{e(x)}</b></p>" for x in src.many("issuer"))
    left_bottom = f"<p>{e(src.one('number'))}</p>" + "".join(f'<p class="vv">{e(x)}</p>' for x in src.many("vv"))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="vi">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(src.one('number'))}</title>",
        "<style>body{font-family:'Times New Roman',serif;font-size:14pt;max-width:17cm;margin:auto}"
        "p{margin:0 0 6pt 0;text-align:justify;text-indent:1.27cm}"
        "td p,.c{text-align:center;text-indent:0}.vv{font-size:12pt}"
        "table.grid{border-collapse:collapse}table.grid td,table.grid th{border:1px solid #000;padding:2pt}"
        ".nn{font-size:11pt;text-align:left}</style>",
        "</head>",
        "<body>",
        '<table class="header" style="width:100%">',
        f'<tr><td style="width:40%">{left_top}</td>'
        f"<td><p><b>{QUOC_HIEU}</b></p><p><b>{TIEU_NGU}</b></p></td></tr>",
        f'<tr><td>{left_bottom}</td><td><p><i>{e(src.one("place_date"))}</i></p></td></tr>',
        "</table>",
    ]
    if src.one("type"):
        parts.append(f'<p class="c"><b>{e(src.one("type"))}</b></p>')
        parts.append('<p class="c"><b>' + "<br>".join(e(t) for t in src.many("title")) + "</b></p>")
    kg = src.many("kinh_gui")
    if len(kg) == 1:
        parts.append(f'<p class="c">Kính gửi: {e(kg[0])}</p>')
    elif kg:
        parts.append('<p class="c">Kính gửi:</p>')
        parts.extend(f'<p class="c">- {e(x)}</p>' for x in kg)
    for it in body_items(src):
        if it.kind == "heading":
            b, rest = bold_split(it)
            inner = f"<b>{e(b.strip())}</b>"
            if it.style in ("letter", "paren"):
                inner = f"<b><i>{e(b.strip())}</i></b>"
            parts.append(f"<p>{inner}{' ' + e(rest) if rest else ''}</p>")
        elif it.kind in ("part", "part_title", "center"):
            parts.append(f'<p class="c"><b>{e(it.text)}</b></p>')
        elif it.kind == "italic":
            parts.append(f"<p><i>{e(it.text)}</i></p>")
        elif it.kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in it.rows[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in it.rows[1:]]
            parts.append('<table class="grid">' + "".join(rows) + "</table>")
        else:
            parts.append(f"<p>{e(it.text)}</p>")
    nn = '<p class="nn"><b><i>Nơi nhận:</i></b><br>' + "<br>".join(e(x) for x in src.closing.get("noi_nhan", [])) + "</p>"
    sign = "".join(f"<p><b>{e(x)}</b></p>" for x in src.closing.get("sign", []))
    sign += "<p>&nbsp;</p><p>&nbsp;</p>" + f"<p><b>{e(src.closing['signer'][0])}</b></p>"
    parts.append(f'<table class="closing" style="width:100%"><tr><td style="width:45%;vertical-align:top">{nn}</td>'
                 f'<td style="vertical-align:top">{sign}</td></tr></table>')
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


# ---------------------------------------------------------------------------
# Main

EXT = {"docx": "docx", "pdf": "pdf", "txt": "txt", "md": "md", "html": "html"}


def main(argv: list[str]) -> int:
    only = argv[1] if len(argv) > 1 else None
    OUT.mkdir(parents=True, exist_ok=True)
    sources = [load_source(p) for p in sorted(SRC.glob("*.txt"))]
    if only:
        sources = [s for s in sources if only in s.name]
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="corpus-") as tmp:
        tmpdir = Path(tmp)
        to_pdf = []
        for src in sources:
            fmt = src.fmt
            target = OUT / f"{src.name}.{EXT[fmt]}"
            if fmt == "docx":
                build_docx(src, target)
            elif fmt == "pdf":
                d = tmpdir / f"{src.name}.docx"
                build_docx(src, d)
                to_pdf.append(d)
            elif fmt == "txt":
                target.write_text(build_txt(src), encoding="utf-8")
            elif fmt == "md":
                target.write_text(build_md(src), encoding="utf-8")
            elif fmt == "html":
                target.write_text(build_html(src), encoding="utf-8")
            else:
                raise ValueError(f"{src.name}: unknown format {fmt!r}")
        convert_pdfs(to_pdf, tmpdir)
        for d in to_pdf:
            pdf = tmpdir / (d.stem + ".pdf")
            (OUT / pdf.name).write_bytes(_fix_pdf(pdf.read_bytes(), pdf.name))
    for src in sources:
        filename = f"{src.name}.{EXT[src.fmt]}"
        gold_src = SRC / f"{src.name}.gold.json"
        if not gold_src.exists():
            problems.append(f"{src.name}: no gold file {gold_src.name}")
            continue
        gold = json.loads(gold_src.read_text(encoding="utf-8"))
        problems += [f"{src.name}: {p}" for p in check_gold(src, gold, filename)]
        (OUT / f"{src.name}.gold.json").write_text(gold_src.read_text(encoding="utf-8"), encoding="utf-8")
        print(f"built {filename}")
    if not only or only in SEED_NAME:
        seed = SEED if SEED.exists() else SRC / "seed" / SEED.name
        shutil.copyfile(seed, OUT / SEED_NAME)
        shutil.copyfile(SRC / "seed" / (SEED_NAME.replace(".txt", ".gold.json")),
                        OUT / SEED_NAME.replace(".txt", ".gold.json"))
        print(f"copied {SEED_NAME}")
    for p in problems:
        print("GOLD MISMATCH:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
