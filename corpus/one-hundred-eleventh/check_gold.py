"""Consistency check of corpus/one-hundred-eleventh/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-eleventh/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks (the file check without the due dates in the
plan's text: a Quy chế writes "trước ngày 20 tháng 11 hằng năm" and "trong thời hạn 30 ngày", no
dd/mm/yyyy):
- the master file: a QUYẾT ĐỊNH of UBND tỉnh Lào Cai (486/QĐ-UBND, 09/3/2026, Điều 1-3, TM. ỦY BAN
  NHÂN DÂN / KT. CHỦ TỊCH) and, after a page break, the QUY CHẾ it issues ("(Ban hành kèm theo
  Quyết định số 486/QĐ-UBND …)"), Chương I-IV, Điều 1-14 in order, no signature after the Quy chế;
  in the built DOCX the chapter lines centred and bold;
- plan_due = the Quyết định's date + 30 days (Điều 14.1), report_due = 20 November (Điều 13.1);
- the duties: every khoản / điểm of Chương III and nothing else, in order, ids Đ<Điều>.<khoản>
  [-<điểm>] matching where their text_start stands; Điều 9.1 held by both bodies of Điều 9 (-tc,
  -kkt), the other khoản by the body they name; the holder of every other Điều the one its title
  names; one support duty (Đ8.3 "Phối hợp với Sở Nội vụ trong việc …"), two "Chủ trì, phối hợp với"
  duties (Đ7.3, Đ10.2), all deadlines null;
- the roster: the one collective "Ủy ban nhân dân các xã, phường" whose four members are the units
  Điều 12 names; every roster body holds a duty;
- the files: every ok reply cites 486/QĐ-UBND, the unrelated one does not and is of a member of the
  collective; one late plan (Sở Xây dựng) and one late report (phường Sa Pa, a scan without text
  layer); the Ban's unit plan is a HƯỚNG DẪN; Công an's report goes by the Quy chế's Điều/khoản
  numbers; the Ban's report is a sheet; phường Lào Cai's is short (no numbered heading); Sở Xây
  dựng's says a part is other bodies' work; Sở Tài chính's says nothing of kinh phí;
- every status present; one file per holder and kind.
"""
import os
import re
import sys
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
SCAN = "BC nam 2026/Xa phuong/scan_SaPa_BC309_20261127.pdf"
UNRELATED = "BC nam 2026/Xa phuong/P.Cam Duong - BC 276 lao dong 2026.docx"
LATE = {"Ke hoach trien khai QC 486/SXD_KH 1174 nha thau nuoc ngoai.docx", SCAN}
GUIDE = "Ke hoach trien khai QC 486/BQLKKT_HD 03-2026 cung cap thong tin LDNN.docx"
CA_REPORT = "BC nam 2026/CAT_BC 3127 KQ thuc hien QC 486 nam 2026.docx"
SHEET = "BC nam 2026/BQLKKT - BC 2684 (bieu tong hop).xlsx"
SHORT = "BC nam 2026/Xa phuong/P.Lao Cai - BC 212.pdf"
SXD_REPORT = "BC nam 2026/SXD_BC 3385 LDNN 2026.doc"
STC_REPORT = "BC nam 2026/STC - BC 4210 QC phoi hop LDNN.pdf"
COLLECTIVE = "uy-ban-nhan-dan-cac-xa-phuong"

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-eleventh":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))

# ---- the master file: a Quyết định, then the Quy chế it issues
decision, _, regulation = plan_src.partition("\n\f\n")
if not regulation:
    problems.append("the Quy chế is not attached after a form-feed line")
if not decision.startswith("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 486/QĐ-UBND\n") \
        or "Lào Cai, ngày 09 tháng 3 năm 2026" not in decision \
        or "\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp" not in decision or "\nQUYẾT ĐỊNH:\n" not in decision \
        or "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n" not in decision:
    problems.append("the Quyết định's header, type line and signature")
if re.findall(r"^Điều (\d+)\.", decision, re.M) != ["1", "2", "3"] \
        or "có hiệu lực thi hành kể từ ngày ký" not in decision:
    problems.append("the Quyết định: Điều 1-3, in force from signing")
if "\nQUY CHẾ\n" not in regulation or \
        "(Ban hành kèm theo Quyết định số 486/QĐ-UBND ngày 09 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Lào Cai)" \
        not in regulation or "Số:" in regulation.split("\nQUY CHẾ\n")[0]:
    problems.append("the Quy chế's own header (no number), type and 'Ban hành kèm theo' line")
if re.findall(r"^Chương ([IVX]+)$", regulation, re.M) != ["I", "II", "III", "IV"]:
    problems.append("Chương I-IV")
if [int(n) for n in re.findall(r"^Điều (\d+)\.", regulation, re.M)] != list(range(1, 15)):
    problems.append("Điều 1-14 of the Quy chế in order")
if "Nơi nhận" in regulation or "CHỦ TỊCH\n" in regulation:
    problems.append("the attached Quy chế carries no closing")
from docx import Document  # noqa: E402
doc = Document(os.path.join(HERE, gold["plan"]))
chapters = [p for p in doc.paragraphs if re.match(r"^Chương [IVX]+$", p.text)]
if len(chapters) != 4 or any(p.alignment != 1 or not all(r.bold for r in p.runs) for p in chapters):
    problems.append("the built Quy chế's chapter lines centred and bold")
if not any(p.text == "QUY CHẾ" for p in doc.paragraphs) or \
        not any("w:br" in p._p.xml and 'w:type="page"' in p._p.xml for p in doc.paragraphs):
    problems.append("the built file: a page break, then QUY CHẾ")

# ---- due dates
decided = date(2026, 3, 9)
if gold["plan_due"] != (decided + timedelta(days=30)).isoformat() or gold["report_due"] != "2026-11-20":
    problems.append("due dates: plan 30 days from 09/3/2026, report 20/11/2026")
if "Trong thời hạn 30 ngày kể từ ngày Quy chế này có hiệu lực" not in regulation \
        or "gửi Sở Nội vụ trước ngày 20 tháng 11 hằng năm" not in regulation:
    problems.append("Điều 13.1 / 14.1 wording of the due dates")

# ---- duties: the khoản / điểm of Chương III
ch3 = regulation.split("\nChương III\n")[1].split("\nChương IV\n")[0]
items = []   # (id stem, line, holder title)
dieu, khoan, title = None, None, None
for line in ch3.split("\n"):
    m = re.match(r"^Điều (\d+)\. Trách nhiệm của (.+)$", line)
    if m:
        dieu, title = m.group(1), m.group(2)
        continue
    m = re.match(r"^(\d+)\. ", line)
    if m:
        khoan = m.group(1)
        if not line.endswith(":"):
            items.append(("Đ%s.%s" % (dieu, khoan), line, title))
        continue
    m = re.match(r"^([a-zđ])\) ", line)
    if m:
        items.append(("Đ%s.%s-%s" % (dieu, khoan, m.group(1)), line, title))
stems = []
for d in gold["duties"]:
    stem = re.sub(r"-(tc|kkt)$", "", d["id"])
    stems.append(stem)
    hit = [it for it in items if it[0] == stem]
    if len(hit) != 1 or not re.sub(r"^(\d+\.|[a-zđ]\))\s", "", hit[0][1]).startswith(d["text_start"]):
        problems.append("duty id does not match where its text stands: " + d["id"])
        continue
    line, title = hit[0][1], hit[0][2]
    named = re.match(r"^\d+\. (Sở Tài chính|Ban Quản lý Khu kinh tế tỉnh) ", line)
    if title == "Sở Tài chính và Ban Quản lý Khu kinh tế tỉnh":
        want = named.group(1) if named else {"tc": "Sở Tài chính", "kkt": "Ban Quản lý Khu kinh tế tỉnh"}[d["id"].split("-")[-1]]
    else:
        want = title
    if d["body"] != want:
        problems.append("holder of %s: %s, the text says %s" % (d["id"], d["body"], want))
if sorted(set(stems)) != sorted(it[0] for it in items) or len(gold["duties"]) != len(items) + 1:
    problems.append("every khoản/điểm of Chương III is a duty (Đ9.1 twice): %s" % sorted(set(stems) ^ {it[0] for it in items}))
if [d["id"] for d in gold["duties"] if d["id"].startswith("Đ9.1")] != ["Đ9.1-tc", "Đ9.1-kkt"]:
    problems.append("Đ9.1 held by both bodies of Điều 9")
order = [plan_src.find(d["text_start"]) for d in gold["duties"]]
if order != sorted(order):
    problems.append("duties out of plan order")
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"Đ8.3": "support"}:
    problems.append("roles: one support (Đ8.3), the rest lead")
if sorted(d["id"] for d in gold["duties"] if d["text_start"].startswith("Chủ trì, phối hợp với")) != ["Đ10.2", "Đ7.3"]:
    problems.append("two 'Chủ trì, phối hợp với' duties expected")
if any(d["deadline"] is not None for d in gold["duties"]):
    problems.append("deadlines: all null")

# ---- roster
names, members = goldcheck.roster(HERE)
want_members = ["uy-ban-nhan-dan-phuong-cam-duong", "uy-ban-nhan-dan-phuong-lao-cai", "uy-ban-nhan-dan-phuong-sa-pa",
                "uy-ban-nhan-dan-xa-tang-loong"]
if {k: sorted(v) for k, v in members.items()} != {COLLECTIVE: want_members}:
    problems.append("roster: one collective of the four units Điều 12 names")
if "Ủy ban nhân dân phường Lào Cai, phường Cam Đường, phường Sa Pa và xã Tằng Loỏng" not in ch3:
    problems.append("Điều 12 names the four units")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] == COLLECTIVE):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
held = {m for d in gold["duties"] for m in members.get(d["body_id"], [d["body_id"]])}
if held != names:
    problems.append("every roster body holds a duty: %s" % (names ^ held))

# ---- files
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
        if "486/QĐ-UBND ngày 09/3/2026" not in src:
            problems.append("the plan not cited in " + f)
    elif "486/QĐ-UBND" in src or "Quy chế" in src:
        problems.append("the unrelated file cites the Quy chế: " + f)
if [f for f, e in gold["files"].items() if e["status"] != "ok"] != [UNRELATED] \
        or gold["files"][UNRELATED]["role"] != "other" \
        or gold["files"][UNRELATED]["body_id"] not in members[COLLECTIVE]:
    problems.append("one unrelated file, of a member of the collective")
if {f for f, e in gold["files"].items() if e["on_time"] == "no"} != LATE:
    problems.append("late: Sở Xây dựng's plan and phường Sa Pa's report")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", SCAN)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("phường Sa Pa's report should be a scan")
if "\nHƯỚNG DẪN\n" not in source_text(src_of["inbox/" + GUIDE]) or gold["files"][GUIDE]["role"] != "unit_plan":
    problems.append("the Ban's unit plan is a HƯỚNG DẪN")
ca = source_text(src_of["inbox/" + CA_REPORT])
if re.findall(r"^\d+\. Thực hiện (.+)$", ca, re.M) != ["điểm a khoản 1 Điều 8", "điểm b khoản 1 Điều 8",
                                                      "khoản 2 Điều 8", "khoản 3 Điều 8"]:
    problems.append("Công an's report by the Quy chế's numbers")
if not SHEET.endswith(".xlsx") or "khoản 1 Điều 9" not in built_text("inbox/" + SHEET):
    problems.append("the Ban's report is a sheet naming the khoản")
short = source_text(src_of["inbox/" + SHORT]).split("\n\n")[2]
if re.search(r"^([IVX]+\.|\d+\.) ", short, re.M) or len(short.split()) > 260:
    problems.append("phường Lào Cai's report is short, without numbered headings")
if "thuộc chức năng, nhiệm vụ của Sở Nội vụ" not in source_text(src_of["inbox/" + SXD_REPORT]):
    problems.append("Sở Xây dựng's report says the work is another body's")
if "kinh phí" in source_text(src_of["inbox/" + STC_REPORT]):
    problems.append("Sở Tài chính's report should say nothing of kinh phí")

# ---- coverage
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
for c in gold["coverage"]:
    key = "%s / %s / %s" % (c["duty_id"], c["body_id"], c["kind"])
    if key in gold["notes"] and c["status"] not in ("partial", "missing") and not gold["notes"][key].startswith("("):
        problems.append("a note on a %s row should say so: %s" % (c["status"], key))
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
