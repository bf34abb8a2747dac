"""Consistency check of corpus/one-hundred-nineteenth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-nineteenth/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks: the duties in plan order, all in section III,
each opening an item (a lettered one, or the one paragraph under the headings of a single school);
every duty lead; the roster's two collectives ("Các trường mầm non", "Các trường tiểu học"), each
of the two schools the plan's heading names, the TH&THCS in neither; one file per holder and kind;
every ok reply cites the plan, the unrelated letter does not. The set's shape, holders whose names
differ by one word or a number:
- each reply's header: "UBND XÃ NAM TRẠCH" on the first line, the sender's own name under it (on
  one line or two, full or abbreviated) and that name is a name or alias of exactly one roster
  body, the gold's sender; the names of the two primary schools differ only by their number, the
  TH&THCS's and the THCS's by "Tiểu học và";
- the abbreviations in the file names (TH1, THSo2, MN HS, TH&THCS) and numbers (-TH1, -THS2,
  -MNHS, -TH&THCS);
- joint activities: TH số 2's report names TH số 1 (the swimming class), Hoa Mai's names Hoa Sen
  (the chuyên đề), and neither gives the named school a non-not_submitted row of the other kind;
- one silent school (THCS Nam Trạch, only not_submitted rows), one late report (the TH&THCS's,
  saying so), one unrelated letter (TH số 1's), one scan (no text layer; its evidence read back by
  tesseract).
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
SCAN = "BC 11-2026/scan_BC 15 MN Hoa Mai.pdf"
LATE = "BC 58-TH&THCS Nam Trach (gui cham).pdf"
UNRELATED = "CV 24-TH1 dang ky GV thi GVDG cap xa.docx"
SILENT = "truong-trung-hoc-co-so-nam-trach"

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-nineteenth":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-09-25", "2026-11-25"):
    problems.append("due dates")

# ---------------------------------------------------------------- duties
section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. KINH PHÍ\n")[0]
lines = section_iii.split("\n")
headings = [l for l in lines if re.match(r"^\d+\. ", l)]
items = [l for l in lines if re.match(r"^[a-d]\) ", l)]
# a heading of one school followed directly by its one paragraph (III.5-III.8)
items += [lines[k + 1] for k, l in enumerate(lines) if re.match(r"^\d+\. ", l)
          and k + 1 < len(lines) and not re.match(r"^([a-d]\)|\d+\.) ", lines[k + 1])]
if len(headings) != 10 or len(items) != len(gold["duties"]) or not 12 <= len(gold["duties"]) <= 25:
    problems.append("duty count %d vs %d items, %d headings" % (len(gold["duties"]), len(items), len(headings)))
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] not in section_iii:
        problems.append("duty outside section III: " + d["id"])
    if not any(l.startswith(d["text_start"]) or l[3:].startswith(d["text_start"]) for l in items):
        problems.append("text_start does not open an item: " + d["id"])
    if d["role"] != "lead":
        problems.append("every duty is lead: " + d["id"])
    # the id follows the heading number
    num = int(re.match(r"^III\.(\d+)", d["id"]).group(1))
    heading = headings[num - 1]
    if not d["body"].startswith(heading[len("%d. " % num):].split(" (")[0]) and not \
            heading[len("%d. " % num):].startswith(d["body"].replace(" xã Nam Trạch", " xã")):
        problems.append("holder vs heading: %s %s / %s" % (d["id"], d["body"], heading))

names, members = goldcheck.roster(HERE)
if {k: sorted(v) for k, v in members.items()} != {
        "cac-truong-mam-non": ["truong-mam-non-hoa-mai", "truong-mam-non-hoa-sen"],
        "cac-truong-tieu-hoc": ["truong-tieu-hoc-so-1-nam-trach", "truong-tieu-hoc-so-2-nam-trach"]}:
    problems.append("roster: two collectives of two schools each: %s" % members)
for line in ("3. Các trường mầm non (Trường Mầm non Hoa Sen, Trường Mầm non Hoa Mai)",
             "4. Các trường tiểu học (Trường Tiểu học số 1 Nam Trạch, Trường Tiểu học số 2 Nam Trạch)",
             "9. Trường Tiểu học và Trung học cơ sở Nam Trạch", "10. Trường Trung học cơ sở Nam Trạch"):
    if line not in lines:
        problems.append("the plan's heading: " + line)
if any("truong-tieu-hoc-va-trung-hoc-co-so-nam-trach" in v for v in members.values()):
    problems.append("the TH&THCS is no member of a collective")
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 10 or {h for h in holders if h not in names} != set(members):
    problems.append("10 holders: 8 roster bodies and the 2 collectives: %s" % holders)
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
if names != {h for h in holders if h not in members} | {m for v in members.values() for m in v}:
    problems.append("every roster body holds a duty (in its own name or as a member)")

# ---------------------------------------------------------------- files
import yaml  # noqa: E402
with open(os.path.join(HERE, "roster.yaml"), encoding="utf-8") as fh:
    bodies = yaml.safe_load(fh)["bodies"]
by_name = {}
for b in bodies:
    for n in [b["name"]] + b.get("aliases", []):
        by_name.setdefault(n.upper(), set()).add(goldcheck.slug(b["name"]))
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
        if "186/KH-UBND ngày 08/9/2026" not in src:
            problems.append("plan citation of " + f)
    elif "186/KH-UBND" in src:
        problems.append("the unrelated file cites the plan: " + f)
    # the header: the commune, then the sender's own name (one or two lines) over "Số:"
    head = src.split("\nSố: ")[0].split("\n")
    own = " ".join(head[1:]).upper()
    if head[0] != "UBND XÃ NAM TRẠCH" or by_name.get(own) != {e["body_id"]}:
        problems.append("header of %s: %s -> %s" % (f, head, by_name.get(own)))
if sorted(senders.values()) != sorted(f for f, e in gold["files"].items() if e["status"] == "ok"):
    problems.append("senders")
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(kinds) ^ set(senders)))

# ---------------------------------------------------------------- the shape: names one word or a number apart
for a, b in (("Trường Tiểu học số 1 Nam Trạch", "Trường Tiểu học số 2 Nam Trạch"),
             ("Trường Tiểu học và Trung học cơ sở Nam Trạch", "Trường Trung học cơ sở Nam Trạch"),
             ("Trường Mầm non Hoa Sen", "Trường Mầm non Hoa Mai")):
    wa, wb = a.split(), b.split()
    if not (len(set(wa) ^ set(wb)) <= 3 and a in plan_src and b in plan_src):
        problems.append("names one word or a number apart: %s / %s" % (a, b))
abbrev = {"TH1": "truong-tieu-hoc-so-1-nam-trach", "THSo2": "truong-tieu-hoc-so-2-nam-trach",
          "MN HS": "truong-mam-non-hoa-sen", "TH&THCS": "truong-tieu-hoc-va-trung-hoc-co-so-nam-trach"}
for ab, body in abbrev.items():
    fs = [f for f, e in gold["files"].items() if ab in os.path.basename(f)]
    if not fs or any(gold["files"][f]["body_id"] != body for f in fs):
        problems.append("file-name abbreviation %s: %s" % (ab, fs))
for num, body in (("/KH-TH1", "truong-tieu-hoc-so-1-nam-trach"), ("/BC-THS2", "truong-tieu-hoc-so-2-nam-trach"),
                  ("/KH-MNHS", "truong-mam-non-hoa-sen"), ("/BC-TH&THCS", "truong-tieu-hoc-va-trung-hoc-co-so-nam-trach")):
    if not any(num in source_text(src_of["inbox/" + f]).split("\n\n")[0] and e["body_id"] == body
               for f, e in gold["files"].items()):
        problems.append("number abbreviation " + num)
# joint activities: a reply naming another school does not make it that school's reply
for f, other, other_id in (("BC 11-2026/THSo2 - BC 41 KQ dam bao ATTH tu dau nam hoc.docx",
                            "Trường Tiểu học số 1 Nam Trạch", "truong-tieu-hoc-so-1-nam-trach"),
                           (SCAN, "Trường Mầm non Hoa Sen", "truong-mam-non-hoa-sen")):
    body = source_text(src_of["inbox/" + f]).split("\nNơi nhận:")[0].split("\n\n", 2)[2]
    if other not in body:
        problems.append("joint activity: %s does not name %s" % (f, other))
    if any(c["body_id"] == other_id and c["evidence_file"] == f for c in gold["coverage"]):
        problems.append("evidence of %s taken from %s" % (other_id, f))
if any(c["status"] != "not_submitted" for c in gold["coverage"] if c["body_id"] == SILENT) or \
        any(e["body_id"] == SILENT for e in gold["files"].values()):
    problems.append("the THCS Nam Trạch sent nothing")
mentions = [f for f, e in gold["files"].items() if "Trường Trung học cơ sở Nam Trạch" in source_text(src_of["inbox/" + f])]
if not mentions:
    problems.append("the silent school is named in some reply")

# ---------------------------------------------------------------- late, unrelated, scan, statuses
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE] or "chậm" not in source_text(src_of["inbox/" + LATE]):
    problems.append("one late report (the TH&THCS's, saying so) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["role"] != "other":
    problems.append("one unrelated file expected: %s" % other)
scan = os.path.join(HERE, "inbox", SCAN)
if goldcheck.flat(built_text("inbox/" + SCAN)):
    problems.append("the scan has a text layer")
def ocr_pdf(path):
    import tempfile
    with tempfile.TemporaryDirectory(prefix="check119-") as tmp:
        subprocess.run(["pdftoppm", "-r", "200", "-png", path, os.path.join(tmp, "p")], check=True, capture_output=True)
        out = []
        for png in sorted(os.listdir(tmp)):
            out.append(subprocess.run(["tesseract", os.path.join(tmp, png), "-", "-l", "vie"], capture_output=True,
                                      text=True, timeout=180).stdout)
        return "\n".join(out)


try:
    ocr = ocr_pdf(scan)
except (OSError, subprocess.SubprocessError):
    ocr = None
if ocr is not None:
    import difflib
    flat_ocr = goldcheck.flat(ocr).lower()
    for c in gold["coverage"]:
        if c["evidence_file"] == SCAN and c["evidence"]:
            ev = goldcheck.flat(c["evidence"]).lower()
            best = max(difflib.SequenceMatcher(None, flat_ocr[k:k + len(ev)], ev, autojunk=False).ratio()
                       for k in range(max(1, len(flat_ocr) - len(ev) + 1)))
            if best < 0.9:
                problems.append("scan evidence not legible (%.2f): %s" % (best, c["evidence"]))
statuses = {c["status"] for c in gold["coverage"]}
if statuses != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("statuses: %s" % statuses)
deferrals = [f for f in gold["files"] if re.search(r"khi được bố trí kinh phí|chuyển sang tháng|lùi sang",
                                                   source_text(src_of["inbox/" + f]))]
if len(deferrals) < 3:
    problems.append("deferrals: %s" % deferrals)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
