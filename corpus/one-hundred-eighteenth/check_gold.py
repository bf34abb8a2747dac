"""Consistency check of corpus/one-hundred-eighteenth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-eighteenth/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks: the duties in plan order, each opening an item of
section II, their roles (one support, two requested); the roster's one collective; one file per holder
and kind; every ok reply cites the plan, the unrelated letter does not. The set's shape, a Tết plan
whose deadlines are written in the lunar calendar: a lunar calendar (Hồ Ngọc Đức's algorithm, UTC+7,
below) converts every lunar deadline of the plan to the gold's solar date, the report due date
("trước ngày 15 tháng Giêng năm Bính Ngọ") and the lunar date line of one report; every pair of a
lunar and a solar date written side by side in any source agrees with it; tháng Chạp Ất Tỵ has 29
days (so no "30 tháng Chạp" anywhere; "đêm 30 Tết" only as the tổ trưởng's colloquial Giao thừa).
One late report (after the lunar due date), one unrelated Thư chúc Tết, silent holders, the deferral
to Tết Thanh minh, a scan and a phone photo whose evidence tesseract reads back.
"""
import math
import os
import re
import subprocess
import sys
import tempfile
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
PHOTO = "Cac to dan pho/Zalo/z7261843920157_3fa9c0e21b74d58e.jpg"
SCAN = "scan_BCHQS_KH truc SSCD Tet_27012026.pdf"
LATE = "Cac to dan pho/TDP so 5_BC Tet 2026.docx"
UNRELATED = "Thu chuc Tet - CA phuong Tam Diep.pdf"
DEFERRAL = "Bao cao sau Tet/BC 09-KTHTDT thi truong gia ca, VSMT dip Tet.pdf"
PLAN_CITE = "Kế hoạch số 07/KH-UBND ngày 07/01/2026"


# ---------------------------------------------------------------- the lunar calendar (Hồ Ngọc Đức, UTC+7)

def _jd(d, m, y):
    a = (14 - m) // 12
    y, m = y + 4800 - a, m + 12 * a - 3
    return d + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045


def _new_moon(k):
    T = k / 1236.85
    T2, T3, dr = T * T, T * T * T, math.pi / 180
    jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3
    jd += 0.00033 * math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr)
    M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3
    Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3
    F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3
    c = (0.1734 - 0.000393 * T) * math.sin(M * dr) + 0.0021 * math.sin(2 * dr * M)
    c -= 0.4068 * math.sin(Mpr * dr) - 0.0161 * math.sin(dr * 2 * Mpr)
    c -= 0.0004 * math.sin(dr * 3 * Mpr)
    c += 0.0104 * math.sin(dr * 2 * F) - 0.0051 * math.sin(dr * (M + Mpr))
    c -= 0.0074 * math.sin(dr * (M - Mpr)) - 0.0004 * math.sin(dr * (2 * F + M))
    c -= 0.0004 * math.sin(dr * (2 * F - M)) + 0.0006 * math.sin(dr * (2 * F + Mpr))
    c += 0.0010 * math.sin(dr * (2 * F - Mpr)) + 0.0005 * math.sin(dr * (2 * Mpr + M))
    delta = -0.000278 + 0.000265 * T + 0.000262 * T2 if T >= -11 else \
        0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
    return jd + c - delta


def _sun_longitude(day, tz=7):
    """The sun's longitude at local midnight of Julian day number day, as a sector 0..11 (30° each)."""
    T = (day - 0.5 - tz / 24 - 2451545.0) / 36525
    T2, dr = T * T, math.pi / 180
    M = 357.52910 + 35999.05030 * T - 0.0001559 * T2 - 0.00000048 * T * T2
    L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2
    DL = (1.914600 - 0.004817 * T - 0.000014 * T2) * math.sin(dr * M)
    DL += (0.019993 - 0.000101 * T) * math.sin(dr * 2 * M) + 0.000290 * math.sin(dr * 3 * M)
    L = (L0 + DL) * dr
    L -= math.pi * 2 * int(L / (math.pi * 2))
    return int(L / math.pi * 6)


def _new_moon_day(k, tz=7):
    return int(_new_moon(k) + 0.5 + tz / 24)


def _month11(y, tz=7):
    k = int((_jd(31, 12, y) - 2415021) / 29.530588853)
    nm = _new_moon_day(k, tz)
    return _new_moon_day(k - 1, tz) if _sun_longitude(nm, tz) >= 9 else nm


def _leap_offset(a11, tz=7):
    k = int((a11 - 2415021.076998695) / 29.530588853 + 0.5)
    i, arc = 1, _sun_longitude(_new_moon_day(k + 1, tz), tz)
    while True:
        last, i = arc, i + 1
        arc = _sun_longitude(_new_moon_day(k + i, tz), tz)
        if arc == last or i >= 14:
            return i - 1


def lunar(d):
    """(day, month, lunar year, leap) of a solar date."""
    n = _jd(d.day, d.month, d.year)
    k = int((n - 2415021.076998695) / 29.530588853)
    start = _new_moon_day(k + 1)
    if start > n:
        start = _new_moon_day(k)
    a11 = b11 = _month11(d.year)
    if a11 >= start:
        year, a11 = d.year, _month11(d.year - 1)
    else:
        year, b11 = d.year + 1, _month11(d.year + 1)
    diff = int((start - a11) / 29)
    leap, month = 0, diff + 11
    if b11 - a11 > 365:
        off = _leap_offset(a11)
        if diff >= off:
            month = diff + 10
            leap = int(diff == off)
    if month > 12:
        month -= 12
    if month >= 11 and diff < 4:
        year -= 1
    return n - start + 1, month, year, leap


# this Tết's two months, solar date of each lunar day: CHAP[n] = n tháng Chạp Ất Tỵ, GIENG[n] = mùng n tháng Giêng Bính Ngọ
CHAP, GIENG = {}, {}
day = date(2025, 12, 1)
while day < date(2026, 4, 30):
    ld, lm, ly, leap = lunar(day)
    if (lm, ly, leap) == (12, 2025, 0):
        CHAP[ld] = day
    elif (lm, ly, leap) == (1, 2026, 0):
        GIENG[ld] = day
    day += timedelta(1)
MONTH = {"Chạp": CHAP, "Giêng": GIENG}


def solar(n, month):
    return MONTH[month].get(n)


problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-eighteenth":
    problems.append("set name")
if GIENG.get(1) != date(2026, 2, 17):
    problems.append("Tết Bính Ngọ is not 17/02/2026: %s" % GIENG.get(1))
if len(CHAP) != 29 or max(CHAP) != 29 or CHAP[1] != date(2026, 1, 19) or CHAP[23] != date(2026, 2, 10):
    problems.append("tháng Chạp Ất Tỵ: 29 days from 19/01/2026 expected, got %d" % len(CHAP))
if len(GIENG) != 30:
    problems.append("tháng Giêng Bính Ngọ: 30 days expected")

plan_src = source_text(src_of[gold["plan"]])
# the lunar-dated report has no "ngày D tháng M năm YYYY": its date is checked below
problems += [p for p in goldcheck.file_problems(HERE, gold, source_text, src_of)
             if p != "date of %s not in its header" % PHOTO]
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))

# due dates: the plan dues, written the lunar way
if gold["plan_due"] != "2026-01-28" or "trước ngày 10 tháng Chạp năm Ất Tỵ (tức ngày 28/01/2026)" not in plan_src \
        or solar(10, "Chạp") != date(2026, 1, 28):
    problems.append("plan_due")
if "trước ngày 15 tháng Giêng năm Bính Ngọ;" not in plan_src or gold["report_due"] != str(solar(15, "Giêng")):
    problems.append("report_due: 15 tháng Giêng Bính Ngọ = %s" % solar(15, "Giêng"))

# the duties: in plan order, each opening a lettered item of section II or its unlettered II.7, II.8
section_ii = plan_src.split("\nII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIII. KINH PHÍ\n")[0]
items = [l for l in section_ii.split("\n") if re.match(r"^[a-d]\) ", l) or l.startswith("Đề nghị ")]
if len(items) != len(gold["duties"]) or not 12 <= len(gold["duties"]) <= 25:
    problems.append("duty count %d vs %d items" % (len(gold["duties"]), len(items)))
item_of = {}
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    hit = [l for l in items if l.startswith(d["text_start"]) or l[3:].startswith(d["text_start"])]
    if len(hit) != 1:
        problems.append("text_start does not open one item: " + d["id"])
    else:
        item_of[d["id"]] = hit[0]
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"II.5-b": "support", "II.7": "requested", "II.8": "requested"}:
    problems.append("roles: one support (II.5-b), two requested (II.7, II.8)")

# every deadline from the item's own words: a lunar day converted, a solar date given, "trước Tết", or null
TET = GIENG[1]
WHEN = {  # duty: (the words in its item, the date they give or None)
    "II.1-a": ("trước ngày 12 tháng Chạp năm Ất Tỵ (tức ngày 30/01/2026)", solar(12, "Chạp")),
    "II.1-b": ("hoàn thành trước ngày 25 tháng Chạp.", solar(25, "Chạp")),
    "II.1-c": ("hoàn thành trước ngày 20 tháng Chạp.", solar(20, "Chạp")),
    "II.1-d": ("từ mùng 2 đến hết mùng 5 tháng Giêng", solar(5, "Giêng")),
    "II.2-a": ("trước, trong và sau Tết", None),
    "II.2-b": ("hoàn thành trước 23 tháng Chạp năm Ất Tỵ", solar(23, "Chạp")),
    "II.2-c": ("trong dịp Tết", None),
    "II.2-d": ("sau Tết, trước ngày 10 tháng Giêng", solar(10, "Giêng")),
    "II.3-a": ("trước ngày 25 tháng Chạp năm Ất Tỵ (tức ngày 12/02/2026)", solar(25, "Chạp")),
    "II.3-b": ("hoàn thành trước Tết.", TET),
    "II.4-a": ("từ ngày 15 tháng Chạp năm Ất Tỵ đến hết ngày 15 tháng Giêng năm Bính Ngọ", solar(15, "Giêng")),
    "II.4-b": ("trong dịp Tết", None),
    "II.4-c": ("đêm Giao thừa (ngày 29 tháng Chạp năm Ất Tỵ, tức ngày 16/02/2026)", solar(29, "Chạp")),
    "II.5-a": ("từ ngày 27 tháng Chạp năm Ất Tỵ đến hết ngày mùng 6 tháng Giêng năm Bính Ngọ", solar(6, "Giêng")),
    "II.5-b": ("đêm Giao thừa và các ngày Tết", None),
    "II.5-c": ("năm 2026 trước Tết.", TET),
    "II.6-a": ("trong những ngày nghỉ Tết", None),
    "II.6-b": ("hoàn thành trước ngày 20 tháng Chạp", solar(20, "Chạp")),
    "II.7": ("hoàn thành trao quà trước ngày 25 tháng Chạp năm Ất Tỵ", solar(25, "Chạp")),
    "II.8": ("hoàn thành trước ngày 28 tháng Chạp.", solar(28, "Chạp")),
    "II.9-a": ("trước ngày 05 tháng Chạp", solar(5, "Chạp")),
    "II.9-b": ("trước ngày 28 tháng Chạp", solar(28, "Chạp")),
    "II.9-c": ("hoàn thành trước ngày 15 tháng Chạp", solar(15, "Chạp")),
    "II.9-d": ("trong dịp Tết", None),
}
for d in gold["duties"]:
    words, when = WHEN.get(d["id"], ("?", None))
    if words not in item_of.get(d["id"], ""):
        problems.append("deadline words not in the item: %s %r" % (d["id"], words))
    if d["deadline"] != (str(when) if when else None):
        problems.append("deadline of %s: gold %s, calendar %s" % (d["id"], d["deadline"], when))
    if d["deadline"] and "%s deadline" % d["id"] not in gold["notes"]:
        problems.append("no note on the deadline of " + d["id"])

# every lunar/solar pair written side by side in any source agrees with the calendar
LUNAR = r"(?:[Nn]gày |[Mm]ùng |đêm )?(\d{1,2}) tháng (Chạp|Giêng)(?: năm (?:Ất Tỵ|Bính Ngọ))?"
SOLAR = r"(\d{1,2})/(\d{1,2})/(\d{4})"
pairs = 0
for src in sorted(os.listdir(os.path.join(HERE, "src"))):
    text = source_text(src)
    found = []
    for m in re.finditer(LUNAR + r"(?:,? \(|, )(?:tức )?(?:ngày |đêm )?" + SOLAR, text):
        found.append((int(m.group(1)), m.group(2), date(int(m.group(5)), int(m.group(4)), int(m.group(3)))))
    for m in re.finditer(r"(\d{1,2})/(\d{1,2})/(\d{4}) \((?:ngày |mùng )?(\d{1,2}) tháng (Chạp|Giêng)\)", text):
        found.append((int(m.group(4)), m.group(5), date(int(m.group(3)), int(m.group(2)), int(m.group(1)))))
    for m in re.finditer(r"[Mm]ùng (\d{1,2}) Tết \((?:ngày )?" + SOLAR + r"\)", text):
        found.append((int(m.group(1)), "Giêng", date(int(m.group(4)), int(m.group(3)), int(m.group(2)))))
    for m in re.finditer(SOLAR + r" \| (?:(\d{1,2}) tháng Chạp|Mùng (\d{1,2}) Tết)", text):
        n, month = (int(m.group(4)), "Chạp") if m.group(4) else (int(m.group(5)), "Giêng")
        found.append((n, month, date(int(m.group(3)), int(m.group(2)), int(m.group(1)))))
    # ranges: "(từ) D1/M1(/Y) đến (ngày|hết ngày) D2/M2/Y (…lunar start… đến …lunar end…)"
    for m in re.finditer(r"(\d{1,2})/(\d{1,2})(?:/\d{4})? đến (?:hết )?(?:ngày |17 giờ 00 ngày )?" + SOLAR
                         + r" \((?:từ )?(?:ngày )?(\d{1,2})(?: tháng (Chạp))?(?: năm Ất Tỵ)? (?:đến|-) "
                         r"(?:hết )?(?:ngày )?(?:mùng )?(\d{1,2}|Rằm) tháng (Chạp|Giêng)", text):
        y = int(m.group(5))
        first_month = m.group(7) or m.group(9)
        found.append((int(m.group(6)), first_month, date(y, int(m.group(2)), int(m.group(1)))))
        end = 15 if m.group(8) == "Rằm" else int(m.group(8))
        found.append((end, m.group(9), date(y, int(m.group(4)), int(m.group(3)))))
    for n, month, d in found:
        pairs += 1
        if solar(n, month) != d:
            problems.append("%s: %d tháng %s is %s, the text says %s" % (src, n, month, solar(n, month), d))
    if re.search(r"\b30 tháng Chạp\b", text):
        problems.append("30 tháng Chạp does not exist this year: " + src)
    if "đêm 30 Tết" in text and src != src_of["inbox/" + PHOTO]:
        problems.append("'đêm 30 Tết' only in the tổ dân phố số 2 report: " + src)
if pairs < 25:
    problems.append("only %d lunar/solar pairs found" % pairs)
for words, n, month in (("ngày 27 tháng Chạp năm Ất Tỵ", 27, "Chạp"), ("ngày 14/02/2026", 27, "Chạp"),
                        ("hết ngày 22/02/2026", 6, "Giêng")):
    if words not in plan_src:
        problems.append("the plan's holiday: " + words)
if (solar(27, "Chạp"), solar(6, "Giêng")) != (date(2026, 2, 14), date(2026, 2, 22)):
    problems.append("the holiday 27 tháng Chạp - mùng 6 tháng Giêng is not 14/02 - 22/02/2026")

# the report dated only by the lunar calendar
photo_src = source_text(src_of["inbox/" + PHOTO])
m = re.search(r"Tam Điệp, ngày (\d{1,2}) tháng Giêng năm Bính Ngọ", photo_src)
if not m or gold["files"][PHOTO]["date"] != str(solar(int(m.group(1)), "Giêng")) or re.search(r"năm 2026\n\|S", photo_src):
    problems.append("the tổ dân phố số 2 report: its lunar date line and gold date")
# the late one: after 15 tháng Giêng, and says so
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE] or lunar(date.fromisoformat(gold["files"][LATE]["date"]))[:2] != (17, 1) \
        or "chậm so với thời hạn ngày 15 tháng Giêng" not in source_text(src_of["inbox/" + LATE]):
    problems.append("one late report (tổ dân phố số 5, 17 tháng Giêng) expected: %s" % late)

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"cac-to-dan-pho": 4}:
    problems.append("roster: one collective of 4 tổ dân phố expected")
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 9:
    problems.append("9 holders expected: %d" % len(holders))
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
        if PLAN_CITE not in src:
            problems.append("plan citation of " + f)
    elif "07/KH-UBND" in src:
        problems.append("the unrelated file cites the plan: " + f)
silent = {"van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan-phuong",
          "doan-thanh-nien-cong-san-ho-chi-minh-phuong-tam-diep", "to-dan-pho-so-7"}
if silent & {e["body_id"] for e in gold["files"].values()}:
    problems.append("the silent holders sent something")
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f in (PHOTO, SCAN))
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["role"] != "other" \
        or not source_text(src_of["inbox/" + UNRELATED]).split("\n\n")[1].startswith("THƯ CHÚC TẾT"):
    problems.append("one unrelated Thư chúc Tết expected: %s" % other)
row = {(c["duty_id"], c["body_id"], c["kind"]): c for c in gold["coverage"]}
if row[("II.2-b", "phong-kinh-te-ha-tang-va-do-thi", "report")]["status"] != "partial" \
        or "chuyển sang thực hiện trong dịp Tết Thanh minh" not in source_text(src_of["inbox/" + DEFERRAL]):
    problems.append("the deferral to Tết Thanh minh")
statuses = {c["status"] for c in gold["coverage"]}
if statuses != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("statuses: %s" % statuses)

# the formats: a scan with no text layer, a phone photo (JPEG), a workbook, a .doc, DOCX and text PDFs
exts = sorted({os.path.splitext(f)[1] for f in gold["files"]})
if exts != [".doc", ".docx", ".jpg", ".pdf", ".xlsx"]:
    problems.append("formats: %s" % exts)
if goldcheck.flat(built_text("inbox/" + SCAN)):
    problems.append("the scan has a text layer")
with open(os.path.join(HERE, "inbox", PHOTO), "rb") as fh:
    if fh.read(3) != b"\xff\xd8\xff":
        problems.append("the photo is not a JPEG")


def ocr(path):
    """tesseract's text of an image, or of each page of an image-only PDF (None without tesseract)."""
    try:
        if not path.endswith(".pdf"):
            return subprocess.run(["tesseract", path, "-", "-l", "vie"], capture_output=True, text=True,
                                  timeout=180).stdout
        import pypdfium2 as pdfium
        out = []
        with tempfile.TemporaryDirectory(prefix="check118-") as tmp:
            pdf = pdfium.PdfDocument(path)
            for k in range(len(pdf)):
                png = os.path.join(tmp, "p%d.png" % k)
                pdf[k].render(scale=1.0).to_pil().save(png)
                out.append(subprocess.run(["tesseract", png, "-", "-l", "vie"], capture_output=True, text=True,
                                          timeout=180).stdout)
            pdf.close()
        return "\n".join(out)
    except (OSError, subprocess.TimeoutExpired):
        return None


import difflib  # noqa: E402
for f in (PHOTO, SCAN):
    text = ocr(os.path.join(HERE, "inbox", f))
    if text is None:
        continue
    flat_ocr = goldcheck.flat(text).lower()
    for c in gold["coverage"]:
        if c["evidence_file"] == f and c["evidence"]:
            ev = goldcheck.flat(c["evidence"]).lower()
            best = max(difflib.SequenceMatcher(None, flat_ocr[k:k + len(ev)], ev, autojunk=False).ratio()
                       for k in range(max(1, len(flat_ocr) - len(ev) + 1)))
            if best < 0.9:
                problems.append("OCR evidence not legible (%.2f): %s" % (best, c["evidence"]))

print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files, %d lunar/solar pairs)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"]), pairs))
