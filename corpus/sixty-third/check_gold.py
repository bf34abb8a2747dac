"""Consistency check of corpus/sixty-third/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/sixty-third/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section IV; IV.4-b and IV.5 support, IV.7
requested; the roster's one collective (6 PTDTBT THCS schools); and the shape of this set, one
file for several units and units answering through others:
- the báo cáo liên tịch: one document, two signature blocks, body_ids the Trung tâm and the Hội;
- the Phòng GD&ĐT's cover công văn + Tả Phìn's report in one PDF: sender the school only
  (documents 2, no body_ids), date the report's own, the cover dated after report_due;
- the Phòng GD&ĐT's summary of 05 schools: the Phòng's own report; the five schools it sums up
  sent no report of their own and all their report rows are not_submitted;
- two schools' plans in one scan: body_ids in page order, documents 2, date of the first;
- one late plan, one unrelated file; else one file per holder and kind.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
JOINT = "BCLT 07 TTGDNN-HKH ket qua lop XMC 2024.pdf"
FWD = "PGDDT gui BC THCS Ta Phin (CV 335).pdf"
SUMMARY = "PGD_BC 318 tong hop PCGD-XMC 05 truong PTDTBT.docx"
SCAN = "Scan KH PCGD 2 truong Sinh Phinh, Trung Thu.pdf"
LATE = "VHTT_KH 17 tuyen truyen PCGD XMC.docx"
OTHER = "146_TCKH_NS quyet toan 2023 (1).docx"
PGD, TT, HKH = ("phong-giao-duc-va-dao-tao",
                "trung-tam-giao-duc-nghe-nghiep-giao-duc-thuong-xuyen-huyen-tua-chua", "hoi-khuyen-hoc-huyen-tua-chua")
SCHOOL = "truong-pho-thong-dan-toc-ban-tru-trung-hoc-co-so-"
SUMMED = [SCHOOL + s for s in ("muong-bang", "sinh-phinh", "trung-thu", "xa-nhe", "lao-xa-phinh")]

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2024-03-20", "2024-11-25"):
    problems.append("due dates")

section_iv = plan_src.split("\nIV. TỔ CHỨC THỰC HIỆN\n")[1].split("\nV. CHẾ ĐỘ BÁO CÁO\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] not in section_iv:
        problems.append("duty outside section IV: " + d["id"])
if not 12 <= len(gold["duties"]) <= 18:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"IV.4-b": "support", "IV.5": "support", "IV.7": "requested"}:
    problems.append("IV.4-b, IV.5 support and IV.7 requested, the rest lead")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"cac-truong-pho-thong-dan-toc-ban-tru-trung-hoc-co-so": 6}:
    problems.append("roster: one collective of 6 schools expected")
if len({d["body_id"] for d in gold["duties"]}) != 7:
    problems.append("7 holders expected")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])

# who sent what: a file answers for each unit of its body_ids (else its body_id)
senders = {}
for f, e in gold["files"].items():
    units = e.get("body_ids", [e["body_id"]] if e["body_id"] else [])
    if e.get("body_ids") and (e["body_id"] != e["body_ids"][0] or len(set(e["body_ids"])) < 2):
        problems.append("body_ids of " + f)
    for b in units:
        if b not in names:
            problems.append("sender not in roster: %s %s" % (f, b))
    if e["status"] == "ok" and e["role"] in ("unit_plan", "report"):
        for b in units:
            key = (b, "plan" if e["role"] == "unit_plan" else "report")
            if key in senders:
                problems.append("two files of one holder and kind: " + f)
            senders[key] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

# 1. the joint report: one document, two bodies, two signature blocks
e, src = gold["files"][JOINT], source_text(src_of["inbox/" + JOINT])
if (e["body_ids"], e["documents"], e["role"]) != ([TT, HKH], 1, "report"):
    problems.append("joint report: body_ids [Trung tâm, Hội], one document")
if not src.startswith("TRUNG TÂM GDNN-GDTX HUYỆN TỦA CHÙA\nHỘI KHUYẾN HỌC HUYỆN TỦA CHÙA\n") or \
        "BÁO CÁO LIÊN TỊCH" not in src or "\f" in src or \
        "Lò Văn Pâng || Vừ Thị Dợ" not in src:
    problems.append("joint report source: two issuers, one document, two signers")
built = built_text("inbox/" + JOINT)
if "Lò Văn Pâng" not in built or "Vừ Thị Dợ" not in built or "TM. BAN THƯỜNG VỤ" not in built:
    problems.append("joint report: both signature blocks in the built PDF")
for body in (TT, HKH):
    if not any(c["body_id"] == body and c["evidence_file"] == JOINT and c["status"] in ("covered", "partial")
               for c in gold["coverage"]):
        problems.append("joint report gives no row to " + body)

# 2. a member's report forwarded by its parent with a cover công văn
e, src = gold["files"][FWD], source_text(src_of["inbox/" + FWD])
cover, report = src.split("\n\f\n")
if (e["body_id"], e["documents"], e["role"], e["date"], e["on_time"]) != \
        (SCHOOL + "ta-phin", 2, "report", "2024-11-21", "yes") or "body_ids" in e:
    problems.append("forwarded report: sender the school, 2 documents, its own date")
if not cover.startswith("UBND HUYỆN TỦA CHÙA\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 335/PGDĐT-PC\n") or \
        "\nKính gửi:" not in cover or "ngày 27 tháng 11 năm 2024" not in cover or \
        not report.startswith("PHÒNG GD&ĐT TỦA CHÙA\nTRƯỜNG PTDTBT THCS TẢ PHÌN\n") or \
        "ngày 21 tháng 11 năm 2024" not in report:
    problems.append("forwarded report source: cover of the Phòng, then the school's report")
if not gold["report_due"] < "2024-11-27":
    problems.append("the cover should be dated after report_due")
if any(c["evidence"] and c["evidence"] in cover for c in gold["coverage"] if c["evidence_file"] == FWD):
    problems.append("evidence from the cover letter")

# 3. the parent's summary answers for the parent only
e, src = gold["files"][SUMMARY], source_text(src_of["inbox/" + SUMMARY])
if (e["body_id"], e["role"], e["documents"]) != (PGD, "report", 1) or "body_ids" in e:
    problems.append("summary: the Phòng's own report")
if "(tổng hợp kết quả của 05 trường PTDTBT THCS)" not in src or \
        "Trường PTDTBT THCS Tả Phìn chưa gửi báo cáo" not in src:
    problems.append("summary source")
for s in SUMMED:
    if (s, "report") in senders:
        problems.append("a summed-up school sent a report of its own: " + s)
    if any(c["status"] != "not_submitted" for c in gold["coverage"] if c["body_id"] == s and c["kind"] == "report"):
        problems.append("summed-up school with a report row: " + s)
    nm = [b for b in (s,)]
if any(c["evidence_file"] == SUMMARY and c["body_id"] != PGD for c in gold["coverage"]):
    problems.append("summary evidence for another body")

# 4. two schools' plans in one scan
e, src = gold["files"][SCAN], source_text(src_of["inbox/" + SCAN])
parts = src.split("\n\f\n")
if (e["body_ids"], e["documents"], e["date"]) != ([SCHOOL + "sinh-phinh", SCHOOL + "trung-thu"], 2, "2024-03-15") or \
        len(parts) != 2 or "SÍNH PHÌNH" not in parts[0] or "TRUNG THU" not in parts[1] or \
        "ngày 19 tháng 3 năm 2024" not in parts[1]:
    problems.append("scan: two plans, body_ids in page order, date of the first")
for n, s in enumerate(e["body_ids"]):
    for c in gold["coverage"]:
        if c["body_id"] == s and c["evidence_file"] == SCAN and c["evidence"] and c["evidence"] not in parts[n]:
            problems.append("scan evidence from the other school's page: %s %s" % (c["duty_id"], s))

# 5. the rest
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late plan expected: %s" % late)
if [f for f, e in gold["files"].items() if e["status"] != "ok"] != [OTHER]:
    problems.append("one unrelated file expected")
for f, e in gold["files"].items():
    cites = "58/KH-UBND ngày 05/3/2024" in source_text(src_of["inbox/" + f])
    if cites != (e["status"] == "ok"):
        problems.append("plan citation of " + f)
statuses = [c["status"] for c in gold["coverage"]]
if not all(s in statuses for s in ("covered", "partial", "missing", "not_submitted")):
    problems.append("every status expected")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
