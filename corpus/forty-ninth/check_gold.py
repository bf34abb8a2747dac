"""Consistency check of corpus/forty-ninth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/forty-ninth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; the one support (III.5) and
the one requested duty (III.8); the roster's one collective ("UBND các xã, thị trấn", 4 members);
the picture replies really are pictures (no typed text of their report in the built file: the
pasted-scan DOCX holds only its caption, the JPG no text, the cover PDF only the cover's text; the
signature-picture DOCX has its body typed but not its signer); their evidence is checked in the
source only; one late plan; every reply cites the plan by number.
"""
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, _source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
renderer = {row["output"]: row["renderer"] for row in table["files"]}


def source_text(src):
    """A source's text; of several sources (a cover and its report), all of them."""
    return "\n".join(_source_text(s) for s in src) if isinstance(src, list) else _source_text(src)


PICTURES = {o[len("inbox/"):] for o, r in renderer.items()
            if r in ("build.pasted_scan_docx", "build.phone_photo", "build.cover_and_scans_pdf")}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2024-04-05", "2024-11-25"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN\n")[0]
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
if {k: r for k, r in roles.items() if r != "lead"} != {"III.5": "support", "III.8": "requested"}:
    problems.append("one support duty (III.5) and one requested (III.8) expected")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"uy-ban-nhan-dan-cac-xa-thi-tran": 4}:
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
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f in PICTURES)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
for f in senders.values():
    if not any(c["status"] == "partial" and c["evidence_file"] == f for c in gold["coverage"]):
        problems.append("no partial row for " + f)

# the pictures are pictures: their report's words are not in the built file
for f in PICTURES:
    path = os.path.join(HERE, "inbox", f)
    src = src_of["inbox/" + f]
    report_src = source_text(src[-1] if isinstance(src, list) else src)
    text = goldcheck.flat(built_text("inbox/" + f))
    number = [l for l in report_src.split("\n") if l.startswith("Số:")][0]
    title = report_src.split("\n\n")[1].split("\n")[1]
    if goldcheck.flat(title) in text or len(text) > (1500 if isinstance(src, list) else 200):
        problems.append("picture reply has typed text: " + f)
    if f.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            if len([n for n in z.namelist() if n.startswith("word/media/")]) < 2:
                problems.append("pasted-scan DOCX without its page pictures: " + f)
sig = [o[len("inbox/"):] for o, r in renderer.items() if r == "build.signature_picture_docx"]
for f in sig:
    signer = source_text(src_of["inbox/" + f]).rstrip("\n").split("\n")[-1]
    body = built_text("inbox/" + f)
    if signer in body or "Hội thi" not in body:
        problems.append("signature-picture DOCX: typed body, pictured signer expected: " + f)

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["KH Cam Van bao ve di tich 2024.pdf"]:
    problems.append("one late plan (Cẩm Văn) expected: %s" % late)
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    if ("47/KH-UBND" in src) != (e["status"] == "ok"):
        problems.append("plan citation of " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
