"""Consistency check of corpus/one-hundred-seventh/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-seventh/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; one support duty (III.5), two
requested (III.7-a, b), the rest lead; the roster's one collective (the 4 khu phố named in heading
III.6); 7 holders; one late plan (khu phố Thọ Môn), one unrelated invitation (Văn phòng); and the
shape of this set, reports whose summary table and narrative disagree:
- every report carries a "Biểu tổng hợp" (STT | Nhiệm vụ … | Kết quả | Tình trạng), near the top,
  at the end of the body or in a Phụ lục after the signature, each status cell one of the plan's
  three words or blank;
- each DISAGREE row: the table row's status cell (and result cell) as written, the narrative words
  that contradict it outside the table, the gold status the text gives, the evidence taken from the
  narrative (never from a table line), and a note that says the table and text disagree;
- the CONSISTENT partial/missing rows (table and text agree) say so in their note.
A coverage row's evidence is verbatim in its source and (but for the scan) in the built file.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
COLLECTIVE = "cac-khu-pho-trong-diem"
MEMBERS = {"Dương Lôi": "khu-pho-duong-loi", "Thọ Môn": "khu-pho-tho-mon",
           "Phù Lưu": "khu-pho-phu-luu", "Cẩm Giang": "khu-pho-cam-giang"}
KT, CA = "BC 214-KTHTDT ket qua QL trat tu xay dung 2026.docx", "CAP Tu Son_BC 389 TTXD nam 2026.pdf"
VHP, VHR = "VHXH - KH 05 tuyen truyen TTXD.docx", "BC176_VHXH_tuyen truyen TTXD 2026.doc"
TT, MT = "TTPVHCC bao cao 61 cap GPXD.pdf", "MTTQ phuong BC 52 TTXD.docx"
DL, CG = "Khu pho/KP Duong Loi - BC TTXD (scan).pdf", "Khu pho/Bao cao KP Cam Giang (1).docx"
TM, GM = "Khu pho/KH 03 KP Tho Mon.pdf", "GM 87 hoi nghi so ket CDS, DA06.pdf"
REPORTS = [KT, CA, VHR, TT, MT, DL, CG]
# where each report's summary table stands: "top" (before section II), "end" (last section of the
# body), "appendix" (a Phụ lục after a form-feed, after the signature)
WHERE = {KT: "top", CA: "appendix", VHR: "end", TT: "top", MT: "appendix", DL: "top", CG: "end"}
STATUSES = {"Hoàn thành", "Đang thực hiện", "Chưa thực hiện", ""}

# (duty, file): (table row, its status cell, words of its result cell, gold status,
#                narrative words that decide)
DISAGREE = {
    ("III.1-c", KT): ("3", "Hoàn thành", "Thống kê 137 trường hợp", "partial",
                      ["Phòng chưa lập được hồ sơ, chưa đề xuất được phương án xử lý", "sang quý I/2027"]),
    ("III.1-d", KT): ("4", "Hoàn thành", "Tỷ lệ cập nhật 100%", "partial",
                      ["298/362 giấy phép xây dựng", "(đạt 82,3%)", "chưa cập nhật được lên phần mềm"]),
    ("III.2-a", CA): ("1", "Chưa thực hiện", "chưa phát sinh cưỡng chế", "covered",
                      ["tại 03 cuộc cưỡng chế tháo dỡ công trình vi phạm", "ngày 14/5/2026"]),
    ("III.3-a", VHR): ("1", "Hoàn thành", "38 tin, bài", "partial",
                       ["chưa mở được chuyên mục", "chưa đăng tải được tin, bài về trật tự xây dựng"]),
    ("III.3-b", VHR): ("2", "", "", "covered", ["đã phát đến 9.460 hộ gia đình"]),
    ("III.6-c", DL): ("3", "Hoàn thành", "04 buổi họp khu phố", "partial",
                      ["chưa tổ chức hội nghị lấy ý kiến các hộ gia đình, chưa thông qua được"]),
    ("III.6-a", CG): ("1", "Đang thực hiện", "Đạt 80%", "covered", ["21/21 trường hợp (đạt 100%)"]),
    ("III.6-c", CG): ("3", "Hoàn thành", "Đạt 100% số hộ", "partial",
                      ["312/540 hộ (đạt 57,8%)", "chuyển sang thực hiện trong quý I/2027"]),
}
# partial/missing rows whose table and text agree
CONSISTENT = {("III.4", TT): ("3", "Đang thực hiện", "partial"), ("III.7-b", MT): ("2", "Chưa thực hiện", "missing")}


def src(f):
    return source_text(src_of["inbox/" + f])


def summary_table(text):
    """(rows of the summary table as cell lists, the text without its table lines, where it stands)."""
    lines = text.split("\n")
    rows = [[c.strip() for c in line.split("|")] for line in lines if "|" in line]
    narrative = "\n".join(line for line in lines if "|" not in line)
    head = next(n for n, line in enumerate(lines) if "|" in line)
    before = "\n".join(lines[:head])
    if "\f" in before:
        where = "appendix"
    elif "\nII. " in before:
        where = "end"
    else:
        where = "top"
    return rows, narrative, where


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-10", "2026-11-16"):
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
heading_6 = next(line for line in section_iii.split("\n") if line.startswith("6. "))
for name in MEMBERS:
    if "khu phố " + name not in heading_6:
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
        if "38/KH-UBND ngày 22/01/2026" not in src(f):
            problems.append("plan citation of " + f)
if [f for f, e in gold["files"].items() if e["on_time"] == "no"] != [TM]:
    problems.append("one late plan (khu phố Thọ Môn) expected")
odd = {f: (e["status"], e["role"]) for f, e in gold["files"].items() if e["status"] != "ok"}
if odd != {GM: ("unrecognized", "other")}:
    problems.append("one unrelated invitation expected: %s" % odd)
if "38/KH-UBND" in src(GM) or "trật tự xây dựng" in src(GM):
    problems.append("the Văn phòng invitation must not touch the plan")
if sorted(f for f, e in gold["files"].items() if e["role"] == "report") != sorted(REPORTS):
    problems.append("reports")
if sorted(f for f, e in gold["files"].items() if e["role"] == "unit_plan") != sorted([VHP, TM]):
    problems.append("unit plans")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", DL)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("the Dương Lôi report should be a scan")

# the summary tables
tables = {}
for f in REPORTS:
    rows, narrative, where = summary_table(src(f))
    tables[f] = ({r[0]: r for r in rows[1:]}, narrative)
    if not (rows[0][0] == "STT" and rows[0][1].startswith(("Nhiệm vụ", "Nội dung nhiệm vụ"))
            and rows[0][2] == "Kết quả" and rows[0][3] == "Tình trạng" and all(len(r) == 4 for r in rows)):
        problems.append("summary table header of " + f)
    if any(r[3] not in STATUSES for r in rows[1:]):
        problems.append("status cell not of the plan's three words in " + f)
    if where != WHERE[f]:
        problems.append("summary table of %s stands %s, not %s" % (f, where, WHERE[f]))
    if "BIỂU" not in src(f).upper().split("STT |")[0][-400:] and "TỔNG HỢP" not in src(f).split("STT |")[0][-400:]:
        problems.append("summary table of %s without its title" % f)
for f in (VHP, TM):
    if f == TM and "|" in src(f):
        problems.append("the Thọ Môn plan has no table")

# coverage
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == DL)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
row = {(c["duty_id"], c["evidence_file"]): c for c in gold["coverage"] if c["evidence_file"]}


def note_of(duty, f):
    e = gold["files"][f]
    return gold["notes"].get("%s / %s / %s" % (duty, e["body_id"], e["role"].replace("unit_", "")), "")


for (duty, f), (num, status_cell, result, status, words) in DISAGREE.items():
    c = row.get((duty, f))
    if not c or c["status"] != status:
        problems.append("disagreement row %s %s: %s expected" % (duty, f, status))
        continue
    cells, narrative = tables[f]
    r = cells.get(num)
    if not r or r[3] != status_cell or result not in r[2]:
        problems.append("table row %s of %s: %r / %r expected, got %r" % (num, f, result, status_cell, r))
    for w in words:
        if w not in narrative:
            problems.append("deciding words not in the narrative of %s: %r" % (f, w))
    if c["evidence"] and c["evidence"] not in narrative:
        problems.append("evidence from a table line: %s %s" % (duty, f))
    note = note_of(duty, f)
    if not note.startswith(status) or ("disagree" not in note and "blank" not in note):
        problems.append("note of %s %s must open with %s and say the table disagrees / is blank" % (duty, f, status))
for (duty, f), (num, status_cell, status) in CONSISTENT.items():
    c = row.get((duty, f))
    cells, narrative = tables[f]
    if not c or c["status"] != status or cells.get(num, [""] * 4)[3] != status_cell:
        problems.append("consistent row %s %s" % (duty, f))
    if not note_of(duty, f).startswith(status) or "AGREE" not in note_of(duty, f):
        problems.append("note of the consistent row %s %s" % (duty, f))
# every other answered row of a report: table and text agree, no claim of disagreement
for c in gold["coverage"]:
    f = c["evidence_file"]
    if f in REPORTS and (c["duty_id"], f) not in DISAGREE and "disagree" in note_of(c["duty_id"], f):
        problems.append("a note claims a disagreement not listed: %s %s" % (c["duty_id"], f))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
if "27/KH-CAP" not in src(CA) or "05/KH-VHXH" not in src(VHR):
    problems.append("reports citing their own plans (Công an's never sent, VHXH's sent)")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
