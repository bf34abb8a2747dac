"""Consistency check of corpus/one-hundred-tenth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-tenth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section IV; 16 duties, every one a PAIR of
like-named holders, one of each province (ids ending -ht / -na, the same text_start, the Hà Tĩnh
one first), IV.1-a split by the plan's own sentences (Hà Tĩnh lead, Nghệ An support); the
roster's two collectives (one per province, 3 communes/wards each); every roster body holds a duty;
one file per holder and kind; and the shape of this set, an inter-provincial plan:
- the plan: two issuer blocks "ỦY BAN NHÂN DÂN / TỈNH HÀ TĨNH / Số: 42/KH-UBND" and "ỦY BAN NHÂN
  DÂN / TỈNH NGHỆ AN / Số: 37/KH-UBND", both numbers in the built DOCX's header table, two
  signatures (TM. ỦY BAN NHÂN DÂN of each province);
- each reply's header names its own province (Sở, Công an) or its own commune; replies of Hà Tĩnh
  cite 42/KH-UBND, those of Nghệ An cite 37/KH-UBND (at least one of them only that number);
- one letter of a third province's body (Quảng Trị), not a holder: unrecognized, no sender;
- one late plan (Sở Nông nghiệp và Môi trường tỉnh Nghệ An); Sở Xây dựng tỉnh Nghệ An's plan a
  scan (its evidence checked in its source only).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
PROV = {"ht": ("HÀ TĨNH", "42/KH-UBND"), "na": ("NGHỆ AN", "37/KH-UBND")}
COLLECTIVES = {"ht": "uy-ban-nhan-dan-cac-xa-phuong-ven-song-khu-vuc-giap-ranh-tinh-ha-tinh",
               "na": "uy-ban-nhan-dan-cac-xa-ven-song-khu-vuc-giap-ranh-tinh-nghe-an"}
SCAN = "scan_SXD NA_KH318_20260209.pdf"
LATE = "SNNMT NA_KH 612 thuc hien KH phoi hop cat soi song Lam.docx"
THIRD = "CV 2143 SNNMT Quang Tri de nghi chia se KN quan ly cat soi.pdf"

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-10", "2026-06-15"):
    problems.append("due dates")

# the plan: two issuers, two numbers, two signatures
if not plan_src.startswith("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 42/KH-UBND\nỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n"
                           "Số: 37/KH-UBND\nCỘNG HÒA") or "\nKẾ HOẠCH PHỐI HỢP\n" not in plan_src \
        or "TM. ỦY BAN NHÂN DÂN || TM. ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN || TỈNH HÀ TĨNH\n" not in plan_src:
    problems.append("the plan's two issuer blocks, numbers and signatures")
from docx import Document  # noqa: E402
head = Document(os.path.join(HERE, gold["plan"])).tables[0]
cells = [c.text for r in head.rows for c in r.cells]
if not any("Số: 42/KH-UBND" in c for c in cells) or not any("Số: 37/KH-UBND" in c for c in cells) \
        or not any("TỈNH HÀ TĨNH" in c for c in cells) or not any("TỈNH NGHỆ AN" in c for c in cells):
    problems.append("the built plan's header table: both issuers and both numbers")

# duties: plan order, section IV, pairs
section_iv = plan_src.split("\nIV. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nV. KINH PHÍ THỰC HIỆN\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos if d["id"].endswith("-na") and d["id"] != "IV.1-a-na" else pos + 1)
    if at < pos or at == -1:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if section_iv.count(d["text_start"]) != 1:
        problems.append("duty outside section IV or not unique there: " + d["id"])
if len(gold["duties"]) != 16:
    problems.append("duty count %d" % len(gold["duties"]))
ids = [d["id"] for d in gold["duties"]]
stems = [i[:-3] for i in ids]
for k in range(0, len(ids), 2):
    if not (ids[k].endswith("-ht") and ids[k + 1].endswith("-na") and stems[k] == stems[k + 1]):
        problems.append("pairs of like-named holders: %s, %s" % (ids[k], ids[k + 1]))
for d in gold["duties"]:
    prov = d["id"][-2:]
    if not d["body"].endswith({"ht": "tỉnh Hà Tĩnh", "na": "tỉnh Nghệ An"}[prov]):
        problems.append("holder of the wrong province: " + d["id"])
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"IV.1-a-na": "support"}:
    problems.append("IV.1-a-na support, the rest lead")

names, members = goldcheck.roster(HERE)
if set(members) != set(COLLECTIVES.values()) or any(len(v) != 3 for v in members.values()):
    problems.append("roster: two collectives of 3 expected: %s" % members)
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if d["collective"] and d["body_id"] != COLLECTIVES[d["id"][-2:]]:
        problems.append("collective of the wrong province: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
holders = {d["body_id"] for d in gold["duties"]}
held = {m for h in holders for m in members.get(h, [h])}
if held != names:
    problems.append("every roster body holds a duty: %s" % (names ^ held))
member_prov = {m: p for p, c in COLLECTIVES.items() for m in members.get(c, [])}
body_prov = {d["body_id"]: d["id"][-2:] for d in gold["duties"] if not d["collective"]}
body_prov.update(member_prov)

# files
senders = {}
only_na_number = 0
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["documents"] != 1:
        problems.append("documents of " + f)
    src = source_text(src_of["inbox/" + f])
    top = src.split("\nCỘNG HÒA")[0]
    if e["status"] != "ok":
        continue
    key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
    if key in senders:
        problems.append("two files of one holder and kind: " + f)
    senders[key] = f
    prov = body_prov[e["body_id"]]
    if e["body_id"] in member_prov:
        commune = [n for n in names if n == e["body_id"]][0]
        if not re.match(r"ỦY BAN NHÂN DÂN\n(XÃ|PHƯỜNG) ", top) or \
                goldcheck.slug("Ủy ban nhân dân " + top.split("\n")[1]) != commune:
            problems.append("commune header of " + f)
    elif "TỈNH " + PROV[prov][0] not in top:
        problems.append("reply header without its own province: " + f)
    if PROV[prov][1] not in src:
        problems.append("reply not citing its own province's number: " + f)
    if prov == "na" and PROV["ht"][1] not in src:
        only_na_number += 1
if not only_na_number:
    problems.append("a Nghệ An reply citing the plan only by Nghệ An's number")
late = sorted(f for f, e in gold["files"].items() if e["on_time"] == "no")
if late != [LATE]:
    problems.append("late: Sở NN&MT Nghệ An's plan expected: %s" % late)
third = gold["files"].get(THIRD, {})
if [f for f, e in gold["files"].items() if e["status"] != "ok"] != [THIRD] or third.get("body_id") != "" \
        or third.get("role") != "other" or third.get("status") != "unrecognized" \
        or not source_text(src_of["inbox/" + THIRD]).startswith("UBND TỈNH QUẢNG TRỊ\n"):
    problems.append("one unrecognized letter of a third province's body expected")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", SCAN)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("Sở Xây dựng Nghệ An's plan should be a scan")

# coverage
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
for c in gold["coverage"]:
    if c["evidence_file"] and body_prov[c["body_id"]] != c["duty_id"][-2:]:
        problems.append("evidence from the other province: %s %s" % (c["duty_id"], c["body_id"]))
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
