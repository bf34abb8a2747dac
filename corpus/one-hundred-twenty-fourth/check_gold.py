"""Consistency check of corpus/one-hundred-twenty-fourth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-twenty-fourth/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks: the duties in plan order, one per lettered item of
section III and one per unlettered item (III.6, III.7), each deadline read from its item's own date
phrase; one support (III.4-c) and one requested (III.7) duty; seven holders = the roster, no
collective; plan rows only for the five holders V.1 asks for a unit plan, report rows for every duty;
one file per holder and kind. The set's shape, last year's documents in this year's inbox:
- the mistaken 2025 report: dated 2025, cites last year's plan (46/KH-UBND ngày 28/7/2025), never
  this one; a scan (no text layer) whose date and citation tesseract reads back; unrecognized /
  other with its sender, that sender's report rows not_submitted while its 2026 plan stands;
- the copied plan: dated and titled 2026, its opening line cites 46/KH-UBND ngày 28/7/2025 followed
  by "năm 2026", its table keeps 2025 dates, it never cites 52/KH-UBND; ok / unit_plan with a note;
- the "năm 2025 và phương hướng năm 2026" report counted as a unit plan: its evidence only from its
  part III (phương hướng 2026), its holder's report rows not_submitted;
- the proper 2026 report compares with 2025 ("so với cùng kỳ năm 2025");
- no evidence anywhere speaks of 2025; every other ok reply cites 52/KH-UBND ngày 20/3/2026.
One late report (Công an xã), one unrelated letter (Sở NN&MT, no sender body), one silent holder
(Văn phòng HĐND và UBND xã); formats DOCX, text PDF, Word 97 .doc and a scan.
"""
import difflib
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
src_of = {row["output"]: row["source"] for row in table["files"]}
KT, VH, QS, CA = "phong-kinh-te", "phong-van-hoa-xa-hoi", "ban-chi-huy-quan-su-xa-dan-dien", "cong-an-xa-dan-dien"
YT, VP = "tram-y-te-xa-dan-dien", "van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan-xa"
MT = "uy-ban-mat-tran-to-quoc-viet-nam-xa-dan-dien"
PLAN_ASKED = {KT, VH, QS, CA, YT}
CITE = "52/KH-UBND ngày 20/3/2026"
OLD_CITE = "46/KH-UBND ngày 28/7/2025"
SCAN_2025 = "BC nam 2026/Scan_BCHQS_BC PCTT-TKCN.pdf"
COPIED = "KH don vi 2026/CAX - KH 38 dam bao ANTT mua mua bao.pdf"
TYT = "KH don vi 2026/TYT - BC 21 PCTT 2025, phuong huong 2026.doc"
COMPARES = "BC nam 2026/VHXH - BC 96 PCTT linh vuc VHXH 2026.pdf"
LATE = "BC nam 2026/CAX_BC 212 ANTT, PCTT-TKCN 2026.docx"
UNRELATED = "CV 1865-SNNMT don doc thu Quy PCTT 2026.pdf"
# the date phrase of each item of section III -> the deadline it gives
PHRASES = {"trước ngày 30/4/2026": "2026-04-30", "hoàn thành trước ngày 31/7/2026": "2026-07-31",
           "hoàn thành trước ngày 31/8/2026": "2026-08-31",
           "hoàn thành đợt kiểm tra trước ngày 31/8/2026": "2026-08-31", "trước ngày 30/9/2026": "2026-09-30",
           "ngay sau mỗi đợt thiên tai": None, "thực hiện thường xuyên": None, "(tháng 6 - 7/2026)": "2026-07",
           "hoàn thành trước ngày 31/5/2026": "2026-05-31", "trong tháng 8/2026": "2026-08",
           "khi có lệnh": None, "hoàn thành trước ngày 15/9/2026": "2026-09-15", "": None}

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-twenty-fourth":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-04-15", "2026-11-30"):
    problems.append("due dates")
if not plan_src.startswith("ỦY BAN NHÂN DÂN\nXÃ ĐAN ĐIỀN\nSố: 52/KH-UBND\n") \
        or "Đan Điền, ngày 20 tháng 3 năm 2026" not in plan_src:
    problems.append("the plan's header")
if "Trên cơ sở kết quả thực hiện Kế hoạch số " + OLD_CITE not in plan_src:
    problems.append("the plan renews last year's plan and says so")

# duties: one per item of section III, in order, deadline from the item's own phrase
section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ\n")[0]
section_v = plan_src.split("\nV. TỔ CHỨC THỰC HIỆN\n")[1]
items = [l for l in section_iii.split("\n") if not re.match(r"^\d+\. ", l)]
items = [l[3:] if re.match(r"^[a-dđ]\) ", l) else l for l in items]
if len(items) != len(gold["duties"]) or len(gold["duties"]) != 18:
    problems.append("duty count %d vs %d items" % (len(gold["duties"]), len(items)))
pos = -1
for d, item in zip(gold["duties"], items):
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if not item.startswith(d["text_start"]):
        problems.append("text_start does not open its item: " + d["id"])
    found = [p for p in PHRASES if p and p in item and not any(q != p and p in q and q in item for q in PHRASES)]
    if (PHRASES[found[0]] if len(found) == 1 else None) != d["deadline"] or len(found) > 1:
        problems.append("deadline of %s: %s vs %s" % (d["id"], d["deadline"], found))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"III.4-c": "support", "III.7": "requested"}:
    problems.append("roles: one support (III.4-c), one requested (III.7), the rest lead")
v1, v2 = section_v.split("\n")[0], section_v.split("\n")[1]
if not (v1.startswith("1. Phòng Kinh tế, Phòng Văn hóa - Xã hội, Ban Chỉ huy Quân sự xã, Công an xã, Trạm Y tế xã "
                      "căn cứ nhiệm vụ được giao xây dựng kế hoạch") and "trước ngày 15/4/2026" in v1):
    problems.append("V.1 asks the five holders of PLAN_ASKED for a unit plan by 15/4/2026")
if not ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã" in v2 and "trước ngày 30/11/2026" in v2
        and "đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã" in v2):
    problems.append("V.2 asks every holder for the year report by 30/11/2026")

# roster and holders
names, members = goldcheck.roster(HERE)
if members:
    problems.append("no collective expected")
holders = {d["body_id"] for d in gold["duties"]}
if holders != names or len(holders) != 7:
    problems.append("the seven roster bodies are the seven holders")
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
        if (CITE in src) == (f == COPIED):
            problems.append("plan citation of " + f)
        if e["role"] == "unit_plan" and e["body_id"] not in PLAN_ASKED:
            problems.append("a unit plan from a holder not asked for one: " + f)
        if not re.search(r"^Đan Điền, ngày \d+ tháng \d+ năm 2026$", src, re.M):
            problems.append("an ok reply is of 2026: " + f)
    elif "52/KH-UBND" in src:
        problems.append("an unrecognized file cites the plan: " + f)
if any(b == VP for b, _ in senders):
    problems.append("the Văn phòng sends nothing")

# coverage rows: report rows for every duty, plan rows only where V.1 asks for a unit plan
expected = {(d["id"], d["body_id"], "report") for d in gold["duties"]}
expected |= {(d["id"], d["body_id"], "plan") for d in gold["duties"] if d["body_id"] in PLAN_ASKED}
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
for c in gold["coverage"]:
    if "2025" in c["evidence"]:
        problems.append("evidence of 2025 counted for 2026: %s %s %s" % (c["duty_id"], c["body_id"], c["kind"]))

# the shape: last year's documents in this year's inbox
for key in ("year of the documents", "plan rows", SCAN_2025, COPIED, TYT, LATE, UNRELATED):
    if key not in gold["notes"]:
        problems.append("note expected: " + key)
# (1) last year's report, sent by mistake, as a scan
e = gold["files"][SCAN_2025]
s = source_text(src_of["inbox/" + SCAN_2025])
if (e["status"], e["role"], e["body_id"], e["on_time"]) != ("unrecognized", "other", QS, "") or e["date"][:4] != "2025":
    problems.append("the 2025 report: unrecognized / other, from the Ban CHQS, dated 2025")
if not ("Kế hoạch số %s của Ủy ban nhân dân xã Đan Điền về phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025" % OLD_CITE in s
        and "Đan Điền, ngày 01 tháng 12 năm 2025" in s and "52/KH-UBND" not in s and "2026" not in s.split("Nơi nhận:")[0].split("III.")[0]):
    problems.append("the 2025 report cites last year's plan and is of 2025")
if (QS, "plan") not in senders or any(c["body_id"] == QS and c["kind"] == "report" and c["status"] != "not_submitted"
                                      for c in gold["coverage"]):
    problems.append("the Ban CHQS: 2026 plan stands, report rows not_submitted")
if built_text("inbox/" + SCAN_2025).strip():
    problems.append("the 2025 report should be a scan (no text layer)")
try:
    import render as R  # noqa: E402
    with tempfile.TemporaryDirectory(prefix="check-124-") as tmp:
        ocr = ""
        for k, img in enumerate(R.page_images(os.path.join(HERE, "inbox", SCAN_2025), 300)):
            png = os.path.join(tmp, "p%d.png" % k)
            img.save(png)
            ocr += subprocess.run(["tesseract", png, "-", "-l", "vie"], capture_output=True, text=True,
                                  timeout=180).stdout
except (OSError, subprocess.TimeoutExpired, ImportError):
    ocr = None
if ocr is not None:
    flat_ocr = goldcheck.flat(ocr).lower()
    for words in ("ngày 01 tháng 12 năm 2025", "Kế hoạch số 46/KH-UBND ngày 28/7/2025", "cứu nạn năm 2025"):
        w = goldcheck.flat(words).lower()
        best = max(difflib.SequenceMatcher(None, flat_ocr[k:k + len(w)], w, autojunk=False).ratio()
                   for k in range(max(1, len(flat_ocr) - len(w) + 1)))
        if best < 0.9:
            problems.append("the scan's year is not legible: " + words)
# (2) the copied plan: 2026 outside, 2025 inside
e = gold["files"][COPIED]
s = source_text(src_of["inbox/" + COPIED])
opening = s.split("\n\n")[2].split("\n")[0]
if (e["status"], e["role"], e["body_id"], e["date"][:4]) != ("ok", "unit_plan", CA, "2026"):
    problems.append("the copied plan: ok / unit_plan of the Công an, dated 2026")
if not (opening.startswith("Thực hiện Kế hoạch số %s của Ủy ban nhân dân xã Đan Điền về phòng, chống thiên tai và tìm "
                           "kiếm cứu nạn năm 2026" % OLD_CITE) and "mùa mưa bão năm 2026" in s.split("\n\n")[1]):
    problems.append("the copied plan: 2026 title, last year's plan number in its opening line")
rows = [l for l in s.split("\n") if " | " in l][1:]
if sum("/2025" in r for r in rows) < 2 or any("/2026" in r for r in rows):
    problems.append("the copied plan's table keeps last year's dates")
if not any(c["duty_id"] == "III.4-c" and c["body_id"] == CA and c["kind"] == "plan" and c["status"] == "missing"
           for c in gold["coverage"]):
    problems.append("the copy lacks what 2026 added (III.4-c)")
# (3) "năm 2025 và phương hướng năm 2026", counted as the unit plan
e = gold["files"][TYT]
s = source_text(src_of["inbox/" + TYT])
if (e["status"], e["role"], e["body_id"]) != ("ok", "unit_plan", YT) or not TYT.endswith(".doc"):
    problems.append("the Trạm's report-and-outlook: ok / unit_plan (a Word 97 .doc)")
if not (s.split("\n\n")[1].startswith("BÁO CÁO\n") and "năm 2025" in s.split("\n\n")[1]
        and "phương hướng, nhiệm vụ năm 2026" in s.split("\n\n")[1]):
    problems.append("the Trạm's paper: BÁO CÁO of 2025 and phương hướng 2026")
part_iii = s.split("\nIII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n")[1].split("\nIV. ")[0]
for c in gold["coverage"]:
    if c["evidence_file"] == TYT and c["evidence"] and c["evidence"] not in part_iii:
        problems.append("the Trạm's evidence outside its phương hướng 2026: " + c["duty_id"])
if any(c["body_id"] == YT and c["kind"] == "report" and c["status"] != "not_submitted" for c in gold["coverage"]):
    problems.append("the Trạm sent no 2026 report")
# (4) a 2026 report comparing with 2025
if "so với cùng kỳ năm 2025" not in source_text(src_of["inbox/" + COMPARES]) or gold["files"][COMPARES]["role"] != "report":
    problems.append("the 2026 report compares with 2025")

# files: one late, the unrelated letter, the formats
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late report (Công an xã) expected: %s" % late)
other = sorted(f for f, e in gold["files"].items() if e["status"] != "ok")
if other != sorted([SCAN_2025, UNRELATED]) or gold["files"][UNRELATED]["role"] != "other" \
        or gold["files"][UNRELATED]["body_id"]:
    problems.append("two unrecognized files expected (the 2025 report, the Sở's letter): %s" % other)
exts = {os.path.splitext(f)[1] for f in gold["files"]}
if exts != {".docx", ".pdf", ".doc"}:
    problems.append("formats: %s" % exts)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
