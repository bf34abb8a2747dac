"""Consistency check of corpus/fifty-eighth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/fifty-eighth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; one support (III.3) and two
requested (III.6, III.7) duties; eight holders; the roster's one collective ("Các doanh nghiệp
trong các khu công nghiệp", 6 members); one file per holder and kind; the scan is image-only (its
evidence checked in the source only); one late file (Phú Hưng's report); every ok file cites
118/KH-BQLKCN, the work-permit request does not and is unrecognized; the companies' letters have
a letterhead, no Quốc hiệu; the two-factory report speaks of both factories; every status used.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
SCANS = {row["output"] for row in table["files"] if row["renderer"] == "scan"}
src_of = {row["output"]: row["source"] for row in table["files"]}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-06", "2026-06-15"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] not in section_iii:
        problems.append("duty outside section III: " + d["id"])
if not 12 <= len(gold["duties"]) <= 18:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"III.3": "support", "III.6": "requested", "III.7": "requested"}:
    problems.append("one support (III.3) and two requested (III.6, III.7) duties expected")
if len({d["body_id"] for d in gold["duties"]}) != 8:
    problems.append("eight holders expected")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"cac-doanh-nghiep-trong-cac-khu-cong-nghiep": 6}:
    problems.append("roster: one collective of 6 companies expected")
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
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: "inbox/" + f in SCANS)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
if not 9 <= len(gold["files"]) <= 12:
    problems.append("file count")

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["Doanh nghiep/PhuHung_BC ATVSLD-PCCC 6T 2026 NM1+NM2.docx"]:
    problems.append("one late report (Phú Hưng) expected: %s" % late)
company = set(members["cac-doanh-nghiep-trong-cac-khu-cong-nghiep"])
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    cites = "118/KH-BQLKCN" in src
    if cites != (e["status"] == "ok"):
        problems.append("plan citation vs status of " + f)
    if e["body_id"] in company and ("CỘNG HÒA XÃ HỘI" in src or "Kính gửi: Ban Quản lý các khu công nghiệp tỉnh Hưng Yên" not in src):
        problems.append("company letter layout of " + f)
    if e["body_id"] not in company and "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" not in src:
        problems.append("NĐ 30 layout of " + f)
two = source_text(src_of["inbox/Doanh nghiep/PhuHung_BC ATVSLD-PCCC 6T 2026 NM1+NM2.docx"])
if "NHÀ MÁY 1 - KHU CÔNG NGHIỆP MINH QUANG" not in two or "NHÀ MÁY 2 - KHU CÔNG NGHIỆP SÔNG TRÀ" not in two:
    problems.append("two-factory report")
if "quý II/2026 khi hoàn thành nhà xưởng mới" not in source_text(src_of["inbox/Sakuragi SCV - KH an toan PCCC FY2026.pdf"]):
    problems.append("deferral sentence")

# the scan: image only
import pdfplumber  # noqa: E402
if len(SCANS) != 1:
    problems.append("one scan expected")
for rel in SCANS:
    with pdfplumber.open(os.path.join(HERE, rel)) as pdf:
        if any((p.extract_text() or "").strip() for p in pdf.pages):
            problems.append("scan has a text layer: " + rel)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
