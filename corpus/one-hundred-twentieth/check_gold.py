"""Consistency check of corpus/one-hundred-twentieth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-twentieth/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks: the duties in plan order, one per lettered item
of section III (19), each deadline read from its item's own date phrase (quý I/2026, trước
30/6/2026, quý III/2026, tháng 10/2026, quý IV/2026, trước 15/12/2026, thường xuyên); one support
duty (III.5-c), the rest lead; six holders, no collective; plan rows only for the three holders V.1
asks for a unit plan, report rows for every duty (V.2); one file per holder and kind; every ok reply
cites the plan, the unrelated letter does not; one late report (Phòng VH-XH), one unrelated file,
one silent holder (Trạm Y tế); the year report (10/12/2026) not yet due and said so in the notes.
The shape, the six-month review: each report row is classed by its duty's deadline against the end
of the six months (30/6/2026) and judged by the README's timing rule -
- not yet due: never partial except through a deferral past the deadline written in the report
  (a "2027" phrase); missing only with a "not begun" phrase in the report; covered otherwise,
  each such row with a note in the gold;
- the Văn phòng's report has the table "Nhiệm vụ | Thời hạn | Tiến độ | Ghi chú" (source and DOCX);
- "đang triển khai" and "Chưa triển khai, sẽ thực hiện trong quý IV theo kế hoạch" are written;
- Phòng KT-HT-ĐT's report is a scan (no text layer; its evidence read back by tesseract).
"""
import difflib
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
VP = "van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan-phuong"
TT = "trung-tam-phuc-vu-hanh-chinh-cong-phuong-bai-chay"
KT = "phong-kinh-te-ha-tang-va-do-thi"
VH = "phong-van-hoa-xa-hoi"
CA = "cong-an-phuong-bai-chay"
YT = "tram-y-te-phuong-bai-chay"
PLAN_ASKED = {TT, KT, CA}
SCAN = "BC 6 thang/scan_KTHTDT_BC52_20260618.pdf"
TABLE = "BC 6 thang/VP HDND-UBND BC 41 CDS 6T2026.docx"
LATE = "BC 6 thang/VHXH_BC63_CDS xa hoi so 6T.docx"
UNRELATED = "CV 1284-SKHCN huong dan danh gia CDS cap xa 2026.pdf"
CITE = "15/KH-UBND ngày 14/01/2026"
HALF_YEAR_END = "2026-06-30"
# the date phrase of each item of section III -> the deadline it gives
PHRASES = {"hoàn thành trong quý I/2026": "2026-03", "trước ngày 30/6/2026": "2026-06-30",
           "hoàn thành trong quý III/2026": "2026-09", "trong quý IV/2026": "2026-12",
           "hoàn thành trong quý IV/2026": "2026-12", "trước ngày 15/12/2026": "2026-12-15",
           "thực hiện trong tháng 10/2026": "2026-10", "thực hiện thường xuyên": None}
# not-yet-due report rows: the words of the report that decide them under the timing rule
DEFERRED = {("III.2-c", TT): "phần còn lại hoàn thành trong quý I/2027",
            ("III.3-b", KT): "lùi thời gian thực hiện nhiệm vụ này sang quý I/2027"}
NOT_BEGUN = {("III.1-d", VP): "Chưa triển khai | Chưa đến thời hạn",
             ("III.3-b", KT): "Nhiệm vụ này chưa triển khai",
             ("III.4-d", VH): "Chưa triển khai, sẽ thực hiện trong quý IV theo kế hoạch."}

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-twentieth":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-06", "2026-06-20"):
    problems.append("due dates")
if not plan_src.startswith("ỦY BAN NHÂN DÂN\nPHƯỜNG BÃI CHÁY\nSố: 15/KH-UBND\n") \
        or "Bãi Cháy, ngày 14 tháng 01 năm 2026" not in plan_src:
    problems.append("the plan's header")

# duties: one per lettered item of section III, in order, deadline from the item's own phrase
section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ\n")[0]
section_v = plan_src.split("\nV. TỔ CHỨC THỰC HIỆN\n")[1]
items = [l[3:] for l in section_iii.split("\n") if re.match(r"^[a-d]\) ", l)]
if len(items) != len(gold["duties"]) or len(gold["duties"]) != 19:
    problems.append("duty count %d vs %d items" % (len(gold["duties"]), len(items)))
pos = -1
for d, item in zip(gold["duties"], items):
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if not item.startswith(d["text_start"]):
        problems.append("text_start does not open its item: " + d["id"])
    found = [p for p in PHRASES if p in item and not any(q != p and p in q and q in item for q in PHRASES)]
    if len(found) != 1 or PHRASES[found[0]] != d["deadline"]:
        problems.append("deadline of %s: %s vs %s" % (d["id"], d["deadline"], found))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"III.5-c": "support"}:
    problems.append("roles: one support (III.5-c), the rest lead")
forms = ["trong quý I/2026", "trước ngày 30/6/2026", "trong quý III/2026", "quý IV/2026", "trước ngày 15/12/2026",
         "thực hiện thường xuyên", "trong tháng 10/2026"]
if any(f not in section_iii for f in forms):
    problems.append("the plan's deadlines across the year")
v2 = section_v.split("\n")[1]
if not ("6 tháng đầu năm 2026" in v2 and "trước ngày 20/6/2026" in v2 and "báo cáo kết quả thực hiện năm 2026 trước ngày 10/12/2026" in v2):
    problems.append("V.2: the six-month report by 20/6/2026 and the year report by 10/12/2026")
if "10/12/2026" not in gold["notes"].get("year report", "") or "not yet due" not in gold["notes"].get("year report", ""):
    problems.append("the gold says the year report is not yet due")
if not section_v.split("\n")[0].startswith("1. Trung tâm Phục vụ hành chính công phường, Phòng Kinh tế, Hạ tầng và Đô thị, "
                                           "Công an phường căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết"):
    problems.append("V.1 asks the three holders of PLAN_ASKED for a unit plan")

# roster and holders
names, members = goldcheck.roster(HERE)
if members:
    problems.append("no collective expected")
holders = {d["body_id"] for d in gold["duties"]}
if holders != names or len(holders) != 6:
    problems.append("the six roster bodies are the six holders")
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    src = source_text(src_of["inbox/" + f])
    if e["status"] == "ok":
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
        if CITE not in src:
            problems.append("plan citation of " + f)
        if e["role"] == "unit_plan" and e["body_id"] not in PLAN_ASKED:
            problems.append("a unit plan from a holder not asked for one: " + f)
    elif "15/KH-UBND" in src:
        problems.append("the unrelated file cites the plan: " + f)
if any(b == YT for b, _ in senders):
    problems.append("the Trạm Y tế sends nothing")

# coverage rows: report rows for every duty, plan rows only where V.1 asks for a unit plan
expected = {(d["id"], d["body_id"], "report") for d in gold["duties"]}
expected |= {(d["id"], d["body_id"], "plan") for d in gold["duties"] if d["body_id"] in PLAN_ASKED}
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")

# the timing rule on the report rows
deadline = {d["id"]: d["deadline"] for d in gold["duties"]}
classes = {}
for c in gold["coverage"]:
    if c["kind"] != "report" or c["status"] == "not_submitted":
        continue
    dl = deadline[c["duty_id"]]
    cls = "standing" if dl is None else ("due" if dl[:7] <= HALF_YEAR_END[:7] else "not_yet_due")
    classes[cls] = classes.get(cls, 0) + 1
    key = (c["duty_id"], c["body_id"])
    src = source_text(src_of["inbox/" + c["evidence_file"]])
    note = gold["notes"].get("%s / %s / report" % key, "")
    if cls == "not_yet_due":
        if not note:
            problems.append("a not-yet-due verdict without a note: %s %s" % key)
        if (c["status"] == "partial") != (key in DEFERRED and key not in NOT_BEGUN):
            problems.append("not yet due: partial only through a deferral past the deadline: %s %s" % key)
        if c["status"] == "missing" and key not in NOT_BEGUN:
            problems.append("not yet due: missing only when the report says it is not begun: %s %s" % key)
        if c["status"] == "covered" and (key in DEFERRED or key in NOT_BEGUN):
            problems.append("not yet due: covered but deferred or not begun: %s %s" % key)
        for words in (DEFERRED.get(key), NOT_BEGUN.get(key)):
            if words and not all(w.strip() in src for w in words.split("|")):
                problems.append("the deciding words are not in the report: %s" % words)
        if key in DEFERRED and "2027" not in DEFERRED[key]:
            problems.append("a deferral past the deadline names 2027")
    elif key in DEFERRED or key in NOT_BEGUN:
        problems.append("DEFERRED / NOT_BEGUN hold only not-yet-due rows: %s %s" % key)
if set(classes) != {"standing", "due", "not_yet_due"} or classes["not_yet_due"] < 6:
    problems.append("report rows of every class expected: %s" % classes)

# the shape: the table of the Văn phòng's report, the words of the six-month review
vp_src = source_text(src_of["inbox/" + TABLE])
if "\nNhiệm vụ | Thời hạn | Tiến độ | Ghi chú\n" not in vp_src:
    problems.append("the Văn phòng's table header in its source")
from docx import Document  # noqa: E402
heads = [[c.text for c in t.rows[0].cells] for t in Document(os.path.join(HERE, "inbox", TABLE)).tables]
if ["Nhiệm vụ", "Thời hạn", "Tiến độ", "Ghi chú"] not in heads:
    problems.append("the Văn phòng's DOCX has no table Nhiệm vụ | Thời hạn | Tiến độ | Ghi chú")
reports = "\n".join(source_text(src_of["inbox/" + f]) for f, e in gold["files"].items() if e["role"] == "report")
for words in ("Đang triển khai", "đang triển khai", "Chưa triển khai, sẽ thực hiện trong quý IV theo kế hoạch", "quý I/2027"):
    if words not in reports:
        problems.append("the reports should say: " + words)

# files: one late, one unrelated, the scan
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late report (Phòng VH-XH) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["role"] != "other" or gold["files"][UNRELATED]["body_id"]:
    problems.append("one unrelated letter of a non-holder expected: %s" % other)
if built_text("inbox/" + SCAN).strip():
    problems.append("Phòng KT-HT-ĐT's report should be a scan (no text layer)")
try:
    import render as R  # noqa: E402
    with tempfile.TemporaryDirectory(prefix="check-120-") as tmp:
        ocr = ""
        for k, img in enumerate(R.page_images(os.path.join(HERE, "inbox", SCAN), 300)):
            png = os.path.join(tmp, "p%d.png" % k)
            img.save(png)
            ocr += subprocess.run(["tesseract", png, "-", "-l", "vie"], capture_output=True, text=True,
                                  timeout=180).stdout
except (OSError, subprocess.TimeoutExpired, ImportError):
    ocr = None
if ocr is not None:
    flat_ocr = goldcheck.flat(ocr).lower()
    for c in gold["coverage"]:
        if c["evidence_file"] == SCAN and c["evidence"]:
            ev = goldcheck.flat(c["evidence"]).lower()
            best = max(difflib.SequenceMatcher(None, flat_ocr[k:k + len(ev)], ev, autojunk=False).ratio()
                       for k in range(max(1, len(flat_ocr) - len(ev) + 1)))
            if best < 0.9:
                problems.append("scan evidence not legible: " + c["evidence"])
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
