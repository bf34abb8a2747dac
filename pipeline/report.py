"""Draft the clerk's outgoing documents from a check run: the summary report
(``bao-cao-tong-hop.docx``) and one reminder letter (công văn đôn đốc,
``don-doc-<body_id>.docx``) per unit that sent nothing, sent late, or left
duties out of its plan.

The wording is in Jinja2 templates (``pipeline/templates/*.md.j2``, or a folder
given with ``--templates``); the layout is that of Nghị định 30/2020/NĐ-CP,
Phụ lục I: A4, margins 20/20/30/15 mm, Times New Roman; a two-column header
(issuing body and its parent, Số | Quốc hiệu, Tiêu ngữ, place and date); type
and title (or "V/v" for a công văn); Kính gửi; body; Nơi nhận | signature.
What the run cannot know (the number, the day, the signer) is left as a visible
placeholder ("Số: …/BC-UBND"), never invented.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

from .results import RunError
from .results import load_run as load_tables
from .normalize import date_text, fold

TEMPLATES = Path(__file__).parent / "templates"
DOTS = "…"


@dataclass
class Letterhead:
    parent: str | None
    issuer: str | None
    number: str  # "…/BC-UBND"
    place: str | None
    authority: list[str]  # ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
    signer_title: str | None
    signer: str | None


def load_run(out: Path) -> dict:
    """The run's tables (``results.load_run``, pandas) and the same rows as dicts for the templates."""
    tables = load_tables(out)
    if not tables.plan:
        raise RunError(f"missing in {out}: plan.json")
    return {
        "summary": tables.summary, "plan": tables.plan, "tables": tables,
        **{name: tables.records(name) for name in ("submissions", "coverage", "tasks", "duties")},
        **{name: tables.records(name) if getattr(tables, name) is not None else [] for name in ("targets", "results")},
    }


JUDGEMENT_TEXT = {"met": "đạt", "not_met": "chưa đạt", "partly": "đạt một phần", "not_reported": "chưa có báo cáo",
                  "unclear": "chưa đủ số liệu để đánh giá"}


def _level(t: dict, lower_unit: bool = False) -> str:
    """A target's level in words: "ít nhất 100%", "không quá 2 ngày làm việc"."""
    from .workbook import COMPARATOR_VI, vi_number

    unit = t["unit"].lower() if lower_unit else t["unit"]
    return f"{COMPARATOR_VI.get(t['comparator'], t['comparator'])} {vi_number(float(t['value']))}" + (
        "%" if t["unit"] == "%" else f" {unit}")


def _target_text(t: dict, level: str | None = None) -> str:
    """A target as the plan words it: its passage, or a table row's indicator and level."""
    if " | " in t["text"]:  # a row of a "Chỉ tiêu" table
        return f"{t['indicator'].strip(' ,.;')}: {level or _level(t, lower_unit=True)}"
    return t["text"].strip(" ,.;")


def _targets(run: dict, names: dict[str, str]) -> list[dict]:
    """Each target of the plan with what the reports say of it, for the summary report."""
    from .workbook import vi_number

    out = []
    for t in run.get("targets") or []:
        figures = [f"{r['body']} {vi_number(float(r['value']))}{'' if r['unit'] == '%' else ' '}{r['unit']}"
                   for r in run.get("results") or [] if r["target_id"] == t["target_id"] and r["judgement"] in (
                       "met", "not_met")]
        silent = [names.get(b, b) for b in (t.get("not_reported_by") or "").split("; ") if b]
        level = _level(t)
        out.append({"indicator": _target_text(t, level), "level": level,
                    "holder": t["body"], "judgement": JUDGEMENT_TEXT.get(t.get("judgement") or "", ""),
                    "figures": figures, "silent": silent})
    return out


def _abbrev(issuer: str | None) -> str:
    """The issuing body's abbreviation for the ký hiệu, where it is a standard one."""
    if issuer and fold(issuer).startswith("uy ban nhan dan"):
        return "UBND"
    return DOTS


def _short(issuer: str | None) -> str:
    if not issuer:
        return DOTS
    return re.sub(r"^Ủy ban nhân dân", "UBND", issuer)


def _caps(text: str | None) -> str:
    return (text or DOTS).upper()


# ---------------------------------------------------------------------------
# what the documents say


def _areas(plan: dict, duties: list[dict], coverage: list[dict]) -> list[dict]:
    """The plan's content areas (the items of its "Nội dung" part) with the duties that
    belong to each, by similarity of the duty to the area's heading and text."""
    from .checking.similarity import Similarity

    content = None
    for s in plan["sections"]:
        if re.match(r"^(nội dung|nhiệm vụ|nhiệm vụ và giải pháp|nhiệm vụ, giải pháp)", s["title"].lower()):
            content = s
            break
    if content is None or not content["children"] or not duties:
        return []
    areas = [(c["title"], c["title"] + ". " + " ".join(c["paragraphs"])) for c in content["children"]]
    sim = Similarity([a[1] for a in areas] + [d["text"] for d in duties])
    m = sim.matrix([d["text"] for d in duties], [a[1] for a in areas])
    status = defaultdict(set)
    for r in coverage:
        status[(r["duty_id"], r["kind"])].add(r["status"])
    out = [{"title": t, "duties": 0, "covered": 0, "reported": 0} for t, _ in areas]
    for i, d in enumerate(duties):
        j = int(m[i].argmax())
        if m[i][j] <= 0.05:
            continue
        out[j]["duties"] += 1
        if "covered" in status[(d["duty_id"], "plan")] or "partial" in status[(d["duty_id"], "plan")]:
            out[j]["covered"] += 1
        if "covered" in status[(d["duty_id"], "report")] or "partial" in status[(d["duty_id"], "report")]:
            out[j]["reported"] += 1
    return [a for a in out if a["duties"]]


_FIGURE = re.compile(r"\d[\d.,]*\s*(%|lượt|buổi|lớp|người|hộ|vụ|tin|bài|cuộc|học sinh|cán bộ|phụ nữ|trẻ|đơn vị|xã|trường|tỷ|triệu)")


def _figures(tasks: list[dict], names: dict[str, str], limit: int = 8) -> list[dict]:
    out = []
    for t in tasks:
        if t["kind"] == "report" and _FIGURE.search(t["text"]):
            text = t["text"].strip()
            out.append({"unit": names.get(t["body_id"], t["body_id"]), "text": text if text.endswith(".") else text + "."})
    return out[:limit]


def context(run: dict, letterhead: Letterhead, by: str | None = None, proposals: str | None = None) -> dict:
    plan = run["plan"]
    meta = plan["meta"]
    subs = run["submissions"]
    names = {s["body_id"]: s["body"] for s in subs}
    names.update({d["body_id"]: d["body"] for d in run["duties"]})
    units = _in_order(s["body_id"] for s in subs)  # the plan's order of holders

    tables = run["tables"]
    sub = tables.submissions

    def sub_counts(kind: str) -> dict:
        rows = sub[sub["kind"] == kind]
        return {
            "received": int((rows["status"] == "received").sum()),
            "on_time": int((rows["on_time"] == "yes").sum()),
            "late": int((rows["on_time"] == "no").sum()),
            "missing_names": rows.loc[rows["status"] == "missing", "body"].tolist(),
            "late_names": rows.loc[rows["on_time"] == "no", "body"].tolist(),
        }

    counts = tables.verdict_counts()
    cov = {k: counts.loc[k].to_dict() for k in ("plan", "report")}
    per_holder = tables.holder_counts()
    sent = sub[sub["status"] == "received"].groupby("body_id")["kind"].agg(set).to_dict()
    by_holder = []
    for body_id in units:
        kinds = sent.get(body_id, set())
        if not kinds:
            text = "chưa gửi kế hoạch và báo cáo"
        else:
            zero = {"covered": 0, "partial": 0, "missing": 0, "not_submitted": 0}
            c = per_holder.loc[(body_id, "plan")].astype(int).to_dict() if (body_id, "plan") in per_holder.index else zero
            rc = per_holder.loc[(body_id, "report")].astype(int).to_dict() if (body_id, "report") in per_holder.index else zero
            parts = []
            if "plan" in kinds:
                parts.append(f"kế hoạch đưa vào {c['covered']}/{sum(c.values())} nhiệm vụ"
                             + (f", {c['partial']} một phần" if c["partial"] else "")
                             + (f", chưa đề cập {c['missing']}" if c["missing"] else ""))
            else:
                parts.append("chưa gửi kế hoạch")
            parts.append(f"báo cáo kết quả {rc['covered'] + rc['partial']} nhiệm vụ" if "report" in kinds
                         else "chưa gửi báo cáo")
            text = "; ".join(parts)
        by_holder.append({"name": names.get(body_id, body_id), "text": text})

    covered_any = {r["duty_id"] for r in run["coverage"] if r["kind"] == "plan" and r["status"] in ("covered", "partial")}
    uncovered = [{"id": d["duty_id"], "body": d["body"], "text": d["text"]} for d in run["duties"]
                 if d["duty_id"] not in covered_any]
    orphans = [{"unit": names.get(t["body_id"], t["body_id"]), "text": t["text"]} for t in run["tasks"]
               if not t["duty_id"] and t["kind"] == "plan"][:8]
    due = run["summary"]["plan"].get("due") or {}
    issuer = letterhead.issuer
    return {
        "plan": {"number": meta.get("number"), "date": meta.get("date"), "date_text": date_text(meta.get("date")),
                 "title": meta.get("title"), "title_lower": _lower_first(meta.get("title")),
                 "issuer": meta.get("issuer")},
        "issuer": issuer, "issuer_short": _short(issuer), "upward": meta.get("parent_issuer"),
        "duties": len(run["duties"]), "holders": len({d["body_id"] for d in run["duties"]}), "units": len(units),
        "plan_sub": sub_counts("plan"), "report_sub": sub_counts("report"),
        "plan_due": date_text(due.get("plan")), "report_due": date_text(due.get("report")),
        "cov": {k: {s: int(cov[k].get(s, 0)) for s in ("covered", "partial", "missing", "not_submitted")} for k in cov},
        "by_holder": by_holder, "areas": _areas(plan, run["duties"], run["coverage"]),
        "figures": _figures(run["tasks"], names), "uncovered": uncovered, "orphans": orphans,
        "targets": _targets(run, names),
        "by": date_text(by) if by else None, "proposals": proposals,
        "via": None,
    }


def _in_order(items) -> list[str]:
    return list(dict.fromkeys(items))


def _lower_first(text: str | None) -> str | None:
    if not text:
        return text
    return text[0].lower() + text[1:]


def reminders(run: dict, ctx: dict) -> list[dict]:
    """The units that need a reminder, each with what is missing, late or left out."""
    due = run["summary"]["plan"].get("due") or {}
    what = {"plan": "kế hoạch thực hiện", "report": "báo cáo kết quả thực hiện"}
    out = []
    for body_id in _in_order(s["body_id"] for s in run["submissions"]):
        rows = [s for s in run["submissions"] if s["body_id"] == body_id]
        name = rows[0]["body"]
        heir = (rows[0].get("answered_by") or "").split("; ")[0]
        if heir:  # the holder no longer exists: the body that took its work over is asked
            name = f"{heir} (đơn vị kế thừa nhiệm vụ của {name})"
        missing = [{"kind": s["kind"], "what": what[s["kind"]], "due": date_text(due.get(s["kind"]))}
                   for s in rows if s["status"] == "missing"]
        late = [{"what": what[s["kind"]], "date": date_text(s["date"]), "due": date_text(s["due"])}
                for s in rows if s["on_time"] == "no"]
        uncovered = [{"id": r["duty_id"], "text": r["duty_text"],
                      "status": "chưa đề cập" if r["status"] == "missing" else "mới đề cập một phần"}
                     for r in run["coverage"] if r["body_id"] == body_id and r["kind"] == "plan"
                     and r["status"] in ("missing", "partial")]
        targets = [{"text": _target_text(t), "why": "chưa báo cáo" if body_id in (t.get("not_reported_by") or "").split("; ")
                    else "chưa đạt"} for t in run.get("targets") or []
                   if body_id in (t.get("not_reported_by") or "").split("; ")
                   or any(r["target_id"] == t["target_id"] and r["body_id"] == body_id and r["judgement"] == "not_met"
                          for r in run.get("results") or [])]
        if not (missing or late or uncovered or targets):
            continue
        asks = []
        if any(m["kind"] == "plan" for m in missing):
            asks.append("xây dựng, gửi kế hoạch")
        elif uncovered:
            asks.append("bổ sung kế hoạch")
        if any(m["kind"] == "report" for m in missing):
            asks.append("gửi báo cáo kết quả")
        if not asks:
            asks.append("thực hiện đúng thời hạn báo cáo")
        out.append({"unit": {"body_id": body_id, "name": name, "to": heir or name, "missing": missing, "late": late,
                             "uncovered": uncovered, "targets": targets}, "asks": asks})
    return out


# ---------------------------------------------------------------------------
# rendering


def render(template: str, ctx: dict, folder: Path | None = None) -> tuple[dict, list[tuple[str, str]]]:
    """Render a template into (front matter, [(kind, text)]) with kind heading|dash|para."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    loaders = [str(folder)] if folder else []
    env = Environment(loader=FileSystemLoader(loaders + [str(TEMPLATES)]), undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    text = env.get_template(template).render(**ctx)
    front, body = {}, text
    m = re.match(r"^\s*---\n(.*?)\n---\n(.*)$", text, re.S)
    if m:
        front = yaml.safe_load(m.group(1)) or {}
        body = m.group(2)
    blocks: list[tuple[str, str]] = []
    for para in re.split(r"\n\s*\n|\n(?=[#-] )", body):
        para = " ".join(ln.strip() for ln in para.strip().splitlines())
        if not para:
            continue
        if para.startswith("# "):
            blocks.append(("heading", para[2:].strip()))
        elif para.startswith("- "):
            blocks.append(("dash", para))
        else:
            blocks.append(("para", para))
    return front, blocks


def write_docx(path: Path, head: Letterhead, doc_type: str | None, title: str, blocks: list[tuple[str, str]],
               recipients: list[str], to: str | None = None) -> None:
    """Lay a document out as Nghị định 30/2020 Phụ lục I asks: the header (issuing body |
    Quốc hiệu), type line and title (or "Kính gửi" for a letter), the body, then Nơi nhận |
    signature."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = _a4_document()
    center, justify = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
    _header(doc, head, title if to is not None else None)
    _para(doc)
    if to is None:
        _para(doc, (doc_type or "").upper(), 14, bold=True, align=center)
        _para(doc, title, 14, bold=True, align=center)
        _para(doc, "________", 14, align=center, space_after=6)
    else:
        _para(doc, f"Kính gửi: {to}.", 14, align=center, space_after=6)
    for kind, text in blocks:
        _para(doc, text, 14, bold=kind == "heading", align=justify, indent=1, space_after=6)
    _para(doc)
    _closing(doc, head, recipients)
    doc.save(str(path))


def _a4_document():
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(20), Mm(20), Mm(30), Mm(15)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    normal.font.size = Pt(14)
    normal.paragraph_format.space_after = Pt(0)
    return doc


def _para(container, text: str = "", size: float = 14, bold=False, italic=False, align=None,
          indent: float | None = None, space_after: float = 0, underline=False):
    from docx.shared import Cm, Pt

    p = container.add_paragraph()
    if text:
        run = p.add_run(text)
        run.font.size, run.bold, run.italic, run.underline = Pt(size), bold, italic, underline
        run.font.name = "Times New Roman"
    if align is not None:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def _layout_table(doc, cms: list[float]):
    """A one-row table without borders, of columns ``cms`` wide (the header and the closing)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    table = doc.add_table(rows=1, cols=len(cms))
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        col.set(qn("w:w"), str(int(w * 567)))
    return table


def _header(doc, head: Letterhead, subject: str | None) -> None:
    """Issuing body, Số and (a letter's) V/v | Quốc hiệu, Tiêu ngữ, place and date."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    center = WD_ALIGN_PARAGRAPH.CENTER
    t = _layout_table(doc, [6.8, 9.7])
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.rows[0].cells
    first = left.paragraphs[0]
    if head.parent:
        r = first.add_run(head.parent.upper())
        r.font.size = Pt(12)
        _para(left, _caps(head.issuer), 12, bold=True, align=center)
    else:
        r = first.add_run(_caps(head.issuer))
        r.font.size, r.bold = Pt(12), True
    first.alignment = center
    _para(left, "________", 13, align=center)
    _para(left, f"Số: {head.number}", 13, align=center)
    if subject is not None:
        _para(left, f"V/v {subject}", 12, align=center)
    rp = right.paragraphs[0]
    r = rp.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    r.font.size, r.bold = Pt(12), True
    rp.alignment = center
    _para(right, "Độc lập - Tự do - Hạnh phúc", 14, bold=True, align=center)
    _para(right, "________________________", 13, align=center)
    _para(right, f"{head.place or DOTS}, ngày {DOTS} tháng {DOTS} năm {DOTS}", 14, italic=True, align=center)


def _closing(doc, head: Letterhead, recipients: list[str]) -> None:
    """Nơi nhận | the signature block."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    center = WD_ALIGN_PARAGRAPH.CENTER
    c = _layout_table(doc, [7.5, 9.0])
    left, right = c.rows[0].cells
    lp = left.paragraphs[0]
    r = lp.add_run("Nơi nhận:")
    r.bold, r.italic, r.font.size = True, True, Pt(12)
    items = [f"- {x};" for x in recipients]
    if items:
        items[-1] = items[-1][:-1] + "."
    for item in items:
        _para(left, item, 11)
    rp = right.paragraphs[0]
    rp.alignment = center
    lines = [*head.authority, (head.signer_title or "").upper()] if head.signer_title else list(head.authority)
    for i, line in enumerate(lines or [DOTS]):
        target = rp if i == 0 else _para(right, align=center)
        r = target.add_run(line)
        r.bold, r.font.size = True, Pt(14)
    for _ in range(3):
        _para(right, "", 14, align=center)
    _para(right, head.signer or "(ký, ghi rõ họ tên)", 14, bold=bool(head.signer), italic=not head.signer,
          align=center)


def letterhead(run: dict, kind: str, issuer: str | None, parent: str | None, number: str | None,
               signer: str | None) -> Letterhead:
    meta = run["plan"]["meta"]
    issuer = issuer or meta.get("issuer")
    parent = parent if parent is not None else meta.get("parent_issuer")
    abbr = _abbrev(issuer)
    code = f"{DOTS}/BC-{abbr}" if kind == "report" else f"{DOTS}/{abbr}-{DOTS}"
    return Letterhead(parent=parent, issuer=issuer, number=number or code, place=meta.get("place"),
                      authority=_authority_of(meta) or [], signer_title=meta.get("signer_title"), signer=signer)


def _authority_of(meta: dict) -> list[str] | None:
    """The plan's own signing lines, for a document of the same issuer ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")."""
    auth = meta.get("signing_authority")
    if not auth:
        return None
    lines = []
    issuer = meta.get("issuer")
    if auth.startswith("KT.") and issuer and fold(issuer).startswith("uy ban nhan dan"):
        lines.append("TM. ỦY BAN NHÂN DÂN")
    lines.append(auth)
    return lines


def draft(out: Path, issuer: str | None = None, parent: str | None = None, number: str | None = None,
          signer: str | None = None, by: str | None = None, only: list[str] | None = None,
          templates: Path | None = None) -> list[Path]:
    """Write the summary report and the reminders into ``out``; return their paths."""
    run = load_run(out)
    head = letterhead(run, "report", issuer, parent, number, signer)
    ctx = context(run, head, by=by)
    written = []
    if not only or "bao-cao-tong-hop" in only:
        front, blocks = render("bao-cao-tong-hop.md.j2", ctx, templates)
        path = out / "bao-cao-tong-hop.docx"
        write_docx(path, head, "Báo cáo", front.get("title", ""), blocks, front.get("recipients", []))
        written.append(path)
    letter_head = letterhead(run, "letter", issuer, parent, None, signer)
    for item in reminders(run, ctx):
        body_id = item["unit"]["body_id"]
        if only and body_id not in only:
            continue
        front, blocks = render("don-doc.md.j2", {**ctx, **item}, templates)
        path = out / f"don-doc-{body_id}.docx"
        write_docx(path, letter_head, None, front.get("title", ""), blocks, front.get("recipients", []),
                   to=front.get("to", item["unit"]["to"]))
        written.append(path)
    return written
