"""Consistency check of corpus/forty-first/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/forty-first/check_gold.py   (prints OK or the problems)
Besides the shared helpers (corpus/goldcheck.py): the plan's source is a YAML workbook of this
set's own (its text is every string in it); each table row's Cơ quan chủ trì cell, split at ";",
gives one duty per co-lead with that row's text and deadline; the .xls is read through
LibreOffice (converted to .xlsx in a scratch folder). No roster: the collective's members are the
senders that are not single holders.
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
import yaml  # noqa: E402

HERE, gold, table, _source_text, _built_text = goldcheck.load(__file__, other=False, cells=True)
PLAN_SRC = "00-danh-muc-nhiem-vu.yaml"


def strings(x):
    if isinstance(x, dict):
        return [s for v in x.values() for s in strings(v)]
    if isinstance(x, list):
        return [s for v in x for s in strings(v)]
    return [str(x)]


def source_text(src):
    if src == PLAN_SRC:
        return "\n".join(strings(yaml.safe_load(open(os.path.join(HERE, "src", src), encoding="utf-8"))))
    return _source_text(src)


def built_text(path):
    if not path.endswith(".xls"):
        return _built_text(path)
    from openpyxl import load_workbook
    with tempfile.TemporaryDirectory(prefix="goldcheck-41-") as tmp:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                        "xlsx", "--outdir", tmp, os.path.join(HERE, path)], check=True, capture_output=True)
        name = os.path.splitext(os.path.basename(path))[0] + ".xlsx"
        ws = load_workbook(os.path.join(tmp, name)).active
        return "\n".join(str(c.value) for r in ws.iter_rows() for c in r if c.value is not None)


problems = goldcheck.not_nfc(HERE)
src_of = {row["output"]: row["source"] for row in table["files"]}
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))

# every task row of the table: one duty per co-lead, the row's text and deadline
QUARTER = {"I": "03", "II": "06", "III": "09", "IV": "12"}


def deadline(t):
    if t == "Thường xuyên":
        return None
    if t.startswith("Quý "):
        q, y = t[4:].split("/")
        return "%s-%s" % (y, QUARTER[q])
    if t.startswith("Tháng "):
        m, y = t[6:].split("/")
        return "%s-%02d" % (y, int(m))
    if t.startswith("Năm "):
        return t[4:]
    raise ValueError(t)


plan = yaml.safe_load(open(os.path.join(HERE, "src", PLAN_SRC), encoding="utf-8"))
seen = []
for row in plan["rows"]:
    if isinstance(row, dict):
        continue
    leads = [x.strip().replace("UBND", "Ủy ban nhân dân") for x in row[2].split(";")]
    mine = [d for d in gold["duties"] if row[1].startswith(d["text_start"])]
    seen += [d["id"] for d in mine]
    if sorted(d["body"] for d in mine) != sorted(leads):
        problems.append("row %s: duties of %s, chủ trì %s" % (row[0], [d["body"] for d in mine], leads))
    for d in mine:
        if d["deadline"] != deadline(row[4]):
            problems.append("deadline of %s: %s vs %s" % (d["id"], d["deadline"], row[4]))
        if d["collective"] != d["body"].startswith("Ủy ban nhân dân các "):
            problems.append("collective flag of " + d["id"])
if sorted(seen) != sorted(d["id"] for d in gold["duties"]):
    problems.append("duties not matched one-to-one with table rows")

senders = {(e["body_id"], "plan" if e["role"] == "unit_plan" else "report"): f
           for f, e in gold["files"].items() if e["status"] == "ok"}
singles = {d["body_id"] for d in gold["duties"] if not d["collective"]}
members = sorted({b for (b, _k) in senders if b not in singles})
if members != ["uy-ban-nhan-dan-huyen-van-giang", "uy-ban-nhan-dan-thi-xa-my-hao"]:
    problems.append("collective members: %s" % members)
expected = {(d["id"], h, k) for d in gold["duties"] for h in (members if d["collective"] else [d["body_id"]])
            for k in ("plan", "report")}
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
