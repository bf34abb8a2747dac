"""Consistency check of corpus/one-hundred-twenty-second/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-twenty-second/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks: the master document is a Kết luận thanh tra
(type line, KL number, the findings per body, KẾT LUẬN, KIẾN NGHỊ, TỔ CHỨC THỰC HIỆN); the duties are
the 20 lettered recommendations of Mục V, in order, each deadline read from its item's own phrase
("trong thời hạn 30 ngày kể từ ngày ký …" = 2026-09-19, "ngay sau khi nhận được …" = null); one
support duty; the six holders = the inspected bodies of the roster, one collective of the four xã the
Kết luận names; the amounts to recover add up to the Kết luận's total; plan rows only for the two
bodies VI.1 asks for a kế hoạch khắc phục, report rows for every duty; one file per holder and kind;
every ok plan and report cites the Kết luận, the report on another Kết luận does not; the shape - the
Ban QLDA's report has the table "Nội dung kiến nghị | Kết quả thực hiện | Số tiền đã nộp | Ghi chú",
money recovered in part (its figures add up), a kiểm điểm done but a record not corrected (Tam Bình),
a giải trình instead of a repayment (Song Phú), a deferral past the deadline (the Sở), one late
report (Mang Thít), one body (Trung Thành) whose only file is a scanned treasury receipt (no text
layer; OCR reads its amount and the Kết luận's number) and whose report rows stay not_submitted; the
Song Phú scan's evidence read back by tesseract.
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
TB = "uy-ban-nhan-dan-xa-tam-binh"
MT = "uy-ban-nhan-dan-xa-mang-thit"
SP = "uy-ban-nhan-dan-xa-song-phu"
TT = "uy-ban-nhan-dan-xa-trung-thanh"
SNN = "so-nong-nghiep-va-moi-truong"
BQL = "ban-quan-ly-du-an-dau-tu-xay-dung-khu-vuc-tam-binh"
COL = "uy-ban-nhan-dan-cac-xa-duoc-thanh-tra"
PLAN_ASKED = {BQL, MT}
SCAN = "BC thuc hien KLTT/scan_SongPhu_BC203_20261026.pdf"
RECEIPT = "Chung tu nop tien/GNT 0001246 Trung Thanh 16.9.2026.pdf"
TABLE = "BC thuc hien KLTT/BC 112-BQLDA thuc hien KL 27.pdf"
LATE = "BC thuc hien KLTT/Mang Thit - BC 164 khac phuc sau thanh tra NTM.pdf"
UNRELATED = "UBND Tam Binh BC 279 thuc hien KLTT.docx"
CITE = "27/KL-TTr ngày 20/8/2026"
# the date phrase of each item of Mục V -> the deadline it gives (none: null)
PHRASES = {"trong thời hạn 30 ngày kể từ ngày ký Kết luận thanh tra": "2026-09-19",
           "hoàn thành trước ngày 15/10/2026": "2026-10-15", "hoàn thành trong tháng 9/2026": "2026-09",
           "hoàn thành trước ngày 30/9/2026": "2026-09-30", "hoàn thành trước ngày 31/12/2026": "2026-12-31",
           "hoàn thành trong tháng 10/2026": "2026-10", "ngay sau khi nhận được Kết luận thanh tra": None}

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-twenty-second":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-09-10", "2026-10-30"):
    problems.append("due dates")

# the master document: a Kết luận thanh tra of the Thanh tra tỉnh, laid out as such conclusions are
if not plan_src.startswith("UBND TỈNH VĨNH LONG\nTHANH TRA TỈNH\nSố: 27/KL-TTr\n") \
        or "Vĩnh Long, ngày 20 tháng 8 năm 2026" not in plan_src or "\n\nKẾT LUẬN THANH TRA\n" not in plan_src:
    problems.append("the Kết luận's header and type line")
heads = ["I. KHÁI QUÁT CHUNG", "II. KẾT QUẢ KIỂM TRA, XÁC MINH", "III. KẾT LUẬN",
         "IV. BIỆN PHÁP XỬ LÝ THEO THẨM QUYỀN ĐÃ ÁP DỤNG", "V. KIẾN NGHỊ, BIỆN PHÁP XỬ LÝ", "VI. TỔ CHỨC THỰC HIỆN"]
at = [plan_src.find("\n" + h + "\n") for h in heads]
if -1 in at or at != sorted(at):
    problems.append("the Kết luận's sections in order: %s" % at)
section_ii = plan_src.split("\nII. KẾT QUẢ KIỂM TRA, XÁC MINH\n")[1].split("\nIII. KẾT LUẬN\n")[0]
section_v = plan_src.split("\nV. KIẾN NGHỊ, BIỆN PHÁP XỬ LÝ\n")[1].split("\nVI. TỔ CHỨC THỰC HIỆN\n")[0]
section_vi = plan_src.split("\nVI. TỔ CHỨC THỰC HIỆN\n")[1].split("\nNơi nhận:")[0]
if len(re.findall(r"^\d\. Tại ", section_ii, re.M)) != 6:
    problems.append("II: the findings per inspected body (6)")
# the money: the five recoveries of Mục V add up to III.2's total, each amount found in II
amounts = [int(m.replace(".", "")) for m in re.findall(r"Thu hồi số tiền ([\d.]+) đồng", section_v)]
if len(amounts) != 5 or sum(amounts) != 613390000 or "613.390.000 đồng" not in plan_src:
    problems.append("the amounts to recover: %s" % amounts)
for a in amounts:
    if goldcheck.vi(a) not in section_ii:
        problems.append("amount not in the findings: %s" % a)

# duties: one per lettered item of Mục V, in order, deadline from the item's own phrase
items = [l[3:] for l in section_v.split("\n") if re.match(r"^[a-d]\) ", l)]
if len(items) != len(gold["duties"]) or len(gold["duties"]) != 20:
    problems.append("duty count %d vs %d items" % (len(gold["duties"]), len(items)))
pos = -1
for d, item in zip(gold["duties"], items):
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if not item.startswith(d["text_start"]):
        problems.append("text_start does not open its item: " + d["id"])
    found = [p for p in PHRASES if p in item]
    if len(found) > 1 or (PHRASES[found[0]] if found else None) != d["deadline"]:
        problems.append("deadline of %s: %s vs %s" % (d["id"], d["deadline"], found))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"V.7-c": "support"}:
    problems.append("roles: one support (V.7-c), the rest lead")
if "Giao Phòng Nghiệp vụ 2 theo dõi, đôn đốc" not in section_vi or "Phòng Nghiệp vụ 2" not in gold["notes"]["not duties"]:
    problems.append("VI.3 (the Thanh tra's own office) is said not to be a duty")
vi1, vi2 = section_vi.split("\n")[:2]
if not (vi1.startswith("1. Ban Quản lý dự án đầu tư xây dựng khu vực Tam Bình và Ủy ban nhân dân xã Mang Thít "
                       "xây dựng kế hoạch khắc phục") and "trước ngày 10/9/2026" in vi1):
    problems.append("VI.1 asks the two bodies of PLAN_ASKED for a kế hoạch khắc phục by 10/9/2026")
if not ("báo cáo kết quả thực hiện Kết luận thanh tra" in vi2 and "trước ngày 30/10/2026" in vi2):
    problems.append("VI.2 asks every inspected body for a report by 30/10/2026")

# roster and holders
names, members = goldcheck.roster(HERE)
if {k: sorted(v) for k, v in members.items()} != {COL: sorted([TB, MT, SP, TT])}:
    problems.append("roster: one collective, the four xã")
if "5. Ủy ban nhân dân các xã được thanh tra (Tam Bình, Mang Thít, Song Phú, Trung Thành)" not in section_v:
    problems.append("the Kết luận names the four members of the collective")
holders = {d["body_id"] for d in gold["duties"]} - {COL}
if holders != names or len(holders) != 6:
    problems.append("the six roster bodies are the six inspected holders")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] == COL):
        problems.append("collective flag: " + d["id"])
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    src = source_text(src_of["inbox/" + f])
    if e["status"] == "ok" and e["role"] in ("unit_plan", "report"):
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
        if CITE not in src:
            problems.append("citation of the Kết luận in " + f)
        if e["role"] == "unit_plan" and e["body_id"] not in PLAN_ASKED:
            problems.append("a plan from a body not asked for one: " + f)
    elif f == UNRELATED and "27/KL-TTr" in src:
        problems.append("the report on another Kết luận cites 27/KL-TTr")

# coverage rows: report rows for every duty and holder, plan rows only for PLAN_ASKED
expected = {(d["id"], h, k) for d in gold["duties"]
            for h in (members[COL] if d["collective"] else [d["body_id"]])
            for k in (("plan", "report") if h in PLAN_ASKED else ("report",))}
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
status = {(c["duty_id"], c["body_id"], c["kind"]): c["status"] for c in gold["coverage"]}

# the shape: the Ban QLDA's table per recommendation, money in part
bql = source_text(src_of["inbox/" + TABLE])
if "\nNội dung kiến nghị | Kết quả thực hiện | Số tiền đã nộp | Ghi chú\n" not in bql:
    problems.append("the Ban QLDA's table header in its source")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", TABLE)) as pdf:
    pdf_heads = [[(c or "").replace("\n", " ") for c in t[0]] for pg in pdf.pages for t in pg.extract_tables()]
if ["Nội dung kiến nghị", "Kết quả thực hiện", "Số tiền đã nộp", "Ghi chú"] not in pdf_heads:
    problems.append("the Ban QLDA's PDF has no table Nội dung kiến nghị | Kết quả thực hiện | Số tiền đã nộp | Ghi chú")
if not (97560000 + 52440000 == 150000000 and 241080000 - 150000000 == 91080000
        and all(s in bql for s in ("97.560.000", "52.440.000", "150.000.000", "91.080.000"))):
    problems.append("the Ban QLDA's figures")
mt = source_text(src_of["inbox/" + LATE])
if not (61200000 + 33670000 == 94870000 and "61.200.000" in mt and "33.670.000" in mt):
    problems.append("Mang Thít's figures")
if status[("V.7-a", BQL, "report")] != "partial" or status[("V.2-a", MT, "report")] != "partial":
    problems.append("money recovered in part is partial")
# Tam Bình: kiểm điểm done, record not corrected
tb = source_text(src_of["inbox/" + "BC thuc hien KLTT/UBND xa Tam Binh - BC 287 ket qua thuc hien KLTT.docx"])
if not ("chưa điều chỉnh giá trị quyết toán, sổ kế toán và hồ sơ tài sản công trình" in tb
        and status[("V.1-b", TB, "report")] == "missing" and status[("V.1-c", TB, "report")] == "covered"):
    problems.append("Tam Bình: kiểm điểm covered, record not corrected missing")
# Song Phú: a giải trình instead of the repayment
sp = source_text(src_of["inbox/" + SCAN])
if not ("GIẢI TRÌNH" in sp and "chưa nộp số tiền 38.600.000 đồng" in sp and status[("V.3-a", SP, "report")] == "missing"):
    problems.append("Song Phú contests V.3-a and has not paid: missing")
# the Sở: a deferral past 31/12/2026
snn = source_text(src_of["inbox/" + "BC thuc hien KLTT/SNNMT_BC 1460 thuc hien KLTT 27.pdf"])
if not ("giữa năm 2027" in snn and status[("V.6-b", SNN, "report")] == "partial"):
    problems.append("the Sở's deferral to 2027: partial")
# Trung Thành: only a scanned receipt; report rows not_submitted, said so in a note
if any(b == TT for b, _ in senders):
    problems.append("Trung Thành sends no plan or report")
rc = gold["files"].get(RECEIPT, {})
if (rc.get("status"), rc.get("role"), rc.get("body_id"), rc.get("on_time")) != ("ok", "other", TT, ""):
    problems.append("the receipt: ok / other / Trung Thành")
if any(s != "not_submitted" for (d, b, k), s in status.items() if b == TT):
    problems.append("Trung Thành's rows are not_submitted")
if "Giấy nộp tiền" not in gold["notes"].get("V.4-a / %s / report" % TT, "") or RECEIPT not in gold["notes"]:
    problems.append("the receipt decision is noted")
rs = source_text(src_of["inbox/" + RECEIPT])
if not ("GIẤY NỘP TIỀN VÀO NGÂN SÁCH NHÀ NƯỚC" in rs and "52.300.000" in rs and "27/KL-TTr" in rs
        and "CỘNG HÒA" not in rs):
    problems.append("the receipt is a C1-02/NS form (no NĐ 30 header) for 52.300.000 under 27/KL-TTr")

# files: one late, one unrelated, the scans
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late report (Mang Thít) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["role"] != "other" or UNRELATED not in gold["notes"]:
    problems.append("one unrelated report (another Kết luận) expected: %s" % other)
for f in (SCAN, RECEIPT):
    if built_text("inbox/" + f).strip():
        problems.append("should be a scan (no text layer): " + f)
try:
    import render as R  # noqa: E402
    ocr = {}
    with tempfile.TemporaryDirectory(prefix="check-122-") as tmp:
        for f in (SCAN, RECEIPT):
            ocr[f] = ""
            for k, img in enumerate(R.page_images(os.path.join(HERE, "inbox", f), 300)):
                png = os.path.join(tmp, "p%d.png" % k)
                img.save(png)
                ocr[f] += subprocess.run(["tesseract", png, "-", "-l", "vie"], capture_output=True, text=True,
                                         timeout=180).stdout
except (OSError, subprocess.TimeoutExpired, ImportError):
    ocr = None
if ocr is not None:
    flat_ocr = goldcheck.flat(ocr[SCAN]).lower()
    for c in gold["coverage"]:
        if c["evidence_file"] == SCAN and c["evidence"]:
            ev = goldcheck.flat(c["evidence"]).lower()
            best = max(difflib.SequenceMatcher(None, flat_ocr[k:k + len(ev)], ev, autojunk=False).ratio()
                       for k in range(max(1, len(flat_ocr) - len(ev) + 1)))
            if best < 0.9:
                problems.append("scan evidence not legible: " + c["evidence"])
    if "52.300.000" not in ocr[RECEIPT] or "27/KL-TTr" not in ocr[RECEIPT]:
        problems.append("the receipt's amount and Kết luận number are not legible")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
