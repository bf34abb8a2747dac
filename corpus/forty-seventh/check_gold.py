"""Consistency check of corpus/forty-seventh/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/forty-seventh/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: plan_due is null (the Thông báo asks for no unit plans), so the file
check runs with the report due date only and every plan-kind row must be not_submitted; no roster:
the collective's rows are those of the members that sent something; every duty lies after
"Giao nhiệm vụ cụ thể" and before the reporting sentence; the police report cites the meeting's
date and not the number, every other reply the number.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "forty-seventh" or gold["plan_due"] is not None:
    problems.append("set name or plan_due (must be null)")
src_of = {row["output"]: row["source"] for row in table["files"]}
plan_src = source_text(src_of[gold["plan"]])
g = dict(gold, plan_due=gold["report_due"])  # no unit plans asked; no file is a unit_plan
problems += goldcheck.file_problems(HERE, g, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))

start = plan_src.index("Giao nhiệm vụ cụ thể")
end = plan_src.index("Các sở, ngành, địa phương được giao nhiệm vụ báo cáo")
last = start
for d in gold["duties"]:
    pos = plan_src.find(d["text_start"], last)
    if not start < pos < end:
        problems.append("duty out of place or order: " + d["id"])
    last = max(last, pos + 1)

senders = {(e["body_id"], "plan" if e["role"] == "unit_plan" else "report"): f
           for f, e in gold["files"].items() if e["status"] == "ok"}
holders = {d["body_id"] for d in gold["duties"] if not d["collective"]}
members = sorted({b for (b, _k) in senders if b not in holders})
if members != ["uy-ban-nhan-dan-huyen-binh-dai", "uy-ban-nhan-dan-huyen-thanh-phu"]:
    problems.append("senders outside the single holders: %s" % members)
for f, e in gold["files"].items():
    if e["role"] != "report":
        problems.append("every reply is a report: " + f)
expected = {(d["id"], h, k) for d in gold["duties"]
            for h in (members if d["collective"] else [d["body_id"]]) for k in ("plan", "report")}
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)
if any(c["kind"] == "plan" and c["status"] != "not_submitted" for c in gold["coverage"]):
    problems.append("a plan-kind row is not not_submitted")

for f, e in gold["files"].items():
    text = source_text(src_of["inbox/" + f])
    cites = "286/TB-UBND" in text
    if f.startswith("CAT_"):
        if cites or "cuộc họp ngày 07/8/2024" not in text:
            problems.append("the police report should cite the meeting's date only")
    elif not cites:
        problems.append("reply without the number: " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
