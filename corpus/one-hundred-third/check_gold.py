"""Consistency check of corpus/one-hundred-third/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-third/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: the responsibility matrix. Every CT or PH cell of the "Bảng phân công
nhiệm vụ" in section IV is exactly one duty (IV.<STT>-<column code>: its holder the column's body
expanded, role lead for CT and support for PH, its text_start the start of that row, its deadline
the row's "Thời gian hoàn thành" converted by hand below) and there is no other duty; the built
DOCX holds the same matrix as a Word table in a landscape section between portrait ones, with the
legend under it; the roster's one collective (4 thôn, tổ dân phố); one file per holder and kind;
every ok reply cites the plan; one late plan (Trạm Y tế), one unrelated file, one scan.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
SCANS = {"scan_BCHQS_28072026.pdf"}

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-third":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-06-25", "2026-07-30"):
    problems.append("due dates")
section_iv = plan_src.split("\nIV. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nBẢNG PHÂN CÔNG NHIỆM VỤ\n")[0]
if "trước ngày 25/6/2026" not in section_iv or "trước ngày 30/7/2026" not in section_iv:
    problems.append("the text before the matrix gives both due dates")

# the matrix of the source: header row 2 names the bodies, last column the time
COLUMN = {"Phòng VH-XH": ("vhxh", "Phòng Văn hóa - Xã hội"), "Phòng KT": ("kt", "Phòng Kinh tế"),
          "VP HĐND-UBND": ("vp", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"),
          "CA xã": ("ca", "Công an xã"), "BCHQS xã": ("qs", "Ban Chỉ huy quân sự xã"),
          "TYT": ("tyt", "Trạm Y tế xã"), "UBMTTQ": ("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
          "Các thôn, TDP": ("thon", "Các thôn, tổ dân phố")}
WHEN = {"Trước ngày 30/6/2026": "2026-06-30", "Trước ngày 05/7/2026": "2026-07-05",
        "Từ ngày 10/7 đến ngày 28/7/2026": "2026-07-28", "Trước ngày 20/7/2026": "2026-07-20",
        "Từ ngày 20/7 đến ngày 25/7/2026": "2026-07-25", "Tối ngày 26/7/2026": "2026-07-26",
        "Trong thời gian tổ chức các hoạt động": None, "Tháng 7/2026": "2026-07",
        "Trước ngày 27/7/2026": "2026-07-27", "Thường xuyên": None,
        "Từ ngày 20/7 đến ngày 27/7/2026": "2026-07-27"}
ROLE = {"CT": "lead", "PH": "support"}
rows = [[c.strip() for c in line.split("|")] for line in plan_src.split("\n") if "|" in line]
columns = [COLUMN[c] for c in rows[1][2:-1]]
cells = {}   # duty id -> (holder name, role, row text, deadline)
for row in rows[2:]:
    if len(row) != len(rows[0]):
        problems.append("row %s has %d cells" % (row[0], len(row)))
    marks = row[2:-1]
    if "CT" not in marks:
        problems.append("row %s without a CT cell" % row[0])
    for (code, name), mark in zip(columns, marks):
        if mark not in ("", "CT", "PH"):
            problems.append("odd cell %r in row %s" % (mark, row[0]))
        if mark:
            cells["IV.%s-%s" % (row[0], code)] = (name, ROLE[mark], row[1], WHEN[row[-1]])
if not 10 <= len(rows) - 2 <= 14 or len(columns) != 8:
    problems.append("matrix of %d rows, %d bodies" % (len(rows) - 2, len(columns)))
if sum(1 for r in rows[2:] if r[2:-1].count("CT") == 2) < 2:
    problems.append("some rows have two CT cells")
duty_ids = [d["id"] for d in gold["duties"]]
if sorted(duty_ids) != sorted(cells):
    problems.append("duties vs marked cells: %s" % (set(duty_ids) ^ set(cells)))
for d in gold["duties"]:
    name, role, text, when = cells.get(d["id"], (None,) * 4)
    if name is None:
        continue
    if (d["body"], d["role"], d["deadline"]) != (name, role, when) or not text.startswith(d["text_start"]):
        problems.append("duty vs its cell: " + d["id"])
    if d["collective"] != (d["id"].endswith("-thon")):
        problems.append("collective flag: " + d["id"])

# the built plan: the same matrix as a Word table, in a landscape section, the legend under it
from docx import Document  # noqa: E402
doc = Document(os.path.join(HERE, gold["plan"]))
matrix = [t for t in doc.tables if len(t.columns) == len(rows[0])]
if len(matrix) != 1:
    problems.append("one matrix table in the plan DOCX expected")
else:
    t = matrix[0]
    built = [[t.cell(r, c).text for c in range(len(rows[0]))] for r in range(2, len(t.rows))]
    if built != [r for r in rows[2:]]:
        problems.append("built matrix differs from the source")
    if [t.cell(1, c).text for c in range(2, len(rows[0]) - 1)] != rows[1][2:-1]:
        problems.append("built column headers differ")
orients = [s.orientation for s in doc.sections]
if [int(o) for o in orients] != [0, 1, 0]:
    problems.append("sections portrait / landscape / portrait expected: %s" % orients)
if not any(p.text.startswith("Ghi chú: CT – chủ trì; PH – phối hợp") for p in doc.paragraphs):
    problems.append("legend under the matrix")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"cac-thon-to-dan-pho": 4}:
    problems.append("roster: one collective of 4 thôn, tổ dân phố expected")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag vs roster: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["status"] == "ok":
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
        if "142/KH-UBND" not in source_text(src_of["inbox/" + f]):
            problems.append("plan citation of " + f)
    elif "142/KH-UBND" in source_text(src_of["inbox/" + f]):
        problems.append("the unrelated file cites the plan: " + f)
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f in SCANS)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["TYT - KH kham SK, cap thuoc nguoi co cong 2026.docx"]:
    problems.append("one late plan (Trạm Y tế) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != ["CV 52-CAX ATGT dip he 2026.docx"] or gold["files"][other[0]]["role"] != "other":
    problems.append("one unrelated file expected: %s" % other)
scans = [r["output"] for r in table["files"] if r["renderer"] == "scan"]
if scans != ["inbox/" + f for f in SCANS]:
    problems.append("one scan expected: %s" % scans)
statuses = {c["status"] for c in gold["coverage"]}
if statuses != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("statuses: %s" % statuses)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
