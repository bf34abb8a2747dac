"""Consistency check of corpus/seventy-eighth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/seventy-eighth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; one support (III.4-b) and
one requested (III.6) duty; the roster's one collective (4 phường); and the shape of this set, two
sibling plans of one issuer with their replies in one inbox:
- the replies to the sibling plan (Kế hoạch 08/KH-UBND ngày 09/01/2026, Tết, not in plan/) cite it
  and never 41/KH-UBND: unrecognized/other ("read, but not a document of this plan", CONTRACT.md;
  the helper's first gold said ok/other, corrected by the lead to the contract's definition),
  no coverage rows;
- Sở Công Thương and phường Nam Nha Trang answered only the sibling plan: all their rows not_submitted;
- Nam Nha Trang's Tết report cites no plan number at all;
- Bắc Nha Trang's single report cites both plans, in two parts; its rows' evidence is in Phần II only;
- Cam Ranh's plan cites the master plan with a typo (14/KH-UBND, same date): a unit plan of this plan;
- one late unit plan (Sở GDĐT), one unrelated report (Cam Ranh's tiêm chủng), one scan.
"""
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}

NN_TET = "SNNMT_BC 118 ATTP Tet Binh Ngo.pdf"
CT_TET = "So Cong Thuong/BC 287-SCT kiem soat thi truong Tet 2026.doc"
CA_TET = "CAT/KH 215 PC03 ATTP Tet Binh Ngo.pdf"
NT_TET = "P. Nha Trang/BC 19 ATTP Tet.pdf"
NNT = "BC ATTP phuong Nam Nha Trang.docx"
BNT = "Bac Nha Trang_BC 88 ATTP Tet va 6 thang 2026.docx"
CR_KH = "Cam Ranh - KH 31 bao dam ATTP nam 2026.pdf"
CR_TC = "Cam Ranh - BC 45 TCMR 5 thang (1).docx"
GD = "KH 389 SGDDT ATTP truong hoc 2026.doc"
PLAN_NO, SIBLING_NO = "41/KH-UBND", "08/KH-UBND"


def src(f):
    return source_text(src_of["inbox/" + f])


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-27", "2026-06-15"):
    problems.append("due dates")
if "(qua Sở Y tế) trước ngày 27/02/2026; báo cáo kết quả thực hiện 6 tháng đầu năm 2026" not in plan_src \
        or "trước ngày 15/6/2026." not in plan_src:
    problems.append("due dates as the plan's section V writes them")
if "Kế hoạch số 08/KH-UBND ngày 09/01/2026" not in plan_src:
    problems.append("the plan names its sibling (Tết) plan")

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
roles = {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"}
if roles != {"III.4-b": "support", "III.6": "requested"}:
    problems.append("roles: III.4-b support, III.6 requested, the rest lead: %s" % roles)

names, members = goldcheck.roster(HERE)
COLL = "uy-ban-nhan-dan-cac-phuong-nha-trang-bac-nha-trang-nam-nha-trang-cam-ranh"
if {k: len(v) for k, v in members.items()} != {COLL: 4}:
    problems.append("roster: one collective of 4 phường expected")
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
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == CA_TET)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

# 1. replies to the sibling plan: unrecognized/other, no rows; they cite 08/KH-UBND, never 41/KH-UBND
sibling = [NN_TET, CT_TET, CA_TET, NT_TET, NNT]
for f in sibling:
    e = gold["files"][f]
    if (e["status"], e["role"], e["on_time"]) != ("unrecognized", "other", "") or not e["body_id"]:
        problems.append("sibling reply: unrecognized/other with its sender: " + f)
    if PLAN_NO in src(f) or "Tết Nguyên đán" not in src(f):
        problems.append("sibling reply on the Tết topic, without the master number: " + f)
    if f != NNT and "Thực hiện Kế hoạch số 08/KH-UBND ngày 09/01/2026" not in src(f):
        problems.append("sibling reply cites the sibling plan: " + f)
if any(c["evidence_file"] in sibling for c in gold["coverage"]):
    problems.append("a sibling reply gives coverage")
if [f for f, e in gold["files"].items() if e["role"] == "other" and e["status"] == "unrecognized"] != sibling + [CR_TC]:
    problems.append("the unrecognized/other files are the five sibling replies and the unrelated report")

# 2. units that answered only the sibling plan
for unit in ("so-cong-thuong", "uy-ban-nhan-dan-phuong-nam-nha-trang"):
    if any(e["body_id"] == unit and e["role"] != "other" for e in gold["files"].values()):
        problems.append("sibling-only unit sent a master reply: " + unit)
    if any(c["body_id"] == unit and c["status"] != "not_submitted" for c in gold["coverage"]):
        problems.append("sibling-only unit has rows other than not_submitted: " + unit)

# 3. the reply with no number
if "/KH-" in src(NNT) .split("\n1. ")[0].split("BÁO CÁO")[1] or SIBLING_NO in src(NNT):
    problems.append("Nam Nha Trang's report cites no plan number")

# 4. the two-part report: cites both; evidence only from Phần II
b = src(BNT)
if PLAN_NO not in b or SIBLING_NO not in b or "Phần I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 08/KH-UBND" not in b \
        or "Phần II. KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 41/KH-UBND" not in b:
    problems.append("Bắc Nha Trang's report in two parts")
part1 = b.split("Phần I. ")[1].split("Phần II. ")[0]
part2 = b.split("Phần II. ")[1].split("Phần III. ")[0]
for c in gold["coverage"]:
    if c["evidence_file"] == BNT and c["evidence"] and (c["evidence"] not in part2 or c["evidence"] in part1):
        problems.append("two-part report evidence outside Phần II: " + c["duty_id"])
if "tập huấn" not in part1 or "tập huấn" in part2:
    problems.append("the training is only in the Tết part (III.7-d partial)")
e = gold["files"][BNT]
if (e["status"], e["role"], e["on_time"]) != ("ok", "report", "yes"):
    problems.append("Bắc Nha Trang's report: ok/report on time")

# 5. the typo citation
c = src(CR_KH)
if "Kế hoạch số 14/KH-UBND ngày 02/02/2026" not in c or PLAN_NO in c or SIBLING_NO in c:
    problems.append("Cam Ranh cites the plan as 14/KH-UBND with the right date")
if gold["files"][CR_KH]["role"] != "unit_plan":
    problems.append("Cam Ranh's typo plan is a unit plan of this plan")

# 6. late, unrelated, scan, statuses
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [GD]:
    problems.append("one late file (Sở GDĐT's plan): %s" % late)
t = gold["files"][CR_TC]
if (t["status"], t["role"]) != ("unrecognized", "other") or "an toàn thực phẩm" in src(CR_TC):
    problems.append("Cam Ranh's tiêm chủng report: unrelated")
import pdfplumber  # noqa: E402
with open(os.path.join(HERE, "inbox", CA_TET), "rb") as fh, pdfplumber.open(io.BytesIO(fh.read())) as pdf:
    if any((p.extract_text() or "").strip() for p in pdf.pages):
        problems.append("the Công an Tết plan should be a scan (no text layer)")
for f in gold["files"]:
    if f not in sibling and f != CR_TC and f != CR_KH and PLAN_NO not in src(f):
        problems.append("master reply without the plan number: " + f)
statuses = [c["status"] for c in gold["coverage"]]
if not all(s in statuses for s in ("covered", "partial", "missing", "not_submitted")):
    problems.append("every status expected")
for k in gold["notes"]:
    if k.startswith("file ") and k[5:] not in gold["files"]:
        problems.append("note of an unknown file: " + k)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
