"""Consistency check of corpus/fifty-fifth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/fifty-fifth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: every duty an appendix row (PL-n, n its TT), in the table's order,
each held by the row's Cơ quan chủ trì, all lead; the roster's one collective (4 members); one
file per holder and kind; every reply cites the plan by number; one late report (Phòng VHTT); the
duplicate a byte copy; the returned tables' shapes (Văn phòng's results in rows it only supports,
Phòng TNMT's "Không thuộc nhiệm vụ của đơn vị", Cao Xá's own rows only).
"""
import filecmp
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
rows_of = {row["output"]: row for row in table["files"]}
src_of = {}
for out, row in rows_of.items():   # a copy's source is the source of the file it copies
    src_of[out] = rows_of[row["source"]]["source"] if row["renderer"] == "copy" else row["source"]

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2024-03-29", "2024-11-15"):
    problems.append("due dates")

# the appendix rows: TT -> (task, chủ trì)
appendix = plan_src.split("\f\n")[1]
rows = {}
for line in appendix.split("\n"):
    c = [x.strip() for x in line.split("|")]
    if len(c) == 6 and c[0].isdigit():
        rows[c[0]] = c
if [d["id"] for d in gold["duties"]] != ["PL-%s" % n for n in rows]:
    problems.append("duties are not the appendix rows in order")
names, members = goldcheck.roster(HERE)
short = {"UBND các xã, thị trấn": "Ủy ban nhân dân các xã, thị trấn",
         "Văn phòng HĐND và UBND huyện": "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"}
for d in gold["duties"]:
    row = rows.get(d["id"][3:])
    if not row or not row[1].startswith(d["text_start"]):
        problems.append("text_start not the start of its row: " + d["id"])
    elif short.get(row[2], row[2]) != d["body"]:
        problems.append("holder is not the row's Cơ quan chủ trì: " + d["id"])
    if d["role"] != "lead":
        problems.append("role: " + d["id"])
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
if {k: len(v) for k, v in members.items()} != {"uy-ban-nhan-dan-cac-xa-thi-tran": 4}:
    problems.append("roster: one collective of 4 members expected")

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
if late != ["BC VHTT ket qua PAPI 2024.pdf"]:
    problems.append("one late report (Phòng VHTT) expected: %s" % late)
dups = [f for f, e in gold["files"].items() if e["status"] == "duplicate"]
for f in dups:
    if not filecmp.cmp(os.path.join(HERE, "inbox", f), os.path.join(HERE, rows_of["inbox/" + f]["source"]), shallow=False):
        problems.append("duplicate is not a copy: " + f)
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    if ("86/KH-UBND" in src) != (e["status"] != "unrecognized"):
        problems.append("plan citation of " + f)


def table_rows(path):
    """TT -> cells of the rows of a returned table (txt source or yaml)."""
    text = source_text(src_of["inbox/" + path])
    if path.endswith(".xlsx"):
        import yaml
        d = yaml.safe_load(open(os.path.join(HERE, "src", src_of["inbox/" + path]), encoding="utf-8"))
        return {r[0]: r for r in d["rows"] if isinstance(r, list)}
    return {c[0]: c for c in ([x.strip() for x in l.split("|")] for l in text.split("\n") if "|" in l) if c[0].isdigit()}


own = {}
for d in gold["duties"]:
    own.setdefault(d["body_id"], set()).add(d["id"][3:])
for f, e in gold["files"].items():
    if e["status"] != "ok" or f.endswith(("Cao Thuong - BC 215 PAPI 2024.docx", "BC VHTT ket qua PAPI 2024.pdf",
                                         "KH 35 Ngoc Thien thuc hien PAPI 2024.docx")):
        continue
    t = table_rows(f)
    mine = own.get(e["body_id"]) or own["uy-ban-nhan-dan-cac-xa-thi-tran"]
    others_filled = sorted((n for n, r in t.items() if n not in mine and r[-2]), key=int)
    if f.startswith("VP "):
        if others_filled != ["4", "15"] or any(t[n][-2] for n in ("16",)):
            problems.append("Văn phòng's table: results in rows %s" % others_filled)
    elif f.startswith("TNMT"):
        if others_filled or any(t[n][-1] != "Không thuộc nhiệm vụ của đơn vị" for n in t if n not in mine):
            problems.append("TNMT's remarks")
    elif others_filled:
        problems.append("results in others' rows: " + f)
    if f.startswith("xa Cao Xa") and set(t) != mine:
        problems.append("Cao Xá keeps only its own rows")
    elif not f.startswith("xa Cao Xa") and set(t) != set(rows):
        problems.append("table does not keep all rows: " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
