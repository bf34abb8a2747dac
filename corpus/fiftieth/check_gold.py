"""Consistency check of corpus/fiftieth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/fiftieth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III under their holder's heading;
one support (III.2-b) and one requested duty (III.5); the roster's one collective ("UBND các xã,
phường", 4 members). Sở Nông nghiệp và Môi trường sent two monthly reports: its report rows may
cite either, each the file whose text holds the evidence. Every ok file but the plans is a
general periodic report except Báo và PT-TH's; Sở Tài chính's never names the topic ("rét") and
its rows are all missing; one late file (Quản Bạ's plan); the unrelated letter cites no plan.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
T12 = "SNNMT/BC 2916-SNNMT ket qua thang 12.2025.docx"
T01 = "SNNMT/BC_168_SNNMT_thang 1_2026.pdf"
STC = "STC - BC 45 nhiem vu thang 01-2026.pdf"
OTHER = "CV 15 xa Yen Minh de nghi ho tro khac phuc sat lo.docx"
NN = "so-nong-nghiep-va-moi-truong"

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "fiftieth":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2025-12-05", "2026-03-20"):
    problems.append("due dates")
if "trước ngày 05/12/2025" not in plan_src or "trước ngày 20/3/2026" not in plan_src:
    problems.append("due dates not written in the plan")

section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    num = d["id"][len("III."):].split("-")[0]
    block = section_iii.split("\n%s. " % num, 1)[-1] if num != "1" else section_iii[3:]
    block = block.split("\n%d. " % (int(num) + 1))[0]
    heading = block.split("\n")[0].replace("Đề nghị ", "")
    if goldcheck.slug(heading) != d["body_id"]:
        problems.append("holder vs heading: %s %s" % (d["id"], heading))
    letter = d["id"].split("-")[1] + ") " if "-" in d["id"] else ""
    if "\n" + letter + d["text_start"] not in "\n" + block:
        problems.append("duty not at its place: " + d["id"])
if not 12 <= len(gold["duties"]) <= 18:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"}
if roles != {"III.2-b": "support", "III.5": "requested"}:
    problems.append("roles: %s" % roles)

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"uy-ban-nhan-dan-cac-xa-phuong": 4}:
    problems.append("roster: one collective of 4 xã expected")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["status"] == "ok" and f != T01:
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
if gold["files"][T01]["body_id"] != NN or gold["files"][T12]["body_id"] != NN:
    problems.append("the two monthly reports of Sở NN&MT")
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
# Sở NN&MT's rows: the evidence file is whichever of its two reports holds the words
rows = []
for c in gold["coverage"]:
    if c["body_id"] == NN and c["kind"] == "report":
        if c["evidence_file"] not in (T12, T01):
            problems.append("Sở NN&MT row cites " + c["evidence_file"])
        c = dict(c, evidence_file=T12)
    rows.append(c)
problems += goldcheck.coverage_problems(dict(gold, coverage=[c for c in rows if c["body_id"] != NN]), senders,
                                        source_text, built_text, src_of)
problems += goldcheck.coverage_problems(dict(gold, coverage=[c for c in gold["coverage"] if c["body_id"] == NN]),
                                        senders, source_text, built_text, src_of, strict=False)
used = {c["evidence_file"] for c in gold["coverage"] if c["body_id"] == NN and c["status"] in ("covered", "partial")}
if used != {T12, T01}:
    problems.append("each monthly report of Sở NN&MT should do a part of its duties: %s" % used)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

if "rét" in source_text(src_of["inbox/" + STC]).lower():
    problems.append("Sở Tài chính's report should never name the topic")
if any(c["status"] != "missing" for c in gold["coverage"] if c["evidence_file"] == STC) or \
        not any(c["evidence_file"] == STC for c in gold["coverage"]):
    problems.append("Sở Tài chính's rows: all missing")
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["KH phong chong ret xa Quan Ba (1).pdf"]:
    problems.append("one late file (Quản Bạ's plan) expected: %s" % late)
if gold["files"][OTHER]["status"] != "unrecognized" or "418/KH-UBND" in source_text(src_of["inbox/" + OTHER]):
    problems.append("the unrelated letter")
general = [f for f, e in gold["files"].items() if e["status"] == "ok" and e["role"] == "report"
           and "418/KH-UBND" not in source_text(src_of["inbox/" + f]).split("\nI. ")[0]]
if len(general) < 4:
    problems.append("general periodic reports (no citation of the plan in the preamble): %s" % general)
if not any(f.endswith(".doc") for f in gold["files"]):
    problems.append("the .doc")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
