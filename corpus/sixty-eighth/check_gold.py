"""Consistency check of corpus/sixty-eighth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/sixty-eighth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks, the shape of this set (a five-year plan in two phases, periodic reports):
- the plan writes its unit-plan date (30/4/2026) and a yearly report date ("15/12 hằng năm"), so
  report_due, the first annual report's (2026-12-15), is not written with its year: checked here;
- duties in plan order, all in section IV, each text_start once there; 15 of them; IV.5 support,
  IV.7 requested, the rest lead; deadlines of every kind (relative -> a day, month, year, the two
  phases -> 2027 / 2030, recurring -> null);
- the roster's one collective (UBND các xã có điểm du lịch cộng đồng, 4 communes);
- the Sở VHTTDL sent a 6-month and an annual report: coverage comes from the later (annual) one
  only, never from the 6-month one; every other holder sent at most one file of a kind;
- every coverage row of a 2028 - 2030 duty in a document has a note (the phase-2 calls);
- the xã Hòa Minh report is a scan (no text layer): its evidence is checked in its source only;
- one late file (Sở Công Thương's plan); one unrelated file (xã Phú Túc), which does not cite the
  plan; every other file cites 112/KH-UBND ngày 17/3/2026.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
SCAN = "Scan BC 247 xa Hoa Minh DLCD 2026.pdf"
SIX = "SVHTTDL/BC 1092 DLCD 6 thang dau nam 2026.docx"
YEAR = "SVHTTDL/BC_2417_SVHTTDL_DLCD nam 2026.pdf"
LATE = "SCT - KH 903 ket noi tieu thu OCOP tai diem DLCD.doc"
UNRELATED = "Phu Tuc_BC 231 phong trao TDDK XDDSVH 2026.docx"

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of)
if (gold["plan_due"], gold["report_due"]) != ("2026-04-30", "2026-12-15"):
    problems.append("due dates")
if "trước ngày 30/4/2026" not in plan_src or "trước ngày 15/12 hằng năm" not in plan_src:
    problems.append("the plan's own due dates (30/4/2026, 15/12 hằng năm)")
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))

section_iv = plan_src.split("\nIV. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nV. KINH PHÍ\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if section_iv.count(d["text_start"]) != 1:
        problems.append("duty outside section IV or not unique: " + d["id"])
if len(gold["duties"]) != 15:
    problems.append("duty count %d" % len(gold["duties"]))
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"IV.5": "support", "IV.7": "requested"}:
    problems.append("roles: IV.5 support, IV.7 requested, the rest lead")
deadlines = {d["id"]: d["deadline"] for d in gold["duties"]}
kinds = {"relative": deadlines["IV.1-a"] == "2026-04-16", "month": deadlines["IV.1-b"] == "2026-09",
         "year": deadlines["IV.2-b"] == "2027",
         "phase 1": all(deadlines[k] == "2027" for k in ("IV.2-a", "IV.5", "IV.6-a")),
         "phase 2": all(deadlines[k] == "2030" for k in ("IV.1-d", "IV.2-c", "IV.4-b", "IV.6-c")),
         "recurring": all(deadlines[k] is None for k in ("IV.1-c", "IV.3", "IV.4-a", "IV.6-b", "IV.7"))}
problems += ["deadline kind: " + k for k, ok in kinds.items() if not ok]
for d in gold["duties"]:
    words = {"2027": "Giai đoạn 2026 - 2027", "2030": "Giai đoạn 2028 - 2030"}
    if d["deadline"] in words and d["id"] != "IV.2-b":
        para = section_iv[section_iv.find(d["text_start"]):].split("\n")[0]
        if words[d["deadline"]].lower() not in para.lower():
            problems.append("phase deadline without its phase in the text: " + d["id"])

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"uy-ban-nhan-dan-cac-xa-co-diem-du-lich-cong-dong": 4}:
    problems.append("roster: one collective of 4 communes expected")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])

# who sent what: of two reports of one holder the later counts (only the Sở VHTTDL has two)
senders, dated, twice = {}, {}, []
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["status"] != "ok":
        continue
    key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
    if key in dated:
        twice.append(key)
    if key not in dated or e["date"] > dated[key]:
        senders[key], dated[key] = f, e["date"]
if twice != [("so-van-hoa-the-thao-va-du-lich", "report")] or senders[twice[0]] != YEAR:
    problems.append("two reports of the Sở VHTTDL, the annual one counting: %s" % twice)
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f == SCAN)
if any(c["evidence_file"] == SIX for c in gold["coverage"]):
    problems.append("evidence from the earlier 6-month report")
if SIX not in gold["notes"] or "NOT the one that counts" not in gold["notes"][SIX]:
    problems.append("the gold must say which of the two reports counts")
kinds_sent = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds_sent != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds_sent))
phase2 = {d["id"] for d in gold["duties"] if d["deadline"] == "2030"}
for c in gold["coverage"]:
    if c["duty_id"] in phase2 and c["status"] != "not_submitted" \
            and "%s / %s / %s" % (c["duty_id"], c["body_id"], c["kind"]) not in gold["notes"]:
        problems.append("phase-2 row without a note: %s %s %s" % (c["duty_id"], c["body_id"], c["kind"]))
statuses = {c["status"] for c in gold["coverage"]}
if statuses != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("statuses used: %s" % statuses)

# the scan has no text layer
if built_text("inbox/" + SCAN).strip():
    problems.append("the Hòa Minh scan has a text layer")
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late file (Sở Công Thương's plan) expected: %s" % late)
for f, e in gold["files"].items():
    cites = "112/KH-UBND ngày 17/3/2026" in source_text(src_of["inbox/" + f])
    if cites != (f != UNRELATED):
        problems.append("plan citation of " + f)
    if (e["status"] == "unrecognized") != (f == UNRELATED):
        problems.append("status of " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
