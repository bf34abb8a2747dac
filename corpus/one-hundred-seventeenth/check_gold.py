"""Consistency check of corpus/one-hundred-seventeenth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-seventeenth/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks (the two English files' dates checked in their
English form, "06 July 2026", "Published 22 June 2026", instead of "ngày … tháng … năm …"): the
duties in plan order, all in section IV, each opening a lettered item; their roles (the Hội LHPN's
and the NGO's "requested"); the roster's one collective (the four bản the plan names); one file per
holder and kind; every ok reply cites the plan by its number ("15/KH-UBND"), the newsletter does
not. The set's shape: the NGO's progress report is in English only (its own layout: the title
"PROGRESS REPORT Q2 2026", sections Activities / Results / Challenges / Next steps, no NĐ 30 header)
and its evidence is English; the Hội LHPN's report is bilingual (English column headers in brackets,
an English summary); the newsletter is English, cites no plan; the scanned report's evidence is read
back by OCR. One late report (bản Co Cượm), one unrelated file, one silent holder (bản Pú Hồng).
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
REPORT = "HWT/HWT_PuNhi_Progress Report Q2 2026_final.pdf"
NEWS = "HWT/HWT Vietnam Newsletter Issue 14 - June 2026.pdf"
BILINGUAL = "HPN xa Pu Nhi - BC 27 song ngu Viet-Anh.docx"
SCAN = "Cac ban/scan_BC ban Huoi Say 6 thang.pdf"
LATE = "Cac ban/BC ban Co Cuom du an nuoc sach 2026.docx"
ENGLISH = {REPORT: r"Date \| %02d %s %d", NEWS: r"Published %d %s %d"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
HWT = "to-chuc-nuoc-sach-vung-cao"
VIET = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]")

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-seventeenth":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
english_dates = ["date of %s not in its header" % f for f in ENGLISH]
problems += [p for p in goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src) if p not in english_dates]
for f, pattern in ENGLISH.items():
    y, m, d = (int(x) for x in gold["files"][f]["date"].split("-"))
    if not re.search(pattern % (d, MONTHS[m - 1], y), source_text(src_of["inbox/" + f])):
        problems.append("English date of %s not in its text" % f)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-03-06", "2026-07-10"):
    problems.append("due dates")

section_iv = plan_src.split("\nIV. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nV. KINH PHÍ\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] not in section_iv:
        problems.append("duty outside section IV: " + d["id"])
items = [l for l in section_iv.split("\n") if re.match(r"^[a-d]\) ", l)]
if len(items) != len(gold["duties"]) or not 12 <= len(gold["duties"]) <= 25:
    problems.append("duty count %d vs %d lettered items" % (len(gold["duties"]), len(items)))
for d, item in zip(gold["duties"], items):
    if not item[3:].startswith(d["text_start"]) or d["id"][-1] != item[0]:
        problems.append("text_start does not open its item: " + d["id"])
roles = {d["id"]: d["role"] for d in gold["duties"]}
requested = {k for k, r in roles.items() if r == "requested"}
if requested != {"IV.4-a", "IV.4-b", "IV.6-a", "IV.6-b", "IV.6-c", "IV.6-d"} or set(roles.values()) != {"lead", "requested"}:
    problems.append("roles: the Hội LHPN's and the NGO's items requested, the rest lead")
for head in ("Đề nghị Hội Liên hiệp Phụ nữ xã:", "Đề nghị Tổ chức Nước sạch Vùng cao (Highland Water Trust - HWT) phối hợp:"):
    if "\n" + head + "\n" not in section_iv:
        problems.append("the plan's 'Đề nghị' lead-in: " + head)

names, members = goldcheck.roster(HERE)
if {k: sorted(v) for k, v in members.items()} != {"cac-ban-thu-huong-du-an": ["ban-co-cuom", "ban-huoi-say", "ban-na-su",
                                                                               "ban-pu-hong"]}:
    problems.append("roster: one collective, the four bản the plan names")
if "(bản Huổi Sáy, Nà Sự, Pú Hồng, Co Cượm)" not in section_iv:
    problems.append("the plan names the four bản of the collective")
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 6:
    problems.append("6 holders expected: %d" % len(holders))
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
        if "15/KH-UBND" not in src:
            problems.append("plan citation of " + f)
    elif "KH-UBND" in src or "Plan No" in src:
        problems.append("the unrelated file cites a plan: " + f)
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
if any(b == "ban-pu-hong" for b, _ in senders) or any(e["body_id"] == "ban-pu-hong" for e in gold["files"].values()):
    problems.append("bản Pú Hồng is the silent holder")

# the shape: the NGO's report in English only, in its own layout
rep = source_text(src_of["inbox/" + REPORT])
prose = " ".join(l for l in rep.split("\n") if not l.startswith(("@", "|")))
words = re.findall(r"\w+", prose)
viet = [w for w in words if VIET.search(w)]
if len(viet) > 0.05 * len(words) or "CỘNG HÒA" in rep or "Kính gửi" in rep:
    problems.append("the progress report is not English only (%d of %d words Vietnamese)" % (len(viet), len(words)))
for head in ("@title PROGRESS REPORT Q2 2026", "# 2. Activities", "# 3. Results", "# 4. Challenges", "# 5. Next steps"):
    if head not in rep:
        problems.append("progress report layout: " + head)
if gold["files"][REPORT]["body_id"] != HWT or gold["files"][REPORT]["role"] != "report":
    problems.append("the English report is the partner's report")
for c in gold["coverage"]:
    if c["body_id"] == HWT and c["kind"] == "report":
        if c["evidence"] and VIET.sub("", c["evidence"]) != c["evidence"] and \
                len(VIET.findall(c["evidence"])) > 4:
            problems.append("HWT evidence not English: " + c["duty_id"])
        if "%s / %s / report" % (c["duty_id"], HWT) not in gold["notes"]:
            problems.append("no note on an English verdict: " + c["duty_id"])
verdicts = sorted(c["status"] for c in gold["coverage"] if c["body_id"] == HWT and c["kind"] == "report")
if verdicts != ["covered", "covered", "missing", "partial"]:
    problems.append("the English report's verdicts: %s" % verdicts)
# the bilingual report: English column headers in brackets and an English summary
bil = source_text(src_of["inbox/" + BILINGUAL])
if not re.search(r"^TT \| Hoạt động \(Activity\) \| Chỉ tiêu \(Target\) \|.*\(Achieved\) \| Ghi chú \(Remarks\)$", bil, re.M) \
        or "(ENGLISH SUMMARY)" not in bil:
    problems.append("the Hội LHPN's report is not bilingual as described")
# the newsletter: English, no plan
news = source_text(src_of["inbox/" + NEWS])
if len([w for w in re.findall(r"\w+", news) if VIET.search(w)]) > 25 or "Newsletter" not in news:
    problems.append("the newsletter is an English newsletter")

# the scan: an image-only PDF whose evidence OCR reads back (spaces and case aside)
scan = os.path.join(HERE, "inbox", SCAN)
if goldcheck.flat(built_text("inbox/" + SCAN)):
    problems.append("the scan has a text layer")
try:
    tmp = "/tmp/check117-scan"
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", scan, tmp + "/p"], check=True,
                   capture_output=True, timeout=120)
    png = os.path.join(tmp, sorted(os.listdir(tmp))[0])
    ocr = subprocess.run(["tesseract", png, "-", "-l", "vie"], capture_output=True, text=True, timeout=120).stdout
except (OSError, subprocess.SubprocessError, IndexError):
    ocr = None
if ocr:
    import difflib
    flat_ocr = goldcheck.flat(ocr).lower()
    for c in gold["coverage"]:
        if c["evidence_file"] == SCAN and c["evidence"]:
            ev = goldcheck.flat(c["evidence"]).lower()
            best = max(difflib.SequenceMatcher(None, flat_ocr[k:k + len(ev)], ev, autojunk=False).ratio()
                       for k in range(max(1, len(flat_ocr) - len(ev) + 1)))
            if best < 0.9:
                problems.append("scan evidence not legible: " + c["evidence"])

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late report (bản Co Cượm) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [NEWS] or gold["files"][NEWS]["role"] != "other" or gold["files"][NEWS]["body_id"] != HWT:
    problems.append("one unrelated file (the NGO's newsletter) expected: %s" % other)
statuses = {c["status"] for c in gold["coverage"]}
if statuses != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("statuses: %s" % statuses)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
