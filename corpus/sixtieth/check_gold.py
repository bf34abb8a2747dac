"""Consistency check of corpus/sixtieth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/sixtieth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; one support (III.5) and one
requested (III.7) duty; the roster's one collective (5 schools); and the shape of this set,
versions and copies of one reply:
- Trường Tiểu học Hưng Đạo sent two plans; the later one says it replaces the earlier, which is
  an ok unit plan of the school but gives no rows (its evidence never cited), and the two differ
  (III.6-c is taken up only in the replacing one);
- the Trạm Y tế's report is a DỰ THẢO (stamp, number and day blank): ok report, date '';
- Trường Mầm non Hưng Tây's report came as a SAO Y copy of the Văn phòng: sender the school, date
  the report's own (before report_due), the copy's date after it;
- one byte-identical duplicate, one late plan, one unrelated file; else one file per holder and kind.
"""
import filecmp
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
# the duplicate is a copy of another output: its text is its original's
for row in table["files"]:
    if row["renderer"] == "copy":
        src_of[row["output"]] = src_of[row["source"]]

SUPERSEDED = "TH Hung Dao/KH 04 ATTP bep an ban tru 2026.docx"
REPLACING = "TH Hung Dao/KH_06_THHD_ATTP_2026.pdf"
DRAFT = "TYT_BC ATTP truong hoc nam hoc 2025-2026.docx"
COPY = "SY 11-VP_BC 15 MN Hung Tay.pdf"
ORIGINAL, DUPLICATE = "KH ATTP 2026 - TH Hung Nguyen.pdf", "Zalo/KH_05_THHN_ATTP_bep_an.pdf"

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-01-23", "2026-05-25"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] not in section_iii:
        problems.append("duty outside section III: " + d["id"])
if not 12 <= len(gold["duties"]) <= 18:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"III.5": "support", "III.7": "requested"}:
    problems.append("III.5 support and III.7 requested, the rest lead")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"cac-truong-mam-non-tieu-hoc-co-to-chuc-ban-tru": 5}:
    problems.append("roster: one collective of 5 schools expected")
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 7:
    problems.append("7 holders expected: %d" % len(holders))
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])

# who sent what: the superseded plan is a file of the school, not a sender of rows
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["status"] == "ok" and e["role"] in ("unit_plan", "report") and f != SUPERSEDED:
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

# 1. two versions of one plan
sup, rep = gold["files"][SUPERSEDED], gold["files"][REPLACING]
if (sup["status"], sup["role"], sup["body_id"]) != ("ok", "unit_plan", "truong-tieu-hoc-hung-dao") or \
        (rep["status"], rep["role"], rep["body_id"]) != ("ok", "unit_plan", "truong-tieu-hoc-hung-dao"):
    problems.append("the two Hưng Đạo plans: ok unit plans of the school")
if any(c["evidence_file"] == SUPERSEDED for c in gold["coverage"]):
    problems.append("the superseded plan gives no rows")
rep_src, sup_src = source_text(src_of["inbox/" + REPLACING]), source_text(src_of["inbox/" + SUPERSEDED])
if "Kế hoạch này thay thế Kế hoạch số 04/KH-THHĐ ngày 19/01/2026" not in rep_src or "Kế hoạch này thay thế" in sup_src:
    problems.append("replacement sentence")
if not sup["date"] < rep["date"]:
    problems.append("the replacing plan is the later one")
c6 = {c["duty_id"]: c for c in gold["coverage"] if c["body_id"] == "truong-tieu-hoc-hung-dao" and c["kind"] == "plan"}
if c6["III.6-c"]["status"] != "covered" or "kiểm thực ba bước" in sup_src or c6["III.6-c"]["evidence"] in sup_src:
    problems.append("III.6-c: taken up only by the replacing plan")
for did, c in c6.items():   # the rest reads the same in both versions
    if did != "III.6-c" and c["evidence"] and c["evidence"] not in sup_src:
        problems.append("version difference beyond III.6-c: " + did)

# 2. the draft
dr = gold["files"][DRAFT]
dsrc = source_text(src_of["inbox/" + DRAFT])
if (dr["status"], dr["role"], dr["body_id"], dr["date"], dr["on_time"]) != \
        ("ok", "report", "tram-y-te-xa-hung-nguyen", "", ""):
    problems.append("the draft: ok report of the Trạm Y tế, no date")
if "\nDỰ THẢO\n" not in dsrc or "Số:       /BC-TYT" not in dsrc or "ngày      tháng 5 năm 2026" not in dsrc:
    problems.append("the draft's stamp, blank number and day")
if any(e["role"] == "report" and e["body_id"] == "tram-y-te-xa-hung-nguyen" and f != DRAFT
       for f, e in gold["files"].items()):
    problems.append("no final report of the Trạm Y tế")

# 3. the SAO Y copy
cp = gold["files"][COPY]
csrc = source_text(src_of["inbox/" + COPY])
report_part, copy_part = csrc.split("\n\f\n")
if (cp["body_id"], cp["date"], cp["on_time"]) != ("truong-mam-non-hung-tay", "2026-05-22", "yes"):
    problems.append("the copy: sender the school, its own date, on time")
if "ngày 22 tháng 5 năm 2026" not in report_part or "Số: 11/SY-VP" not in copy_part or \
        "SAO Y" not in copy_part or \
        "ngày 27 tháng 5 năm 2026" not in copy_part:
    problems.append("the copy block")
if "SAO Y" not in built_text("inbox/" + COPY) or "11/SY-VP" not in built_text("inbox/" + COPY):
    problems.append("SAO Y block not in the built PDF")
if not (gold["report_due"] < "2026-05-27"):
    problems.append("the copy's date should be after report_due")

# 4. the duplicate
du = gold["files"][DUPLICATE]
if not filecmp.cmp(os.path.join(HERE, "inbox", ORIGINAL), os.path.join(HERE, "inbox", DUPLICATE), shallow=False):
    problems.append("duplicate not byte-identical")
if du["status"] != "duplicate" or [f for f, e in gold["files"].items() if e["status"] == "duplicate"] != [DUPLICATE]:
    problems.append("one duplicate expected")
if {k: du[k] for k in ("role", "body_id", "date")} != {k: gold["files"][ORIGINAL][k] for k in ("role", "body_id", "date")}:
    problems.append("the duplicate keeps role, body and date")

# 5. the rest
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["MN Hung Nguyen - KH ATTP 2026.docx"]:
    problems.append("one late plan expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] == "unrecognized"]
if other != ["TYT_KH 03 TCMR 2026.docx"]:
    problems.append("one unrelated file expected: %s" % other)
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    if e["status"] != "unrecognized" and "09/KH-UBND ngày 12/01/2026" not in src:
        problems.append("plan citation of " + f)
statuses = [c["status"] for c in gold["coverage"]]
if not all(s in statuses for s in ("covered", "partial", "missing", "not_submitted")):
    problems.append("every status expected")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
