"""Consistency check of corpus/thirty-seventh/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/thirty-seventh/check_gold.py   (prints OK or the problems)
Set-specific: on_time is checked against each file's OWN deadline (a self-report: 05 working days
before its unit's inspection date in the plan's schedule table; the remediation report: 30 days
after the Thông báo kết luận it cites), not against report_due; report_due must be the earliest
self-report deadline and plan_due IV.1-a's deadline; one holder (Đức Thọ) sends two reports, so
evidence files are checked against all of the holder's files of that kind.
"""
import os
import re
import sys
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
problems = goldcheck.not_nfc(HERE)
src_of = {row["output"]: row["source"] for row in table["files"]}
plan_src = source_text(src_of[gold["plan"]])
# the generic file check, minus its on_time verdicts (one due date for all): done below per file
problems += [p for p in goldcheck.file_problems(HERE, gold, source_text, src_of)
             if not p.startswith("on_time of ")]
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))

# duties in plan order
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at

# the schedule (III.1 table rows) -> each unit's self-report deadline, 05 working days before
HOLIDAYS = {date(2025, 4, 30), date(2025, 5, 1), date(2025, 5, 2), date(2025, 9, 1), date(2025, 9, 2)}


def working_days_before(d, n):
    while n:
        d -= timedelta(days=1)
        if d.weekday() < 5 and d not in HOLIDAYS:
            n -= 1
    return d


schedule = {}
for m in re.finditer(r"^\d \| (.+?) \| Ngày (\d+)/(\d+)/(\d{4}) \|", plan_src, re.M):
    name = m.group(1).replace("UBND ", "Ủy ban nhân dân ")
    schedule[goldcheck.slug(name)] = date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
due = {b: working_days_before(d, 5) for b, d in schedule.items()}
names, members = goldcheck.roster(HERE)
if sorted(schedule) != sorted(members.get("cac-don-vi-duoc-kiem-tra", [])):
    problems.append("roster members != schedule table: %s" % sorted(schedule))
if gold["report_due"] != min(due.values()).isoformat():
    problems.append("report_due is not the earliest self-report deadline %s" % min(due.values()))
if "trước ngày " + "05/5/2025" not in plan_src or gold["plan_due"] != "2025-05-05":
    problems.append("plan_due")
REMEDY = "Duc Tho/BC 402 khac phuc sau kiem tra.pdf"
for f, e in gold["files"].items():
    if e["status"] != "ok" or e["role"] not in ("unit_plan", "report"):
        if e.get("on_time"):
            problems.append("on_time given for a non-plan/report: " + f)
        continue
    d = date.fromisoformat(e["date"])
    if e["role"] == "unit_plan":
        limit = date.fromisoformat(gold["plan_due"])
    elif f == REMEDY:
        m = re.search(r"Thông báo số \S+ ngày (\d+)/(\d+)/(\d{4})", source_text(src_of["inbox/" + f]))
        limit = date(int(m.group(3)), int(m.group(2)), int(m.group(1))) + timedelta(days=30)
    else:
        limit = due[e["body_id"]]
    # clear of the deadline either way, also if "05 working days" is counted one day stricter
    if d in (limit, limit - timedelta(days=1)) or (d <= limit) != (e["on_time"] == "yes") \
            or (d <= limit - timedelta(days=1)) != (e["on_time"] == "yes"):
        problems.append("on_time of %s (due %s)" % (f, limit))

# holders and rows
for d in gold["duties"]:
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
    if d["collective"] and d["body_id"] not in members:
        problems.append("collective without members: " + d["id"])
sent = {}
for f, e in gold["files"].items():
    if e["status"] == "ok" and e["role"] in ("unit_plan", "report"):
        sent.setdefault((e["body_id"], "plan" if e["role"] == "unit_plan" else "report"), []).append(f)
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
senders = {k: v[0] for k, v in sent.items()}
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, strict=False)
for c in gold["coverage"]:
    files = sent.get((c["body_id"], c["kind"]), [])
    if c["status"] == "not_submitted" and (c["evidence"] or c["evidence_file"]):
        problems.append("not_submitted row with evidence: %s" % (c,))
    if c["status"] in ("covered", "partial", "missing") and c["evidence_file"] not in files:
        problems.append("evidence file not the holder's: %s" % (c,))
# replies cite the plan by number, all but the remediation report
for f, e in gold["files"].items():
    if ("512/KH-SNV" in source_text(src_of["inbox/" + f])) != (f != REMEDY):
        problems.append("plan citation of " + f)
# one scanned page: the Sở Y tế letter, no text layer
import pdfplumber  # noqa: E402
scans = [r["output"] for r in table["files"] if r["renderer"] == "build.seal_scan"]
with pdfplumber.open(os.path.join(HERE, scans[0])) as pdf:
    if len(scans) != 1 or len(pdf.pages) != 1 or (pdf.pages[0].extract_text() or "").strip():
        problems.append("the scan: one image-only page expected")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
