"""Consistency check of corpus/thirtieth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/thirtieth/check_gold.py   (prints OK or the problems)
The Khu phố 3 photo (.jpg) is checked against its source only; the duplicate against its
original's source and bytes.
"""
import filecmp
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
import yaml  # noqa: E402

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
ORIGINAL = "P.KTHTDT/BC 112-BC-KTHTDT 6 thang dau nam 2026.docx"
COPY = "P.KTHTDT/Bao cao 6 thang VMDT - KTHTDT (gui lai).docx"

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "thirtieth":
    problems.append("set name")
src_of = {row["output"]: row["source"] for row in table["files"]}
src_of["inbox/" + COPY] = src_of["inbox/" + ORIGINAL]
if not filecmp.cmp(os.path.join(HERE, "inbox", ORIGINAL), os.path.join(HERE, "inbox", COPY), shallow=False):
    problems.append("the duplicate is not a byte copy")
if gold["files"][COPY]["status"] != "duplicate" or gold["files"][ORIGINAL]["status"] != "ok":
    problems.append("duplicate status")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))

# every duty's number is the plan's: III.n starts "n. <text_start>", IV.n-k sits under heading "n."
for d in gold["duties"]:
    sec = d["id"].split("-")[0]
    num = sec.split(".")[1]
    if sec.startswith("III.") and "\n%s. %s" % (num, d["text_start"]) not in plan_src:
        problems.append("III duty not at its number: " + d["id"])
    if sec.startswith("IV."):
        part = "\n" + plan_src.split("\nIV. TỔ CHỨC THỰC HIỆN\n")[1].split("\nV. ")[0]
        block = part.split("\n%s. " % num)[1].split("\n%d. " % (int(num) + 1))[0]
        if d["text_start"] not in block:
            problems.append("IV duty not under its heading: " + d["id"])

names, members = goldcheck.roster(HERE)
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
expected = goldcheck.expected_rows(gold, members)
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f.endswith(".jpg"))
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
