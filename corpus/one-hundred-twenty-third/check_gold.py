"""Consistency check of corpus/one-hundred-twenty-third/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-twenty-third/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks: the shape — the tasks of section III are listed
under three unnumbered phase lines ("Giai đoạn 1: Chuẩn bị (từ … đến …)", printed bold in the DOCX)
and each names its holder AFTER its text (in brackets at the end, on lines of its own below, or
"… do X thực hiện."): every duty's holder is found in its task's holder part, with the role word the
plan gives it (chủ trì / thực hiện → lead, phối hợp → support), and never in the task text before
it; each deadline is the task's own date or else its phase's end; III.11 "(các đơn vị thực hiện)"
is one lead duty for each non-collective holder; III.12 "do Ủy ban nhân dân xã thực hiện" gives
none. The roster's one collective is the four thôn, tổ dân phố of II.2; plan rows only for the four
holders V.2 asks; one file per holder and kind; every ok reply cites the plan, the letter does not;
replies answer in their own order (two at least put a later duty before an earlier one); the scan
has no text layer and, like the photo, its evidence is read back by tesseract; one late, one
unrelated, two silent holders (Hội LHPN, thôn Yên Thái).
"""
import difflib
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__)
src_of = {row["output"]: row["source"] for row in table["files"]}
TYT, VH, CA, MN = "tram-y-te-xa-nong-cong", "phong-van-hoa-xa-hoi", "cong-an-xa-nong-cong", "truong-mam-non-nong-cong"
DTN, HPN, THON = "doan-thanh-nien-cong-san-ho-chi-minh-xa-nong-cong", "hoi-lien-hiep-phu-nu-xa-nong-cong", "cac-thon-to-dan-pho"
PLAN_ASKED = {TYT, VH, CA, MN}
# how the plan writes each holder after a task
PLAN_NAME = {TYT: "Trạm Y tế xã", VH: "Phòng Văn hóa - Xã hội", CA: "Công an xã", MN: "Trường Mầm non Nông Cống",
             DTN: "Đoàn Thanh niên xã", HPN: "Hội Liên hiệp Phụ nữ xã", THON: "các thôn, tổ dân phố"}
SCAN = "Bao cao/scan_CAX_BC58_11052026.pdf"
PHOTO = "Bao cao/Zalo Doan xa/z7034412986355_5be0c1f7d2a94e81.jpg"
LATE = "Bao cao/Thon, TDP/BC 03 thon Tan Phuc.doc"
UNRELATED = "CV 214-TTYT tiem chung thuong xuyen T6, tay chan mieng.pdf"
CITE = "52/KH-UBND ngày 09/3/2026"

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-twenty-third":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-03-18", "2026-05-12"):
    problems.append("due dates")
if not plan_src.startswith("ỦY BAN NHÂN DÂN\nXÃ NÔNG CỐNG\nSố: 52/KH-UBND\n") \
        or "Nông Cống, ngày 09 tháng 3 năm 2026" not in plan_src:
    problems.append("the plan's header")

# ---------------------------------------------------------------- the shape: phases, tasks, holders after
section_iii = plan_src.split("\nIII. NỘI DUNG, TIẾN ĐỘ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ\n")[0]
lines = section_iii.split("\n")
PHASE = re.compile(r"^Giai đoạn (\d): .+ \(từ ngày (\d+)/(\d+)/2026 đến ngày (\d+)/(\d+)/2026\)$")
phases, tasks, phase_end = [], {}, None   # tasks: n -> (first line, [holder lines], phase end)
for line in lines:
    m = PHASE.match(line)
    if m:
        phases.append(int(m.group(1)))
        phase_end = "2026-%02d-%02d" % (int(m.group(5)), int(m.group(4)))
        continue
    m = re.match(r"^(\d+)\. (.*)$", line)
    if m:
        tasks[int(m.group(1))] = [m.group(2), [], phase_end]
    elif tasks:
        tasks[max(tasks)][1].append(line)
if phases != [1, 2, 3] or not lines[0].startswith("Giai đoạn 1: Chuẩn bị (từ ngày"):
    problems.append("three phase lines, the first opening section III: %s" % phases)
if sorted(tasks) != list(range(1, 13)):
    problems.append("tasks 1-12 expected: %s" % sorted(tasks))
from docx import Document  # noqa: E402
plan_doc = Document(os.path.join(HERE, gold["plan"]))
bold_phases = [p.text for p in plan_doc.paragraphs if p.text.startswith("Giai đoạn ")
               and p.runs and all(r.bold for r in p.runs) and p._p.pPr is not None and p._p.pPr.numPr is None]
if len(bold_phases) != 3:
    problems.append("the DOCX prints the three phase lines bold, unnumbered: %d" % len(bold_phases))


def holder_part(n):
    """(the task's text, the part naming its holder, the form): a final bracket, lines below, or 'do … thực hiện.'"""
    first, below, _ = tasks[n]
    if below:
        return first, " ".join(below), "lines"
    m = re.search(r"\(([^()]*(?:chủ trì|thực hiện|phối hợp)[^()]*)\)\.$", first)
    if m:
        return first[:m.start()], m.group(1), "bracket"
    m = re.search(r",? do ([^,;]+) thực hiện\.$", first)
    if m:
        return first[:m.start()], m.group(1) + " thực hiện", "do"
    return first, "", None


forms = {}
by_task = {}
for d in gold["duties"]:
    n = int(re.match(r"III\.(\d+)", d["id"]).group(1))
    by_task.setdefault(n, []).append(d)
    text, part, form = holder_part(n)
    forms.setdefault(form, set()).add(n)
    if not tasks[n][0].startswith(d["text_start"]):
        problems.append("text_start does not open task %d: %s" % (n, d["id"]))
    name = PLAN_NAME[d["body_id"]]
    if n == 11:
        if part != "các đơn vị thực hiện" or d["role"] != "lead":
            problems.append("III.11 is '(các đơn vị thực hiện)', lead for each unit: " + d["id"])
        continue
    if name.lower() not in part.lower():
        problems.append("holder not named after task %d: %s" % (n, d["id"]))
    # named in the text only as a place ("tiêm vét tại Trạm Y tế xã"), never as who does it
    if text.lower().startswith(name.lower()) or re.search(re.escape(name.lower()) + r" (chủ trì|thực hiện|phối hợp)", text.lower()):
        problems.append("holder named before/inside the task text %d: %s" % (n, d["id"]))
    # the role word the plan gives this holder: the clause of the holder part that names it
    clause = next((c for c in re.split(r";|\n|- ", part) if name.lower() in c.lower()), "")
    if "Đơn vị phối hợp" in clause or "cơ quan phối hợp" in clause.lower() or (
            "phối hợp" in clause and "chủ trì" not in clause and "thực hiện" not in clause):
        role = "support"
    else:
        role = "lead"
    if role != d["role"]:
        problems.append("role of %s: gold %s, plan says %s (%s)" % (d["id"], d["role"], role, clause))
    # deadline: the task's own date ("trước ngày D/M/Y", the end of "từ … đến ngày D/M/Y"), else its phase's end
    whole = tasks[n][0] + " " + " ".join(tasks[n][1])
    own = re.findall(r"(?:trước|đến) ngày (\d+)/(\d+)/2026", whole)
    want = "2026-%02d-%02d" % (int(own[-1][1]), int(own[-1][0])) if own else tasks[n][2]
    if d["deadline"] != want:
        problems.append("deadline of %s: %s, expected %s" % (d["id"], d["deadline"], want))
if set(forms) != {"bracket", "lines", "do"}:
    problems.append("the three ways of naming the holder after the task: %s" % forms)
if 12 in by_task or not tasks[12][0].endswith("do Ủy ban nhân dân xã thực hiện."):
    problems.append("III.12 is the issuer's own: no duty")
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k for k, r in roles.items() if r == "support"} != {"III.2-ca", "III.4-dtn", "III.6-mn", "III.7-hpn"} \
        or set(roles.values()) != {"lead", "support"}:
    problems.append("roles: four support (the phối hợp bodies), the rest lead")
if sorted(len(v) for v in by_task.values() if len(v) > 1) != [2, 2, 2, 2, 2, 3, 6]:
    problems.append("shared tasks: III.2 three holders, III.4/6/7/9/10 two, III.11 six")
if not all(len({x["text_start"] for x in v}) == 1 for v in by_task.values()):
    problems.append("the duties of one task share its text_start")

# ---------------------------------------------------------------- roster, holders, senders
names, members = goldcheck.roster(HERE)
if {k: sorted(v) for k, v in members.items()} != {THON: ["thon-dong-tien", "thon-tan-phuc", "thon-yen-thai",
                                                          "to-dan-pho-trung-chinh"]}:
    problems.append("roster: one collective, the four thôn, tổ dân phố")
if "gồm thôn Đông Tiến, thôn Yên Thái, thôn Tân Phúc và tổ dân phố Trung Chính (sau đây gọi chung là các thôn, tổ dân phố)" not in plan_src:
    problems.append("II.2 names the collective's four members")
holders = {d["body_id"] for d in gold["duties"]}
if holders != {TYT, VH, CA, MN, DTN, HPN, THON}:
    problems.append("holders: %s" % holders)
units = holders - {THON}
if {d["body_id"] for d in by_task[11]} != units:
    problems.append("III.11 (các đơn vị) falls to every non-collective holder")
v = plan_src.split("\nV. TỔ CHỨC THỰC HIỆN\n")[1]
if "2. Trạm Y tế xã, Phòng Văn hóa - Xã hội, Công an xã, Trường Mầm non Nông Cống căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết" not in v \
        or "3. Các đơn vị được phân công nhiệm vụ tại mục III và các thôn, tổ dân phố báo cáo" not in v:
    problems.append("V.2 asks four holders for a plan, V.3 the units and the thôn for a report")
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
        if CITE not in src:
            problems.append("plan citation of " + f)
        if e["role"] == "unit_plan" and e["body_id"] not in PLAN_ASKED:
            problems.append("a unit plan from a holder not asked for one: " + f)
    elif "52/KH-UBND" in src:
        problems.append("the unrelated file cites the plan: " + f)
if any(b in (HPN, "thon-yen-thai") for b, _ in senders):
    problems.append("the Hội LHPN and thôn Yên Thái send nothing")

# ---------------------------------------------------------------- coverage
expected = set()
for d in gold["duties"]:
    for h in (members[d["body_id"]] if d["collective"] else [d["body_id"]]):
        expected.add((d["id"], h, "report"))
        if h in PLAN_ASKED:
            expected.add((d["id"], h, "plan"))
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f in (SCAN, PHOTO))
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
# replies answer in their own order: in two files at least, a later duty's evidence comes before an earlier one's
order = [d["id"] for d in gold["duties"]]
reordered = 0
for f in senders.values():
    rows = sorted((order.index(c["duty_id"]), source_text(src_of["inbox/" + f]).find(c["evidence"]))
                  for c in gold["coverage"] if c["evidence_file"] == f and c["evidence"])
    reordered += any(b[1] < a[1] for a, b in zip(rows, rows[1:]))
if reordered < 2:
    problems.append("replies in their own order: %d" % reordered)
# the deferrals the notes rest on are in the replies
for f, words in ((senders[(TYT, "plan")], "sẽ xây dựng kế hoạch tiêm vét riêng"),
                 (senders[(VH, "plan")], "sẽ thực hiện khi được bố trí kinh phí"),
                 (senders[("to-dan-pho-trung-chinh", "report")], "tổ sẽ phối hợp nhân viên y tế thực hiện trong tháng 5")):
    if words not in source_text(src_of["inbox/" + f]):
        problems.append("deferral words not in %s: %s" % (f, words))

# ---------------------------------------------------------------- files: late, unrelated, formats, OCR
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE] or "gửi báo cáo chậm" not in source_text(src_of["inbox/" + LATE]):
    problems.append("one late report (thôn Tân Phúc), saying so: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["role"] != "other" or gold["files"][UNRELATED]["body_id"]:
    problems.append("one unrelated letter of a non-holder expected: %s" % other)
exts = {os.path.splitext(f)[1] for f in gold["files"]}
if exts != {".docx", ".pdf", ".doc", ".jpg"}:
    problems.append("formats: %s" % exts)
if built_text("inbox/" + SCAN).strip():
    problems.append("the Công an's report should be a scan (no text layer)")
with open(os.path.join(HERE, "inbox", PHOTO), "rb") as fh:
    if fh.read(3) != b"\xff\xd8\xff":
        problems.append("the photo is not a JPEG")
try:
    import render as R  # noqa: E402
    ocr = {}
    with tempfile.TemporaryDirectory(prefix="check-123-") as tmp:
        for f in (SCAN, PHOTO):
            path = os.path.join(HERE, "inbox", f)
            pages = R.page_images(path, 300) if f.endswith(".pdf") else [None]
            text = ""
            for k, img in enumerate(pages):
                png = path
                if img is not None:
                    png = os.path.join(tmp, "p%d.png" % k)
                    img.save(png)
                text += subprocess.run(["tesseract", png, "-", "-l", "vie"], capture_output=True, text=True,
                                       timeout=180).stdout
            ocr[f] = goldcheck.flat(text).lower()
except (OSError, subprocess.TimeoutExpired, ImportError):
    ocr = None
if ocr is not None:
    for c in gold["coverage"]:
        if c["evidence_file"] in (SCAN, PHOTO) and c["evidence"]:
            ev, flat_ocr = goldcheck.flat(c["evidence"]).lower(), ocr[c["evidence_file"]]
            best = max(difflib.SequenceMatcher(None, flat_ocr[k:k + len(ev)], ev, autojunk=False).ratio()
                       for k in range(max(1, len(flat_ocr) - len(ev) + 1)))
            if best < 0.9:
                problems.append("scan/photo evidence not legible: " + c["evidence"])

count = {s: sum(c["status"] == s for c in gold["coverage"]) for s in ("covered", "partial", "missing", "not_submitted")}
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files; %s)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"]),
         ", ".join("%d %s" % (n, s) for s, n in count.items())))
