"""Consistency check of corpus/fifty-first/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/fifty-first/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: body duties in plan order inside section III, Phụ lục-only duties
(PL-<row>) in row order and each on its own Phụ lục row, whose holder cell is an abbreviation;
the one requested duty (III.7); the roster's one collective (5 members); one file per holder and
kind; every reply but the unrelated Giấy mời cites the plan by number; one late plan (Phòng
LĐ-TB&XH); the scan checked against its source only; the spreadsheet's notes count as its text.
"""
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, plain_source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}


def source_text(src):
    """goldcheck's source text, plus the notes under the table of the figures sheet."""
    text = plain_source_text(src)
    if src.endswith(".yaml"):
        d = yaml.safe_load(open(os.path.join(HERE, "src", src), encoding="utf-8"))
        text += "\n" + "\n".join(d.get("notes", []))
    return text


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2024-11-08", "2025-02-21"):
    problems.append("due dates")

main_text, appendix = plan_src.split("\n\f\n")
section_iii = main_text.split("\nIII. NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN\n")[0]
rows = {}
for line in appendix.split("\n"):
    cells = [c.strip() for c in line.split("|")]
    if len(cells) == 5 and cells[0].isdigit():
        rows[cells[0]] = cells
ABBREV = {"trung-tam-y-te-huyen": "TTYT huyện", "phong-giao-duc-va-dao-tao": "Phòng GD&ĐT",
          "cong-an-huyen": "CA huyện", "uy-ban-nhan-dan-cac-xa-thi-tran": "HĐNVQS các xã, TT"}
pos = {"III": -1, "PL": -1}
for d in gold["duties"]:
    part = "PL" if d["id"].startswith("PL-") else "III"
    where = appendix if part == "PL" else section_iii
    at = where.find(d["text_start"])
    if at <= pos[part]:
        problems.append("duty out of order or outside its part: " + d["id"])
    pos[part] = at
    if part == "PL":
        row = rows.get(d["id"][3:])
        if not row or not row[1].startswith(d["text_start"]) or row[2] != ABBREV.get(d["body_id"]):
            problems.append("Phụ lục row of " + d["id"])
if not 12 <= len(gold["duties"]) <= 18:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if [k for k, r in roles.items() if r != "lead"] != ["III.7"] or roles["III.7"] != "requested":
    problems.append("the one requested duty is III.7")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"uy-ban-nhan-dan-cac-xa-thi-tran": 5}:
    problems.append("roster: one collective of 5 xã, thị trấn expected")
holders = {d["body_id"] for d in gold["duties"]}
if not 6 <= len(holders) <= 9:
    problems.append("holder count %d" % len(holders))
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
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f.startswith("Scan_"))
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["PLDTBXH - KH 92 chinh sach CD nhap ngu 2025.pdf"]:
    problems.append("one late plan (Phòng LĐ-TB&XH) expected: %s" % late)
for f, e in gold["files"].items():
    cites = "87/KH-HĐNVQS" in source_text(src_of["inbox/" + f])
    if cites != (e["status"] == "ok"):
        problems.append("plan citation of " + f)
statuses = {c["status"] for c in gold["coverage"]}
if not {"covered", "partial", "missing", "not_submitted"} <= statuses:
    problems.append("statuses: %s" % statuses)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
