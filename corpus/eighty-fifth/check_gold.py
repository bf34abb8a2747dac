"""Consistency check of corpus/eighty-fifth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/eighty-fifth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III, numbered N.M; the one
support duty (III.3.1) and the one requested (III.7.1); the roster's one collective ("Các Trung
tâm Y tế khu vực", 4 members); one file per holder and kind; every reply but the invitation cites
the plan by number; one late report (Thạch Hà); the scanned report's evidence checked in its
source only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
src_of = {row["output"]: row["source"] for row in table["files"]}
SCANS = {"scan_BC405_TTYTKyAnh.pdf"}
UNRELATED = {"KSBT/GM 862 tap huan SXH.docx"}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-10", "2026-10-05"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. NHIỆM VỤ CỤ THỂ\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if "\n%s. %s" % (d["id"][4:], d["text_start"]) not in section_iii:
        problems.append("duty outside section III or not at its number: " + d["id"])
if not 12 <= len(gold["duties"]) <= 16:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"}
if roles != {"III.3.1": "support", "III.7.1": "requested"}:
    problems.append("roles: %s" % roles)

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"cac-trung-tam-y-te-khu-vuc": 4}:
    problems.append("roster: one collective of 4 Trung tâm Y tế khu vực expected")
holders = {d["body_id"] for d in gold["duties"]}
if not 6 <= len(holders) <= 8:
    problems.append("holder count %d" % len(holders))
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
    if (e["status"] == "unrecognized") != (f in UNRELATED):
        problems.append("unrelated file: " + f)
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f in SCANS)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
statuses = {c["status"] for c in gold["coverage"]}
if not {"covered", "partial", "missing", "not_submitted"} <= statuses:
    problems.append("statuses: %s" % statuses)

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["TH_BC512_thuocla_9thang.pdf"]:
    problems.append("one late report (Thạch Hà) expected: %s" % late)
for f in gold["files"]:
    src = source_text(src_of["inbox/" + f])
    if ("186/KH-SYT" in src) == (f in UNRELATED):
        problems.append("plan citation of " + f)
    if not src.lstrip().startswith(("SỞ Y TẾ HÀ TĨNH", "#")):
        problems.append("Sở Y tế header of " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
