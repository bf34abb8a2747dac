"""Consistency check of corpus/thirty-second/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/thirty-second/check_gold.py   (prints OK or the problems)
The master plan and xã Thiện Hưng's plan are image-only scans: their text is checked in the
sources only, and the scans are checked to have no text layer (plan: at most 3 pages; at most
4 scanned pages in the whole set).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
import yaml  # noqa: E402

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
SCANS = {row["output"] for row in table["files"] if row["renderer"] == "build.scan"}

problems = goldcheck.not_nfc(HERE)
src_of = {row["output"]: row["source"] for row in table["files"]}
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12)
if gold["plan"] not in SCANS:
    problems.append("the plan is not a scan")

# scans: image only, few pages
import pdfplumber  # noqa: E402
pages = 0
for rel in sorted(SCANS):
    with pdfplumber.open(os.path.join(HERE, rel)) as pdf:
        pages += len(pdf.pages)
        if any((p.extract_text() or "").strip() for p in pdf.pages):
            problems.append("scan with a text layer: " + rel)
        if rel == gold["plan"] and len(pdf.pages) > 3:
            problems.append("plan has %d pages" % len(pdf.pages))
if pages > 4:
    problems.append("%d scanned pages" % pages)

# every duty in plan order: its text_start found after the previous one's
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at

# holders: the single ones and the communes of the roster
names, members = goldcheck.roster(HERE)
for d in gold["duties"]:
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
    if d["collective"] and d["body_id"] not in members:
        problems.append("collective without members: " + d["id"])
if sorted(len(v) for v in members.values()) != [7]:
    problems.append("roster: one collective of 7 communes expected")
senders = {(e["body_id"], "plan" if e["role"] == "unit_plan" else "report"): f
           for f, e in gold["files"].items() if e["status"] == "ok"}
for (b, _k), f in senders.items():
    if b not in names:
        problems.append("sender not in roster: " + f)
expected = goldcheck.expected_rows(gold, members)
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: "inbox/" + f in SCANS)
# replies cite the plan by number, all but Công an huyện's
for f, e in gold["files"].items():
    cites = "38/KH-UBND" in source_text(src_of["inbox/" + f])
    if cites != (e["body_id"] != "cong-an-huyen"):
        problems.append("plan citation of " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files, %d scanned pages)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"]), pages))
