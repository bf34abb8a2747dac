"""Consistency check of corpus/one-hundred-twenty-sixth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-twenty-sixth/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks, the shape of this set, replies that name the
plan's tasks only by their numbers:
- the duties are the 16 điểm of Mục II, in plan order, each text_start opening its điểm; the Phụ lục
  numbers the same 16 tasks 1-16, its column "Nhiệm vụ tại Mục II" naming the điểm and khoản and
  its "Cơ quan chủ trì" the gold's holder;
- each reply's references (REFS: the clerk's reading, the reference as the reply writes it and the
  duty it resolves to) are in the reply's source, and the gold has a verdict on that duty for that
  holder; the one wrong number (the Công an's "điểm b khoản 3", which is the bank's task) resolves
  by its words to điểm b khoản 4;
- Phường Nếnh numbers the work in its own order (its 1, 2, 3 are not the plan's khoản);
- Phường Từ Sơn's sheet and the Ban Quản lý's table name the tasks by numbers only; Sở Tài chính's
  table by number plus a short paraphrase;
- Sở Xây dựng's plan copies the Phụ lục's 16 rows word for word and adds "Kết quả/Tiến độ";
- one late report (Liên đoàn Lao động), one unrelated file (Phường Kinh Bắc), one silent holder
  (Sở Văn hóa, Thể thao và Du lịch), a deferral to 2027 in four replies;
- the scan has no text layer (its evidence is checked in its source only).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
SCANS = {row["output"][len("inbox/"):] for row in table["files"] if row["renderer"] == "scan"}
COLL = "uy-ban-nhan-dan-cac-xa-phuong-trong-diem"
SXD = "SXD_KH 312 trien khai KH 47 NOXH 2026.docx"
NENH = "Xa phuong/Nenh_BC 214 NOXH 2026.docx"
TS = "Xa phuong/Tu Son - BC 376 NOXH.xlsx"
BQL = "BQL KCN_BC 1560 KH47.docx"
STC = "BC 2964-STC nhiem vu KH47 NOXH.docx"
CA = "CAT_BC 2210-PC06 xac minh NOXH (scan).pdf"
LATE = "LDLD tinh - BC 95 NOXH cong nhan.pdf"
UNRELATED = "Xa phuong/Kinh Bac BC 1043 trat tu xay dung 10T.docx"
LETTERS = "abc"

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-twenty-sixth":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-03-10", "2026-11-20"):
    problems.append("due dates")
if "(qua Sở Xây dựng) trước ngày 10/3/2026" not in plan_src or "(qua Sở Xây dựng) trước ngày 20/11/2026" not in plan_src:
    problems.append("due dates as Mục IV.2 writes them")

main, appendix = plan_src.split("\n\f\n")
muc_ii = main.split("\nII. NHIỆM VỤ, GIẢI PHÁP\n")[1].split("\nIII. KINH PHÍ THỰC HIỆN\n")[0]
points = []   # (id, text) of every điểm of Mục II in order
khoan = None
for line in muc_ii.split("\n"):
    m = re.match(r"^(\d)\. ", line)
    if m:
        khoan = m.group(1)
        continue
    m = re.match(r"^([a-z])\) (.*)$", line)
    if m:
        points.append(("II.%s.%s" % (khoan, m.group(1)), m.group(2)))
if [d["id"] for d in gold["duties"]] != [p[0] for p in points] or len(points) != 16:
    problems.append("duties = the 16 điểm of Mục II in order: %s" % [p[0] for p in points])
for d, (pid, text) in zip(gold["duties"], points):
    if not text.startswith(d["text_start"]):
        problems.append("text_start does not open its điểm: " + d["id"])
    if d["role"] == "requested" and not text.startswith("Đề nghị"):
        problems.append("requested without Đề nghị: " + d["id"])
    if d["role"] == "support" and " phối hợp với " not in text[:40]:
        problems.append("support without phối hợp: " + d["id"])
roles = {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"}
if roles != {"II.3.b": "requested", "II.4.b": "support", "II.5.b": "requested"}:
    problems.append("roles: %s" % roles)

# the Phụ lục: STT 1-16 = the điểm of Mục II in order, holder column = the gold's holder
pl_rows = [[c.strip() for c in l.split(" | ")] for l in appendix.split("\n") if re.match(r"^\d+ \| ", l)]
SHORT = {"UBND các xã, phường trọng điểm": COLL,
         "Ngân hàng Chính sách xã hội Chi nhánh tỉnh": "ngan-hang-chinh-sach-xa-hoi-chi-nhanh-tinh-bac-ninh",
         "Công an tỉnh": "cong-an-tinh-bac-ninh",
         "Ban Quản lý các khu công nghiệp tỉnh": "ban-quan-ly-cac-khu-cong-nghiep-tinh-bac-ninh",
         "Liên đoàn Lao động tỉnh": "lien-doan-lao-dong-tinh-bac-ninh"}
STT = {}
for n, (row, d) in enumerate(zip(pl_rows, gold["duties"]), 1):
    k, letter = d["id"].split(".")[1:]
    if row[0] != str(n) or row[1] != "Điểm %s khoản %s" % (letter, k):
        problems.append("Phụ lục row %d does not name %s" % (n, d["id"]))
    if SHORT.get(row[3], goldcheck.slug(row[3])) != d["body_id"]:
        problems.append("Phụ lục holder of row %d: %s" % (n, row[3]))
    STT[n] = d["id"]
if len(pl_rows) != 16:
    problems.append("Phụ lục: 16 numbered rows expected, %d" % len(pl_rows))

# roster
names, members = goldcheck.roster(HERE)
if sorted(members.get(COLL, [])) != sorted(["uy-ban-nhan-dan-phuong-kinh-bac", "uy-ban-nhan-dan-phuong-tu-son",
                                            "uy-ban-nhan-dan-phuong-nenh", "uy-ban-nhan-dan-xa-yen-phong"]) \
        or len(members) != 1:
    problems.append("roster: one collective of the four xã, phường the plan names")
if "gồm phường Kinh Bắc, phường Từ Sơn, phường Nếnh và xã Yên Phong (sau đây gọi là các xã, phường trọng điểm)" not in main:
    problems.append("the plan names the four members")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] == COLL):
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
        if "47/KH-UBND ngày 05/02/2026" not in src:
            problems.append("plan citation of " + f)
    elif "47/KH-UBND" in src or "nhà ở xã hội" in src:
        problems.append("the unrelated file speaks of the plan: " + f)
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f in SCANS)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
verdict = {(c["duty_id"], c["body_id"], c["kind"]): c for c in gold["coverage"]}

# the clerk's reading of each reply's references: (file, as written, duty); a verdict on each
REFS = [
    ("SNNMT - BC 1287 quy dat NOXH 2026.pdf", "Đối với nhiệm vụ tại điểm a khoản 1 Mục II Kế hoạch", "II.1.a"),
    (STC, "Mục II.2.b - Thẩm định chủ trương đầu tư", "II.2.b"),
    (STC, "Mục II.3.a - Vốn ngân sách tỉnh ủy thác", "II.3.a"),
    (CA, "Đối với nhiệm vụ tại điểm b khoản 3 Mục II Kế hoạch (phối hợp với Sở Xây dựng xác minh", "II.4.b"),
    ("NHCSXH BN - BC 318 cho vay NOXH 2026.pdf", "Nhiệm vụ tại điểm b khoản 3 Mục II: Đã hoàn thành.", "II.3.b"),
    (BQL, "1 | Điểm 5.a | Đã hoàn thành", "II.5.a"),
    (LATE, "nội dung được đề nghị tại điểm b khoản 5 Mục II", "II.5.b"),
    (NENH, "(nhiệm vụ tại điểm b khoản 6 Mục II)", "II.6.b"),
    (NENH, "(nhiệm vụ tại điểm c khoản 4 Mục II)", "II.4.c"),
    (NENH, "(nhiệm vụ tại điểm c khoản 1 Mục II)", "II.1.c"),
    (TS, "Nhiệm vụ số 3", STT[3] if 3 in STT else ""),
    (TS, "Nhiệm vụ số 11", STT[11] if 11 in STT else ""),
    (TS, "Nhiệm vụ số 16", STT[16] if 16 in STT else ""),
    ("Xa phuong/KH 52 xa Yen Phong NOXH.doc", "(điểm c khoản 1 Mục II Kế hoạch số 47/KH-UBND)", "II.1.c"),
    ("Xa phuong/KH 52 xa Yen Phong NOXH.doc", "(điểm c khoản 4 Mục II Kế hoạch số 47/KH-UBND)", "II.4.c"),
]
for f, words, duty in REFS:
    e = gold["files"][f]
    kind = "plan" if e["role"] == "unit_plan" else "report"
    if words not in source_text(src_of["inbox/" + f]):
        problems.append("reference not in %s: %s" % (f, words))
    c = verdict.get((duty, e["body_id"], kind))
    if c is None or c["status"] == "not_submitted" or c["evidence_file"] != f:
        problems.append("no verdict for the reference %s of %s" % (duty, f))
# the wrong number: the Công an cites the bank's point, its words are its own point
bank = dict(points)["II.3.b"]
if not bank.startswith("Đề nghị Ngân hàng") or "xác minh điều kiện cư trú" not in dict(points)["II.4.b"]:
    problems.append("the Công an's wrong number: điểm b khoản 3 is the bank's, the words are điểm b khoản 4")
if ("II.3.b", "cong-an-tinh-bac-ninh", "report") in verdict:
    problems.append("the Công an holds no II.3.b")
if "II.4.b / cong-an-tinh-bac-ninh / report" not in gold["notes"]:
    problems.append("a note on the wrong number")
# Nếnh: its own order, the plan's numbers in brackets only
nenh = source_text(src_of["inbox/" + NENH])
own = re.findall(r"^(\d)\. .*\(nhiệm vụ tại điểm ([a-c]) khoản (\d) Mục II\)$", nenh, re.M)
if [o[0] for o in own] != ["1", "2", "3"] or [o[2] for o in own] == sorted(o[2] for o in own):
    problems.append("Nếnh: its own 1, 2, 3, not in the plan's order: %s" % own)
# numbers only: Từ Sơn's task column, the Ban Quản lý's; Sở Tài chính's: number + paraphrase
import yaml  # noqa: E402
ts = yaml.safe_load(open(os.path.join(HERE, "src", src_of["inbox/" + TS]), encoding="utf-8"))
if [r[1] for r in ts["rows"]] != ["Nhiệm vụ số 3", "Nhiệm vụ số 11", "Nhiệm vụ số 16"]:
    problems.append("Từ Sơn's task column: numbers only")
if {r[3] for r in ts["rows"]} != {"Đã hoàn thành", "Đang triển khai", "Chưa thực hiện"}:
    problems.append("Từ Sơn's status column")
bql_rows = [l.split(" | ") for l in source_text(src_of["inbox/" + BQL]).split("\n") if re.match(r"^\d \| ", l)]
if [r[1] for r in bql_rows] != ["Điểm 5.a", "Điểm 5.c"]:
    problems.append("the Ban Quản lý's task column: numbers only")
stc_rows = [l.split(" | ") for l in source_text(src_of["inbox/" + STC]).split("\n") if re.match(r"^\d \| ", l)]
if [r[1].split(" - ")[0] for r in stc_rows] != ["Mục II.2.b", "Mục II.3.a"] or any(" - " not in r[1] for r in stc_rows):
    problems.append("Sở Tài chính's task column: number + paraphrase")
# Sở Xây dựng copies the Phụ lục's rows and adds a column
sxd_rows = [[c.strip() for c in l.split(" | ")] for l in source_text(src_of["inbox/" + SXD]).split("\n")
            if re.match(r"^\d+ \| ", l)]
if [r[:5] for r in sxd_rows] != pl_rows or any(len(r) != 6 or not r[5] for r in sxd_rows):
    problems.append("Sở Xây dựng's plan: the Phụ lục's 16 rows copied, a Kết quả/Tiến độ cell each")
if "| Kết quả/Tiến độ" not in source_text(src_of["inbox/" + SXD]):
    problems.append("Sở Xây dựng's column")
own_sxd = {d["id"] for d in gold["duties"] if d["body_id"] == "so-xay-dung"}
if {STT[int(r[0])] for r in sxd_rows if r[3] == "Sở Xây dựng"} != own_sxd:
    problems.append("Sở Xây dựng's own rows")
# the scan: no text layer
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", CA)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("the scan has a text layer")

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE] or "gửi chậm" not in source_text(src_of["inbox/" + LATE]):
    problems.append("one late report (Liên đoàn Lao động) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["role"] != "other":
    problems.append("one unrelated file expected: %s" % other)
silent = {d["body_id"] for d in gold["duties"] if not d["collective"]} - {b for b, _ in senders}
if silent != {"so-van-hoa-the-thao-va-du-lich"}:
    problems.append("one silent holder expected: %s" % silent)
deferred = [f for f in gold["files"] if "sang năm 2027" in source_text(src_of["inbox/" + f])]
if len(deferred) < 3:
    problems.append("deferrals: %s" % deferred)
statuses = {c["status"] for c in gold["coverage"]}
if statuses != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("statuses: %s" % statuses)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
