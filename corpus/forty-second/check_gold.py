"""Consistency check of corpus/forty-second/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/forty-second/check_gold.py   (prints OK or the problems)
No roster: the collective "UBND các xã, thị trấn" has one row per member that sent something
(UBND xã Quỳnh Hoa, UBND thị trấn An Bài). The Phòng VH&TT report is a scan (no text layer):
its evidence is checked in the source only. Also checks each table duty's deadline against the
last "x" of its row in the plan's timeline table.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
SCAN = "Phong VHTT scan BC 86.pdf"
COLLECTIVE = "uy-ban-nhan-dan-cac-xa-thi-tran"

problems = goldcheck.not_nfc(HERE)
src_of = {row["output"]: row["source"] for row in table["files"]}
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))

# the timeline table: row n of Mục IV is duty IV.n, its deadline the end of its last marked month
for d in gold["duties"]:
    if d["id"].startswith("IV."):
        cells = [c.strip() for c in [l for l in plan_src.split("\n") if " | " in l][1 + int(d["id"][3:])].split("|")]
        marked = [m + 1 for m, c in enumerate(cells[3:]) if c == "x"]
        if cells[0] != d["id"][3:] or d["deadline"] != "2024-%02d" % max(marked):
            problems.append("timeline deadline of %s" % d["id"])
        if d["text_start"] not in cells[1]:
            problems.append("timeline row text of %s" % d["id"])

holders = {d["body_id"] for d in gold["duties"]}
senders = {(e["body_id"], "plan" if e["role"] == "unit_plan" else "report"): f
           for f, e in gold["files"].items() if e["status"] == "ok"}
members = sorted({b for (b, _k) in senders if b not in holders})
if members != ["uy-ban-nhan-dan-thi-tran-an-bai", "uy-ban-nhan-dan-xa-quynh-hoa"]:
    problems.append("senders outside the holders: %s" % members)
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, {COLLECTIVE: members}))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f == SCAN)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
