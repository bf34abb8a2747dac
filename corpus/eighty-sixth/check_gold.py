"""Consistency check of corpus/eighty-sixth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/eighty-sixth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; one support (III.3-b) and
one requested (III.5) duty; six holders, the collective "Ủy ban nhân dân các xã, phường, đặc khu"
holding six duties; and the shape of this set, a collective the roster lists only in part:
- the roster gives 8 members; three more (xã Ba Chẽ, xã Đầm Hà, đặc khu Cô Tô) answer the plan
  from tỉnh Quảng Ninh: they are members too, with body_ids of their full names, and have coverage
  rows like the roster's 8 (expected rows = the roster's members plus these three);
- xã Quảng Tân of tỉnh Lâm Đồng (same name as a roster member) answers its own province's plan:
  unrecognized, no sender; the roster's xã Quảng Tân sent nothing;
- phường Cửa Ông names its former phường; the Đảng ủy xã Tiên Yên's plan (TM. ĐẢNG ỦY) is not
  the UBND xã's reply: unrecognized, no sender, UBND xã Tiên Yên's rows not_submitted;
- one late plan (Đầm Hà), one unrelated report (phường Uông Bí, cải cách hành chính).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
PLAN_NO = "48/KH-UBND ngày 09/02/2026"
COLL = "uy-ban-nhan-dan-cac-xa-phuong-dac-khu"
FOUND = {"uy-ban-nhan-dan-xa-ba-che": "Xa phuong/KH PCTT 2026 xa Ba Che.doc",
         "uy-ban-nhan-dan-xa-dam-ha": "Xa phuong/Dam Ha_KH 21 PCTT (1).docx",
         "uy-ban-nhan-dan-dac-khu-co-to": "Xa phuong/BC 97 Co To PCTT 6 thang.pdf"}
TY = "Xa phuong/Tien Yen - KH 45-KH DU PCTT.docx"
QT = "KH 24 PCTT xa Quang Tan.docx"
UB = "Xa phuong/BC 88 CCHC quy I - Uong Bi.pdf"
CO = "Xa phuong/KH29_PCuaOng_PCTT2026.docx"
DH = FOUND["uy-ban-nhan-dan-xa-dam-ha"]


def src(f):
    return source_text(src_of["inbox/" + f])


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-03-10", "2026-06-15"):
    problems.append("due dates")
if "gửi về Sở Nông nghiệp và Môi trường trước ngày 10/3/2026" not in plan_src or \
        "gửi Sở Nông nghiệp và Môi trường trước ngày 15/6/2026" not in plan_src:
    problems.append("due dates as the plan's section IV writes them")

section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if section_iii.count(d["text_start"]) != 1:
        problems.append("duty outside section III or not unique: " + d["id"])
if len(gold["duties"]) != 15:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"}
if roles != {"III.3-b": "support", "III.5": "requested"}:
    problems.append("roles: %s" % roles)
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 6 or sum(d["body_id"] == COLL for d in gold["duties"]) != 6:
    problems.append("6 holders, 6 duties of the collective expected")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {COLL: 8}:
    problems.append("roster: one collective of 8 listed members expected")
if set(FOUND) & names:
    problems.append("the three discovered members must not be in the roster")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
every = {COLL: members[COLL] + sorted(FOUND)}

senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names | set(FOUND):
        problems.append("sender neither in roster nor a discovered member: " + f)
    if e["status"] == "ok" and e["role"] in ("unit_plan", "report"):
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, every))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

# the discovered members: Quảng Ninh communes answering this plan, each with its own file
for b, f in FOUND.items():
    e = gold["files"][f]
    if (e["status"], e["body_id"]) != ("ok", b) or PLAN_NO not in src(f):
        problems.append("discovered member's file: " + f)
    if not any(c["body_id"] == b and c["status"] != "not_submitted" for c in gold["coverage"]):
        problems.append("discovered member without rows: " + b)
# the look-alike of another province, the Party committee, the unrelated report
for f in (TY, QT, UB):
    e = gold["files"][f]
    if (e["status"], e["role"], e["on_time"]) != ("unrecognized", "other", ""):
        problems.append("unrecognized/other expected: " + f)
if gold["files"][TY]["body_id"] or gold["files"][QT]["body_id"]:
    problems.append("no sender for the Đảng ủy's plan and the Lâm Đồng xã")
if gold["files"][UB]["body_id"] != "uy-ban-nhan-dan-phuong-uong-bi" or "48/KH-UBND" in src(UB):
    problems.append("the unrelated report: phường Uông Bí's, not citing the plan")
q = src(QT)
if "tỉnh Lâm Đồng" not in q or "48/KH-UBND" in q or "XÃ QUẢNG TÂN" not in q \
        or "uy-ban-nhan-dan-xa-quang-tan" not in members[COLL]:
    problems.append("xã Quảng Tân of Lâm Đồng: its own province's plan, a roster member's name")
if any(c["body_id"] == "uy-ban-nhan-dan-xa-quang-tan" and c["status"] != "not_submitted" for c in gold["coverage"]):
    problems.append("the roster's xã Quảng Tân sent nothing")
t = src(TY)
if "TM. ĐẢNG ỦY" not in t or "ĐẢNG ỦY XÃ TIÊN YÊN" not in t or PLAN_NO not in t or \
        "Lãnh đạo Ủy ban nhân dân xã xây dựng kế hoạch cụ thể" not in t:
    problems.append("the Đảng ủy xã Tiên Yên's plan")
if any(c["body_id"] == "uy-ban-nhan-dan-xa-tien-yen" and c["status"] != "not_submitted" for c in gold["coverage"]):
    problems.append("UBND xã Tiên Yên sent nothing of its own")
if "phường Cửa Ông (trên cơ sở sắp xếp các phường Cửa Ông, Cẩm Sơn, Cẩm Phú, Cẩm Thịnh)" not in src(CO) \
        or gold["files"][CO]["body_id"] != "uy-ban-nhan-dan-phuong-cua-ong":
    problems.append("phường Cửa Ông and its former phường")

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [DH]:
    problems.append("one late plan (Đầm Hà) expected: %s" % late)
st = [c["status"] for c in gold["coverage"]]
if st.count("partial") < 5 or st.count("missing") < 3:
    problems.append("partial and missing rows expected")
for f, e in gold["files"].items():
    if e["status"] == "ok" and PLAN_NO not in src(f):
        problems.append("plan citation of " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
