"""Consistency check of corpus/sixty-second/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/sixty-second/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; the one support duty
(III.6); the roster's one collective ("Ủy ban nhân dân các xã, thị trấn", 4 members); one counted
file per holder and kind; each file's role as the set's rule gives it from the document's type
(KẾ HOẠCH and THÔNG BÁO phân công → unit_plan; BÁO CÁO, BIÊN BẢN, QUYẾT ĐỊNH, TỜ TRÌNH and a
công văn citing the plan → report; a file not citing 68/KH-UBND → unrecognized/other); one late
report; the biên bản a scan (its evidence checked in the source only).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
src_of = {row["output"]: row["source"] for row in table["files"]}
renderer_of = {row["output"]: row["renderer"] for row in table["files"]}

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "sixty-second":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2024-03-25", "2024-11-15"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] not in section_iii:
        problems.append("duty outside section III: " + d["id"])
if not 12 <= len(gold["duties"]) <= 18:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if [k for k, r in roles.items() if r != "lead"] != ["III.6"] or roles["III.6"] != "support":
    problems.append("the one support duty is III.6, nothing requested")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"uy-ban-nhan-dan-cac-xa-thi-tran": 4}:
    problems.append("roster: one collective of 4 members expected")
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 8:
    problems.append("8 holders expected: %d" % len(holders))
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])

# the set's rule: a file's role from what the document is
TYPES = {"KẾ HOẠCH": "unit_plan", "THÔNG BÁO": "unit_plan", "BÁO CÁO": "report", "BIÊN BẢN": "report",
         "QUYẾT ĐỊNH": "report", "TỜ TRÌNH": "report"}
senders = {}
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    cites = "68/KH-UBND" in src
    doc_type = next((t for t in TYPES if "\n\n%s\n" % t in src), None)
    want = (TYPES[doc_type] if doc_type else "report") if cites else "other"
    if e["role"] != want or (e["status"] == "unrecognized") != (not cites):
        problems.append("role of %s: %s, the rule gives %s" % (f, e["role"], want))
    if e["status"] == "ok":
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
scans = {f[len("inbox/"):] for f, r in renderer_of.items() if r == "build.bienban_scan"}
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f in scans)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
# every counted file is judged against all of its sender's duties of that kind
for (body, kind), f in senders.items():
    rows = [c for c in gold["coverage"] if c["body_id"] == body and c["kind"] == kind]
    if any(c["status"] == "not_submitted" for c in rows):
        problems.append("a counted file leaves rows not_submitted: " + f)
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["TT Hat Lot/BC 214 ket qua PC HIV nam 2024.doc"]:
    problems.append("one late report (Hát Lót) expected: %s" % late)
if len(scans) != 1:
    problems.append("one scan expected")
for key in ("rule", "duties"):
    if key not in gold["notes"]:
        problems.append("note missing: " + key)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
