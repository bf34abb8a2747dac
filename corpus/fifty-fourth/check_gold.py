"""Consistency check of corpus/fifty-fourth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/fifty-fourth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; the one support duty
(III.5), nothing requested; the roster's one collective ("Các Thuế cơ sở", 5 members, the rows of
the table under III.6-b); one file per holder and kind; the one scan is image-only (its evidence
is checked in the source only); the one late file is Thuế cơ sở 2's plan; one reply signed
"KT. TRƯỞNG THUẾ CƠ SỞ"; the công văn is the one unrecognized file and does not cite the plan;
every other reply cites it by number; a partial row in every reply.
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
if (gold["plan_due"], gold["report_due"]) != ("2025-11-05", "2026-01-12"):
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
if not 12 <= len(gold["duties"]) <= 18:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if [k for k, r in roles.items() if r != "lead"] != ["III.5"] or roles["III.5"] != "support":
    problems.append("the one support duty is III.5, nothing requested")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"cac-thue-co-so": 5}:
    problems.append("roster: one collective of 5 Thuế cơ sở expected")
for n in range(1, 6):
    if "\n%d | Thuế cơ sở %d | " % (n, n) not in section_iii:
        problems.append("Thuế cơ sở %d not in the table of III.6-b" % n)
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
for f in senders.values():
    if not any(c["status"] == "partial" and c["evidence_file"] == f for c in gold["coverage"]):
        problems.append("no partial row for " + f)
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")

# the scan: one, image only
import pdfplumber  # noqa: E402
if len(SCANS) != 1:
    problems.append("one scan expected")
for rel in SCANS:
    with pdfplumber.open(os.path.join(HERE, rel)) as pdf:
        if any((p.extract_text() or "").strip() for p in pdf.pages):
            problems.append("scan with a text layer: " + rel)

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["KH_TCS2_chuyen doi HKD khoan sang ke khai.pdf"]:
    problems.append("one late plan (Thuế cơ sở 2) expected: %s" % late)
kt = [f for f in gold["files"] if "KT. TRƯỞNG THUẾ CƠ SỞ\nPHÓ TRƯỞNG THUẾ CƠ SỞ" in source_text(src_of["inbox/" + f])]
if kt != ["TCS3 - BC 41 ket qua dot cao diem HKD.docx"]:
    problems.append("one reply signed KT. TRƯỞNG THUẾ CƠ SỞ expected: %s" % kt)
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    if ("2317/KH-TLS" in src) == (e["status"] == "unrecognized"):
        problems.append("plan citation of " + f)
    if not src.startswith("THUẾ TỈNH LẠNG SƠN\n"):
        problems.append("Thuế tỉnh header of " + f)
    if any(old in src for old in ("Chi cục Thuế khu vực", "Cục Thuế tỉnh", "CỤC THUẾ TỈNH", "Tổng cục Thuế")):
        problems.append("a pre-2025 office name in " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
