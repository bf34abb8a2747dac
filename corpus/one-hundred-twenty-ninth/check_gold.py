"""Consistency check of corpus/one-hundred-twenty-ninth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-twenty-ninth/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks: the duties in plan order, one per lettered item of
section III and one per unlettered item (III.3, III.4, III.5), 14 in all, each carrying a number, each
deadline read from its item's own date phrase; roles (III.5 requested, the rest lead); the roster's one
collective (the four xã the plan names); plan rows only for the two holders V.1 asks for a unit plan,
report rows for every duty and holder (V.2); one file per holder and kind; every ok reply cites the
plan, the unrelated letter does not. The set's shape, counts short of the duty's number: each row
decided on a number (NUMBERS: the kind of answer, the deciding words of the reply, the status), every
kind the brief names present; the two replies whose figures are only in a table (the Sở's "Kế hoạch |
Kết quả | Tỷ lệ" table, recomputed; the xã Giồng Riềng spreadsheet, whose rows give their own
verdicts). One late report (the Hội Nông dân's, which says so), one unrelated file, one silent holder
(Công an tỉnh); the formats (DOCX, text PDF, .doc, xlsx, a scan with no text layer and a phone photo,
both read back by tesseract).
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
NN, CT, CA = "so-nong-nghiep-va-moi-truong", "so-cong-thuong", "cong-an-tinh-an-giang"
BAO, HND = "bao-va-phat-thanh-truyen-hinh-an-giang", "hoi-nong-dan-tinh-an-giang"
XA = "uy-ban-nhan-dan-cac-xa-trong-diem"
TH, GR = "uy-ban-nhan-dan-xa-tan-hiep", "uy-ban-nhan-dan-xa-giong-rieng"
VTT, PH = "uy-ban-nhan-dan-xa-vinh-thanh-trung", "uy-ban-nhan-dan-xa-phu-hoa"
PLAN_ASKED = {NN, CT}
NNBC = "BC nam 2026/BC 312-SNNMT ket qua KH 46 nam 2026.docx"
SHEET = "BC nam 2026/Xa/GiongRieng_Bieu ket qua chi tieu KH46.xlsx"
SCAN = "BC nam 2026/Xa/scan_VTT_BC187_20261119.pdf"
PHOTO = "BC nam 2026/Xa/Zalo/IMG_20261110_154207.jpg"
DOC = "BC nam 2026/Xa/Tan Hiep - BC 205.doc"
LATE = "BC nam 2026/HNDT_118-BC thu gom bao goi.pdf"
UNRELATED = "CV 198-UBND xa Tan Hiep de nghi ho tro thuoc tru ray nau.pdf"
CITE = "46/KH-UBND ngày 10/02/2026"
# the date phrase of each item of section III -> the deadline it gives (the last date of the item)
PHRASES = {"hoàn thành trong quý II/2026": "2026-06", "hoàn thành trong quý III/2026": "2026-09",
           "(trước ngày 31/8/2026)": "2026-08-31", "đợt 2 trong tháng 11/2026": "2026-11",
           "đợt 2 trong tháng 10/2026": "2026-10", "hoàn thành trước ngày 30/6/2026": "2026-06-30"}
# rows decided on a number: (kind of answer, the deciding words of the reply, status)
NUMBERS = {
    ("III.1-a", NN, "plan"): ("same number", "06 lớp, mỗi lớp 50 - 60 học viên", "covered"),
    ("III.1-c", NN, "plan"): ("fewer, no reason", "30 mẫu phân bón", "partial"),
    ("III.2-b", CT, "plan"): ("more than asked", "kiểm tra tối thiểu 100 lượt", "covered"),
    ("III.1-a", NN, "report"): ("another unit", "cho 326 lượt nông dân", "covered"),
    ("III.1-b", NN, "report"): ("short on paper, not in fact", "100% cơ sở đang hoạt động đã được kiểm tra", "covered"),
    ("III.1-c", NN, "report"): ("only in a table, fewer", "Mẫu thuốc bảo vệ thực vật lấy kiểm định chất lượng (mẫu) | 20 | 14 | 70", "partial"),
    ("III.1-d", NN, "report"): ("fewer, the rest put off", "chuyển sang thực hiện trong vụ Đông Xuân 2026 - 2027", "partial"),
    ("III.1-e", NN, "report"): ("more than asked", "tổng cộng 27,4 tấn", "covered"),
    ("III.2-a", CT, "report"): ("same number", "đã tổ chức 02 đợt cao điểm", "covered"),
    ("III.2-b", CT, "report"): ("'vượt' with no number", "số lượt kiểm tra vượt chỉ tiêu Kế hoạch giao", "covered"),
    ("III.4", BAO, "report"): ("another unit hiding a shortfall", "tổng cộng 46 lượt", "partial"),
    ("III.5", HND, "report"): ("percentage instead of a count, short; last year's tổ counted", "kết quả đạt 92% chỉ tiêu được giao", "partial"),
    ("III.6-a", TH, "report"): ("same number", "cấp phát 3.000 tờ rơi", "covered"),
    ("III.6-b", TH, "report"): ("reached by adding last year's work", "18 bể do Hội Nông dân xã vận động xây dựng năm 2025", "partial"),
    ("III.6-c", TH, "report"): ("more than asked", "Xã tổ chức 03 đợt ra quân", "covered"),
    ("III.6-b", GR, "report"): ("only in a table, more than asked", "Lắp đặt bổ sung bể chứa bao gói thuốc BVTV tại bờ ruộng, đầu kênh", "covered"),
    ("III.6-c", GR, "report"): ("only in a table, fewer, the rest put off", "đợt 2 chuyển sang sau thu hoạch lúa Thu Đông (tháng 12/2026)", "partial"),
    ("III.6-a", VTT, "report"): ("percentage instead of a count", "đến 100% hộ sản xuất lúa trên địa bàn xã", "covered"),
    ("III.6-b", VTT, "report"): ("same number", "lắp đặt bổ sung 30 bể chứa", "covered"),
    ("III.6-c", VTT, "report"): ("fewer, no reason", "xã tổ chức 01 đợt ra quân", "partial"),
    ("III.6-d", VTT, "report"): ("none done, put off", "Mô hình chưa triển khai", "missing"),
    ("III.6-a", PH, "report"): ("'đạt' with no number", "đạt chỉ tiêu Kế hoạch đề ra", "covered"),
    ("III.6-b", PH, "report"): ("more than asked", "lắp đặt bổ sung 35 bể chứa", "covered"),
    ("III.6-d", PH, "report"): ("fewer, no reason", "diện tích 42 ha", "partial"),
}

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-twenty-ninth":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-03-06", "2026-11-20"):
    problems.append("due dates")
if not plan_src.startswith("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 46/KH-UBND\n") \
        or "An Giang, ngày 10 tháng 02 năm 2026" not in plan_src:
    problems.append("the plan's header")

# duties: one per item of section III, in order, each with a number, deadline from the item's own phrase
section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ\n")[0]
section_v = plan_src.split("\nV. TỔ CHỨC THỰC HIỆN\n")[1]
items = [l for l in section_iii.split("\n")
         if re.match(r"^[a-e]\) ", l) or l.startswith(("Chỉ đạo Phòng Cảnh sát", "Xây dựng chuyên mục", "Đề nghị "))]
if len(items) != len(gold["duties"]) or len(gold["duties"]) != 14:
    problems.append("duty count %d vs %d items" % (len(gold["duties"]), len(items)))
pos = -1
for d, item in zip(gold["duties"], items):
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    text = item[3:] if re.match(r"^[a-e]\) ", item) else item
    if not text.startswith(d["text_start"]):
        problems.append("text_start does not open its item: " + d["id"])
    if not re.search(r"\b\d+(\.\d{3})*( |%)", item):
        problems.append("a duty without a number: " + d["id"])
    found = [p for p in PHRASES if p in item]
    if (PHRASES[found[0]] if len(found) == 1 else None) != d["deadline"] or len(found) > 1:
        problems.append("deadline of %s: %s vs %s" % (d["id"], d["deadline"], found))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"III.5": "requested"}:
    problems.append("roles: III.5 requested, the rest lead")
if not section_v.startswith("1. Sở Nông nghiệp và Môi trường, Sở Công Thương căn cứ nhiệm vụ được giao xây dựng kế hoạch"):
    problems.append("V.1 asks the two holders of PLAN_ASKED for a unit plan")
if "báo cáo kết quả thực hiện năm 2026" not in section_v.split("\n")[1] or "20/11/2026" not in section_v.split("\n")[1]:
    problems.append("V.2: the year report by 20/11/2026")

# roster and holders
names, members = goldcheck.roster(HERE)
if members != {XA: [TH, GR, VTT, PH]}:
    problems.append("one collective: the four xã trọng điểm")
if "6. Ủy ban nhân dân các xã trọng điểm (Tân Hiệp, Giồng Riềng, Vĩnh Thạnh Trung, Phú Hòa)" not in section_iii:
    problems.append("the plan names the four xã of the collective")
holders = {d["body_id"] for d in gold["duties"]}
if holders - {XA} | set(members[XA]) != names:
    problems.append("the roster's bodies are the holders and the collective's members")
if any(d["collective"] != (d["body_id"] == XA) for d in gold["duties"]):
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
    elif "46/KH-UBND" in src:
        problems.append("the unrelated file cites the plan: " + f)
if any(b == CA for b, _ in senders) or any(e["body_id"] == CA for e in gold["files"].values()):
    problems.append("Công an tỉnh sends nothing")

# coverage rows: plan rows only where V.1 asks for a unit plan, report rows for every duty and holder
expected = set()
for d in gold["duties"]:
    for h in (members[d["body_id"]] if d["collective"] else [d["body_id"]]):
        expected.add((d["id"], h, "report"))
        if h in PLAN_ASKED:
            expected.add((d["id"], h, "plan"))
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f in (SCAN, PHOTO))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")

# the shape: rows decided on a number, and the verdicts they get
row = {(c["duty_id"], c["body_id"], c["kind"]): c for c in gold["coverage"]}
for key, (way, words, status) in NUMBERS.items():
    c = row.get(key)
    if c is None:
        problems.append("no row for %s" % (key,))
        continue
    if c["status"] != status:
        problems.append("status of %s: %s, the README says %s" % (key, c["status"], status))
    if words not in source_text(src_of["inbox/" + c["evidence_file"]]):
        problems.append("the deciding words of %s not in its reply: %s" % (key, words))
    if "%s / %s / %s" % key not in gold["notes"]:
        problems.append("a number verdict without a note: %s" % (key,))
ways = " ".join(w for w, _, _ in NUMBERS.values())
for kind in ("same number", "fewer, no reason", "the rest put off", "more than asked", "percentage instead of a count",
             "another unit", "adding last year's work", "only in a table", "'vượt' with no number", "'đạt' with no number"):
    if kind not in ways:
        problems.append("the shape lacks: " + kind)

# the Sở's table: Tỷ lệ = Kết quả / Kế hoạch, and the rows that decide III.1-c, III.1-d
def num(s):
    return float(s.replace(".", "").replace(",", "."))
nn_rows = [goldcheck_row.split(" | ") for goldcheck_row in source_text(src_of["inbox/" + NNBC]).split("\n")
           if re.match(r"^\d \| ", goldcheck_row)]
if len(nn_rows) != 7:
    problems.append("the Sở's table: 7 rows expected")
for r in nn_rows:
    if abs(round(num(r[3]) / num(r[2]) * 100, 1) - num(r[4])) > 0.05:
        problems.append("the Sở's table: Tỷ lệ of row %s" % r[0])
if not re.search(r"số lượng mẫu tại mục II", source_text(src_of["inbox/" + NNBC])):
    problems.append("III.1-c: the Sở's text refers to the table for the sample counts")
# the xã Giồng Riềng spreadsheet: its rows give their own verdicts (Kết quả against Chỉ tiêu giao)
import yaml  # noqa: E402
sheet = yaml.safe_load(open(os.path.join(HERE, "src", src_of["inbox/" + SHEET]), encoding="utf-8"))
by_row = {"1": "III.6-a", "2": "III.6-a", "3": "III.6-b", "4": "III.6-c", "5": "III.6-d"}
verdict = {}
for r in sheet["rows"]:
    if isinstance(r, dict):
        continue
    ok = r[4] >= r[3] and abs(round(r[4] / r[3] * 100, 1) - r[5]) < 0.05
    verdict[by_row[r[0]]] = verdict.get(by_row[r[0]], True) and ok
for duty, ok in verdict.items():
    if row[(duty, GR, "report")]["status"] != ("covered" if ok else "partial"):
        problems.append("the Giồng Riềng sheet's verdict of %s" % duty)
if "ngày 17 tháng 11 năm 2026" not in built_text("inbox/" + SHEET):
    problems.append("the spreadsheet's header date")

# files: one late, one unrelated, the formats
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late report (the Hội Nông dân's) expected: %s" % late)
if "gửi chậm" not in source_text(src_of["inbox/" + LATE]):
    problems.append("the late report says it is late")
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["role"] != "other":
    problems.append("one unrelated letter expected: %s" % other)
exts = {os.path.splitext(f)[1] for f in gold["files"]}
if exts != {".docx", ".pdf", ".doc", ".xlsx", ".jpg"}:
    problems.append("formats: %s" % exts)
if built_text("inbox/" + SCAN).strip():
    problems.append("the Vĩnh Thạnh Trung report should be a scan (no text layer)")
if "Thực hiện Kế hoạch số 46/KH-UBND" not in built_text("inbox/" + DOC):
    problems.append("the .doc should read back through LibreOffice")
with open(os.path.join(HERE, "inbox", PHOTO), "rb") as fh:
    if fh.read(3) != b"\xff\xd8\xff":
        problems.append("the photo is not a JPEG")

# the scan's and the photo's evidence read back by tesseract (spaces and case aside, a few letters tolerated)
try:
    import render as R  # noqa: E402
    ocr = {}
    with tempfile.TemporaryDirectory(prefix="check-129-") as tmp:
        text = ""
        for k, img in enumerate(R.page_images(os.path.join(HERE, "inbox", SCAN), 300)):
            png = os.path.join(tmp, "p%d.png" % k)
            img.save(png)
            text += subprocess.run(["tesseract", png, "-", "-l", "vie"], capture_output=True, text=True,
                                   timeout=180).stdout
        ocr[SCAN] = text
    ocr[PHOTO] = subprocess.run(["tesseract", os.path.join(HERE, "inbox", PHOTO), "-", "-l", "vie"],
                                capture_output=True, text=True, timeout=180).stdout
except (OSError, subprocess.TimeoutExpired, ImportError):
    ocr = None
if ocr is not None:
    for c in gold["coverage"]:
        if c["evidence_file"] in ocr and c["evidence"]:
            flat_ocr = goldcheck.flat(ocr[c["evidence_file"]]).lower()
            ev = goldcheck.flat(c["evidence"]).lower()
            best = max(difflib.SequenceMatcher(None, flat_ocr[k:k + len(ev)], ev, autojunk=False).ratio()
                       for k in range(max(1, len(flat_ocr) - len(ev) + 1)))
            if best < 0.9:
                problems.append("scan/photo evidence not legible: " + c["evidence"])
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
