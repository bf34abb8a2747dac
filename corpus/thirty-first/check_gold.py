"""Consistency check of corpus/thirty-first/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/thirty-first/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: the duties in the letter's order and under their item number; items 1
and 2 (no holder named) give one duty to EVERY addressee of the Kính gửi; the collective through
all 7 roster members; the unrecognized file does not cite 1432/UBND-VX; the subject-only reply
cites no number.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
import yaml  # noqa: E402

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "thirty-first":
    problems.append("set name")
if gold["plan_due"] != gold["report_due"]:
    problems.append("plan_due should equal report_due (the letter asks for no unit plans)")
src_of = {row["output"]: row["source"] for row in table["files"]}
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))

# the letter's items: "N. …" lines of the body; each duty under its number, in order
body = plan_src.split("thực hiện tốt một số nội dung sau:\n")[1].split("\n\nNơi nhận:")[0]
items = {m.group(1): m.start() for m in re.finditer(r"^(\d+)\. ", body, re.M)}
bounds = sorted(items.values()) + [len(body)]
last = -1
for d in gold["duties"]:
    num = re.split(r"[.-]", d["id"])[0]
    start = items[num]
    end = bounds[bounds.index(start) + 1]
    pos = body.find(d["text_start"], start)
    if pos < 0 or pos >= end:
        problems.append("duty not under its item: " + d["id"])
    if pos < last:
        problems.append("duty out of order: " + d["id"])
    last = max(last, pos)

# Kính gửi: every addressee holds items 1 and 2
kinh_gui = plan_src.split("Kính gửi:\n")[1].split("\n\n")[0].split("\n")
addressees = [goldcheck.slug(l.strip("-;. ").replace("UBND", "Ủy ban nhân dân")) for l in kinh_gui]
for n in ("1", "2"):
    holders = [d["body_id"] for d in gold["duties"] if d["id"].startswith(n + ".")]
    if holders != addressees:
        problems.append("item %s holders %s vs Kính gửi %s" % (n, holders, addressees))

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"uy-ban-nhan-dan-cac-xa-thi-tran": 7}:
    problems.append("roster members")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
senders = {(e["body_id"], "plan" if e["role"] == "unit_plan" else "report"): f
           for f, e in gold["files"].items() if e["status"] == "ok"}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["status"] == "ok" and e["role"] != "report":
        problems.append("every ok reply is a report: " + f)
expected = goldcheck.expected_rows(gold, members)
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)

# citations: the trap and the subject-only reply
for f, e in gold["files"].items():
    text = source_text(src_of["inbox/" + f])
    cites = "1432/UBND-VX" in text
    if e["status"] == "unrecognized" and (cites or "sốt xuất huyết" in text):
        problems.append("the unrecognized file mentions the letter or its topic: " + f)
    if f.startswith("TT Thanh Binh/") and (cites or "V/v triển khai các biện pháp phòng, chống bệnh sốt xuất huyết" not in text):
        problems.append("Thanh Bình should cite the subject only")
    if e["status"] == "ok" and not f.startswith("TT Thanh Binh/") and not cites:
        problems.append("reply without the number: " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
