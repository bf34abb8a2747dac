"""Consistency check of corpus/forty-fifth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/forty-fifth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, in section III except the one "Đề nghị" (IV.2);
the one support and the one requested duty; the roster's one collective ("Công an các xã, phường",
5 members); the one scan is image-only and one page (its evidence is checked in the source only);
the Báo cáo nhanh is unrecognized and cites nothing; replies cite the plan by number, all but the
scan and the Báo cáo nhanh.
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
if (gold["plan_due"], gold["report_due"]) != ("2025-12-15", "2026-03-10"):
    problems.append("due dates")

# duties: in plan order; III for all but IV.2
section_iii = plan_src.split("\nIII. NHIỆM VỤ CỦA CÁC ĐƠN VỊ\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN\n")[0]
section_iv = plan_src.split("\nIV. TỔ CHỨC THỰC HIỆN\n")[1]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] not in (section_iv if d["id"] == "IV.2" else section_iii):
        problems.append("duty outside its section: " + d["id"])
if not 15 <= len(gold["duties"]) <= 20:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if [k for k, r in roles.items() if r == "support"] != ["III.6"] or \
        [k for k, r in roles.items() if r == "requested"] != ["IV.2"]:
    problems.append("the one support duty (III.6) and the one requested duty (IV.2)")

# holders
names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"cong-an-cac-xa-phuong": 5}:
    problems.append("roster: one collective of 5 Công an xã, phường expected")
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
expected = goldcheck.expected_rows(gold, members)
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: "inbox/" + f in SCANS)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
for s in ("partial", "missing"):
    for f in senders.values():
        if not any(c["status"] == s and c["evidence_file"] == f for c in gold["coverage"]) and s == "partial":
            problems.append("no partial row for " + f)

# the scan: one, image only, one page
import pdfplumber  # noqa: E402
if len(SCANS) != 1:
    problems.append("one scan expected")
for rel in SCANS:
    with pdfplumber.open(os.path.join(HERE, rel)) as pdf:
        if len(pdf.pages) != 1 or any((p.extract_text() or "").strip() for p in pdf.pages):
            problems.append("scan not a single image-only page: " + rel)

# citations; the Báo cáo nhanh
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    bcn = src.split("\n\n")[1].startswith("BÁO CÁO NHANH")
    if bcn != (e["status"] == "unrecognized"):
        problems.append("the Báo cáo nhanh is the one unrecognized file: " + f)
    if ("486/KH-CAT-PV01" in src) == ("inbox/" + f in SCANS or bcn):
        problems.append("plan citation of " + f)
    if "Thượng tá" not in src and e["body_id"].startswith("phong-"):
        problems.append("a phòng's signer without rank Thượng tá: " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
