"""Consistency check of corpus/ninety-sixth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/ninety-sixth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; one support duty (III.5),
two requested (III.7-a, b), the rest lead; the roster's one collective (the 4 schools named in
heading III.6); 7 holders; one late plan (Mầm non Hợp Hòa), one unrelated letter (Văn phòng); and
the shape of this set, reports whose verdict hides in their later sections:
- every reply but the letter follows the plan's outline (sections I to IV), each report with a
  "TỒN TẠI" or "KHÓ KHĂN" section II, a "PHƯƠNG HƯỚNG" section III and a "KIẾN NGHỊ" section IV;
- each trap row (DECIDED) has its status, the words that decide it stand in the section that
  decides it, and, where the duty appears ONLY in a later section, its key words are absent from
  the sections before;
- the one report that is all good news (Tiểu học Hợp Hòa) is covered on every row.
A coverage row's evidence is verbatim in its source and (but for the scan) in the built file.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
COLLECTIVE = "cac-truong-mam-non-tieu-hoc-trung-hoc-co-so-tren-dia-ban-xa"
MEMBERS = {"Trường Mầm non Hợp Hòa": "truong-mam-non-hop-hoa",
           "Trường Tiểu học Hợp Hòa": "truong-tieu-hoc-hop-hoa",
           "Trường Tiểu học Đạo Tú": "truong-tieu-hoc-dao-tu",
           "Trường THCS Hợp Hòa": "truong-trung-hoc-co-so-hop-hoa"}
TYT, MN = "TYT xa - KH 08 CSSK, PHCN nguoi khuyet tat 2026.docx", "Truong hoc/MN Hop Hoa_KH giao duc hoa nhap tre KT.pdf"
VHXH, PKT = "BC 176-VHXH tro giup NKT nam 2026.docx", "PKT_BC203_ho tro NKT 2026.pdf"
TT, TH = "TTPVHCC - BC 52 thuc hien KH 29.docx", "Truong hoc/BaoCao_TH Hop Hoa_hoa nhap HSKT 2026.doc"
THCS, SCAN = "Truong hoc/THCS HH - BC 64 GDHN.pdf", "MTTQ xa BC 45 NKT (scan).pdf"
UNRELATED = "VP - CV 412 chuan bi bao cao ky hop HDND cuoi nam.pdf"
REPORTS = [VHXH, PKT, TT, TH, THCS, SCAN]

# (duty, file): (status, the section that decides it, words standing there,
#                sections before it that must NOT hold the given key words (only-later traps))
DECIDED = {
    ("III.1-a", VHXH): ("partial", "II", ["mới thực hiện được ở 6/18 thôn, tổ dân phố"], {}),
    ("III.1-d", VHXH): ("missing", "III", ["Triển khai tuyên truyền Luật Người khuyết tật"], {"I": "tuyên truyền", "II": "tuyên truyền"}),
    ("III.2-a", TYT): ("missing", "III", ["chưa đủ điều kiện tổ chức thực hiện", "khám sàng lọc, phát hiện sớm, can thiệp sớm"],
                       {"I": "sàng lọc", "II": "sàng lọc"}),
    ("III.3-a", PKT): ("missing", "IV", ["Đề nghị Ủy ban nhân dân xã bố trí kinh phí", "quy chuẩn tiếp cận"],
                       {"I": "tiếp cận", "II": "tiếp cận", "III": "tiếp cận"}),
    ("III.4", TT): ("missing", "I", ["Trung tâm đã triển khai đầy đủ các nội dung Kế hoạch"],
                    {"I": "khuyết tật", "II": "khuyết tật", "III": "khuyết tật", "IV": "khuyết tật"}),
    ("III.6-a", THCS): ("partial", "II", ["chưa xây dựng được kế hoạch học tập riêng cho từng em"], {}),
    ("III.7-a", SCAN): ("partial", "II", ["mới thực hiện được ở 5/18 thôn, tổ dân phố"], {}),
    ("III.7-b", SCAN): ("missing", "III", ["Xây dựng chương trình giám sát việc thực hiện chính sách trợ giúp xã hội"],
                        {"I": "trợ giúp xã hội", "II": "trợ giúp xã hội"}),
}
# the claim in section I that the later section takes back (T1 rows)
CLAIMED = {("III.1-a", VHXH): "cập nhật danh sách người khuyết tật",
           ("III.7-a", SCAN): "phân công đoàn viên, hội viên thăm hỏi, giúp đỡ người khuyết tật tại khu dân cư",
           ("III.6-a", THCS): "lập danh sách 06 học sinh khuyết tật"}
ROMAN = re.compile(r"^(I|II|III|IV|V|VI)\. (.+)$", re.M)


def src(f):
    return source_text(src_of["inbox/" + f])


def sections(text):
    """{roman: (heading, text)} of a source's body."""
    marks = list(ROMAN.finditer(text))
    end = text.find("\nNơi nhận:")
    return {m.group(1): (m.group(2), text[m.end():(marks[n + 1].start() if n + 1 < len(marks) else end)])
            for n, m in enumerate(marks)}


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-13", "2026-11-20"):
    problems.append("due dates")

# duties
section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ THỰC HIỆN")[0]
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
        {"III.5": "support", "III.7-a": "requested", "III.7-b": "requested"}:
    problems.append("III.5 support, III.7 requested, the rest lead")
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
if len(holders) != 7 or holders != (names - set(MEMBERS.values())) | {COLLECTIVE}:
    problems.append("7 holders, every roster body holds a duty")

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
        if "29/KH-UBND ngày 30/01/2026" not in src(f):
            problems.append("plan citation of " + f)
if [f for f, e in gold["files"].items() if e["on_time"] == "no"] != [MN]:
    problems.append("one late plan (Mầm non Hợp Hòa) expected")
odd = {f: (e["status"], e["role"]) for f, e in gold["files"].items() if e["status"] != "ok"}
if odd != {UNRELATED: ("unrecognized", "other")}:
    problems.append("one unrelated letter expected: %s" % odd)
if "29/KH-UBND" in src(UNRELATED) or "khuyết tật" in src(UNRELATED):
    problems.append("the Văn phòng letter must not touch the plan")
if sorted(f for f, e in gold["files"].items() if e["role"] == "report") != sorted(REPORTS):
    problems.append("reports")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", SCAN)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("the Mặt trận report should be a scan")

# the report outline: I kết quả, II tồn tại / khó khăn, III phương hướng, IV kiến nghị
for f in REPORTS:
    s = sections(src(f))
    heads = {k: s[k][0] for k in s}
    if sorted(heads) != ["I", "II", "III", "IV"] or "KẾT QUẢ" not in heads["I"] \
            or not re.search("TỒN TẠI|KHÓ KHĂN", heads["II"]) or "PHƯƠNG HƯỚNG" not in heads["III"] \
            or "KIẾN NGHỊ" not in heads["IV"]:
        problems.append("report outline of %s: %s" % (f, heads))

# coverage
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
row = {(c["duty_id"], c["evidence_file"]): c for c in gold["coverage"] if c["evidence_file"]}
for (duty, f), (status, sec, words, absent) in DECIDED.items():
    c = row.get((duty, f))
    if not c or c["status"] != status:
        problems.append("trap row %s %s: %s expected" % (duty, f, status))
    note = gold["notes"].get("%s / %s / %s" % (duty, gold["files"][f]["body_id"], gold["files"][f]["role"].replace("unit_", "")), "")
    s = sections(src(f))
    if not note.startswith(status) or not re.search(r"\b%s\b" % re.escape(sec) if sec != "I" else "section I", note):
        problems.append("note of %s %s must open with %s and name section %s" % (duty, f, status, sec))
    for w in words:
        if w not in s[sec][1]:
            problems.append("deciding words not in section %s of %s: %r" % (sec, f, w))
    for before, w in absent.items():
        if w.lower() in s[before][1].lower():
            problems.append("%r should not stand in section %s of %s" % (w, before, f))
for (duty, f), w in CLAIMED.items():
    if w not in sections(src(f))["I"][1]:
        problems.append("the claim of section I not in %s: %r" % (f, w))
if "kế hoạch giáo dục cá nhân" in src(THCS):
    problems.append("the THCS report must name the kế hoạch giáo dục cá nhân in other words")
if "lối đi" in src(MN) or "nhà vệ sinh" in src(MN):
    problems.append("the Mầm non plan takes up no lối đi, nhà vệ sinh")
if {c["status"] for c in gold["coverage"] if c["evidence_file"] == TH} != {"covered"} \
        or "không có khó khăn" not in src(TH):
    problems.append("the Tiểu học Hợp Hòa report is all good news, all covered")
if "21/KH-THHH" not in src(TH):
    problems.append("the Tiểu học Hợp Hòa report cites its own plan (never sent)")
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
