"""Consistency check of corpus/fifty-sixth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/fifty-sixth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; one support duty (III.5) and
one requested (III.7, Công an tỉnh); the roster's one collective ("Các Tòa án nhân dân khu vực",
4 members, the rows of the table under III.6-a); one file per holder and kind; the one scan is
image-only (its evidence is checked in the source only); the one late file is khu vực 2's plan;
the công văn of khu vực 4 is the one unrecognized file and does not cite the plan; every other
reply cites it by number; a partial row in every reply; no pre-2025 court names (TAND huyện) used
as a sender.
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
if (gold["plan_due"], gold["report_due"]) != ("2025-10-24", "2026-01-08"):
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
    if plan_src.count(d["text_start"]) != 1:
        problems.append("text_start not unique: " + d["id"])
if not 12 <= len(gold["duties"]) <= 18:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"III.5": "support", "III.7": "requested"}:
    problems.append("III.5 support and III.7 requested, the rest lead")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"cac-toa-an-nhan-dan-khu-vuc": 4}:
    problems.append("roster: one collective of 4 Tòa án nhân dân khu vực expected")
for n in range(1, 5):
    if "\n%d | Tòa án nhân dân khu vực %d - Lai Châu | " % (n, n) not in section_iii:
        problems.append("khu vực %d not in the table of III.6-a" % n)
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
if late != ["KH_31_TAKV2_thuc hien KH97.pdf"]:
    problems.append("one late plan (khu vực 2) expected: %s" % late)
kt = [f for f in gold["files"] if "KT. CHÁNH ÁN\nPHÓ CHÁNH ÁN" in source_text(src_of["inbox/" + f])]
if sorted(kt) != ["KH_31_TAKV2_thuc hien KH97.pdf", "scan_KV3_KH52_20251023.pdf"]:
    problems.append("replies signed KT. CHÁNH ÁN: %s" % kt)
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    if ("97/KH-TA" in src) == (e["status"] == "unrecognized"):
        problems.append("plan citation of " + f)
    if not src.startswith("TÒA ÁN NHÂN DÂN TỈNH LAI CHÂU\n"):
        problems.append("provincial court header of " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
