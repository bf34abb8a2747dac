"""Consistency check of corpus/twenty-seventh/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/twenty-seventh/check_gold.py   (prints OK or the problems)
The .doc is read through LibreOffice (text export, private profile). Checked besides the shared
helpers: a co-lead row gives one duty per co-lead (same text_start, distinct holders), and every
holder named in a Phụ lục "Cơ quan chủ trì" cell holds a duty of that row.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
import yaml  # noqa: E402

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
_built_text = built_text


problems = goldcheck.not_nfc(HERE)
src_of = {row["output"]: row["source"] for row in table["files"]}
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(_built_text(gold["plan"])))

# the Phụ lục: each row's chủ trì cell, split at ";", gives one duty per co-lead
appendix = plan_src.split("\f")[1]
by_start = {}
for d in gold["duties"]:
    by_start.setdefault(d["text_start"], []).append(d["body"])
for line in appendix.split("\n"):
    c = [x.strip() for x in line.split("|")]
    if len(c) == 6 and c[0].isdigit():
        leads = [x.strip() for x in c[3].split(";")]
        holders = [h for s, hs in by_start.items() if c[1].startswith(s) for h in hs]
        expanded = [l.replace("UBND", "Ủy ban nhân dân") for l in leads]
        if sorted(holders) != sorted(expanded):
            problems.append("row %s: holders %s, chủ trì %s" % (c[0], holders, expanded))

roster = yaml.safe_load(open(os.path.join(HERE, "roster.yaml"), encoding="utf-8"))["bodies"]
names = {goldcheck.slug(b["name"]) for b in roster}
members = {}
for b in roster:
    if b.get("member_of"):
        members.setdefault(goldcheck.slug(b["member_of"]), []).append(goldcheck.slug(b["name"]))
for d in gold["duties"]:
    if d["collective"] and d["body_id"] not in members:
        problems.append("collective without roster members: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
senders = {(e["body_id"], "plan" if e["role"] == "unit_plan" else "report"): f
           for f, e in gold["files"].items() if e["status"] == "ok"}
for (b, _k) in senders:
    if b not in names:
        problems.append("sender not in roster: " + b)
expected = {(d["id"], h, k) for d in gold["duties"] for h in (members[d["body_id"]] if d["collective"] else [d["body_id"]])
            for k in ("plan", "report")}
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
