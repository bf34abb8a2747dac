"""Consistency check of corpus/forty-sixth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/forty-sixth/check_gold.py   (prints OK or the problems)
The Công an photo (.jpg) is checked against its source only. Chi bộ thôn An Lạc sent two reports;
the later one (08-BC/CB, "thay thế" 07-BC/CB) is the one its coverage rows must cite.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=False)
FIRST = "An Lac/BC 07-BC-CB An Lac.docx"
CORRECTION = "An Lac/BC 08-BC-CB An Lac (thay the BC 07).pdf"

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "forty-sixth":
    problems.append("set name")
src_of = {row["output"]: row["source"] for row in table["files"]}
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))

# every duty under its holder's heading in III: "n. <holder>" then "- …" items or "n.k. …" items
part = plan_src.split("\nIII. TỔ CHỨC THỰC HIỆN\n")[1].split("\nIV. ")[0]
for d in gold["duties"]:
    sec = d["id"][len("III."):]
    num = sec.split("-")[0].split(".")[0]
    block = part.split("\n%s. " % num, 1)[1] if not part.startswith(num + ". ") else part[len(num) + 2:]
    block = block.split("\n%d. " % (int(num) + 1))[0]
    heading = block.split("\n")[0].replace("Đề nghị ", "")
    if goldcheck.slug(heading) != d["body_id"] and d["body"] != "Ủy ban Mặt trận Tổ quốc Việt Nam xã":
        problems.append("holder vs heading: %s %s" % (d["id"], heading))
    prefix = "- " if "-" in sec else sec + ". "
    if "\n" + prefix + d["text_start"] not in "\n" + block:
        problems.append("duty not at its place: " + d["id"])

names, members = goldcheck.roster(HERE)
for d in gold["duties"]:
    if d["collective"] and d["body_id"] not in members:
        problems.append("collective without roster members: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
senders = {}
for f, e in gold["files"].items():
    if e["status"] == "ok" and f != FIRST:
        senders[(e["body_id"], "plan" if e["role"] == "unit_plan" else "report")] = f
    if e["body_id"] not in names:
        problems.append("sender not in roster: " + e["body_id"])
if senders.get(("chi-bo-thon-an-lac", "report")) != CORRECTION or "Thay thế Báo cáo số 07-BC/CB" not in \
        source_text(src_of["inbox/" + CORRECTION]):
    problems.append("An Lạc's correction")
if any(c["evidence_file"] == FIRST for c in gold["coverage"]):
    problems.append("a coverage row cites the superseded report")
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f.endswith(".jpg"))
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
