"""Consistency check of corpus/seventy-seventh/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/seventy-seventh/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III, each text_start once; one
support (III.6) and one requested (III.8) duty, the rest lead; the roster's one collective
("Ủy ban nhân dân các xã có tỷ lệ hộ nghèo cao", 4 members, each named in the heading III.7); and
the shape of this set, a series of periodic reports from the same units:
- plan_due is the unit-plan date and report_due the FIRST periodic report date (quý I) the plan
  states; the plan also states the 6-month, 9-month and annual dates;
- every ok report has a period (PERIOD below) named in its title; its on_time compares its date
  with the date the plan gives for THAT period (goldcheck.file_problems compares every report with
  report_due, so the file checks are done here);
- several reports from one unit (Sở Nông nghiệp và Môi trường: quý I, 6 tháng, năm; Sở Y tế, xã
  Dân Hóa, xã Thượng Trạch: two each); one unit (Sở Nội vụ) with only the quý I report;
- Sở Y tế's 6-month report repeats the quý I body and only adds lines;
- one report (Thượng Trạch, 6 tháng) names its period only in its title;
- a coverage row's evidence is the unit's latest report for this plan that speaks of the duty:
  the latest one (missing rows too), except one row (Dân Hóa III.7-c) taken from an earlier one;
- xã Dân Hóa's report on the 2025 plan and Sở Tài chính's letter are unrecognized / other;
- one late report (Hướng Phùng, năm).
"""
import os
import re
import sys
from datetime import date

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
COLLECTIVE = "uy-ban-nhan-dan-cac-xa-co-ty-le-ho-ngheo-cao"
MEMBERS = {"xã Dân Hóa": "uy-ban-nhan-dan-xa-dan-hoa", "xã Thượng Trạch": "uy-ban-nhan-dan-xa-thuong-trach",
           "xã Hướng Phùng": "uy-ban-nhan-dan-xa-huong-phung", "xã Lìa": "uy-ban-nhan-dan-xa-lia"}
DUE = {"q1": "20/3/2026", "6m": "20/6/2026", "9m": "20/9/2026", "year": "10/12/2026"}
TITLE = {"q1": "quý I năm 2026", "6m": "6 tháng đầu năm", "9m": "9 tháng năm 2026", "year": "năm 2026"}
PERIOD = {"SNNMT/BC 118 quy I.pdf": "q1", "SNNMT/BC 402-SNNMT GNBV 6 thang dau nam 2026.docx": "6m",
          "SNNMT/BC_1036_SNNMT_nam2026.pdf": "year", "SYT_BC GNBV quy 1.docx": "q1",
          "SYT_BC GNBV quy 1_sua 6 thang.docx": "6m", "SNV - BC 415 giam ngheo quy I.pdf": "q1",
          "Xa Dan Hoa/BC 38 quy 1.doc": "q1", "Xa Dan Hoa/BC 141 - 9 thang.pdf": "9m",
          "ThuongTrach_BC quy I_scan.pdf": "q1", "ThuongTrach_BC so 96.docx": "6m",
          "BC 188 xa Huong Phung GNBV 2026.pdf": "year"}
SCAN = "ThuongTrach_BC quy I_scan.pdf"
TITLE_ONLY = "ThuongTrach_BC so 96.docx"
SYT_Q1, SYT_6M = "SYT_BC GNBV quy 1.docx", "SYT_BC GNBV quy 1_sua 6 thang.docx"
EARLIER = {("III.7-c", "uy-ban-nhan-dan-xa-dan-hoa"): "Xa Dan Hoa/BC 38 quy 1.doc"}
PREVIOUS_YEAR, UNRELATED = "Xa Dan Hoa/BC GNBV nam 2025.docx", "STC_CV 3120 mua sam tap trung 2027.docx"
LATE = "BC 188 xa Huong Phung GNBV 2026.pdf"


def dmy(s):
    d, m, y = (int(x) for x in s.split("/"))
    return date(y, m, d)


def title_of(src):
    """The type-and-title block of a source (second block)."""
    return src.split("\n\n")[1]


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-10", "2026-03-20"):
    problems.append("due dates")
for d in [gold["plan_due"], gold["report_due"]]:
    if "%d/%02d/%d" % (date.fromisoformat(d).day, date.fromisoformat(d).month, date.fromisoformat(d).year) not in plan_src \
            and "%d/%d/%d" % (date.fromisoformat(d).day, date.fromisoformat(d).month, date.fromisoformat(d).year) not in plan_src:
        problems.append("due date not in the plan: " + d)
section_v = plan_src.split("\nV. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO\n")[1]
for p, s in DUE.items():
    if "trước ngày " + s not in section_v:
        problems.append("period due date not in section V: " + s)
if section_v.find("20/3/2026") > min(section_v.find(DUE[p]) for p in ("6m", "9m", "year")) \
        or "hằng quý trước ngày 20 của tháng cuối quý" not in section_v:
    problems.append("report_due should be the first periodic date the plan states")

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
        due = dmy(DUE[PERIOD[f]])
        if TITLE[PERIOD[f]] not in " ".join(title_of(src).split("\n")):
            problems.append("period not in the title of " + f)
    else:
        problems.append("ok file of role %s: %s" % (e["role"], f))
        continue
    if d == due or e["on_time"] != ("yes" if d < due else "no"):
        problems.append("on_time of " + f)
    if "24/KH-UBND ngày 16/01/2026" not in src:
        problems.append("plan citation of " + f)
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late report (Hướng Phùng) expected: %s" % late)
if sorted(f for f, e in gold["files"].items() if e["status"] != "ok") != sorted([PREVIOUS_YEAR, UNRELATED]):
    problems.append("unrecognized: the 2025 report and Sở Tài chính's letter")
prev = source_text(src_of["inbox/" + PREVIOUS_YEAR])
if "24/KH-UBND" in prev or "năm 2025" not in title_of(prev) or gold["files"][PREVIOUS_YEAR]["body_id"] != MEMBERS["xã Dân Hóa"]:
    problems.append("the previous year's report")
if "24/KH-UBND" in source_text(src_of["inbox/" + UNRELATED]):
    problems.append("the unrelated letter cites the plan")

# the periodic series
by_body = {}
for f, e in gold["files"].items():
    if e["status"] == "ok" and e["role"] == "report":
        by_body.setdefault(e["body_id"], []).append(f)
counts = sorted(len(v) for v in by_body.values())
if counts != [1, 1, 2, 2, 2, 3]:
    problems.append("reports per unit: %s" % counts)
if [PERIOD[f] for f in by_body.get("so-noi-vu", [])] != ["q1"]:
    problems.append("Sở Nội vụ: only the quý I report")
q1, m6 = source_text(src_of["inbox/" + SYT_Q1]), source_text(src_of["inbox/" + SYT_6M])
body = lambda s: [l for l in s.split("\n\n", 2)[2].split("\nNơi nhận:")[0].split("\n")[1:] if len(l) > 60]
extra = [l for l in body(m6) if l not in body(q1)]
if any(l not in body(m6) for l in body(q1)) or not 1 <= len(extra) <= 3:
    problems.append("Sở Y tế's 6-month report repeats the quý I body with a few lines added: %d" % len(extra))
tt = source_text(src_of["inbox/" + TITLE_ONLY])
after_title = tt.split("\n\n", 2)[2]
if re.search(r"6 tháng|quý II|30/6", after_title):
    problems.append("Thượng Trạch's 6-month report names its period outside the title")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(inbox, SCAN)) as pdf:
    if any((p.extract_text() or "").strip() for p in pdf.pages):
        problems.append("the Thượng Trạch quý I report should be a scan")

# duties
section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ THỰC HIỆN\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if section_iii.count(d["text_start"]) != 1:
        problems.append("duty outside section III or not unique: " + d["id"])
if not 12 <= len(gold["duties"]) <= 16:
    problems.append("duty count %d" % len(gold["duties"]))
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"III.6": "support", "III.8": "requested"}:
    problems.append("III.6 support, III.8 requested, the rest lead")
heading_7 = next(l for l in section_iii.split("\n") if l.startswith("7. "))
for name in MEMBERS:
    if name not in heading_7:
        problems.append("member not named in heading III.7: " + name)

names, members = goldcheck.roster(HERE)
if members != {COLLECTIVE: list(MEMBERS.values())}:
    problems.append("roster: one collective of the 4 xã expected: %s" % members)
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
    if e["status"] == "ok" and e["body_id"]:
        if e["body_id"] not in names:
            problems.append("sender not in roster: " + f)
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key not in latest or gold["files"][latest[key]]["date"] < e["date"]:
            latest[key] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, latest, source_text, built_text, src_of,
                                        unbuilt=lambda f: f == SCAN, strict=False)
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
    if "rà soát" in source_text(src_of["inbox/" + later]) or "rà soát" not in source_text(src_of["inbox/" + f]):
        problems.append("the earlier-report row: the latest report should not speak of it")
    if "%s / %s / report" % (duty, body) not in gold["notes"]:
        problems.append("note for the earlier-report row")
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(latest):
    problems.append("senders without rows: %s" % (set(latest) ^ kinds))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
if any(c["status"] != "not_submitted" for c in gold["coverage"] if c["body_id"] == MEMBERS["xã Lìa"]):
    problems.append("xã Lìa sent nothing")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
