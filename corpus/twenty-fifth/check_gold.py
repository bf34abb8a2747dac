"""Consistency check of corpus/twenty-fifth/gold.json against its sources and built files.
/work/main/.venv/bin/python corpus/twenty-fifth/check_gold.py"""
import collections
import json
import os
import re
import sys
import unicodedata

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def flat(s):
    return re.sub(r"\s+", " ", s).strip()


sys.path.insert(0, os.path.dirname(HERE))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

slug = goldcheck.slug


def built_text(path):
    """Text of a built file, spaces folded (a PDF's table cells too); None for a scan (no text layer)."""
    text = goldcheck.built_text(HERE, os.path.relpath(path, HERE), other=False, cells=True)
    if path.endswith(".pdf") and not goldcheck.flat(text):
        return None
    return flat(text)


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
    table = yaml.safe_load(open(os.path.join(HERE, "render.yaml"), encoding="utf-8"))
    source_of = {r["output"][len("inbox/"):]: r["source"] for r in table["files"] if r["output"].startswith("inbox/")}
    inbox = os.path.join(HERE, "inbox")
    found = {os.path.relpath(os.path.join(d, f), inbox) for d, _, fs in os.walk(inbox) for f in fs}
    if found != set(g["files"]):
        errors.append("inbox vs files: %s" % (found ^ set(g["files"])))
    # duties
    plan_src = flat(open(os.path.join(HERE, "src", "00-ke-hoach-lien-tich.txt"), encoding="utf-8").read())
    plan_docx = built_text(os.path.join(HERE, g["plan"]))
    ids = [d["id"] for d in g["duties"]]
    if len(ids) != len(set(ids)):
        errors.append("duplicate duty ids")
    for d in g["duties"]:
        if slug(d["body"]) != d["body_id"]:
            errors.append("%s slug %s != %s" % (d["id"], d["body_id"], slug(d["body"])))
        n = len(d["text_start"].split())
        if not 8 <= n <= 12:
            errors.append("%s text_start has %d words" % (d["id"], n))
        for label, text in (("source", plan_src), ("docx", plan_docx)):
            if d["text_start"] not in text:
                errors.append("%s text_start not in plan %s" % (d["id"], label))
    # files: header dates, on_time
    due = {"unit_plan": g["plan_due"], "report": g["report_due"]}
    for f, e in g["files"].items():
        src = open(os.path.join(HERE, "src", source_of[f]), encoding="utf-8").read()
        y, m, dd = e["date"].split("-")
        if not re.search(r"ngày %s tháng %d năm %s" % (dd, int(m), y), src):
            errors.append(f + " date not in its header")
        if e["status"] != "ok":
            if e["on_time"]:
                errors.append(f + " on_time for a non-ok file")
            continue
        if e["date"] == due[e["role"]]:
            errors.append(f + " dated on the due date")
        if e["on_time"] != ("yes" if e["date"] <= due[e["role"]] else "no"):
            errors.append(f + " on_time wrong")
    # roster members
    roster = yaml.safe_load(open(os.path.join(HERE, "roster.yaml"), encoding="utf-8"))
    members = collections.defaultdict(list)
    for b in roster["bodies"]:
        if b.get("member_of"):
            members[slug(b["member_of"])].append(slug(b["name"]))
    senders = collections.defaultdict(set)
    for f, e in g["files"].items():
        if e["status"] == "ok":
            senders[e["body_id"]].add(e["role"])
    # coverage: every duty x holder x kind once
    keys = collections.Counter((c["duty_id"], c["body_id"], c["kind"]) for c in g["coverage"])
    if any(v > 1 for v in keys.values()):
        errors.append("duplicate coverage rows")
    expected = set()
    for d in g["duties"]:
        if d["collective"]:
            holders = members.get(d["body_id"]) or [e["body_id"] for e in g["files"].values()
                                                     if e["status"] == "ok" and e["body_id"] not in
                                                     {s["body_id"] for s in g["duties"]}]
            if not members.get(d["body_id"]):
                holders = sorted({c["body_id"] for c in g["coverage"] if c["duty_id"] == d["id"]})
        else:
            holders = [d["body_id"]]
        for h in holders:
            for kind in ("plan", "report"):
                expected.add((d["id"], h, kind))
    if expected != set(keys):
        errors.append("coverage keys: %s" % (expected ^ set(keys)))
    for c in g["coverage"]:
        role = {"plan": "unit_plan", "report": "report"}[c["kind"]]
        sent = role in senders[c["body_id"]]
        if (c["status"] == "not_submitted") == sent:
            errors.append("status vs sent: %s" % c)
        if c["status"] in ("covered", "partial"):
            f = c["evidence_file"]
            src = flat(open(os.path.join(HERE, "src", source_of[f]), encoding="utf-8").read())
            if not c["evidence"] or c["evidence"] not in src:
                errors.append("evidence not in source: %s" % c)
            built = built_text(os.path.join(inbox, f))
            if built is not None and c["evidence"] not in built:
                errors.append("evidence not in built file: %s" % c)
        if c["evidence_file"] and g["files"][c["evidence_file"]]["body_id"] != c["body_id"]:
            errors.append("evidence file of another sender: %s" % c)
    for e in errors:
        print("ERROR", e)
    n = collections.Counter(c["status"] for c in g["coverage"])
    print("%d duties, %d files, %d coverage rows %s: %s" % (
        len(g["duties"]), len(g["files"]), len(g["coverage"]), dict(n), "FAIL" if errors else "OK"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
