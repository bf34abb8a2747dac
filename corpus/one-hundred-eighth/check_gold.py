"""Consistency check of corpus/one-hundred-eighth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-eighth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section IV and each once there; one
support (IV.4-b) and one requested duty (IV.7, under its "Đề nghị …" heading), the rest lead; the
roster's one collective ("Ủy ban nhân dân các tỉnh", the 4 provinces the plan's heading names);
every roster body holds a duty; one file per holder and kind; and the shape of this set, a
ministry's plan to its own units and to provinces:
- the plan: "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" alone (no parent line), "Số: 318/KH-BNNMT", place Hà
  Nội, signed "KT. BỘ TRƯỞNG / THỨ TRƯỞNG";
- the ministry's units reply under "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG / <UNIT>"; the provinces under
  "ỦY BAN NHÂN DÂN / TỈNH <X>" signed "TM. ỦY BAN NHÂN DÂN", except Quảng Trị, which answers
  through its Sở ("UBND TỈNH QUẢNG TRỊ / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "thay Ủy ban nhân dân
  tỉnh") and is credited to the UBND tỉnh;
- every ok reply cites the plan's number; one late plan (Nghệ An); one unrelated report of a
  holder (not citing it); Gia Lai's report a scan (its evidence checked in its source only).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
COLLECTIVE = "uy-ban-nhan-dan-cac-tinh"
PROVINCES = {"uy-ban-nhan-dan-tinh-thanh-hoa": "THANH HÓA", "uy-ban-nhan-dan-tinh-nghe-an": "NGHỆ AN",
             "uy-ban-nhan-dan-tinh-quang-tri": "QUẢNG TRỊ", "uy-ban-nhan-dan-tinh-gia-lai": "GIA LAI"}
UNITS = {"cuc-lam-nghiep-va-kiem-lam": "CỤC LÂM NGHIỆP VÀ KIỂM LÂM", "vu-ke-hoach-tai-chinh": "VỤ KẾ HOẠCH - TÀI CHÍNH",
         "vien-khoa-hoc-lam-nghiep-viet-nam": "VIỆN KHOA HỌC LÂM NGHIỆP VIỆT NAM"}
SCAN = "scan_20260514_GiaLai_BC214.pdf"
LATE = "KH71 UBND NA khoi phuc rung phong ho ven bien 2026.pdf"
UNRELATED = "BC 145 PCCCR quy I-2026_NA.docx"
VIA_SO = "SNNMT Quang Tri/1487-BC-SNNMT bao cao Bo.docx"
CITE = "318/KH-BNNMT"

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-06", "2026-05-15"):
    problems.append("due dates")
if not plan_src.startswith("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 318/KH-BNNMT\nCỘNG HÒA") \
        or "Hà Nội, ngày 16 tháng 01 năm 2026" not in plan_src \
        or not re.search(r"\nKT\. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n+[^\n]+\n?$", plan_src):
    problems.append("the plan's ministry header (no parent line) and KT. BỘ TRƯỞNG / THỨ TRƯỞNG signature")

# duties
section_iv = plan_src.split("\nIV. TỔ CHỨC THỰC HIỆN\n")[1].split("\nV. CHẾ ĐỘ BÁO CÁO\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if section_iv.count(d["text_start"]) != 1:
        problems.append("duty outside section IV or not unique there: " + d["id"])
if not 14 <= len(gold["duties"]) <= 18:
    problems.append("duty count %d" % len(gold["duties"]))
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"IV.4-b": "support", "IV.7": "requested"}:
    problems.append("IV.4-b support, IV.7 requested, the rest lead")
for d in gold["duties"]:
    if d["role"] == "requested" and "\n%s. Đề nghị %s\n" % (d["id"][3:], d["body"]) not in section_iv:
        problems.append("requested duty without its 'Đề nghị' heading: " + d["id"])
names, members = goldcheck.roster(HERE)
if members != {COLLECTIVE: list(PROVINCES)}:
    problems.append("roster: one collective of the 4 provinces expected: %s" % members)
if "\n6. Ủy ban nhân dân các tỉnh: Thanh Hóa, Nghệ An, Quảng Trị, Gia Lai\n" not in section_iv:
    problems.append("the collective's heading naming its 4 provinces")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
holders = {d["body_id"] for d in gold["duties"]}
if holders != (names - set(PROVINCES)) | {COLLECTIVE}:
    problems.append("every roster body holds a duty")

# files
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["documents"] != 1:
        problems.append("documents of " + f)
    src = source_text(src_of["inbox/" + f])
    head = src.split("\n\n")[0]
    if e["status"] == "ok":
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
        if CITE not in src:
            problems.append("plan citation of " + f)
    if f == VIA_SO:
        if e["body_id"] != "uy-ban-nhan-dan-tinh-quang-tri" or \
                not head.startswith("UBND TỈNH QUẢNG TRỊ\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n") or \
                "báo cáo kết quả thực hiện Kế hoạch thay Ủy ban nhân dân tỉnh" not in src or "\nKT. GIÁM ĐỐC\n" not in src:
            problems.append("Quảng Trị answering through its Sở")
    elif e["body_id"] in PROVINCES:
        if not head.startswith("ỦY BAN NHÂN DÂN\nTỈNH %s\n" % PROVINCES[e["body_id"]]) or "\nTM. ỦY BAN NHÂN DÂN\n" not in src:
            problems.append("province's UBND header and signature: " + f)
    elif not head.startswith("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n%s\n" % UNITS.get(e["body_id"], "?")):
        problems.append("ministry unit's header: " + f)
late = sorted(f for f, e in gold["files"].items() if e["on_time"] == "no")
if late != [LATE]:
    problems.append("late: Nghệ An's plan expected: %s" % late)
if [f for f, e in gold["files"].items() if e["status"] == "unrecognized"] != [UNRELATED] \
        or CITE in source_text(src_of["inbox/" + UNRELATED]):
    problems.append("one unrelated report expected")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", SCAN)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("Gia Lai's report should be a scan")

# coverage
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
for f in senders.values():
    if not any(c["status"] == "partial" and c["evidence_file"] == f for c in gold["coverage"]):
        problems.append("no partial row for " + f)
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
