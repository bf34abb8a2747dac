"""Consistency check of corpus/eighty-fourth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/eighty-fourth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; one support (III.3-a) and
one requested (III.6) duty, the rest lead; the roster's one collective ("Ủy ban nhân dân các xã
trọng điểm chăn nuôi", 4 members named in heading III.5); 6-8 holders; one file per holder and
kind; every reply cites the plan by number; one late report (Lạc Sơn), one unrelated letter; and
the shape of this set, conditional duties:
- the six conditional duties (CONDITIONAL) read as such in the plan ("Khi …", "(nếu có)",
  "… phát sinh"), about a third of the duties;
- the README's rule applied: each reply kind named there has the status the rule gives it, and
  its evidence carries the words of that kind ("không phát sinh", "không ghi nhận", "không phát
  hiện", "Không có trường hợp nào", "sẵn sàng", a case handled, a case handled late).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
COLLECTIVE = "uy-ban-nhan-dan-cac-xa-trong-diem-chan-nuoi"
MEMBERS = {"Hạ Hòa": "uy-ban-nhan-dan-xa-ha-hoa", "Đoan Hùng": "uy-ban-nhan-dan-xa-doan-hung",
           "Yên Lập": "uy-ban-nhan-dan-xa-yen-lap", "Lạc Sơn": "uy-ban-nhan-dan-xa-lac-son"}
SCAN = "CA tinh - BC 156 PC03 (scan).pdf"
LATE, UNRELATED = "BC xa Lac Son 6 thang 2026 (1).docx", "GM 214-SYT hop trien khai tiem Soi Rubella.pdf"
CONDITIONAL = {"III.1-c", "III.2-a", "III.3-b", "III.4-b", "III.5-c", "III.5-d"}
# the rule of the README: (duty, holder, kind) -> (status, words its evidence must hold)
RULE = {
    ("III.1-c", "so-nong-nghiep-va-moi-truong", "report"): ("covered", "tổ công tác"),          # case handled
    ("III.5-c", MEMBERS["Yên Lập"], "report"): ("covered", "tiêu hủy toàn bộ"),               # case handled
    ("III.5-d", MEMBERS["Yên Lập"], "report"): ("covered", "chi hỗ trợ"),                     # case handled
    ("III.5-c", MEMBERS["Lạc Sơn"], "report"): ("partial", "đã tiêu hủy"),                    # handled late
    ("III.5-d", MEMBERS["Lạc Sơn"], "report"): ("missing", ""),                              # not done yet
    ("III.2-a", "so-y-te", "report"): ("covered", "không ghi nhận trường hợp nào"),           # nothing + readiness
    ("III.3-b", "cong-an-tinh-phu-tho", "report"): ("covered", "không phát hiện trường hợp nào"),  # nothing
    ("III.5-c", MEMBERS["Hạ Hòa"], "report"): ("covered", "không phát sinh ổ dịch"),          # nothing
    ("III.5-d", MEMBERS["Hạ Hòa"], "report"): ("covered", "Không có trường hợp nào"),          # nothing
    ("III.5-c", MEMBERS["Đoan Hùng"], "report"): ("covered", "sẵn sàng"),                     # readiness alone
    ("III.5-d", MEMBERS["Đoan Hùng"], "report"): ("missing", ""),                            # silent
    ("III.4-b", "so-tai-chinh", "report"): ("missing", ""),                                  # silent
    ("III.1-c", "so-nong-nghiep-va-moi-truong", "plan"): ("covered", "Khi phát hiện ổ dịch"),  # planned
    ("III.5-c", MEMBERS["Hạ Hòa"], "plan"): ("covered", "Khi phát hiện ổ dịch"),              # planned
    ("III.5-d", MEMBERS["Hạ Hòa"], "plan"): ("missing", ""),                                 # plan silent
}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-10", "2026-06-15"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN\n")[0]
lines = section_iii.split("\n")
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if section_iii.count(d["text_start"]) != 1:
        problems.append("duty outside section III or not unique: " + d["id"])
    line = next((l for l in lines if d["text_start"] in l), "")
    conditional = line.split(") ", 1)[-1].startswith("Khi ") or "(nếu có)" in line or "phát sinh" in line
    if conditional != (d["id"] in CONDITIONAL):
        problems.append("conditional reading of " + d["id"])
if not 12 <= len(gold["duties"]) <= 16:
    problems.append("duty count %d" % len(gold["duties"]))
if not 0.3 <= len(CONDITIONAL) / len(gold["duties"]) <= 0.45:
    problems.append("about a third conditional")
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"III.3-a": "support", "III.6": "requested"}:
    problems.append("III.3-a support, III.6 requested, the rest lead")
heading_5 = next(l for l in lines if l.startswith("5. "))
for name in MEMBERS:
    if name not in heading_5:
        problems.append("member not named in heading III.5: " + name)

names, members = goldcheck.roster(HERE)
if members != {COLLECTIVE: list(MEMBERS.values())}:
    problems.append("roster: one collective of 4 expected: %s" % members)
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
holders = {d["body_id"] for d in gold["duties"]}
if not 6 <= len(holders) <= 8 or holders != (names - set(MEMBERS.values())) | {COLLECTIVE}:
    problems.append("6-8 holders, every roster body holds a duty")

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
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
rows = {(c["duty_id"], c["body_id"], c["kind"]): c for c in gold["coverage"]}
for key, (status, words) in RULE.items():
    c = rows.get(key)
    if not c or c["status"] != status or words not in c["evidence"]:
        problems.append("rule not applied: %s" % (key,))

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late report (Lạc Sơn) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["status"] != "unrecognized":
    problems.append("one unrelated letter expected: %s" % other)
for f in gold["files"]:
    src = source_text(src_of["inbox/" + f])
    if ("18/KH-UBND" in src) == (f == UNRELATED):
        problems.append("plan citation of " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
