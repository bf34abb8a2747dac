"""Consistency check of corpus/thirty-sixth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/thirty-sixth/check_gold.py   (prints OK or the problems)
New here: the plan carries its Đề cương báo cáo after the signature (after a form-feed line in
the source): no duty may start there. A commune's report is an .xls (its text read through
LibreOffice as CSV; its YAML source's cover lines are part of its text). Phòng VH&TT sent a
6-month and a year report: coverage comes from the later one only.
"""
import csv
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
import yaml  # noqa: E402

HERE, gold, table, one_source, built_default = goldcheck.load(__file__, other=False, cells=True)
src_of = {row["output"]: row["source"] for row in table["files"]}


def source_text(src):
    text = one_source(src)
    if src.endswith(".yaml"):
        d = yaml.safe_load(open(os.path.join(HERE, "src", src), encoding="utf-8"))
        text += "\n" + "\n".join(d.get("cover", []))
    return text


def built_text(path):
    if not path.endswith(".xls"):
        return built_default(path)
    with tempfile.TemporaryDirectory(prefix="check36-") as tmp:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                        "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", tmp, os.path.join(HERE, path)],
                       check=True, capture_output=True)
        name = os.path.splitext(os.path.basename(path))[0] + ".csv"
        with open(os.path.join(tmp, name), encoding="utf-8") as fh:
            return "\n".join(c for row in csv.reader(fh) for c in row if c)


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
plan_part, outline = plan_src.split("\n\f\n")
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_text=plan_part)
if "theo Đề cương gửi kèm" not in plan_part or not outline.startswith("ĐỀ CƯƠNG BÁO CÁO"):
    problems.append("the plan's reporting rule or its attached outline")
problems += goldcheck.duty_problems(gold, plan_part, most=12, built=goldcheck.flat(built_text(gold["plan"])))
pos = -1
for d in gold["duties"]:
    at = plan_part.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] in outline:
        problems.append("duty text in the outline: " + d["id"])
if not 18 <= len(gold["duties"]) <= 24:
    problems.append("duty count %d" % len(gold["duties"]))

names, members = goldcheck.roster(HERE)
for d in gold["duties"]:
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
    if d["collective"] and d["body_id"] not in members:
        problems.append("collective without members: " + d["id"])
if sorted(len(v) for v in members.values()) != [10]:
    problems.append("roster: one collective of 10 communes expected")

# who sent what: the later of two reports of one holder counts
senders, dated = {}, {}
for f, e in gold["files"].items():
    if e["status"] != "ok":
        continue
    key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
    if e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if key not in dated or e["date"] > dated[key]:
        senders[key], dated[key] = f, e["date"]
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)
if any(c["evidence_file"].endswith("6 thang dau nam 2022.docx") for c in gold["coverage"]):
    problems.append("evidence from the earlier 6-month report")

# replies cite the plan by its number, all but the Trung tâm's
for f, e in gold["files"].items():
    cites = "15/KH-UBND ngày 18/01/2022" in source_text(src_of["inbox/" + f])
    if cites != (e["body_id"] != "trung-tam-van-hoa-the-thao-va-truyen-thong"):
        problems.append("plan citation of " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
