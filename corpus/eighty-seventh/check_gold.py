"""Consistency check of corpus/eighty-seventh/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/eighty-seventh/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; one support (III.5) and one
requested (III.7) duty; the roster's one collective (4 ấp); one file per holder and kind; every ok
reply cites the plan by number; one late report; the targets, results and judgements (each
result's value on its line or in its spreadsheet row; each judgement recomputed from the counting
results: period 2026 and the target's unit).
"""
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
for row in table["files"]:   # a copy (a file received twice): the source of what it copies
    if row["renderer"] == "copy":
        src_of[row["output"]] = src_of[row["source"]]
SCANS = {"Scan_BC 58 TYT 6 thang dau nam.pdf"}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-10", "2026-11-30"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] not in section_iii:
        problems.append("duty outside section III: " + d["id"])
if not 12 <= len(gold["duties"]) <= 16:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"III.5": "support", "III.7": "requested"}:
    problems.append("roles: III.5 support, III.7 requested, the rest lead")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"ban-nhan-dan-cac-ap": 4}:
    problems.append("roster: one collective of 4 ấp expected")
holders = {d["body_id"] for d in gold["duties"]}
if not 6 <= len(holders) <= 8:
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
    if e["status"] == "ok":
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
        if "28/KH-UBND" not in source_text(src_of["inbox/" + f]):
            problems.append("plan citation of " + f)
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f in SCANS)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["PKT_BC 309 ket qua xay dung NTM 2026.pdf"]:
    problems.append("one late report (Phòng Kinh tế) expected: %s" % late)
dup = [f for f, e in gold["files"].items() if e["status"] == "duplicate"]
for f in dup:
    orig = [g for g, e in gold["files"].items() if e["status"] == "ok" and e["body_id"] == gold["files"][f]["body_id"]
            and e["role"] == gold["files"][f]["role"]]
    if len(orig) != 1 or open(os.path.join(HERE, "inbox", f), "rb").read() != open(os.path.join(HERE, "inbox", orig[0]), "rb").read():
        problems.append("duplicate without its identical original: " + f)

# targets, results, judgements
tids = {t["id"] for t in gold["targets"]}
for t in gold["targets"]:
    problems += goldcheck.target_problems(dict(t, scope="holder" if t["scope"] == "each_member" else t["scope"]),
                                          plan_src, holders)
    if (t["scope"] == "each_member") != (t["body_id"] in members):
        problems.append("each_member scope: " + t["id"])
for r in gold["target_refs"]:
    if r["text_start"] not in plan_src:
        problems.append("target_ref not in plan: " + r["text_start"])
for r in gold["results"]:
    src = src_of["inbox/" + r["file"]]
    text = source_text(src)
    if r["text_start"] not in text:
        problems.append("result text_start not in source: " + r["text_start"])
        continue
    if src.endswith(".yaml"):
        d = yaml.safe_load(open(os.path.join(HERE, "src", src), encoding="utf-8"))
        row = next(x for x in d["rows"] if not isinstance(x, dict) and x[1].startswith(r["text_start"]))
        ok = r["value"] in [x for x in row if isinstance(x, (int, float))]
    else:
        line = next(l for l in text.split("\n") if r["text_start"] in l)
        ok = goldcheck.value_in_line(r["value"], line)
    if not ok:
        problems.append("value %s not on the line of %r" % (r["value"], r["text_start"]))
    problems += goldcheck.result_problems(gold, r, tids, words=(4, 12))
problems += goldcheck.reported_by_problems(gold, tids)
for t in gold["targets"]:
    j = gold["judgements"][t["id"]]
    attached = [r for r in gold["results"] if r["target_id"] == t["id"]]
    counting = [r for r in attached if r["period"] == "2026" and r["unit"] == t["unit"]]
    verdicts = {r["body_id"]: goldcheck.OPS[t["comparator"]](r["value"], t["value"]) for r in counting}
    if t["scope"] == "each_member":
        if set(j["not_reported_by"]) != set(members[t["body_id"]]) - set(verdicts):
            problems.append("not_reported_by of " + t["id"])
        want = ("not_reported" if not attached else "unclear" if not verdicts else
                "partly" if j["not_reported_by"] or len(set(verdicts.values())) > 1 else
                "met" if all(verdicts.values()) else "not_met")
    else:
        want = goldcheck.judged(attached, list(verdicts.values()))
        if want == "not_reported" and t["scope"] == "holder" and j["not_reported_by"] != [t["body_id"]]:
            problems.append("not_reported_by of " + t["id"])
    if j["judgement"] != want:
        problems.append("judgement of %s: %s, figures give %s" % (t["id"], j["judgement"], want))

print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files, %d targets, %d results)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"]), len(gold["targets"]), len(gold["results"])))
sys.exit(1 if problems else 0)
