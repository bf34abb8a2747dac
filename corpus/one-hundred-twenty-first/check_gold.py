"""Consistency check of corpus/one-hundred-twenty-first/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-twenty-first/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks: 13 duties in plan order, each opening an item of
section III (a lettered item, or III.4's single paragraph), one support (III.4); the roster's one
collective = the six communes the plan names in II.1, the roster naming new bodies only (no former
commune, district or Sở name, no "cũ"); every roster body holds a duty; one file per holder and
kind; every ok reply cites the plan, the unrelated letter does not. The set's shape, names in
transition after the 2025 merger:
- Võ Miếu's plan under the old template "UBND HUYỆN THANH SƠN / ỦY BAN NHÂN DÂN XÃ VÕ MIẾU" (in
  the built DOCX's header too), while its later công văn has the correct header;
- Đại Đồng's report in a file named after a former commune (Yên Nghiệp, listed under Đại Đồng in
  the plan's II.1 table), its text counting by former commune "(cũ)";
- Tam Dương introducing itself "(được thành lập trên cơ sở sáp nhập …)";
- Hoàng An's report sent by its Phòng Kinh tế ("UBND XÃ HOÀNG AN / PHÒNG KINH TẾ"), working at a
  former commune's seat;
- Sở NN&MT's plan in a file named "So TNMT", its text naming "Sở Tài nguyên và Môi trường"; Sở
  KH&CN's report in a file named "STTTT", its text naming "Sở Thông tin và Truyền thông"; both
  headers carry the new names;
- xã Lạc Sơn's report a scan with no text layer (its evidence read back by tesseract when present),
  the one late reply;
- when the package vietnamadminunits is installed: the six communes are units of the new tỉnh Phú
  Thọ whose former communes are those of the plan's table.
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
src_of = {row["output"]: row["source"] for row in table["files"]}
CITE = "27/KH-UBND ngày 16/01/2026"
SCAN = "BC nam 2026/Scan_LacSon_BC212_27112026.pdf"
UNRELATED = "CV 388 Vo Mieu de nghi ho tro kinh phi sat lo.pdf"
VM_PLAN = "KH 09 UBND xa Vo Mieu tru so doi du.docx"
DD_REPORT = "BC nam 2026/BC 131 xa Yen Nghiep tru so doi du.docx"
TD_PLAN = "Tam Duong - KH 15 sap xep tru so doi du.pdf"
HA_REPORT = "BC nam 2026/BC 46-PKT xa Hoang An.docx"
NN_PLAN = "So TNMT_KH 45 ho so dat dai tru so xa doi du.docx"
KH_REPORT = "BC nam 2026/STTTT_BC 1825 ha tang CNTT tru so xa thi diem.pdf"
XA = ["Đại Đồng", "Lạc Sơn", "Võ Miếu", "Hương Cần", "Tam Dương", "Hoàng An"]
COLLECTIVE = "uy-ban-nhan-dan-cac-xa-thi-diem"

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-twenty-first":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-10", "2026-11-20"):
    problems.append("due dates")
if "gửi Sở Tài chính trước ngày 10/02/2026" not in plan_src or "(qua Sở Tài chính) trước ngày 20/11/2026" not in plan_src:
    problems.append("the plan's V.1 / V.2 due dates")

# duties: plan order, section III, each opening one item
section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. KINH PHÍ\n")[0]
items = [l for l in section_iii.split("\n") if re.match(r"^[a-d]\) ", l) or l.startswith("Phối hợp với ")]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if section_iii.count(d["text_start"]) != 1:
        problems.append("duty outside section III or not unique there: " + d["id"])
    if not any(l.startswith(d["text_start"]) or l[3:].startswith(d["text_start"]) for l in items):
        problems.append("text_start does not open an item: " + d["id"])
if len(items) != len(gold["duties"]) or len(gold["duties"]) != 13:
    problems.append("duty count %d vs %d items" % (len(gold["duties"]), len(items)))
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"III.4": "support"}:
    problems.append("roles: III.4 support, the rest lead")

# roster: new bodies only; the collective = the six communes of II.1
import yaml  # noqa: E402
names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {COLLECTIVE: 6}:
    problems.append("roster: one collective of 6 communes expected")
if sorted(members.get(COLLECTIVE, [])) != sorted(goldcheck.slug("Ủy ban nhân dân xã " + x) for x in XA):
    problems.append("the collective's members are the six xã of the plan")
if "Thực hiện thí điểm tại 06 xã: " + ", ".join(XA) + " (sau đây gọi là các xã thí điểm)" not in plan_src:
    problems.append("the plan names the six xã")
bodies = yaml.safe_load(open(os.path.join(HERE, "roster.yaml"), encoding="utf-8"))["bodies"]
# the plan's II.1 table: new xã -> (its former communes, the former district)
TABLE = {}
for row in plan_src.split("\n"):
    m = re.match(r"^\d \| Xã (.+?) \| (.+) \((huyện .+) cũ\) \| \d+$", row)
    if m:
        TABLE[m.group(1)] = (m.group(2).split(", "), m.group(3))
if sorted(TABLE) != sorted(XA):
    problems.append("the plan's II.1 table: one row per xã")
former = {re.sub(r"^(?:[Xx]ã|[Tt]hị trấn) ", "", old) for olds, _ in TABLE.values() for old in olds} - set(XA)
for b in bodies:
    for n in [b["name"]] + b.get("aliases", []):
        if re.search(r"cũ|huyện|TNMT|TN&MT|Tài nguyên|TTTT|Thông tin và Truyền thông", n) or any(f in n for f in former):
            problems.append("a former name in the roster: " + n)
holders = {d["body_id"] for d in gold["duties"]}
held = {m for h in holders for m in members.get(h, [h])}
if held != names:
    problems.append("every roster body holds a duty: %s" % (names ^ held))
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
        if CITE not in src:
            problems.append("plan citation of " + f)
    elif "27/KH-UBND" in src:
        problems.append("the unrelated file cites the plan: " + f)
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
silent = names - {b for b, _ in senders} - {e["body_id"] for e in gold["files"].values()}
if silent != {"so-tai-chinh", "uy-ban-nhan-dan-xa-huong-can"}:
    problems.append("silent holders: Sở Tài chính (the receiving office) and xã Hương Cần: %s" % silent)

# the shape: names in transition


def top(f):
    return source_text(src_of["inbox/" + f]).split("\nCỘNG HÒA")[0]


vm_built = built_text("inbox/" + VM_PLAN)
if not top(VM_PLAN).startswith("UBND HUYỆN THANH SƠN\nỦY BAN NHÂN DÂN XÃ VÕ MIẾU\n") or "UBND HUYỆN THANH SƠN" not in vm_built:
    problems.append("Võ Miếu's plan under the old district line")
if not top(UNRELATED).startswith("ỦY BAN NHÂN DÂN\nXÃ VÕ MIẾU\n"):
    problems.append("Võ Miếu's công văn under the new header")
row_dd = [l for l in plan_src.split("\n") if l.startswith("1 | Xã Đại Đồng | ")]
dd_src = source_text(src_of["inbox/" + DD_REPORT])
if "Yen Nghiep" not in DD_REPORT or not row_dd or "Yên Nghiệp" not in row_dd[0] \
        or not top(DD_REPORT).startswith("ỦY BAN NHÂN DÂN\nXÃ ĐẠI ĐỒNG\n") or dd_src.count("(cũ)") < 5:
    problems.append("Đại Đồng's report: a former commune's name in the file, (cũ) in the text")
if "Xã Tam Dương (được thành lập trên cơ sở sáp nhập thị trấn Hợp Hòa, thị trấn Kim Long, xã Hướng Đạo và xã Đạo Tú)" \
        not in source_text(src_of["inbox/" + TD_PLAN]):
    problems.append("Tam Dương introduces itself")
if not top(HA_REPORT).startswith("UBND XÃ HOÀNG AN\nPHÒNG KINH TẾ\n") or \
        "trụ sở xã Hoàng Đan cũ" not in source_text(src_of["inbox/" + HA_REPORT]):
    problems.append("Hoàng An's report sent by its Phòng Kinh tế")
if "TNMT" not in NN_PLAN or "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" not in top(NN_PLAN) \
        or "Sở Tài nguyên và Môi trường" not in source_text(src_of["inbox/" + NN_PLAN]):
    problems.append("Sở NN&MT's plan: old name in file and text, new name in header")
if "STTTT" not in KH_REPORT or "SỞ KHOA HỌC VÀ CÔNG NGHỆ" not in top(KH_REPORT) \
        or "Sở Thông tin và Truyền thông" not in source_text(src_of["inbox/" + KH_REPORT]):
    problems.append("Sở KH&CN's report: old name in file and text, new name in header")

# formats: DOCX, text PDF, .doc, one scan without a text layer (OCR reads its evidence back)
exts = {os.path.splitext(f)[1] for f in gold["files"]}
if not {".docx", ".pdf", ".doc"} <= exts:
    problems.append("formats: %s" % exts)
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", SCAN)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("Lạc Sơn's report should be a scan")
for f in gold["files"]:
    if f.endswith(".pdf") and f != SCAN and not goldcheck.flat(built_text("inbox/" + f)):
        problems.append("text PDF without text: " + f)
try:
    with __import__("tempfile").TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "200", "-png", os.path.join(HERE, "inbox", SCAN), os.path.join(tmp, "p")],
                       check=True, capture_output=True, timeout=120)
        ocr = "".join(subprocess.run(["tesseract", os.path.join(tmp, p), "-", "-l", "vie"], capture_output=True,
                                     text=True, timeout=120).stdout for p in sorted(os.listdir(tmp)))
except (OSError, subprocess.SubprocessError):
    ocr = None
if ocr:
    import difflib
    flat_ocr = goldcheck.flat(ocr).lower()
    for c in gold["coverage"]:
        if c["evidence_file"] == SCAN and c["evidence"]:
            ev = goldcheck.flat(c["evidence"]).lower()
            best = max(difflib.SequenceMatcher(None, flat_ocr[k:k + len(ev)], ev, autojunk=False).ratio()
                       for k in range(max(1, len(flat_ocr) - len(ev) + 1)))
            if best < 0.85:
                problems.append("scan evidence not legible: " + c["evidence"])

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [SCAN]:
    problems.append("one late report (xã Lạc Sơn) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["role"] != "other":
    problems.append("one unrelated file expected: %s" % other)

# the map (optional): the six xã are units of the new tỉnh Phú Thọ, their former communes the table's
try:
    import vietnamadminunits as vau
except ImportError:
    vau = None
if vau is not None:
    PROVINCE = {"huyện Lạc Sơn": "Hòa Bình", "huyện Thanh Sơn": "Phú Thọ", "huyện Tam Dương": "Vĩnh Phúc"}
    for xa, (olds, district) in TABLE.items():
        for old in olds:
            unit = vau.convert_address("%s, %s, tỉnh %s" % (old, district, PROVINCE[district]))
            if unit.province != "Tỉnh Phú Thọ" or unit.ward != "Xã " + xa:
                problems.append("map: %s (%s) -> %s, %s, not xã %s" % (old, district, unit.ward, unit.province, xa))

print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
