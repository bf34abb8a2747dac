"""Consistency check of corpus/ninety-first/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/ninety-first/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; one support duty (III.3),
three requested (III.5, III.6-a, III.6-b), the rest lead; the roster's one collective (the 4
cooperatives named in heading III.7); 6-8 holders; one late plan (Hội Nông dân), one unrelated
letter (Văn phòng), one duplicate (a byte copy); and the shape of this set, answers in other words:
- each paraphrased row's evidence says the thing WITHOUT the plan's own words (PARAPHRASE: the
  plan's word that the evidence must not hold, with the word it holds instead);
- each trap row (a neighbouring activity, or the duty's own words in a next-year "phương hướng")
  is missing or partial, and the trap words really stand in the file (TRAPS).
A coverage row's evidence is verbatim in its source and (but for the scan) in the built file.
"""
import filecmp
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
for row in table["files"]:
    if row["renderer"] == "copy":   # a copy received twice: the source of the file it copies
        src_of[row["output"]] = src_of[row["source"]]
COLLECTIVE = "cac-hop-tac-xa-duoc-chon-xay-dung-mo-hinh-diem"
MEMBERS = {"Hợp tác xã Trái cây Mỹ Lợi": "hop-tac-xa-trai-cay-my-loi",
           "Hợp tác xã Nông nghiệp Hậu Thành": "hop-tac-xa-nong-nghiep-hau-thanh",
           "Hợp tác xã Dịch vụ nông nghiệp Đông Hòa Hiệp": "hop-tac-xa-dich-vu-nong-nghiep-dong-hoa-hiep",
           "Hợp tác xã Thủy sản Thiện Trí": "hop-tac-xa-thuy-san-thien-tri"}
PKT, VHXH = "PKT - BC 214 KTTT HTX nam 2026.docx", "VHXH_BC87_tuyen truyen KTTT 2026.pdf"
TT, SCAN = "TTPVHCC/BC 46 TTHC linh vuc HTX.xlsx", "MTTQ xa - BC 52 (scan).pdf"
LATE = "Hoi ND xa - KH 09 van dong KTTT 2026.docx"
ML, HT, DUP = "HTX/HTX My Loi - KH SXKD 2026.docx", "HTX/BC 18 HTX Hau Thanh 2026.pdf", "HTX/BC 18 HTX Hau Thanh 2026 (1).pdf"
DHH, UNRELATED = "HTX/BaoCao_HTX DV Dong Hoa Hiep 2026.doc", "VP CV 131 ra soat tai san cong.pdf"

# (duty, file): (the plan's word the evidence must not hold, the word it holds instead)
PARAPHRASE = {
    ("III.1-a", PKT): ("kiện toàn", "củng cố"),
    ("III.1-b", PKT): ("Rà soát", "thống kê, lập danh sách"),
    ("III.1-c", PKT): ("lớp bồi dưỡng", "Hội trường UBND xã cho 62 học viên"),
    ("III.1-d", PKT): ("thành lập mới", "chuyển lên HTX"),
    ("III.2-a", VHXH): ("Tuyên truyền", "phát 94 lượt tin, bài"),
    ("III.2-b", VHXH): ("Ngày Hợp tác xã Việt Nam", "khẩu hiệu"),
    ("III.4", TT): ("đúng hạn hồ sơ đăng ký", "20/20 hồ sơ"),
    ("III.5", SCAN): ("tổ hợp tác, hợp tác xã", "THT, HTX"),
    ("III.6-a", LATE): ("thành lập tổ hợp tác", "thành lập 03 THT"),
    ("III.7-a", ML): ("Đại hội thành viên", "ĐHTV"),
    ("III.7-a", HT): ("Đại hội thành viên", "ĐHTV"),
    ("III.7-a", DHH): ("Đại hội thành viên", "họp toàn thể thành viên"),
    ("III.7-b", ML): ("hợp đồng liên kết", "HĐ liên kết"),
    ("III.7-b", HT): ("hợp đồng liên kết", "HĐ bao tiêu"),
    ("III.7-c", ML): ("hóa đơn điện tử", "HĐĐT"),
    ("III.7-c", HT): ("hóa đơn điện tử", "HĐĐT"),
}
# (duty, file): (status, the trap words that stand in the file)
TRAPS = {
    ("III.1-e", PKT): ("missing", ["5. Xúc tiến thương mại", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n1. Hướng dẫn các HTX xây dựng vùng nguyên liệu"]),
    ("III.2-b", VHXH): ("partial", ["III. PHƯƠNG HƯỚNG NĂM 2027\n1. Phối hợp với Phòng Kinh tế tổ chức biểu dương, khen thưởng"]),
    ("III.5", SCAN): ("partial", ["giám sát việc thực hiện chính sách bảo hiểm xã hội tự nguyện"]),
    ("III.6-b", LATE): ("missing", ["Quỹ Hỗ trợ nông dân", "cho vay đến từng hộ gia đình"]),
    ("III.7-c", HT): ("partial", ["chưa đưa sản phẩm lên sàn TMĐT", "lên sàn thương mại điện tử"]),
    ("III.7-c", DHH): ("missing", ["4. Phương hướng năm 2027", "Ứng dụng phần mềm kế toán, hóa đơn điện tử"]),
}


def src(f):
    return source_text(src_of["inbox/" + f])


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-10", "2026-11-25"):
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
        {"III.3": "support", "III.5": "requested", "III.6-a": "requested", "III.6-b": "requested"}:
    problems.append("III.3 support, III.5 and III.6 requested, the rest lead")
heading_7 = next(l for l in section_iii.split("\n") if l.startswith("7. "))
for name in MEMBERS:
    if name not in heading_7:
        problems.append("member not named in heading III.7: " + name)
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
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["documents"] != 1:
        problems.append("documents of " + f)
    if e["status"] == "ok":
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
        if "37/KH-UBND ngày 23/01/2026" not in src(f):
            problems.append("plan citation of " + f)
if [f for f, e in gold["files"].items() if e["on_time"] == "no"] != [LATE]:
    problems.append("one late plan (Hội Nông dân) expected")
odd = {f: (e["status"], e["role"]) for f, e in gold["files"].items() if e["status"] != "ok"}
if odd != {DUP: ("duplicate", "report"), UNRELATED: ("unrecognized", "other")}:
    problems.append("one duplicate and one unrelated letter expected: %s" % odd)
if not filecmp.cmp(os.path.join(HERE, "inbox", DUP), os.path.join(HERE, "inbox", HT), shallow=False):
    problems.append("the duplicate is not a copy")
if "37/KH-UBND" in src(UNRELATED) or "Rà soát, thống kê, lập danh sách" not in src(UNRELATED):
    problems.append("the Văn phòng letter: no citation of the plan, the synonym chain of III.1-b in it")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", SCAN)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("the Mặt trận report should be a scan")

# coverage
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
row = {(c["duty_id"], c["evidence_file"]): c for c in gold["coverage"] if c["evidence_file"]}
for (duty, f), (plan_word, own_word) in PARAPHRASE.items():
    c = row.get((duty, f))
    if not c or c["status"] not in ("covered", "partial"):
        problems.append("paraphrase row not taken up: %s %s" % (duty, f))
        continue
    text = next(d["text_start"] for d in gold["duties"] if d["id"] == duty)
    duty_text = section_iii[section_iii.find(text):].split("\n")[0]
    if plan_word not in duty_text or plan_word.lower() in c["evidence"].lower() or own_word not in c["evidence"]:
        problems.append("paraphrase of %s in %s: %r in the duty, %r (not %r) in the evidence" % (duty, f, plan_word, own_word, plan_word))
for (duty, f), (status, words) in TRAPS.items():
    c = row.get((duty, f))
    if not c or c["status"] != status:
        problems.append("trap row %s %s: %s expected" % (duty, f, status))
    for w in words:
        if w not in src(f):
            problems.append("trap words not in %s: %r" % (f, w))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
