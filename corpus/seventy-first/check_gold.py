"""Consistency check of corpus/seventy-first/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/seventy-first/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; two support duties (III.3-b,
III.5) and two requested (III.6-a, b); the roster's one collective (4 members: a phường, three xã);
and the shape of this set, the reminder round:
- the province's own reminder (Công văn 1473/UBND-KGVX, "V/v đôn đốc thực hiện Kế hoạch số
  37/KH-UBND …") and a PDF of the plan itself are in the inbox: unrecognized/other, no sender;
- the replies cite the reminder only (Công an tỉnh, Bưu điện tỉnh, xã Võ Nhai, Sở KH&CN), both
  (Sở Nội vụ's second report), the plan by number (Phổ Yên, Sở Nội vụ's first report) or by
  title and date only (xã Đại Từ);
- Sở KH&CN's letter says its report was already sent: other, its report rows not_submitted;
- Sở Nội vụ's report came twice; the second (after the reminder, small changes) gives the rows;
- on_time against the plan's dates, never the reminder's (05/6/2026); one late unit plan; one
  unrelated report answering another reminder; the Công an report is a scan.
"""
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}

REMIND = "VB UBND tinh/CV 1473-UBND-KGVX don doc bao cao KH37.pdf"
PLANCOPY = "VB UBND tinh/KH37_UBND_10.02.2026_signed.pdf"
SNV45 = "SNV/BC 45-SNV chi tra NCC qua tai khoan.docx"
SNV52 = "SNV/BC 52-SNV cap nhat so lieu T5 (gui lai).pdf"
CAT = "CAT_BC 2087 ho tro DDDT chi tra ASXH.pdf"
SKHCN = "SKHCN_CV 845 phuc dap CV 1473.docx"
BD = "BDTN BC 376 chi tra ASXH qua tai khoan.docx"
PYKH = "Pho Yen/KH 28 thi diem chi tra KDTM.docx"
PYBC = "Pho Yen/BC 96 ket qua thi diem chi tra KDTM.pdf"
DT = "KH chi tra ko dung tien mat - xa Dai Tu.doc"
VN = "Vo Nhai_BC 87 thi diem chi tra ASXH.docx"
BB = "Ba Be - BC 64 qua Tet 2026.pdf"
PLAN_NO, REMINDER_NO = "37/KH-UBND", "1473/UBND-KGVX"


def src(f):
    return source_text(src_of["inbox/" + f])


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-03-06", "2026-05-15"):
    problems.append("due dates")
if "trước ngày 06/3/2026; báo cáo kết quả thực hiện giai đoạn thí điểm" not in plan_src or \
        "trước ngày 15/5/2026." not in plan_src:
    problems.append("due dates as the plan's section V writes them")

section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if section_iii.count(d["text_start"]) != 1:
        problems.append("duty outside section III or not unique: " + d["id"])
if len(gold["duties"]) != 16:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"}
if roles != {"III.3-b": "support", "III.5": "support", "III.6-a": "requested", "III.6-b": "requested"}:
    problems.append("roles: III.3-b, III.5 support; III.6-a, b requested; the rest lead: %s" % roles)

names, members = goldcheck.roster(HERE)
COLL = "uy-ban-nhan-dan-cac-xa-phuong-thuc-hien-thi-diem"
if {k: len(v) for k, v in members.items()} != {COLL: 4}:
    problems.append("roster: one collective of 4 xã, phường expected")
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 7:
    problems.append("7 holders expected: %d" % len(holders))
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])

# who sent what: Sở Nội vụ's first report is a file of the Sở, not the sender of its rows
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["status"] == "ok" and e["role"] in ("unit_plan", "report") and f != SNV45:
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f == CAT)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

# 1. the office's own documents
for f in (REMIND, PLANCOPY):
    e = gold["files"][f]
    if (e["status"], e["role"], e["body_id"], e["on_time"]) != ("unrecognized", "other", "", ""):
        problems.append("the issuer's own file, unrecognized/other without a sender: " + f)
rem = src(REMIND)
if "V/v đôn đốc thực hiện Kế hoạch số 37/KH-UBND ngày 10/02/2026" not in rem or "Số: 1473/UBND-KGVX" not in rem \
        or "trước ngày 05/6/2026" not in rem:
    problems.append("the reminder's V/v, number and new time limit")
for unit in ("Công an tỉnh", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Bưu điện tỉnh Thái Nguyên",
             "Ủy ban nhân dân các xã Đại Từ, Võ Nhai, Ba Bể"):
    if unit not in rem.split("các cơ quan, đơn vị sau chưa gửi báo cáo:")[1].split("\n")[0]:
        problems.append("the reminder's list of units without a report: " + unit)
if src_of["inbox/" + PLANCOPY] != src_of[gold["plan"]] or PLAN_NO not in built_text("inbox/" + PLANCOPY):
    problems.append("the plan copy is the plan's own text")

# 2. what the replies cite
cites = {SNV45: "plan", PYKH: "plan", PYBC: "plan", SNV52: "both", CAT: "reminder", BD: "reminder",
         VN: "reminder", SKHCN: "reminder", DT: "title"}
for f, how in cites.items():
    s = src(f)
    has = (PLAN_NO in s, REMINDER_NO in s)
    want = {"plan": (True, False), "both": (True, True), "reminder": (False, True), "title": (False, False)}[how]
    if has != want:
        problems.append("citation of %s: %s expected" % (f, how))
if "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh Thái Nguyên ngày 10/02/2026 về đẩy mạnh chuyển đổi số" not in src(DT):
    problems.append("Đại Từ cites the plan by title and date")
for f in (CAT, BD, VN, SKHCN):
    if "Thực hiện Công văn số 1473/UBND-KGVX ngày 25/5/2026" not in src(f):
        problems.append("reminder-only citation sentence: " + f)

# 3. the "already sent" letter
sk = gold["files"][SKHCN]
if (sk["status"], sk["role"], sk["body_id"]) != ("unrecognized", "other", "so-khoa-hoc-va-cong-nghe"):
    problems.append("Sở KH&CN's letter: other, sender the Sở")
if "Báo cáo số 118/BC-SKHCN" not in src(SKHCN) or "Ngày 13/5/2026" not in src(SKHCN):
    problems.append("Sở KH&CN's letter names its report and date")
if any(c["body_id"] == "so-khoa-hoc-va-cong-nghe" and c["status"] != "not_submitted" for c in gold["coverage"]):
    problems.append("Sở KH&CN's rows are not_submitted")
if any("118/BC-SKHCN" in src(f) and f != SKHCN for f in gold["files"]):
    problems.append("BC 118 itself should not be in the inbox")

# 4. the report sent twice
a, b = gold["files"][SNV45], gold["files"][SNV52]
if (a["status"], a["role"], a["body_id"], a["on_time"]) != ("ok", "report", "so-noi-vu", "yes") or \
        (b["status"], b["role"], b["body_id"], b["on_time"]) != ("ok", "report", "so-noi-vu", "no"):
    problems.append("Sở Nội vụ's two reports: ok, the first on time, the second late")
if any(c["evidence_file"] == SNV45 for c in gold["coverage"]):
    problems.append("the first Sở Nội vụ report gives no rows")
if "Sở Nội vụ đã có Báo cáo số 45/BC-SNV ngày 12/5/2026" not in src(SNV52) or "gửi lại báo cáo" not in src(SNV52):
    problems.append("the second report names the first")
snv_rows = [c for c in gold["coverage"] if c["evidence_file"] == SNV52]
if not snv_rows or all(c["evidence"] in src(SNV45) for c in snv_rows):
    problems.append("the second report's evidence should show its changes")
diff = set(src(SNV52).split("\n")) ^ set(src(SNV45).split("\n"))
if not 4 <= len(diff) <= 14:
    problems.append("small changes between the two reports: %d lines differ" % len(diff))

# 5. dates: against the plan's, never the reminder's
late = sorted(f for f, e in gold["files"].items() if e["on_time"] == "no")
if late != sorted([SNV52, CAT, BD, DT, VN]):
    problems.append("late files: %s" % late)
if [f for f in late if gold["files"][f]["role"] == "unit_plan"] != [DT]:
    problems.append("one late unit plan (Đại Từ)")
before_reminder_limit = [f for f in late if gold["files"][f]["role"] == "report" and gold["files"][f]["date"] < "2026-06-05"]
if sorted(before_reminder_limit) != sorted([SNV52, CAT, VN]):
    problems.append("replies within the reminder's limit are still late: %s" % before_reminder_limit)

# 6. the unrelated report, the scan, every status
bb = gold["files"][BB]
if (bb["status"], bb["role"], bb["body_id"]) != ("unrecognized", "other", "uy-ban-nhan-dan-xa-ba-be"):
    problems.append("Ba Bể's report: unrelated")
if "1391/UBND-KGVX" not in src(BB) or PLAN_NO in src(BB) or REMINDER_NO in src(BB):
    problems.append("Ba Bể's report answers another reminder")
import pdfplumber  # noqa: E402
with open(os.path.join(HERE, "inbox", CAT), "rb") as fh, pdfplumber.open(io.BytesIO(fh.read())) as pdf:
    if any((p.extract_text() or "").strip() for p in pdf.pages):
        problems.append("the Công an report should be a scan (no text layer)")
statuses = [c["status"] for c in gold["coverage"]]
if not all(s in statuses for s in ("covered", "partial", "missing", "not_submitted")):
    problems.append("every status expected")
for k in gold["notes"]:
    if k.startswith("file ") and k[5:] not in gold["files"]:
        problems.append("note of an unknown file: " + k)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
