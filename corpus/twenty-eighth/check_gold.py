"""Consistency check of corpus/twenty-eighth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/twenty-eighth/check_gold.py   (prints OK or the problems)
The lesson plan's date is "Ngày soạn: 02/10/2025" (no "ngày … tháng … năm" line): checked as such.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
import yaml  # noqa: E402

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
LESSON = "GVCN/KHBD HDTN 10 - Chu de 2.docx"

problems = goldcheck.not_nfc(HERE)
src_of = {row["output"]: row["source"] for row in table["files"]}
plan_src = source_text(src_of[gold["plan"]])
problems += [p for p in goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
             if p != "date of %s not in its header" % LESSON]
if "Ngày soạn: 02/10/2025" not in source_text(src_of["inbox/" + LESSON]) or gold["files"][LESSON]["date"] != "2025-10-02":
    problems.append("date of the lesson plan")
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))

# holders: single ones in the roster; "Các tổ chuyên môn" through its roster members;
# "Giáo viên chủ nhiệm các lớp" (no roster) through the members that sent something
roster = yaml.safe_load(open(os.path.join(HERE, "roster.yaml"), encoding="utf-8"))["bodies"]
names = {goldcheck.slug(b["name"]) for b in roster}
members = {}
for b in roster:
    if b.get("member_of"):
        members.setdefault(goldcheck.slug(b["member_of"]), []).append(goldcheck.slug(b["name"]))
holders = {d["body_id"] for d in gold["duties"]}
senders = {(e["body_id"], "plan" if e["role"] == "unit_plan" else "report"): f
           for f, e in gold["files"].items() if e["status"] == "ok"}
gvcn = sorted({b for (b, _k) in senders if b not in names})
if gvcn != ["giao-vien-chu-nhiem-lop-11a3"]:
    problems.append("senders outside the roster: %s" % gvcn)
for d in gold["duties"]:
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
    if d["collective"] and d["body_id"] not in members and d["body_id"] != "giao-vien-chu-nhiem-cac-lop":
        problems.append("collective without members: " + d["id"])
expected = {(d["id"], h, k) for d in gold["duties"]
            for h in (members.get(d["body_id"], gvcn) if d["collective"] else [d["body_id"]])
            for k in ("plan", "report")}
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
