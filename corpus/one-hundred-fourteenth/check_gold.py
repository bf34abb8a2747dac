"""Consistency check of corpus/one-hundred-fourteenth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-fourteenth/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks: the duties in plan order, all in Mục IV, each
opening an item (or the paragraph under a holder's heading); one support role (IV.7-a); and the
shape of this set, duties that fall to communes by what they are, in overlapping groups:
- four collective holders, named as the Mục IV headings write them ("Ủy ban nhân dân các xã,
  phường", "… các xã có rừng", "… các xã biên giới", "… các xã ven biển");
- the roster lists each commune once; member_of is a list for a commune in several groups, a
  string for one in one group; each group's members are exactly the Phụ lục's list of that group
  (and the all-communes group the 08 xã, phường of Mục II);
- the groups overlap: a commune in two or more sub-groups, a xã in none, a phường only in the
  all-communes group; the coverage holds rows only for the members of each duty's group
  (goldcheck's collective expansion done here, since member_of may be a list);
- one commune answering two groups' duties (rows of both with evidence), one answering only the
  common duties, one outside the forest group and one inside it both writing "xã không có rừng
  nên không triển khai" (no rows for the first, missing rows for the second), one member that
  sent nothing, one late report, one scan, one unrelated letter of a holder.
"""
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
S = goldcheck.slug
ALL, RUNG, BG, VB = ("Ủy ban nhân dân các xã, phường", "Ủy ban nhân dân các xã có rừng",
                     "Ủy ban nhân dân các xã biên giới", "Ủy ban nhân dân các xã ven biển")
SCAN = "Xa phuong/scan BC Ba Long 27.11.pdf"
UNRELATED = "CV 1893-SCT an toan dap thuy dien mua mua lu 2026.pdf"
NO_FOREST = "xã không có rừng nên không triển khai"

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-fourteenth":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
body_src, appendix = plan_src.split("\n\f\n")
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, body_src)
problems += goldcheck.duty_problems(gold, body_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-10", "2026-11-20"):
    problems.append("due dates")

# duties: plan order, Mục IV, each opening an item
section_iv = body_src.split("\nIV. TỔ CHỨC THỰC HIỆN\n")[1].split("\n9. Chế độ báo cáo\n")[0]
lines = section_iv.split("\n")
pos = -1
for d in gold["duties"]:
    at = body_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if section_iv.count(d["text_start"]) != 1:
        problems.append("duty outside Mục IV or not unique there: " + d["id"])
    opens = [k for k, l in enumerate(lines) if re.sub(r"^[a-d]\) ", "", l).startswith(d["text_start"])]
    if len(opens) != 1 or not (lines[opens[0]].startswith(d["id"][-1] + ") ")
                               or re.match(r"^\d\. ", lines[opens[0] - 1])):
        problems.append("text_start does not open an item: " + d["id"])
items = [l for l in lines if re.match(r"^[a-d]\) ", l)] + \
        [lines[k] for k in range(1, len(lines)) if re.match(r"^\d\. ", lines[k - 1]) and not lines[k].startswith("a) ")]
if len(items) != len(gold["duties"]) or not 12 <= len(gold["duties"]) <= 25:
    problems.append("duty count %d vs %d items" % (len(gold["duties"]), len(items)))
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"IV.7-a": "support"}:
    problems.append("roles: IV.7-a support, the rest lead")

# the four groups: names as the Mục IV headings write them; members from the roster
headings = re.findall(r"^\d\. (.+)$", section_iv, re.M)
for g in (ALL, RUNG, BG, VB):
    if g not in headings:
        problems.append("group not a Mục IV heading: " + g)
collective_names = {d["body"] for d in gold["duties"] if d["collective"]}
if collective_names != {ALL, RUNG, BG, VB}:
    problems.append("collective holders: %s" % collective_names)
bodies = yaml.safe_load(open(os.path.join(HERE, "roster.yaml"), encoding="utf-8"))["bodies"]
names = [S(b["name"]) for b in bodies]
if len(names) != len(set(names)):
    problems.append("a body listed twice in the roster")
names = set(names)
members, groups_of = {}, {}
for b in bodies:
    m = b.get("member_of")
    if m is None:
        continue
    groups = [m] if isinstance(m, str) else m
    if isinstance(m, list) and len(m) < 2 or isinstance(m, str) and m != ALL:
        problems.append("member_of: a list for several groups, a string for one: " + b["name"])
    if len(set(groups)) != len(groups) or ALL not in groups:
        problems.append("member_of of %s: every commune is in the all-communes group, once" % b["name"])
    groups_of[S(b["name"])] = [S(g) for g in groups]
    for g in groups:
        if g not in (ALL, RUNG, BG, VB):
            problems.append("member_of not a group of the plan: %s" % g)
        members.setdefault(S(g), []).append(S(b["name"]))

# each group's members = the Phụ lục's list of that group (and Mục II's 08 names for ALL)
parts = re.split(r"^([IV]+) \| (.+?) \| < \| <$", appendix, flags=re.M)
lists = {}
for k in range(1, len(parts), 3):
    title, rows = parts[k + 1], parts[k + 2]
    found = [S("Ủy ban nhân dân " + r.split(" | ")[1].strip()) for r in rows.strip().split("\n") if " | " in r]
    group = {"CÁC XÃ, PHƯỜNG CÓ SÔNG": ALL, "CÁC XÃ CÓ RỪNG": RUNG, "CÁC XÃ BIÊN GIỚI": BG,
             "CÁC XÃ VEN BIỂN": VB}[next(p for p in ("CÁC XÃ, PHƯỜNG CÓ SÔNG", "CÁC XÃ CÓ RỪNG", "CÁC XÃ BIÊN GIỚI",
                                                    "CÁC XÃ VEN BIỂN") if title.startswith(p))]
    lists[S(group)] = found
    if "(%02d " % len(found) not in title:
        problems.append("Phụ lục count of " + title)
for g, m in members.items():
    if sorted(m) != sorted(lists.get(g, [])):
        problems.append("roster members of %s vs Phụ lục: %s / %s" % (g, sorted(m), sorted(lists.get(g, []))))
scope = re.search(r"qua địa bàn 08 xã, phường: (.+?) \(sau đây gọi chung là các xã, phường\)", body_src).group(1)
in_scope = [S("Ủy ban nhân dân " + n.strip()) for n in re.split(r", | và ", scope)]
if sorted(in_scope) != sorted(members.get(S(ALL), [])):
    problems.append("Mục II's 08 xã, phường vs the all-communes group")
# the overlaps the shape needs
sub = {S(RUNG), S(BG), S(VB)}
multi = [m for m, gs in groups_of.items() if len(sub & set(gs)) >= 2]
none_xa = [m for m, gs in groups_of.items() if gs == [S(ALL)] and "-xa-" in m]
only_phuong = [m for m, gs in groups_of.items() if gs == [S(ALL)] and "-phuong-" in m]
if not multi or not none_xa or not only_phuong:
    problems.append("overlaps: a commune in two sub-groups, a xã in none, a phường only in the all group")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])

# files
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["documents"] != 1:
        problems.append("documents of " + f)
    src = source_text(src_of["inbox/" + f])
    if e["status"] == "ok":
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
        if "27/KH-UBND ngày 23/01/2026" not in src:
            problems.append("plan citation of " + f)
    elif "27/KH-UBND" in src:
        problems.append("the unrelated file cites the plan: " + f)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["role"] != "other" \
        or gold["files"][UNRELATED]["body_id"] != "so-cong-thuong":
    problems.append("one unrelated letter of a holder (Sở Công Thương) expected: %s" % other)
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [SCAN]:
    problems.append("one late report (xã Ba Lòng, the scan) expected: %s" % late)
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", SCAN)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("xã Ba Lòng's report should be a scan")

# coverage: rows only for the holders each duty falls to (a collective's duty: each member of its group)
expected = {(d["id"], h, k) for d in gold["duties"]
            for h in (members[d["body_id"]] if d["collective"] else [d["body_id"]]) for k in ("plan", "report")}
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
duty_group = {d["id"]: d["body_id"] for d in gold["duties"]}
answered = {}
for c in gold["coverage"]:
    if c["evidence"]:
        answered.setdefault(c["body_id"], set()).add(duty_group[c["duty_id"]])
if not any(len(gs & sub) >= 2 for gs in answered.values()):
    problems.append("no commune answering the duties of two groups")
if not any(gs == {S(ALL)} and m in only_phuong for m, gs in answered.items()):
    problems.append("no phường answering only the common duties")
silent = [m for m in groups_of if not any(e["body_id"] == m for e in gold["files"].values())]
if not silent or any(c["status"] != "not_submitted" for c in gold["coverage"] if c["body_id"] in silent):
    problems.append("a member that sent nothing, all its rows not_submitted: %s" % silent)
# "xã không có rừng nên không triển khai": once outside the forest group (no rows), once inside (missing)
said_in = {f: e["body_id"] for f, e in gold["files"].items() if NO_FOREST in source_text(src_of["inbox/" + f]).lower()}
said = list(said_in.values())
outside = [m for m in said if S(RUNG) not in groups_of.get(m, [])]
inside = [m for m in said if S(RUNG) in groups_of.get(m, [])]
if len(outside) != 1 or len(inside) != 1:
    problems.append("'%s' once outside and once inside the forest group: %s" % (NO_FOREST, said))
for c in gold["coverage"]:
    if c["body_id"] in outside and duty_group[c["duty_id"]] == S(RUNG):
        problems.append("a forest row for a commune outside the group")
    if c["evidence_file"] in said_in and c["body_id"] in inside and duty_group[c["duty_id"]] == S(RUNG) \
            and c["status"] != "missing":
        problems.append("the forest member saying it has no forest: its forest rows are missing")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
