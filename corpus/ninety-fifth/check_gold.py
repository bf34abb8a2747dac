"""Consistency check of corpus/ninety-fifth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/ninety-fifth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks, the shape of this set (a plan whose duties are the steps of a fixed
schedule):
- 18 duties in plan order: III-1 … III-9 the rows of Mục III's schedule table (Thời gian | Nội
  dung công việc | Đơn vị thực hiện), each row's deadline the end of its "Thời gian" cell; the rest
  in Mục IV's prose; IV.4-a support, IV.6 requested, the rest lead; 7 holders, the collective "UBND
  các xã" (4 members in the roster) holding 6;
- the timing rule of the mid-course reports: a step not yet due at the report's date is covered or
  missing, never partial; a step past its date and covered is reported complete;
- Dang Kang's own schedule moves III-3's end to 22/5/2026 (partial); VPĐK's "chậm 13 ngày";
- one late report (Cư Pui, a scan), one duplicate (Dang Kang's plan), the Company's công văn asking
  to postpone III-1 (unrecognized / other), Hòa Sơn's unrelated thống kê report.
"""
import os
import re
import sys
from datetime import date

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
for row in table["files"]:
    if row["renderer"] == "copy":   # a copy received twice: the source of the file it copies
        src_of[row["output"]] = src_of[row["source"]]

XA = "uy-ban-nhan-dan-cac-xa"
M = "uy-ban-nhan-dan-xa-"
DK, YM, CP, HS = M + "dang-kang", M + "yang-mao", M + "cu-pui", M + "hoa-son"
CTY = "cong-ty-trach-nhiem-huu-han-mot-thanh-vien-lam-nghiep-chu-yang-sin"
F_DK, F_DK1 = "Xa Dang Kang/KH 31 kiem ke dat LN ban giao.docx", "Xa Dang Kang/KH 31 kiem ke dat LN ban giao (1).docx"
F_CP = "scan_CuPui_BC47 tien do KK 25.5.pdf"
F_HS = "Hoa Son - BC 38 thong ke dat dai 2025 (bo sung).docx"
F_CV = "Cong ty LN CYS/CV 46 de nghi lui thoi gian ban giao ho so.docx"
F_VP = "VPDKDD_BC 214 tien do trich luc, cung cap ho so.docx"


def src(f):
    return source_text(src_of["inbox/" + f])


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-03-27", "2026-05-22"):
    problems.append("due dates")
if "gửi Sở Nông nghiệp và Môi trường trước ngày 27/3/2026" not in plan_src or \
        "gửi Sở Nông nghiệp và Môi trường trước ngày 22/5/2026" not in plan_src:
    problems.append("due dates as Mục V writes them")

# duties: the schedule table (III-n = its n-th row) and Mục IV's prose
sec_iii = plan_src.split("\nIII. TRÌNH TỰ, TIẾN ĐỘ THỰC HIỆN\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN\n")[0]
sec_iv = plan_src.split("\nIV. TỔ CHỨC THỰC HIỆN\n")[1].split("\nV. CHẾ ĐỘ BÁO CÁO\n")[0]
rows = [[c.strip() for c in line.split(" | ")] for line in sec_iii.split("\n") if " | " in line]
if rows[0] != ["Thời gian", "Nội dung công việc", "Đơn vị thực hiện"]:
    problems.append("schedule table header")
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["id"].startswith("III-"):
        when, what, who = rows[int(d["id"][4:])]
        if not what.startswith(d["text_start"]):
            problems.append("table row text of " + d["id"])
        day, month, year = map(int, re.findall(r"(\d{2})/(\d{1,2})/(\d{4})$", when)[0])
        if d["deadline"] != date(year, month, day).isoformat():
            problems.append("table row deadline of " + d["id"])
        holder = re.split(r" \(chủ trì\)|;", who)[0].replace("UBND", "Ủy ban nhân dân").replace(
            "Công ty TNHH MTV", "Công ty Trách nhiệm hữu hạn Một thành viên")
        if holder != d["body"]:
            problems.append("table row holder of %s: %s" % (d["id"], holder))
    elif sec_iv.count(d["text_start"]) != 1:
        problems.append("duty outside Mục IV or not unique: " + d["id"])
if len(gold["duties"]) != 18 or len(rows) != 10 or sum(d["id"].startswith("III-") for d in gold["duties"]) != 9:
    problems.append("18 duties, 9 of them the table's rows")
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"IV.4-a": "support", "IV.6": "requested"}:
    problems.append("IV.4-a support, IV.6 requested, the rest lead")
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 7 or sum(d["body_id"] == XA for d in gold["duties"]) != 6:
    problems.append("7 holders, 6 duties of the collective expected")

names, members = goldcheck.roster(HERE)
if members != {XA: [DK, YM, CP, HS]}:
    problems.append("roster: one collective of 4 communes expected")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])

senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["status"] == "ok":
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
        if "Kế hoạch số 58/KH-UBND" not in src(f):
            problems.append("plan citation of " + f)
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == F_CP)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

# the timing rule of the mid-course reports
deadline = {d["id"]: d["deadline"] for d in gold["duties"]}
for c in gold["coverage"]:
    if c["kind"] != "report" or c["status"] == "not_submitted":
        continue
    written = gold["files"][c["evidence_file"]]["date"]
    due = deadline[c["duty_id"]]
    if due and due > written and c["status"] == "partial":
        problems.append("not yet due, yet partial: %s %s" % (c["duty_id"], c["body_id"]))
    if due and due < written and c["status"] == "covered" and c["evidence"].startswith("Đang"):
        problems.append("past its date, covered while under way: %s %s" % (c["duty_id"], c["body_id"]))
st = {(c["duty_id"], c["body_id"], c["kind"]): c["status"] for c in gold["coverage"]}
if [st[("III-%d" % n, YM, "report")] for n in (3, 4, 5, 6)] != ["covered", "covered", "missing", "missing"]:
    problems.append("Yang Mao: done, under way, then two steps only announced")

# Dang Kang's own schedule: III-3 moved past 15/5/2026
dk = src(F_DK)
if "| Từ 16/4 đến 22/5/2026 | Tổ công tác" not in dk or st[("III-3", DK, "plan")] != "partial":
    problems.append("Dang Kang's moved step III-3")
if "Nhiệm vụ hoàn thành ngày 28/4/2026, chậm 13 ngày so với kế hoạch" not in src(F_VP) or st[("III-2", "van-phong-dang-ky-dat-dai", "report")] != "covered":
    problems.append("VPĐK's late but done III-2")

# files: one late report, a duplicate, the công văn, the unrelated report
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [F_CP] or [r["renderer"] for r in table["files"] if r["output"] == "inbox/" + F_CP] != ["scan"]:
    problems.append("one late report (Cư Pui, a scan) expected: %s" % late)
if open(os.path.join(HERE, "inbox", F_DK1), "rb").read() != open(os.path.join(HERE, "inbox", F_DK), "rb").read():
    problems.append("the duplicate is not a copy")
dup, orig = gold["files"][F_DK1], gold["files"][F_DK]
if dup["status"] != "duplicate" or (dup["role"], dup["body_id"], dup["date"]) != (orig["role"], orig["body_id"], orig["date"]):
    problems.append("duplicate row")
cv = gold["files"][F_CV]
if (cv["status"], cv["role"], cv["body_id"]) != ("unrecognized", "other", CTY) or "V/v đề nghị điều chỉnh thời gian" not in src(F_CV):
    problems.append("the Company's công văn")
hs = gold["files"][F_HS]
if (hs["status"], hs["role"], hs["body_id"]) != ("unrecognized", "other", HS) or "58/KH-UBND" in src(F_HS):
    problems.append("Hòa Sơn's unrelated report")
if any(c["body_id"] == HS and c["status"] != "not_submitted" for c in gold["coverage"]):
    problems.append("xã Hòa Sơn sent nothing on this plan")
counts = [c["status"] for c in gold["coverage"]]
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files; %d covered, %d partial, %d missing)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"]),
         counts.count("covered"), counts.count("partial"), counts.count("missing")))
