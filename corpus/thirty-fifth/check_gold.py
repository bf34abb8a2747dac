"""Consistency check of corpus/thirty-fifth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/thirty-fifth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all inside section III; the schedule table of
section IV gives no duty; the roster's one collective ("Các khoa lâm sàng", 5 members) and the
collective without roster ("Các khoa cận lâm sàng": no member sent, so no rows); the one scan is
image-only and one page (its evidence is checked in the source only); the one reply without a
number; the non-holder's file (Phòng Công tác xã hội) ok with no body; replies cite the plan by
number, all but the scan.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
SCANS = {row["output"] for row in table["files"] if row["renderer"] == "scan"}
src_of = {row["output"]: row["source"] for row in table["files"]}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-10", "2026-07-10"):
    problems.append("due dates")

# duties: in plan order, all in III, none in the schedule table
section_iii = plan_src.split("\nIII. TỔ CHỨC THỰC HIỆN\n")[1].split("\nIV. LỊCH GIÁM SÁT")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] not in section_iii:
        problems.append("duty outside section III: " + d["id"])
if not 16 <= len(gold["duties"]) <= 22:
    problems.append("duty count %d" % len(gold["duties"]))
if [d["id"] for d in gold["duties"] if d["role"] == "support"] != ["III.6-2"]:
    problems.append("the one support duty")

# holders
names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"cac-khoa-lam-sang": 5}:
    problems.append("roster: one collective of 5 clinical departments expected")
members["cac-khoa-can-lam-sang"] = []   # no roster, no member sent
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
senders = {}
for f, e in gold["files"].items():
    if e["status"] == "ok" and e["body_id"]:
        senders[(e["body_id"], "plan" if e["role"] == "unit_plan" else "report")] = f
        if e["body_id"] not in names:
            problems.append("sender not in roster: " + f)
    if e["status"] == "ok" and not e["body_id"] and "CÔNG TÁC XÃ HỘI" not in source_text(src_of["inbox/" + f]):
        problems.append("a file without a holder other than Phòng CTXH's: " + f)
if "phong-cong-tac-xa-hoi" in names:
    problems.append("Phòng Công tác xã hội must hold no duty")
expected = goldcheck.expected_rows(gold, members)
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: "inbox/" + f in SCANS)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

# the scan: one, image only, one page
import pdfplumber  # noqa: E402
if len(SCANS) != 1:
    problems.append("one scan expected")
for rel in SCANS:
    with pdfplumber.open(os.path.join(HERE, rel)) as pdf:
        if len(pdf.pages) != 1 or any((p.extract_text() or "").strip() for p in pdf.pages):
            problems.append("scan not a single image-only page: " + rel)

# numbers and citations
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    if ("Số:" in src) == (e["body_id"] == "khoa-ngoai-tong-hop"):
        problems.append("number line of " + f)
    if ("86/KH-BV" in src) == ("inbox/" + f in SCANS):
        problems.append("plan citation of " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
