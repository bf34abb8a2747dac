"""Consistency check of corpus/thirty-eighth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/thirty-eighth/check_gold.py   (prints OK or the problems)
New here: two Google Forms exports (an .xlsx and a .csv), each holding several units' reports,
one row per submission, no NĐ 30 header. Each unit's row is found by its typed "Tên đơn vị"
through the roster's aliases; a unit that answered twice counts by its LATER row. Checked: the
file's body_ids (units in order of first answer) and documents (units, not rows); its date the
latest timestamp's; every evidence of a unit verbatim in that unit's latest row (source and
built file), and not only in a row that does not count.
"""
import csv
import os
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
import yaml  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

HERE, gold, table, one_source, built_text = goldcheck.load(__file__, other=True, cells=True)
src_of = {row["output"]: row["source"] for row in table["files"]}
FORMS = [f for f, e in gold["files"].items() if e.get("body_ids")]


def load_form(src):
    return yaml.safe_load(open(os.path.join(HERE, "src", src), encoding="utf-8"))


def source_text(src):
    if src.endswith(".yaml"):
        d = load_form(src)
        return "\n".join(str(v) for row in d["rows"] for v in row.values() if v is not None)
    return one_source(src)


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += [p for p in goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
             if not any(p == "date of %s not in its header" % f for f in FORMS)]
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
for phrase in ("biểu mẫu trực tuyến (Google Form) trước ngày 14/02/2025", "trước ngày 13/01/2025"):
    if phrase not in plan_src:
        problems.append("reporting rule not in the plan: " + phrase)

# the roster: names and aliases -> slug
roster = yaml.safe_load(open(os.path.join(HERE, "roster.yaml"), encoding="utf-8"))["bodies"]
alias = {}
for b in roster:
    for a in [b["name"]] + b.get("aliases", []):
        alias[a.lower()] = goldcheck.slug(b["name"])
names, members = goldcheck.roster(HERE)

# the forms: each unit's latest row (source cells and built cells)
rows_of = {}   # (file, body) -> [(timestamp, source cells, built cells)]
for f in FORMS:
    d = load_form(src_of["inbox/" + f])
    path = os.path.join(HERE, "inbox", f)
    if f.endswith(".xlsx"):
        ws = load_workbook(path).active
        built = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
        stamps = [r[0] for r in built]
        if ws.title != "Câu trả lời biểu mẫu 1" or ws.cell(row=1, column=1).value != "Dấu thời gian":
            problems.append("export layout of " + f)
    else:
        with open(path, encoding="utf-8", newline="") as fh:
            table_rows = list(csv.reader(fh))
        built = table_rows[1:]
        stamps = [datetime.strptime(r[0], "%d/%m/%Y %H:%M:%S") for r in built]
        if table_rows[0][0] != "Dấu thời gian" or len(table_rows[0]) != 6:
            problems.append("export layout of " + f)
    order = []
    for row, b_row, ts in zip(d["rows"], built, stamps):
        body = alias.get(row["unit"].lower())
        if body is None:
            problems.append("unit not in roster aliases: %r" % row["unit"])
            continue
        if body not in order:
            order.append(body)
        if datetime.strptime(row["ts"], "%d/%m/%Y %H:%M:%S") != ts:
            problems.append("timestamp of %s in %s" % (body, f))
        rows_of.setdefault((f, body), []).append(
            (ts, "\n".join(str(v) for v in row.values() if v is not None),
             "\n".join(str(v) for v in b_row if v not in (None, ""))))
    e = gold["files"][f]
    if e["body_ids"] != order or e["body_id"] != order[0] or e["documents"] != len(order):
        problems.append("form body_ids/documents of %s: %s" % (f, order))
    if e["date"] != max(stamps).date().isoformat():
        problems.append("form date of %s" % f)
twice = [k for k, v in rows_of.items() if len(v) > 1]
if [b for _f, b in twice] != ["uy-ban-nhan-dan-xa-hoanh-mo"]:
    problems.append("units answering twice: %s" % twice)

# holders and senders
for d in gold["duties"]:
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
    if d["collective"] and d["body_id"] not in members:
        problems.append("collective without members: " + d["id"])
if sorted(len(v) for v in members.values()) != [7]:
    problems.append("roster: one collective of 7 expected")
senders = {}
for f, e in gold["files"].items():
    if e["status"] == "ok":
        for b in e.get("body_ids", [e["body_id"]]):
            senders[(b, "plan" if e["role"] == "unit_plan" else "report")] = f
            if b not in names:
                problems.append("sender not in roster: %s %s" % (f, b))
expected = goldcheck.expected_rows(gold, members)
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f in FORMS)
for c in gold["coverage"]:   # a unit's evidence in its own latest row
    if c["evidence_file"] in FORMS and c["evidence"]:
        rows = sorted(rows_of[(c["evidence_file"], c["body_id"])])
        _ts, src, built = rows[-1]
        if c["evidence"] not in src or goldcheck.flat(c["evidence"]) not in goldcheck.flat(built):
            problems.append("evidence not in the unit's latest row: %s %s" % (c["duty_id"], c["body_id"]))
# the ordinary replies cite the plan by number, all but the Ủy ban MTTQ's report
for f, e in gold["files"].items():
    if f in FORMS:
        continue
    cites = "12/KH-UBND" in source_text(src_of["inbox/" + f])
    if cites != (e["body_id"] != "uy-ban-mat-tran-to-quoc-viet-nam-huyen"):
        problems.append("plan citation of " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files, %d documents)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"]),
         sum(e["documents"] for e in gold["files"].values())))
