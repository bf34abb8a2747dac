"""Consistency check of corpus/seventy-third/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/seventy-third/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; one requested duty (III.6),
the rest lead; the roster's one collective (3 xã); and the shape of this set, deadlines counted
from the event:
- the plan states the festival's dates once (24/4/2026 – 26/4/2026; ngày D = the opening day);
- every duty's deadline is recomputed here from the relative words of its own paragraph
  ("trước ngày khai mạc N ngày", "chậm nhất N ngày trước Lễ khai mạc", "trong / trước ngày D-N",
  a window "từ ngày D-x đến (hết) ngày D+y" or "trong thời gian diễn ra Lễ hội" = its last day,
  "sau khi kết thúc Lễ hội N ngày", "trong N ngày sau khi kết thúc Lễ hội") and must equal the gold;
- plan_due is written as a date, report_due is relative (10 days after the end = 06/5/2026);
- the partial rows that turn on a unit's own date later than the computed deadline show that date;
- one late file (the report of 08/5/2026, after the computed report_due), a quick report dated on
  the opening day, an unrelated report of a collective member; a photo and a scan.
"""
import os
import re
import sys
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}

SV = "SVHTTDL/KH 642-SVHTTDL chi tiet hoat dong Le hoi bien Thien Cam.docx"
CA = "CAT_KH 1187 ANTT Le hoi bien Thien Cam 2026.pdf"
TC = "xa Thien Cam/KH 41 phuc vu Le hoi bien 2026.doc"
YT = "Zalo/BC nhanh SYT ngay khai mac 24.4.jpg"
CT = "Scan BC 58 xa Cam Trung le hoi bien.pdf"
DL = "PCHT BC 1264 cap dien Le hoi Thien Cam (08.5.2026).docx"
YH = "BC Le hoi Cau ngu 2026 - Yen Hoa.pdf"
UNBUILT = (YT, CT)   # a photo and a scan: no text layer


def src(f):
    return source_text(src_of["inbox/" + f])


def dmy(s, year=2026):
    d, m = s.split("/")[:2]
    return date(year, int(m), int(d))


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
# the report's due date is not written as a date in the plan: due dates are checked below
problems += goldcheck.file_problems(HERE, gold, source_text, src_of)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))

# 1. the event, stated once, and the two due dates
m = re.search(r"Lễ hội diễn ra trong 03 ngày, từ ngày (\d+/\d+/2026) đến ngày (\d+/\d+/2026)", plan_src)
if not m:
    problems.append("the festival's dates in II.1")
    START = END = date(2026, 4, 24)
else:
    START, END = dmy(m.group(1)), dmy(m.group(2))
    for s in m.groups():
        if plan_src.count(s) != 1:
            problems.append("the event date %s should be written once" % s)
if "Lễ khai mạc tổ chức vào 20 giờ 00 tối ngày đầu tiên của Lễ hội (sau đây gọi là ngày D)" not in plan_src:
    problems.append("ngày D = the opening evening, the festival's first day")
D = START
if (START, END) != (date(2026, 4, 24), date(2026, 4, 26)) or END != D + timedelta(2):
    problems.append("event dates")
if "gửi Ủy ban nhân dân tỉnh (qua Sở Văn hóa, Thể thao và Du lịch) trước ngày 03/4/2026." not in plan_src \
        or gold["plan_due"] != "2026-04-03":
    problems.append("plan_due: written in V.1")
if "chậm nhất sau khi kết thúc Lễ hội 10 ngày" not in plan_src or \
        gold["report_due"] != (END + timedelta(10)).isoformat():
    problems.append("report_due: 10 days after the end")

# 2. duties: order, section, roles, and each deadline recomputed from its paragraph
section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. KINH PHÍ\n")[0]
lines = section_iii.split("\n")
RULES = [
    (r"trước ngày khai mạc (\d+) ngày", lambda n: D - timedelta(n)),
    (r"chậm nhất (\d+) ngày trước Lễ khai mạc", lambda n: D - timedelta(n)),
    (r"(?:trong|trước) ngày D-(\d+)", lambda n: D - timedelta(n)),
    (r"từ ngày D-\d+ đến (?:hết )?ngày D\+(\d+)", lambda n: D + timedelta(n)),
    (r"trong thời gian diễn ra Lễ hội()", lambda n: END),
    (r"sau khi kết thúc Lễ hội (\d+) ngày", lambda n: END + timedelta(n)),
    (r"trong (\d+) ngày sau khi kết thúc Lễ hội", lambda n: END + timedelta(n)),
]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    paras = [l for l in lines if d["text_start"] in l]
    if len(paras) != 1:
        problems.append("duty outside section III or not unique: " + d["id"])
        continue
    found = []
    for rx, fn in RULES:
        for mm in re.finditer(rx, paras[0]):
            found.append(fn(int(mm.group(1)) if mm.group(1) else 0))
    if len(found) != 1:
        problems.append("one relative deadline expected in %s: %s" % (d["id"], found))
    elif d["deadline"] != found[0].isoformat():
        problems.append("deadline of %s: %s, computed %s" % (d["id"], d["deadline"], found[0]))
    if re.search(r"\d+/\d+/20\d\d", paras[0]):
        problems.append("a written date in duty " + d["id"])
if len(gold["duties"]) != 16:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"}
if roles != {"III.6": "requested"}:
    problems.append("roles: III.6 requested, the rest lead: %s" % roles)

names, members = goldcheck.roster(HERE)
COLL = "uy-ban-nhan-dan-cac-xa-thien-cam-yen-hoa-cam-trung"
if {k: len(v) for k, v in members.items()} != {COLL: 3}:
    problems.append("roster: one collective of 3 xã expected")
if len({d["body_id"] for d in gold["duties"]}) != 7:
    problems.append("7 holders expected")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])

# 3. who sent what, the rows
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["status"] == "ok" and e["role"] in ("unit_plan", "report"):
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f in UNBUILT)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
statuses = [c["status"] for c in gold["coverage"]]
if not all(s in statuses for s in ("covered", "partial", "missing", "not_submitted")):
    problems.append("every status expected")

# 4. the partial rows that turn on a unit's own date, later than the computed deadline
deadline = {d["id"]: date.fromisoformat(d["deadline"]) for d in gold["duties"]}
row = {(c["duty_id"], c["evidence_file"]): c for c in gold["coverage"]}
for duty, f in (("III.1-a", SV), ("III.2-b", CA), ("III.7-a", TC)):
    c = row.get((duty, f))
    mm = re.search(r"trước ngày (\d+/\d+/2026)", c["evidence"]) if c else None
    if not c or c["status"] != "partial" or not mm or dmy(mm.group(1)) <= deadline[duty]:
        problems.append("late step of %s in %s" % (duty, f))
# and the steps judged covered keep to their deadlines
for duty, f, when in (("III.1-c", SV, "23/4/2026"), ("III.1-d", SV, "13/4/2026"),
                      ("III.4-a", "SCT - KH 356 hoi cho am thuc bien Thien Cam.docx", "23/4/2026")):
    c = row.get((duty, f))
    if not c or c["status"] != "covered" or when not in c["evidence"] or dmy(when) > deadline[duty]:
        problems.append("on-time step of %s in %s" % (duty, f))

# 5. files: dates against the computed report_due, the quick report, the unrelated report
rdue = date.fromisoformat(gold["report_due"])
late = sorted(f for f, e in gold["files"].items() if e["on_time"] == "no")
if late != [DL] or not rdue < date.fromisoformat(gold["files"][DL]["date"]) <= rdue + timedelta(3):
    problems.append("one late file, the Điện lực report just after the computed report_due: %s" % late)
yt = gold["files"][YT]
if (yt["role"], yt["date"], yt["on_time"]) != ("report", D.isoformat(), "yes") or "BÁO CÁO NHANH" not in src(YT):
    problems.append("the quick report: a report dated on ngày D")
yh = gold["files"][YH]
if (yh["status"], yh["role"], yh["body_id"]) != ("unrecognized", "other", "uy-ban-nhan-dan-xa-yen-hoa") \
        or "118/KH-UBND" in src(YH) or "Lễ hội Cầu ngư" not in src(YH):
    problems.append("Yên Hòa's report on another festival: unrecognized")
for f in gold["files"]:
    if f != YH and "Kế hoạch số 118/KH-UBND ngày 16/3/2026" not in src(f):
        problems.append("plan citation of " + f)
if "Kế hoạch số 36/KH-UBND ngày 03/4/2026" not in src(CT) or \
        any(c["body_id"] == "uy-ban-nhan-dan-xa-cam-trung" and c["kind"] == "plan" and c["status"] != "not_submitted"
            for c in gold["coverage"]):
    problems.append("Cẩm Trung's own plan is cited, not sent: plan rows not_submitted")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", CT)) as pdf:
    if any((p.extract_text() or "").strip() for p in pdf.pages):
        problems.append("the Cẩm Trung report should be a scan (no text layer)")
with open(os.path.join(HERE, "inbox", YT), "rb") as fh:
    if fh.read(3) != b"\xff\xd8\xff":
        problems.append("the quick report should be a JPEG photo")
for k in gold["notes"]:
    if k.startswith("file ") and k[5:] not in gold["files"]:
        problems.append("note of an unknown file: " + k)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
