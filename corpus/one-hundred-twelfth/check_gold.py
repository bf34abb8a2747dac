"""Consistency check of corpus/one-hundred-twelfth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-twelfth/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks: the shape of the set, an election plan whose
deadlines are counted from the election day. The day is stated once in the plan ("Ngày bầu cử: Chủ
nhật, ngày 15/3/2026"); every duty's gold deadline is recomputed here from the words of its item
(the rule below, the same as README's); the report due date is itself relative ("chậm nhất 05 ngày
sau ngày bầu cử"), the plan due date an ordinary one. Then: duties in plan order, each opening an
item of section III, none elsewhere; their roles; the roster's one collective (the five Tổ bầu cử
the plan names); one file per holder and kind; every ok reply cites the plan, the Trạm Y tế's letter
does not; the Công an's plan repeats relative deadlines in its own words, the Phòng VH-XH's plan
gives calendar dates; the Văn phòng's table by khu vực bỏ phiếu adds up and agrees with the three
Tổ bầu cử reports; the Mặt trận's report is prose; the photo's evidence read back by OCR; one late
report, one unrelated file.
"""
import os
import re
import subprocess
import sys
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
src_of = {row["output"]: row["source"] for row in table["files"]}
PHOTO = "To bau cu/Zalo/IMG_20260317_163452.jpg"
UNRELATED = "TYT - CV 12 phong chong soi, tiem bo sung vac xin.pdf"
LATE = "To bau cu/BC To bau cu so 4 (gui cham).pdf"
CA_PLAN = "CAX_KH 07 bao dam ANTT bau cu 2026.docx"
VH_PLAN = "VHXH - KH 04 tuyen truyen bau cu DBQH, HDND.pdf"
VP_REPORT = "VP HDND-UBND_BC 15 tong hop ket qua bau cu theo KVBP.docx"
MT_REPORT = "MTTQ xa Bao Dai - BC 08 tham gia cong tac bau cu.pdf"
TBC_REPORTS = {1: "To bau cu/KVBP so 1 - BC 01 ket qua bau cu.docx", 3: PHOTO, 4: LATE}

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-twelfth":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
# the report due date is relative, so it is checked below, not as a date written in the plan
problems += goldcheck.file_problems(HERE, gold, source_text, src_of)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))

# ---- the election day, stated once
days = re.findall(r"Ngày bầu cử: Chủ nhật, ngày (\d{1,2})/(\d{1,2})/(\d{4})", plan_src)
if len(days) != 1 or len(re.findall(r"\b15/0?3\b", plan_src)) != 1:
    problems.append("the election day must be stated once: %s" % days)
E = date(*map(int, reversed(days[0]))) if days else date(2026, 3, 15)
if E != date(2026, 3, 15) or E.weekday() != 6:
    problems.append("election day: %s" % E)
start_hour = re.search(r"Việc bỏ phiếu bắt đầu từ (\d{2}) giờ", plan_src)


def deadline(text):
    """The deadline of a duty's item, by the rule of README: a phrase fixing when the work must be
    done wins ("chậm nhất N ngày trước/sau ngày bầu cử", "trước ngày bầu cử N ngày" = election day
    -/+ N days; "trước ngày dd/mm/yyyy"; "trong tháng mm/yyyy"; "đến hết ngày bầu cử" = the day;
    "đến trước thời điểm bắt đầu bỏ phiếu 24 giờ" = the day before, voting starting at 07 giờ);
    failing one, "trong ngày bầu cử" = the day; else None."""
    found = []
    for m in re.finditer(r"chậm nhất (\d+) ngày (trước|sau) ngày bầu cử", text):
        n = int(m.group(1))
        found.append((m.start(), E - timedelta(n) if m.group(2) == "trước" else E + timedelta(n)))
    for m in re.finditer(r"trước ngày bầu cử (\d+) ngày", text):
        found.append((m.start(), E - timedelta(int(m.group(1)))))
    for m in re.finditer(r"trước ngày (\d{2})/(\d{2})/(\d{4})", text):
        found.append((m.start(), date(int(m.group(3)), int(m.group(2)), int(m.group(1)))))
    for m in re.finditer(r"trong tháng (\d{2})/(\d{4})", text):
        found.append((m.start(), "%s-%s" % (m.group(2), m.group(1))))
    for m in re.finditer(r"đến hết ngày bầu cử", text):
        found.append((m.start(), E))
    for m in re.finditer(r"đến trước thời điểm bắt đầu bỏ phiếu 24 giờ", text):
        found.append((m.start(), E - timedelta(1) if start_hour and int(start_hour.group(1)) > 0 else E))
    if len(found) > 1:
        raise ValueError("two deadlines in one item: %s" % text[:60])
    if found:
        v = found[0][1]
        return v if isinstance(v, str) else v.isoformat()
    return E.isoformat() if "trong ngày bầu cử" in text else None


section_iii = plan_src.split("\nIII. NHIỆM VỤ CỤ THỂ\n")[1].split("\nIV. KINH PHÍ\n")[0]
outside = plan_src.replace(section_iii, "")
items = [l for l in section_iii.split("\n") if re.match(r"^[a-d]\) ", l) or l.startswith(("Đề nghị ", "Xây dựng phương án bảo đảm y tế"))]
if len(items) != len(gold["duties"]) or not 12 <= len(gold["duties"]) <= 25:
    problems.append("duty count %d vs %d items" % (len(gold["duties"]), len(items)))
pos = -1
relative = ordinary = 0
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] in outside:
        problems.append("duty text outside section III: " + d["id"])
    item = next((l for l in items if l.startswith(d["text_start"]) or l[3:].startswith(d["text_start"])), None)
    if item is None:
        problems.append("text_start does not open an item: " + d["id"])
        continue
    try:
        want = deadline(item)
    except ValueError as e:
        problems.append(str(e))
        continue
    if want != d["deadline"]:
        problems.append("deadline of %s: gold %s, computed %s" % (d["id"], d["deadline"], want))
    if re.search(r"ngày bầu cử|thời điểm bắt đầu bỏ phiếu", item) and d["deadline"]:
        relative += 1
    elif d["deadline"]:
        ordinary += 1
if relative < 10 or not 2 <= ordinary <= 4:
    problems.append("deadlines relative to the election day %d (>= 10), ordinary %d (2-4)" % (relative, ordinary))
if "chậm nhất 43 ngày trước ngày bầu cử" not in outside:
    problems.append("II.3 (the UBND's own step, not a duty) expected")

# ---- due dates: the plan's by an ordinary date, the report's counted from the election day
v = plan_src.split("\nV. TỔ CHỨC THỰC HIỆN\n")[1]
m = re.search(r"kế hoạch cụ thể, .* trước ngày (\d{2})/(\d{2})/(\d{4})", v)
if not m or date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat() != gold["plan_due"]:
    problems.append("plan_due")
m = re.search(r"báo cáo kết quả thực hiện .* chậm nhất (\d+) ngày sau ngày bầu cử", v)
if not m or (E + timedelta(int(m.group(1)))).isoformat() != gold["report_due"]:
    problems.append("report_due")
if (gold["plan_due"], gold["report_due"]) != ("2026-01-16", "2026-03-20"):
    problems.append("due dates")

roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"III.1": "requested", "III.4-b": "support", "III.7": "requested"}:
    problems.append("roles: two requested (III.1, III.7), one support (III.4-b)")

names, members = goldcheck.roster(HERE)
kvbp = ["to-bau-cu-khu-vuc-bo-phieu-so-%d" % n for n in range(1, 6)]
if {k: sorted(v) for k, v in members.items()} != {"to-bau-cu-tai-cac-khu-vuc-bo-phieu": kvbp}:
    problems.append("roster: one collective, the five Tổ bầu cử")
if "8. Tổ bầu cử tại các khu vực bỏ phiếu (khu vực bỏ phiếu số 1 đến số 5)" not in section_iii or \
        len(re.findall(r"^- Khu vực bỏ phiếu số [1-5]: ", plan_src, re.M)) != 5:
    problems.append("the plan names the five khu vực bỏ phiếu of the collective")
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 8:
    problems.append("8 holders expected: %d" % len(holders))
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
        if "05/KH-UBND ngày 06/01/2026" not in src:
            problems.append("plan citation of " + f)
    elif "05/KH-UBND" in src or "bầu cử" in src:
        problems.append("the unrelated file speaks of the plan: " + f)
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f == PHOTO)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

# ---- the replies' shape
rel = re.compile(r"(chậm nhất \d+ ngày (trước|sau) ngày (bầu cử|bỏ phiếu)|(trước|sau) ngày bầu cử \d+ ngày|"
                 r"\d+ ngày (trước|sau) ngày bầu cử|ngày thứ nhất sau ngày bầu cử)", re.I)
if len(rel.findall(source_text(src_of["inbox/" + CA_PLAN]))) < 4:
    problems.append("the Công an's plan repeats relative deadlines in its own words")
vh = source_text(src_of["inbox/" + VH_PLAN])
rows = [l for l in vh.split("\n") if " | " in l][1:]
if rel.search(vh) or len(rows) != 6 or sum(bool(re.search(r"\d{2}/\d{1,2}/2026", l.split(" | ")[2])) for l in rows) != 5:
    problems.append("the Phòng VH-XH's plan gives calendar dates (5 of 6 rows), no relative deadline")
vp = source_text(src_of["inbox/" + VP_REPORT])
trows = [[c.strip() for c in l.split(" | ")] for l in vp.split("\n") if " | " in l]
num = lambda s: int(s.replace(".", ""))
body = trows[1:-1]
if len(body) != 5 or trows[-1][0] != "Cộng":
    problems.append("the Văn phòng's table: 5 khu vực bỏ phiếu and a Cộng row")
else:
    for i, col in ((3, "cử tri"), (4, "đã bỏ phiếu")):
        if sum(num(r[i]) for r in body) != num(trows[-1][i]):
            problems.append("the Văn phòng's table does not add up: " + col)
    for r in body + [trows[-1]]:
        if "%.2f" % (100 * num(r[4]) / num(r[3])) != r[5].replace(",", "."):
            problems.append("turnout of %s" % r[1])
    for n, f in TBC_REPORTS.items():
        r = body[n - 1]
        t = source_text(src_of["inbox/" + f])
        if "%s/%s" % (r[4], r[3]) not in t and not (r[3] in t and r[4] in t) or r[5] not in t:
            problems.append("Tổ bầu cử số %d's figures disagree with the Văn phòng's table" % n)
    if "1.486" not in source_text(src_of["inbox/" + TBC_REPORTS[1]]):
        problems.append("khu vực bỏ phiếu số 1's voters")
mt = source_text(src_of["inbox/" + MT_REPORT])
mt_body = mt.split("!B Kết quả thực hiện\n")[1].split("\n!B ")[0]
if re.search(r"^(\d+\.|[a-zđ]\)|[-+]) ", mt_body, re.M) or len(mt_body) < 1200:
    problems.append("the Mặt trận's report: one long paragraph of prose")

# ---- the photo: a JPEG whose evidence OCR reads back (spaces and case aside, a few letters tolerated)
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
if late != [LATE]:
    problems.append("one late report (Tổ bầu cử số 4) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["role"] != "other":
    problems.append("one unrelated file expected: %s" % other)
statuses = {c["status"] for c in gold["coverage"]}
if statuses != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("statuses: %s" % statuses)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
