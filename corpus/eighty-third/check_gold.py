"""Consistency check of corpus/eighty-third/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/eighty-third/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III, each text_start once; one
support (III.3) and one requested (III.7) duty, the rest lead; the roster's one collective ("Các
trường Trung học phổ thông vùng sông nước", 4 members, each named in heading III.6); and the shape
of this set, a plan whose time runs by the SCHOOL YEAR:
- the plan states the school calendar in II.1 (khai giảng 05/9/2025, học kỳ I ends before
  17/01/2026, học kỳ II before 25/5/2026, the year before 31/5/2026); every duty's deadline is the
  date its school-time words give through that calendar (SCHOOL_TIME below), or a date written out;
- plan_due is the unit-plan date (30/9/2025), report_due the tổng kết date (05/6/2026); the plan
  also states the sơ kết học kỳ I date (20/01/2026);
- every ok report names its period (sơ kết học kỳ I / tổng kết) in its title, and its on_time
  compares its date with the date the plan gives for THAT period (goldcheck.file_problems compares
  every report with report_due, so the file checks are done here);
- a coverage row's evidence is the unit's latest report for this plan that speaks of the duty:
  the latest one (missing rows too), except one row (An Phú III.6-a) taken from its sơ kết;
- Phú Tân's report of the school year 2024-2025 and Tân Châu's letter are unrecognized / other;
- the late files: Chợ Mới's plan (dated in 2026) and Phú Tân's sơ kết (after 20/01/2026).
"""
import os
import re
import sys
from datetime import date

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
COLLECTIVE = "cac-truong-trung-hoc-pho-thong-vung-song-nuoc"
MEMBERS = {n: goldcheck.slug("Trường Trung học phổ thông " + n) for n in ("An Phú", "Tân Châu", "Phú Tân", "Chợ Mới")}
CALENDAR = {"ngày khai giảng năm học là ngày 05/9/2025": "2025-09-05",
            "học kỳ I kết thúc trước ngày 17/01/2026": "2026-01-17",
            "học kỳ II kết thúc trước ngày 25/5/2026": "2026-05-25",
            "kết thúc năm học trước ngày 31/5/2026": "2026-05-31"}
SCHOOL_TIME = {"trước ngày khai giảng": "2025-09-05", "trong học kỳ I": "2026-01-17",
               "cuối học kỳ II": "2026-05-25", "trước khi kết thúc năm học": "2026-05-31",
               "trước ngày 15/10/2025": "2025-10-15", "trong tháng 3/2026": "2026-03", "hằng tháng": None}
DUE = {"hk1": "2026-01-20", "year": "2026-06-05"}
TITLE = {"hk1": "học kỳ I", "year": "Tổng kết"}
PERIOD = {"THPT An Phu/BC so ket HKI PCDN.pdf": "hk1", "THPT An Phu/BC 57 tong ket PCDN.docx": "year",
          "TanChau_BC HK1 duoi nuoc.docx": "hk1", "PTDTNT - BC 38 tong ket nam hoc.pdf": "year",
          "BC so ket HK I - THPT Phu Tan.docx": "hk1"}
EARLIER = {("III.6-a", MEMBERS["An Phú"]): "THPT An Phu/BC so ket HKI PCDN.pdf"}
PREVIOUS_YEAR, UNRELATED = "Scan_BC tong ket PCDN THPT Phu Tan.pdf", "CV 41 THPT Tan Chau sua chua mai ton.docx"
LATE = sorted(["KH 12 THPT Cho Moi.doc", "BC so ket HK I - THPT Phu Tan.docx"])
SCANS = {PREVIOUS_YEAR}


def title_of(src):
    """The type-and-title block of a source (second block), on one line."""
    return " ".join(src.split("\n\n")[1].split("\n"))


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2025-09-30", "2026-06-05"):
    problems.append("due dates")
section_ii = plan_src.split("\nII. THỜI GIAN VÀ CHỈ TIÊU\n")[1].split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[0]
for words in CALENDAR:
    if words not in section_ii:
        problems.append("school calendar not in II: " + words)
section_iv = plan_src.split("\nIV. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO\n")[1]
for words in ("trước ngày 30/9/2025", "sơ kết học kỳ I trước ngày 20/01/2026", "tổng kết năm học trước ngày 05/6/2026"):
    if words not in section_iv:
        problems.append("reporting schedule not in IV: " + words)

# files: every file under inbox/, each date in its header, on_time by its own period
inbox = os.path.join(HERE, "inbox")
on_disk = {os.path.relpath(os.path.join(d, f), inbox) for d, _, fs in os.walk(inbox) for f in fs}
if on_disk != set(gold["files"]):
    problems.append("files differ: %s" % (on_disk ^ set(gold["files"])))
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    d = date.fromisoformat(e["date"])
    if not re.search(r"ngày 0?%d tháng 0?%d năm %d" % (d.day, d.month, d.year), src.split("\n\n")[0]):
        problems.append("date of %s not in its header" % f)
    if e["status"] != "ok":
        if e["on_time"] or e["role"] != "other":
            problems.append("unrecognized file with on_time or a role: " + f)
        continue
    if e["role"] == "unit_plan":
        due = date.fromisoformat(gold["plan_due"])
        if f in PERIOD:
            problems.append("a unit plan with a period: " + f)
    elif e["role"] == "report":
        if f not in PERIOD:
            problems.append("report without a period: " + f)
            continue
        due = date.fromisoformat(DUE[PERIOD[f]])
        if TITLE[PERIOD[f]] not in title_of(src):
            problems.append("period not in the title of " + f)
    else:
        problems.append("ok file of role %s: %s" % (e["role"], f))
        continue
    if d == due or e["on_time"] != ("yes" if d < due else "no"):
        problems.append("on_time of " + f)
    if "2315/KH-SGDĐT ngày 03/9/2025" not in src:
        problems.append("plan citation of " + f)
if sorted(f for f, e in gold["files"].items() if e["on_time"] == "no") != LATE:
    problems.append("late files: Chợ Mới's plan and Phú Tân's sơ kết")
if sorted(f for f, e in gold["files"].items() if e["status"] != "ok") != sorted([PREVIOUS_YEAR, UNRELATED]):
    problems.append("unrecognized: the 2024-2025 report and Tân Châu's letter")
prev = source_text(src_of["inbox/" + PREVIOUS_YEAR])
if "2315/KH" in prev or "năm học 2024-2025" not in title_of(prev) or gold["files"][PREVIOUS_YEAR]["body_id"] != MEMBERS["Phú Tân"]:
    problems.append("the previous school year's report")
if "2315/KH" in source_text(src_of["inbox/" + UNRELATED]):
    problems.append("the unrelated letter cites the plan")
if gold["files"]["KH 12 THPT Cho Moi.doc"]["date"][:4] != "2026":
    problems.append("Chợ Mới's plan is dated in the new calendar year")
import pdfplumber  # noqa: E402
for f in SCANS:
    with pdfplumber.open(os.path.join(inbox, f)) as pdf:
        if any((p.extract_text() or "").strip() for p in pdf.pages):
            problems.append("should be a scan: " + f)

# duties
section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if section_iii.count(d["text_start"]) != 1:
        problems.append("duty outside section III or not unique: " + d["id"])
    line = next(l for l in section_iii.split("\n") if d["text_start"] in l)
    said = [w for w in SCHOOL_TIME if w in line]
    if len(said) != 1 or SCHOOL_TIME[said[0]] != d["deadline"]:
        if said or d["deadline"] is not None:
            problems.append("deadline of %s: %s vs %s" % (d["id"], d["deadline"], said))
if not 12 <= len(gold["duties"]) <= 16:
    problems.append("duty count %d" % len(gold["duties"]))
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"III.3": "support", "III.7": "requested"}:
    problems.append("III.3 support, III.7 requested, the rest lead")
heading_6 = next(l for l in section_iii.split("\n") if l.startswith("6. "))
for name in MEMBERS:
    if "Trường THPT " + name not in heading_6:
        problems.append("member not named in heading III.6: " + name)
if set(SCHOOL_TIME.values()) - {d["deadline"] for d in gold["duties"]}:
    problems.append("every school-time form should be used")

names, members = goldcheck.roster(HERE)
if members != {COLLECTIVE: list(MEMBERS.values())}:
    problems.append("roster: one collective of the 4 schools expected: %s" % members)
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
holders = {d["body_id"] for d in gold["duties"]}
if not 6 <= len(holders) <= 8 or sorted(holders) != sorted(names - set(MEMBERS.values()) | {COLLECTIVE}):
    problems.append("6-8 holders, every roster body holds a duty")

# coverage: the latest report (or the unit plan) of the holder
latest = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["status"] == "ok" and e["body_id"]:
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key not in latest or gold["files"][latest[key]]["date"] < e["date"]:
            latest[key] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, latest, source_text, built_text, src_of,
                                        unbuilt=lambda f: f in SCANS, strict=False)
for c in gold["coverage"]:
    if c["status"] == "not_submitted":
        if c["evidence"] or c["evidence_file"]:
            problems.append("not_submitted row with evidence: %s" % (c,))
        continue
    want = EARLIER.get((c["duty_id"], c["body_id"])) if c["kind"] == "report" else None
    if c["evidence_file"] != (want or latest[(c["body_id"], c["kind"])]):
        problems.append("evidence file (latest report that speaks of the duty): %s %s %s" % (c["duty_id"], c["body_id"], c["kind"]))
    e = gold["files"][c["evidence_file"]]
    if e["body_id"] != c["body_id"] or e["role"] != ("unit_plan" if c["kind"] == "plan" else "report"):
        problems.append("evidence file of another holder or kind: %s %s" % (c["duty_id"], c["body_id"]))
for (duty, body), f in EARLIER.items():
    later = latest[(body, "report")]
    if "bến đò" in source_text(src_of["inbox/" + later]) or "bến đò" not in source_text(src_of["inbox/" + f]):
        problems.append("the earlier-report row: the latest report should not speak of it")
    if "%s / %s / report" % (duty, body) not in gold["notes"]:
        problems.append("note for the earlier-report row")
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(latest):
    problems.append("senders without rows: %s" % (set(latest) ^ kinds))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
