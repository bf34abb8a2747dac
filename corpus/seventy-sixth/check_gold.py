"""Consistency check of corpus/seventy-sixth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/seventy-sixth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III, each text_start once; one
support (III.5) and one requested (III.8) duty, the rest lead; the roster's one collective (the
four xã named in heading III.7); and the shape of this set, replies as they sit in the receiving
office:
- every paper reply is an image-only PDF or a JPEG (no text layer) with the office's "CÔNG VĂN
  ĐẾN" stamp (render.yaml), the one DOCX reply has none;
- a stamp's date is never before its document's own date, and the gold dates are the documents'
  own: the late plan (Vườn quốc gia U Minh Hạ) is late by its own date and stamped later still;
  the Bộ CHQS report is stamped after report_due but dated before it (on time);
- the PHIẾU TRÌNH source comes first in the Sở NN&MT report's file and names that report;
- one multi-page scan has a page stored upside down; two carry a fax line;
- the unrelated Sở Tài chính letter is stamped, unrecognized / other; every other file cites 21/KH-UBND.
"""
import os
import re
import sys
from datetime import date

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
rows = {row["output"]: row for row in table["files"]}
src_of = {out: (r["source"][-1] if isinstance(r["source"], list) else r["source"]) for out, r in rows.items()}
COLLECTIVE = "uy-ban-nhan-dan-cac-xa-u-minh-khanh-an-nguyen-phich-tran-hoi"
MEMBERS = ["uy-ban-nhan-dan-xa-u-minh", "uy-ban-nhan-dan-xa-khanh-an", "uy-ban-nhan-dan-xa-nguyen-phich",
           "uy-ban-nhan-dan-xa-tran-hoi"]
LATE = "Fax 13.02 - VQG U Minh Ha KH 09.pdf"
STAMPED_LATE = "VT den T5.2026/BCHQS BC 905 tham gia PCCCR.pdf"
WITH_PHIEU = "VT den T5.2026/PT 1874 - BC 131 SNNMT ket qua PCCCR.pdf"
UNRELATED = "VT den T4.2026/STC 1126 so lieu du toan quy I.pdf"
DOCX = "Xa Khanh An/KH 14-UBND PCCCR mua kho 2025-2026.docx"


def dmy(s):
    d, m, y = (int(x) for x in s.split("/"))
    return date(y, m, d)


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-06", "2026-05-20"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN\n")[0]
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
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"III.5": "support", "III.8": "requested"}:
    problems.append("III.5 support, III.8 requested, the rest lead")
heading_7 = next(l for l in section_iii.split("\n") if l.startswith("7. "))
for n in ("U Minh", "Khánh An", "Nguyễn Phích", "Trần Hợi"):
    if n not in heading_7:
        problems.append("member not named in heading III.7: " + n)

names, members = goldcheck.roster(HERE)
if members != {COLLECTIVE: MEMBERS}:
    problems.append("roster: one collective of the 4 xã expected: %s" % members)
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
if sorted({d["body_id"] for d in gold["duties"]}) != sorted(names - set(MEMBERS) | {COLLECTIVE}):
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
                                        unbuilt=lambda f: not f.endswith(".docx"))
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")

# the paper as the receiving office holds it
import pdfplumber  # noqa: E402
turned = fax = 0
for f, e in gold["files"].items():
    row = rows["inbox/" + f]
    opts = row.get("options", {})
    if f == DOCX:
        if row["renderer"] != "docx" or "stamp" in opts:
            problems.append("the text reply is a clean DOCX")
        continue
    if row["renderer"] not in ("build.scan", "build.photo") or "stamp" not in opts:
        problems.append("a stamped scan or photo expected: " + f)
        continue
    if f.endswith(".pdf"):
        with pdfplumber.open(os.path.join(HERE, "inbox", f)) as pdf:
            if any((p.extract_text() or "").strip() for p in pdf.pages):
                problems.append("text layer in a scan: " + f)
            if opts.get("turned") and len(pdf.pages) < 2:
                problems.append("turned page of a one-page scan: " + f)
    turned += bool(opts.get("turned"))
    fax += "fax" in opts
    stamp_day = dmy(opts["stamp"]["ngay"])
    own = date.fromisoformat(e["date"])
    if stamp_day < own:
        problems.append("stamped before its own date: " + f)
    if stamp_day == own and f in (LATE, STAMPED_LATE):
        problems.append("stamp date should differ from the document's: " + f)
    if "fax" in opts and not opts["fax"].startswith(own.strftime("%d/%m/%Y")):
        problems.append("fax line not sent on the document's date: " + f)
if turned != 1 or fax != 2:
    problems.append("one page turned and two fax lines expected: %d, %d" % (turned, fax))
due_r = date.fromisoformat(gold["report_due"])
if not (dmy(rows["inbox/" + STAMPED_LATE]["options"]["stamp"]["ngay"]) > due_r
        and gold["files"][STAMPED_LATE]["on_time"] == "yes"):
    problems.append("the Bộ CHQS report: stamped after report_due, on time by its own date")
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late plan (Vườn quốc gia U Minh Hạ) expected: %s" % late)
phieu_src = rows["inbox/" + WITH_PHIEU]["source"]
if not isinstance(phieu_src, list) or "PHIẾU TRÌNH" not in source_text(phieu_src[0]) \
        or "Báo cáo số 131/BC-SNNMT ngày 15/5/2026" not in source_text(phieu_src[0]) \
        or "Số: 131/BC-SNNMT" not in source_text(phieu_src[1]):
    problems.append("the phiếu trình in front of Báo cáo 131/BC-SNNMT")
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["role"] != "other":
    problems.append("unrecognized: only the Sở Tài chính letter: %s" % other)
for f in gold["files"]:
    if ("21/KH-UBND" in source_text(src_of["inbox/" + f])) != (f != UNRELATED):
        problems.append("plan citation of " + f)
    if re.search(r"ngày \d+ tháng \d+ năm", source_text(src_of["inbox/" + f])) is None:
        problems.append("no own date line: " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
