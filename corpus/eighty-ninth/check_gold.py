"""Consistency check of corpus/eighty-ninth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/eighty-ninth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; two support duties (III.3-b,
III.4) and one requested (III.7), the rest lead; the roster's one collective (4 members named in
heading III.6); 6-8 holders; and the shape of this set, replies that come in rounds:
- Sở VHTTDL: a first report and its "Báo cáo bổ sung" (citing the first by number), both ok
  reports; coverage rows drawn from both (III.1-c from the supplement, where the first said "chưa");
- Sở GD&ĐT: a year report that says "đã báo cáo tại Báo cáo số 1126/BC-SGDĐT …", that earlier
  report in the inbox and the evidence of III.2-b; the other report it cites (2650) is not there;
- Sở Y tế: a report and a Công văn đính chính of its number: the correction is role other, not a
  report, and no coverage row takes evidence from it;
- xã Dương Minh Châu: a plan and the Kế hoạch điều chỉnh that replaces it and drops the Hội thao:
  III.6-d missing, named on the điều chỉnh; a, b, c from the điều chỉnh;
- phường Tân Ninh's report sent by its Văn phòng HĐND và UBND, counted as the phường's;
- one late report (Cần Giuộc, a scan), one unrelated letter (Sở Tài chính).
A coverage row's evidence file is any ok file of that holder and kind; the evidence is verbatim in
its source and (but for the scan) in that very built file.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
COLLECTIVE = "uy-ban-nhan-dan-cac-xa-phuong-duoc-chon-xay-dung-mo-hinh-diem"
MEMBERS = {"phường Long An": "uy-ban-nhan-dan-phuong-long-an", "phường Tân Ninh": "uy-ban-nhan-dan-phuong-tan-ninh",
           "xã Dương Minh Châu": "uy-ban-nhan-dan-xa-duong-minh-chau", "xã Cần Giuộc": "uy-ban-nhan-dan-xa-can-giuoc"}
VH1, VH2 = "SVHTTDL/BC 3184-SVHTTDL ket qua TDTT quan chung 2026.docx", "SVHTTDL/BC bo sung 3297-SVHTTDL.pdf"
GD1, GD2 = "SGDDT/BC 1126 ket qua HKPD tinh 2025-2026.pdf", "SGDDT/BC 3015-SGDDT TDTT quan chung nam 2026.docx"
YT, YTCV = "SYT - BC ket qua KH 35 TDTT.docx", "SYT - CV 2291 dinh chinh so BC.pdf"
DMC1, DMC2 = "Xa phuong/DMC_KH 18 mo hinh diem TDTT 2026.docx", "Xa phuong/DMC_KH 27 dieu chinh KH 18.pdf"
TN = "Xa phuong/Tan Ninh - BC 71-VP mo hinh diem TDTT.docx"
SCAN = LATE = "Xa phuong/BC 118 Can Giuoc (scan).pdf"
UNRELATED = "STC CV 2874 du toan NSNN 2027.pdf"


def src(f):
    return source_text(src_of["inbox/" + f])


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-10", "2026-11-15"):
    problems.append("due dates")

# duties
section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. KINH PHÍ THỰC HIỆN")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if section_iii.count(d["text_start"]) != 1:
        problems.append("duty outside section III or not unique: " + d["id"])
if not 12 <= len(gold["duties"]) <= 16:
    problems.append("duty count %d" % len(gold["duties"]))
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != \
        {"III.3-b": "support", "III.4": "support", "III.7": "requested"}:
    problems.append("III.3-b and III.4 support, III.7 requested, the rest lead")
heading_6 = next(l for l in section_iii.split("\n") if l.startswith("6. "))
for name in MEMBERS:
    if name not in heading_6:
        problems.append("member not named in heading III.6: " + name)
names, members = goldcheck.roster(HERE)
if members != {COLLECTIVE: list(MEMBERS.values())}:
    problems.append("roster: one collective of 4 expected: %s" % members)
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
holders = {d["body_id"] for d in gold["duties"]}
if not 6 <= len(holders) <= 8 or holders != (names - set(MEMBERS.values())) | {COLLECTIVE}:
    problems.append("6-8 holders, every roster body holds a duty")

# files
kind_of = {"unit_plan": "plan", "report": "report"}
sent = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["documents"] != 1:
        problems.append("documents of " + f)
    if e["status"] == "ok":
        sent.setdefault((e["body_id"], kind_of[e["role"]]), set()).add(f)
        if "35/KH-UBND ngày 14/01/2026" not in src(f):
            problems.append("plan citation of " + f)
multi = {k: sorted(v) for k, v in sent.items() if len(v) > 1}
if multi != {("so-van-hoa-the-thao-va-du-lich", "report"): [VH1, VH2], ("so-giao-duc-va-dao-tao", "report"): [GD1, GD2],
             ("uy-ban-nhan-dan-xa-duong-minh-chau", "plan"): [DMC1, DMC2]}:
    problems.append("several files of one holder and kind only for Sở VHTTDL, Sở GD&ĐT (reports) and Dương Minh Châu (plans): %s" % multi)
if [f for f, e in gold["files"].items() if e["on_time"] == "no"] != [LATE]:
    problems.append("one late report (Cần Giuộc) expected")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", SCAN)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("the Cần Giuộc report should be a scan")
others = sorted(f for f, e in gold["files"].items() if e["status"] != "ok")
if others != sorted([YTCV, UNRELATED]) or any(gold["files"][f]["role"] != "other" or gold["files"][f]["status"] != "unrecognized"
                                              for f in others):
    problems.append("the correction and the unrelated letter are the only other/unrecognized files: %s" % others)
if "35/KH-UBND" in src(UNRELATED):
    problems.append("the Sở Tài chính letter should not cite the plan")

# the rounds
if not src(VH2).split("\n")[7].startswith("BÁO CÁO BỔ SUNG") or "Báo cáo số 3184/BC-SVHTTDL" not in src(VH2) \
        or "Số: 3184/BC-SVHTTDL" not in src(VH1) or "sẽ báo cáo bổ sung" not in src(VH1):
    problems.append("Sở VHTTDL: the first report announces, the supplement cites it")
if "III.1-d" in {c["duty_id"] for c in gold["coverage"] if c["evidence_file"] == VH1} or "mô hình điểm" in src(VH1):
    problems.append("the first Sở VHTTDL report should leave III.1-d out")
if "đã báo cáo tại Báo cáo số 1126/BC-SGDĐT ngày 08/5/2026" not in src(GD2) or "Số: 1126/BC-SGDĐT" not in src(GD1) \
        or "ngày 08 tháng 5 năm 2026" not in src(GD1):
    problems.append("Sở GD&ĐT: the year report cites the earlier one, which is in the inbox")
if any("Số: 2650/" in src(f) for f in gold["files"]) or "Báo cáo số 2650/BC-SGDĐT" not in src(GD2):
    problems.append("Sở GD&ĐT: report 2650 cited but not in the inbox")
cv = src(YTCV)
if not re.search(r"^V/v đính chính số, ký hiệu Báo cáo số 2240/BC-SYT", cv, re.M) or "Số: 2240/BC-SYT" not in src(YT) \
        or gold["files"][YTCV]["body_id"] != gold["files"][YT]["body_id"] or "\nBÁO CÁO\n" in cv:
    problems.append("Sở Y tế: a công văn correcting the number of its report")
if "thay thế Kế hoạch số 18/KH-UBND" not in src(DMC2) or "Hội thao" not in src(DMC1) \
        or "xã không tổ chức Hội thao xã" not in src(DMC2) or not src(DMC2).split("\n")[7].startswith("KẾ HOẠCH ĐIỀU CHỈNH"):
    problems.append("Dương Minh Châu: the điều chỉnh replaces KH 18 and drops the Hội thao")
if "VĂN PHÒNG HĐND VÀ UBND" not in src(TN).split("\n")[1] or gold["files"][TN]["body_id"] != MEMBERS["phường Tân Ninh"]:
    problems.append("Tân Ninh: the report of its Văn phòng, counted as the phường's")

# coverage
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
for c in gold["coverage"]:
    files = sent.get((c["body_id"], c["kind"]), set())
    if (c["status"] == "not_submitted") != (not files):
        problems.append("status vs submission: %s %s %s" % (c["duty_id"], c["body_id"], c["kind"]))
    if c["status"] == "not_submitted":
        if c["evidence"] or c["evidence_file"]:
            problems.append("not_submitted row with evidence: %s %s" % (c["duty_id"], c["body_id"]))
        continue
    if c["evidence_file"] not in files:
        problems.append("evidence file not of this holder and kind: %s %s" % (c["duty_id"], c["body_id"]))
        continue
    if c["status"] == "missing":
        if c["evidence"]:
            problems.append("missing row with evidence: %s %s" % (c["duty_id"], c["body_id"]))
        continue
    if not c["evidence"] or c["evidence"] not in src(c["evidence_file"]):
        problems.append("evidence not verbatim: %s %s" % (c["duty_id"], c["body_id"]))
    if c["evidence_file"] != SCAN and goldcheck.flat(c["evidence"]) not in goldcheck.flat(built_text("inbox/" + c["evidence_file"])):
        problems.append("evidence not in built file: %s %s" % (c["duty_id"], c["body_id"]))
ev = {(c["duty_id"], c["body_id"], c["kind"]): (c["status"], c["evidence_file"]) for c in gold["coverage"]}
expect = {("III.1-a", "so-van-hoa-the-thao-va-du-lich", "report"): ("covered", VH1),
          ("III.1-c", "so-van-hoa-the-thao-va-du-lich", "report"): ("covered", VH2),
          ("III.1-d", "so-van-hoa-the-thao-va-du-lich", "report"): ("partial", VH2),
          ("III.2-b", "so-giao-duc-va-dao-tao", "report"): ("covered", GD1),
          ("III.2-a", "so-giao-duc-va-dao-tao", "report"): ("partial", GD2),
          ("III.6-d", MEMBERS["xã Dương Minh Châu"], "plan"): ("missing", DMC2)}
for k, v in expect.items():
    if ev.get(k) != v:
        problems.append("round row %s: %s, expected %s" % (k, ev.get(k), v))
if any(c["evidence_file"] in (DMC1, YTCV, UNRELATED) for c in gold["coverage"]):
    problems.append("no evidence from the replaced plan, the correction or the unrelated letter")
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
