"""Consistency check of corpus/one-hundred-thirteenth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-thirteenth/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks: the duties in plan order, one for each item of
section III (lettered items, and the unlettered III.4, III.5, III.8), their roles (one support,
one requested), each written deadline in its item; the roster's one collective (the four xã,
phường the plan names in I.2) and every roster body a holder; one file per holder and kind; every
ok reply cites the plan, the vendor's letter does not. The set's shape, a technical plan answered
in other technical words:
- the plan writes the Ministry's terms (hồ sơ đề xuất cấp độ, giám sát an toàn thông tin (SOC),
  phòng chống mã độc tập trung, diễn tập thực chiến, 4 lớp, IPv6, chữ ký số, sao lưu dự phòng,
  đánh giá lỗ hổng, ứng cứu sự cố) and none of the IT staff's loanwords;
- the replies answer in those loanwords (EDR, endpoint, SIEM, pentest, backup 3-2-1, patch,
  dual-stack, DNS, firewall, VPN, 2FA/OTP, …): at least 10 of them in the inbox, at least two in
  each technical reply;
- the look-alikes are there: antivirus without SOC (xã Hàm Yên), a pentest 'Hoàn thành' beside a
  cấp độ dossier 'Đang thực hiện' (Sở Y tế) and a pentest before a deferred dossier (Văn phòng),
  the Bộ Công an's drill (Công an tỉnh), strong passwords in place of 2FA (Văn phòng);
- deferrals for lack of money ("chưa bố trí được kinh phí …") in at least three replies;
- the Sở Y tế report is an xlsx sheet with a "Tình trạng" column of Hoàn thành / Đang thực hiện /
  Chưa thực hiện; xã Hàm Yên's report a scan without a text layer (its evidence read back by OCR);
- one late report (phường Hà Giang 1), one unrelated file (the vendor's letter, no sender).
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
SCAN = "Xa phuong thi diem/scan_HamYen_BC214_20261113.pdf"
SHEET = "BC nam 2026/SYT - Bieu BC 2870 ATTT cac don vi y te.xlsx"
LATE = "Xa phuong thi diem/BC 402 P.Ha Giang 1 ATTT 2026 (gui cham).docx"
VENDOR = "Bac Viet Security - gioi thieu giai phap SOC EDR.pdf"
COLLECTIVE = "uy-ban-nhan-dan-cac-xa-phuong-thi-diem"
MINISTRY = ["hồ sơ đề xuất cấp độ", "giám sát an toàn thông tin (SOC)", "phòng chống mã độc tập trung",
            "diễn tập thực chiến", "mô hình bảo vệ 4 lớp", "IPv6", "chữ ký số", "sao lưu dự phòng",
            "đánh giá lỗ hổng", "ứng cứu sự cố"]
LOANWORDS = ["EDR", "endpoint", "SIEM", "pentest", "backup", "3-2-1", "patch", "dual-stack", "DNS", "firewall",
             "VPN", "2FA", "OTP", "scan", "log", "alert", "agent", "NAS", "DR site", "restore", "NGFW",
             "Anti-DDoS", "Clean Pipe", "router", "Gmail", "USB token", "license", "console", "onboard"]
TECHNICAL = ["TTCNTT_KH 09 trien khai ATTT tai TTDL 2026.docx", "BC nam 2026/TTCNTT - BC 41 ket qua ATTT nam 2026.pdf",
             "VP UBND tinh - KH 18 ATTT he thong giai quyet TTHC.doc", "Xa phuong thi diem/P.Minh Xuan_KH 31 ATTT mo hinh 4 lop.docx",
             SHEET, "BC nam 2026/VNPT TQ_BC 1285 TSLCD IPv6 chong DDoS.pdf", LATE, SCAN]


def words_in(text, words):
    return {w for w in words if re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text)}


problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-thirteenth":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-03-06", "2026-11-20"):
    problems.append("due dates")
if "trước ngày 06/3/2026" not in plan_src or "trước ngày 20/11/2026" not in plan_src:
    problems.append("the due dates as the plan writes them (V.1, V.2)")

# duties: plan order, one per item of section III, roles, deadlines in their items
section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ THỰC HIỆN\n")[0]
items = [l for l in section_iii.split("\n") if l and not re.match(r"^\d+\. ", l)]
if len(items) != len(gold["duties"]) or not 12 <= len(gold["duties"]) <= 25:
    problems.append("duty count %d vs %d items" % (len(gold["duties"]), len(items)))
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    item = [l for l in items if re.sub(r"^[a-zđ]\) ", "", l).startswith(d["text_start"])]
    if len(item) != 1:
        problems.append("text_start does not open one item: " + d["id"])
        continue
    letter = re.match(r"^([a-zđ])\) ", item[0])
    if (letter.group(1) if letter else None) != (d["id"].split("-")[1] if "-" in d["id"] else None):
        problems.append("id letter vs item: " + d["id"])
    if d["deadline"]:
        y, m, *day = d["deadline"].split("-")
        form = ("%d/%d/%s" % (int(day[0]), int(m), y)) if day else {"09": "quý III/" + y}[m]
        if form not in item[0]:
            problems.append("deadline %s not written in %s" % (d["deadline"], d["id"]))
    elif re.search(r"\d{1,2}/\d{1,2}/2026|quý [IV]+/2026|tháng \d+/2026", item[0]):
        problems.append("a date in an item without deadline: " + d["id"])
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"III.3-b": "support", "III.8": "requested"}:
    problems.append("roles: one support (III.3-b), one requested (III.8)")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {COLLECTIVE: 4}:
    problems.append("roster: one collective of 4 xã, phường expected")
if "(phường Minh Xuân, phường Hà Giang 1, xã Hàm Yên, xã Đồng Văn)" not in plan_src:
    problems.append("the plan names the four xã, phường of the collective")
holders = {d["body_id"] for d in gold["duties"]}
if holders - {COLLECTIVE} | set(members[COLLECTIVE]) != names:
    problems.append("every roster body a holder, every holder in the roster")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])

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
        if "27/KH-UBND ngày 23/01/2026" not in src:
            problems.append("plan citation of " + f)
    elif "27/KH-UBND" in src:
        problems.append("the unrelated file cites the plan: " + f)
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

# the shape: the Ministry's words in the plan, the IT staff's words in the replies
for term in MINISTRY:
    if term not in plan_src:
        problems.append("the plan lacks the term: " + term)
if words_in(plan_src, LOANWORDS):
    problems.append("loanwords in the plan: %s" % words_in(plan_src, LOANWORDS))
seen = set()
for f in TECHNICAL:
    found = words_in(source_text(src_of["inbox/" + f]), LOANWORDS)
    seen |= found
    if len(found) < 2:
        problems.append("a technical reply without the IT staff's words: %s %s" % (f, found))
if len(seen) < 10:
    problems.append("too few loanwords in the inbox: %s" % seen)
LOOKALIKE = {SCAN: ["phần mềm diệt virus có quản lý tập trung", "nên đến nay chưa kết nối"],
             SHEET: ["Kiểm thử xâm nhập (pentest) HIS, EMR", "chưa có kết quả"],
             "VP UBND tinh - KH 18 ATTT he thong giai quyet TTHC.doc": ["kiểm thử xâm nhập (pentest)",
                                                                        "chính sách mật khẩu mạnh", "dự kiến trong năm 2027"],
             "BC nam 2026/CAT BC 2154-PA05 an ninh mang 2026.pdf": ["do Bộ Công an tổ chức"]}
for f, phrases in LOOKALIKE.items():
    for p in phrases:
        if p not in source_text(src_of["inbox/" + f]):
            problems.append("look-alike missing in %s: %s" % (f, p))
money = [f for f in gold["files"] if re.search(r"chưa bố trí được|khi được bố trí kinh phí|chưa có kinh phí",
                                               source_text(src_of["inbox/" + f]), re.I)]
if len(money) < 3:
    problems.append("deferrals for lack of money: %s" % money)

# the sheet's status column, read from the built workbook
from openpyxl import load_workbook  # noqa: E402
ws = load_workbook(os.path.join(HERE, "inbox", SHEET)).active
rows = [[c.value for c in r] for r in ws.iter_rows()]
head = next((i for i, r in enumerate(rows) if r[:5] == ["STT", "Nội dung", "Kết quả thực hiện", "Tình trạng", "Ghi chú"]), None)
if head is None:
    problems.append("the sheet's header row STT / Nội dung / Kết quả thực hiện / Tình trạng / Ghi chú")
else:
    status = [r[3] for r in rows[head + 1:] if r[0] and str(r[0]).isdigit()]
    if len(status) != 6 or set(status) != {"Hoàn thành", "Đang thực hiện", "Chưa thực hiện"}:
        problems.append("the sheet's Tình trạng column: %s" % status)

# the scan: no text layer; its evidence read back by OCR (spaces and case aside, a few letters tolerated)
scan = os.path.join(HERE, "inbox", SCAN)
import pdfplumber  # noqa: E402
with pdfplumber.open(scan) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("the scan has a text layer")
try:
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        import pypdfium2 as pdfium
        page = pdfium.PdfDocument(scan)[0].render(scale=300 / 72).to_pil()
        page.save(os.path.join(tmp, "p.png"))
        ocr = subprocess.run(["tesseract", os.path.join(tmp, "p.png"), "-", "-l", "vie"], capture_output=True,
                             text=True, timeout=180).stdout
except (OSError, subprocess.TimeoutExpired):
    ocr = None
if ocr:
    import difflib
    flat_ocr = goldcheck.flat(ocr).lower()
    for c in gold["coverage"]:
        if c["evidence_file"] == SCAN and c["evidence"]:
            ev = goldcheck.flat(c["evidence"]).lower()
            best = max(difflib.SequenceMatcher(None, flat_ocr[k:k + len(ev)], ev, autojunk=False).ratio()
                       for k in range(max(1, len(flat_ocr) - len(ev) + 1)))
            if best < 0.9:
                problems.append("scan evidence not legible: " + c["evidence"])

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late report (phường Hà Giang 1) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [VENDOR] or gold["files"][VENDOR]["role"] != "other" or gold["files"][VENDOR]["body_id"]:
    problems.append("one unrelated file (the vendor's letter, no sender) expected: %s" % other)
silent = names - {e["body_id"] for e in gold["files"].values()}
if silent != {"so-khoa-hoc-va-cong-nghe", "so-noi-vu", "uy-ban-nhan-dan-xa-dong-van"}:
    problems.append("silent holders: %s" % silent)
statuses = {c["status"] for c in gold["coverage"]}
if statuses != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("statuses: %s" % statuses)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
