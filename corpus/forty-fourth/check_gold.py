"""Consistency check of corpus/forty-fourth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/forty-fourth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all inside section III, 16 to 22 of them; the
three support duties and the one requested; the roster's one collective ("Các khoa đào tạo", 5
members, as the plan lists them); the one memo without a number (Trung tâm Thông tin - Thư
viện); the non-holder's file (Ban Quản lý Ký túc xá) ok with no body; one faculty with a plan
and a report; the xlsx with a status column; every reply but the xlsx cites 486/KH-ĐHHT.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
src_of = {row["output"]: row["source"] for row in table["files"]}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2025-10-24", "2026-01-16"):
    problems.append("due dates")

# duties: in plan order, all in III
section_iii = plan_src.split("\nIII. TỔ CHỨC THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] not in section_iii:
        problems.append("duty outside section III: " + d["id"])
if not 16 <= len(gold["duties"]) <= 22:
    problems.append("duty count %d" % len(gold["duties"]))
if [d["id"] for d in gold["duties"] if d["role"] == "support"] != ["III.2-b", "III.8", "III.10-b"]:
    problems.append("the support duties")
if [d["id"] for d in gold["duties"] if d["role"] == "requested"] != ["III.11"]:
    problems.append("the requested duty")
for d in gold["duties"]:
    if d["role"] == "support" and not plan_src.split(d["text_start"])[0].endswith(("b) ", "\n")):
        problems.append("support duty not its own paragraph: " + d["id"])

# holders
names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"cac-khoa-dao-tao": 5}:
    problems.append("roster: one collective of 5 faculties expected")
listed = next(l for l in section_iii.split("\n") if l.startswith("Nhà trường có 05 khoa đào tạo: "))
if sorted(members.get("cac-khoa-dao-tao", [])) != sorted(
        goldcheck.slug(x) for x in listed.split(": ", 1)[1].rstrip(".").split(", ")):
    problems.append("roster members differ from the plan's list of faculties")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
senders = {}
for f, e in gold["files"].items():
    if e["status"] == "ok" and e["body_id"]:
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
        if e["body_id"] not in names:
            problems.append("sender not in roster: " + f)
    if e["status"] == "ok" and not e["body_id"] and "BAN QUẢN LÝ KÝ TÚC XÁ" not in source_text(src_of["inbox/" + f]):
        problems.append("a file without a holder other than the Ban KTX's: " + f)
if "ban-quan-ly-ky-tuc-xa" in names:
    problems.append("Ban Quản lý Ký túc xá must hold no duty")
if {("khoa-cong-nghe-thong-tin", "plan"), ("khoa-cong-nghe-thong-tin", "report")} - set(senders):
    problems.append("Khoa CNTT sends plan and report")
expected = goldcheck.expected_rows(gold, members)
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

# numbers, citations, formats
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    if ("Số:" in src) == (e["body_id"] in ("trung-tam-thong-tin-thu-vien", "khoa-kinh-te-va-quan-tri-kinh-doanh")):
        problems.append("number line of " + f)
    if ("486/KH-ĐHHT" in src) == f.endswith(".xlsx"):
        problems.append("plan citation of " + f)
xlsx = [f for f in gold["files"] if f.endswith(".xlsx")]
if len(xlsx) != 1 or "Tình trạng" not in built_text("inbox/" + xlsx[0]):
    problems.append("one xlsx with a Tình trạng column expected")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
