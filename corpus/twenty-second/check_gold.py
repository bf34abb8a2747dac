"""Consistency check of corpus/twenty-second/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/twenty-second/check_gold.py   (prints OK or the problems)
Checks: every inbox file listed, dates in the headers, on_time; duty slugs and text_start in the
plan; every duty x kind x holder exactly once (no roster: a collective duty has rows for the
members that sent something); evidence verbatim in the source and in the built file; targets'
text_start in the plan, the Phụ lục cells = the per-centre targets; results' text_start in their
source with the value on that line (the xlsx: in that row's "Thực hiện" cell); judgements agree
with the counting figures (same holder, or the province figure of CDC for an area target, of
period 2024).
"""
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
from goldcheck import flat, slug  # noqa: E402

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=True)
problems = []


PROVINCE_REPORTER = "trung-tam-kiem-soat-benh-tat-tinh"


src_of = {row["output"]: row["source"] for row in table["files"]}
problems += goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
plan_body, appendix = plan_src.split("\n\f\n")
plan_built = flat(built_text(gold["plan"]))

# files
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_body)

# duties
problems += goldcheck.duty_problems(gold, plan_body, built=plan_built)

# coverage (no roster: members of the collective = centres that sent something)
senders = {(e["body_id"], "plan" if e["role"] == "unit_plan" else "report"): f
           for f, e in gold["files"].items() if e["status"] == "ok"}
members = sorted({e["body_id"] for e in gold["files"].values() if e["body_id"].startswith("trung-tam-y-te-")})
expected = set()
for d in gold["duties"]:
    for h in (members if d["collective"] else [d["body_id"]]):
        expected |= {(d["id"], h, "plan"), (d["id"], h, "report")}
seen = [(c["duty_id"], c["body_id"], c["kind"]) for c in gold["coverage"]]
if len(seen) != len(set(seen)) or set(seen) != expected:
    problems.append("coverage rows: %d, expected %d (dups %d)" % (len(seen), len(expected), len(seen) - len(set(seen))))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)


def num(s):
    return float(s.replace(".", "").replace(",", "."))


# targets
tid = {t["id"]: t for t in gold["targets"]}
rows = [[c.strip() for c in l.split("|")] for l in appendix.split("\n") if "|" in l]
header, rows = rows[0], rows[1:]
cell_targets = [t for t in gold["targets"] if t["text_start"] in [r[1] for r in rows]]
if len(cell_targets) != 3 * len(rows):
    problems.append("per-centre targets: %d for %d rows" % (len(cell_targets), len(rows)))
holders = {d["body_id"] for d in gold["duties"]}
for t in gold["targets"]:
    if t in cell_targets:
        row = next(r for r in rows if r[1] == t["text_start"])
        k = header.index(t["indicator"])
        if num(row[k]) != t["value"] or slug(row[1]) != t["body_id"] or t["comparator"] != ">=" \
                or t["scope"] != "holder" or t["deadline"] != "2024":
            problems.append("Phụ lục cell vs target " + t["id"])
        continue
    problems += goldcheck.target_problems(t, plan_body, holders)
for r in gold["target_refs"]:
    if r["text_start"] not in plan_body:
        problems.append("target_ref not in plan: " + r["text_start"])



WORDS = {2: "hai"}
for r in gold["results"]:
    src = src_of["inbox/" + r["file"]]
    text = source_text(src)
    if r["text_start"] not in text:
        problems.append("result text_start not in source: " + r["text_start"])
        continue
    # a cell of a PDF table may wrap; its first words must still be found in one piece
    if flat(" ".join(r["text_start"].split()[:8])) not in flat(built_text("inbox/" + r["file"])):
        problems.append("result text_start not in built file: " + r["text_start"])
    if src.endswith(".yaml"):
        d = yaml.safe_load(open(os.path.join(HERE, "src", src), encoding="utf-8"))
        row = next(x for x in d["rows"] if not isinstance(x, dict) and x[1].startswith(r["text_start"]))
        ok = row[4] == r["value"]
    else:
        line = next(l for l in text.split("\n") if r["text_start"] in l)
        v = r["value"]
        ok = goldcheck.value_in_line(v, line) or (v in WORDS and WORDS[v] + " đợt" in line)
    if not ok:
        problems.append("value %s not at %r" % (r["value"], r["text_start"]))
    problems += goldcheck.result_problems(gold, r, tid, words=(1, 12))
    if r["target_id"] and tid[r["target_id"]]["unit"] != r["unit"]:
        problems.append("unit of result vs target: " + r["text_start"])

# judgements
problems += goldcheck.reported_by_problems(gold, tid)
OPS = goldcheck.OPS
for k, j in gold["judgements"].items():
    t = tid[k]
    attached = [r for r in gold["results"] if r["target_id"] == k]
    counting = [r for r in attached if r["period"] == "2024"
                and r["body_id"] == (PROVINCE_REPORTER if t["scope"] == "area" else t["body_id"])]
    want = goldcheck.judged(attached, [OPS[t["comparator"]](r["value"], t["value"]) for r in counting])
    if j["judgement"] != want:
        problems.append("judgement of %s: %s, figures say %s" % (k, j["judgement"], want))
    if j["judgement"] == "not_reported" and t["scope"] == "holder" and j["not_reported_by"] != [t["body_id"]]:
        problems.append("not_reported_by of " + k)

print("\n".join(problems) if problems else "OK: %d files, %d duties, %d coverage rows, %d targets, %d results (%d attached)"
      % (len(gold["files"]), len(gold["duties"]), len(gold["coverage"]), len(gold["targets"]), len(gold["results"]),
         sum(1 for r in gold["results"] if r["target_id"])))
sys.exit(1 if problems else 0)
