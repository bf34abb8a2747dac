"""Consistency check of corpus/one-hundred-ninth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-ninth/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks: the duties in plan order, all in section III,
their roles (one support, two requested); the roster's one collective (the four tổ dân phố the
plan names); one file per holder and kind; every ok reply cites the plan, the unrelated letter does
not. The set's shape: the five narrative replies have no numbered or dashed item in their text,
one or two long paragraphs under a "Kết quả thực hiện" label that tell the work month by month;
the two typed by a tổ trưởng have no NĐ 30 header (no Quốc hiệu), one of them sent as a phone
photo (its evidence read back by OCR); two well-structured replies (a table, numbered items). One
late report (tổ dân phố số 11), one unrelated file.
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
PHOTO = "To dan pho/Zalo/z6712345098817_8c41d2e0a7b3f95e.jpg"
NARRATIVE = {"VHXH_BC 86 tuyen truyen phan loai rac 6T2026.docx", "MTTQ phuong - BC 31 van dong PLR.pdf",
             "To dan pho/BC TDP so 3.docx", PHOTO, "To dan pho/TDP11_BC 04 phan loai CTRSH.pdf"}
TYPED = {"To dan pho/BC TDP so 3.docx", PHOTO}
STRUCTURED = {"PKTHTDT_KH 07 thi diem phan loai rac 4 TDP.docx", "HTX DVMT Gia Sang - BC 14 thu gom T3-T5.docx"}
UNRELATED = "CV 96-CAP ra soat co so KD co dieu kien ANTT.pdf"

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-ninth":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-06", "2026-06-15"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. KINH PHÍ\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] not in section_iii:
        problems.append("duty outside section III: " + d["id"])
# every lettered item of section III and every unlettered item (III.4-6) is one duty
items = [l for l in section_iii.split("\n") if re.match(r"^[a-d]\) ", l)]
items += [l for l in section_iii.split("\n") if l.startswith(("Đăng tải tin", "Đề nghị "))]
if len(items) != len(gold["duties"]) or not 12 <= len(gold["duties"]) <= 16:
    problems.append("duty count %d vs %d items" % (len(gold["duties"]), len(items)))
for d in gold["duties"]:
    if not any(l.startswith(d["text_start"]) or l[3:].startswith(d["text_start"]) for l in items):
        problems.append("text_start does not open an item: " + d["id"])
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"III.3-b": "support", "III.5": "requested",
                                                       "III.6": "requested"}:
    problems.append("roles: one support (III.3-b), two requested (III.5, III.6)")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"cac-to-dan-pho-thi-diem": 4}:
    problems.append("roster: one collective of 4 tổ dân phố expected")
if sorted(members.get("cac-to-dan-pho-thi-diem", [])) != ["to-dan-pho-so-11", "to-dan-pho-so-15", "to-dan-pho-so-3",
                                                         "to-dan-pho-so-8"]:
    problems.append("the collective's members are the four tổ the plan names")
if "(tổ dân phố số 3, số 8, số 11, số 15)" not in section_iii:
    problems.append("the plan names the four tổ of the collective")
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 7:
    problems.append("7 holders expected: %d" % len(holders))
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
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
        if "18/KH-UBND ngày 20/01/2026" not in src:
            problems.append("plan citation of " + f)
    elif "18/KH-UBND" in src:
        problems.append("the unrelated file cites the plan: " + f)
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f == PHOTO)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

# the shape: narrative replies
ITEM = re.compile(r"^(\d+(\.\d+)*\.|[a-zđ]\)|[-+•]|\(\d+\))\s")
for f in sorted(NARRATIVE):
    src = source_text(src_of["inbox/" + f])
    lines = [re.sub(r"^(\|[A-Za-z] |!B )", "", l) for l in src.split("\n")]
    start = next((i for i, l in enumerate(lines)
                  if re.match(r"^(I\. )?kết quả thực hiện:?$", l.strip(), re.I)), None)
    if start is None:
        problems.append("no 'Kết quả thực hiện' label: " + f)
        continue
    body = lines[:next(i for i, l in enumerate(lines) if l.startswith(("Nơi nhận", "Gia Sàng, ngày")) and i > start)]
    if any(ITEM.match(l) for l in body):
        problems.append("numbered or dashed item in a narrative reply: " + f)
    paras = []
    for l in lines[start + 1:]:
        if not l.strip() or len(l) < 120:
            break
        paras.append(l)
    if not 1 <= len(paras) <= 2 or sum(len(p) for p in paras) < 800:
        problems.append("one or two long paragraphs under Kết quả thực hiện expected: %s %s" % (f, [len(p) for p in paras]))
    months = re.findall(r"[Tt]háng (?:0?[2-6])\b|\d{1,2}/0?[2-6](?:/2026)?\b", " ".join(paras))
    if len(months) < 3:
        problems.append("the work is not told by month: " + f)
    header = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in src or "MẶT TRẬN TỔ QUỐC VIỆT NAM" in src
    if (f in TYPED) == (header and bool(re.search(r"^Số: ", src, re.M))):
        problems.append("typed by a tổ trưởng = no NĐ 30 header (and only those): " + f)
for f in STRUCTURED:
    src = source_text(src_of["inbox/" + f])
    if not (" | " in src and re.search(r"^\d+\. ", src, re.M)):
        problems.append("a well-structured reply has a table and numbered items: " + f)

# the photo: a JPEG whose evidence OCR reads back (spaces and case aside, a few letters tolerated)
photo = os.path.join(HERE, "inbox", PHOTO)
with open(photo, "rb") as fh:
    if fh.read(3) != b"\xff\xd8\xff":
        problems.append("the photo is not a JPEG")
try:
    ocr = subprocess.run(["tesseract", photo, "-", "-l", "vie"], capture_output=True, text=True, timeout=120).stdout
except (OSError, subprocess.TimeoutExpired):
    ocr = None
if ocr is not None:
    import difflib
    flat_ocr = goldcheck.flat(ocr).lower()
    for c in gold["coverage"]:
        if c["evidence_file"] == PHOTO and c["evidence"]:
            ev = goldcheck.flat(c["evidence"]).lower()
            best = max(difflib.SequenceMatcher(None, flat_ocr[k:k + len(ev)], ev, autojunk=False).ratio()
                       for k in range(max(1, len(flat_ocr) - len(ev) + 1)))
            if best < 0.9:
                problems.append("photo evidence not legible: " + c["evidence"])

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["To dan pho/TDP11_BC 04 phan loai CTRSH.pdf"]:
    problems.append("one late report (tổ dân phố số 11) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["role"] != "other":
    problems.append("one unrelated file expected: %s" % other)
statuses = {c["status"] for c in gold["coverage"]}
if statuses != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("statuses: %s" % statuses)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
