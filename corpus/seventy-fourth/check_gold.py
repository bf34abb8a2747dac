"""Consistency check of corpus/seventy-fourth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/seventy-fourth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: the plan's duty table (section III, " | " rows) and its legend
("Ghi chú: CODE: name; …") read from the source; every code of a "Chủ trì" cell is exactly one
duty, in table order, its text_start the start of that row, its holder the legend's full name,
its deadline the row's time; exactly one "Chủ trì" code (TC) is missing from the legend and is read
as Sở Tài chính; "Phối hợp" codes make no duty; the one prose duty is V.2 (Công an tỉnh); the
built DOCX has the table with the codes and the legend in italic; the roster's one collective has
4 members; one file per holder and kind; one late plan (Sở GD&ĐT), one unrelated file (Sín Thầu);
every other reply cites the plan; the scan's evidence is checked against its source only.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
SCAN = "Scan BC 142 Nam Ke PCMT 2026.pdf"
SLIP = {"TC": "Sở Tài chính"}           # the code the legend leaves out, as the gold reads it
WHEN = {"Thường xuyên": None, "Tháng 5/2026": "2026-05", "Quý I/2026": "2026-03",
        "Từ 01/4 đến 30/6/2026": "2026-06-30", "Quý III/2026": "2026-09", "Trước ngày 31/3/2026": "2026-03-31",
        "Tháng 10/2026": "2026-10", "Tháng 6/2026": "2026-06", "Quý II, quý IV/2026": "2026-12"}
EXPAND = {"UBND": "Ủy ban nhân dân"}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
built_plan = built_text(gold["plan"])
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_plan))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-13", "2026-11-20"):
    problems.append("due dates")

# the table and its legend, as the source types them
lines = plan_src.split("\n")
rows = [[c.strip() for c in l.split(" | ")] for l in lines if " | " in l]
header, rows = rows[0], rows[1:]
if header != ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian hoàn thành"]:
    problems.append("table header")
legend_line = next(l for l in lines if l.startswith("Ghi chú: "))
legend = {}
for item in legend_line[len("Ghi chú: "):].rstrip(".").split("; "):
    code, _, name = item.partition(": ")
    legend[code] = name
def full(code):
    name = legend.get(code) or SLIP[code]
    for k, v in EXPAND.items():
        name = re.sub(r"\b%s\b" % k, v, name)
    return name
codes_lead = [c for r in rows for c in r[2].split(", ")]
codes_support = [c for r in rows for c in r[3].split(", ")]
missing = sorted({c for c in codes_lead + codes_support if c not in legend})
if missing != ["TC"]:
    problems.append("codes missing from the legend: %s (TC alone expected)" % missing)
if any(c in legend_line for c in ("TC:", "Tài chính")):
    problems.append("the legend must leave TC out")
if not {"MT", "BPTTH"} <= set(codes_support) or {"MT", "BPTTH"} & set(codes_lead):
    problems.append("MT and BPTTH only in the Phối hợp column")

expected = []
for r in rows:
    leads = r[2].split(", ")
    for c in leads:
        did = "III.%s" % r[0] + ("-%s" % c.lower() if len(leads) > 1 else "")
        expected.append((did, full(c), WHEN[r[4]], r[1]))
expected.append(("V.2", "Công an tỉnh", "2026-11-30", None))
if [e[0] for e in expected] != [d["id"] for d in gold["duties"]]:
    problems.append("duties are not the table's Chủ trì codes in order (+ V.2): %s" % [e[0] for e in expected])
names, members = goldcheck.roster(HERE)
for (did, body, dl, text), d in zip(expected, gold["duties"]):
    if d["body"] != body:
        problems.append("holder of %s: %s vs legend %s" % (did, d["body"], body))
    if d["deadline"] != dl:
        problems.append("deadline of " + did)
    if text is not None and not text.startswith(d["text_start"]):
        problems.append("text_start not the start of its row: " + did)
    if d["role"] != "lead" or d["collective"] != (d["body_id"] in members):
        problems.append("role/collective of " + did)
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + did)
if "2. Giao Công an tỉnh là cơ quan thường trực" not in plan_src:
    problems.append("V.2 text")
if not 14 <= len(gold["duties"]) <= 18 or len({d["body_id"] for d in gold["duties"]}) != 8:
    problems.append("14-18 duties of 8 holders expected")

# the built plan: a Word table with the codes, the legend in italic under it
from docx import Document  # noqa: E402
doc = Document(os.path.join(HERE, gold["plan"]))
t = next(t for t in doc.tables if t.rows[0].cells[0].text == "STT")
if [r.cells[2].text for r in t.rows[1:]] != [r[2] for r in rows]:
    problems.append("built table's Chủ trì column")
leg = next((p for p in doc.paragraphs if p.text.startswith("Ghi chú:")), None)
if leg is None or not all(r.italic for r in leg.runs) or leg.text != legend_line:
    problems.append("built legend")

if {k: len(v) for k, v in members.items()} != {goldcheck.slug("Ủy ban nhân dân các xã Sín Thầu, Mường Nhé, Nậm Kè, Nà Bủng"): 4}:
    problems.append("roster: one collective of 4 xã expected")
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
if late != ["SGDDT_KH 312 giao duc PCMT truong hoc vung bien.doc"]:
    problems.append("one late plan (Sở GD&ĐT) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != ["UBND Sin Thau - BC 37 PCCCR mua kho.docx"]:
    problems.append("one unrelated file (Sín Thầu) expected: %s" % other)
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    if ("28/KH-UBND" in src) != (e["status"] == "ok"):
        problems.append("plan citation of " + f)
    if not re.search(r"^Số: \d+/", src, re.M):
        problems.append("number of " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
