"""Consistency check of corpus/one-hundredth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundredth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section IV; one support (IV.5) and two
requested duties (IV.7, IV.8, each under its "Đề nghị …" heading), the rest lead; the roster's one
collective ("UBND các xã biên giới", the 4 communes the plan names); 6-8 holders, every roster
body holds a duty; one file per holder and kind; and the shape of this set, a military command's
plan to its own offices and units:
- the plan: "QUÂN KHU 1 / BỘ CHỈ HUY QUÂN SỰ TỈNH LẠNG SƠN", "Số: 112/KH-BCH", signed
  "CHỈ HUY TRƯỞNG" by an "Đại tá";
- the force's replies in the force's layout: the Đồn's header under "BỘ ĐỘI BIÊN PHÒNG TỈNH" or
  "BĐBP TỈNH", numbers …/KH-ĐBP and …/BC-ĐBP, a rank before every signer's name (ĐỒN TRƯỞNG,
  PHÓ ĐỒN TRƯỞNG, CHỦ NHIỆM); the communes' replies in the State layout ("ỦY BAN NHÂN DÂN",
  "TM. ỦY BAN NHÂN DÂN"), the Ban CHQS xã's under "UBND XÃ ĐỒNG ĐĂNG" with no rank;
- one "BÁO CÁO NHANH" (Kính gửi under the title); every ok reply cites the plan's number; one
  late plan (Mẫu Sơn); one unrelated plan of a holder (not citing it); the Ban CHQS xã's report a
  scan (its evidence checked in its source only).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
COLLECTIVE = "uy-ban-nhan-dan-cac-xa-bien-gioi"
MEMBERS = ["uy-ban-nhan-dan-xa-dong-dang", "uy-ban-nhan-dan-xa-thuy-hung", "uy-ban-nhan-dan-xa-ba-son",
           "uy-ban-nhan-dan-xa-mau-son"]
SCAN = "scan0609_BCHQS Dong Dang.pdf"
QUICK = "Bao cao nhanh 09 DBP Mau Son 14.3.2026.pdf"
LATE = "KH 21 UBND Mau Son phoi hop PCBL 2026.pdf"
UNRELATED = "DBP Mau Son - KH 05 Tet Bien phong am long dan ban.docx"
COMMUNES = ["UBND xa Thuy Hung BC 118 PCBL.doc", LATE]
CITE = "112/KH-BCH"

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-05", "2026-06-15"):
    problems.append("due dates")
if not plan_src.startswith("QUÂN KHU 1\nBỘ CHỈ HUY QUÂN SỰ TỈNH LẠNG SƠN\nSố: 112/KH-BCH\n") \
        or "ngày 22 tháng 01 năm 2026" not in plan_src \
        or not re.search(r"\nCHỈ HUY TRƯỞNG\n\n+Đại tá [^\n]+\n?$", plan_src):
    problems.append("the plan's military header and signature")

# duties
section_iv = plan_src.split("\nIV. TỔ CHỨC THỰC HIỆN\n")[1].split("\nV. CHẾ ĐỘ BÁO CÁO\n")[0]
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
        {"IV.5": "support", "IV.7": "requested", "IV.8": "requested"}:
    problems.append("IV.5 support, IV.7 and IV.8 requested, the rest lead")
for d in gold["duties"]:
    if d["role"] == "requested" and "\n%s. Đề nghị %s\n" % (d["id"][3:], d["body"]) not in section_iv:
        problems.append("requested duty without its 'Đề nghị' heading: " + d["id"])
names, members = goldcheck.roster(HERE)
if members != {COLLECTIVE: MEMBERS}:
    problems.append("roster: one collective of 4 expected: %s" % members)
if "\n6. UBND các xã biên giới: Đồng Đăng, Thụy Hùng, Ba Sơn, Mẫu Sơn\n" not in section_iv:
    problems.append("the collective's heading naming its 4 communes")
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
    head = src.split("\n\n")[0]
    sign = src.rstrip("\n").split("\n")[-1]
    if e["status"] == "ok":
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
        if CITE not in src:
            problems.append("plan citation of " + f)
    if f in COMMUNES:
        if not head.startswith("ỦY BAN NHÂN DÂN\nXÃ ") or "\nTM. ỦY BAN NHÂN DÂN\n" not in src:
            problems.append("commune's State layout: " + f)
    elif f == SCAN:
        if not head.startswith("UBND XÃ ĐỒNG ĐĂNG\nBAN CHỈ HUY QUÂN SỰ\n") or re.match(r"(Đại|Thượng|Trung|Thiếu) ", sign):
            problems.append("the Ban CHQS xã's header, signer without rank")
    else:
        if not re.match(r"(Đại|Thượng|Trung|Thiếu) (tá|úy) ", sign):
            problems.append("rank before the signer's name: " + f)
        if f != "P.CT - BC 231 tuyen truyen PCBL 6T 2026.docx" and (
                not head.startswith(("BỘ ĐỘI BIÊN PHÒNG TỈNH LẠNG SƠN\nĐỒN BIÊN PHÒNG ", "BĐBP TỈNH LẠNG SƠN\nĐỒN BIÊN PHÒNG "))
                or not re.search(r"Số: \d+/(KH|BC)-ĐBP", head)):
            problems.append("the Đồn's header: " + f)
        if "ĐỒN TRƯỞNG" not in src and "CHỦ NHIỆM" not in src:
            problems.append("the force's signature title: " + f)
quick = source_text(src_of["inbox/" + QUICK])
if "\nBÁO CÁO NHANH\n" not in quick or "\nKính gửi: " not in quick:
    problems.append("the Báo cáo nhanh")
late = sorted(f for f, e in gold["files"].items() if e["on_time"] == "no")
if late != [LATE]:
    problems.append("late: Mẫu Sơn's plan expected: %s" % late)
if [f for f, e in gold["files"].items() if e["status"] == "unrecognized"] != [UNRELATED] \
        or CITE in source_text(src_of["inbox/" + UNRELATED]):
    problems.append("one unrelated plan expected")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", SCAN)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("the Ban CHQS xã report should be a scan")

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
