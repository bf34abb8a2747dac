"""Consistency check of corpus/ninety-eighth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/ninety-eighth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, each once, all under "TỔ CHỨC THỰC HIỆN"; one
support duty (PKT-2) and one requested (MTTQ-1); 8 holders, the roster's one collective (the 3
schools named after "Các trường học trên địa bàn xã"); one late plan, one unrelated report; and the
shape of this set, a plan and replies typed without numbered headings:
- the plan: no numbered heading or item anywhere in its body; its three section headings unnumbered
  CAPITALS lines; Word bullets (w:numPr) AND typed bullet characters (◦ ▪ + * → -); every holder a
  bold run-in label at the start of a paragraph; Công an xã's first item continued on a second,
  unbulleted paragraph; Công an xã's items split by a table (CAX-3 before it, CAX-4 after it);
- the replies: the Công an xã report typed the same way (no numbers, Word bullets, bold labels); the
  Phòng VHXH report with ordinary numbered headings; the Tiểu học Diên Thạnh plan in Word's
  multilevel bullet list (levels 0, 1, 2); the Phòng Kinh tế report one long paragraph per topic;
  the THCS Trần Quang Khải report a scan (no text layer) whose bullets are symbol characters.
"""
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
COLLECTIVE = "cac-truong-hoc-tren-dia-ban-xa"
MEMBERS = {"Trường Tiểu học Diên Khánh": "truong-tieu-hoc-dien-khanh",
           "Trường Tiểu học Diên Thạnh": "truong-tieu-hoc-dien-thanh",
           "Trường THCS Trần Quang Khải": "truong-trung-hoc-co-so-tran-quang-khai"}
CA = "CAX - BC 215 ket qua thuc hien KH 36 lua dao KGM.docx"
VH = "BC 188-VHXH tuyen truyen PC lua dao 2026.pdf"
TH = "Truong hoc/TH Dien Thanh_KH 09 PC lua dao tren mang.docx"
PKT = "PKT_BC203_lua dao qua mang 2026.doc"
SCAN = "Truong hoc/THCS TQK - BC 71 PCLD (scan).pdf"
UNRELATED = "TYT - BC 97 TCMR 10 thang 2026.pdf"
LABELS = ["Công an xã:", "Phòng Văn hóa - Xã hội:", "Phòng Kinh tế:", "Văn phòng HĐND và UBND xã:",
          "Trung tâm Phục vụ hành chính công xã:", "Đối với Trạm Y tế xã:", "Các trường học trên địa bàn xã",
          "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã"]
NUMBERED = re.compile(r"^(?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|Phần|Mục \d)\s")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def src(f):
    return source_text(src_of["inbox/" + f])


def body_lines(text):
    """The body lines of a source (after the title block, before Nơi nhận)."""
    blocks = text.split("\n\n")
    return "\n\n".join(blocks[2:]).split("\nNơi nhận:")[0].split("\n")


def docx_body(path):
    """[(kind, text, numbered level or None, bold first run)] of a DOCX's body in order."""
    from docx import Document
    doc = Document(os.path.join(HERE, path))
    out = []
    for el in doc.element.body:
        if el.tag == W + "tbl":
            out.append(("table", "", None, False))
        elif el.tag == W + "p":
            text = "".join(t.text or "" for t in el.iter(W + "t"))
            ilvl = el.find("%spPr/%snumPr/%silvl" % (W, W, W))
            r = el.find(W + "r")
            bold = r is not None and r.find("%srPr/%sb" % (W, W)) is not None
            out.append(("p", text, int(ilvl.get(W + "val")) if ilvl is not None else None, bold))
    return out


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-10", "2026-11-20"):
    problems.append("due dates")

# duties
section = plan_src.split("\n#H TỔ CHỨC THỰC HIỆN\n")[1].split("\n#B Chế độ thông tin, báo cáo\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if section.count(d["text_start"]) != 1 or plan_src.count(d["text_start"]) != 1:
        problems.append("duty outside TỔ CHỨC THỰC HIỆN or not unique: " + d["id"])
if len(gold["duties"]) != 15:
    problems.append("duty count %d" % len(gold["duties"]))
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"PKT-2": "support", "MTTQ-1": "requested"}:
    problems.append("PKT-2 support, MTTQ-1 requested, the rest lead")
names, members = goldcheck.roster(HERE)
if members != {COLLECTIVE: list(MEMBERS.values())}:
    problems.append("roster: one collective of 3 expected: %s" % members)
school_line = next(l for l in section.split("\n") if l.startswith("**Các trường học trên địa bàn xã**"))
for name in MEMBERS:
    if name not in school_line:
        problems.append("member not named after the collective's label: " + name)
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 8 or holders != (names - set(MEMBERS.values())) | {COLLECTIVE}:
    problems.append("8 holders, every roster body holds a duty")

# the plan's shape
lines = body_lines(plan_src)
for l in lines:
    if NUMBERED.match(l.lstrip("@123 #HB")):
        problems.append("numbered line in the plan: " + l[:40])
for h in ("MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"):
    if "#H " + h not in lines:
        problems.append("section heading not an unnumbered capitals line: " + h)
typed = {l[0] for l in lines if len(l) > 2 and l[1] == " " and l[0] in "•◦▪+*→-"}
if typed != set("◦▪+*→-"):
    problems.append("typed bullet characters: %s" % sorted(typed))
body = docx_body(gold["plan"])
paras = [b for b in body if b[0] == "p"]
if sum(1 for b in paras if b[2] is not None) != 7:
    problems.append("7 Word-bulleted paragraphs expected in the plan")
if any(NUMBERED.match(b[1]) for b in paras):
    problems.append("a numbered paragraph in the built plan")
for label in LABELS:
    if not any(b[1].startswith(label) and b[3] for b in paras):
        problems.append("holder label not a bold run at a paragraph's start: " + label)
texts = [b[1] for b in body]
ts = {d["id"]: d["text_start"] for d in gold["duties"]}
i1 = next(n for n, t in enumerate(texts) if t.startswith(ts["CAX-1"]))
if body[i1][2] is None or body[i1 + 1][2] is not None or not texts[i1 + 1].startswith("Việc rà soát được thực hiện"):
    problems.append("CAX-1 should continue on a second, unbulleted paragraph")
i3 = next(n for n, t in enumerate(texts) if t.startswith(ts["CAX-3"]))
i4 = next(n for n, t in enumerate(texts) if t.startswith(ts["CAX-4"]))
if [b[0] for b in body[i3 + 1:i4]].count("table") != 1 or body[i4][2] is None:
    problems.append("a table should split Công an xã's items between CAX-3 and CAX-4")

# files
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["documents"] != 1:
        problems.append("documents of " + f)
    if e["status"] == "ok":
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
        if "36/KH-UBND ngày 26/01/2026" not in src(f):
            problems.append("plan citation of " + f)
if [f for f, e in gold["files"].items() if e["on_time"] == "no"] != [TH]:
    problems.append("one late plan (Tiểu học Diên Thạnh) expected")
odd = {f: (e["status"], e["role"]) for f, e in gold["files"].items() if e["status"] != "ok"}
if odd != {UNRELATED: ("unrecognized", "other")}:
    problems.append("one unrelated report expected: %s" % odd)
if "36/KH-UBND" in src(UNRELATED) or "lừa đảo" in src(UNRELATED):
    problems.append("the Trạm Y tế report must not touch the plan")

# the replies' shapes
ca_lines = body_lines(src(CA))
if any(NUMBERED.match(l.lstrip("@123 #HB")) for l in ca_lines):
    problems.append("the Công an xã report should have no numbered headings")
ca_body = [b for b in docx_body("inbox/" + CA) if b[0] == "p"]
if sum(1 for b in ca_body if b[2] is not None) < 8 or sum(1 for b in ca_body if b[3] and b[1].endswith(":")) < 4:
    problems.append("the Công an xã report should use Word bullets and bold run-in labels")
vh_lines = body_lines(src(VH))
if not {"I", "1", "a"} <= {m.group(1) for l in vh_lines for m in [re.match(r"^([IV]+|\d|[a-z])[.)] ", l)] if m}:
    problems.append("the Phòng VHXH report should have ordinary numbered headings (I. / 1. / a))")
th_body = [b for b in docx_body("inbox/" + TH) if b[0] == "p"]
if {b[2] for b in th_body if b[2] is not None} != {0, 1, 2}:
    problems.append("the Tiểu học Diên Thạnh plan should use three levels of Word bullets")
with zipfile.ZipFile(os.path.join(HERE, "inbox", TH)) as z:
    numbering = z.read("word/numbering.xml").decode("utf-8")
if 'w:multiLevelType w:val="hybridMultilevel"' not in numbering or 'w:ascii="Wingdings"' not in numbering:
    problems.append("the Tiểu học Diên Thạnh plan's bullets should be Word's multilevel bullet list")
pkt_body = [l for l in body_lines(src(PKT)) if l.strip()]
if len(pkt_body) != 4 or not all(l.startswith("**Về ") and len(l) > 300 for l in pkt_body[1:]):
    problems.append("the Phòng Kinh tế report should be one long paragraph per topic")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", SCAN)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("the THCS Trần Quang Khải report should be a scan")
if not ("❖ KẾT QUẢ THỰC HIỆN" in src(SCAN) and "➢ " in src(SCAN) and "✓ " in src(SCAN)):
    problems.append("the scanned report's bullets should be symbol characters")

# coverage
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
scan = src(SCAN)
later = scan.index("❖ PHƯƠNG HƯỚNG")
if scan.find("cha mẹ học sinh") < later or "Zalo" in scan[:later]:
    problems.append("TRUONG-2 may stand only under the THCS report's PHƯƠNG HƯỚNG")
if "Phòng chưa thực hiện nội dung phối hợp này" not in src(PKT):
    problems.append("the Phòng Kinh tế report should say PKT-2 was not done")
if "chưa tổ chức được do ảnh hưởng của mưa lũ" not in src(CA) or "Hội nghị tuyên truyền cho hội viên phụ nữ chưa tổ chức được" not in src(VH):
    problems.append("the two deferrals (CAX-3, VHXH-2)")
if "họp cha mẹ" in src(TH):
    problems.append("the Tiểu học Diên Thạnh plan plans no họp cha mẹ học sinh (TRUONG-2 partial)")
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
