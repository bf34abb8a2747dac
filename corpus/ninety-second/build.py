#!/usr/bin/env python3
"""Build corpus/ninety-second (UBND huyện Xín Mần, tỉnh Hà Giang: Kế hoạch 68/KH-UBND ngày
12/3/2024, phòng, chống tảo hôn và hôn nhân cận huyết thống năm 2024; and the replies of a
mountain district's offices that still type in the legacy Vietnamese fonts) from src/.

The sources are Unicode (NFC), written as each document reads once decoded. This module's own
converters (tables below, no iconv) re-type them in the two legacy 8-bit encodings that Vietnamese
offices used before Unicode, each stored as Windows-1252 characters in a font that draws them:

  TCVN3 (ABC)  one byte a letter; font ".VnTime"; it has no toned capitals: a line in capitals is
               typed in the capitals font ".VnTimeH" with the bytes of the LOWER-case letters
               ("UỶ BAN NHÂN DÂN" is stored "uû ban nh©n d©n"), and a toned capital inside a normal
               line is one lower-case letter in .VnTimeH
  VNI          a base letter followed by a mark byte ("nhân" = "nhaân", "Cộng hoà" = "Coäng hoaø");
               font "VNI-Times"; it has toned capitals ("UÛY BAN")

Renderers (render.yaml names them build.<function>):
  tcvn3_doc    the nd30 DOCX re-typed in TCVN3, converted to Word 97-2003 .doc by LibreOffice
  tcvn3_pdf    the same DOCX printed to PDF by LibreOffice: the .VnTime fonts are not installed,
               so the page shows the raw Latin-1 glyphs and the TEXT LAYER is the TCVN3 bytes
               ("Uû ban nh©n d©n"); fixed dates and /ID
  tcvn3_txt    a text file typed as it reads (header columns side by side), saved in TCVN3 bytes
               with CRLF line ends (each stretch of capitals with the lower-case bytes, as Word
               saves a .VnTimeH run)
  vni_rtf      the nd30 DOCX re-typed in VNI-Times, converted to .rtf by LibreOffice (fixed times)
  vni_doc      the same, converted to .doc
  nfd_docx     the nd30 DOCX with every run in Unicode NFD (decomposed: base letter + combining
               marks), as an old Unikey "Unicode tổ hợp" setting types it
The scan of a printed TCVN3 document is render.py's "scan" (its image reads right: the printer
had the fonts); the plan and the Hội LHPN report are plain render.py DOCX.

The decoders (from_tcvn3, from_vni) are for check_gold.py.

Run:  /work/main/.venv/bin/python corpus/ninety-second/build.py   (= corpus/render.py ninety-second)
"""
import os
import re
import shutil
import sys
import tempfile
import unicodedata
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
VNTIME, VNTIMEH, VNITIMES = ".VnTime", ".VnTimeH", "VNI-Times"

# ---------------------------------------------------------------- encoding tables

_BASES = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")   # none, huyền, hỏi, ngã, sắc, nặng


def _letter(base, tone):
    return unicodedata.normalize("NFC", base + tone)


# TCVN3 (ABC): byte of each lower-case letter, in the order (no tone, huyền, hỏi, ngã, sắc, nặng)
_TCVN3_ROWS = {
    "a": (0x61, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0x65, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0x69, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0x6F, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0x75, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0x79, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
TCVN3 = {"đ": "\xae", "Ă": "\xa1", "Â": "\xa2", "Ê": "\xa3", "Ô": "\xa4", "Ơ": "\xa5", "Ư": "\xa6", "Đ": "\xa7"}
for _b, _codes in _TCVN3_ROWS.items():
    for _t, _c in zip(_TONES, _codes):
        if _c > 0x7F:
            TCVN3[_letter(_b, _t)] = chr(_c)

# VNI (Windows): base letter + mark bytes; lower case (the capitals: the same with upper-case bytes)
_VNI_ROWS = {   # base: (no tone, huyền, hỏi, ngã, sắc, nặng)
    "a": ("a", "aø", "aû", "aõ", "aù", "aï"),
    "ă": ("aê", "aè", "aú", "aü", "aé", "aë"),
    "â": ("aâ", "aà", "aå", "aã", "aá", "aä"),
    "e": ("e", "eø", "eû", "eõ", "eù", "eï"),
    "ê": ("eâ", "eà", "eå", "eã", "eá", "eä"),
    "i": ("i", "ì", "æ", "ó", "í", "ò"),
    "o": ("o", "oø", "oû", "oõ", "où", "oï"),
    "ô": ("oâ", "oà", "oå", "oã", "oá", "oä"),
    "ơ": ("ô", "ôø", "ôû", "ôõ", "ôù", "ôï"),
    "u": ("u", "uø", "uû", "uõ", "uù", "uï"),
    "ư": ("ö", "öø", "öû", "öõ", "öù", "öï"),
    "y": ("y", "yø", "yû", "yõ", "yù", "î"),
}
VNI = {"đ": "ñ", "Đ": "Ñ"}
for _b, _codes in _VNI_ROWS.items():
    for _t, _c in zip(_TONES, _codes):
        low = _letter(_b, _t)
        if ord(low[0]) > 127:
            VNI[low] = _c
            VNI[low.upper()] = _c.upper()
_FROM_TCVN3 = {v: k for k, v in TCVN3.items()}
_FROM_VNI = sorted(((v, k) for k, v in VNI.items()), key=lambda p: -len(p[0]))
_VNI_RE = re.compile("|".join(re.escape(v) for v, _ in _FROM_VNI))
_VNI_BACK = dict(_FROM_VNI)
_PLAIN = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "..."})


def is_capitals(text):
    return any(c.isalpha() for c in text) and text == text.upper()


def toned_capital(ch):
    return ch.isupper() and ch not in TCVN3 and ord(ch) > 127


def to_tcvn3(text):
    """Unicode -> TCVN3 (as Windows-1252 characters); a toned capital cannot be written."""
    out = []
    for ch in unicodedata.normalize("NFC", text.translate(_PLAIN)):
        if ch in TCVN3:
            out.append(TCVN3[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            raise ValueError("not in TCVN3: %r in %r" % (ch, text))
    return "".join(out)


def to_vni(text):
    out = []
    for ch in unicodedata.normalize("NFC", text.translate(_PLAIN)):
        if ch in VNI:
            out.append(VNI[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            raise ValueError("not in VNI: %r in %r" % (ch, text))
    return "".join(out)


def from_tcvn3(text):
    """TCVN3 characters back to Unicode (a .VnTimeH stretch comes back in lower case)."""
    return "".join(_FROM_TCVN3.get(ch, ch) for ch in text)


def from_vni(text):
    return _VNI_RE.sub(lambda m: _VNI_BACK[m.group(0)], text)


def tcvn3_pieces(text):
    """[(font, TCVN3 text)] of a run: a run in capitals in .VnTimeH (lower-case bytes); else
    .VnTime, each toned capital one lower-case letter in .VnTimeH."""
    if is_capitals(text):
        return [(VNTIMEH, to_tcvn3(text.lower()))]
    pieces = []
    for ch in text:
        font = VNTIMEH if toned_capital(ch) else VNTIME
        ch = ch.lower() if font == VNTIMEH else ch
        if pieces and pieces[-1][0] == font:
            pieces[-1][1] += ch
        else:
            pieces.append([font, ch])
    return [(f, to_tcvn3(t)) for f, t in pieces]


# ---------------------------------------------------------------- DOCX re-typing

def _all_paragraphs(doc):
    paras = list(doc.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                paras.extend(cell.paragraphs)
    return paras


def _set_font(run, font):
    from docx.oxml.ns import qn
    run.font.name = font
    fonts = run._r.get_or_add_rPr().find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)


def retype(doc, encoding):
    """Every run of a python-docx Document re-typed in "tcvn3", "vni" or "nfd"."""
    import copy
    from docx.oxml.ns import qn
    normal = doc.styles["Normal"]
    standin = encoding == "tcvn3-pdf"
    encoding = "tcvn3" if standin else encoding
    if encoding in ("tcvn3", "vni"):
        font = VNTIME if encoding == "tcvn3" else VNITIMES
        normal.font.name = font
        rf = normal.element.get_or_add_rPr().get_or_add_rFonts()
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
    cp = doc.core_properties
    if encoding == "tcvn3":
        cp.title = to_tcvn3(cp.title.lower())
    elif encoding == "vni":
        cp.title = to_vni(cp.title)
    else:
        cp.title = unicodedata.normalize("NFD", cp.title)
    for p in _all_paragraphs(doc):
        for run in list(p.runs):
            text = run.text
            if not text:
                continue
            if encoding == "nfd":
                run.text = unicodedata.normalize("NFD", text)
                continue
            if encoding == "vni":
                run.text = to_vni(text)
                _set_font(run, VNITIMES)
                continue
            pieces = tcvn3_pieces(text)
            if standin:
                pieces = [(f, t.replace("\xad", SOFT_HYPHEN_STANDIN)) for f, t in pieces]
            run.text = pieces[0][1]
            _set_font(run, pieces[0][0])
            anchor = run._r
            for font, piece in pieces[1:]:
                new = p.add_run(piece)
                new._r.getparent().remove(new._r)
                if run._r.rPr is not None:
                    new._r.insert(0, copy.deepcopy(run._r.rPr))
                _set_font(new, font)
                anchor.addnext(new._r)
                anchor = new._r


def _document(src, style, parent_lines, time, encoding):
    d = R.parse_style(style, R.read_text(src))
    doc = R.nd30_docx([d], parent_lines, R.layout(style), time)
    retype(doc, encoding)
    return doc


def _converted(src, out, target, encoding, style, parent_lines, time, profile):
    tmp = tempfile.mkdtemp(prefix="ninety-second-")
    try:
        docx = os.path.join(tmp, os.path.splitext(os.path.basename(out))[0] + ".docx")
        R.save_docx(_document(src, style, parent_lines, time, encoding), docx)
        R.convert_to(docx, target, out, profile or LO_PROFILE)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- renderers

def tcvn3_doc(src, out, style="fifth", parent_lines=1, time=None, profile=None, **_):
    _converted(src, out, "doc", "tcvn3", style, parent_lines, time, profile)


SOFT_HYPHEN_STANDIN = "\u2010"


def tcvn3_pdf(src, out, style="fifth", parent_lines=1, time=None, profile=None, **_):
    """The TCVN3 DOCX printed to PDF. TCVN3 stores "ư" as byte 0xAD, which LibreOffice takes
    for a soft hyphen and drops; a PDF printed by Word keeps it (copying its text gives
    "ng\xadêi"). So "ư" goes to LibreOffice as U+2010 and the fonts' ToUnicode maps are
    rewritten to give U+00AD back: the text layer holds the TCVN3 bytes, 0xAD included."""
    import io
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    _converted(src, out, "pdf", "tcvn3-pdf", style, parent_lines, time, profile)
    reader = PdfReader(out)
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "/ToUnicode" in font:
                cmap = font[NameObject("/ToUnicode")].get_object()
                cmap.set_data(cmap.get_data().replace(b"<2010>", b"<00AD>"))
    stamp = (time or datetime(2024, 1, 1)).strftime("D:%Y%m%d080000")
    writer.add_metadata({"/CreationDate": stamp + "+07'00'", "/ModDate": stamp + "+07'00'"})
    buf = io.BytesIO()
    writer.write(buf)
    digest = (R.hashlib.sha256(os.path.basename(out).encode()).hexdigest().upper() * 2).encode()
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  lambda m: re.sub(rb"<([0-9A-Fa-f]+)>", lambda h: b"<" + digest[: len(h.group(1))] + b">", m.group(0)),
                  buf.getvalue())
    with open(out, "wb") as fh:
        fh.write(data)   # dates set above, /ID fixed (as render.fix_pdf does)


def vni_rtf(src, out, style="fifth", parent_lines=1, time=None, profile=None, **_):
    _converted(src, out, "rtf", "vni", style, parent_lines, time, profile)
    R.fix_rtf_times(out)


def vni_doc(src, out, style="fifth", parent_lines=1, time=None, profile=None, **_):
    _converted(src, out, "doc", "vni", style, parent_lines, time, profile)


def nfd_docx(src, out, style="fifth", parent_lines=1, time=None, **_):
    R.save_docx(_document(src, style, parent_lines, time, "nfd"), out)


def tcvn3_txt(src, out, **_):
    """The source's lines in TCVN3 bytes, CRLF; each stretch between runs of 2+ spaces that is in
    capitals is stored with the lower-case bytes (a .VnTimeH run saved as text)."""
    lines = []
    for line in R.read_text(src).rstrip("\n").split("\n"):
        parts = re.split(r"( {2,})", line)
        lines.append("".join(to_tcvn3(p.lower()) if is_capitals(p) else to_tcvn3(p) for p in parts))
    with open(out, "wb") as fh:
        fh.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
