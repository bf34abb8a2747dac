"""Consistency check of corpus/fifty-second/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/fifty-second/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: the master document is a Công điện (CĐ number, "điện:" line, dash
addressees); duties in its order, all in the numbered orders 1.-10. (order 9, the plan and report
schedule, holds none); order 3 names two holders (3.CA, 3.QS, one text); the one support (5) and
the one requested duty (8); the roster's one collective (5 communes and wards); the scan is
image-only (its evidence is checked in the source only); the unrelated công văn cites nothing of
the Công điện, every other reply cites "19/CĐ-UBND"; one late file (the Bộ CHQS plan).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__)
SCANS = {row["output"] for row in table["files"] if row["renderer"] == "scan"}
src_of = {row["output"]: row["source"] for row in table["files"]}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2025-08-14", "2025-08-29"):
    problems.append("due dates")
for must in ("Số: 19/CĐ-UBND", "\nCÔNG ĐIỆN\nVề việc ", "\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- ",
             "trước ngày 14/8/2025", "trước 16 giờ ngày 29/8/2025"):
    if must not in plan_src:
        problems.append("Công điện layout: %r" % must)

# duties: in order, inside the orders 1.-10., none in order 9
orders = plan_src.split("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n")[1].split("\nNơi nhận:")[0]
order9 = orders.split("\n9. ")[1].split("\n10. ")[0]
pos = -1
for d in gold["duties"]:
    at = orders.find(d["text_start"], pos if d["id"] == "3.QS" else pos + 1)
    if at < 0 or at < pos or (at == pos and d["id"] != "3.QS"):
        problems.append("duty out of order or outside the orders: " + d["id"])
    pos = at
    if d["text_start"] in order9:
        problems.append("duty in order 9: " + d["id"])
if not 12 <= len(gold["duties"]) <= 18:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if [k for k, r in roles.items() if r == "support"] != ["5"] or \
        [k for k, r in roles.items() if r == "requested"] != ["8"]:
    problems.append("the one support duty (5) and the one requested duty (8)")
three = [d for d in gold["duties"] if d["id"].startswith("3.")]
if len(three) != 2 or three[0]["text_start"] != three[1]["text_start"] or three[0]["body_id"] == three[1]["body_id"]:
    problems.append("order 3: one text, two holders")

# holders
names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"uy-ban-nhan-dan-cac-xa-phuong": 5}:
    problems.append("roster: one collective of 5 xã, phường expected")
holders = {d["body_id"] for d in gold["duties"] if not d["collective"]}
if not 6 <= len(holders) + 1 <= 9:
    problems.append("holder count %d" % (len(holders) + 1))
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

# the scan: one, image only
import pdfplumber  # noqa: E402
if len(SCANS) != 1:
    problems.append("one scan expected")
for rel in SCANS:
    with pdfplumber.open(os.path.join(HERE, rel)) as pdf:
        if any((p.extract_text() or "").strip() for p in pdf.pages):
            problems.append("scan with a text layer: " + rel)

# citations, the unrelated file, the late one
for f, e in gold["files"].items():
    cites = "19/CĐ-UBND" in source_text(src_of["inbox/" + f])
    if cites == (e["status"] == "unrecognized"):
        problems.append("citation of the Công điện: " + f)
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["BCH QS tinh_KH 1452 dan quan ho tro chong dich ta lon.docx"]:
    problems.append("one late file (the Bộ CHQS plan) expected: %s" % late)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
