"""Consistency check of corpus/thirty-fourth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/thirty-fourth/check_gold.py   (prints OK or the problems)
New here: the workbook holds several communes' reports, one sheet each (its source is a list of
YAML files, the first the Phòng's summary): each commune's evidence is checked in ITS OWN sheet
(source and built), the file's body_ids against the sheets' issuers, documents = commune sheets.
The plan's due dates are yearly ("trước ngày 31/01", "trước ngày 10/12 hằng năm"): checked as such.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
import yaml  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

HERE, gold, table, one_source, built_text = goldcheck.load(__file__, other=False, cells=True)
src_of = {row["output"]: row["source"] for row in table["files"]}


def source_text(src):
    return "\n".join(one_source(s) for s in src) if isinstance(src, list) else one_source(src)


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of)
for rule in ("trước ngày 31/01;", "trước ngày 10/12 hằng năm"):
    if rule not in plan_src:
        problems.append("reporting rule not in the plan: " + rule)
if (gold["plan_due"], gold["report_due"]) != ("2023-01-31", "2023-12-10"):
    problems.append("due dates of the 2023 round")
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at

# the workbook: one sheet per commune after the summary
WB = next(f for f, e in gold["files"].items() if e.get("body_ids"))
sheets = {}   # body_id -> (its yaml's text, its built sheet's text)
wb = load_workbook(os.path.join(HERE, "inbox", WB))
ymls = src_of["inbox/" + WB]
if wb.sheetnames[0] != "Tong hop" or len(wb.sheetnames) != len(ymls):
    problems.append("workbook sheets: %s" % wb.sheetnames)
for name, y in zip(wb.sheetnames, ymls):
    d = yaml.safe_load(open(os.path.join(HERE, "src", y), encoding="utf-8"))
    if d.get("kind") == "summary":
        continue
    body = goldcheck.slug("Ủy ban nhân dân " + d["header_left"][1].replace("UBND ", "").lower())
    ws = wb[name]
    sheets[body] = (one_source(y), "\n".join(str(c.value) for r in ws.iter_rows() for c in r if c.value is not None))
e = gold["files"][WB]
if e["body_ids"] != list(sheets) or e["body_id"] != e["body_ids"][0] or e["documents"] != len(sheets):
    problems.append("workbook body_ids/documents: %s vs %s" % (e["body_ids"], list(sheets)))

# holders: the single ones and the communes of the roster
names, members = goldcheck.roster(HERE)
for d in gold["duties"]:
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
    if d["collective"] and d["body_id"] not in members:
        problems.append("collective without members: " + d["id"])
if sorted(len(v) for v in members.values()) != [7]:
    problems.append("roster: one collective of 7 communes expected")
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
                                        unbuilt=lambda f: f == WB)
for c in gold["coverage"]:   # a commune's evidence in its own sheet
    if c["evidence_file"] == WB and c["evidence"]:
        src, built = sheets[c["body_id"]]
        if c["evidence"] not in src or goldcheck.flat(c["evidence"]) not in goldcheck.flat(built):
            problems.append("evidence not in the commune's own sheet: %s %s" % (c["duty_id"], c["body_id"]))
# replies cite the plan by number, all but Phòng VH&TT's
for f, e in gold["files"].items():
    cites = "178/KH-UBND" in source_text(src_of["inbox/" + f])
    if cites != (e["body_id"] != "phong-van-hoa-va-thong-tin"):
        problems.append("plan citation of " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files, %d documents)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"]),
         sum(e["documents"] for e in gold["files"].values())))
