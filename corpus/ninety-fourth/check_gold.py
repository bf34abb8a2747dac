"""Consistency check of corpus/ninety-fourth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/ninety-fourth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; one support (III.4-b) and
one requested (III.5) duty; the roster's one collective (4 pilot schools); one file per holder
and kind; every reply but the unrelated letter cites the plan by number; the English-only report
dated in English on its cover (goldcheck looks for "ngày … tháng … năm …", so its date is checked
here); one late plan (Tủa Chùa); the plan bilingual (every Vietnamese paragraph of section III
followed by its "> " English line or cell).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
src_of = {row["output"]: row["source"] for row in table["files"] if row["renderer"] != "copy"}
for row in table["files"]:
    if row["renderer"] == "copy":
        src_of[row["output"]] = src_of[row["source"]]
ENGLISH = "Truong thi diem/DBD_QPR Q2-2026 WASH in Schools.pdf"
ENGLISH_FILES = {ENGLISH, "Truong thi diem/DBD_QPR Q2-2026 WASH in Schools (1).pdf"}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += [p for p in goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
             if not any(p == "date of %s not in its header" % f for f in ENGLISH_FILES)]
for f in ENGLISH_FILES:
    if "Date: 2 July 2026" not in source_text(src_of["inbox/" + f]) or gold["files"][f]["date"] != "2026-07-02":
        problems.append("English date of " + f)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-06", "2026-07-10"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] not in section_iii:
        problems.append("duty outside section III: " + d["id"])
if not 12 <= len(gold["duties"]) <= 16:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"}
if roles != {"III.4-b": "support", "III.5": "requested"}:
    problems.append("roles: %s" % roles)

# bilingual: each Vietnamese line of section III is followed by its English line, or holds it in a cell
lines = section_iii.strip("\n").split("\n")[2:]
for a, b in zip(lines, lines[1:]):
    if not a.startswith("> ") and " | " not in a and not b.startswith("> "):
        problems.append("no English after: " + a[:40])
for a in lines:
    if " | " in a and a != "Nhiệm vụ | Tasks" and not a.split(" | ")[1].startswith("> "):
        problems.append("table row without English: " + a[:40])

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"cac-truong-pho-thong-dan-toc-noi-tru-thi-diem": 4}:
    problems.append("roster: one collective of 4 schools expected")
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
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["Truong thi diem/KH WASH in schools 2026 - Tua Chua.pdf"]:
    problems.append("one late plan (Tủa Chùa) expected: %s" % late)
for f, e in gold["files"].items():
    cites = "27/KH-SGDĐT" in source_text(src_of["inbox/" + f])
    if cites != (e["status"] != "unrecognized"):
        problems.append("plan citation of " + f)
dup = [f for f, e in gold["files"].items() if e["status"] == "duplicate"]
for f in dup:
    orig = re.sub(r" \(1\)(\.\w+)$", r"\1", f)
    if open(os.path.join(HERE, "inbox", f), "rb").read() != open(os.path.join(HERE, "inbox", orig), "rb").read():
        problems.append("duplicate differs: " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
