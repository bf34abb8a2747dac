"""Consistency check of corpus/sixty-first/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/sixty-first/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; one support (III.4) and two
requested duties (III.6, III.7); two collectives in the roster (the 5 ấp, the 3 chùa Khmer); and
the shape of this set, a commune's hamlets answering as hamlets do:
- the handwritten report of ấp Tà Liêm is a phone photo (JPEG, no text layer): its evidence is
  checked against its source only, and the photo is a JPEG of a page;
- ấp Prey Chóp's report is a Zalo chat saved as text: its date is the messages' "13/05/2026"
  (no "ngày … tháng … năm" in a chat);
- ấp Bưng Sa's plan is a table in a workbook; ấp Sa Keo's plan is the one late file;
- the pagoda's invitation is the one unrelated file, from a member of a collective holder;
- every file but the invitation cites 07/KH-UBND; one file per holder and kind.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=True)
src_of = {row["output"]: row["source"] for row in table["files"]}
PHOTO = "Zalo/IMG_20260506_071532.jpg"
ZALO = "Zalo/Prey Chop bao cao 13-5.txt"
INVITATION = "Giay moi chua Soc Ruong.pdf"

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
# the chat's date is written 13/05/2026: goldcheck's header-date check reads it apart
problems += [p for p in goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
             if p != "date of %s not in its header" % ZALO]
if gold["files"][ZALO]["date"] != "2026-05-13" or "20:16  13/05/2026" not in source_text(src_of["inbox/" + ZALO]):
    problems.append("the chat's date")
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-01-20", "2026-05-15"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] not in section_iii or section_iii.count(d["text_start"]) != 1:
        problems.append("duty outside section III or not unique: " + d["id"])
if len(gold["duties"]) != 14:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"III.4": "support", "III.6": "requested", "III.7": "requested"}:
    problems.append("III.4 support, III.6 and III.7 requested, the rest lead")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"ban-nhan-dan-cac-ap": 5,
                                               "ban-quan-tri-cac-chua-khmer-tren-dia-ban-xa": 3}:
    problems.append("roster: collectives of 5 ấp and 3 chùa expected")
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 7:
    problems.append("7 holders expected: %d" % len(holders))
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
                                        unbuilt=lambda f: f == PHOTO)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

# the hamlets: every one of the 5 sent one file, of one kind
hamlets = set(members["ban-nhan-dan-cac-ap"])
if {b for b, _ in senders if b in hamlets} != hamlets:
    problems.append("every hamlet sends one file")
with open(os.path.join(HERE, "inbox", PHOTO), "rb") as fh:
    if fh.read(3) != b"\xff\xd8\xff":
        problems.append("the handwritten report is not a JPEG")
if not any(c["evidence_file"] == PHOTO and c["status"] == "partial" for c in gold["coverage"]):
    problems.append("the photo has a partial row")
if not gold["files"]["PA ap Bung Sa (bang).xlsx"]["role"] == "unit_plan":
    problems.append("Bưng Sa's table is a plan")
# the deferral: Sóc Ruộng's dredging postponed
sr = source_text(src_of["inbox/BC ap Soc Ruong.docx"])
row = [c for c in gold["coverage"] if c["duty_id"] == "III.5-d" and c["body_id"] == "ban-nhan-dan-ap-soc-ruong"
       and c["kind"] == "report"][0]
if row["status"] != "missing" or "xin dời lại, thực hiện sau mùa khô" not in sr:
    problems.append("the deferral")
# the pagodas sent nothing of their own on this plan
if any(c["status"] != "not_submitted" for c in gold["coverage"] if c["duty_id"] == "III.7"):
    problems.append("III.7: no pagoda reply")

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["KH ap Sa Keo han man.docx"]:
    problems.append("one late plan expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [INVITATION] or gold["files"][INVITATION]["body_id"] not in members["ban-quan-tri-cac-chua-khmer-tren-dia-ban-xa"]:
    problems.append("one unrelated file, from a pagoda: %s" % other)
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    cites = "07/KH-UBND" in src
    if cites != (f != INVITATION):
        problems.append("plan citation of " + f)
statuses = [c["status"] for c in gold["coverage"]]
if not all(s in statuses for s in ("covered", "partial", "missing", "not_submitted")):
    problems.append("every status expected")
if not re.search(r"Khmer", plan_src) or "tiếng Khmer" not in section_iii:
    problems.append("Khmer in the plan")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
