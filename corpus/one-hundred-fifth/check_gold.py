"""Consistency check of corpus/one-hundred-fifth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-fifth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III, each text_start there once;
16 duties; the two requested duties (III.7-a, b, under "7. Đề nghị Công ty Điện lực Hưng Yên"),
the rest lead; the roster's one collective (the 4 pilot phường the heading names); 7 holders,
every roster body holds a duty; one file per holder and kind; every ok reply cites the plan's
number; one late plan (Phố Hiến); one unrelated report (Thái Bình, not citing the plan); the
KHCN report a scan (its evidence checked in its source only); and the shape of this set,
replies that push back, each pushback in its source and judged by the README's rules:
- refusal ("không thuộc chức năng, nhiệm vụ của …", another holder proposed) -> missing;
- "already done under an earlier plan, not done again" -> missing;
- a pointer to another report not in the inbox as the only answer -> missing;
- lack of staff or money, only part done or planned -> partial;
- another deadline proposed, the work planned after the plan's deadline -> partial.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
COLLECTIVE = "uy-ban-nhan-dan-cac-phuong-thuc-hien-thi-diem"
MEMBERS = ["uy-ban-nhan-dan-phuong-pho-hien", "uy-ban-nhan-dan-phuong-my-hao", "uy-ban-nhan-dan-phuong-duong-hao",
           "uy-ban-nhan-dan-phuong-thai-binh"]
SCAN = "scan_SKHCN_BC97 (1).pdf"
LATE = "KH31-UBND Pho Hien (gui bo sung).pdf"
UNRELATED = "BC CCHC 6T P Thai Binh.docx"
CITE = "47/KH-UBND"
# (duty, holder, kind): (kind of pushback, words of it in the reply's source, the verdict it gives)
PUSHBACKS = {
    ("III.2-b", "so-xay-dung", "plan"): ("refusal", "không thuộc chức năng, nhiệm vụ của Sở Xây dựng", "missing"),
    ("III.3-a", "so-khoa-hoc-va-cong-nghe", "report"): ("refusal", "không thuộc chức năng, nhiệm vụ của Sở Khoa học và Công nghệ", "missing"),
    ("III.5-b", "so-giao-duc-va-dao-tao", "plan"): ("already done", "không triển khai lại Cuộc thi trong năm 2026", "missing"),
    ("III.7-a", "cong-ty-dien-luc-hung-yen", "report"): ("pointer", "đã được Công ty báo cáo chi tiết tại Báo cáo số 1126/BC-PCHY", "missing"),
    ("III.1-b", "so-cong-thuong", "plan"): ("lack of staff", "chỉ có 04 công chức", "partial"),
    ("III.4", "so-tai-chinh", "report"): ("lack of money", "chưa tham mưu bố trí được kinh phí hỗ trợ trong năm 2026", "partial"),
    ("III.6-b", "uy-ban-nhan-dan-phuong-my-hao", "plan"): ("lack of money", "năm 2026 phường thay thế 150/420 bộ đèn", "partial"),
    ("III.2-a", "so-xay-dung", "plan"): ("another deadline", "cho phép điều chỉnh thời gian hoàn thành nhiệm vụ này từ quý II/2026 sang quý IV/2026", "partial"),
}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-25", "2026-06-10"):
    problems.append("due dates")
if not plan_src.startswith("ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 47/KH-UBND\n") \
        or "Hưng Yên, ngày 23 tháng 01 năm 2026" not in plan_src:
    problems.append("the plan's header")

# duties
section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. CHẾ ĐỘ BÁO CÁO\n")[0]
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
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"III.7-a": "requested", "III.7-b": "requested"}:
    problems.append("III.7-a, b requested, the rest lead")
if "\n7. Đề nghị Công ty Điện lực Hưng Yên\n" not in section_iii:
    problems.append("the requested duties' heading")
names, members = goldcheck.roster(HERE)
if members != {COLLECTIVE: MEMBERS}:
    problems.append("roster: one collective of 4 expected: %s" % members)
if "\n6. Ủy ban nhân dân các phường thực hiện thí điểm (Phố Hiến, Mỹ Hào, Đường Hào, Thái Bình)\n" not in section_iii:
    problems.append("the collective's heading naming its 4 members")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 7 or holders != (names - set(MEMBERS)) | {COLLECTIVE}:
    problems.append("7 holders, every roster body holds a duty")

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
        if CITE not in src:
            problems.append("plan citation of " + f)
        kind_word = {"unit_plan": "\nKẾ HOẠCH\n", "report": "\nBÁO CÁO\n"}[e["role"]]
        if kind_word not in src:
            problems.append("type line of " + f)
late = sorted(f for f, e in gold["files"].items() if e["on_time"] == "no")
if late != [LATE]:
    problems.append("late: Phố Hiến's plan expected: %s" % late)
if [f for f, e in gold["files"].items() if e["status"] == "unrecognized"] != [UNRELATED] \
        or CITE in source_text(src_of["inbox/" + UNRELATED]):
    problems.append("one unrelated report expected")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", SCAN)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("the KHCN report should be a scan")

# coverage
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
row = {(c["duty_id"], c["body_id"], c["kind"]): c for c in gold["coverage"]}
for key, (what, words, verdict) in PUSHBACKS.items():
    c = row[key]
    if c["status"] != verdict:
        problems.append("%s pushback %s should be %s" % (what, key, verdict))
    if words not in source_text(src_of["inbox/" + senders[(key[1], key[2])]]):
        problems.append("%s pushback not in its reply: %s" % (what, key))
# the pointed-to documents are not in the inbox
inbox_numbers = {re.search(r"\nSố: (\S+)\n", "\n" + source_text(src_of["inbox/" + f])).group(1) for f in gold["files"]}
for num in ("1126/BC-PCHY", "1875/KH-SGDĐT", "2290/BC-SGDĐT"):
    if num in inbox_numbers:
        problems.append("a pointed-to document is in the inbox: " + num)
# a pushback row is the only reason a row is missing or partial in a reply that pushes back?  No:
# ordinary partial/missing rows exist too (Phố Hiến's trụ sở only, Đường Hào's lights not done).
ordinary = {k for k, c in row.items() if c["status"] in ("partial", "missing")} - set(PUSHBACKS)
if not ordinary:
    problems.append("ordinary partial/missing rows expected besides the pushbacks")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
