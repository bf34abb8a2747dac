"""Consistency check of corpus/ninety-third/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/ninety-third/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks, the shape of this set, a work plan whose duties are coded activities:
- every table duty's id is the "Mã HĐ" of the plan row its text_start opens, and its holder is that
  row's "Đơn vị thực hiện" cell (or the merged cell above it, "^"); the Ban QLDA's own rows (1.1.2,
  4.1.2) and the group rows are no duties; IV.5 is the one prose duty, "Đề nghị …": requested;
- the collective "UBND các xã vùng dự án" has the 4 members named in row 1.1.1; 8 holders;
- a code-only evidence ("HĐ 2.3.1: …") names its own duty's code; each decoy of a reply (what it
  says as a phối hợp body of another holder's or the Ban's activity, DECOYS) is not the sender's own
  duty, and the sender has no taken-up row for it;
- one late report (Kỳ Khang), one duplicate (a byte copy), one procurement letter (Sở NN&MT) that
  does not cite the plan; every ok file cites "09/KH-BQLDA"; the Kỳ Khang report is a scan.
"""
import filecmp
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
for row in table["files"]:
    if row["renderer"] == "copy":   # a copy received twice: the source of the file it copies
        src_of[row["output"]] = src_of[row["source"]]
COLLECTIVE = "uy-ban-nhan-dan-cac-xa-vung-du-an"
MEMBERS = ["Đan Hải", "Lộc Hà", "Thiên Cầm", "Kỳ Khang"]
LATE, DUP, ORIG = "Scan_BC Ky Khang 6 thang.pdf", "CDC_BC 1143 tien do quy II 2026 (1).pdf", "CDC_BC 1143 tien do quy II 2026.pdf"
LETTER = "SNNMT CV 2387 de nghi tham dinh HSMT TB-05.pdf"
# what a reply says of OTHER holders' activities, which counts for nobody: file -> (codes, the codes
# are written in it)
DECOYS = {"TTNS_KH 14 trien khai hoat dong du an 2026.docx": (["1.2.1", "2.3.1", "3.1.2"], True),
          "TTNS/BC tien do QII-2026 theo ma HD.xlsx": (["1.2.1", "3.1.2"], True),
          "CDC_BC 1143 tien do quy II 2026.pdf": (["2.1.1", "2.2.2"], True),
          "xa Thien Cam/BC 96 tien do quy II.pdf": (["1.1.2"], True),
          "xa Loc Ha/KH 21-UBND Loc Ha thuc hien DA cap nuoc 2026.docx": (["1.1.3", "2.1.1"], True),
          "Hoi LHPN tinh_BC 87 sau thang 2026.doc": (["2.2.2", "1.1.3"], False),
          "Scan_BC Ky Khang 6 thang.pdf": (["2.1.1", "1.1.3"], False)}
# the holder cell of the plan's table as it is written -> the holder's slug
CELL = {"UBND các xã vùng dự án (Đan Hải, Lộc Hà, Thiên Cầm, Kỳ Khang)": COLLECTIVE,
        "UBND các xã vùng dự án": COLLECTIVE, "Sở NN&MT": "so-nong-nghiep-va-moi-truong",
        "Trung tâm Nước sạch và VSMTNT": "trung-tam-nuoc-sach-va-ve-sinh-moi-truong-nong-thon",
        "CDC Hà Tĩnh": "trung-tam-kiem-soat-benh-tat-tinh-ha-tinh", "Sở GD&ĐT": "so-giao-duc-va-dao-tao",
        "Hội LHPN tỉnh": "hoi-lien-hiep-phu-nu-tinh-ha-tinh", "Sở Tài chính": "so-tai-chinh"}


def src(f):
    return source_text(src_of["inbox/" + f])


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-10", "2026-07-05"):
    problems.append("due dates")

# duties: the table rows, in order, and the one prose duty
rows = [line.split(" | ") for line in plan_src.split("\n") if " | " in line][1:]
holder_of, prev = {}, None
for r in rows:
    if r[1] == "<":
        continue
    cell = prev if r[2] == "^" else r[2]
    holder_of[r[0]] = (cell, r[1])
    prev = cell
if sorted(holder_of) != sorted([d["id"] for d in gold["duties"] if d["id"] != "IV.5"] + ["1.1.2", "4.1.2"]):
    problems.append("table duties: every row but the Ban QLDA's 1.1.2 and 4.1.2 expected")
if holder_of["1.1.2"][0] != "Ban QLDA" or holder_of["4.1.2"][0] != "Ban QLDA":
    problems.append("rows 1.1.2 and 4.1.2 are the Ban QLDA's")
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["id"] == "IV.5":
        line = next(l for l in plan_src.split("\n") if d["text_start"] in l)
        if not line.startswith("5. Đề nghị") or d["role"] != "requested":
            problems.append("IV.5: the plan's one 'Đề nghị' item, requested")
        continue
    cell, text = holder_of.get(d["id"], ("", ""))
    if not text.startswith(d["text_start"]) or CELL.get(cell) != d["body_id"] or d["role"] != "lead":
        problems.append("duty vs its table row: " + d["id"])
if not 12 <= len(gold["duties"]) <= 16:
    problems.append("duty count %d" % len(gold["duties"]))
if not all(m in holder_of["1.1.1"][0] for m in MEMBERS):
    problems.append("members not named in row 1.1.1")
names, members = goldcheck.roster(HERE)
if list(members) != [COLLECTIVE] or len(members[COLLECTIVE]) != 4:
    problems.append("roster: one collective of 4 expected: %s" % members)
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 8 or holders != (names - set(members[COLLECTIVE])) | {COLLECTIVE}:
    problems.append("8 holders, every roster body holds a duty")

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
        if "09/KH-BQLDA ngày 20/01/2026" not in src(f):
            problems.append("plan citation of " + f)
if [f for f, e in gold["files"].items() if e["on_time"] == "no"] != [LATE]:
    problems.append("one late report (Kỳ Khang) expected")
odd = {f: (e["status"], e["role"]) for f, e in gold["files"].items() if e["status"] != "ok"}
if odd != {DUP: ("duplicate", "report"), LETTER: ("unrecognized", "other")}:
    problems.append("one duplicate and one procurement letter expected: %s" % odd)
if not filecmp.cmp(os.path.join(HERE, "inbox", DUP), os.path.join(HERE, "inbox", ORIG), shallow=False):
    problems.append("the duplicate is not a copy")
if "09/KH-BQLDA" in src(LETTER) or "hồ sơ mời thầu" not in src(LETTER):
    problems.append("the Sở NN&MT letter: a procurement letter not citing the plan")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", LATE)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("the Kỳ Khang report should be a scan")

# coverage
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == LATE)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
duty = {d["id"]: d for d in gold["duties"]}
for c in gold["coverage"]:
    m = re.match(r"HĐ (\d\.\d\.\d):", c["evidence"])
    if m and m.group(1) != c["duty_id"]:
        problems.append("code-only evidence of another code: %s %s" % (c["duty_id"], c["body_id"]))
taken = {(c["duty_id"], c["body_id"]) for c in gold["coverage"] if c["status"] in ("covered", "partial")}
for f, (codes, words) in DECOYS.items():
    body = gold["files"][f]["body_id"]
    for code in codes:
        d = duty.get(code)
        if words and code not in src(f):
            problems.append("decoy code %s not in %s" % (code, f))
        if d and (d["body_id"] == body or (d["collective"] and body in members[COLLECTIVE])):
            problems.append("a decoy of %s is its own duty %s" % (f, code))
        if (code, body) in taken:
            problems.append("a decoy taken up: %s %s" % (f, code))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
