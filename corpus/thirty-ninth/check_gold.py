"""Consistency check of corpus/thirty-ninth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/thirty-ninth/check_gold.py   (prints OK or the problems)
Set-specific: no roster, so the collective "UBND các xã, thị trấn" has rows for the communes that
sent something; every duty is an amended or added item of mục II of the amending plan, in plan order,
and none is the repealed item (14); the citations: which replies cite KH 196 and which only KH 58.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
problems = goldcheck.not_nfc(HERE)
src_of = {row["output"]: row["source"] for row in table["files"]}
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))

# duties in plan order, each inside its own mục II item ("N. Sửa đổi/Bổ sung …"), none in item 14
items = {m.group(1): m.start() for m in re.finditer(r"^(\d+)\. (?:Sửa đổi|Bổ sung|Bãi bỏ)", plan_src, re.M)}
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    n = d["id"].split(".")[1]
    nxt = min([v for v in items.values() if v > items[n]] + [plan_src.find("III. TỔ CHỨC")])
    if not items[n] < at < nxt:
        problems.append("duty not inside its item: " + d["id"])
    if "Bãi bỏ" in plan_src[items[n]:items[n] + 20]:
        problems.append("a repealed item as a duty: " + d["id"])
if "Bãi bỏ" not in plan_src[items["14"]:items["14"] + 10]:
    problems.append("item 14 is not the repeal")
if gold["plan_due"] != "2024-09-10" or gold["report_due"] != "2024-12-20":
    problems.append("due dates")

# holders: the collective's members are the communes that sent something (no roster)
senders = {}
for f, e in gold["files"].items():
    if e["status"] == "ok" and e["role"] in ("unit_plan", "report"):
        senders[(e["body_id"], "plan" if e["role"] == "unit_plan" else "report")] = f
communes = sorted({b for (b, _k) in senders if b.startswith("uy-ban-nhan-dan-xa-")})
if communes != ["uy-ban-nhan-dan-xa-huong-phung", "uy-ban-nhan-dan-xa-tan-hop"]:
    problems.append("communes: %s" % communes)
holders = {d["body_id"] for d in gold["duties"]}
for (b, _k) in senders:
    if b not in holders and b not in communes:
        problems.append("sender holds no duty: " + b)
members = {"uy-ban-nhan-dan-cac-xa-thi-tran": communes}
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)

# citations: KH 196 cited by these; the others cite only KH 58
CITE_196 = {"LDTBXH_BC 312 ket qua xoa nha tam 2024.docx", "TCKH - BC 418 kinh phi xoa nha tam.docx",
            "Xa Huong Phung/BC 96 xoa nha tam 2024.docx"}
for f in gold["files"]:
    t = source_text(src_of["inbox/" + f])
    if ("196/KH-UBND" in t) != (f in CITE_196):
        problems.append("citation of KH 196: " + f)
    if f not in CITE_196 and f != "58-KH-UBND_15032024.pdf" and "58/KH-UBND ngày 15/3/2024" not in t:
        problems.append("citation of KH 58: " + f)
# the pre-amendment plan is dated before the amending plan; the repealed item lives on in Hướng Phùng
th = [f for f, e in gold["files"].items() if e["role"] == "unit_plan"]
if len(th) != 1 or gold["files"][th[0]]["date"] >= "2024-08-28":
    problems.append("the pre-amendment unit plan")
if "đối ứng tối thiểu 30%" not in source_text(src_of["inbox/Xa Huong Phung/BC 96 xoa nha tam 2024.docx"]):
    problems.append("the repealed item in Hướng Phùng's report")
for f, e in gold["files"].items():
    if f not in gold["notes"]:
        problems.append("no note for " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
