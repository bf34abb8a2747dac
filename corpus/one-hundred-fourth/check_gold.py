"""Consistency check of corpus/one-hundred-fourth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-fourth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: the plan's enterprise header (TẬP ĐOÀN … / TỔNG CÔNG TY …, Số …/KH-EVNCPC,
KT. TỔNG GIÁM ĐỐC); duties in plan order, all in section III; one support duty (III.4, Văn phòng)
and one requested (III.7, the Công đoàn under its "Đề nghị" heading); the roster's one collective
(the four Công ty Điện lực the plan names); one file per holder and kind; every ok reply cites the
plan's number, the unrelated notice does not; one late plan (Quảng Ngãi); the Tờ trình counted
as Quảng Trị's plan; the Công đoàn's plan a scan (its evidence checked in its source only).
An .eml's source text is its body plus its attachment's source; its built text is what Python's
email package reads back: the text/plain body and the text of the attached DOCX.
"""
import os
import sys
import tempfile
from email import policy
from email.parser import BytesParser

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
import yaml  # noqa: E402

HERE, gold, table, plain_source, plain_built = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
SCAN = "scan CDTCT KH 14 thi dua giam TTDN.pdf"
MAIL = "BC 6 thang/CPCIT gửi Báo cáo 652 kết quả thực hiện KH 268 giảm TTĐN.eml"
TO_TRINH = "PCQT - To trinh 52 thong qua KH giam TTDN 2026.docx"
LATE = "KH 735-PCQNg giai phap giam ton that 2026.pdf"
UNRELATED = "TB 37-VP chuyen doi E-Office.docx"
CITE = "268/KH-EVNCPC"
COLLECTIVE = "cac-cong-ty-dien-luc"
MEMBERS = ["cong-ty-dien-luc-quang-tri", "cong-ty-dien-luc-quang-ngai", "cong-ty-dien-luc-gia-lai",
           "cong-ty-dien-luc-dak-lak"]


def spec(src):
    return yaml.safe_load(open(os.path.join(HERE, "src", src), encoding="utf-8"))


def source_text(src):
    if src.endswith("-mail.yaml"):
        s = spec(src)
        return "\n".join([s["body"]] + [plain_source(a["source"]) for a in s["attachments"]])
    return plain_source(src)


def built_text(path):
    if not path.endswith(".eml"):
        return plain_built(path)
    msg = BytesParser(policy=policy.default).parse(open(os.path.join(HERE, path), "rb"))
    parts = [msg.get_body(preferencelist=("plain",)).get_content()]
    with tempfile.TemporaryDirectory(prefix="check-104-") as tmp:
        for att in msg.iter_attachments():
            open(os.path.join(tmp, att.get_filename()), "wb").write(att.get_content())
            parts.append(goldcheck.built_text(tmp, att.get_filename(), other=False))
    return "\n".join(parts)


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-10", "2026-07-10"):
    problems.append("due dates")
if not plan_src.startswith("TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM\nTỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG\nSố: 268/KH-EVNCPC\n") \
        or "\nKT. TỔNG GIÁM ĐỐC\nPHÓ TỔNG GIÁM ĐỐC\n" not in plan_src:
    problems.append("the plan's enterprise header or signature")

# duties
section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if section_iii.count(d["text_start"]) != 1:
        problems.append("duty outside section III or not unique: " + d["id"])
if not 12 <= len(gold["duties"]) <= 16:
    problems.append("duty count %d" % len(gold["duties"]))
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"III.4": "support", "III.7": "requested"}:
    problems.append("III.4 support, III.7 requested, the rest lead")
if "\n7. Đề nghị Công đoàn Tổng công ty\n" not in section_iii:
    problems.append("the requested duty's heading")
if "\n6. Các Công ty Điện lực Quảng Trị, Quảng Ngãi, Gia Lai, Đắk Lắk\n" not in section_iii:
    problems.append("the collective's heading naming its 4 members")
names, members = goldcheck.roster(HERE)
if members != {COLLECTIVE: MEMBERS}:
    problems.append("roster: one collective of 4 expected: %s" % members)
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
holders = {d["body_id"] for d in gold["duties"]}
if holders != (names - set(MEMBERS)) | {COLLECTIVE}:
    problems.append("every roster body holds a duty")

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
if sorted(f for f, e in gold["files"].items() if e["on_time"] == "no") != [LATE]:
    problems.append("one late plan (Quảng Ngãi) expected")
if [f for f, e in gold["files"].items() if e["status"] != "ok"] != [UNRELATED] \
        or CITE in source_text(src_of["inbox/" + UNRELATED]) or gold["files"][UNRELATED]["role"] != "other":
    problems.append("one unrelated notice expected")
tt = source_text(src_of["inbox/" + TO_TRINH])
if "\nTỜ TRÌNH\n" not in tt or gold["files"][TO_TRINH]["role"] != "unit_plan":
    problems.append("the Tờ trình as Quảng Trị's plan")
# the e-mail: its body and its attachment read back
mail = goldcheck.flat(built_text("inbox/" + MAIL))
if goldcheck.flat("Số: 652/BC-CPCIT") not in mail or goldcheck.flat("Kính gửi: Ban Kinh doanh Tổng công ty.") not in mail:
    problems.append("the e-mail's body or attachment not read back")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", SCAN)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("the Công đoàn's plan should be a scan")

# coverage
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
