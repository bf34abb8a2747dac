"""Consistency check of corpus/forty-eighth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/forty-eighth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; the one support duty
(III.5); the roster's one collective ("Các Điện lực trực thuộc", 5 members); one file per holder
and kind; every reply cites the plan by number; one late plan; a partial row in every reply.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2025-03-31", "2025-06-20"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] not in section_iii:
        problems.append("duty outside section III: " + d["id"])
if not 14 <= len(gold["duties"]) <= 18:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if [k for k, r in roles.items() if r != "lead"] != ["III.5"] or roles["III.5"] != "support":
    problems.append("the one support duty is III.5, nothing requested")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"cac-dien-luc-truc-thuoc": 5}:
    problems.append("roster: one collective of 5 Điện lực expected")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["status"] == "ok" and e["body_id"]:
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
for f in senders.values():
    if not any(c["status"] == "partial" and c["evidence_file"] == f for c in gold["coverage"]):
        problems.append("no partial row for " + f)

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["KH_DLTienHai_ATD_muabao2025.pdf"]:
    problems.append("one late plan (Tiền Hải) expected: %s" % late)
for f in gold["files"]:
    src = source_text(src_of["inbox/" + f])
    if "1024/KH-PCTB" not in src:
        problems.append("plan citation of " + f)
    if not src.startswith("CÔNG TY ĐIỆN LỰC THÁI BÌNH\n"):
        problems.append("company header of " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
