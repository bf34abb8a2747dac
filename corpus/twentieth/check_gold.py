"""Consistency check of corpus/twentieth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/twentieth/check_gold.py   (prints OK or the problems)
"""
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
from goldcheck import slug  # noqa: E402

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
roster = yaml.safe_load(open(os.path.join(HERE, "roster.yaml"), encoding="utf-8"))
problems = []


src_of = {row["output"]: row["source"] for row in table["files"]}
problems += goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
for r in ("roster", "register"):
    if r in gold and not os.path.exists(os.path.join(HERE, gold[r])):
        problems.append("missing " + gold[r])
if not os.path.exists(os.path.join(HERE, gold["plan"])):
    problems.append("plan file missing")

# files: every file under inbox/ listed, and nothing else
problems += goldcheck.file_problems(HERE, gold, source_text, src_of)

# duties
problems += goldcheck.duty_problems(gold, plan_src, most=13)

# coverage: every duty x kind x holder exactly once
members = {}
for b in roster["bodies"]:
    if b.get("member_of"):
        members.setdefault(slug(b["member_of"]), []).append(slug(b["name"]))
expected = set()
for d in gold["duties"]:
    for h in (members[d["body_id"]] if d["collective"] else [d["body_id"]]):
        expected |= {(d["id"], h, "plan"), (d["id"], h, "report")}
seen = [(c["duty_id"], c["body_id"], c["kind"]) for c in gold["coverage"]]
if len(seen) != len(set(seen)) or set(seen) != expected:
    problems.append("coverage rows: %d, expected %d (dups %d)" % (len(seen), len(expected), len(seen) - len(set(seen))))
senders = {(e["body_id"], "plan" if e["role"] == "unit_plan" else "report"): f for f, e in gold["files"].items() if e["status"] == "ok"}
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f.startswith("xa Lam Binh/"), strict=False)

# targets, refs, results, judgements
tids = {t["id"] for t in gold["targets"]}
for t in gold["targets"]:
    if t["text_start"] not in plan_src:
        problems.append("target text_start not in plan: " + t["id"])
    if t["scope"] == "area" and t["body_id"] or t["scope"] != "area" and t["body_id"] not in {d["body_id"] for d in gold["duties"]}:
        problems.append("target holder: " + t["id"])
    if (t["scope"] == "each_member") != (t["body_id"] in members):
        problems.append("each_member scope: " + t["id"])
for r in gold["target_refs"]:
    if r["text_start"] not in plan_src:
        problems.append("target_ref not in plan: " + r["text_start"])



for r in gold["results"]:
    text = source_text(src_of["inbox/" + r["file"]])
    if r["text_start"] not in text:
        problems.append("result text_start not in source: " + r["text_start"])
    else:
        line = next(l for l in text.split("\n") if r["text_start"] in l)
        if r["file"].endswith(".xlsx"):
            d = yaml.safe_load(open(os.path.join(HERE, "src", src_of["inbox/" + r["file"]]), encoding="utf-8"))
            row = next(x for x in d["rows"] if not isinstance(x, dict) and x[1].startswith(r["text_start"]))
            ok = r["value"] in [x for x in row if isinstance(x, (int, float))]
        else:
            ok = goldcheck.value_in_line(r["value"], line)
        if not ok:
            problems.append("value %s not on the line of %r" % (r["value"], r["text_start"]))
    problems += goldcheck.result_problems(gold, r, tids, words=(4, 13))
problems += goldcheck.reported_by_problems(gold, tids)

print("\n".join(problems) if problems else "OK: %d files, %d duties, %d coverage rows, %d targets, %d results"
      % (len(gold["files"]), len(gold["duties"]), len(gold["coverage"]), len(gold["targets"]), len(gold["results"])))
sys.exit(1 if problems else 0)
