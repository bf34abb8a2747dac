"""Consistency check of corpus/ninety-ninth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/ninety-ninth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; one support (III.5) and one
requested (III.7) duty; the roster's one collective (4 members); one file per holder and kind;
the old tone marks of the plan and of the Phát Diệm DOCX; the .doc a Word 97-2003 file; the scans
and the fax image-only; the VH&TT report dated "ngày 15/7/2019" in its header line; the Công an
plan citing the plan by the draft's number 09/KH-UBND only; one late plan; the unrelated report
of xã Kim Đông leaving its report kind not_submitted.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {}
for row in table["files"]:
    src_of[row["output"]] = row["source"][-1] if isinstance(row["source"], list) else row["source"]
renderer_of = {row["output"]: row["renderer"] for row in table["files"]}
IMAGES = {f for f in gold["files"] if renderer_of["inbox/" + f] in ("build.scan", "build.fax")}
VHTT = "BC thang 7/BC 38 VHTT tuyen truyen TDT.docx"
CAH = "CAH_KH46_TDTDS2019.pdf"
LATE = "KH 07 Kim Dong.doc"
OTHER = "BC thang 7/BC Kim Dong 08.7.docx"

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
# the VH&TT report's header line reads "Kim Sơn, ngày 15/7/2019": checked on its own below
problems += [p for p in goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
             if p != "date of %s not in its header" % VHTT]
if "\nKim Sơn, ngày 15/7/2019\n" not in source_text(src_of["inbox/" + VHTT]) or gold["files"][VHTT]["date"] != "2019-07-15":
    problems.append("the VH&TT report's date line")
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2019-01-25", "2019-07-20"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. TỔ CHỨC THỰC HIỆN\n")[1].split("\nIV. CHẾ ĐỘ BÁO CÁO\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] not in section_iii:
        problems.append("duty outside section III: " + d["id"])
if not 12 <= len(gold["duties"]) <= 16:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"III.5": "support", "III.7": "requested"}:
    problems.append("III.5 support, III.7 requested, the rest lead")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"uy-ban-nhan-dan-cac-xa-thi-tran": 4}:
    problems.append("roster: one collective of 4 expected")
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 7:
    problems.append("holders: %d" % len(holders))
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["status"] == "ok" and e["body_id"]:
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f in IMAGES)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late plan (Kim Đông) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [OTHER] or (gold["files"][OTHER]["body_id"], "report") in senders:
    problems.append("the one unrelated file, and Kim Đông's report kind not_submitted")
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    if f == OTHER:
        if "Tổng điều tra" in src or "/KH-UBND" in src:
            problems.append("the unrelated report mentions the Census")
    elif f == CAH:
        if "09/KH-UBND ngày 10/01/2019" not in src or "12/KH-UBND" in src:
            problems.append("the Công an plan cites the draft's number only")
    elif "Kế hoạch số 12/KH-UBND ngày 14/01/2019" not in src:
        problems.append("plan citation of " + f)

# the formats of 2019
old = re.compile(r"Ủy|ỦY|[Hh]òa|HÒA|[Hh]óa|[Tt]hủy|[Kk]hỏe|[Tt]húy")
for path in (gold["plan"], "inbox/KH TDTDS TT Phat Diem.docx"):
    src = source_text(src_of[path])
    if old.search(src) or old.search(built_text(path)) or "UỶ BAN NHÂN DÂN" not in src or "CỘNG HOÀ" not in src:
        problems.append("old tone marks throughout: " + path)
from docx import Document  # noqa: E402
for p in Document(os.path.join(HERE, "inbox/KH TDTDS TT Phat Diem.docx")).paragraphs:
    if any(r.text.strip() and r.font.name != "Times New Roman" for r in p.runs):
        problems.append("a run not in Times New Roman")
        break
with open(os.path.join(HERE, "inbox", LATE), "rb") as fh:
    if fh.read(8) != bytes.fromhex("D0CF11E0A1B11AE1"):
        problems.append("the .doc is not a Word 97-2003 file")
for f in IMAGES:
    if built_text("inbox/" + f).strip():
        problems.append("a scan with a text layer: " + f)
if [r["source"] for r in table["files"] if r["renderer"] == "build.fax"] != [
        ["05a-chi-cuc-thong-ke-phieu-fax.txt", "05-chi-cuc-thong-ke-bao-cao.txt"]]:
    problems.append("the fax: cover sheet, then the report")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
