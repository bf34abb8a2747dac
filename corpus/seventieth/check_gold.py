"""Consistency check of corpus/seventieth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/seventieth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; the one support duty
(III.4) and the two requested ones (III.6, III.7); the roster's one collective ("Các bệnh viện
tuyến tỉnh", 4 members); one file per holder and kind; every reply but the unrelated công văn
cites the plan by number; one late report (Bệnh viện Sản - Nhi); the plan's appendix is a report
form with the three status columns; and the marks themselves: every filled-in row carries exactly
one status mark, read here from the sources and compared with what the gold concludes (a mark
the gold does not follow must be explained in a note that says the mark contradicts the text).
"""
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
src_of = {row["output"]: row["source"] for row in table["files"]}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-27", "2026-11-20"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ\n")[0]
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
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"III.4": "support", "III.6": "requested", "III.7": "requested"}:
    problems.append("roles: III.4 support, III.6 and III.7 requested, the rest lead")
if len({d["body_id"] for d in gold["duties"]}) != 7:
    problems.append("7 holders expected")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"cac-benh-vien-tuyen-tinh": 4}:
    problems.append("roster: one collective of 4 hospitals expected")
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
if late != ["BVSN - bao cao PCTHTL 2026 (1).docx"]:
    problems.append("one late report (Bệnh viện Sản - Nhi) expected: %s" % late)
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    if ("412/KH-SYT" in src) != (e["status"] == "ok"):
        problems.append("plan citation of " + f)

# the appendix: a blank report form with the three status columns, one row per duty
appendix = plan_src.split("\f")[1]
form_rows = [goldcheck.re.split(r"\s*\|\s*", l) for l in appendix.splitlines() if " | " in l]
if form_rows[0][2:5] != ["Đã thực hiện", "Đang thực hiện", "Chưa thực hiện"]:
    problems.append("the form's status columns")
if len([r for r in form_rows[1:] if "<" not in r]) != len(gold["duties"]):
    problems.append("the form: one row per duty")

# the marks, read from the sources: (file, row label) -> done / doing / not
DONE, DOING, NOT = "done", "doing", "not"
marks = {}
for f, e in gold["files"].items():
    src = src_of["inbox/" + f]
    if e["status"] != "ok":
        continue
    if src.endswith(".yaml"):
        d = yaml.safe_load(open(os.path.join(HERE, "src", src), encoding="utf-8"))
        col = d["columns"][3]
        for row in d["rows"]:
            v = row[3]
            if col == "Tiến độ (%)":
                marks[(f, row[0])] = DONE if v == 100 else (NOT if v == 0 else DOING)
            elif col == "Hoàn thành (Có/Không)":
                marks[(f, row[0])] = {"Có": DONE, "Không": NOT}[v]
            else:
                problems.append("workbook status column of " + f)
        continue
    for line in source_text(src).splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 4 or cells[0] in ("TT", "STT") or "<" in cells:
            continue
        if len(cells) == 6:   # the form's three columns: one mark, x / X / ✓
            ticked = [k for k in (2, 3, 4) if cells[k]]
            if len(ticked) != 1 or cells[ticked[0]] not in ("x", "X", "✓"):
                problems.append("not one mark in %s row %s" % (f, cells[0]))
                continue
            marks[(f, cells[0])] = {2: DONE, 3: DOING, 4: NOT}[ticked[0]]
        elif len(cells) == 4:  # checkbox glyphs in one cell
            boxes = re.findall(r"([☒☐■□]) (Đã|Chưa)", cells[2])
            on = [w for g, w in boxes if g in "☒■"]
            if len(boxes) != 2 or len(on) != 1:
                problems.append("not one checked box in %s row %s" % (f, cells[0]))
                continue
            marks[(f, cells[0])] = DONE if on[0] == "Đã" else NOT
expected_marks = {   # the shape of each reply, as written
    "KSBT/BC 286-KSBT KQ PCTHTL 2026.docx": {"a": DOING, "b": DONE, "c": NOT, "d": DOING},
    "BVDK_BC 214 ket qua PCTH thuoc la.docx": {"a": DONE, "b": DOING, "c": DONE},
    "BV YHCT bao cao thuoc la 2026.docx": {"1": DONE, "2": NOT, "3": DONE},
    "BVP_BC 131 theo mau phu luc KH 412.pdf": {"a": DONE, "b": DONE, "c": NOT},
    "BVSN - bao cao PCTHTL 2026 (1).docx": {"1": DONE, "2": NOT, "3": DONE},
    "PNVY/Tien do KH 412 - PNVY.xlsx": {"1": DOING, "2": DONE, "3": NOT},
    "VP So_bieu BC thuoc la.xlsx": {"1": DONE, "2": NOT},
}
got = {}
for (f, label), m in marks.items():
    got.setdefault(f, {})[label] = m
for f, want in expected_marks.items():
    if got.get(f) != want:
        problems.append("marks of %s: %s" % (f, got.get(f)))
if set(got) != set(expected_marks):
    problems.append("files with marks: %s" % sorted(got))

# each mark against the gold: done -> covered, not -> missing, doing -> covered or partial;
# a "not" row with some work done may be partial; any other disagreement needs a
# "CONTRADICTS" note
duty_of_label = {"a": "-a", "b": "-b", "c": "-c", "d": "-d", "1": "-a", "2": "-b", "3": "-c"}
status = {(c["duty_id"], c["body_id"], c["evidence_file"]): c["status"] for c in gold["coverage"]}
fits = {DONE: {"covered"}, DOING: {"covered", "partial"}, NOT: {"missing", "partial"}}
contradicted = 0
for (f, label), m in marks.items():
    body = gold["files"][f]["body_id"]
    rows = [(k, s) for k, s in status.items() if k[1] == body and k[2] == f and k[0].endswith(duty_of_label[label])]
    if len(rows) != 1:
        problems.append("no gold row for %s %s" % (f, label))
        continue
    (duty, _, _), s = rows[0]
    if s not in fits[m]:
        contradicted += 1
        note = gold["notes"].get("%s / %s / report" % (duty, body), "")
        if "CONTRADICTS" not in note:
            problems.append("mark %s but %s without a contradiction note: %s %s" % (m, s, f, label))
if contradicted != 2:
    problems.append("two contradicted marks expected (Bệnh viện Phổi b and c): %d" % contradicted)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
