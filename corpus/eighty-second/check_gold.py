"""Consistency check of corpus/eighty-second/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/eighty-second/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section IV; one support (IV.4) and two
requested duties (IV.6, IV.7), the rest lead; the roster's one collective ("Đoàn các xã, phường",
4 members); 6-8 holders; one file per holder and kind; and the shape of this set, a mass
organisation's plan in its own layout:
- the plan: "BCH ĐOÀN TỈNH …" with "***" under it, "ĐOÀN TNCS HỒ CHÍ MINH" on the right, a Party-
  style number "Số: 45-KH/TĐTN-BTG", 2026;
- the Đoàn replies: the Đoàn header, but Vĩnh Linh's plan without "ĐOÀN TNCS HỒ CHÍ MINH" and "***"
  and with a State-style number, Đông Hà's report numbered "Số: 08/BC-ĐTN"; Sở Y tế's report in
  the State layout (Quốc hiệu);
- every ok reply cites the plan's number but Ban Phong trào's, which names its period only
  ("Tháng Thanh niên 2026");
- one late plan (Vĩnh Linh) and one late report (Lao Bảo); one unrelated letter; one duplicate;
- the Đông Hà report is a scan (its evidence checked in its source only).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
for row in table["files"]:
    if row["renderer"] == "copy":   # a copy received twice: the source of the file it copies
        src_of[row["output"]] = src_of[row["source"]]
COLLECTIVE = "doan-cac-xa-phuong"
MEMBERS = ["doan-phuong-dong-hoi", "doan-phuong-dong-ha", "doan-xa-vinh-linh", "doan-xa-lao-bao"]
SCAN = "scan BC 08 Doan phuong Dong Ha.pdf"
VINH_LINH, LAO_BAO = "KH_DoanxaVinhLinh_ThangTN2026.pdf", "BC 11 Doan xa Lao Bao thang TN.docx"
BPT, SYT = "BPT - BC Thang TN 2026.xlsx", "SYT/786-BC-SYT phoi hop Thang Thanh nien.pdf"
UNRELATED = "TTr 03 chuan y Pho Bi thu Doan P.Dong Ha.pdf"
DUP, ORIGINAL = "Zalo/Doan P.Dong Hoi - KH 12 Thang TN 2026 (1).docx", "Doan P.Dong Hoi - KH 12 Thang TN 2026.docx"
CITE = "45-KH/TĐTN-BTG"

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-27", "2026-04-03"):
    problems.append("due dates")
if not plan_src.startswith("BCH ĐOÀN TỈNH QUẢNG TRỊ\n***\nSố: 45-KH/TĐTN-BTG\nĐOÀN TNCS HỒ CHÍ MINH\n") \
        or "ngày 09 tháng 02 năm 2026" not in plan_src:
    problems.append("the plan's Đoàn header")

# duties
section_iv = plan_src.split("\nIV. TỔ CHỨC THỰC HIỆN\n")[1].split("\nV. CHẾ ĐỘ THÔNG TIN, BÁO CÁO\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if section_iv.count(d["text_start"]) != 1:
        problems.append("duty outside section IV or not unique: " + d["id"])
if not 12 <= len(gold["duties"]) <= 16:
    problems.append("duty count %d" % len(gold["duties"]))
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != \
        {"IV.4": "support", "IV.6": "requested", "IV.7": "requested"}:
    problems.append("IV.4 support, IV.6 and IV.7 requested, the rest lead")
for d in gold["duties"]:
    if d["role"] == "requested" and "\n%s. Đề nghị %s\n" % (d["id"][3:], d["body"]) not in section_iv:
        problems.append("requested duty without its 'Đề nghị' heading: " + d["id"])
names, members = goldcheck.roster(HERE)
if members != {COLLECTIVE: MEMBERS}:
    problems.append("roster: one collective of 4 expected: %s" % members)
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
holders = {d["body_id"] for d in gold["duties"]}
if not 6 <= len(holders) <= 8 or holders != (names - set(MEMBERS)) | {COLLECTIVE}:
    problems.append("6-8 holders, every roster body holds a duty")

# files
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["documents"] != 1:
        problems.append("documents of " + f)
    src = source_text(src_of["inbox/" + f])
    if e["status"] == "ok":
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
        if (CITE in src) == (f == BPT):
            problems.append("plan citation of " + f)
        if f == SYT:
            if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in src or "ĐOÀN TNCS" in src.split("\n\n")[0]:
                problems.append("Sở Y tế's report in the State layout")
        elif f == VINH_LINH:
            head = src.split("\n\n")[0]
            if "ĐOÀN TNCS" in head or "***" in head or "Số: 09/KH-ĐTN" not in head:
                problems.append("Vĩnh Linh's careless header")
        else:
            head = src.split("\n\n")[0] if not f.endswith(".xlsx") else src
            if "ĐOÀN TNCS HỒ CHÍ MINH" not in head or "***" not in head:
                problems.append("Đoàn header of " + f)
if "Số: 08/BC-ĐTN" not in source_text(src_of["inbox/" + SCAN]):
    problems.append("Đông Hà's State-style number")
if "Tháng Thanh niên 2026" not in source_text(src_of["inbox/" + BPT]):
    problems.append("Ban Phong trào's period")
late = sorted(f for f, e in gold["files"].items() if e["on_time"] == "no")
if late != sorted([VINH_LINH, LAO_BAO]):
    problems.append("late: Vĩnh Linh's plan and Lao Bảo's report expected: %s" % late)
if [f for f, e in gold["files"].items() if e["status"] == "unrecognized"] != [UNRELATED] \
        or CITE in source_text(src_of["inbox/" + UNRELATED]):
    problems.append("one unrelated letter expected")
with open(os.path.join(HERE, "inbox", DUP), "rb") as a, open(os.path.join(HERE, "inbox", ORIGINAL), "rb") as b:
    if a.read() != b.read():
        problems.append("the duplicate is not a copy")
dup, orig = gold["files"][DUP], gold["files"][ORIGINAL]
if dup["status"] != "duplicate" or (dup["role"], dup["body_id"], dup["date"]) != (orig["role"], orig["body_id"], orig["date"]):
    problems.append("duplicate row")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", SCAN)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("the Đông Hà report should be a scan")

# coverage
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
for f in senders.values():
    if f != BPT and not any(c["status"] == "partial" and c["evidence_file"] == f for c in gold["coverage"]):
        problems.append("no partial row for " + f)
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
