"""Consistency check of corpus/thirty-third/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/thirty-third/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: the matrix. Every CT cell of the appendix is exactly one duty (PL-<row>,
its holder the column's unit, its text_start in that row, its deadline the row's "Thời gian"
converted by hand below); no duty for a PH cell; the prose duties V.1 and V.3 sit in section V.
No roster: "Các trường MN, TH, THCS" (collective) has rows only for its member that sent something.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "thirty-third":
    problems.append("set name")
src_of = {row["output"]: row["source"] for row in table["files"]}
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))

# the matrix: columns 3.. are the units (second header row), a CT cell is a lead duty
COLUMN_HOLDER = {"Phòng Văn hóa - Xã hội": "phong-van-hoa-xa-hoi", "Công an xã": "cong-an-xa",
                 "Văn phòng HĐND và UBND xã": "van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan-xa",
                 "Phòng Kinh tế": "phong-kinh-te", "Trạm Y tế xã": "tram-y-te-xa",
                 "Ban CHQS xã": "ban-chi-huy-quan-su-xa",
                 "Các trường MN, TH, THCS": "cac-truong-mam-non-tieu-hoc-trung-hoc-co-so"}
WHEN = {"Tháng 3/2026": "2026-03", "Thường xuyên": None, "Tháng 5/2026": "2026-05", "Tháng 6/2026": "2026-06",
        "Quý I/2026": "2026-03", "Từ tháng 01 đến tháng 4/2026": "2026-04", "Quý II/2026": "2026-06",
        "Năm 2026": "2026", "Tháng 11/2026": "2026-11", "Quý IV/2026": "2026-12"}
rows = [[c.strip() for c in line.split("|")] for line in plan_src.split("\f")[1].split("\n") if "|" in line]
units = [COLUMN_HOLDER[c] for c in rows[1][3:]]
matrix = {}   # (row number, holder) -> (text, time)
for row in rows[2:]:
    if "<" in row:
        continue
    for c, mark in enumerate(row[3:]):
        if mark not in ("", "CT", "PH"):
            problems.append("odd cell %r in row %s" % (mark, row[0]))
        if mark == "CT":
            matrix[(row[0], units[c])] = (row[1], row[2])
pl = {}
for d in gold["duties"]:
    if not d["id"].startswith("PL-"):
        if d["text_start"] not in plan_src.split("\nV. TỔ CHỨC THỰC HIỆN\n")[1].split("\nNơi nhận:")[0]:
            problems.append("prose duty not in V: " + d["id"])
        continue
    n = d["id"].split("-")[1]
    pl[(n, d["body_id"])] = d
    cell = matrix.get((n, d["body_id"]))
    if cell is None:
        problems.append("duty without a CT cell: " + d["id"])
        continue
    if not cell[0].startswith(d["text_start"]) or WHEN[cell[1]] != d["deadline"] or d["role"] != "lead":
        problems.append("duty vs its row: " + d["id"])
for key in matrix:
    if key not in pl:
        problems.append("CT cell without a duty: %s %s" % key)

holders = {(d["id"]): d for d in gold["duties"]}
senders = {(e["body_id"], "plan" if e["role"] == "unit_plan" else "report"): f
           for f, e in gold["files"].items() if e["status"] == "ok"}
members = {"cac-truong-mam-non-tieu-hoc-trung-hoc-co-so": ["truong-trung-hoc-co-so-ngoc-lac"]}
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
single = {d["body_id"] for d in gold["duties"] if not d["collective"]}
for (b, _k) in senders:
    if b not in single and b not in members["cac-truong-mam-non-tieu-hoc-trung-hoc-co-so"]:
        problems.append("sender holds no duty: " + b)
expected = goldcheck.expected_rows(gold, members)
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
