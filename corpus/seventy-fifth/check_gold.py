"""Consistency check of corpus/seventy-fifth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/seventy-fifth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III, each text_start once; one
support (III.5) and one requested (III.7) duty, the rest lead; the roster's one collective ("Các
trường đại học, cao đẳng thuộc tỉnh", 4 members, each named in the plan's heading III.6); and the
shape of this set, a lead body's consolidated report beside its members' own replies:
- the Sở Giáo dục và Đào tạo's report has its own results (Mục I) and a Mục II that names every
  member with figures; its coverage rows are the Sở's own duties only;
- the Sở's cover letter lists what it sends ("gửi kèm"), among them the Cao đẳng Y tế report, which
  lies beside it in the same subfolder with the school's own header, as a scan (no text layer);
- Trường Cao đẳng Nguyễn Du sends nothing, appears in the summary, and every row of it is
  not_submitted (and a note says why);
- two members' own reports sent directly; one late file (Việt - Đức); the cover letter and Sở
  Tài chính's report are unrecognized / other; every file but Sở Tài chính's cites 27/KH-UBND.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
BUNDLE = "SGDDT gui 19.11/"
COVER = BUNDLE + "CV 2318-SGDDT gui BC thuc hien KH 27.pdf"
SGD_REPORT = BUNDLE + "BC 2317-SGDDT ket qua XHHT 2026.docx"
ATTACHED = BUNDLE + "Kem theo - BC 214 CDYT.pdf"
LATE = "CD Viet Duc_BC 148 KH27.doc"
UNRELATED = "STC_BC 2750 giai ngan DTC 10T 2026.docx"
SGD, NGUYEN_DU = "so-giao-duc-va-dao-tao", "truong-cao-dang-nguyen-du"
COLLECTIVE = "cac-truong-dai-hoc-cao-dang-thuoc-tinh"
MEMBERS = {"Trường Đại học Hà Tĩnh": "truong-dai-hoc-ha-tinh",
           "Trường Cao đẳng Kỹ thuật Việt - Đức Hà Tĩnh": "truong-cao-dang-ky-thuat-viet-duc-ha-tinh",
           "Trường Cao đẳng Y tế Hà Tĩnh": "truong-cao-dang-y-te-ha-tinh",
           "Trường Cao đẳng Nguyễn Du": NGUYEN_DU}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-03-13", "2026-11-20"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ THỰC HIỆN\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if section_iii.count(d["text_start"]) != 1:
        problems.append("duty outside section III or not unique: " + d["id"])
if len(gold["duties"]) != 15:
    problems.append("duty count %d" % len(gold["duties"]))
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"III.5": "support", "III.7": "requested"}:
    problems.append("III.5 support, III.7 requested, the rest lead")
heading_6 = next(l for l in section_iii.split("\n") if l.startswith("6. "))
for name in MEMBERS:
    if name not in heading_6:
        problems.append("member not named in heading III.6: " + name)

names, members = goldcheck.roster(HERE)
if members != {COLLECTIVE: list(MEMBERS.values())}:
    problems.append("roster: one collective of the 4 schools expected: %s" % members)
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
if sorted({d["body_id"] for d in gold["duties"]}) != sorted(names - set(MEMBERS.values()) | {COLLECTIVE}):
    problems.append("every roster body holds a duty")

senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["status"] == "ok" and e["role"] in ("unit_plan", "report"):
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f == ATTACHED)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
statuses = {c["status"] for c in gold["coverage"]}
if statuses != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")

# the consolidated report: own results, then every member by name with figures
sgd = source_text(src_of["inbox/" + SGD_REPORT])
if "\nI. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO\n" not in sgd:
    problems.append("the Sở's report: Mục I, its own results")
summary = sgd.split("\nII. KẾT QUẢ THỰC HIỆN CỦA CÁC TRƯỜNG ĐẠI HỌC, CAO ĐẲNG THUỘC TỈNH\n")[1].split("\nIII. ")[0]
for name in MEMBERS:
    items = [l for l in summary.split("\n") if l[:3] in ("1. ", "2. ", "3. ", "4. ") and name + ":" in l]
    if len(items) != 1 or not any(ch.isdigit() for ch in items[0][3:]):
        problems.append("summary item with figures for " + name)
    if not any(l.split(" | ")[1:2] == [name] for l in summary.split("\n") if " | " in l):
        problems.append("summary table row for " + name)
for c in gold["coverage"]:
    if c["evidence_file"] == SGD_REPORT and c["body_id"] != SGD:
        problems.append("the Sở's report gives a row of another holder: %s %s" % (c["duty_id"], c["body_id"]))
if {c["duty_id"] for c in gold["coverage"] if c["evidence_file"] == SGD_REPORT} != \
        {d["id"] for d in gold["duties"] if d["body_id"] == SGD}:
    problems.append("the Sở's report judged on its own duties")

# the bundle: cover letter, the Sở's report, the attached school report
cover = source_text(src_of["inbox/" + COVER])
if "gửi kèm" not in cover or "Báo cáo số 214/BC-CĐYT" not in cover or "Báo cáo số 2317/BC-SGDĐT" not in cover:
    problems.append("the cover letter lists its attachments")
if gold["files"][COVER] != {"status": "unrecognized", "role": "other", "body_id": SGD, "date": "2026-11-19",
                            "on_time": "", "documents": 1}:
    problems.append("the cover letter's entry")
attached = source_text(src_of["inbox/" + ATTACHED])
if "TRƯỜNG CAO ĐẲNG Y TẾ HÀ TĨNH\nSố: 214/BC-CĐYT" not in attached or "Kính gửi: Sở Giáo dục và Đào tạo" not in attached:
    problems.append("the attached report's own header")
if gold["files"][ATTACHED]["body_id"] != MEMBERS["Trường Cao đẳng Y tế Hà Tĩnh"] or gold["files"][ATTACHED]["role"] != "report":
    problems.append("the attached report is the school's")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", ATTACHED)) as pdf:
    if any((p.extract_text() or "").strip() for p in pdf.pages):
        problems.append("the attached report should be a scan (no text layer)")
direct = [f for f, e in gold["files"].items() if e["body_id"] in MEMBERS.values() and not f.startswith(BUNDLE)]
if len(direct) != 2:
    problems.append("two members' reports sent directly: %s" % direct)

# the member that sent nothing
if any(e["body_id"] == NGUYEN_DU for e in gold["files"].values()):
    problems.append("Nguyễn Du should send nothing")
if any(c["status"] != "not_submitted" for c in gold["coverage"] if c["body_id"] == NGUYEN_DU):
    problems.append("Nguyễn Du's rows should all be not_submitted")
if "Trường Cao đẳng Nguyễn Du" not in summary or not any(NGUYEN_DU in k for k in gold["notes"]):
    problems.append("Nguyễn Du in the summary and in the notes")

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late report (Việt - Đức) expected: %s" % late)
other = sorted(f for f, e in gold["files"].items() if e["status"] != "ok")
if other != sorted([COVER, UNRELATED]):
    problems.append("unrecognized: the cover letter and Sở Tài chính's report: %s" % other)
for f in gold["files"]:
    if ("27/KH-UBND" in source_text(src_of["inbox/" + f])) != (f != UNRELATED):
        problems.append("plan citation of " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
