"""Consistency check of corpus/eighty-first/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/eighty-first/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; one support (III.4-b) and
one requested (III.7) duty, the rest lead; the roster's one collective ("Ủy ban nhân dân các xã,
phường ven biển", 4 members named in heading III.6); 6-8 holders; and the shape of this set, a
reply in pieces:
- every file its own row; a piece (PIECES: a Phụ lục xlsx, a Word copy of a signed scan, pages
  4-5 of a report, a cover letter) has status ok and the role, sender (and, but for the cover
  letter, the date) of its MAIN file;
- a coverage row's evidence file is any ok file of that holder and kind, the evidence verbatim in
  its source and (but for the scan) in that very built file (pages 4-5 hold only the appendix);
- the split PDF: 3 + 2 pages, the second part starting with the PHỤ LỤC;
- a Phụ lục alone (xã Thiên Cầm): no other file of that sender, counted as its report;
- one late plan (Lộc Hà), one unrelated letter (Sở GD&ĐT).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
src_of = {row["output"]: row["source"] for row in table["files"]}
COLLECTIVE = "uy-ban-nhan-dan-cac-xa-phuong-ven-bien"
MEMBERS = {"Thiên Cầm": "uy-ban-nhan-dan-xa-thien-cam", "Lộc Hà": "uy-ban-nhan-dan-xa-loc-ha",
           "Đan Hải": "uy-ban-nhan-dan-xa-dan-hai", "Vũng Áng": "uy-ban-nhan-dan-phuong-vung-ang"}
SCAN = "SXD - BC 987 PCTT (ban scan).pdf"
PART1, PART2 = "BC 45 (trang 1-3).pdf", "BC 45 (trang 4-5).pdf"
COVER = "SYT/CV 412-SYT gui KH PCTT 2026.pdf"
PIECES = {"SNNMT/Phu luc BC 1450.xlsx": "SNNMT/BC 1450-SNNMT PCTT truoc mua mua bao.docx",
          "SXD - BC 987 PCTT (ban word).docx": SCAN, PART2: PART1,
          COVER: "SYT/KH 29-SYT PCTT nganh Y te 2026.docx"}
ALONE = "Phu luc BC xa Thien Cam.xlsx"
LATE, UNRELATED = "KH 21 Loc Ha PCTT-TKCN 2026.docx", "SGDDT CV 1102 ky thi TN THPT 2026.pdf"

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-10", "2026-06-15"):
    problems.append("due dates")
if "Phụ lục: Biểu tổng hợp kết quả thực hiện nhiệm vụ" not in plan_src:
    problems.append("the plan's report outline asks for the Phụ lục")

# duties
section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN")[0]
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
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"III.4-b": "support", "III.7": "requested"}:
    problems.append("III.4-b support, III.7 requested, the rest lead")
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
if not 6 <= len(holders) <= 8 or holders != (names - set(MEMBERS.values())) | {COLLECTIVE}:
    problems.append("6-8 holders, every roster body holds a duty")

# files and pieces
kind_of = {"unit_plan": "plan", "report": "report"}
sent = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["documents"] != 1:
        problems.append("documents of " + f)
    if e["status"] == "ok":
        sent.setdefault((e["body_id"], kind_of[e["role"]]), set()).add(f)
        if "26/KH-UBND" not in source_text(src_of["inbox/" + f]):
            problems.append("plan citation of " + f)
for piece, main in PIECES.items():
    p, m = gold["files"][piece], gold["files"][main]
    if p["status"] != "ok" or m["status"] != "ok" or (p["role"], p["body_id"]) != (m["role"], m["body_id"]):
        problems.append("piece %s: not ok with the role and sender of %s" % (piece, main))
    if piece != COVER and p["date"] != m["date"]:
        problems.append("piece %s: date of its report" % piece)
    if main not in gold["notes"] or "MAIN" not in gold["notes"][main]:
        problems.append("note naming the main file: " + main)
if [k for k, v in sent.items() if len(v) > 1] != [(gold["files"][m]["body_id"], kind_of[gold["files"][m]["role"]])
                                                 for m in PIECES.values()]:
    problems.append("several files of one holder and kind only for the pieces")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", SCAN)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("the Sở Xây dựng report should be a scan")
with pdfplumber.open(os.path.join(HERE, "inbox", PART1)) as a, pdfplumber.open(os.path.join(HERE, "inbox", PART2)) as b:
    if (len(a.pages), len(b.pages)) != (3, 2):
        problems.append("split report: 3 + 2 pages expected")
    first = (b.pages[0].extract_text() or "").strip()
    if not first.startswith("PHỤ LỤC") or "Hoàng Văn Lực" not in "".join(pg.extract_text() or "" for pg in a.pages):
        problems.append("split report: body and signature in part 1, the Phụ lục in part 2")
    if "26/KH-UBND" in "".join(pg.extract_text() or "" for pg in b.pages).split("(Kèm theo")[0]:
        problems.append("part 2 should not repeat the header")
if "chi tiết tại Phụ lục kèm theo" not in source_text(src_of["inbox/" + next(iter(PIECES.values()))]):
    problems.append("Sở NN&MT's body refers to its Phụ lục")
tc = gold["files"][ALONE]
if [f for f, e in gold["files"].items() if e["body_id"] == tc["body_id"]] != [ALONE] or tc["role"] != "report" \
        or "Kèm theo Báo cáo số 57/BC-UBND" not in source_text(src_of["inbox/" + ALONE]):
    problems.append("the Phụ lục alone (Thiên Cầm)")
if [f for f, e in gold["files"].items() if e["on_time"] == "no"] != [LATE]:
    problems.append("one late plan (Lộc Hà) expected")
if [f for f, e in gold["files"].items() if e["status"] != "ok"] != [UNRELATED] or gold["files"][UNRELATED]["role"] != "other" \
        or "26/KH-UBND" in source_text(src_of["inbox/" + UNRELATED]):
    problems.append("one unrelated letter (Sở GD&ĐT) expected")

# coverage
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
for c in gold["coverage"]:
    files = sent.get((c["body_id"], c["kind"]), set())
    if (c["status"] == "not_submitted") != (not files):
        problems.append("status vs submission: %s %s %s" % (c["duty_id"], c["body_id"], c["kind"]))
    if c["status"] == "not_submitted":
        if c["evidence"] or c["evidence_file"]:
            problems.append("not_submitted row with evidence: %s %s" % (c["duty_id"], c["body_id"]))
        continue
    if c["evidence_file"] not in files:
        problems.append("evidence file not of this holder and kind: %s %s" % (c["duty_id"], c["body_id"]))
        continue
    if c["status"] == "missing":
        if c["evidence"]:
            problems.append("missing row with evidence: %s %s" % (c["duty_id"], c["body_id"]))
        continue
    if not c["evidence"] or c["evidence"] not in source_text(src_of["inbox/" + c["evidence_file"]]):
        problems.append("evidence not verbatim: %s %s" % (c["duty_id"], c["body_id"]))
    if c["evidence_file"] != SCAN and goldcheck.flat(c["evidence"]) not in goldcheck.flat(built_text("inbox/" + c["evidence_file"])):
        problems.append("evidence not in built file: %s %s" % (c["duty_id"], c["body_id"]))
ev = {(c["duty_id"], c["body_id"]): c["evidence_file"] for c in gold["coverage"] if c["evidence_file"]}
if ev.get(("III.5-a", "bo-chi-huy-quan-su-tinh-ha-tinh")) != PART1 or ev.get(("III.5-b", "bo-chi-huy-quan-su-tinh-ha-tinh")) != PART2:
    problems.append("the split report: III.5-a from pages 1-3, III.5-b from pages 4-5")
if any(c["evidence_file"] in (SCAN, COVER) for c in gold["coverage"]):
    problems.append("no evidence from the scan or the cover letter")
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
