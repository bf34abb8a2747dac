"""Consistency check of corpus/twenty-first/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/twenty-first/check_gold.py   (prints OK or the problems)
Checks: every inbox file listed, dates in the headers, on_time; duty slugs and text_start in the
plan; every duty x kind x holder exactly once (collective through the roster); evidence verbatim
in the source (and in the built file, but for the scan); targets' text_start in the plan, the
Phụ lục cells = the per-commune targets; results' text_start in their source with the value on
that line (the xlsx: in that row's column for the period); judgements agree with the figures.
"""
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
from goldcheck import slug  # noqa: E402

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=True)
roster = yaml.safe_load(open(os.path.join(HERE, "roster.yaml"), encoding="utf-8"))
problems = []


def load_yaml_src(src):
    return yaml.safe_load(open(os.path.join(HERE, "src", src), encoding="utf-8"))


src_of = {row["output"]: row["source"] for row in table["files"]}
scans = {row["output"][len("inbox/"):] for row in table["files"] if row["renderer"] == "scan"}
problems += goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
plan_body, appendix = plan_src.split("\n\f\n")
if not os.path.exists(os.path.join(HERE, gold["plan"])):
    problems.append("plan file missing")

# files
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_body)

# duties
problems += goldcheck.duty_problems(gold, plan_body)

# coverage
members = {}
for b in roster["bodies"]:
    if b.get("member_of"):
        members.setdefault(slug(b["member_of"]), []).append(slug(b["name"]))
    elif slug(b["name"]) not in {d["body_id"] for d in gold["duties"]}:
        problems.append("roster body holds no duty: " + b["name"])
expected = set()
for d in gold["duties"]:
    for h in (members[d["body_id"]] if d["collective"] else [d["body_id"]]):
        expected |= {(d["id"], h, "plan"), (d["id"], h, "report")}
seen = [(c["duty_id"], c["body_id"], c["kind"]) for c in gold["coverage"]]
if len(seen) != len(set(seen)) or set(seen) != expected:
    problems.append("coverage rows: %d, expected %d (dups %d)" % (len(seen), len(expected), len(seen) - len(set(seen))))
senders = {(e["body_id"], "plan" if e["role"] == "unit_plan" else "report"): f for f, e in gold["files"].items() if e["status"] == "ok"}
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f in scans)
every = set(members.get(next(d["body_id"] for d in gold["duties"] if d["collective"]), []))
for member in every:
    sent = (member, "report") in senders
    if not sent and member not in ("uy-ban-nhan-dan-xa-ho-thau", "uy-ban-nhan-dan-xa-na-tam"):
        problems.append("member without report: " + member)


def num(s):
    return float(s.replace(".", "").replace(",", "."))


# targets
tid = {t["id"]: t for t in gold["targets"]}
rows = [[c.strip() for c in l.split("|")] for l in appendix.split("\n") if "|" in l]
header, rows = rows[0], rows[1:]
cell_targets = [t for t in gold["targets"] if t["scope"] == "holder" and t["text_start"] in [r[1] for r in rows]]
if len(cell_targets) != 2 * len(rows):
    problems.append("per-commune targets: %d for %d rows" % (len(cell_targets), len(rows)))
for t in gold["targets"]:
    if t in cell_targets:
        row = next(r for r in rows if r[1] == t["text_start"])
        k = 2 if t["unit"] == "%" else 3
        if num(row[k]) != t["value"] or slug("Ủy ban nhân dân " + row[1]) != t["body_id"] or t["comparator"] != ">=":
            problems.append("Phụ lục cell vs target " + t["id"])
        continue
    problems += goldcheck.target_problems(t, plan_body, {d["body_id"] for d in gold["duties"]}, most=13)
    if (t["scope"] == "each_member") != (t["body_id"] in members):
        problems.append("each_member scope: " + t["id"])
for r in gold["target_refs"]:
    if r["text_start"] not in plan_body:
        problems.append("target_ref not in plan: " + r["text_start"])



for r in gold["results"]:
    src = src_of["inbox/" + r["file"]]
    text = source_text(src)
    if r["text_start"] not in text:
        problems.append("result text_start not in source: " + r["text_start"])
        continue
    if src.endswith(".yaml"):
        d = load_yaml_src(src)
        row = next(x for x in d["rows"] if not isinstance(x, dict) and x[1].startswith(r["text_start"]))
        col = {"2024-06": 4, "2024": 5}[r["period"]]
        ok = row[col] == r["value"]
    else:
        line = next(l for l in text.split("\n") if r["text_start"] in l)
        ok = goldcheck.value_in_line(r["value"], line)
    if not ok:
        problems.append("value %s not at %r" % (r["value"], r["text_start"]))
    problems += goldcheck.result_problems(gold, r, tid)

# judgements
problems += goldcheck.reported_by_problems(gold, tid)
OPS = goldcheck.OPS
for k, j in gold["judgements"].items():
    t = tid[k]
    attached = [r for r in gold["results"] if r["target_id"] == k]
    counting = [r for r in attached if r["period"] == "2024" and r["unit"] == t["unit"]]
    verdicts = {r["body_id"]: OPS[t["comparator"]](r["value"], t["value"]) for r in counting}
    if t["scope"] == "each_member":
        want = "partly" if j["not_reported_by"] or len(set(verdicts.values())) > 1 else ("met" if all(verdicts.values()) else "not_met")
        if set(j["not_reported_by"]) != set(members[t["body_id"]]) - set(verdicts):
            problems.append("not_reported_by of " + k)
    else:
        want = goldcheck.judged(attached, list(verdicts.values()))
    if j["judgement"] != want:
        problems.append("judgement of %s: %s, figures say %s" % (k, j["judgement"], want))

print("\n".join(problems) if problems else "OK: %d files, %d duties, %d coverage rows, %d targets, %d results (%d attached)"
      % (len(gold["files"]), len(gold["duties"]), len(gold["coverage"]), len(gold["targets"]), len(gold["results"]),
         sum(1 for r in gold["results"] if r["target_id"])))
sys.exit(1 if problems else 0)
