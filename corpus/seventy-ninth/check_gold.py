"""Consistency check of corpus/seventy-ninth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/seventy-ninth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; the one support duty
(III.2-b); the roster's one collective (4 district-level units); and the shape of this set, the
holders merged or renamed between the plan (14/02/2025) and the replies:
- roster.yaml lists the plan's holders by their OLD names and, for each successor in the inbox,
  an entry with `successor_of: [old slug, …]` (holders of the roster; a successor holds no duty
  and is no member of the collective);
- a file's body_id is its sender as it names itself; a successor's document answers the duties of
  every body it succeeds: the coverage rows stay on the old slugs, evidence_file the successor's
  file, and each such row has a note naming the successor;
- the old bodies' plans are dated before their merger (departments 1/3/2025, districts 1/7/2025)
  and name themselves by their old names; the successors' reports are dated after and say whom
  they succeed;
- Sở Nông nghiệp và Môi trường's single report answers both predecessors (rows of both, with
  evidence); one late plan (thị xã Nghi Sơn); one unrelated report (Sở Xây dựng); one scan.
"""
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
import yaml  # noqa: E402

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
SCAN = "scan BC 1532 SKHCN.pdf"
LATE = "KH_UBND TX Nghi Son_du lich 2025.pdf"
OTHER = "SXD_BC 4517 nha o xa hoi 9 thang.docx"
NNMT = "SNNMT - BC 1876 ket qua du lich 2025.docx"
PLAN_NO = "36/KH-UBND ngày 14/02/2025"


def src(f):
    return source_text(src_of["inbox/" + f])


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2025-03-15", "2025-12-05"):
    problems.append("due dates")
if "(qua Sở Văn hóa, Thể thao và Du lịch) trước ngày 15/3/2025; báo cáo kết quả thực hiện năm 2025 trước ngày 05/12/2025." not in plan_src:
    problems.append("due dates as the plan's section V writes them")

section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ\n")[0]
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
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"III.2-b": "support"}:
    problems.append("roles: III.2-b support, the rest lead")

# roster: old holders, the collective's 4 members, the successors
names, members = goldcheck.roster(HERE)
bodies = yaml.safe_load(open(os.path.join(HERE, "roster.yaml"), encoding="utf-8"))["bodies"]
succ = {goldcheck.slug(b["name"]): b["successor_of"] for b in bodies if "successor_of" in b}
COLL = "uy-ban-nhan-dan-cac-huyen-thi-xa-thanh-pho"
if {k: len(v) for k, v in members.items()} != {COLL: 4}:
    problems.append("roster: one collective of 4 district-level units expected")
holders = {d["body_id"] for d in gold["duties"]}
old = (holders - {COLL}) | set(members[COLL])
if len(holders) != 8:
    problems.append("8 holders expected: %d" % len(holders))
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
for s, preds in succ.items():
    if s in old or s in holders or any(s in v for v in members.values()):
        problems.append("a successor is a holder or a member: " + s)
    if not preds or not set(preds) <= old:
        problems.append("successor_of names no old holder: " + s)
if len(succ) != 7 or succ["so-nong-nghiep-va-moi-truong"] != ["so-tai-nguyen-va-moi-truong", "so-nong-nghiep-va-phat-trien-nong-thon"]:
    problems.append("7 successors, Sở NN&MT of two")

# who answers for whom
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["status"] == "ok" and e["role"] in ("unit_plan", "report"):
        kind = "plan" if e["role"] == "unit_plan" else "report"
        for h in succ.get(e["body_id"], [e["body_id"]]):
            if h not in old:
                problems.append("file answers no holder: " + f)
            if (h, kind) in senders:
                problems.append("two files of one holder and kind: " + f)
            senders[(h, kind)] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

# successors' rows noted; dates and self-naming of old and new bodies
full = {goldcheck.slug(b["name"]): b["name"] for b in bodies}
for c in gold["coverage"]:
    if c["status"] == "not_submitted":
        continue
    sender = gold["files"][c["evidence_file"]]["body_id"]
    if sender != c["body_id"]:
        note = gold["notes"].get("%s / %s / %s" % (c["duty_id"], c["body_id"], c["kind"]), "")
        if "Answered by" not in note or sender not in note:
            problems.append("successor row without a note naming it: %s %s" % (c["duty_id"], c["body_id"]))
for f, e in gold["files"].items():
    s = src(f)
    head = s.split("\n\n")[0].upper()
    if e["status"] != "ok":
        continue
    if PLAN_NO not in s:
        problems.append("reply without the plan's number and date: " + f)
    if e["body_id"] in succ:
        if e["role"] != "report" or e["date"] < "2025-07-01":
            problems.append("a successor's file is a report after the reorganisation: " + f)
        if not any(full[p] in s or full[p].replace("Ủy ban nhân dân", "UBND") in s
                   or full[p].replace("Ủy ban nhân dân ", "").replace("Đài Phát thanh và Truyền hình Thanh Hóa", "Đài Phát thanh và Truyền hình") in s
                   for p in succ[e["body_id"]]):
            problems.append("a successor's report names no predecessor: " + f)
    else:
        limit = "2025-07-01" if e["body_id"].startswith(("uy-ban", "dai-")) else "2025-03-01"
        if e["role"] != "unit_plan" or e["date"] >= limit:
            problems.append("an old body's file is a plan before its merger: " + f)
        short = full[e["body_id"]].upper().replace("ỦY BAN NHÂN DÂN ", "")
        if short not in head:
            problems.append("an old body's plan under its old name: " + f)
n = src(NNMT)
if "hợp nhất Sở Nông nghiệp và Phát triển nông thôn và Sở Tài nguyên và Môi trường" not in n:
    problems.append("Sở NN&MT's report says it merged both")
rows = {c["body_id"] for c in gold["coverage"] if c["evidence_file"] == NNMT and c["evidence"]}
if rows != {"so-tai-nguyen-va-moi-truong", "so-nong-nghiep-va-phat-trien-nong-thon"}:
    problems.append("Sở NN&MT's report answers both predecessors: %s" % rows)

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late file (thị xã Nghi Sơn's plan): %s" % late)
o = gold["files"][OTHER]
if (o["status"], o["role"], o["on_time"]) != ("unrecognized", "other", "") or "36/KH-UBND" in src(OTHER):
    problems.append("Sở Xây dựng's report on nhà ở xã hội: unrelated")
if [f for f, e in gold["files"].items() if e["status"] != "ok"] != [OTHER]:
    problems.append("one file not ok")
import pdfplumber  # noqa: E402
with open(os.path.join(HERE, "inbox", SCAN), "rb") as fh, pdfplumber.open(io.BytesIO(fh.read())) as pdf:
    if any((p.extract_text() or "").strip() for p in pdf.pages):
        problems.append("Sở KH&CN's report should be a scan (no text layer)")
statuses = [c["status"] for c in gold["coverage"]]
if not all(s in statuses for s in ("covered", "partial", "missing", "not_submitted")):
    problems.append("every status expected")
for k in gold["notes"]:
    if k.startswith("file ") and k[5:] not in gold["files"]:
        problems.append("note of an unknown file: " + k)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
