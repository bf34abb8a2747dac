"""Consistency check of corpus/seventy-second/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/seventy-second/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: every duty is a row of the appendix table (after the form feed of the
plan's source), in table order; its holder and deadline are the ones the row's merged cells give
("^" resolved upwards, as the reader of the Word table sees them); the one row left out is
"Các sở, ngành theo chức năng"; the built plan really has vertically merged "Cơ quan chủ trì" and
"Thời gian hoàn thành" cells and group rows spanning the table; the roster's one collective has 4
members; one file per holder and kind; every reply but the unrelated one cites the plan; one late
plan (Vỹ Dạ); the scan's evidence is checked against its source only.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
SCAN = "Scan KH SXD chinh trang ha tang dem.pdf"
COLL = "Ủy ban nhân dân các phường Phú Xuân, Thuận Hóa, Vỹ Dạ, Thuận An"
HOLDER = {"Sở Du lịch": "Sở Du lịch", "Sở Tài chính": "Sở Tài chính", "Sở Văn hóa và Thể thao": "Sở Văn hóa và Thể thao",
          "Sở Công Thương": "Sở Công Thương", "Sở Xây dựng": "Sở Xây dựng", "Công an thành phố": "Công an thành phố Huế",
          "UBND các phường: Phú Xuân, Thuận Hóa, Vỹ Dạ, Thuận An": COLL}
WHEN = {"Quý II/2026": "2026-06", "Tháng 6/2026": "2026-06", "Từ tháng 4 đến tháng 10/2026": "2026-10",
        "Tháng 5/2026": "2026-05", "Quý III/2026": "2026-09", "Trước ngày 30/4/2026": "2026-04-30",
        "Thường xuyên": None, "Tháng 4/2026": "2026-04", "Trước ngày 30/11/2026": "2026-11-30"}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
built_plan = built_text(gold["plan"])
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_plan))
if (gold["plan_due"], gold["report_due"]) != ("2026-03-31", "2026-11-20"):
    problems.append("due dates")

# the appendix table as the reader of the Word table has it: merged cells resolved upwards
body, appendix = plan_src.split("\n\f\n")
rows = [[c.strip() for c in line.split("|")] for line in appendix.split("\n") if "|" in line]
resolved, group, stt = [], None, []
for r, row in enumerate(rows[1:], 1):
    if row[1] == "<":
        group = row[0].split(".")[0]
        continue
    full = list(row)
    for c in range(len(full)):
        k = r
        while rows[k][c] == "^":
            k -= 1
        full[c] = rows[k][c]
    resolved.append(("PL-%s.%s" % (group, row[0]), full))
    stt.append((group, row[0]))
for g in {g for g, _ in stt}:
    if [n for h, n in stt if h == g] != [str(i) for i in range(1, 1 + sum(h == g for h, _ in stt))]:
        problems.append("STT does not restart at 1 in group " + g)
by_id = dict(resolved)
left_out = [i for i, full in resolved if i not in {d["id"] for d in gold["duties"]}]
if left_out != ["PL-IV.5"] or by_id["PL-IV.5"][2] != "Các sở, ngành theo chức năng":
    problems.append("the one row left out is IV.5, 'Các sở, ngành theo chức năng': %s" % left_out)
order = [i for i, _ in resolved if i != "PL-IV.5"]
if [d["id"] for d in gold["duties"]] != order:
    problems.append("duties not in table order")
for d in gold["duties"]:
    full = by_id.get(d["id"])
    if full is None:
        problems.append("no table row for " + d["id"])
        continue
    if not full[1].startswith(d["text_start"]):
        problems.append("text_start is not the start of its row: " + d["id"])
    if HOLDER.get(full[2]) != d["body"]:
        problems.append("holder of %s: row says %s" % (d["id"], full[2]))
    if full[5] not in WHEN or WHEN[full[5]] != d["deadline"]:
        problems.append("deadline of %s: row says %s" % (d["id"], full[5]))
    if d["role"] != "lead" or d["collective"] != (d["body"] == COLL):
        problems.append("role/collective of " + d["id"])
if len(gold["duties"]) != 17 or len({d["body_id"] for d in gold["duties"]}) != 7:
    problems.append("17 duties of 7 holders expected")
if "Các sở, ngành theo chức năng" in body or "Phụ lục" not in body:
    problems.append("the body names no holder and points to the appendix")

# the built plan: vertical merges in the holder and time columns, group rows across the table
from docx import Document  # noqa: E402
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
doc = Document(os.path.join(HERE, gold["plan"]))
t = doc.tables[-1]
merged = {2: 0, 5: 0}
spans = 0
for tr in t._tbl.tr_lst:
    col = 0
    for tc in tr.tc_lst:
        if tc.tcPr is not None and tc.tcPr.find(W + "vMerge") is not None and col in merged:
            merged[col] += 1
        span = tc.tcPr.find(W + "gridSpan") if tc.tcPr is not None else None
        if span is not None and span.get(W + "val") == "6":
            spans += 1
        col += int(span.get(W + "val")) if span is not None else 1
if merged[2] < 10 or merged[5] < 8 or spans != 4:
    problems.append("built table merges: %s, %d group rows" % (merged, spans))
if doc.sections[-1].orientation != 1:
    problems.append("the appendix is not landscape")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {goldcheck.slug(COLL): 4}:
    problems.append("roster: one collective of 4 phường expected")
for d in gold["duties"]:
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
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["phuong Vy Da/KH 57-UBND kinh te ban dem Vy Da 2026.docx"]:
    problems.append("one late plan (Vỹ Dạ) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != ["BC 318-UBND phuong Thuan Hoa.pdf"]:
    problems.append("one unrelated file (Thuận Hóa) expected: %s" % other)
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    if ("96/KH-UBND" in src) != (e["status"] == "ok"):
        problems.append("plan citation of " + f)
    if not re.search(r"^Số: \d+/", src, re.M):
        problems.append("number of " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
