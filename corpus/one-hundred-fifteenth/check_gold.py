"""Consistency check of corpus/one-hundred-fifteenth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-fifteenth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III, each text_start once there;
two support duties (III.3-b, III.5-b) and one requested (III.7), the rest lead; the roster's one
collective (the 3 schools named in heading III.5); 6-8 holders. And the shape of this set, replies
that come in pieces and get corrected:
- Công an xã: a plan (on time) and its "Kế hoạch điều chỉnh, bổ sung" (after the plan due date)
  that adds what the first left out and keeps the rest: both ok unit plans; III.3-a from the first,
  III.3-b from the supplement;
- Phòng Kinh tế: a report that announces "sẽ báo cáo bổ sung" and, a week later, a "BÁO CÁO BỔ SUNG"
  citing it: both ok reports; III.4-b and III.4-c from the supplement;
- Trạm Y tế: a report and a Công văn đính chính of a figure and a date in its mục 2: the correction is
  role other (unrecognized), its sender the Trạm, and no row takes evidence from it; the evidence
  of III.2-a avoids the corrected figure, so the verdict stands either way;
- Trường TH Tam Nông 1: a report and a cover letter "V/v gửi bổ sung tài liệu" with nothing new: other;
- one late report (TH Phú Cường, an image-only scan), one unrelated letter (Ban CHQS xã, which sent
  nothing for the plan), one holder that sent nothing at all (THCS Tam Nông).
A row's evidence file is any ok file of that holder and kind; the evidence is verbatim in its source
and (but for the scan, read back by OCR when tesseract is there) in that very built file.
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
COLLECTIVE = "cac-truong-tieu-hoc-trung-hoc-co-so-tren-dia-ban-xa"
MEMBERS = {"Trường Tiểu học Tam Nông 1": "truong-tieu-hoc-tam-nong-1",
           "Trường Tiểu học Phú Cường": "truong-tieu-hoc-phu-cuong",
           "Trường Trung học cơ sở Tam Nông": "truong-trung-hoc-co-so-tam-nong"}
VH = "VHXH_KH 05 phong chong duoi nuoc tre em 2026.docx"
CA1, CA2 = "Cong an xa/KH 12-CAX tuan tra duong thuy PCDN 2026.pdf", "Cong an xa/KH 19-CAX dieu chinh, bo sung KH 12.docx"
PKT1, PKT2 = "PKT_BC 88 ra soat diem nguy hiem duoi nuoc.docx", "PKT_BC bo sung 93-PKT.pdf"
TYT, TYTCV = "TYT - BC 45 PCDN tre em 2026.docx", "TYT - CV 51 dinh chinh so lieu BC 45.pdf"
TN1, TN1CV = "Truong hoc/TH Tam Nong 1 - BC 64 PCDN hoc sinh.doc", "Truong hoc/TH Tam Nong 1 - CV 67 gui bo sung tai lieu.pdf"
SCAN = "Truong hoc/scan BC 39 TH Phu Cuong.pdf"
UNRELATED = "BCHQS CV 86 dang ky NVQS 2027.pdf"
CITE = "27/KH-UBND ngày 10/3/2026"


def src(f):
    return source_text(src_of["inbox/" + f])


problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-fifteenth":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-03-25", "2026-11-20"):
    problems.append("due dates")

# duties
section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. KINH PHÍ\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if section_iii.count(d["text_start"]) != 1:
        problems.append("duty outside section III or not unique: " + d["id"])
items = [l for l in section_iii.split("\n") if re.match(r"^[a-d]\) ", l) or l.startswith(("Bố trí lực lượng", "Đề nghị "))]
if len(items) != len(gold["duties"]) or not 12 <= len(gold["duties"]) <= 25:
    problems.append("duty count %d vs %d items" % (len(gold["duties"]), len(items)))
for d in gold["duties"]:
    if not any(l.startswith(d["text_start"]) or l[3:].startswith(d["text_start"]) for l in items):
        problems.append("text_start does not open an item: " + d["id"])
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != \
        {"III.3-b": "support", "III.5-b": "support", "III.7": "requested"}:
    problems.append("III.3-b and III.5-b support, III.7 requested, the rest lead")
heading_5 = next(l for l in section_iii.split("\n") if l.startswith("5. "))
for name in MEMBERS:
    if name not in heading_5:
        problems.append("member not named in heading III.5: " + name)
names, members = goldcheck.roster(HERE)
if members != {COLLECTIVE: list(MEMBERS.values())}:
    problems.append("roster: one collective of 3 expected: %s" % members)
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
holders = {d["body_id"] for d in gold["duties"]}
if not 6 <= len(holders) <= 8 or holders != (names - set(MEMBERS.values())) | {COLLECTIVE}:
    problems.append("6-8 holders, every roster body holds a duty")
if "xây dựng kế hoạch thực hiện, gửi Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội) trước ngày 25/3/2026" not in plan_src \
        or "trước ngày 20/11/2026" not in plan_src:
    problems.append("V.1 asks every holder for a plan by 25/3, V.2 for a report by 20/11")

# files
kind_of = {"unit_plan": "plan", "report": "report"}
sent = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["documents"] != 1:
        problems.append("documents of " + f)
    if e["status"] == "ok":
        sent.setdefault((e["body_id"], kind_of[e["role"]]), set()).add(f)
        if CITE not in src(f):
            problems.append("plan citation of " + f)
    elif e["on_time"] != "":
        problems.append("on_time of a file that is not a plan or report: " + f)
multi = {k: sorted(v) for k, v in sent.items() if len(v) > 1}
if multi != {("cong-an-xa-tam-nong", "plan"): [CA1, CA2], ("phong-kinh-te", "report"): [PKT1, PKT2]}:
    problems.append("several files of one holder and kind only for the Công an (plans) and Phòng Kinh tế (reports): %s" % multi)
if sorted(f for f, e in gold["files"].items() if e["on_time"] == "no") != sorted([CA2, SCAN]):
    problems.append("late: the Công an's supplement and TH Phú Cường's report")
others = sorted(f for f, e in gold["files"].items() if e["status"] != "ok")
if others != sorted([TYTCV, TN1CV, UNRELATED]) or any(
        gold["files"][f]["role"] != "other" or gold["files"][f]["status"] != "unrecognized" for f in others):
    problems.append("the correction, the cover letter and the unrelated letter are the only other files: %s" % others)
if gold["files"][TYTCV]["body_id"] != gold["files"][TYT]["body_id"] or \
        gold["files"][TN1CV]["body_id"] != gold["files"][TN1]["body_id"]:
    problems.append("the correction and the cover letter are documents of their units")
if "27/KH-UBND" in src(UNRELATED):
    problems.append("the Ban CHQS letter should not cite the plan")
if any(e["body_id"] == MEMBERS["Trường Trung học cơ sở Tam Nông"] for e in gold["files"].values()):
    problems.append("THCS Tam Nông sent nothing")
if any(e["body_id"] == "ban-chi-huy-quan-su-xa-tam-nong" and e["status"] == "ok" for e in gold["files"].values()):
    problems.append("the Ban CHQS sent nothing for the plan")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", SCAN)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("the Phú Cường report should be a scan")

# the pieces
ca2 = src(CA2).split("\n")
if ca2[7] != "KẾ HOẠCH" or not ca2[8].startswith("Điều chỉnh, bổ sung Kế hoạch số 12/KH-CAX") or "Số: 12/KH-CAX" not in src(CA1) \
        or "Các nội dung khác của Kế hoạch số 12/KH-CAX giữ nguyên" not in src(CA2) or "trường" in src(CA1).split("II. NỘI DUNG")[1]:
    problems.append("Công an: KH 19 amends KH 12 (which has no school item) and keeps the rest")
pkt2 = src(PKT2).split("\n")
if pkt2[7] != "BÁO CÁO BỔ SUNG" or "Báo cáo số 88/BC-PKT" not in src(PKT2) or "Số: 88/BC-PKT" not in src(PKT1) \
        or "sẽ báo cáo bổ sung" not in src(PKT1) or "đò ngang" in src(PKT1):
    problems.append("Phòng Kinh tế: BC 88 announces a supplement and leaves the đò ngang out; BC 93 is it")
cv = src(TYTCV)
if not re.search(r"^V/v đính chính số liệu tại Báo cáo số 45/BC-TYT", cv, re.M) or "đính chính số liệu tại mục 2 Báo cáo số 45/BC-TYT" not in cv \
        or "Số: 45/BC-TYT" not in src(TYT) or "\nBÁO CÁO\n" in cv:
    problems.append("Trạm Y tế: a công văn correcting mục 2 of its report")
old = re.search(r'Đã ghi: "(.*?) … (.*?)"', cv)
if not old or old.group(1) not in src(TYT) or old.group(2) not in src(TYT):
    problems.append("the corrected sentence is quoted from the report")
ev_2a = next(c["evidence"] for c in gold["coverage"] if c["duty_id"] == "III.2-a" and c["kind"] == "report")
if "62" in ev_2a or "28/5" in ev_2a:
    problems.append("III.2-a's evidence should avoid the corrected figure and date")
if not re.search(r"^V/v gửi bổ sung tài liệu$", src(TN1CV), re.M) or "Nội dung Báo cáo số 64/BC-THTN1 không thay đổi" not in src(TN1CV):
    problems.append("TH Tam Nông 1: a cover letter with nothing new")

# coverage
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
ocr = None
for c in gold["coverage"]:
    files = sent.get((c["body_id"], c["kind"]), set())
    if (c["status"] == "not_submitted") != (not files):
        problems.append("status vs submission: %s %s %s" % (c["duty_id"], c["body_id"], c["kind"]))
    if c["status"] == "not_submitted":
        if c["evidence"] or c["evidence_file"]:
            problems.append("not_submitted row with evidence: %s %s" % (c["duty_id"], c["body_id"]))
        continue
    if c["evidence_file"] not in files:
        problems.append("evidence file not of this holder and kind: %s %s" % (c["duty_id"], c["body_id"]))
        continue
    if c["status"] == "missing":
        if c["evidence"]:
            problems.append("missing row with evidence: %s %s" % (c["duty_id"], c["body_id"]))
        continue
    if not c["evidence"] or c["evidence"] not in src(c["evidence_file"]):
        problems.append("evidence not verbatim: %s %s" % (c["duty_id"], c["body_id"]))
    if c["evidence_file"] == SCAN:
        if ocr is None:
            import tempfile
            try:
                with tempfile.TemporaryDirectory(prefix="check115-") as tmp:
                    subprocess.run(["pdftoppm", "-r", "300", "-png", os.path.join(HERE, "inbox", SCAN),
                                    os.path.join(tmp, "p")], check=True, capture_output=True, timeout=120)
                    ocr = "\n".join(subprocess.run(["tesseract", os.path.join(tmp, pg), "-", "-l", "vie"],
                                                    capture_output=True, text=True, timeout=120).stdout
                                     for pg in sorted(os.listdir(tmp)))
            except (OSError, subprocess.SubprocessError):
                ocr = ""
            if not ocr.strip():
                print("(tesseract or pdftoppm not available: the scan's evidence is not read back)")
        if ocr:
            import difflib
            flat_ocr, ev = goldcheck.flat(ocr).lower(), goldcheck.flat(c["evidence"]).lower()
            best = max(difflib.SequenceMatcher(None, flat_ocr[k:k + len(ev)], ev, autojunk=False).ratio()
                       for k in range(max(1, len(flat_ocr) - len(ev) + 1)))
            if best < 0.9:
                problems.append("scan evidence not legible: " + c["evidence"])
    elif goldcheck.flat(c["evidence"]) not in goldcheck.flat(built_text("inbox/" + c["evidence_file"])):
        problems.append("evidence not in built file: %s %s" % (c["duty_id"], c["body_id"]))
ev = {(c["duty_id"], c["body_id"], c["kind"]): (c["status"], c["evidence_file"]) for c in gold["coverage"]}
expect = {("III.3-a", "cong-an-xa-tam-nong", "plan"): ("covered", CA1),
          ("III.3-b", "cong-an-xa-tam-nong", "plan"): ("covered", CA2),
          ("III.4-a", "phong-kinh-te", "report"): ("covered", PKT1),
          ("III.4-b", "phong-kinh-te", "report"): ("covered", PKT2),
          ("III.4-c", "phong-kinh-te", "report"): ("partial", PKT2),
          ("III.2-a", "tram-y-te-xa-tam-nong", "report"): ("partial", TYT)}
for k, v in expect.items():
    if ev.get(k) != v:
        problems.append("piece row %s: %s, expected %s" % (k, ev.get(k), v))
if any(c["evidence_file"] in (TYTCV, TN1CV, UNRELATED) for c in gold["coverage"]):
    problems.append("no evidence from the correction, the cover letter or the unrelated letter")
for f in (CA2, PKT2, TYTCV, TN1CV, SCAN, UNRELATED):
    if f not in gold["notes"]:
        problems.append("no note on " + f)
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
