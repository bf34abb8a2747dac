"""Consistency check of corpus/sixty-ninth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/sixty-ninth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III, each text_start once; one
support duty (III.3-c), the rest lead; the roster's one collective ("Ủy ban nhân dân các xã,
phường, đặc khu", 4 members: two phường, a xã, the đặc khu); and the shape of this set,
abbreviations both ways:
- the plan's section III spells its terms out (no TTHC, DVCTT, CSDLQG, ĐDĐT, CKS, TTPVHCC, CĐS,
  HTTT, BCĐ, UBND, KH&CN, NN&MT) and keeps only "Đề án 06", "VNeID", "Bộ chỉ số 766";
- every related reply but Lý Sơn's uses at least five of those abbreviations, together all of them
  ("DVCTT toàn trình", "CSDLQG về DC", "HTTT giải quyết TTHC", "UBND P.", "Sở NN&MT" …);
- Lý Sơn's plan uses none and spells out Đề án 06, VNeID and Bộ chỉ số 766;
- the Công an tỉnh's report is a table with the heads STT / ND / ĐV chủ trì / TG / KQ (built as a
  Word table);
- the roster gives the abbreviations the replies use as aliases;
- one late file (Sở Nội vụ's plan), one unrelated (phường Kon Tum's Tết report, another plan's);
  every other file cites 19/KH-UBND; one file per holder and kind; a partial row in every reply;
  every status used.
"""
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
LATE = "SNV - KH 112 CCHC, kiem tra cong vu TTPVHCC.pdf"
UNRELATED = "P.KonTum BC 57 Tet Binh Ngo.pdf"
SPELLED = "DK Ly Son_KH 15 trien khai De an 06.pdf"
TABLE = "CAT/BC 1842-CAT-PC06 DA06 6 thang 2026.docx"
ABBR = ["TTHC", "DVCTT", "CSDLQG", "ĐDĐT", "CKS", "TTPVHCC", "CĐS", "HTTT", "BCĐ", "UBND", "KH&CN", "NN&MT"]


def abbreviations(text):
    """The abbreviations of ABBR in text, document numbers ("19/KH-UBND") aside."""
    text = re.sub(r"\d+/[\w&-]+", " ", text)
    return {a for a in ABBR if re.search(r"(?<!\w)%s(?!\w)" % re.escape(a), text)}


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-06", "2026-06-10"):
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
if len(gold["duties"]) != 16:
    problems.append("duty count %d" % len(gold["duties"]))
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"III.3-c": "support"}:
    problems.append("III.3-c the one support duty, the rest lead")
for head in ("1. Sở Khoa học và Công nghệ", "2. Sở Nội vụ", "3. Công an tỉnh",
             "4. Văn phòng Ủy ban nhân dân tỉnh", "5. Ủy ban nhân dân các xã, phường, đặc khu"):
    if "\n" + head + "\n" not in "\n" + section_iii:
        problems.append("plan heading: " + head)

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"uy-ban-nhan-dan-cac-xa-phuong-dac-khu": 4}:
    problems.append("roster: one collective of 4 xã, phường, đặc khu expected")
kinds_of_unit = sorted(m.split("-")[4] for m in members.get("uy-ban-nhan-dan-cac-xa-phuong-dac-khu", []))
if kinds_of_unit != ["dac", "phuong", "phuong", "xa"]:
    problems.append("members: two phường, a xã and the đặc khu expected: %s" % kinds_of_unit)
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])

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
                                        unbuilt=lambda f: f == UNRELATED)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
for f in senders.values():
    if not any(c["status"] == "partial" and c["evidence_file"] == f for c in gold["coverage"]):
        problems.append("no partial row for " + f)

# abbreviations both ways
if abbreviations(section_iii):
    problems.append("plan section III abbreviates: %s" % abbreviations(section_iii))
for kept in ("Đề án 06", "VNeID", "Bộ chỉ số 766"):
    if kept not in section_iii:
        problems.append("plan section III should keep " + kept)
used = set()
for f in gold["files"]:
    if f in (UNRELATED, SPELLED):
        continue
    a = abbreviations(source_text(src_of["inbox/" + f]))
    used |= a
    if len(a) < 5:
        problems.append("few abbreviations in %s: %s" % (f, a))
if used != set(ABBR):
    problems.append("abbreviations no reply uses: %s" % (set(ABBR) - used))
replies = "\n".join(source_text(src_of["inbox/" + f]) for f in gold["files"])
for form in ("DVCTT toàn trình", "CSDLQG về DC", "HTTT giải quyết TTHC", "UBND P.", "Sở KH&CN", "Sở NN&MT"):
    if form not in replies:
        problems.append("no reply writes " + form)
spelled = source_text(src_of["inbox/" + SPELLED])
if abbreviations(spelled.split("\nNơi nhận:")[0]):
    problems.append("Lý Sơn's plan abbreviates: %s" % abbreviations(spelled.split("\nNơi nhận:")[0]))
for full in ("Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia",
             "ứng dụng Định danh quốc gia", "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân"):
    if full not in spelled.replace("\n", " "):
        problems.append("Lý Sơn's plan should spell out: " + full[:40])
if "VNeID" in spelled or "Bộ chỉ số 766" in spelled:
    problems.append("Lý Sơn's plan keeps an abbreviation of the plan")
if "\nSTT | ND | ĐV chủ trì | TG | KQ\n" not in source_text(src_of["inbox/" + TABLE]):
    problems.append("the Công an report's table heads")
from docx import Document  # noqa: E402
heads = [[c.text for c in t.rows[0].cells] for t in Document(os.path.join(HERE, "inbox", TABLE)).tables]
if ["STT", "ND", "ĐV chủ trì", "TG", "KQ"] not in heads:
    problems.append("the Công an report's table not built as a Word table")
with open(os.path.join(HERE, "roster.yaml"), encoding="utf-8") as fh:
    aliases = {a for b in yaml.safe_load(fh)["bodies"] for a in b.get("aliases", [])}
for a in ("Sở KH&CN", "CAT", "VP UBND tỉnh", "UBND P. Cẩm Thành", "ĐK Lý Sơn", "SNV"):
    if a not in aliases:
        problems.append("roster alias missing: " + a)

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late plan (Sở Nội vụ) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["body_id"] != "uy-ban-nhan-dan-phuong-kon-tum":
    problems.append("one unrelated file, from phường Kon Tum: %s" % other)
for f in gold["files"]:
    cites = "19/KH-UBND" in source_text(src_of["inbox/" + f])
    if cites != (f != UNRELATED):
        problems.append("plan citation of " + f)
if "35/KH-UBND" not in source_text(src_of["inbox/" + UNRELATED]):
    problems.append("the unrelated report cites its own plan")
with open(os.path.join(HERE, "inbox", UNRELATED), "rb") as fh:
    import io
    import pdfplumber
    with pdfplumber.open(io.BytesIO(fh.read())) as pdf:
        if any((p.extract_text() or "").strip() for p in pdf.pages):
            problems.append("the Kon Tum report should be a scan (no text layer)")
statuses = [c["status"] for c in gold["coverage"]]
if not all(s in statuses for s in ("covered", "partial", "missing", "not_submitted")):
    problems.append("every status expected")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
