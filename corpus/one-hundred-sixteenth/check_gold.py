"""Consistency check of corpus/one-hundred-sixteenth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-sixteenth/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks, the set's shape: Mục III of the plan is one table
"TT | Cơ quan, đơn vị | Nhiệm vụ | Thời hạn hoàn thành", one row per holder; its Nhiệm vụ cell holds
2-5 dash lines (" ¶ " a new line inside the cell) and its Thời hạn cell as many lines, one deadline
per task. Each task line is one duty, id "<row>.<place in the cell>"; row 4 names two bodies, so
each of its tasks is two duties ("4.1-sct", "4.1-skhcn"); row 6 is the collective of the four xã,
phường the cell names. Every duty's deadline is read back from its Thời hạn line. Every ok reply
cites the plan, the unrelated letter does not; the scan has no text layer (its evidence is checked
in the source only); one late report; the silent holders.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
SCAN = "Scan CAT KH 58-PC06 luu tru homestay 2026.pdf"
UNRELATED = "SCT - CV 1871 bao cao cung ung xang dau.pdf"
LATE = "SKHCN_BC 1107 KQ thuc hien KH36.pdf"
JOINT = {"sct": "so-cong-thuong", "skhcn": "so-khoa-hoc-va-cong-nghe"}
COLLECTIVE = "uy-ban-nhan-dan-cac-xa-phuong"

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-sixteenth":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
plan_built = built_text(gold["plan"])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(plan_built))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-13", "2026-11-20"):
    problems.append("due dates")

# the assignment table: one row per holder, tasks and deadlines one a line in their cells
section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. KINH PHÍ\n")[0]
rows = [[c.strip() for c in l.split(" | ")] for l in section_iii.split("\n") if " | " in l]
if rows[0] != ["TT", "Cơ quan, đơn vị", "Nhiệm vụ", "Thời hạn hoàn thành"]:
    problems.append("table header")
rows = rows[1:]
if [r[0] for r in rows] != [str(n) for n in range(1, len(rows) + 1)] or len(rows) != 7:
    problems.append("seven numbered rows expected")


def deadline(text):
    text = text.strip()
    m = re.fullmatch(r"Quý (I|II|III|IV)/(\d{4})", text)
    if m:
        return "%s-%02d" % (m.group(2), 3 * ["I", "II", "III", "IV"].index(m.group(1)) + 3)
    m = re.fullmatch(r"Trước (\d{1,2})/(\d{1,2})/(\d{4})", text)
    if m:
        return "%s-%02d-%02d" % (m.group(3), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"Năm (\d{4})", text)
    if m:
        return m.group(1)
    if text in ("Thường xuyên", "Hằng quý", "Trước ngày 25 hằng tháng"):
        return None
    raise ValueError(text)


expected = []   # (id, body_id or None for the row's single holder, text line, deadline)
for r in rows:
    tasks = [t.strip() for t in r[2].split("¶")]
    dates = [t.strip() for t in r[3].split("¶")]
    if not 2 <= len(tasks) <= 5 or len(tasks) != len(dates):
        problems.append("row %s: %d tasks, %d deadlines" % (r[0], len(tasks), len(dates)))
    for n, (t, dl) in enumerate(zip(tasks, dates), 1):
        if not (t.startswith("- ") and dl.startswith("- ")):
            problems.append("row %s: a task or deadline line without its dash" % r[0])
        ids = ["%s.%d-%s" % (r[0], n, k) for k in JOINT] if r[0] == "4" else ["%s.%d" % (r[0], n)]
        for i in ids:
            expected.append((i, t[2:], deadline(dl[2:])))
if [e[0] for e in expected] != [d["id"] for d in gold["duties"]]:
    problems.append("duty ids vs the table's task lines: %s" % [e[0] for e in expected])
for (i, line, dl), d in zip(expected, gold["duties"]):
    if not line.startswith(d["text_start"]):
        problems.append("text_start does not open its task line: " + d["id"])
    if d["deadline"] != dl:
        problems.append("deadline of %s: %s, the cell says %s" % (d["id"], d["deadline"], dl))
    if d["role"] != "lead":
        problems.append("every duty is the row holder's own (lead): " + d["id"])
    if "-" in d["id"] and d["body_id"] != JOINT[d["id"].split("-")[1]]:
        problems.append("joint row duty holder: " + d["id"])
    if "¶" in d["text_start"]:
        problems.append("text_start across two task lines: " + d["id"])
if "Sở Công Thương; Sở Khoa học và Công nghệ" not in rows[3][1]:
    problems.append("row 4 names two bodies")
if "Ủy ban nhân dân các xã, phường: Sa Pa, Tả Van, Bắc Hà, Mù Cang Chải" != rows[5][1]:
    problems.append("row 6: the collective and its four members")
for r in rows:   # the built plan: each task line a paragraph of its own in the cell
    for t in r[2].split("¶"):
        if goldcheck.flat(t) not in goldcheck.flat(plan_built):
            problems.append("task line not in the built plan: " + t[:40])

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {COLLECTIVE: 4}:
    problems.append("roster: one collective of 4 xã, phường expected")
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 8:
    problems.append("8 holders expected (7 rows, row 4 two bodies): %d" % len(holders))
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] == COLLECTIVE):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])

senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    src = source_text(src_of["inbox/" + f])
    if e["status"] == "ok":
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
        if "36/KH-UBND ngày 23/01/2026" not in src:
            problems.append("plan citation of " + f)
        if e["role"] == "report" and not src.split("\n")[2].startswith("Số: ") or \
                e["role"] == "report" and "/BC-" not in src.split("\n")[2]:
            problems.append("a report's number: " + f)
    elif "36/KH-UBND" in src:
        problems.append("the unrelated file cites the plan: " + f)
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
# evidence of a table reply must sit inside one cell line (not across " | " or " ¶ ")
for c in gold["coverage"]:
    if c["evidence"] and ("|" in c["evidence"] or "¶" in c["evidence"]):
        problems.append("evidence across cells: %s %s" % (c["duty_id"], c["body_id"]))

# silent holders: Báo và PT-TH Lào Cai, xã Mù Cang Chải
for body in ("bao-va-phat-thanh-truyen-hinh-lao-cai", "uy-ban-nhan-dan-xa-mu-cang-chai"):
    if any(c["status"] != "not_submitted" for c in gold["coverage"] if c["body_id"] == body):
        problems.append("silent holder with a row: " + body)
    if any(e["body_id"] == body for e in gold["files"].values()):
        problems.append("silent holder with a file: " + body)

# the scan: an image-only PDF (no text layer)
if built_text("inbox/" + SCAN).strip():
    problems.append("the scan has a text layer")
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late report (Sở KHCN) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["role"] != "other":
    problems.append("one unrelated file expected: %s" % other)
statuses = {c["status"] for c in gold["coverage"]}
if statuses != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("statuses: %s" % statuses)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
