"""Consistency check of corpus/twenty-third/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/twenty-third/check_gold.py   (prints OK or the problems)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

# (a PDF's table cells too: pdfplumber interleaves cell lines)
HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)

problems = goldcheck.not_nfc(HERE)
src_of = {row["output"]: row["source"] for row in table["files"]}
plan_src = source_text(src_of[gold["plan"]])
if not os.path.exists(os.path.join(HERE, gold["plan"])):
    problems.append("plan file missing")

# files: every file under inbox/, header dates, on_time, due dates in the plan
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)

# duties
problems += goldcheck.duty_problems(gold, plan_src, most=13)
ids = [d["id"] for d in gold["duties"]]

# coverage: every duty x kind x holder once; collective -> the members that sent something
senders = {(e["body_id"], "plan" if e["role"] == "unit_plan" else "report"): f for f, e in gold["files"].items() if e["status"] == "ok"}
members = ["uy-ban-nhan-dan-xa-yang-mao", "uy-ban-nhan-dan-xa-hoa-son"]
expected = {(d["id"], h, k) for d in gold["duties"] for h in (members if d["collective"] else [d["body_id"]]) for k in ("plan", "report")}
seen = [(c["duty_id"], c["body_id"], c["kind"]) for c in gold["coverage"]]
if len(seen) != len(set(seen)) or set(seen) != expected:
    problems.append("coverage rows: %d, expected %d" % (len(seen), len(expected)))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f.startswith("xa Hoa Son/"))
for c in gold["coverage"]:
    if "trap" in c and "%s / %s / %s" % (c["duty_id"], c["body_id"], c["kind"]) not in gold["notes"] and c["status"] != "covered":
        problems.append("trap row without a note: %s" % c["duty_id"])
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)" % (len(ids), len(seen), len(gold["files"])))
