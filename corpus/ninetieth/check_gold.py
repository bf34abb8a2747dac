"""Consistency check of corpus/ninetieth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/ninetieth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; one support duty (III.4.2)
and two requested (III.6, III.7), the rest lead; the roster's one collective (the 4 THCS named in
heading III.5); 6-8 holders; one file per holder and kind; and the shape of this set, replies that
mirror the plan's numbering with terse answers:
- the terse answers are there, each under its item number: a bare "Đã thực hiện.", "Thực hiện
  thường xuyên", "Không phát sinh" (under a conditional duty and under one that is not),
  "Không thuộc chức năng, nhiệm vụ của đơn vị", "Đã thực hiện 02/03 đợt", "Đang triển khai.",
  "Chưa thực hiện.", "Đã triển khai (Công văn số …)"; and the gold reads each as the README says;
- Phòng Văn hóa - Xã hội's report is prose (no item numbers);
- Trạm Y tế's table answers every item of the plan, but only its own duties take evidence from it;
- Trường THCS Diễn Tân's plan copies the duties word for word and adds its own dates;
- one late report (Diễn Thịnh), one unrelated letter (Trạm Chăn nuôi và Thú y), one scan (Công an).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
COLLECTIVE = "cac-truong-trung-hoc-co-so-tren-dia-ban-xa"
MEMBERS = {"Trường THCS Diễn Thịnh": "truong-trung-hoc-co-so-dien-thinh",
           "Trường THCS Diễn Trung": "truong-trung-hoc-co-so-dien-trung",
           "Trường THCS Diễn An": "truong-trung-hoc-co-so-dien-an",
           "Trường THCS Diễn Tân": "truong-trung-hoc-co-so-dien-tan"}
PKT = "BC 214-PKT ket qua KH 16 phong chong dai.docx"
SCAN = CA = "CA xa An Chau - BC 187 (scan).pdf"
TYT = "TYT An Chau_BC 58 benh dai 2026.docx"
VH = "BC VHXH tuyen truyen phong dai nam 2026.pdf"
DTA = "Truong THCS/KH 24 THCS Dien Tan - phong chong benh dai.doc"
DTR = "Truong THCS/BC THCS Dien Trung nhiem vu phong dai.xlsx"
LATE = DTH = "Truong THCS/Dien Thinh_BC 41 phong dai.docx"
MT = "MTTQ xa_BC 11 noi dung muc III.7.pdf"
CNTY = "Tram CNTY Dien Chau/BC 131 phoi hop KH 16 xa An Chau.docx"
UNRELATED = "Tram CNTY Dien Chau/CV 112 so lieu tong dan 01.10.2026.pdf"
CITE = "16/KH-UBND ngày 26/01/2026"


def src(f):
    return source_text(src_of["inbox/" + f])


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-25", "2026-11-20"):
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
    num = d["id"].split(".", 1)[1]
    line = next((l for l in section_iii.split("\n") if d["text_start"] in l), "")
    if "." in num and not line.startswith(num + ". "):
        problems.append("duty id is not the plan's item number: " + d["id"])
if not 12 <= len(gold["duties"]) <= 16:
    problems.append("duty count %d" % len(gold["duties"]))
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != \
        {"III.4.2": "support", "III.6": "requested", "III.7": "requested"}:
    problems.append("III.4.2 support, III.6 and III.7 requested, the rest lead")
heading_5 = next(l for l in section_iii.split("\n") if l.startswith("5. "))
for name in MEMBERS:
    if name not in heading_5:
        problems.append("member not named in heading III.5: " + name)
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
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["documents"] != 1:
        problems.append("documents of " + f)
    if e["status"] == "ok":
        key = (e["body_id"], kind_of[e["role"]])
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
        if CITE not in src(f):
            problems.append("plan citation of " + f)
if [f for f, e in gold["files"].items() if e["on_time"] == "no"] != [LATE]:
    problems.append("one late report (Diễn Thịnh) expected")
others = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if others != [UNRELATED] or gold["files"][UNRELATED]["role"] != "other" or "16/KH-UBND" in src(UNRELATED) \
        or re.search(r"chó|mèo|dại", src(UNRELATED)):
    problems.append("one unrelated letter (Trạm CNTY), not citing the plan nor about dogs: %s" % others)
if [f for f, e in gold["files"].items() if e["role"] == "unit_plan"] != [DTA]:
    problems.append("one unit plan (Diễn Tân)")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", SCAN)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("the Công an report should be a scan")

# the shape: item numbers and terse answers
TERSE = {PKT: [r"^1\.1\. .*: Đã thực hiện\.$", r"^1\.2\. .*: Đã thực hiện 02/03 đợt", r"^1\.3\. Khi phát hiện .*: Không phát sinh\.$",
               r"^1\.4\. .*: Không phát sinh\.$"],
         CA: [r"^4\.1\. [^\n]*\nĐã thực hiện\. ", r"^4\.2\. [^\n]*\nKhông thuộc chức năng, nhiệm vụ của đơn vị\.$"],
         TYT: [r"^3\.1 \| .* \| Thực hiện thường xuyên\. ", r"^3\.2 \| .* \| Không phát sinh$"],
         DTH: [r"^5\.1\. [^\n]*\nĐã thực hiện\.$", r"^5\.2\. [^\n]*\nChưa thực hiện\.$"],
         MT: [r"^7\. .*: Đã triển khai \(Công văn số 09/MTTQ-BTT"],
         CNTY: [r"^6\. .*: Đang triển khai\.$"]}
for f, pats in TERSE.items():
    for p in pats:
        if not re.search(p, src(f), re.M):
            problems.append("terse answer %r not in %s" % (p, f))
if src(DTR).split("\n").count("Thực hiện thường xuyên") != 1 or "5.1" not in src(DTR).split("\n"):
    problems.append("Diễn Trung: a bare 'Thực hiện thường xuyên' under 5.1")
tyt_items = re.findall(r"^([\d.]+) \| ", src(TYT), re.M)
if tyt_items != [d["id"].split(".", 1)[1] for d in gold["duties"]]:
    problems.append("Trạm Y tế's table should answer every item of the plan: %s" % tyt_items)
if src(TYT).count("Không thuộc chức năng, nhiệm vụ của đơn vị") < 8:
    problems.append("Trạm Y tế: 'Không thuộc chức năng' under other holders' items")
if re.search(r"^\d+\.\d+\.? ", src(VH), re.M):
    problems.append("Phòng VH-XH's report should be prose, no item numbers")
for d in gold["duties"]:
    if d["body_id"] == COLLECTIVE:
        words = next(l for l in section_iii.split("\n") if d["text_start"] in l).split(" ", 1)[1].rstrip(".").split(";")[0]
        words = re.sub(r", ít nhất 02 lần trong năm 2026$", "", words)
        if words not in src(DTA):
            problems.append("Diễn Tân's plan should copy duty %s word for word" % d["id"])
if not re.search(r"Tuần 2 tháng 3/2026", src(DTA)) or "Từ 02/3/2026 đến 10/4/2026" not in src(DTA):
    problems.append("Diễn Tân's plan adds its own dates")

# coverage
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
st = {(c["duty_id"], c["body_id"], c["kind"]): c["status"] for c in gold["coverage"]}
expect = {("III.1.1", "phong-kinh-te", "report"): "covered",        # bare "Đã thực hiện."
          ("III.1.2", "phong-kinh-te", "report"): "partial",        # "Đã thực hiện 02/03 đợt"
          ("III.1.3", "phong-kinh-te", "report"): "covered",        # "Không phát sinh", conditional duty
          ("III.1.4", "phong-kinh-te", "report"): "missing",        # "Không phát sinh", duty not conditional
          ("III.3.1", "tram-y-te-xa-an-chau", "report"): "covered",  # "Thực hiện thường xuyên" + figures
          ("III.3.2", "tram-y-te-xa-an-chau", "report"): "covered",  # "Không phát sinh", conditional duty
          ("III.4.2", "cong-an-xa-an-chau", "report"): "missing",    # "Không thuộc chức năng" under its own item
          ("III.5.1", MEMBERS["Trường THCS Diễn Trung"], "report"): "covered",  # bare "Thực hiện thường xuyên"
          ("III.5.2", MEMBERS["Trường THCS Diễn Thịnh"], "report"): "missing",  # "Chưa thực hiện."
          ("III.5.1", MEMBERS["Trường THCS Diễn An"], "report"): "not_submitted",  # only the Trạm Y tế names it
          ("III.6", "tram-chan-nuoi-va-thu-y-khu-vuc-dien-chau", "report"): "covered",  # "Đang triển khai."
          ("III.7", "uy-ban-mat-tran-to-quoc-viet-nam-xa-an-chau", "report"): "covered"}  # "Đã triển khai (Công văn …)"
for k, v in expect.items():
    if st.get(k) != v:
        problems.append("terse reading %s: %s, expected %s" % (k, st.get(k), v))
if any(c["evidence_file"] == TYT and c["body_id"] != "tram-y-te-xa-an-chau" for c in gold["coverage"]):
    problems.append("the Trạm Y tế's answers to other holders' items give them nothing")
if any(c["evidence_file"] == UNRELATED for c in gold["coverage"]):
    problems.append("no evidence from the unrelated letter")
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
