"""Consistency check of corpus/one-hundred-first/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-first/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section IV; one requested duty (IV.7,
under its "Đề nghị …" heading), the rest lead; the roster's one collective ("Các Trung tâm Y tế
khu vực", the 4 the plan names); 6-8 holders, every roster body holds a duty; one file per holder
and kind; and the shape of this set, answers that say who was told to do the work:
- the duties are of two kinds, DIRECT (chỉ đạo / hướng dẫn / đôn đốc / tham mưu chỉ đạo others)
  and DO (tổ chức, in, lắp đặt, kiểm tra, thẩm định, đăng tải: the holder's own work), both
  present; the README's rules are kept: a report row of a DO duty that is partial quotes a
  delegation (giao, văn bản, Kế hoạch, Quyết định, hướng dẫn) and no figure of work done; a
  covered report row of a DIRECT duty quotes a directive (Công văn, chỉ đạo, hướng dẫn, đôn đốc);
- the CDC's report lists its documents in a table (TT | Số, ký hiệu | Ngày ban hành | Trích yếu);
- Phòng Nghiệp vụ Y's plan assigns only named officials of the phòng;
- every ok reply cites the plan's number; one late report (Chư Sê, a scan: its evidence checked
  in its source only); one unrelated report (Pleiku, not citing the plan).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
src_of = {row["output"]: row["source"] for row in table["files"]}
COLLECTIVE = "cac-trung-tam-y-te-khu-vuc"
MEMBERS = ["trung-tam-y-te-khu-vuc-pleiku", "trung-tam-y-te-khu-vuc-an-khe", "trung-tam-y-te-khu-vuc-chu-se",
           "trung-tam-y-te-khu-vuc-hoai-nhon"]
SCAN = "scan_TTYTChuSe_BC88 (1).pdf"
UNRELATED = "TTYT KV Pleiku BC 152 chien dich soi rubella.docx"
TABLE_REPORT = "CDC GL/BC 141-KSBT 6 thang lao 2026.pdf"
STAFF_PLAN = "P.NVY - KH 04 phan cong cong chuc KH318.docx"
CITE = "318/KH-SYT"
DIRECT = {"IV.1-a", "IV.2-b", "IV.3-a", "IV.3-c", "IV.4-b", "IV.7"}
DO = {"IV.1-b", "IV.1-c", "IV.1-d", "IV.2-a", "IV.3-b", "IV.3-d", "IV.4-a", "IV.5", "IV.6"}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-27", "2026-06-15"):
    problems.append("due dates")
if not plan_src.startswith("UBND TỈNH GIA LAI\nSỞ Y TẾ\nSố: 318/KH-SYT\n") \
        or "Gia Lai, ngày 03 tháng 02 năm 2026" not in plan_src:
    problems.append("the plan's header")

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
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"IV.7": "requested"}:
    problems.append("IV.7 requested, the rest lead")
if "\n7. Đề nghị Sở Giáo dục và Đào tạo\n" not in section_iv:
    problems.append("the requested duty's heading")
ids = {d["id"] for d in gold["duties"]}
if DIRECT | DO != ids or DIRECT & DO:
    problems.append("every duty DIRECT or DO")
for d in gold["duties"]:
    starts_direct = re.match(r"(Chỉ đạo|Đôn đốc|Tham mưu Giám đốc Sở chỉ đạo|Là đơn vị đầu mối, hướng dẫn)", d["text_start"])
    if bool(starts_direct) != (d["id"] in DIRECT):
        problems.append("DIRECT/DO kind of " + d["id"])
names, members = goldcheck.roster(HERE)
if members != {COLLECTIVE: MEMBERS}:
    problems.append("roster: one collective of 4 expected: %s" % members)
if "\n3. Các Trung tâm Y tế khu vực: Pleiku, An Khê, Chư Sê, Hoài Nhơn\n" not in section_iv:
    problems.append("the collective's heading naming its 4 members")
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
        if CITE not in src:
            problems.append("plan citation of " + f)
late = sorted(f for f, e in gold["files"].items() if e["on_time"] == "no")
if late != [SCAN]:
    problems.append("late: Chư Sê's report expected: %s" % late)
if [f for f, e in gold["files"].items() if e["status"] == "unrecognized"] != [UNRELATED] \
        or CITE in source_text(src_of["inbox/" + UNRELATED]):
    problems.append("one unrelated report expected")
tab = source_text(src_of["inbox/" + TABLE_REPORT])
if "\nTT | Số, ký hiệu | Ngày ban hành | Trích yếu nội dung\n" not in tab or len(re.findall(r"\n\d \| \d+/", tab)) < 5:
    problems.append("the CDC report's table of documents")
staff = source_text(src_of["inbox/" + STAFF_PLAN]).split("như sau:\n")[1].split("\n\nNơi nhận:")[0]
items = [l for l in staff.split("\n") if re.match(r"\d\. ", l)]
if len(items) != 4 or not all(re.match(r"\d\. (Bà|Ông) [^,]+, (Trưởng phòng|Phó Trưởng phòng|chuyên viên): ", l) for l in items):
    problems.append("the staff plan: 4 items, each a named official of the phòng")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", SCAN)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("Chư Sê's report should be a scan")

# coverage
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
DELEGATION = re.compile(r"(giao|văn bản|Kế hoạch|Quyết định|hướng dẫn)", re.I)
DIRECTIVE = re.compile(r"(Công văn|chỉ đạo|hướng dẫn|đôn đốc)", re.I)
for c in gold["coverage"]:
    if c["kind"] != "report":
        continue
    if c["duty_id"] in DO and c["status"] == "partial" and \
            (not DELEGATION.search(c["evidence"]) or re.search(r"\d+ (người|lượt|buổi|lớp|Trạm)", c["evidence"])):
        problems.append("DO duty partial row should quote a delegation, no work: %s %s" % (c["duty_id"], c["body_id"]))
    if c["duty_id"] in DIRECT and c["status"] == "covered" and not DIRECTIVE.search(c["evidence"]):
        problems.append("DIRECT duty covered row should quote a directive: %s %s" % (c["duty_id"], c["body_id"]))
statuses = {(c["duty_id"] in DIRECT, c["status"]) for c in gold["coverage"] if c["kind"] == "report"}
if not {(True, "covered"), (True, "partial"), (False, "covered"), (False, "partial"), (False, "missing")} <= statuses:
    problems.append("both kinds of duty with several verdicts expected: %s" % statuses)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
