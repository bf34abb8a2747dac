"""Consistency check of corpus/fifty-ninth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/fifty-ninth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III, most of them bundling
several parts (";" inside the item); one support (III.6) and one requested (III.7) duty; eight
holders; the roster's one collective (4 Phòng Văn hóa và Thông tin); one file per holder and kind;
one late file (Hoằng Hóa's plan); the Quảng Xương report on công tác gia đình is unrecognized and
cites another plan, every other reply cites 1186/KH-SVHTTDL; the one deferral (Trung tâm's
famtrip, presstrip) makes a partial row; the closing "báo cáo kết quả … về Sở" clauses (III.2-b,
III.5-b, III.8-a) are not parts (README): a reply without it can still cover; every partial or
missing note says so.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2024-04-18", "2024-09-15"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN\n")[0]
items = {}
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] not in section_iii:
        problems.append("duty outside section III: " + d["id"])
    items[d["id"]] = next(l for l in section_iii.split("\n") if d["text_start"] in l)
if not 14 <= len(gold["duties"]) <= 20:
    problems.append("duty count %d" % len(gold["duties"]))
bundled = [k for k, line in items.items() if ";" in line]
if len(bundled) < len(items) * 2 / 3:
    problems.append("most duties should bundle parts: %d of %d" % (len(bundled), len(items)))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"III.6": "support", "III.7": "requested"}:
    problems.append("one support (III.6) and one requested (III.7) duty expected")
if len({d["body_id"] for d in gold["duties"]}) != 8:
    problems.append("eight holders expected")
TAIL = "báo cáo kết quả"
tails = sorted(k for k, line in items.items() if line.rstrip(".").split("; ")[-1].startswith(TAIL))
if tails != ["III.2-b", "III.5-b", "III.8-a"]:
    problems.append("closing report clauses: %s" % tails)

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"phong-van-hoa-va-thong-tin-cac-huyen-thi-xa-thanh-pho-ven-bien": 4}:
    problems.append("roster: one collective of 4 members expected")
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
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
if not 9 <= len(gold["files"]) <= 12:
    problems.append("file count")
for key, note in gold["notes"].items():
    status = next((c["status"] for c in gold["coverage"]
                   if "%s / %s / %s" % (c["duty_id"], c["body_id"], c["kind"]) == key), None)
    if status not in ("partial", "missing") or (status == "missing") != note.endswith("Missing.") \
            or (status == "partial") != ("Partial" in note):
        problems.append("note of " + key)

# the closing report clause is no part: a reply that never says it will report can cover the duty
for c in gold["coverage"]:
    if c["duty_id"] in tails and c["status"] == "covered":
        break
else:
    problems.append("no covered row on a duty with a closing report clause")
tt_plan = source_text(src_of["inbox/" + senders[("thanh-tra-so", "plan")]])
if "về Sở" in tt_plan.split("\n2. Đối với hoạt động văn hóa\n")[1].split("\nNơi nhận:")[0]:
    problems.append("Thanh tra's plan should not plan a report to the Sở for III.2-b")

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["KH 31 VHTT Hoang Hoa - Hai Tien 2024.docx"]:
    problems.append("one late plan (Hoằng Hóa) expected: %s" % late)
THIS = "1186/KH-SVHTTDL"
for f, e in gold["files"].items():
    if (THIS in source_text(src_of["inbox/" + f])) == (e["status"] == "unrecognized"):
        problems.append("plan citation of " + f)
if [f for f, e in gold["files"].items() if e["status"] != "ok"] != ["VHTT Quang Xuong - BC cong tac gia dinh 6T 2024.pdf"]:
    problems.append("one unrecognized file (Quảng Xương) expected")
deferred = [f for f in gold["files"] if "lùi" in source_text(src_of["inbox/" + f])]
if deferred != ["BC 62 TTXTDL ket qua mua du lich bien.pdf"]:
    problems.append("one deferral expected: %s" % deferred)
row = next(c for c in gold["coverage"] if (c["duty_id"], c["evidence_file"]) == ("III.5-a", deferred[0]))
if row["status"] != "partial":
    problems.append("the deferral row should be partial")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
