"""Consistency check of corpus/sixty-fifth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/sixty-fifth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; the one requested duty
(III.8), no support duty; the roster's one collective ("Ủy ban nhân dân các xã, thị trấn", 4
members) and 8 holders; one counted file per holder and kind, each judged against all of its
sender's duties of that kind; the set's rule on blanket claims (no covered/partial evidence is a
blanket phrase; Phòng Nội vụ's all-blanket report has every row missing); the copied plan (xã Tử Du's
KH 18 holds every duty's text_start of the other holders, yet gives rows to Tử Du only); every
counted file cites 41/KH-UBND, the unrelated one does not; one late plan; the scan's evidence
checked in its source only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
src_of = {row["output"]: row["source"] for row in table["files"]}
renderer_of = {row["output"]: row["renderer"] for row in table["files"]}

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "sixty-fifth":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2024-03-15", "2024-11-15"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN\n")[0]
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
if [k for k, r in roles.items() if r != "lead"] != ["III.8"] or roles["III.8"] != "requested":
    problems.append("the one requested duty is III.8, no support duty")

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

senders = {}
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    cites = "41/KH-UBND" in src
    if (e["status"] == "ok") != cites or (e["role"] == "other") == cites:
        problems.append("citation vs status/role: " + f)
    want = "unit_plan" if "\n\nKẾ HOẠCH\n" in src else "report"
    if cites and e["role"] != want:
        problems.append("role of %s: %s, its type gives %s" % (f, e["role"], want))
    if e["status"] == "ok":
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
scans = {f[len("inbox/"):] for f, r in renderer_of.items() if r == "scan"}
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f in scans)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
for (body, kind), f in senders.items():
    rows = [c for c in gold["coverage"] if c["body_id"] == body and c["kind"] == kind]
    if not rows or any(c["status"] == "not_submitted" for c in rows):
        problems.append("a counted file leaves rows not_submitted (or has none): " + f)

# the rule on blanket claims: no evidence is a blanket phrase; the all-blanket report is all missing
BLANKET = ("nghiêm túc", "đúng quy định", "kết quả tốt", "chặt chẽ, đúng", "đầy đủ", "đều hoàn thành")
for c in gold["coverage"]:
    if c["status"] in ("covered", "partial") and any(b in c["evidence"] for b in BLANKET):
        problems.append("evidence is a blanket claim: %s %s" % (c["duty_id"], c["body_id"]))
nv = [c["status"] for c in gold["coverage"] if c["body_id"] == "phong-noi-vu" and c["kind"] == "report"]
if set(nv) != {"missing"}:
    problems.append("Phòng Nội vụ's blanket report: every row missing")
# the copied plan: it holds the other holders' duties, word for word, yet rows go to Tử Du only
tudu = "KH 18 THTK, CLP 2024 xa Tu Du.docx"
tudu_src = source_text(src_of["inbox/" + tudu])
copied = [d["id"] for d in gold["duties"] if d["text_start"].replace("huyện", "xã") in tudu_src
          or d["text_start"] in tudu_src]
if len(copied) < 12:
    problems.append("the copied plan holds too few of the master's duties: %s" % copied)
if {c["body_id"] for c in gold["coverage"] if c["evidence_file"] == tudu} != {"uy-ban-nhan-dan-xa-tu-du"}:
    problems.append("the copied plan gives rows to another holder")
if gold["files"][tudu]["body_id"] != "uy-ban-nhan-dan-xa-tu-du":
    problems.append("sender of the copied plan")

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["KH 19 TNMT tiet kiem dat dai, khoang san 2024 (1).docx"]:
    problems.append("one late plan (Phòng TN&MT) expected: %s" % late)
if len(scans) != 1:
    problems.append("one scan expected")
for key in ("rule", "copied duties", "duties"):
    if key not in gold["notes"]:
        problems.append("note missing: " + key)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
