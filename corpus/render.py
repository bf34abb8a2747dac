"""The corpus renderer: every builder shared by the corpus sets.

A set is its sources and <set>/render.yaml, a table saying how each source is
rendered (source -> output path, renderer, options), run by build_set
(`python corpus/render.py <set> [WORD …]`); what is really a set's own stays in
its build.py. The rest is here, as plain functions:

  sets        build_set, RENDERERS (docx, pdf/doc/rtf, scan/photo, docx-tables,
              xlsx-report), set_paths, set_module

  packages    write_fixed_zip / fix_zip_file (fixed member timestamps), fix_pdf
              (fixed dates and /ID in a LibreOffice PDF), save_workbook (xlsx)
  LibreOffice lo_convert, convert_to (private profile), via_docx (render a DOCX
              under a temporary name and convert it)
  sources     parse_nd30: the "typed as the document reads" sources of
              corpus/third and later sets (header columns one after the other,
              type and title, body, Nơi nhận, signature)
  DOCX        Layout + render_nd30 (header table, title, body with headings,
              Word tables and decisions, closing, several documents in one
              DOCX), body_table, merged_table, appendix helpers, Styler (plain
              or TCVN3 runs)
  legacy      tcvn3_bytes (iconv), tcvn3_run_text, retype_tcvn3 (a DOCX
              re-typed in .VnTime / .VnTimeH)
  images      page_images, scanned, photographed, save_image_pdf, bw_scan_pdf
  sheets      xl_* helpers, render_xlsx_report (the yaml "biểu mẫu" report)
  keyed       the "key: value" sources of corpus/src and corpus/demo:
              KeyedSource, load_keyed, kfonts, kpara, cell_lines, no_borders,
              set_widths, page_number_header, keyed_closing, text_header

Output folders: out_dir(here) is the set's folder, or $CORPUS_RENDER_OUT/<set>
when that variable is set (corpus/verify_render.py builds there).
"""
from __future__ import annotations

import copy
import hashlib
import io
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import datetime

FONT = "Times New Roman"
ROMAN = re.compile(r"^[IVXL]+\.\s")
ARABIC = re.compile(r"^\d+(\.\d+)*\.\s")
DIEU = re.compile(r"^(Điều \d+\.)\s*(.*)$")
CELL_SEP = " | "
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
VNTIME, VNTIMEH = ".VnTime", ".VnTimeH"


def out_dir(here):
    """Where a set writes its plan/ and inbox/: its own folder, or
    $CORPUS_RENDER_OUT/<set name> (used to verify a rebuild without touching
    the committed files)."""
    root = os.environ.get("CORPUS_RENDER_OUT")
    if not root:
        return str(here)
    return os.path.join(root, os.path.relpath(str(here), os.path.dirname(os.path.abspath(__file__))))


def clear_outputs(out, folders=("plan", "inbox")):
    for d in folders:
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)


def build_files(here, files, kinds, clear=True):
    """Render a set's table of files. Each row is (source, output, kind, *options):
    source under here/src (or a list of them), output relative to the set's output
    folder (out_dir);
    kinds[kind](source path, output path, *options) writes it. Built-in kinds:
    "txt" (the source copied byte for byte) and "copy" (source names an output
    built earlier, copied byte for byte: a duplicate received twice)."""
    root = out_dir(here)
    if clear:
        clear_outputs(root)
    for src, rel, kind, *opts in files:
        out = os.path.join(root, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if kind == "copy":
            shutil.copyfile(os.path.join(root, src), out)
        elif kind == "txt":
            shutil.copyfile(os.path.join(str(here), "src", src), out)
        elif isinstance(src, (list, tuple)):
            kinds[kind]([os.path.join(str(here), "src", s) for s in src], out, *opts)
        else:
            kinds[kind](os.path.join(str(here), "src", src), out, *opts)
        print(rel)


def read_text(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- sets: <set>/render.yaml, one runner

CORPUS = os.path.dirname(os.path.abspath(__file__))
RENDERERS = {}   # name -> fn(source path (or list of paths), output path, **options)
_MODULES = {}


def renderer(*names):
    """Register a function as the renderer of these names (see build_set)."""
    def register(fn):
        for name in names:
            RENDERERS[name] = fn
        return fn
    return register


def set_folder(name):
    """A set's folder from its name ("third", "demo/…") or any path inside it (its build.py)."""
    path = os.path.abspath(name if os.path.exists(name) else os.path.join(CORPUS, name))
    return path if os.path.isdir(path) else os.path.dirname(path)


def set_module(folder, module):
    """<folder>/<module>.py, loaded by path once (a set's own renderers)."""
    path = os.path.join(folder, module + ".py")
    if path not in _MODULES:
        import importlib.util
        spec = importlib.util.spec_from_file_location(
            "%s_%s" % (os.path.basename(folder), module), path)
        _MODULES[path] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(_MODULES[path])
    return _MODULES[path]


def set_paths(path):
    """(folder, its src/, its private LibreOffice profile) of the set holding path."""
    folder = set_folder(path)
    return folder, os.path.join(folder, "src"), "file:///tmp/lo-%s-profile" % os.path.basename(folder)


def _option(value):
    """A yaml date is a datetime at midnight (the fixed core-property dates)."""
    import datetime as dt
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day)
    return value


def build_set(folder, only=()):
    """Render a set from its table, <folder>/render.yaml:

        defaults: {style: third, time: 2025-01-01, parent_lines: 1}   # options of every row
        files:
          - {source: 00-….txt, output: plan/….docx, renderer: docx, options: {parent_lines: 0}}

    source is under <folder>/src (a list: several sources, one output); output is
    relative to out_dir(folder); options (the row's over the defaults, plus
    profile, the set's private LibreOffice profile) go to the renderer as keywords.
    renderer: a name of RENDERERS ("docx", "pdf", "doc", "rtf", "scan", "photo",
    "xlsx-report"; "txt" copies the source, "copy" an output built earlier), or
    "module.function" for a set's own renderer in <folder>/<module>.py. A row may
    name a group ("addon"). only: words; when given, only the rows whose source,
    output or group contains one are built, and nothing is cleared first."""
    import yaml
    folder = set_folder(folder)
    with open(os.path.join(folder, "render.yaml"), encoding="utf-8") as fh:
        table = yaml.safe_load(fh)
    defaults = dict({"profile": set_paths(folder)[2]}, **table.get("defaults", {}))
    root = out_dir(folder)
    words = [w.lstrip("-") for w in only]
    if not words:
        clear_outputs(root)
    for row in table["files"]:
        src, rel, name = row["source"], row["output"], row["renderer"]
        if words and not any(w in str(src) or w in rel or w == row.get("group") for w in words):
            continue
        out = os.path.join(root, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if name in ("copy", "txt"):
            shutil.copyfile(os.path.join(root, src) if name == "copy" else os.path.join(folder, "src", src), out)
        else:
            module, _, fn = name.rpartition(".")
            fn = getattr(set_module(folder, module), fn) if module else RENDERERS[fn]
            paths = ([os.path.join(folder, "src", s) for s in src] if isinstance(src, list)
                     else os.path.join(folder, "src", src))
            opts = {k: _option(v) for k, v in dict(defaults, **row.get("options", {})).items()}
            fn(paths, out, **opts)
        print(rel)


def main(argv):
    """python corpus/render.py SET [WORD …]: build_set(SET, WORDs)."""
    if not argv or argv[0].startswith("-"):
        print("usage: render.py SET [WORD ...]   (SET: a folder of corpus/ with a render.yaml)")
        return 2
    build_set(argv[0], argv[1:])
    return 0


# ---------------------------------------------------------------- packages

def write_fixed_zip(data, out, date_time=(1980, 1, 1, 0, 0, 0)):
    """Rewrite a DOCX/XLSX package with fixed timestamps (deterministic bytes)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    if os.path.dirname(str(out)):
        os.makedirs(os.path.dirname(str(out)), exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


def fix_zip_file(path, date_time):
    with open(path, "rb") as fh:
        data = fh.read()
    write_fixed_zip(data, path, date_time)


def save_docx(doc, out, fixed_time=None):
    """Save a python-docx Document with fixed zip timestamps (and, given, fixed dates)."""
    if fixed_time is not None:
        doc.core_properties.created = doc.core_properties.modified = fixed_time
    buf = io.BytesIO()
    doc.save(buf)
    write_fixed_zip(buf.getvalue(), out)


def rewrite_member(path, name, change):
    """Apply change(bytes) -> bytes to one member of a zip package, fixed timestamps."""
    with zipfile.ZipFile(path) as zin:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = zin.read(info.filename)
                zout.writestr(info.filename, change(data) if info.filename == name else data)
    write_fixed_zip(buf.getvalue(), path)


def fix_pdf(data, name, stamp=b"D:20240101080000"):
    """Fixed creation dates and file ID, each replaced by a value of the same
    length so that the cross-reference offsets stay valid."""
    def date(m):
        value = m.group(2)
        return m.group(1) + (stamp + value[16:])[: len(value)] + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)\)", date, data)
    digest = (hashlib.sha256(name.encode()).hexdigest().upper() * 2).encode()

    def ident(m):
        return re.sub(rb"<([0-9A-Fa-f]+)>", lambda h: b"<" + digest[: len(h.group(1))] + b">", m.group(0))

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", ident, data)
    return re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + digest[: len(m.group(2))], data)


def fix_rtf_times(path, stamp=b"\\yr2026\\mo1\\dy1\\hr0\\min0"):
    """Fixed \\creatim, \\revtim and \\printim in an RTF written by LibreOffice."""
    with open(path, "rb") as fh:
        data = fh.read()
    data = re.sub(rb"(\\(?:creatim|revtim|printim))(?:\\(?:yr|mo|dy|hr|min|sec)\d+)+",
                  lambda m: m.group(1) + stamp, data)
    with open(path, "wb") as fh:
        fh.write(data)


# ---------------------------------------------------------------- LibreOffice

def lo_convert(src, target, outdir, profile, timeout=300):
    """Convert src with LibreOffice (headless, private profile) into outdir;
    target is a format or "format:filter". Returns the path written."""
    subprocess.run(
        ["soffice", "-env:UserInstallation=" + profile, "--headless", "--norestore",
         "--convert-to", target, "--outdir", str(outdir), str(src)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)
    made = os.path.join(str(outdir), os.path.splitext(os.path.basename(str(src)))[0]
                        + "." + target.split(":")[0])
    if not os.path.exists(made):
        raise RuntimeError("LibreOffice did not write %s" % made)
    return made


def convert_to(src, target, out, profile):
    """Convert src into the file out (any name) through a temporary folder."""
    tmp = tempfile.mkdtemp(prefix="render-lo-")
    try:
        made = lo_convert(src, target, tmp, profile)
        os.makedirs(os.path.dirname(str(out)), exist_ok=True)
        shutil.move(made, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def via_docx(write_docx, target, out, profile, ext=".docx"):
    """write_docx(path) renders a DOCX (or another ext) named like out; it is
    converted by LibreOffice to target into out."""
    tmp = tempfile.mkdtemp(prefix="render-docx-")
    try:
        docx = os.path.join(tmp, os.path.splitext(os.path.basename(str(out)))[0] + ext)
        write_docx(docx)
        convert_to(docx, target, out, profile)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- sources (corpus/third layout)

def parse_nd30(text, motto="CỘNG HÒA", kinh_gui="block", draft=False, with_closing=True):
    """A source typed as the document reads, blocks separated by blank lines:
    header (left column, then the right column from the motto line), type and
    title (or Kính gửi), body one paragraph a line, "Nơi nhận:" block, signature.

    kinh_gui: "block" (a second block starting "Kính gửi" is all Kính gửi, no
    type), "lines" (the lines starting "Kính gửi" are picked out of it) or None
    (no Kính gửi: the block is type and title). draft: a block "DỰ THẢO" before
    the type. with_closing=False: the body runs to the end (no Nơi nhận)."""
    lines = text.rstrip("\n").split("\n") if isinstance(text, str) else text
    i = 0

    def block():
        nonlocal i
        while i < len(lines) and not lines[i].strip():
            i += 1
        out = []
        while i < len(lines) and lines[i].strip():
            out.append(lines[i].strip())
            i += 1
        return out

    header = block()
    k = next(n for n, l in enumerate(header) if l.startswith(motto))
    doc = {"left": header[:k], "right": header[k:]}
    if draft:
        doc["draft"] = False
    second = block()
    if draft and second == ["DỰ THẢO"]:
        doc["draft"] = True
        second = block()
    if kinh_gui == "block" and second[0].startswith("Kính gửi"):
        doc["kinh_gui"], doc["type"], doc["title"] = second, "", []
    elif kinh_gui == "block":
        doc["kinh_gui"], doc["type"], doc["title"] = [], second[0], second[1:]
    elif kinh_gui == "lines":
        doc["kinh_gui"] = [l for l in second if l.startswith("Kính gửi")]
        rest = [l for l in second if not l.startswith("Kính gửi")]
        doc["type"], doc["title"] = (rest[0], rest[1:]) if rest else ("", [])
    else:
        doc["type"], doc["title"] = second[0], second[1:]
    body = []
    while i < len(lines) and not (with_closing and lines[i].startswith("Nơi nhận:")):
        if lines[i].strip():
            body.append(lines[i].strip())
        i += 1
    doc["body"] = body
    doc["noi_nhan"], doc["sign"] = [], []
    if with_closing:
        doc["noi_nhan"] = block()
        sign = lines[i:]
        while sign and not sign[0].strip():
            sign.pop(0)
        doc["sign"] = [l.strip() for l in sign]
    return doc


def split_documents(text):
    """The parts of a source holding several documents, split by a form-feed line."""
    return text.rstrip("\n").split("\n\f\n")


def cells(line):
    return [c.strip() for c in line.split("|")]


# ---------------------------------------------------------------- legacy encodings

_TCVN3_CACHE = {}
ABC_CAPITALS = set("ĂÂÊÔƠƯĐ")
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def tcvn3_bytes(text, plain_quotes=True):
    """UTF-8 text -> TCVN3 (ABC) bytes via iconv; curly quotes made straight first."""
    if plain_quotes:
        text = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout


def tcvn3(text):
    """UTF-8 text -> TCVN3 (ABC) bytes read as latin-1; refuses what TCVN3 lacks."""
    if text not in _TCVN3_CACHE:
        raw = tcvn3_bytes(text, plain_quotes=False)
        bad = [b for b in raw if b < 0x20 or 0x7F <= b < 0xA1]
        if bad:
            raise ValueError("not representable in TCVN3 (ABC): %r" % text)
        _TCVN3_CACHE[text] = raw.decode("latin-1")
    return _TCVN3_CACHE[text]


def is_capitals(text):
    return any(c.isalpha() for c in text) and text == text.upper()


def tcvn3_run_text(text):
    """(font, run text) for a line of a TCVN3 document: capitals lines in
    .VnTimeH with the bytes of the lower-case text, the rest in .VnTime."""
    if is_capitals(text):
        return VNTIMEH, tcvn3(text.lower())
    toned = [c for c in text if c.isupper() and ord(c) > 127 and c not in ABC_CAPITALS]
    if toned:
        raise ValueError("toned capital in a .VnTime line: %r" % text)
    return VNTIME, tcvn3(text)


def _toned_capital(ch):
    return ch.isupper() and any(m in unicodedata.normalize("NFD", ch) for m in _TONES)


def retype_tcvn3(doc, all_fonts=True, with_header=True):
    """Re-type every run of a python-docx Document in TCVN3: the text stored as
    its TCVN3 bytes read as Windows-1252; a toned capital (which TCVN3 lacks)
    goes, in lower case, into the capitals font .VnTimeH. all_fonts: set the
    font on all four rFonts attributes (else ascii and hAnsi only)."""
    from docx.oxml.ns import qn

    attrs = ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia") if all_fonts else ("w:hAnsi", "w:ascii")

    def set_font(run, font):
        run.font.name = font
        fonts = run._r.get_or_add_rPr().find(qn("w:rFonts"))
        for attr in attrs:
            fonts.set(qn(attr), font)

    paragraphs = list(doc.paragraphs)
    if with_header:
        paragraphs += list(doc.sections[0].header.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    for p in paragraphs:
        for run in list(p.runs):
            text = run.text
            if not text:
                continue
            pieces = []   # split the run where the font must change
            for ch in text:
                font = VNTIMEH if _toned_capital(ch) else VNTIME
                ch = ch.lower() if font == VNTIMEH else ch
                if pieces and pieces[-1][1] == font:
                    pieces[-1][0] += ch
                else:
                    pieces.append([ch, font])
            run.text = tcvn3_bytes(pieces[0][0]).decode("cp1252")
            set_font(run, pieces[0][1])
            anchor = run._r
            for piece, font in pieces[1:]:
                new = p.add_run(tcvn3_bytes(piece).decode("cp1252"))
                new._r.getparent().remove(new._r)
                if run._r.rPr is not None:
                    new._r.insert(0, copy.deepcopy(run._r.rPr))
                set_font(new, font)
                anchor.addnext(new._r)
                anchor = new._r


# ---------------------------------------------------------------- DOCX: runs and paragraphs

class Styler:
    """How a run is written: Times New Roman with the east-Asian font set
    (all_fonts=False, corpus/third), with all four rFonts set (all_fonts=True,
    corpus/fifth), or legacy=True: TCVN3 bytes in .VnTime / .VnTimeH."""

    def __init__(self, legacy=False, all_fonts=None):
        self.legacy = legacy
        self.all_fonts = legacy if all_fonts is None else all_fonts

    def run(self, par, text, size=13, bold=False, italic=False):
        from docx.oxml.ns import qn
        from docx.shared import Pt
        font = FONT
        if self.legacy:
            font, text = tcvn3_run_text(text)
        r = par.add_run(text)
        r.font.name = font
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
        rf = r._element.get_or_add_rPr().get_or_add_rFonts()
        for a in (("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia") if self.all_fonts else ("w:eastAsia",)):
            rf.set(qn(a), font)
        return r


PLAIN = Styler()


def run(par, text, size=13, bold=False, italic=False, st=PLAIN):
    return st.run(par, text, size, bold, italic)


def para(container, text="", size=13, bold=False, italic=False,
         align=None, indent=None, after=0, before=0, st=PLAIN):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    p = container.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align is None else align
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    pf.line_spacing = 1.0
    if indent is not None:
        pf.first_line_indent = Cm(indent)
    if text:
        st.run(p, text, size, bold, italic)
    return p


def two_columns(doc, widths):
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Cm
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for col, cell, w in zip(t.columns, t.rows[0].cells, widths):
        col.width = Cm(w)  # w:gridCol, which LibreOffice follows
        cell.width = Cm(w)
    # a fresh cell holds one empty paragraph: reuse it for the first line
    return t.rows[0].cells


def cell_para(cell, first, *a, st=PLAIN, **kw):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    if first[0]:
        first[0] = False
        p = cell.paragraphs[0]
        p.alignment = kw.get("align", WD_ALIGN_PARAGRAPH.CENTER)
        p.paragraph_format.space_after = Pt(kw.get("after", 0))
        p.paragraph_format.line_spacing = 1.0
        if a and a[0]:
            st.run(p, a[0], kw.get("size", 13), kw.get("bold", False), kw.get("italic", False))
        return p
    kw.setdefault("align", WD_ALIGN_PARAGRAPH.CENTER)
    return para(cell, *a, st=st, **kw)


def page_break(doc, st=PLAIN):
    from docx.enum.text import WD_BREAK
    p = para(doc, st=st)
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def _borders(tag, edges, size, space):
    """A borders element (w:pBdr, w:tblBorders): single black lines on edges."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    borders = OxmlElement(tag)
    for edge in edges:
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), size)
        e.set(qn("w:space"), space)
        e.set(qn("w:color"), "000000")
        borders.append(e)
    return borders


def box(p):
    """A bordered paragraph at the top right (the "DỰ THẢO" stamp)."""
    from docx.shared import Cm
    p._p.get_or_add_pPr().append(_borders("w:pBdr", ("top", "left", "bottom", "right"), "6", "2"))
    p.paragraph_format.left_indent = Cm(12.5)
    p.paragraph_format.right_indent = Cm(0.5)


def is_caps(line):
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# ---------------------------------------------------------------- DOCX: tables

def set_grid_borders(table):
    """Single 0.5 pt borders on every edge (independent of the template's styles)."""
    table._tbl.tblPr.append(_borders("w:tblBorders", ("top", "left", "bottom", "right", "insideH", "insideV"),
                                     "4", "0"))


def _grid_table(doc, nrows, widths):
    """A centred Word table with grid borders, fixed column widths, rows kept whole."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.shared import Cm
    t = doc.add_table(rows=nrows, cols=len(widths))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    set_grid_borders(t)
    for col, w in zip(t.columns, widths):
        col.width = Cm(w)
    for row in t.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    return t


def _cell_text(cell, text, centre, bold, st=PLAIN, spacing=True, empty_run=True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if centre else WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.space_before = Pt(2)
    p.paragraph_format.space_after = Pt(2)
    if spacing:
        p.paragraph_format.line_spacing = 1.0
    if text or empty_run:
        st.run(p, text, 12, bold=bold)
    return p


def _header_row(table):
    from docx.oxml import OxmlElement
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def body_table(doc, rows, widths_by_ncols, st=PLAIN):
    """corpus/fourth's body table: first row the header (bold, repeated on each
    page), first and last columns centred; an empty paragraph after it."""
    from docx.shared import Cm
    ncols = len(rows[0])
    widths = widths_by_ncols[ncols]
    t = _grid_table(doc, len(rows), widths)
    for r, row in enumerate(rows):
        if len(row) != ncols:
            raise ValueError("table row with %d cells, expected %d: %r" % (len(row), ncols, row))
        for c, text in enumerate(row):
            cell = t.rows[r].cells[c]
            cell.width = Cm(widths[c])
            _cell_text(cell, text, r == 0 or c == 0 or c == ncols - 1, r == 0, st)
    _header_row(t)
    para(doc, after=6, st=st)


def group_row_table(doc, rows, widths, centre_cols, st=PLAIN):
    """corpus/eighth's appendix table: a row of one cell (a group row, "I. …")
    is merged across all columns and bold."""
    from docx.shared import Cm
    ncols = len(widths)
    t = _grid_table(doc, len(rows), widths)
    for r, row in enumerate(rows):
        for c in range(ncols):
            t.rows[r].cells[c].width = Cm(widths[c])
        if len(row) == 1:
            cell = t.rows[r].cells[0].merge(t.rows[r].cells[-1])
            _cell_text(cell, row[0], False, True, st, spacing=False)
            continue
        if len(row) != ncols:
            raise ValueError("appendix row with %d cells: %r" % (len(row), row))
        for c, text in enumerate(row):
            _cell_text(t.rows[r].cells[c], text, r == 0 or c in centre_cols, r == 0, st)
    _header_row(t)
    return t


def merged_table(doc, rows, widths_by_ncols, st=PLAIN):
    """corpus/twelfth's table with merged cells: "^" merges with the cell above,
    "<" with the cell on the left (a group row, bold)."""
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.shared import Cm
    ncols = len(rows[0])
    widths = widths_by_ncols[ncols]
    t = _grid_table(doc, len(rows), widths)
    merges = []
    for r, row in enumerate(rows):
        if len(row) != ncols:
            raise ValueError("table row with %d cells, expected %d: %r" % (len(row), ncols, row))
        group = "<" in row
        for c, text in enumerate(row):
            cell = t.rows[r].cells[c]
            cell.width = Cm(widths[c])
            if text in ("^", "<"):
                merges.append(("v" if text == "^" else "h", r, c))
                continue
            centre = r == 0 or c == 0 or c == ncols - 1 or (ncols == 7 and c in (3, 4))
            _cell_text(cell, text, centre, r == 0 or group or text == "Cộng", st, empty_run=False)
    for kind, r, c in merges:
        if kind == "v":
            top = r
            while rows[top][c] == "^":
                top -= 1
            m = t.cell(top, c).merge(t.cell(r, c))
        else:
            left = c
            while rows[r][left] == "<":
                left -= 1
            m = t.cell(r, left).merge(t.cell(r, c))
        m.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    _header_row(t)
    return t


def landscape_section(doc):
    """A new landscape A4 section (2 cm margins) for an appendix table."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    new.top_margin = new.bottom_margin = Cm(2.0)
    new.left_margin = new.right_margin = Cm(2.0)
    return new


def appendix_title(doc, lines, first=13, others=14, paren_after=8, st=PLAIN):
    """The title lines of an appendix: "(Kèm theo …)" italic, the others bold."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    centre = WD_ALIGN_PARAGRAPH.CENTER
    for n, line in enumerate(lines):
        if line.startswith("("):
            para(doc, line, size=13, italic=True, align=centre, after=paren_after, st=st)
        else:
            para(doc, line, size=others if n else first, bold=True, align=centre, st=st)


# ---------------------------------------------------------------- DOCX: a document of corpus/third's layout

@dataclass
class Layout:
    """What differs between the sets that render corpus/third's sources.

    all_fonts      set all four rFonts on each run (corpus/fifth), else east-Asian only
    issuer_long    None: the issuer lines in 12 pt; N: 13 pt, 12 pt when longer than N
                   characters (or a parent-body line)
    vv_line        a "V/v …" header line in 12 pt, not bold
    keep_heads     headings kept with the next paragraph
    table_widths   body lines with " | " form Word tables (widths by column count)
    paren_title    a title line "(…)" in italic 13 pt
    kinh_gui_after Kính gửi lines printed after the title (else only in a công văn,
                   in place of the title)
    decisions      a QUYẾT ĐỊNH's body: capitals lines centred, Căn cứ italic, Điều N. bold
    optional_closing  no closing table when there is neither Nơi nhận nor signature
    closing_cantsplit the closing table's row kept on one page
    """
    all_fonts: bool = False
    issuer_long: int | None = None
    vv_line: bool = True
    keep_heads: bool = False
    table_widths: dict | None = None
    paren_title: bool = False
    kinh_gui_after: bool = False
    decisions: bool = False
    optional_closing: bool = False
    closing_cantsplit: bool = False


def a4_document(font, size):
    """A new python-docx Document: A4, margins of NĐ 30 (top and bottom 20 mm,
    left 30 mm, right 15 mm), Normal in font and size; returns (doc, Normal)."""
    from docx import Document
    from docx.shared import Mm, Pt
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    sec.left_margin, sec.right_margin = Mm(30), Mm(15)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    return doc, normal


def new_document(title, fixed_time, font=FONT, all_fonts=False):
    """An A4 document with NĐ 30 margins, Normal in font 13 pt, fixed core properties."""
    from docx.oxml.ns import qn
    doc, normal = a4_document(font, 13)
    rf = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for a in (("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia") if all_fonts else ("w:eastAsia",)):
        rf.set(qn(a), font)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "VanThu"
    cp.title = title
    cp.created = cp.modified = fixed_time
    cp.revision = 1
    return doc


def nd30_header(doc, d, parent_lines, lay, st=PLAIN):
    """The two header columns: issuing body and number | Quốc hiệu, Tiêu ngữ, date."""
    left, right = two_columns(doc, (7.0, 10.0))
    f = [True]
    for n, line in enumerate(d["left"]):
        if line.startswith("Số:"):
            cell_para(left, f, line, size=13, before=4, st=st)
        elif lay.vv_line and line.startswith("V/v"):
            cell_para(left, f, line, size=12, st=st)
        else:
            small = lay.issuer_long is None or n < parent_lines or len(line) > lay.issuer_long
            cell_para(left, f, line, size=12 if small else 13, bold=n >= parent_lines, st=st)
    f = [True]
    for n, line in enumerate(d["right"]):
        if n == 0:
            cell_para(right, f, line, size=12, bold=True, st=st)
        elif n == 1:
            cell_para(right, f, line, size=13, bold=True, after=6, st=st)
        else:
            cell_para(right, f, line, size=13, italic=True, st=st)


def nd30_body(doc, body, lay, st=PLAIN, decision=False):
    """Body paragraphs: roman and short arabic lines are headings; " | " runs are
    tables; decision: the body of a QUYẾT ĐỊNH (see Layout.decisions)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    i = 0
    while i < len(body):
        line = body[i]
        if lay.table_widths is not None and CELL_SEP in line:
            rows = []
            while i < len(body) and CELL_SEP in body[i]:
                rows.append([c.strip() for c in body[i].split(CELL_SEP)])
                i += 1
            body_table(doc, rows, lay.table_widths, st)
            continue
        m = DIEU.match(line) if decision else None
        h = None
        if ROMAN.match(line):
            h = para(doc, line, size=13, bold=True, indent=1.0, before=6, after=3, st=st)
        elif ARABIC.match(line) and len(line) < 90 and not line.endswith((".", ";")):
            h = para(doc, line, size=13, bold=True, indent=1.0, after=3, st=st)
        elif decision and is_caps(line):
            para(doc, line, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6, st=st)
        elif decision and line.startswith(("Căn cứ", "Theo đề nghị")):
            para(doc, line, size=14, italic=True, indent=1.0, after=6, st=st)
        elif m:
            p = para(doc, size=14, indent=1.0, after=6, st=st)
            st.run(p, m.group(1), 14, bold=True)
            st.run(p, " " + m.group(2), 14)
        else:
            para(doc, line, size=14, indent=1.0, after=6, st=st)
        if h is not None and lay.keep_heads:
            h.paragraph_format.keep_with_next = True
        i += 1


def nd30_closing(doc, d, lay, st=PLAIN):
    """Nơi nhận on the left, the signature on the right, in a borderless table."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    para(doc, after=6, st=st)
    left, right = two_columns(doc, (8.0, 8.5))
    if lay.closing_cantsplit:
        doc.tables[-1].rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    f = [True]
    for n, line in enumerate(d["noi_nhan"]):
        if n == 0:
            cell_para(left, f, line, size=12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, st=st)
        else:
            cell_para(left, f, line, size=11, align=WD_ALIGN_PARAGRAPH.LEFT, st=st)
    f = [True]
    for line in d["sign"]:
        cell_para(right, f, line, size=14, bold=bool(line), st=st)


def nd30_document(doc, d, parent_lines, lay, st=PLAIN):
    """One document of corpus/third's layout appended to doc."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    centre = WD_ALIGN_PARAGRAPH.CENTER
    nd30_header(doc, d, parent_lines, lay, st)
    if d.get("draft"):
        box(para(doc, "DỰ THẢO", size=13, bold=True, align=centre, before=10, st=st))
    kinh_gui = d.get("kinh_gui", [])
    if d["type"]:
        para(doc, d["type"], size=14, bold=True, align=centre, before=12, st=st)
        for line in d["title"]:
            if lay.paren_title and line.startswith("("):
                para(doc, line, size=13, italic=True, align=centre, st=st)
            else:
                para(doc, line, size=14, bold=True, align=centre, st=st)
        para(doc, after=6, st=st)
    elif not lay.kinh_gui_after:
        para(doc, after=6, st=st)
    if d["type"] == "" or lay.kinh_gui_after:
        for line in kinh_gui:
            para(doc, line, size=14, align=centre, after=12, st=st)
    nd30_body(doc, d["body"], lay, st, lay.decisions and d["type"] == "QUYẾT ĐỊNH")
    if not lay.optional_closing or d["noi_nhan"] or d["sign"]:
        nd30_closing(doc, d, lay, st)


def nd30_docx(docs, parent_lines, lay, fixed_time, legacy=False):
    """A python-docx Document holding one or more documents (page break between)."""
    st = Styler(legacy, all_fonts=lay.all_fonts or legacy)
    title = (docs[0]["type"] + " " + " ".join(docs[0]["title"])).strip()
    doc = new_document(tcvn3(title.lower()) if legacy else title, fixed_time,
                       VNTIME if legacy else FONT, st.all_fonts)
    for n, d in enumerate(docs):
        if n:
            page_break(doc, st)
        nd30_document(doc, d, parent_lines, lay, st)
    return doc


def render_nd30(docs, parent_lines, out, lay, fixed_time, legacy=False):
    """Render one document (a dict of parse_nd30) or a list of them into a DOCX."""
    if isinstance(docs, dict):
        docs = [docs]
    save_docx(nd30_docx(docs, parent_lines, lay, fixed_time, legacy), out)


# The styles of corpus/third's sources: how a source is parsed and laid out,
# named after the set that introduced each (the later sets reuse them).
STYLES = {
    # header issuer lines 12 pt, "V/v" plain, a công văn's Kính gửi in place of the title
    "third": ({}, Layout()),
    # + issuer lines over 24 characters in 12 pt (else 13), " | " body lines as Word tables
    "fourth": ({}, Layout(issuer_long=24, table_widths={
        5: (1.3, 6.2, 3.0, 3.8, 2.2),   # STT | Nội dung nhiệm vụ | Chủ trì | Phối hợp | Thời gian
        4: (1.3, 8.2, 4.5, 2.5),        # STT | Nội dung | Đơn vị thực hiện | Thời gian
    })),
    # optional "DỰ THẢO" stamp, headings kept with the next paragraph, all rFonts set
    # (the TCVN3 variant needs them), issuer lines over 20 characters in 12 pt
    "fifth": ({"motto": "CỘNG H", "kinh_gui": None, "draft": True},
              Layout(all_fonts=True, issuer_long=20, vv_line=False, keep_heads=True)),
    # decisions (Điều N., Căn cứ …), "(Ban hành kèm theo …)" italic, Kính gửi after the
    # title, no closing table for an attached plan
    "sixth": ({"kinh_gui": "lines"},
              Layout(paren_title=True, kinh_gui_after=True, decisions=True, optional_closing=True)),
}


def parse_style(style, text, **kw):
    return parse_nd30(text, **dict(STYLES[style][0], **kw))


def layout(style, **changes):
    from dataclasses import replace
    return replace(STYLES[style][1], **changes)


def parse_documents(style, text):
    """Several documents in one source (form-feed lines between), each with its closing."""
    return [parse_style(style, part.split("\n")) for part in split_documents(text)]


def parse_attached(style, text):
    """A document, then (after form-feed lines) plans attached to it without a closing."""
    parts = split_documents(text)
    return [parse_style(style, parts[0].split("\n"))] + [
        parse_style(style, part.split("\n"), with_closing=False) for part in parts[1:]]


def source_docx(style, text, parent_lines, out, fixed_time, legacy=False, multi=False, **changes):
    """Render a source of the given style into a DOCX: one document; multi=True
    several, each with its closing; multi="attached" see parse_attached."""
    if multi == "attached":
        docs = parse_attached(style, text)
    else:
        docs = parse_documents(style, text) if multi else parse_style(style, text)
    render_nd30(docs, parent_lines, out, layout(style, **changes), fixed_time, legacy)


def source_converted(style, text, parent_lines, target, out, fixed_time, profile, **kw):
    """The DOCX of a source converted by LibreOffice (pdf, doc, rtf, …)."""
    via_docx(lambda tmp: source_docx(style, text, parent_lines, tmp, fixed_time, **kw), target, out, profile)


def style_widths(style, table_widths=None):
    """The style's body-table widths (by column count), with these added or changed."""
    base = STYLES[style][1].table_widths
    return {**(base or {}), **(table_widths or {})} if table_widths or base else None


@renderer("docx")
def docx_file(src, out, style="third", parent_lines=1, time=None, legacy=False, multi=False,
              table_widths=None, **_):
    """A source in a style's DOCX (legacy: typed in TCVN3; multi: see source_docx)."""
    source_docx(style, read_text(src), parent_lines, out, time, legacy, multi,
                table_widths=style_widths(style, table_widths))


def tables_in_body(doc, widths):
    """Turn each run of body paragraphs holding "|" into a merged_table in place."""
    paras = list(doc.paragraphs)
    i = 0
    while i < len(paras):
        if "|" not in paras[i].text:
            i += 1
            continue
        j = i
        while j < len(paras) and "|" in paras[j].text:
            j += 1
        t = merged_table(doc, [cells(p.text) for p in paras[i:j]], widths)
        paras[i]._p.addprevious(t._tbl)
        paras[i]._p.addprevious(para(doc, after=6)._p)
        for p in paras[i:j]:
            p._p.getparent().remove(p._p)
        i = j


def add_appendix(doc, text, widths):
    """An appendix after a page break: title lines, a blank line, merged_table rows."""
    lines = text.strip("\n").split("\n")
    title = []
    while lines and lines[0].strip():
        title.append(lines.pop(0).strip())
    page_break(doc)
    appendix_title(doc, title, first=13, others=13, paren_after=6)
    merged_table(doc, [cells(l) for l in lines if "|" in l], widths)


def tables_docx(text, parent_lines, out, widths, fixed_time, style="third"):
    """A style's DOCX of the first part of text (form-feed lines between parts), its
    "|" lines as tables with merged cells (merged_table), each later part an appendix."""
    from docx import Document
    parts = split_documents(text)
    buf = io.BytesIO()
    render_nd30(parse_style(style, parts[0]), parent_lines, buf, layout(style), fixed_time)
    buf.seek(0)
    doc = Document(buf)
    tables_in_body(doc, widths)
    for part in parts[1:]:
        add_appendix(doc, part, widths)
    save_docx(doc, out, fixed_time)


@renderer("docx-tables")
def tables_docx_file(src, out, style="third", parent_lines=1, time=None, table_widths=None, **_):
    """tables_docx of a source (table_widths: by column count)."""
    tables_docx(read_text(src), parent_lines, out, table_widths, time, style)


@renderer("pdf", "doc", "rtf")
def converted_file(src, out, profile=None, fix_rtf=False, via="docx", **options):
    """The DOCX of the renderer named by via (docx_file) converted by LibreOffice to
    the output's extension (fix_rtf: an RTF's \\info times fixed)."""
    via_docx(lambda tmp: RENDERERS[via](src, tmp, **options), os.path.splitext(out)[1][1:], out, profile)
    if fix_rtf:
        fix_rtf_times(out)


@renderer("scan", "photo")
def printed_file(src, out, profile=None, time=None, angle=0.8, seed=5, dpi=300, **options):
    """The text PDF of converted_file scanned (image-only PDF, every page) or, for a
    .jpg output, page 1 photographed on a desk."""
    tmp = tempfile.mkdtemp(prefix="render-print-")
    try:
        pdf = os.path.join(tmp, "text.pdf")
        converted_file(src, pdf, profile, time=time, **options)
        if out.lower().endswith(".jpg"):
            photo_jpeg(pdf, out, angle, seed)
        else:
            scan_pdf(pdf, out, angle, seed, time, dpi)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@renderer("xlsx-report")
def xlsx_report_file(src, out, creator="PYT", time=datetime(2024, 1, 1),
                     modified_stamp="2024-01-01T00:00:00Z", **_):
    """The yaml "biểu mẫu" report (render_xlsx_report)."""
    render_xlsx_report(src, out, creator, time, modified_stamp)


# ---------------------------------------------------------------- images

def page_images(pdf_path, dpi, first_only=False):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path)
    n = 1 if first_only else len(pdf)
    imgs = []
    for k in range(n):
        bm = pdf[k].render(scale=dpi / 72.0, grayscale=True)
        imgs.append(bm.to_pil().convert("L"))
    pdf.close()
    return imgs


def pdf_page_count(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    n = len(pdf)
    pdf.close()
    return n


def scanned(img, angle, rng):
    """A flat-bed scan: slight blur, rotation, grey paper, noise, specks."""
    import numpy as np
    from PIL import Image, ImageFilter
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(img, dtype=np.float32)
    a = a * 0.93 + 8.0                               # paper not pure white, ink not pure black
    a += rng.normal(0.0, 7.0, a.shape)               # sensor noise
    specks = rng.random(a.shape) < 0.0004            # dust
    a[specks] = rng.uniform(40, 140, specks.sum())
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def photographed(img, angle, rng):
    """A phone photo of one page lying on a desk: margin, tilt, uneven light."""
    import numpy as np
    from PIL import Image, ImageFilter
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    w, h = img.size
    pad = 70
    canvas = Image.new("L", (w + 2 * pad, h + 2 * pad), 95)
    canvas.paste(img, (pad, pad))
    canvas = canvas.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=95)
    a = np.asarray(canvas, dtype=np.float32)
    H, W_ = a.shape
    yy, xx = np.mgrid[0:H, 0:W_]
    light = 1.0 - 0.16 * (xx / W_) - 0.10 * (yy / H)   # lamp from the top left
    a = a * light
    a += rng.normal(0.0, 6.0, a.shape)
    a = np.clip(a, 0, 255)
    rgb = np.stack([a * 1.0, a * 0.97, a * 0.90], axis=-1)  # warm indoor light
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")


def save_image_pdf(pages, out, fixed_time, dpi=300):
    """Pages (PIL images) as an image-only PDF with fixed dates."""
    os.makedirs(os.path.dirname(str(out)), exist_ok=True)
    t = fixed_time.timetuple()
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:],
                  creationDate=t, modDate=t)


def scan_pdf(text_pdf, out, angle, seed, fixed_time, dpi=300):
    """Every page of a text PDF scanned (odd pages tilted 0.4° more) into an image-only PDF."""
    import numpy as np
    rng = np.random.default_rng(seed)
    pages = [scanned(im, angle if k % 2 == 0 else angle + 0.4, rng)
             for k, im in enumerate(page_images(text_pdf, dpi))]
    save_image_pdf(pages, out, fixed_time, dpi)


def photo_jpeg(text_pdf, out, angle, seed, dpi=200, quality=84):
    """Page 1 of a text PDF photographed on a desk, saved as JPEG."""
    import numpy as np
    rng = np.random.default_rng(seed)
    img = photographed(page_images(text_pdf, dpi, first_only=True)[0], angle, rng)
    os.makedirs(os.path.dirname(str(out)), exist_ok=True)
    img.save(out, "JPEG", quality=quality)


def bw_scan_pdf(text_pdf, out, dpi=200, angle=0.9, seed=23, stamp=b"D:20231201080000"):
    """What an office scanner makes in black-and-white mode: pages rendered,
    slightly rotated, with paper noise and specks, thresholded to 1 bit; a PDF
    of images with no text layer (fixed dates and /ID)."""
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
    with open(out, "wb") as fh:
        fh.write(fix_pdf(buf.getvalue(), os.path.basename(str(out)), stamp))


# ---------------------------------------------------------------- spreadsheets

def xl_font(size=12, bold=None, italic=None):
    """Times New Roman; bold and italic written only when given (openpyxl keeps None apart)."""
    from openpyxl.styles import Font
    kw = {k: v for k, v in (("bold", bold), ("italic", italic)) if v is not None}
    return Font(name=FONT, size=size, **kw)


def xl_grid(color="000000"):
    from openpyxl.styles import Border, Side
    thin = Side(style="thin", color=color) if color else Side(style="thin")
    return Border(left=thin, right=thin, top=thin, bottom=thin)


def xl_align(h="center", v="center", wrap=True):
    from openpyxl.styles import Alignment
    if wrap is None:
        return Alignment(horizontal=h, vertical=v)
    return Alignment(horizontal=h, vertical=v, wrap_text=wrap)


def xl_put(ws, rng, value, font=None, align=None, border=None):
    """Write value into the first cell of rng ("A1" or "A1:B1", merged)."""
    if ":" in rng:
        ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]
    c.value = value
    if font is not None:
        c.font = font
    if align is not None:
        c.alignment = align
    if border is not None:
        c.border = border
    return c


def xl_landscape(ws, fit=True):
    """A4 landscape, one page wide."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if fit:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0


def save_workbook(wb, out, creator, created, modified_stamp, title=None):
    """Save an openpyxl workbook with fixed properties and zip timestamps.
    openpyxl stamps "modified" with the clock: modified_stamp is put back."""
    p = wb.properties
    p.creator = p.lastModifiedBy = creator
    p.created = p.modified = created
    if title is not None:
        p.title = title
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    fixed = io.BytesIO()
    with zipfile.ZipFile(fixed, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + modified_stamp.encode(), data)
            dst.writestr(info.filename, data)
    write_fixed_zip(fixed.getvalue(), out)


def render_xlsx_report(src, out, creator="PYT", created=datetime(2024, 1, 1),
                       modified_stamp="2024-01-01T00:00:00Z"):
    """A spreadsheet "biểu mẫu" report from a yaml source (corpus/thirteenth):
    header block in merged cells (left A:B | right C:last), title lines, the
    bordered table (section rows merged), Nơi nhận | signature."""
    import yaml
    from openpyxl import Workbook
    with open(src, encoding="utf-8") as fh:
        d = yaml.safe_load(fh)
    wb = Workbook()
    ws = wb.active
    ws.title = d["sheet"]
    ncol = len(d["columns"])
    last = chr(ord("A") + ncol - 1)
    for i, w in enumerate(d["widths"]):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    center = xl_align()
    left = xl_align("left", "top")
    box = xl_grid(None)
    r = 1
    for n, (lt, rt) in enumerate(zip(d["header_left"], d["header_right"])):
        xl_put(ws, f"A{r}:B{r}", lt, xl_font(12 if n < 2 else 13, n == 1, False), center)
        xl_put(ws, f"C{r}:{last}{r}", rt, xl_font(12 if n == 0 else 13, n < 2, n == 2), center)
        r += 1
    r += 1
    for n, line in enumerate(d["title"]):
        xl_put(ws, f"A{r}:{last}{r}", line, xl_font(14 if n == 0 else 13, n < 2, n == 2), center)
        if n == 1:
            ws.row_dimensions[r].height = 36
        r += 1
    r += 1
    for i, h in enumerate(d["columns"]):
        xl_put(ws, ws.cell(row=r, column=i + 1).coordinate, h, xl_font(bold=True), center, box)
    ws.row_dimensions[r].height = 32
    r += 1
    for row in d["rows"]:
        if isinstance(row, dict):
            num, text = row["section"]
            xl_put(ws, f"A{r}", num, xl_font(bold=True), center)
            xl_put(ws, f"B{r}:{last}{r}", text, xl_font(bold=True), left)
            for k in range(1, ncol + 1):
                ws.cell(row=r, column=k).border = box
        else:
            for i, v in enumerate(row):
                xl_put(ws, ws.cell(row=r, column=i + 1).coordinate, v if v != "" else None,
                       xl_font(), center if i in (0, 3, 4) else left, box)
            ws.row_dimensions[r].height = 15 * max(2, len(row[2]) // 55 + 1)
        r += 1
    r += 1
    top = r
    for n, line in enumerate(d["noi_nhan"]):
        xl_put(ws, f"A{r}:B{r}", line, xl_font(12 if n == 0 else 11, n == 0, n == 0),
               xl_align("left", "top", None))
        r += 1
    r = top
    for n, line in enumerate(d["sign"]):
        xl_put(ws, f"C{r}:{last}{r}", line or None,
               xl_font(13, n in (0, len(d["sign"]) - 1), line.startswith("(")), center)
        r += 1
    xl_landscape(ws)
    save_workbook(wb, out, creator, created, modified_stamp, title=d["title"][0])


# ---------------------------------------------------------------- keyed sources (corpus/src, corpus/demo)

@dataclass
class KeyedSource:
    """A source in "key: value" markup: header part, "=== body", body, "=== closing", closing."""
    name: str
    header: dict = field(default_factory=dict)
    body: list = field(default_factory=list)
    closing: dict = field(default_factory=dict)

    def one(self, key, default=None):
        values = self.header.get(key)
        return values[0] if values else default

    def many(self, key):
        return self.header.get(key, [])


def load_keyed(path, keyvals, nfc=False, cls=KeyedSource):
    """Read a keyed source; keyvals(lines, where) parses its header and closing parts."""
    text = open(path, encoding="utf-8").read()
    if nfc:
        text = unicodedata.normalize("NFC", text)
    head, _, rest = text.partition("\n=== body\n")
    body, _, closing = rest.partition("\n=== closing\n")
    name = os.path.splitext(os.path.basename(str(path)))[0]
    return cls(name, keyvals(head.splitlines(), "%s header" % os.path.basename(str(path))),
               [ln.rstrip() for ln in body.splitlines() if ln.strip()],
               keyvals(closing.splitlines(), "%s closing" % os.path.basename(str(path))))


def kfonts(run, size=None, bold=None, italic=None, font=FONT):
    """Font of a run on all four rFonts attributes; size, bold, italic when given."""
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = font
    rfonts = run._r.get_or_add_rPr().find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if italic is not None:
        run.font.italic = italic


def kpara(container, text="", size=None, bold=None, italic=None, align=None, indent=False, after=0,
          style=None, runs=None):
    """A paragraph with 0 pt before, `after` pt after, 1.27 cm first-line indent
    when indent; runs(p, text, size, bold, italic) writes the text (default: one run)."""
    from docx.shared import Cm, Pt
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Cm(1.27)
    if text:
        if runs is None:
            kfonts(p.add_run(text), size, bold, italic)
        else:
            runs(p, text, size, bold, italic)
    return p


def no_borders(table):
    from docx.oxml import parse_xml
    table._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders xmlns:w="{W}">'
        + "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def set_widths(table, cms):
    from docx.shared import Cm
    table.autofit = False
    for col, w in zip(table.columns, cms):
        col.width = Cm(w)  # w:gridCol, which LibreOffice follows
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def cell_lines(cell, lines):
    """Fill a cell with (text, format) lines, centred unless format says "align";
    format keys: size, bold, italic, align, before (pt); the cell's first
    (empty) paragraph is reused."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    first = True
    for text, fmt in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(0)
        p.alignment = fmt.get("align", WD_ALIGN_PARAGRAPH.CENTER)
        if fmt.get("before"):
            p.paragraph_format.space_before = Pt(fmt["before"])
        if text:
            kfonts(p.add_run(text), fmt.get("size", 13), fmt.get("bold", False), fmt.get("italic", False))


def page_number_header(doc, size):
    """A centred PAGE field in the page header, from page 2 on."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run()
    kfonts(r, size)
    for kind, text in (("begin", None), ("instr", " PAGE "), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        r._r.append(el)


def keyed_document(size, fixed_time):
    """An A4 document (mm margins of NĐ 30), Normal in Times New Roman `size`
    with 0 pt after, empty author and title, fixed dates, page numbers."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc, normal = a4_document(FONT, size)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), FONT)
    normal.paragraph_format.space_after = Pt(0)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = cp.title = ""
    cp.revision = 1
    cp.created = cp.modified = fixed_time
    page_number_header(doc, size)
    return doc


def keyed_header(doc, widths, left_top, right_top, left_bottom, right_bottom):
    """The NĐ 30 header as a borderless 2 x 2 table of (text, format) lines."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    set_widths(t, widths)
    for (r, c), lines in zip(((0, 0), (0, 1), (1, 0), (1, 1)), (left_top, right_top, left_bottom, right_bottom)):
        cell_lines(t.cell(r, c), lines)


def keyed_title(doc, src, size, para_fn, rule=None):
    """An empty line, the type line and the title lines (bold, centred), an
    optional short rule under them, an empty line; nothing but the first empty
    line when the source has no type (a công văn)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    para_fn(doc, "", size)
    if src.one("type"):
        for line in [src.one("type")] + src.many("title"):
            para_fn(doc, line, size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        if rule:
            para_fn(doc, rule, 9, align=WD_ALIGN_PARAGRAPH.CENTER)
        para_fn(doc, "", size)


def keyed_closing(doc, src, size, widths):
    """Nơi nhận | signature (sign lines, four empty lines, the signer) in a borderless table."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    kpara(doc, "", size)
    closing = doc.add_table(rows=1, cols=2)
    no_borders(closing)
    set_widths(closing, widths)
    left = [("Nơi nhận:", {"size": 12, "bold": True, "italic": True, "align": WD_ALIGN_PARAGRAPH.LEFT})]
    left += [(x, {"size": 11, "align": WD_ALIGN_PARAGRAPH.LEFT}) for x in src.closing.get("noi_nhan", [])]
    right = [(x, {"size": size, "bold": True}) for x in src.closing.get("sign", [])]
    right += [("", {"size": size})] * 4 + [(src.closing["signer"][0], {"size": size, "bold": True})]
    cell_lines(closing.cell(0, 0), left)
    cell_lines(closing.cell(0, 1), right)
    closing.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit xmlns:w="{W}"/>'))


def keyed_table(doc, rows, size, widths, centre_last=False, check=False):
    """A "Table Grid" table, header row bold and repeated; first column (and
    the last, centre_last) centred."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    ncols = len(rows[0])
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(table, widths)
    centred = (0, ncols - 1) if centre_last else (0,)
    for r, row in enumerate(rows):
        if check and len(row) != ncols:
            raise ValueError(f"table row with {len(row)} cells instead of {ncols}: {row}")
        for c, text in enumerate(row):
            p = table.cell(r, c).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (r == 0 or c in centred) else WD_ALIGN_PARAGRAPH.LEFT
            kfonts(p.add_run(text), size, bold=(r == 0))
    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader xmlns:w="{W}"/>'))


def set_num(paragraph, ilvl, num_id):
    from docx.oxml import parse_xml
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def add_numbering(doc, levels, abstract_id, num_id, pstyles=None, nsid="5A3C"):
    """A multilevel list: levels are (ilvl, numFmt, lvlText, bold, italic);
    pstyles maps ilvl -> the style id that level is linked to; nsid the first
    four hex digits of the list's id."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    lvl_xml = []
    for ilvl in range(9):
        spec = next((l for l in levels if l[0] == ilvl), None)
        fmt, text, bold, italic = spec[1:] if spec else ("decimal", f"%{ilvl + 1}.", False, False)
        pstyle = f'<w:pStyle w:val="{pstyles[ilvl]}"/>' if pstyles and spec else ""
        rpr = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
        lvl_xml.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{pstyle}'
            f'<w:suff w:val="space"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="709"/></w:pPr>'
            f'<w:rPr>{rpr}</w:rPr></w:lvl>')
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{abstract_id}">'
        f'<w:nsid w:val="{nsid}{abstract_id:04X}"/><w:multiLevelType w:val="multilevel"/>'
        + "".join(lvl_xml) + "</w:abstractNum>")
    num = parse_xml(f'<w:num xmlns:w="{W}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)


def counter_text(fmt, n):
    """What Word draws for counter n in numFmt fmt (upperRoman, lowerLetter, decimal)."""
    if fmt == "upperRoman":
        out = ""
        for v, s in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
            while n >= v:
                out += s
                n -= v
        return out
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    return str(n)


def next_counter(counters, ilvl, fmt):
    """Count one more paragraph at level ilvl (deeper levels restart); what Word draws."""
    counters[ilvl] += 1
    for deeper in range(ilvl + 1, 9):
        counters[deeper] = 0
    return counter_text(fmt, counters[ilvl])


def text_header(left, right, number, place_date, widths=(34, 36, 46)):
    """The two header columns typed side by side in a plain-text file: each
    left line centred in widths[0], padded to widths[1], the right line centred
    in widths[2]; the number and the place and date on the last line."""
    rows = [(left[k] if k < len(left) else "", right[k] if k < len(right) else "")
            for k in range(max(len(left), len(right)))]
    rows.append((number, place_date))
    return [(a.center(widths[0]).rstrip().ljust(widths[1]) + b.center(widths[2]).rstrip()).rstrip()
            for a, b in rows]


def text_closing(noi_nhan, sign, signer, indent):
    """Nơi nhận, then the signature lines indented (three empty lines before the signer)."""
    out = ["Nơi nhận:", *noi_nhan, ""]
    out += [" " * indent + x.center(30).rstrip() for x in sign]
    return out + [""] * 3 + [" " * indent + signer.center(30).rstrip()]


if __name__ == "__main__":
    import sys
    sys.path.insert(0, CORPUS)
    import render   # this file as the module the sets' own renderers import
    sys.exit(render.main(sys.argv[1:]))
