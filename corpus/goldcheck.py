"""What the blind sets' gold checkers (corpus/<set>/check_gold.py) share: a body's slug as the
gold writes it, a source's text (a spreadsheet's cells from its YAML), a built file's text, and
text without spaces. Each checker adds the checks of its own set.

A checker loads this file by its path: ``sys.path.insert(0, os.path.dirname(HERE))`` and
``import goldcheck``.
"""

import os
import re
import unicodedata

import yaml


# CONTRACT.md: a body_id is the slug of the body's full, expanded name ("UBND xã Cẩm Sơn" in a
# roster is uy-ban-nhan-dan-xa-cam-son)
EXPANDED = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
            "TNHH": "Trách nhiệm hữu hạn", "MTV": "Một thành viên"}


def slug(name):
    name = re.sub(r"\b(%s)\b" % "|".join(EXPANDED), lambda m: EXPANDED[m.group(1)], name)
    s = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def roster(here):
    """(names, members) of a set's roster.yaml: every body's slug, and each collective's members'
    slugs (``member_of`` is one collective's name or a list of them)."""
    with open(os.path.join(here, "roster.yaml"), encoding="utf-8") as fh:
        bodies = yaml.safe_load(fh)["bodies"]
    members = {}
    for b in bodies:
        groups = b.get("member_of") or []
        for group in [groups] if isinstance(groups, str) else groups:
            members.setdefault(slug(group), []).append(slug(b["name"]))
    return {slug(b["name"]) for b in bodies}, members


def expected_rows(gold, members):
    """Every (duty, holder, kind) the coverage must hold: a collective's duty once per member."""
    return {(d["id"], h, k) for d in gold["duties"]
            for h in (members[d["body_id"]] if d["collective"] else [d["body_id"]]) for k in ("plan", "report")}


def source_text(here, src):
    """The text of ``src/<src>``; of a spreadsheet's YAML, its cells one a line."""
    text = open(os.path.join(here, "src", src), encoding="utf-8").read()
    if src.endswith(".yaml"):
        d = yaml.safe_load(text)
        cells = [str(c) for k in ("header_left", "header_right", "title", "noi_nhan", "sign") for c in d[k]]
        cells += [str(c) for row in d.get("header_rows", []) for c in row]
        for row in d["rows"]:
            cells += [str(c) for c in (row["section"] if isinstance(row, dict) else row)]
        return "\n".join(cells)
    return text


def built_text(here, path, other=True, cells=False):
    """The text of a built file (DOCX paragraphs and cells, a PDF's text layer, a workbook's
    cells, a .doc/.odt/.rtf exported to text by LibreOffice); of any other file its text, or ""
    when ``other`` is false. ``cells``: a PDF's table cells too, one a line (pdfplumber
    interleaves a wrapped cell's lines with its neighbours')."""
    full = os.path.join(here, path)
    if path.endswith((".doc", ".odt", ".rtf")):
        return office_text(full)
    if path.endswith(".docx"):
        from docx import Document
        doc = Document(full)
        parts = [p.text for p in doc.paragraphs]
        parts += [c.text for t in doc.tables for r in t.rows for c in r.cells]
        return "\n".join(parts)
    if path.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(full) as pdf:
            text = "\n".join((pg.extract_text() or "") for pg in pdf.pages)
            if cells:
                text += "\n" + "\n".join(c or "" for pg in pdf.pages for t in pg.extract_tables() for r in t for c in r)
            return text
    if path.endswith(".xlsx"):
        from openpyxl import load_workbook
        ws = load_workbook(full).active
        return "\n".join(str(c.value) for r in ws.iter_rows() for c in r if c.value is not None)
    return open(full, encoding="utf-8").read() if other else ""


def office_text(full):
    """A .doc, .odt or .rtf exported to text by LibreOffice (a private profile, a scratch folder)."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="goldcheck-") as tmp:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                        "txt:Text (encoded):UTF8", "--outdir", tmp, full], check=True, capture_output=True)
        name = os.path.splitext(os.path.basename(full))[0] + ".txt"
        return open(os.path.join(tmp, name), encoding="utf-8-sig").read()


def row_problems(gold, expected):
    """The coverage rows against the duty x holder x kind keys ``expected``: each once, none
    else; and a note in the gold for every partial or missing row ("<duty> / <holder> / <kind>")."""
    seen = [(c["duty_id"], c["body_id"], c["kind"]) for c in gold["coverage"]]
    out = []
    if len(seen) != len(set(seen)) or set(seen) != set(expected):
        out.append("coverage rows: %d, expected %d" % (len(seen), len(set(expected))))
    for c in gold["coverage"]:
        if c["status"] in ("partial", "missing") and "%s / %s / %s" % (c["duty_id"], c["body_id"], c["kind"]) \
                not in gold.get("notes", {}):
            out.append("partial/missing row without a note: %s %s %s" % (c["duty_id"], c["body_id"], c["kind"]))
    return out


def flat(s):
    return re.sub(r"\s+", "", s)


def not_nfc(here):
    """The sources not in NFC."""
    out = []
    for src in sorted(os.listdir(os.path.join(here, "src"))):
        t = open(os.path.join(here, "src", src), encoding="utf-8").read()
        if unicodedata.normalize("NFC", t) != t:
            out.append("not NFC: " + src)
    return out


def coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: False, strict=True):
    """Each coverage row against who sent what: a not_submitted row exactly where nothing was
    sent; a covered or partial row's evidence verbatim in its source and (unless ``unbuilt``
    says the file is a scan or the like) in the built file; a missing row without evidence.
    ``strict`` also checks the evidence file and not_submitted rows without evidence."""
    out = []
    for c in gold["coverage"]:
        sent = (c["body_id"], c["kind"]) in senders
        if (c["status"] == "not_submitted") == sent:
            out.append("status vs submission: %s" % (c,))
        if c["status"] in ("covered", "partial"):
            if strict and senders.get((c["body_id"], c["kind"])) != c["evidence_file"]:
                out.append("evidence file: %s" % (c,))
            if "inbox/" + (c.get("evidence_file") or "") not in src_of:
                out.append("evidence file not in the inbox: %s" % (c,))
                continue
            text = source_text(src_of["inbox/" + c["evidence_file"]])
            if not c["evidence"] or c["evidence"] not in text:
                out.append("evidence not verbatim: %s %s" % (c["duty_id"], c["body_id"]))
            if not unbuilt(c["evidence_file"]) and flat(c["evidence"]) not in flat(built_text("inbox/" + c["evidence_file"])):
                out.append("evidence not in built file: %s %s" % (c["duty_id"], c["body_id"]))
        elif c["status"] == "missing" and (c["evidence"] or senders.get((c["body_id"], c["kind"])) != c["evidence_file"]):
            out.append("missing row with evidence or wrong file: %s" % (c,))
        elif strict and c["status"] == "not_submitted" and (c["evidence"] or c["evidence_file"]):
            out.append("not_submitted row with evidence: %s" % (c,))
    return out


def vi(v):
    """A number as Vietnamese writes it: 1.500; 2,5."""
    s = ("%.2f" % v).rstrip("0").rstrip(".")
    whole, _, frac = s.partition(".")
    whole = "{:,}".format(int(whole)).replace(",", ".")
    return whole + ("," + frac if frac else "")


# a target's comparator: whether a figure a reaches the target's value b
OPS = {">=": lambda a, b: a >= b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, "<": lambda a, b: a < b,
       "=": lambda a, b: a == b, "reduce_by": lambda a, b: a >= b, "increase_by": lambda a, b: a >= b}


def load(checker_file, other=True, cells=False):
    """What a checker starts from: its folder, the gold, render.yaml, and the readers of its
    sources and built files (``other``: a file that is neither DOCX, PDF nor workbook is read
    as text; ``cells``: a PDF's table cells too)."""
    here = os.path.dirname(os.path.abspath(checker_file))
    import json

    gold = json.load(open(os.path.join(here, "gold.json"), encoding="utf-8"))
    table = yaml.safe_load(open(os.path.join(here, "render.yaml"), encoding="utf-8"))
    return (here, gold, table, lambda src: source_text(here, src),
            lambda path: built_text(here, path, other=other, cells=cells))


def file_problems(here, gold, source_text, src_of, plan_text=None):
    """Every file under inbox/ listed in the gold and nothing else; each ok plan's and report's
    on_time against its due date (none dated on it); each file's date in its source's header;
    with ``plan_text``, both due dates written in it ("05/12/2024", "31/5/2025")."""
    from datetime import date

    problems = []
    inbox = os.path.join(here, "inbox")
    on_disk = {os.path.relpath(os.path.join(d, f), inbox) for d, _, fs in os.walk(inbox) for f in fs}
    if on_disk != set(gold["files"]):
        problems.append("files differ: disk-only %s, gold-only %s" % (on_disk - set(gold["files"]),
                                                                      set(gold["files"]) - on_disk))
    due = {"unit_plan": date.fromisoformat(gold["plan_due"]), "report": date.fromisoformat(gold["report_due"])}
    for d in due.values() if plan_text is not None else ():
        if not re.search(r"\b0?%d/0?%d/%d\b" % (d.day, d.month, d.year), plan_text):
            problems.append("due date %s not in the plan" % d)
    for f, e in gold["files"].items():
        if not e.get("date"):
            continue
        d = date.fromisoformat(e["date"])
        if e["status"] == "ok" and e["role"] in due:
            if e["on_time"] != ("yes" if d <= due[e["role"]] else "no") or d == due[e["role"]]:
                problems.append("on_time of %s" % f)
        if not re.search(r"ngày 0?%d tháng 0?%d năm %d" % (d.day, d.month, d.year), source_text(src_of["inbox/" + f])):
            problems.append("date of %s not in its header" % f)
    return problems


def duty_problems(gold, plan_text, most=12, built=None):
    """Duty ids unique, each body_id its body's slug, each text_start verbatim in the plan's
    source (and, spaces aside, in its ``built`` text) and of 8 to ``most`` words."""
    problems = []
    ids = [d["id"] for d in gold["duties"]]
    if len(ids) != len(set(ids)):
        problems.append("duplicate duty ids")
    for d in gold["duties"]:
        if slug(d["body"]) != d["body_id"]:
            problems.append("slug of %s: %s" % (d["body"], slug(d["body"])))
        if d["text_start"] not in plan_text or (built is not None and flat(d["text_start"]) not in built):
            problems.append("duty text_start not in plan: " + d["id"])
        if not 8 <= len(d["text_start"].split()) <= most:
            problems.append("duty text_start length: " + d["id"])
    return problems


def value_in_line(v, line):
    """Whether the figure ``v`` is written on ``line`` as a Vietnamese text writes it ("1.186",
    "94,6", "05", "5,0"), not as part of a longer number."""
    forms = {vi(v)} | ({"%02d" % v} if v == int(v) and v < 10 else set()) | ({vi(v) + ",0"} if v == int(v) else set())
    return any(re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d,]\d)", line) for s in forms)


def result_problems(gold, r, target_ids, words=(4, 12)):
    """A result's target known, its file a report of its sender, its text_start of a fitting length."""
    problems = []
    if r["target_id"] and r["target_id"] not in target_ids:
        problems.append("unknown target " + r["target_id"])
    if gold["files"][r["file"]]["body_id"] != r["body_id"] or gold["files"][r["file"]]["role"] != "report":
        problems.append("result sender/role: " + r["text_start"])
    if not words[0] <= len(r["text_start"].split()) <= words[1]:
        problems.append("result text_start length: " + r["text_start"])
    return problems


def reported_by_problems(gold, target_ids):
    """Every target judged, and each judgement's reported_by the senders of its attached results."""
    problems = [] if set(gold["judgements"]) == set(target_ids) else ["judgements do not cover the targets"]
    for k, j in gold["judgements"].items():
        by = sorted({r["body_id"] for r in gold["results"] if r["target_id"] == k})
        if sorted(j["reported_by"]) != by:
            problems.append("reported_by of %s: %s vs %s" % (k, j["reported_by"], by))
        if (j["judgement"] == "not_reported") != (not by):
            problems.append("not_reported vs results: " + k)
    return problems


def target_problems(t, plan_text, holders, most=12):
    """A target of the plan's text: its text_start there and of 8 to ``most`` words; no holder
    for the whole area, a duty holder for a holder's target."""
    problems = []
    if t["text_start"] not in plan_text:
        problems.append("target text_start not in plan: " + t["id"])
    if not 8 <= len(t["text_start"].split()) <= most:
        problems.append("target text_start length: " + t["id"])
    if (t["scope"] == "area") != (t["body_id"] == ""):
        problems.append("target holder: " + t["id"])
    if t["scope"] == "holder" and t["body_id"] not in holders:
        problems.append("holder target of no duty holder: " + t["id"])
    return problems


def judged(attached, verdicts):
    """The judgement a target's figures give: none attached, none that counts, or all, none or
    some of the counting ones reaching it."""
    if not attached:
        return "not_reported"
    if not verdicts:
        return "unclear"
    return "met" if all(verdicts) else ("not_met" if not any(verdicts) else "partly")
