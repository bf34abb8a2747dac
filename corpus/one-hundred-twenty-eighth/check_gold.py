"""Consistency check of corpus/one-hundred-twenty-eighth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-twenty-eighth/check_gold.py   (prints OK or the problems)
Besides goldcheck's duty and coverage checks: the duties in plan order, one per lettered item of
section III and one per unlettered item (III.3, III.4), 12 in all, each deadline read from its item's
own date phrase; roles (III.3, III.4, III.5-a … e requested, the rest lead); the roster's one
collective (the five phường, xã the plan names); plan rows only for the two units V.1 asks for a
detailed plan, report rows for every duty and holder; one file per holder and kind; every ok reply
cites the plan, the unrelated letter does not.
The shape, the deadline moved after the plan: the plan's own dates (20/3 for plans, 24/4 for
reports); the Sở's general extension (642, to 15/5, reports only, cites the plan) = report_due; the
commune's request (215, asks 29/5) and the Sở's grant to that commune only (781, 22/5); the reminder
(806) sets no new date. Each ok file's on_time against the date that applied to it (DUE: plan_due,
report_due, or the granted date of the one holder that has one), none dated on it; replies before
the plan's date, between it and the extended one, after it on time by the grant only, and after it
late; a unit plan sent after the extension and late all the same. The issuer's letters are
unrecognized / other with no sender body, the request unrecognized / other from its commune.
Formats: DOCX, text PDF, a scan (no text layer; its evidence read back by tesseract) and a sheet.
"""
import difflib
import os
import re
import subprocess
import sys
import tempfile
from datetime import date

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
CC, TT = "chi-cuc-quan-ly-thi-truong", "trung-tam-khuyen-cong-va-xuc-tien-thuong-mai"
CA, TC = "cong-an-tinh", "so-tai-chinh"
DK, KL, DD, NS, LB = ("uy-ban-nhan-dan-phuong-dong-kinh", "uy-ban-nhan-dan-phuong-ky-lua", "uy-ban-nhan-dan-xa-dong-dang",
                      "uy-ban-nhan-dan-xa-na-sam", "uy-ban-nhan-dan-xa-loc-binh")
COLL = "uy-ban-nhan-dan-cac-phuong-xa"
PLAN_ASKED = {CC, TT}
F_642 = "VB So ban hanh/CV 642-SCT-QLTM gia han bao cao ra soat cho.pdf"
F_781 = "VB So ban hanh/CV 781-SCT-QLTM gia han cho UBND xa Na Sam.pdf"
F_806 = "VB So ban hanh/CV 806-SCT-QLTM don doc bao cao KH38.docx"
F_215 = "BC ra soat cho/Na Sam/CV 215 xin gia han BC ra soat cho.docx"
F_DK = "P.Dong Kinh CV 196 dang ky Hoi cho Viet Trung 2026.pdf"
F_TTKH = "KH don vi/TTKC-XTTM KH 09 khao sat TT khong dung tien mat tai cho.pdf"
F_LB = "BC ra soat cho/Loc Binh - BC 148 ra soat cho (bieu).xlsx"
SCAN = "BC ra soat cho/Na Sam/scan_BC231_NaSam_20260521.pdf"
ISSUER = {F_642, F_781, F_806}
CITE = "38/KH-SCT ngày 05/3/2026"
PLAN_DATE, FIRST_DUE, EXTENDED, GRANTED, ASKED = (date(2026, 3, 20), date(2026, 4, 24), date(2026, 5, 15),
                                                 date(2026, 5, 22), date(2026, 5, 29))
GRANTS = {NS: GRANTED}          # holder -> the report date granted to it alone
PHRASES = {"hoàn thành trong quý II/2026": "2026-06", "trước ngày 10/4/2026": "2026-04-10",
           "hoàn thành trong tháng 4/2026": "2026-04", "trước ngày 30/6/2026": "2026-06-30"}


def d(s):
    return date.fromisoformat(s)


def dates_in(text):
    """Every d/m/2026 date written in a text."""
    return [date(2026, int(m), int(dd)) for dd, m in re.findall(r"\b(\d{1,2})/(\d{1,2})/2026\b", text)]


problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-twenty-eighth":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if not plan_src.startswith("UBND TỈNH LẠNG SƠN\nSỞ CÔNG THƯƠNG\nSố: 38/KH-SCT\n") \
        or "Lạng Sơn, ngày 05 tháng 3 năm 2026" not in plan_src:
    problems.append("the plan's header")

# ---- the dates: the plan's own, the extension for all, the request, the grant to one, the reminder
section_v = plan_src.split("\nV. TỔ CHỨC THỰC HIỆN\n")[1]
v1, v2 = section_v.split("\n")[0], section_v.split("\n")[1]
if not v1.startswith("1. Chi cục Quản lý thị trường, Trung tâm Khuyến công và Xúc tiến thương mại") \
        or "kế hoạch chi tiết" not in v1 or dates_in(v1) != [PLAN_DATE]:
    problems.append("V.1: the two units' detailed plans trước ngày 20/3/2026")
if "báo cáo kết quả thực hiện" not in v2 or dates_in(v2) != [FIRST_DUE]:
    problems.append("V.2: every holder's report trước ngày 24/4/2026")
if (d(gold["plan_due"]), d(gold["report_due"])) != (PLAN_DATE, EXTENDED):
    problems.append("plan_due is the plan's 20/3/2026, report_due the extended 15/5/2026")
s642, s781, s806, s215 = (source_text(src_of["inbox/" + f]) for f in (F_642, F_781, F_806, F_215))
if "V/v gia hạn thời gian gửi báo cáo" not in s642 or "đến trước ngày 15/5/2026" not in s642 \
        or "Các nội dung khác của Kế hoạch số 38/KH-SCT không thay đổi" not in s642 or "kế hoạch chi tiết" in s642 \
        or "trước ngày 24/4/2026" not in s642 or d(gold["files"][F_642]["date"]) >= FIRST_DUE:
    problems.append("642: moves the report date 24/4 -> 15/5 for all, before 24/4, nothing else")
if "V/v xin gia hạn" not in s215 or "đến trước ngày 29/5/2026" not in s215 \
        or not EXTENDED > d(gold["files"][F_215]["date"]) > FIRST_DUE:
    problems.append("215: xã Na Sầm asks for 29/5, between the plan's date and the extended one")
if "Công văn số 215/UBND-KT ngày 11/5/2026" not in s781 \
        or "đối với Ủy ban nhân dân xã Na Sầm đến trước ngày 22/5/2026" not in s781 \
        or "các cơ quan, đơn vị, địa phương khác vẫn thực hiện theo Công văn số 642/SCT-QLTM" not in s781:
    problems.append("781: grants xã Na Sầm alone 22/5 (less than the 29/5 asked), the others stay under 642")
if [x for x in dates_in(s806) if x > d(gold["files"][F_806]["date"]) and x != GRANTED] or "khẩn trương" not in s806:
    problems.append("806: a reminder with no new date (only the granted 22/5 is cited)")
if gold["files"][F_781]["date"] >= gold["files"][F_806]["date"] or not ASKED > GRANTED > EXTENDED:
    problems.append("order of the letters")

# ---- files: every file listed, dated as printed; on_time against the date that applied to it
inbox = os.path.join(HERE, "inbox")
on_disk = {os.path.relpath(os.path.join(dp, f), inbox) for dp, _, fs in os.walk(inbox) for f in fs}
if on_disk != set(gold["files"]):
    problems.append("files differ: %s" % (on_disk ^ set(gold["files"])))
applied = {}
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    fd = d(e["date"])
    if not re.search(r"ngày 0?%d tháng 0?%d năm %d" % (fd.day, fd.month, fd.year), src):
        problems.append("date of %s not in its header" % f)
    if e["status"] == "ok":
        due = PLAN_DATE if e["role"] == "unit_plan" else GRANTS.get(e["body_id"], d(gold["report_due"]))
        applied[f] = due
        if e["on_time"] != ("yes" if fd <= due else "no") or fd == due:
            problems.append("on_time of %s (due %s)" % (f, due))
    elif e["on_time"] != "" or e["role"] != "other" or e["status"] != "unrecognized":
        problems.append("a letter is unrecognized / other with no on_time: " + f)
reports = {f: d(e["date"]) for f, e in gold["files"].items() if e["status"] == "ok" and e["role"] == "report"}
windows = {
    "before the plan's date": [f for f, x in reports.items() if x < FIRST_DUE],
    "between the plan's date and the extended one": [f for f, x in reports.items() if FIRST_DUE < x <= EXTENDED],
    "after the extended date, on time by a grant": [f for f, x in reports.items()
                                                   if x > EXTENDED and gold["files"][f]["on_time"] == "yes"],
    "after the extended date, late": [f for f, x in reports.items() if x > EXTENDED and gold["files"][f]["on_time"] == "no"],
}
for k, v in windows.items():
    if not v:
        problems.append("no reply " + k)
if [gold["files"][f]["body_id"] for f in windows["after the extended date, on time by a grant"]] != [NS]:
    problems.append("only xã Na Sầm is on time after 15/5")
tt = gold["files"][F_TTKH]
if not (tt["role"] == "unit_plan" and d(tt["date"]) > d(gold["files"][F_642]["date"]) and tt["on_time"] == "no"
        and "Công văn số 642/SCT-QLTM" in source_text(src_of["inbox/" + F_TTKH])):
    problems.append("the Trung tâm's plan: after the extension, citing it, late all the same")
if "qua điện thoại" not in source_text(src_of["inbox/" + F_LB]) or gold["files"][F_LB]["on_time"] != "no" \
        or [f for f, e in gold["files"].items() if e["body_id"] == LB] != [F_LB]:
    problems.append("xã Lộc Bình: a phone request only, no letter, late")

# ---- duties: one per item of section III, in order, deadline from the item's own phrase
section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ\n")[0]
items = [x for x in section_iii.split("\n")
         if re.match(r"^[a-e]\) ", x) or x.startswith(("Đề nghị Công an tỉnh", "Đề nghị Sở Tài chính"))]
if len(items) != len(gold["duties"]) or len(gold["duties"]) != 12:
    problems.append("duty count %d vs %d items" % (len(gold["duties"]), len(items)))
pos = -1
for du, item in zip(gold["duties"], items):
    at = plan_src.find(du["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + du["id"])
    pos = at
    text = item[3:] if re.match(r"^[a-e]\) ", item) else item
    if not text.startswith(du["text_start"]):
        problems.append("text_start does not open its item: " + du["id"])
    found = [p for p in PHRASES if p in item]
    if (PHRASES[found[0]] if len(found) == 1 else None) != du["deadline"] or len(found) > 1:
        problems.append("deadline of %s: %s vs %s" % (du["id"], du["deadline"], found))
roles = {du["id"]: du["role"] for du in gold["duties"]}
if {k for k, r in roles.items() if r == "requested"} != {"III.3", "III.4", "III.5-a", "III.5-b", "III.5-c", "III.5-d",
                                                         "III.5-e"} or set(roles.values()) != {"lead", "requested"}:
    problems.append("roles: III.3, III.4, III.5-* requested, the rest lead")

# ---- roster and holders
names, members = goldcheck.roster(HERE)
if members != {COLL: [DK, KL, DD, NS, LB]}:
    problems.append("one collective: the five phường, xã")
if "Đề nghị Ủy ban nhân dân các phường, xã: Đông Kinh, Kỳ Lừa, Đồng Đăng, Na Sầm, Lộc Bình:" not in section_iii:
    problems.append("the plan names the five members of the collective")
holders = {du["body_id"] for du in gold["duties"]}
if (holders - {COLL}) | set(members[COLL]) != names:
    problems.append("the roster's bodies are the holders and the collective's members")
if any(du["collective"] != (du["body_id"] == COLL) for du in gold["duties"]):
    problems.append("collective flag")
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
    elif f in ISSUER:
        if e["body_id"] or not src.startswith("UBND TỈNH LẠNG SƠN\nSỞ CÔNG THƯƠNG\n") or "38/KH-SCT" not in src:
            problems.append("the issuer's own letter (no sender body, cites the plan): " + f)
    elif f == F_215:
        if e["body_id"] != NS or CITE not in src:
            problems.append("the request is xã Na Sầm's and cites the plan")
    elif f == F_DK:
        if "38/KH-SCT" in src or e["body_id"] != DK:
            problems.append("the unrelated letter is phường Đông Kinh's and does not cite the plan")
    else:
        problems.append("an unexpected non-reply: " + f)
if any(b == TC for b, _ in senders) or any(b == DK for b, _ in senders):
    problems.append("Sở Tài chính and phường Đông Kinh send nothing for this plan")

# ---- coverage rows: plan rows only where V.1 asks for a detailed plan, report rows for all
expected = set()
for du in gold["duties"]:
    for h in (members[du["body_id"]] if du["collective"] else [du["body_id"]]):
        expected.add((du["id"], h, "report"))
        if h in PLAN_ASKED:
            expected.add((du["id"], h, "plan"))
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
for c in gold["coverage"]:
    if c["status"] in ("partial", "missing") and "%s / %s / %s" % (c["duty_id"], c["body_id"], c["kind"]) not in gold["notes"]:
        problems.append("no note: %s" % c)
for f in list(ISSUER) + [F_215, F_DK, F_TTKH, F_LB]:
    if f not in gold["notes"]:
        problems.append("no note for " + f)

# ---- formats: DOCX, text PDF, a scan with no text layer, a sheet
exts = {os.path.splitext(f)[1] for f in gold["files"]}
if exts != {".docx", ".pdf", ".xlsx"}:
    problems.append("formats: %s" % exts)
if built_text("inbox/" + SCAN).strip():
    problems.append("xã Na Sầm's report should be a scan (no text layer)")
try:
    import render as R  # noqa: E402
    with tempfile.TemporaryDirectory(prefix="check-128-") as tmp:
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
