"""Consistency check of corpus/fifty-seventh/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/fifty-seventh/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; one support (III.4) and
one requested (III.5) duty; the roster's one collective ("Ủy ban nhân dân các xã, thị trấn", 4
members); one file per holder and kind; the scan is image-only (its evidence is checked in the
source only); one late file (Xuân Giang's report); the joint report cites both 45/KH-UBND and
51/KH-UBND, and no evidence is taken from its section II (Kế hoạch 51); last year's report cites
only 38/KH-UBND and is unrecognized; the 2025 report that also cites 38/KH-UBND is a report; the
công văn cites no plan; no evidence taken from a sentence about 2024.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
SCANS = {row["output"] for row in table["files"] if "scan" in row["renderer"]}
src_of = {row["output"]: row["source"] for row in table["files"]}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2025-03-10", "2025-06-16"):
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
if not 12 <= len(gold["duties"]) <= 16:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"III.4": "support", "III.5": "requested"}:
    problems.append("one support (III.4) and one requested (III.5) duty expected")
if len({d["body_id"] for d in gold["duties"]}) != 6:
    problems.append("six holders expected")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"uy-ban-nhan-dan-cac-xa-thi-tran": 4}:
    problems.append("roster: one collective of 4 members expected")
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
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: "inbox/" + f in SCANS)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
if not 9 <= len(gold["files"]) <= 11:
    problems.append("file count")

# the scan: one, image only
import pdfplumber  # noqa: E402
if len(SCANS) != 1:
    problems.append("one scan expected")
for rel in SCANS:
    with pdfplumber.open(os.path.join(HERE, rel)) as pdf:
        if any((p.extract_text() or "").strip() for p in pdf.pages):
            problems.append("scan with a text layer: " + rel)

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["BC Xuan Giang VHD 6 thang (gui muon).doc"]:
    problems.append("one late report (Xuân Giang) expected: %s" % late)

THIS, OTHER, LAST = "45/KH-UBND", "51/KH-UBND", "38/KH-UBND"
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    if (THIS in src) == (e["status"] == "unrecognized"):
        problems.append("plan citation of " + f)
joint = "Xuan Hoi - BC 86 KQ thuc hien KH 45 va KH 51.docx"
jsrc = source_text(src_of["inbox/" + joint])
if not (THIS in jsrc and OTHER in jsrc):
    problems.append("the joint report cites both plans")
part_b = jsrc.split("\nII. KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 51/KH-UBND")[1]
for c in gold["coverage"]:
    if c["evidence_file"] == joint and c["evidence"] and c["evidence"] in part_b:
        problems.append("evidence from the Kế hoạch 51 section: " + c["duty_id"])
last = "Cuong Gian_BC van hoa doc.pdf"
lsrc = source_text(src_of["inbox/" + last])
if LAST not in lsrc or THIS in lsrc or gold["files"][last]["status"] != "unrecognized":
    problems.append("last year's report")
both = "TTVHTT/BC 57-TTVHTT van hoa doc 6 thang 2025.pdf"
if LAST not in source_text(src_of["inbox/" + both]) or gold["files"][both]["role"] != "report":
    problems.append("this year's report citing last year's plan")
for c in gold["coverage"]:
    if c["evidence"]:
        src = source_text(src_of["inbox/" + c["evidence_file"]])
        line = next(l for l in src.split("\n") if c["evidence"] in l)
        sentence = [s for s in line.split(". ") if c["evidence"] in s]
        if sentence and "2024" in sentence[0]:
            problems.append("evidence from a sentence about 2024: " + c["duty_id"])
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
