"""Consistency check of corpus/twenty-sixth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/twenty-sixth/check_gold.py   (prints OK or the problems)
The .doc and .odt are read through LibreOffice (text export, private profile).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
_built_text = built_text


problems = goldcheck.not_nfc(HERE)
src_of = {row["output"]: row["source"] for row in table["files"]}
src_of["inbox/xa Binh Long/BC 52-BC-UBND (gui lai).docx"] = src_of["inbox/xa Binh Long/BC 52 so ket 6 thang 2023.docx"]
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(_built_text(gold["plan"])))

# roster: the members of both collective holders, each a body of the roster
import yaml  # noqa: E402
roster = yaml.safe_load(open(os.path.join(HERE, "roster.yaml"), encoding="utf-8"))["bodies"]
members = {}
for b in roster:
    if b.get("member_of"):
        members.setdefault(goldcheck.slug(b["member_of"]), []).append(goldcheck.slug(b["name"]))
for d in gold["duties"]:
    if d["collective"] and d["body_id"] not in members:
        problems.append("collective without roster members: " + d["id"])
    if not d["collective"] and d["body_id"] not in {goldcheck.slug(b["name"]) for b in roster}:
        problems.append("holder not in roster: " + d["id"])
senders = {(e["body_id"], "plan" if e["role"] == "unit_plan" else "report"): f
           for f, e in gold["files"].items() if e["status"] == "ok"}
for (b, _k) in senders:
    if b not in {goldcheck.slug(r["name"]) for r in roster}:
        problems.append("sender not in roster: " + b)
expected = {(d["id"], h, k) for d in gold["duties"] for h in (members[d["body_id"]] if d["collective"] else [d["body_id"]])
            for k in ("plan", "report")}
seen = [(c["duty_id"], c["body_id"], c["kind"]) for c in gold["coverage"]]
if len(seen) != len(set(seen)) or set(seen) != expected:
    problems.append("coverage rows: %d, expected %d" % (len(seen), len(expected)))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f.startswith("xa Khanh Hoa/"))
for c in gold["coverage"]:
    if "trap" in c and c["status"] != "covered" and "%s / %s / %s" % (c["duty_id"], c["body_id"], c["kind"]) not in gold["notes"]:
        problems.append("trap row without a note: %s" % c["duty_id"])
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(seen), len(gold["files"])))
