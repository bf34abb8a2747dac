"""DOCX reader: paragraphs, Word's automatic numbering, tables, text boxes.

The package is opened with zipfile and only the parts the reader needs (the
main document, its styles, numbering, headers and footers, found through the
package's relationships) are parsed, with lxml, entities off. The walk over the
body is done on the XML because python-docx gives neither the automatic
numbering labels ("1.", "a)", "II.") nor text boxes, and joins runs without
telling their fonts, which the legacy-encoding repair needs run by run
(python-docx opened every part of the package, images included, and was a
third of the reading time; it still writes the outgoing documents).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..encoding import repair_run
from ..errors import CorruptFile, EncryptedFile
from ..model import Block, RawDocument, Source
from ..numerals import to_roman

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS = {"w": W, "mc": MC, "r": R}


@lru_cache(maxsize=None)
def q(tag: str) -> str:
    prefix, _, local = tag.partition(":")
    return "{%s}%s" % (_NS[prefix], local)


def _val(el, attr: str = "w:val") -> str | None:
    return None if el is None else el.get(q(attr))


def _on(el) -> bool | None:
    """A toggle property (w:b, w:i, w:caps): None when absent."""
    if el is None:
        return None
    v = el.get(q("w:val"))
    return v is None or v.lower() not in ("0", "false", "off", "none")


# ---------------------------------------------------------------------------
# Styles


class Styles:
    """Effective paragraph and run properties through style inheritance."""

    def __init__(self, styles_el):
        self.by_id: dict[str, object] = {}
        self.default_para: str | None = None
        self.doc_rpr = None
        self.doc_ppr = None
        self._chains: dict[str | None, list] = {}
        self._inherited: dict[tuple, object] = {}  # (run style, paragraph style, tag) -> element
        if styles_el is None:
            return
        for st in styles_el.iter(q("w:style")):
            sid = st.get(q("w:styleId"))
            if sid:
                self.by_id[sid] = st
                if st.get(q("w:type")) == "paragraph" and _on_attr(st.get(q("w:default"))):
                    self.default_para = sid
        defaults = styles_el.find(q("w:docDefaults"))
        if defaults is not None:
            self.doc_rpr = defaults.find(f"{q('w:rPrDefault')}/{q('w:rPr')}")
            self.doc_ppr = defaults.find(f"{q('w:pPrDefault')}/{q('w:pPr')}")

    def chain(self, style_id: str | None) -> list:
        """The style and those it is based on, nearest first."""
        out = self._chains.get(style_id)
        if out is None:
            out, seen, sid = [], set(), style_id
            while sid and sid in self.by_id and sid not in seen:
                seen.add(sid)
                st = self.by_id[sid]
                out.append(st)
                sid = _val(st.find(q("w:basedOn")))
            self._chains[style_id] = out
        return out

    def name(self, style_id: str | None) -> str | None:
        st = self.by_id.get(style_id or "")
        if st is None:
            return style_id
        return _val(st.find(q("w:name"))) or style_id

    def para_prop(self, ppr, pstyle: str | None, tag: str):
        """The first w:pPr/tag found on the paragraph, its style chain, or the defaults."""
        if ppr is not None:
            el = ppr.find(q(tag))
            if el is not None:
                return el
        for st in self.chain(pstyle or self.default_para):
            el = st.find(f"{q('w:pPr')}/{q(tag)}")
            if el is not None:
                return el
        if self.doc_ppr is not None:
            return self.doc_ppr.find(q(tag))
        return None

    def run_prop(self, rpr, rstyle: str | None, pstyle: str | None, tag: str):
        if rpr is not None:
            el = rpr.find(q(tag))
            if el is not None:
                return el
        key = (rstyle, pstyle, tag)
        if key not in self._inherited:  # what the styles give is the same for every run
            self._inherited[key] = self._styles_run_prop(rstyle, pstyle, tag)
        return self._inherited[key]

    def _styles_run_prop(self, rstyle: str | None, pstyle: str | None, tag: str):
        for st in self.chain(rstyle) + self.chain(pstyle or self.default_para):
            el = st.find(f"{q('w:rPr')}/{q(tag)}")
            if el is not None:
                return el
        if self.doc_rpr is not None:
            return self.doc_rpr.find(q(tag))
        return None

    def style_numpr(self, pstyle: str | None):
        for st in self.chain(pstyle or self.default_para):
            numpr = st.find(f"{q('w:pPr')}/{q('w:numPr')}")
            if numpr is not None:
                return numpr, st.get(q("w:styleId"))
        return None, None


def _on_attr(v: str | None) -> bool:
    return v is not None and v.lower() in ("1", "true", "on")


# ---------------------------------------------------------------------------
# Automatic numbering


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"
    legal: bool = False
    restart: int | None = None  # restart after this (1-based) level; 0 = never
    pstyle: str | None = None


def _parse_level(lvl) -> Level:
    level = Level()
    start = _val(lvl.find(q("w:start")))
    if start and start.lstrip("-").isdigit():
        level.start = int(start)
    level.fmt = _val(lvl.find(q("w:numFmt"))) or "decimal"
    text_el = lvl.find(q("w:lvlText"))
    level.text = _val(text_el) if text_el is not None else ""
    level.text = level.text or ""
    level.suffix = _val(lvl.find(q("w:suff"))) or "tab"
    level.legal = bool(_on(lvl.find(q("w:isLgl"))))
    restart = _val(lvl.find(q("w:lvlRestart")))
    level.restart = int(restart) if restart and restart.isdigit() else None
    level.pstyle = _val(lvl.find(q("w:pStyle")))
    return level


class Numbering:
    """Reconstructs the labels Word draws for numbered paragraphs.

    Counters belong to a list: paragraphs whose w:num points at the same
    abstract numbering continue one another, unless the w:num overrides a start
    value (Word's "Restart numbering"), which makes it a list of its own.
    """

    def __init__(self, numbering_el, styles: Styles):
        self.styles = styles
        self.abstract: dict[str, dict[int, Level]] = {}
        self.abstract_style_link: dict[str, str] = {}
        self.nums: dict[str, tuple[str, dict[int, Level], dict[int, int]]] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.style_levels: dict[str, tuple[str, int]] = {}
        if numbering_el is None:
            return
        for an in numbering_el.iter(q("w:abstractNum")):
            aid = an.get(q("w:abstractNumId"))
            levels = {}
            for lvl in an.iter(q("w:lvl")):
                ilvl = int(lvl.get(q("w:ilvl"), "0"))
                levels[ilvl] = _parse_level(lvl)
            self.abstract[aid] = levels
            link = _val(an.find(q("w:numStyleLink")))
            if link:
                self.abstract_style_link[aid] = link
        for num in numbering_el.iter(q("w:num")):
            nid = num.get(q("w:numId"))
            aid = _val(num.find(q("w:abstractNumId")))
            overrides: dict[int, Level] = {}
            starts: dict[int, int] = {}
            for ov in num.iter(q("w:lvlOverride")):
                ilvl = int(ov.get(q("w:ilvl"), "0"))
                so = _val(ov.find(q("w:startOverride")))
                if so and so.lstrip("-").isdigit():
                    starts[ilvl] = int(so)
                lvl = ov.find(q("w:lvl"))
                if lvl is not None:
                    overrides[ilvl] = _parse_level(lvl)
            self.nums[nid] = (aid, overrides, starts)

    def _levels(self, nid: str) -> tuple[str, dict[int, Level]] | None:
        entry = self.nums.get(nid)
        if entry is None:
            return None
        aid, overrides, _ = entry
        levels = self.abstract.get(aid)
        # numStyleLink: the definition lives in the numbering style's own list
        link = self.abstract_style_link.get(aid)
        if link:
            numpr, _ = self.styles.style_numpr(link)
            if numpr is not None:
                linked = self.nums.get(_val(numpr.find(q("w:numId"))) or "")
                if linked and linked[0] in self.abstract:
                    aid, levels = linked[0], self.abstract[linked[0]]
        if levels is None:
            return None
        if overrides:
            levels = {**levels, **overrides}
        return aid, levels

    def label(self, nid: str, ilvl: int) -> tuple[str | None, str]:
        """Advance the list and return (label, suffix) for a paragraph at (numId, ilvl)."""
        if nid in (None, "0"):
            return None, ""
        resolved = self._levels(nid)
        if resolved is None:
            return None, ""
        aid, levels = resolved
        _, _, starts = self.nums[nid]
        key = f"num:{nid}" if starts else f"abs:{aid}"
        counters = self.counters.get(key)
        if counters is None:
            counters = [None] * 9
            self.counters[key] = counters
            for lvl_i, start in starts.items():
                if 0 <= lvl_i < 9:
                    counters[lvl_i] = start - 1  # first use shows ``start``
        ilvl = max(0, min(ilvl, 8))
        level = levels.get(ilvl, Level())
        counters[ilvl] = level.start if counters[ilvl] is None else counters[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            dl = levels.get(deeper)
            if dl is not None and dl.restart == 0:
                continue
            counters[deeper] = None
        if level.fmt == "bullet":
            return _bullet(level.text), level.suffix
        if level.fmt == "none":
            return None, ""

        def sub(m: re.Match[str]) -> str:
            n = int(m.group(1)) - 1
            lv = levels.get(n, Level())
            value = counters[n] if counters[n] is not None else lv.start
            fmt = "decimal" if (level.legal and n != ilvl) else lv.fmt
            return format_number(value, fmt)

        text = re.sub(r"%([1-9])", sub, level.text)
        return (text.strip() or None), level.suffix


def _bullet(symbol: str) -> str:
    s = symbol.strip()
    if s in ("-", "–", "—", "−", "\uf02d", "\uf0ad"):
        return "-"
    if s in ("+", "\uf02b"):
        return "+"
    return "•"


def format_number(n: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        r = to_roman(max(n, 1))
        return r if fmt == "upperRoman" else r.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        n = max(n, 1)
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


# ---------------------------------------------------------------------------
# The walk


@dataclass
class _Run:
    text: str
    bold: bool
    italic: bool
    caps: bool
    size: float | None


@dataclass
class _Ctx:
    styles: Styles
    numbering: Numbering
    source: Source
    legacy: set[str] = field(default_factory=set)
    textboxes: list = field(default_factory=list)
    footnotes: dict = field(default_factory=dict)  # id -> the note's text, read where it is cited


_SKIP = {q("w:del"), q("w:moveFrom"), q("w:pPr"), q("w:rPr"), q("w:instrText"), q("w:delText")}


class _Props:
    """A run's own properties (its w:rPr children by tag), looked up before the styles'."""

    __slots__ = ("direct", "rstyle", "pstyle", "styles")

    def __init__(self, rpr, pstyle: str | None, styles: Styles):
        self.direct = {child.tag: child for child in rpr} if rpr is not None else {}
        rs = self.direct.get(q("w:rStyle"))
        self.rstyle = _val(rs) if rs is not None else None
        self.pstyle, self.styles = pstyle, styles

    def get(self, tag: str):
        el = self.direct.get(q(tag))
        return el if el is not None else self.styles.run_prop(None, self.rstyle, self.pstyle, tag)


def _run_text(r, ctx: _Ctx, pstyle: str | None) -> _Run | None:
    props = _Props(r.find(q("w:rPr")), pstyle, ctx.styles)
    if _on(props.get("w:vanish")):
        return None
    parts: list[str] = []
    for child in r:
        tag = child.tag
        if tag == q("w:t"):
            parts.append(child.text or "")
        elif tag == q("w:tab") or tag == q("w:ptab"):
            parts.append("\t")
        elif tag in (q("w:br"), q("w:cr")):
            parts.append("\n" if child.get(q("w:type")) in (None, "textWrapping") else "\n")
        elif tag == q("w:softHyphen"):
            parts.append("\u00ad")  # the letter "ư" in TCVN3 text; dropped otherwise
        elif tag == q("w:noBreakHyphen"):
            parts.append("-")
        elif tag in (q("w:drawing"), q("w:pict"), q("mc:AlternateContent")):
            _collect_textboxes(child, ctx)
        elif tag in (q("w:footnoteReference"), q("w:endnoteReference")) and ctx.footnotes.get(child.get(q("w:id"))):
            # a note is read where the text cites it, as a reader reads it ("… 63 người²" and, at
            # the page's foot, "² Trong đó 41 người được chuyển đến cơ sở trợ giúp …")
            parts.append(f" ({ctx.footnotes[child.get(q('w:id'))]})")
    text = "".join(parts)
    fonts = props.get("w:rFonts")
    font = None
    if fonts is not None:
        font = fonts.get(q("w:hAnsi")) or fonts.get(q("w:ascii")) or fonts.get(q("w:cs"))
    text, enc = repair_run(text, font)
    if enc:
        ctx.legacy.add(enc)
    sz = _val(props.get("w:sz"))
    return _Run(
        text=text,
        bold=bool(_on(props.get("w:b"))),
        italic=bool(_on(props.get("w:i"))),
        caps=bool(_on(props.get("w:caps"))),
        size=float(sz) / 2 if sz and sz.isdigit() else None,
    )


def _collect_textboxes(el, ctx: _Ctx) -> None:
    """Paragraphs of text boxes inside a drawing; mc:Fallback repeats mc:Choice."""
    stack = [el]
    while stack:
        node = stack.pop()
        if node.tag == q("mc:Fallback"):
            continue
        if node.tag == q("w:txbxContent"):
            ctx.textboxes.append(node)
            continue
        stack.extend(reversed(list(node)))


def _runs(p, ctx: _Ctx, pstyle: str | None) -> list[_Run]:
    out: list[_Run] = []
    stack = list(reversed(list(p)))
    while stack:
        node = stack.pop()
        if node.tag in _SKIP:
            continue
        if node.tag == q("w:r"):
            run = _run_text(node, ctx, pstyle)
            if run is not None:
                out.append(run)
        elif node.tag == q("mc:Fallback"):
            continue
        else:
            stack.extend(reversed(list(node)))
    return out


_ALIGN = {"both": "justify", "distribute": "justify", "center": "center", "right": "right",
          "end": "right", "left": "left", "start": "left"}


def _paragraph(p, ctx: _Ctx, part: str) -> Block:
    ppr = p.find(q("w:pPr"))
    pstyle = _val(ppr.find(q("w:pStyle"))) if ppr is not None else None
    runs = _runs(p, ctx, pstyle)
    text = "".join(r.text for r in runs)

    # automatic numbering: direct numPr, else the style's
    label, suffix, list_level = None, "", None
    numpr = ppr.find(q("w:numPr")) if ppr is not None else None
    nid = ilvl = None
    if numpr is not None:
        nid = _val(numpr.find(q("w:numId")))
        il = _val(numpr.find(q("w:ilvl")))
        ilvl = int(il) if il and il.isdigit() else None
    if nid is None or ilvl is None:
        snumpr, sid = ctx.styles.style_numpr(pstyle)
        if snumpr is not None:
            if nid is None:
                nid = _val(snumpr.find(q("w:numId")))
            if ilvl is None:
                il = _val(snumpr.find(q("w:ilvl")))
                ilvl = int(il) if il and il.isdigit() else None
                if ilvl is None and nid is not None:
                    ilvl = _style_level(ctx, nid, sid)
    if nid is not None and nid != "0" and text.strip():
        label, suffix = ctx.numbering.label(nid, ilvl or 0)
        list_level = ilvl or 0
    if label:
        sep = "" if suffix == "nothing" else " "
        text = f"{label}{sep}{text.lstrip()}"

    visible = [r for r in runs if r.text.strip()]
    bold = bool(visible) and all(r.bold for r in visible)
    italic = bool(visible) and all(r.italic for r in visible)
    letters = [c for c in text if c.isalpha()]
    caps = bool(visible) and (all(r.caps for r in visible) or (len(letters) >= 2 and all(c.isupper() for c in letters)))
    sizes = [r.size for r in visible if r.size]
    jc = _val(ctx.styles.para_prop(ppr, pstyle, "w:jc"))
    ind = ctx.styles.para_prop(ppr, pstyle, "w:ind")
    indent = None
    if ind is not None:
        def tw(name: str) -> float:
            v = ind.get(q(name))
            try:
                return float(v) / 20 if v else 0.0
            except ValueError:
                return 0.0
        indent = (tw("w:left") or tw("w:start")) + tw("w:firstLine") - tw("w:hanging")
    return Block(
        kind="paragraph",
        text=text,
        part=part,
        style=ctx.styles.name(pstyle),
        bold=bold or None,
        italic=italic or None,
        caps=caps or None,
        align=_ALIGN.get(jc or ""),
        indent=indent,
        font_size=max(set(sizes), key=sizes.count) if sizes else None,
        numbering=label,
        list_level=list_level,
    )


def _style_level(ctx: _Ctx, nid: str, style_id: str | None) -> int:
    resolved = ctx.numbering._levels(nid)
    if resolved and style_id:
        for ilvl, level in resolved[1].items():
            if level.pstyle == style_id:
                return ilvl
    return 0


def _table(tbl, ctx: _Ctx, part: str) -> Block:
    rows: list[list[str]] = []
    above: dict[int, str] = {}  # grid column -> text of the cell that starts a vertical merge
    for tr in tbl.findall(q("w:tr")):
        row: list[str] = []
        col = 0
        trpr = tr.find(q("w:trPr"))
        before = _val(trpr.find(q("w:gridBefore"))) if trpr is not None else None
        if before and before.isdigit():
            row.extend([""] * int(before))
            col += int(before)
        for tc in tr.findall(q("w:tc")):
            tcpr = tc.find(q("w:tcPr"))
            span_el = tcpr.find(q("w:gridSpan")) if tcpr is not None else None
            span = int(_val(span_el)) if span_el is not None and (_val(span_el) or "").isdigit() else 1
            vmerge = tcpr.find(q("w:vMerge")) if tcpr is not None else None
            lines: list[str] = []
            for child in tc:
                if child.tag == q("w:p"):
                    lines.append(_paragraph(child, ctx, part).text)
                elif child.tag == q("w:tbl"):
                    lines.extend(" | ".join(r) for r in _table(child, ctx, part).rows or [])
            text = "\n".join(line for line in lines if line.strip())
            if vmerge is not None and _val(vmerge) in (None, "continue"):
                text = above.get(col, text)
            else:
                above[col] = text
            row.append(text)
            row.extend([""] * (span - 1))
            col += span
        rows.append(row)
    text = "\n".join(" | ".join(c.replace("\n", " ") for c in r) for r in rows)
    return Block(kind="table", text=text, part=part, rows=rows)


def _walk(container, ctx: _Ctx, part: str, out: list[Block]) -> None:
    for child in container:
        if child.tag == q("w:p"):
            out.append(_paragraph(child, ctx, part))
        elif child.tag == q("w:tbl"):
            out.append(_table(child, ctx, part))
        elif child.tag in (q("w:sdt"), q("w:customXml")):
            content = child.find(q("w:sdtContent"))
            _walk(content if content is not None else child, ctx, part, out)
        # drain text boxes met inside this element, in order
        while ctx.textboxes:
            box = ctx.textboxes.pop(0)
            _walk(box, ctx, "textbox", out)


_PARSER = None


def _parser():
    """lxml with entities unresolved, no DTD, no network, no huge trees (an XML bomb is an error)."""
    global _PARSER
    if _PARSER is None:
        from lxml import etree

        _PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False,
                                  remove_blank_text=True)
    return _PARSER


class _Package:
    """The parts of a Word package that the reader needs, found through the package's
    relationships (Open Packaging Conventions) and parsed on demand."""

    def __init__(self, path: Path):
        self.zip = zipfile.ZipFile(path)
        self.names = set(self.zip.namelist())
        main = [t for t, kind, _ in self.rels("").values() if kind == "officeDocument"]
        self.main = main[0] if main and main[0] in self.names else "word/document.xml"
        if self.main not in self.names:
            raise CorruptFile("a zip without a Word document part")

    def xml(self, name: str):
        from lxml import etree

        return etree.fromstring(self.zip.read(name), _parser())

    def rels(self, part: str) -> dict[str, tuple[str, str, bool]]:
        """rId -> (target part name, kind, external) for a part ("" for the package)."""
        folder, base = posixpath.split(part)
        name = posixpath.join(folder, "_rels", base + ".rels")
        if name not in self.names:
            return {}
        out = {}
        for rel in self.xml(name):
            target, kind = rel.get("Target") or "", (rel.get("Type") or "").rsplit("/", 1)[-1]
            external = rel.get("TargetMode") == "External"
            if not external:
                target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                    posixpath.join(folder, target))
            out[rel.get("Id")] = (target, kind, external)
        return out

    def related(self, rels, kind: str) -> str | None:
        return next((t for t, k, ext in rels.values() if k == kind and not ext and t in self.names), None)

    def close(self) -> None:
        self.zip.close()


def read_docx(path: Path, source: Source) -> RawDocument:
    try:
        pkg = _Package(path)
    except CorruptFile:
        raise
    except (KeyError, ValueError, zipfile.BadZipFile, EOFError, OSError) as exc:
        raise CorruptFile(f"broken Word package: {exc!r}") from exc
    except Exception as exc:  # lxml XMLSyntaxError and the like
        raise CorruptFile(f"broken Word package: {exc!r}") from exc
    try:
        return _read_package(pkg, path, source)
    finally:
        pkg.close()


def _read_package(pkg: _Package, path: Path, source: Source) -> RawDocument:
    try:
        document = pkg.xml(pkg.main)
        rels = pkg.rels(pkg.main)
    except (KeyError, ValueError, zipfile.BadZipFile, EOFError, OSError) as exc:
        raise CorruptFile(f"broken Word package: {exc!r}") from exc
    except Exception as exc:  # lxml XMLSyntaxError and the like
        raise CorruptFile(f"broken Word package: {exc!r}") from exc
    body = document.find(q("w:body"))
    if body is None:
        raise CorruptFile("a Word document without a body")

    def optional(kind: str, warning: str):
        name = pkg.related(rels, kind)
        if name is None:
            return None
        try:
            return pkg.xml(name)
        except Exception:  # noqa: BLE001 - a broken styles or numbering part loses its formatting only
            source.warn(warning)
            return None

    styles = Styles(optional("styles", "Không đọc được phần định dạng (styles) của tệp Word."))
    numbering = optional("numbering", "Không đọc được phần đánh số tự động của tệp Word.")
    ctx = _Ctx(styles=styles, numbering=Numbering(numbering, styles), source=source)
    for kind in ("footnotes", "endnotes"):
        notes = optional(kind, "Không đọc được phần chú thích (footnotes) của tệp Word.")
        for note in notes if notes is not None else []:
            text = " ".join("".join(t.text or "" for t in para.iter(q("w:t"))).strip() for para in note.iter(q("w:p")))
            if note.get(q("w:id")) is not None and text.strip():
                ctx.footnotes[note.get(q("w:id"))] = re.sub(r"\s+", " ", text).strip()

    blocks: list[Block] = []
    _walk(body, ctx, "body", blocks)

    # headers and footers of every section (a section without its own reference shows the
    # previous one's): default, first page, even pages
    seen = set()
    sections = [p.find(f"{q('w:pPr')}/{q('w:sectPr')}") for p in body.findall(q("w:p"))] + [body.find(q("w:sectPr"))]
    for sect in (s for s in sections if s is not None):
        for part_name, tag in (("header", "w:headerReference"), ("footer", "w:footerReference")):
            refs = {ref.get(q("w:type")) or "default": ref.get(q("r:id")) for ref in sect.findall(q(tag))}
            for kind in ("default", "first", "even"):
                target = rels.get(refs.get(kind) or "")
                if target is None or target[2] or target[0] in seen or target[0] not in pkg.names:
                    continue
                seen.add(target[0])
                try:
                    el = pkg.xml(target[0])
                except Exception:  # noqa: BLE001 - a broken header loses that header only
                    continue
                _walk(el, ctx, part_name, blocks)

    source.pages = _page_count(pkg)
    if _words(blocks) < PICTURE_ONLY_WORDS:
        # a scan pasted into a Word file: its pictures are the document
        pictures = _pictures(pkg, body, rels)
        if pictures:
            from .image import read_pictures

            pages = read_pictures(pictures, source)
            if pages:
                source.warn(f"Tệp Word chỉ chứa ảnh chụp văn bản; đã đọc {source.ocr_pages} trang ảnh bằng OCR.")
                blocks += pages
    if ctx.legacy:
        source.encoding = sorted(ctx.legacy)[0] if len(ctx.legacy) == 1 else "+".join(sorted(ctx.legacy))
    else:
        source.encoding = "utf-8"
    return RawDocument(source=source, blocks=blocks)


PICTURE_ONLY_WORDS = 40  # a Word file with fewer typed words than this and pictures of pages is a scan
MAX_PICTURES = 50
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _words(blocks: list[Block]) -> int:
    return sum(len(b.text.split()) for b in blocks if b.part == "body")


def _pictures(pkg: _Package, body, rels) -> list[tuple[str, bytes]]:
    """The pictures of the document's body in reading order, as (part name, bytes)."""
    out: list[tuple[str, bytes]] = []
    seen: set[str] = set()
    for blip in body.iter("{%s}blip" % A):
        target = rels.get(blip.get(q("r:embed")) or "")
        if target is None or target[2] or target[0] in seen or target[0] not in pkg.names:
            continue
        seen.add(target[0])
        try:
            out.append((target[0], pkg.zip.read(target[0])))
        except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError):
            continue
        if len(out) >= MAX_PICTURES:
            break
    return out


def _page_count(pkg: _Package) -> int | None:
    try:
        app = pkg.zip.read("docProps/app.xml")[:20000]
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        return None
    m = re.search(rb"<(?:\w+:)?Pages>(\d+)</", app)
    return int(m.group(1)) if m else None
