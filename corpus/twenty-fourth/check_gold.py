"""Consistency check of corpus/twenty-fourth/gold.json against its sources and built files.
/work/main/.venv/bin/python corpus/twenty-fourth/check_gold.py"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = {  # inbox file -> its source
    "DU Vo Lao_KH 12 chuyen doi so.docx": "01-dang-uy-vo-lao-ke-hoach.txt",
    "Chi Tien - KH 08-KH-DU CDS 2024.pdf": "02-dang-uy-chi-tien-ke-hoach.txt",
    "BTG/BC 30-BC-BTGHU CDS 2024.docx": "03-ban-tuyen-giao-bao-cao.txt",
    "VPHU_Bieu KQ CDS 2024.xlsx": "04-van-phong-huyen-uy-bieu.yaml",
    "UBKT_CV 45 scan.pdf": "05-ubkt-cong-van.txt",
    "TT Thanh Ba_BC 56 chuyen doi so 2024.pdf": "06-dang-uy-thi-tran-bao-cao.txt",
}


def flat(s):
    return re.sub(r"\s+", " ", s).strip()


def built_text(path):
    """Text of a built file (None for the scan: no text layer)."""
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return flat("\n".join(parts))
    if path.endswith(".xlsx"):
        from openpyxl import load_workbook
        ws = load_workbook(path).active
        return flat(" ".join(str(c) for r in ws.iter_rows(values_only=True) for c in r if c))
    if path.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            text = "\n".join(p.extract_text() or "" for p in pdf.pages)
        return flat(text) if text.strip() else None


def main():
    errors = []
    g = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    raw = open(os.path.join(HERE, "gold.json"), encoding="utf-8").read()
    if unicodedata.normalize("NFC", raw) != raw:
        errors.append("gold.json not NFC")
    for name in os.listdir(os.path.join(HERE, "src")):
        t = open(os.path.join(HERE, "src", name), encoding="utf-8").read()
        if unicodedata.normalize("NFC", t) != t:
            errors.append("source not NFC: " + name)
    inbox = os.path.join(HERE, "inbox")
    found = {os.path.relpath(os.path.join(d, f), inbox) for d, _, fs in os.walk(inbox) for f in fs}
    if found != set(g["files"]):
        errors.append("inbox vs files: %s" % (found ^ set(g["files"])))
    # duties: text_start verbatim in the plan source and DOCX, 8-12 words
    plan_src = flat(open(os.path.join(HERE, "src", "00-ke-hoach-huyen-uy.txt"), encoding="utf-8").read())
    plan_docx = built_text(os.path.join(HERE, g["plan"]))
    ids = [d["id"] for d in g["duties"]]
    if len(ids) != len(set(ids)):
        errors.append("duplicate duty ids")
    for d in g["duties"]:
        n = len(d["text_start"].split())
        if not 8 <= n <= 12:
            errors.append("%s text_start has %d words" % (d["id"], n))
        for label, text in (("source", plan_src), ("docx", plan_docx)):
            if d["text_start"] not in text:
                errors.append("%s text_start not in plan %s" % (d["id"], label))
    # files: dates never on a due date, on_time consistent
    due = {"unit_plan": g["plan_due"], "report": g["report_due"]}
    members = collections.defaultdict(set)
    for f, e in g["files"].items():
        if e["date"] == due[e["role"]]:
            errors.append(f + " dated on the due date")
        if e["on_time"] != ("yes" if e["date"] <= due[e["role"]] else "no"):
            errors.append(f + " on_time wrong")
        members[e["body_id"]].add("plan" if e["role"] == "unit_plan" else "report")
    # coverage: every duty x kind x holder once; statuses follow what was sent
    holders = {}
    for d in g["duties"]:
        if d["collective"]:
            holders[d["id"]] = sorted(b for b in members if b.startswith("dang-uy-"))
        else:
            holders[d["id"]] = [d["body_id"]]
    want = {(i, b, k) for i, bs in holders.items() for b in bs for k in ("plan", "report")}
    got = collections.Counter((c["duty_id"], c["body_id"], c["kind"]) for c in g["coverage"])
    if set(got) != want or any(v > 1 for v in got.values()):
        errors.append("coverage keys: missing %s extra %s dup %s" % (
            want - set(got), set(got) - want, [k for k, v in got.items() if v > 1]))
    srcs = {f: flat(open(os.path.join(HERE, "src", s), encoding="utf-8").read()) for f, s in SOURCES.items()}
    builts = {f: built_text(os.path.join(inbox, f)) for f in SOURCES}
    for c in g["coverage"]:
        sent = c["kind"] in members.get(c["body_id"], set())
        if (c["status"] == "not_submitted") == sent:
            errors.append("status vs submission: %s" % c)
        if c["status"] in ("covered", "partial"):
            f = c["evidence_file"]
            e = g["files"].get(f, {})
            if e.get("body_id") != c["body_id"] or ("plan" if e.get("role") == "unit_plan" else "report") != c["kind"]:
                errors.append("evidence file of another sender/kind: %s" % c)
            if c["evidence"] not in srcs.get(f, ""):
                errors.append("evidence not in source: %s" % c)
            if builts.get(f) is not None and c["evidence"] not in builts[f]:
                errors.append("evidence not in built file: %s" % c)
        elif c["evidence"] or c["evidence_file"]:
            errors.append("evidence on a %s row: %s" % (c["status"], c))
    counts = collections.Counter(c["status"] for c in g["coverage"])
    print("duties %d, coverage rows %d, %s" % (len(g["duties"]), len(g["coverage"]), dict(counts)))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
