"""Consistency check of corpus/one-hundred-twenty-seventh/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-twenty-seventh/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks: the duties in plan order, one per lettered item
of section III and one per unlettered item (III.3, III.4, III.6), 17 in all, each deadline read from
its item's own date phrase; roles (III.4 support, III.5-a, III.5-b, III.6 requested, the rest lead);
the roster's one collective (the three xóm the plan names); plan rows only for the two holders V.1
asks for a unit plan, report rows for every duty and holder (V.2); one file per holder and kind;
every ok reply cites the plan, the unrelated letter does not; one late report (the Mặt trận's), one
unrelated file (a non-holder's), one silent holder (the Trạm Y tế).
The shape, duties done another way: each row decided on a substitute means (WAYS) has the deciding
words in its reply's source, the status the README gives it and a note in the gold; every kind of
substitution of the brief occurs (merged, cheaper means, online, under another plan, by another body,
for part of the target, deferred, dropped for want of money, intent only, refusal). Formats: DOCX,
text PDF, a .doc, a scan (no text layer; its evidence read back by tesseract) and a phone photo.
"""
import difflib
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
src_of = {row["output"]: row["source"] for row in table["files"]}
CA = "cong-an-xa-tra-linh"
VH = "phong-van-hoa-xa-hoi"
VP = "van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan-xa"
YT = "tram-y-te-xa-tra-linh"
BP = "don-bien-phong-tra-linh"
MT = "uy-ban-mat-tran-to-quoc-viet-nam-xa-tra-linh"
DS, LN, PT = "xom-dong-si", "xom-lung-nam", "xom-po-tau"
XOM = "cac-xom-giap-bien"
PLAN_ASKED = {CA, VH}
SCAN = "BC nam 2026/scan_DBP Tra Linh_BC412_20261113.pdf"
PHOTO = "BC nam 2026/Cac xom/Zalo/IMG_20261119_163412.jpg"
DOC = "BC nam 2026/Cac xom/BC xom Lung Nam.doc"
LATE = "BC nam 2026/BTT MTTQ xa - BC 38 PCMBN.docx"
UNRELATED = "CV 61-BCHQS dang ky NVQS lan dau 2027.pdf"
CITE = "27/KH-UBND ngày 09/02/2026"
# the date phrase of each item of section III -> the deadline it gives
PHRASES = {"hoàn thành trong tháng 3/2026": "2026-03", "hoàn thành trước ngày 30/4/2026": "2026-04-30",
           "hoàn thành trong quý II/2026": "2026-06", "hoàn thành trong tháng 5/2026": "2026-05",
           "tổ chức trong tháng 7/2026": "2026-07", "vào ngày 30/7/2026": "2026-07-30",
           "hoàn thành trong quý III/2026": "2026-09"}
# rows decided on a substitute means: (kind of substitution, the deciding words of the reply, status)
WAYS = {
    ("III.1-c", CA, "plan"): ("under another plan", "Không thành lập đoàn kiểm tra riêng", "covered"),
    ("III.1-c", CA, "report"): ("under another plan", "không thành lập đoàn kiểm tra liên ngành riêng mà thực hiện theo Kế hoạch số 15/KH-CAX", "covered"),
    ("III.1-b", CA, "report"): ("by another body", "việc rà soát do Đồn Biên phòng Trà Lĩnh chủ trì", "covered"),
    ("III.1-d", CA, "report"): ("merged, part of the target", "không tổ chức Hội nghị tập huấn riêng mà lồng ghép", "partial"),
    ("III.2-a", VH, "report"): ("cheaper means", "thay vì in tờ rơi, áp phích", "covered"),
    ("III.2-b", VH, "report"): ("online", "chuyển sang hình thức thi trực tuyến", "covered"),
    ("III.2-c", VH, "report"): ("merged, part of the target", "được lồng ghép vào Hội nghị sơ kết 6 tháng", "partial"),
    ("III.2-e", VH, "report"): ("dropped for want of money", "chưa thực hiện do không được bố trí kinh phí", "missing"),
    ("III.3", VP, "report"): ("another channel", "trên Trang Zalo \"UBND xã Trà Lĩnh\"", "covered"),
    ("III.5-b", BP, "report"): ("merged, deferred for part of the target", "được lùi sang tháng 12/2026", "partial"),
    ("III.6", MT, "report"): ("part of the target, deferred", "sẽ lồng ghép vào buổi sinh hoạt định kỳ tháng 12/2026", "partial"),
    ("III.7-a", DS, "report"): ("merged", "không tổ chức họp riêng mà lồng ghép", "covered"),
    ("III.7-a", LN, "report"): ("deferred", "trong năm 2027", "partial"),
    ("III.7-b", LN, "report"): ("by another body", "do Công an xã chủ trì", "covered"),
    ("III.7-a", PT, "report"): ("intent only", "xóm sẽ tổ chức họp khi bà con về quê", "missing"),
    ("III.7-b", PT, "report"): ("refusal", "xóm không lập danh sách riêng", "missing"),
}

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-twenty-seventh":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-27", "2026-11-20"):
    problems.append("due dates")
if not plan_src.startswith("ỦY BAN NHÂN DÂN\nXÃ TRÀ LĨNH\nSố: 27/KH-UBND\n") \
        or "Trà Lĩnh, ngày 09 tháng 02 năm 2026" not in plan_src:
    problems.append("the plan's header")

# duties: one per item of section III, in order, deadline from the item's own phrase
section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ\n")[0]
section_v = plan_src.split("\nV. TỔ CHỨC THỰC HIỆN\n")[1]
items = [l for l in section_iii.split("\n")
         if re.match(r"^[a-e]\) ", l) or l.startswith(("Đăng tải tin", "Phối hợp với", "Đề nghị Ủy ban"))]
if len(items) != len(gold["duties"]) or len(gold["duties"]) != 17:
    problems.append("duty count %d vs %d items" % (len(gold["duties"]), len(items)))
pos = -1
for d, item in zip(gold["duties"], items):
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    text = item[3:] if re.match(r"^[a-e]\) ", item) else item
    if not text.startswith(d["text_start"]):
        problems.append("text_start does not open its item: " + d["id"])
    found = [p for p in PHRASES if p in item]
    if (PHRASES[found[0]] if len(found) == 1 else None) != d["deadline"] or len(found) > 1:
        problems.append("deadline of %s: %s vs %s" % (d["id"], d["deadline"], found))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"III.4": "support", "III.5-a": "requested",
                                                       "III.5-b": "requested", "III.6": "requested"}:
    problems.append("roles: III.4 support, III.5-a, III.5-b, III.6 requested, the rest lead")
if not section_v.startswith("1. Công an xã, Phòng Văn hóa - Xã hội căn cứ nhiệm vụ được giao xây dựng kế hoạch"):
    problems.append("V.1 asks the two holders of PLAN_ASKED for a unit plan")
if "báo cáo kết quả thực hiện năm 2026" not in section_v.split("\n")[1] or "20/11/2026" not in section_v.split("\n")[1]:
    problems.append("V.2: the year report by 20/11/2026")

# roster and holders
names, members = goldcheck.roster(HERE)
if members != {XOM: [DS, LN, PT]}:
    problems.append("one collective: the three xóm giáp biên")
holders = {d["body_id"] for d in gold["duties"]}
if holders - {XOM} | set(members[XOM]) != names:
    problems.append("the roster's bodies are the holders and the collective's members")
if any(d["collective"] != (d["body_id"] == XOM) for d in gold["duties"]):
    problems.append("collective flag")
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
        if CITE not in src:
            problems.append("plan citation of " + f)
        if e["role"] == "unit_plan" and e["body_id"] not in PLAN_ASKED:
            problems.append("a unit plan from a holder not asked for one: " + f)
    elif "27/KH-UBND" in src:
        problems.append("the unrelated file cites the plan: " + f)
if any(b == YT for b, _ in senders):
    problems.append("the Trạm Y tế sends nothing")

# coverage rows: plan rows only where V.1 asks for a unit plan, report rows for every duty and holder
expected = set()
for d in gold["duties"]:
    for h in (members[d["body_id"]] if d["collective"] else [d["body_id"]]):
        expected.add((d["id"], h, "report"))
        if h in PLAN_ASKED:
            expected.add((d["id"], h, "plan"))
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f in (SCAN, PHOTO))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")

# the shape: the substitute means and the verdicts they get
row = {(c["duty_id"], c["body_id"], c["kind"]): c for c in gold["coverage"]}
for key, (way, words, status) in WAYS.items():
    c = row.get(key)
    if c is None:
        problems.append("no row for %s" % (key,))
        continue
    if c["status"] != status:
        problems.append("status of %s: %s, the README says %s" % (key, c["status"], status))
    if words not in source_text(src_of["inbox/" + c["evidence_file"]]):
        problems.append("the deciding words of %s not in its reply: %s" % (key, words))
    if "%s / %s / %s" % key not in gold["notes"]:
        problems.append("a substitute-means verdict without a note: %s" % (key,))
ways = " ".join(w for w, _, _ in WAYS.values())
for kind in ("merged", "cheaper means", "online", "under another plan", "by another body", "part of the target",
             "deferred", "dropped for want of money", "intent only", "refusal"):
    if kind not in ways:
        problems.append("the shape lacks: " + kind)
if {s for _, _, s in WAYS.values()} != {"covered", "partial", "missing"}:
    problems.append("substitute means judged every way")

# files: one late, one unrelated, the formats
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late report (the Mặt trận's) expected: %s" % late)
if "gửi chậm" not in source_text(src_of["inbox/" + LATE]):
    problems.append("the late report says it is late")
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["role"] != "other" or gold["files"][UNRELATED]["body_id"]:
    problems.append("one unrelated letter of a non-holder expected: %s" % other)
exts = {os.path.splitext(f)[1] for f in gold["files"]}
if exts != {".docx", ".pdf", ".doc", ".jpg"}:
    problems.append("formats: %s" % exts)
if built_text("inbox/" + SCAN).strip():
    problems.append("the Đồn Biên phòng's report should be a scan (no text layer)")
if "Thực hiện Kế hoạch số 27/KH-UBND" not in built_text("inbox/" + DOC):
    problems.append("the .doc should read back through LibreOffice")
try:
    import render as R  # noqa: E402
    with tempfile.TemporaryDirectory(prefix="check-127-") as tmp:
        ocr = ""
        for k, img in enumerate(R.page_images(os.path.join(HERE, "inbox", SCAN), 300)):
            png = os.path.join(tmp, "p%d.png" % k)
            img.save(png)
            ocr += subprocess.run(["tesseract", png, "-", "-l", "vie"], capture_output=True, text=True,
                                  timeout=180).stdout
except (OSError, subprocess.TimeoutExpired, ImportError):
    ocr = None
if ocr is not None:
    flat_ocr = goldcheck.flat(ocr).lower()
    for c in gold["coverage"]:
        if c["evidence_file"] == SCAN and c["evidence"]:
            ev = goldcheck.flat(c["evidence"]).lower()
            best = max(difflib.SequenceMatcher(None, flat_ocr[k:k + len(ev)], ev, autojunk=False).ratio()
                       for k in range(max(1, len(flat_ocr) - len(ev) + 1)))
            if best < 0.9:
                problems.append("scan evidence not legible: " + c["evidence"])
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
