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
sys.path.insert(0, str(HERE.parent))
import render as shared  # noqa: E402  corpus/render.py, the shared renderer

SETS = {"demo": HERE, "other": HERE.parent / "other"}
SEED = Path("/work/shared/seeds/000_71aad438cf3d7d0d.txt")
LO_PROFILE = "file:///tmp/lo-demo-profile"
FIXED_TIME = datetime(2023, 12, 1, 8, 0, 0)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
QUOC_HIEU, TIEU_NGU = shared.QUOC_HIEU, shared.TIEU_NGU

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


Source = shared.KeyedSource


def _keyvals(lines: list[str], where: str = "") -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for ln in lines:
        if not ln.strip():
            continue
        key, _, value = ln.partition(":")
        out.setdefault(key.strip(), []).append(value.strip())
    return out


def load_source(path: Path) -> Source:
    return shared.load_keyed(path, _keyvals, nfc=True)


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


_fonts = shared.kfonts


def _runs(p, text: str, size, bold=False, italic=False) -> None:
    """Add text to a paragraph; "**x**" parts are bold."""
    for k, piece in enumerate(re.split(r"\*\*", text)):
        if piece:
            _fonts(p.add_run(piece), size, bold or (k % 2 == 1), italic)


def _para(container, text="", size=None, bold=False, italic=False, align=None, indent=False, after=0.0):
    return shared.kpara(container, text, size, bold, italic, align, indent, after, runs=_runs)


ABSTRACT_ID = NUM_ID = 57
LEVELS = {1: (0, "upperRoman", "%1.", True, False), 2: (1, "decimal", "%2.", True, False),
          3: (2, "lowerLetter", "%3)", True, True)}


def _drawn(fmt: str, n: int) -> str:
    return shared.counter_text(fmt, n) + (")" if fmt == "lowerLetter" else ".")


def build_docx(src: Source, path: Path) -> None:
    size = 14
    doc = shared.keyed_document(size, FIXED_TIME)
    auto = src.one("numbering") == "auto"
    if auto:
        shared.add_numbering(doc, list(LEVELS.values()), ABSTRACT_ID, NUM_ID, nsid="6B1D")

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
    shared.keyed_header(doc, [7.6, 9.4], left_top, right_top, left_bottom, right_bottom)

    shared.keyed_title(doc, src, size, _para, "__________")
    if src.one("kinh_gui"):
        _para(doc, "Kính gửi: " + src.one("kinh_gui"), size, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)

    counters = [0] * 9
    for it in items(src):
        if it[0] == "h":
            _, level, number, text = it
            if auto:
                ilvl, fmt, _, bold, italic = LEVELS[level]
                shared.next_counter(counters, ilvl, fmt)
                if _drawn(fmt, counters[ilvl]) != number:
                    raise ValueError(f"{src.name}: Word would number {text!r} {_drawn(fmt, counters[ilvl])}")
                p = _para(doc, "", size, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=6)
                shared.set_num(p, ilvl, NUM_ID)
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

    shared.keyed_closing(doc, src, size, [7.6, 9.4])
    doc.save(path)
    _fix_zip(path)


def _table(doc, rows: list[list[str]], size) -> None:
    ncols = len(rows[0])
    widths = {4: [1.1, 8.4, 4.3, 2.9]}.get(ncols, [16.7 / ncols] * ncols)
    shared.keyed_table(doc, rows, size - 1, widths, centre_last=True, check=True)


def _fix_zip(path: Path) -> None:
    shared.fix_zip_file(path, (2023, 12, 1, 0, 0, 0))


# ---------------------------------------------------------------------------
# TCVN3: every run re-typed in the legacy encoding, as Word keeps old documents


def retype_tcvn3(path: Path) -> None:
    """Text stored as its TCVN3 bytes read as Windows-1252; a toned capital (which
    TCVN3 lacks) goes, in lower case, into the capitals font .VnTimeH."""
    doc = Document(str(path))
    shared.retype_tcvn3(doc, all_fonts=True, with_header=True)
    cp = doc.core_properties
    cp.created = cp.modified = FIXED_TIME
    doc.save(str(path))
    _fix_zip(path)


# ---------------------------------------------------------------------------
# LibreOffice, PDF fixes, scans


def soffice(src: Path, target: str, outdir: Path) -> Path:
    return Path(shared.lo_convert(src, target, outdir, LO_PROFILE))


def fix_pdf(data: bytes, name: str) -> bytes:
    return shared.fix_pdf(data, name, b"D:20231201080000")


def scan(text_pdf: Path, out: Path, dpi: int = 200, angle: float = 0.9, seed: int = 23) -> None:
    shared.bw_scan_pdf(text_pdf, out, dpi, angle, seed, b"D:20231201080000")


# ---------------------------------------------------------------------------
# Plain text


def build_txt(src: Source) -> str:
    out = shared.text_header(src.many("parent") + src.many("issuer"), [QUOC_HIEU, TIEU_NGU],
                             src.one("number"), src.one("place_date"), (32, 34, 44))
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
    out += shared.text_closing(src.closing.get("noi_nhan", []), src.closing.get("sign", []),
                               src.closing["signer"][0], 44)
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
    here = SETS[name]
    root = Path(shared.out_dir(here))   # the set's folder, or $CORPUS_RENDER_OUT/<set>
    inbox = root / "inbox"
    if inbox.exists():
        shutil.rmtree(inbox)
    inbox.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="rasoat-demo-") as t:
        tmp = Path(t)
        if name == "demo":
            seed_copy = here / "plan" / "ke-hoach-goc.txt"
            if not seed_copy.exists():
                seed_copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(SEED, seed_copy)
            if root != here:   # the seed copy belongs to the built set too
                (root / "plan").mkdir(parents=True, exist_ok=True)
                shutil.copyfile(seed_copy, root / "plan" / seed_copy.name)
            plan = seed_source(seed_copy.read_text(encoding="utf-8"))
            plan.header["out"] = ["plan/KH-45-UBND-binh-dang-gioi-2023.docx"]
            print("  plan/KH-45-UBND-binh-dang-gioi-2023.docx")
            render(plan, root, tmp)
        for path in sorted((here / "src").glob("*.txt")):
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
