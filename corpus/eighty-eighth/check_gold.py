"""Consistency check of corpus/eighty-eighth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/eighty-eighth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: the plan in the MTTQ's own layout (ỦY BAN MTTQ VIỆT NAM / TỈNH TÂY NINH
/ BAN THƯỜNG TRỰC, Số: 15/KH-MTTQ-BTT, TM. BAN THƯỜNG TRỰC); 16 duties in plan order, all in
section III; III.4-b and III.6 support, the rest lead; eight holders, the collective "Ban Thường
trực Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường" (4 members in the roster) holding three; and
the shape of this set:
- the báo cáo liên tịch of Hội Nông dân and Hội Cựu chiến binh: one document, two signature
  blocks, body_ids both, a report of each;
- the biên bản giám sát sent in place of a report (a scan): role report, judged on what it records;
- the xã Tân Biên MTTQ's report in the Party layout: its own report (sender the holder);
- recommendations are not the work: the three missing rows whose subject appears only under
  the report's KIẾN NGHỊ section (or as put off);
- one late plan (Tỉnh Đoàn), one duplicate (phường Long An's plan), one unrelated report (xã Bến
  Cầu, Quỹ "Vì người nghèo"), the rest one file per holder and kind.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
for row in table["files"]:
    if row["renderer"] == "copy":   # a copy received twice: the source of the file it copies
        src_of[row["output"]] = src_of[row["source"]]
PLAN_NO = "15/KH-MTTQ-BTT ngày 23/01/2026"
COLL = "ban-thuong-truc-uy-ban-mat-tran-to-quoc-viet-nam-cac-xa-phuong"
M = "ban-thuong-truc-uy-ban-mat-tran-to-quoc-viet-nam-"
LA, TB, DH, BC = M + "phuong-long-an", M + "xa-tan-bien", M + "xa-duc-hoa", M + "xa-ben-cau"
ND, CCB, PN, TD, LD = ("hoi-nong-dan-tinh", "hoi-cuu-chien-binh-tinh", "hoi-lien-hiep-phu-nu-tinh",
                       "doan-thanh-nien-cong-san-ho-chi-minh-tinh", "lien-doan-lao-dong-tinh")
JOINT = "BCLT 12 HND-HCCB giam sat phan bon, thuoc BVTV.pdf"
BB = "Scan BB giam sat BLGD xa Hau Nghia 22.4.pdf"
TDKH = "TinhDoan_KH118 giam sat TN khoi nghiep.docx"
TBBC = "MTTQ xa phuong/Tan Bien_BC 18 giam sat 6 thang.pdf"
LDBC = "LDLD_BC 86 giam sat BHXH doanh nghiep.doc"
DUP, ORIG = "MTTQ xa phuong/P.Long An - KH giam sat 2026 (1).docx", "MTTQ xa phuong/P.Long An - KH giam sat 2026.docx"
OTHER = "MTTQ xa phuong/Ben Cau BC 16 Quy VNN 5 thang.pdf"


def src(f):
    return source_text(src_of["inbox/" + f])


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-25", "2026-06-15"):
    problems.append("due dates")
if "(qua Ban Dân chủ - Pháp luật) trước ngày 25/02/2026" not in plan_src or \
        "6 tháng đầu năm 2026 gửi về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (qua Ban Dân chủ - Pháp luật) trước ngày 15/6/2026" not in plan_src:
    problems.append("due dates as the plan's section IV writes them")
if not plan_src.startswith("ỦY BAN MTTQ VIỆT NAM\nTỈNH TÂY NINH\nBAN THƯỜNG TRỰC\nSố: 15/KH-MTTQ-BTT\n") \
        or "\nTM. BAN THƯỜNG TRỰC\n" not in plan_src:
    problems.append("the plan's MTTQ layout")

# duties
section_iii = plan_src.split("\nIII. PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. CHẾ ĐỘ THÔNG TIN, BÁO CÁO\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if section_iii.count(d["text_start"]) != 1:
        problems.append("duty outside section III or not unique: " + d["id"])
if len(gold["duties"]) != 16:
    problems.append("duty count %d" % len(gold["duties"]))
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"III.4-b": "support", "III.6": "support"}:
    problems.append("III.4-b and III.6 support, the rest lead")
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 8 or sum(d["body_id"] == COLL for d in gold["duties"]) != 3:
    problems.append("8 holders, 3 duties of the collective expected")

names, members = goldcheck.roster(HERE)
if members != {COLL: [LA, TB, DH, BC]}:
    problems.append("roster: one collective of 4 listed members expected")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])

# who sent what: the joint report counts for both its signers
senders = {}
for f, e in gold["files"].items():
    for b in [e["body_id"]] + e.get("body_ids", []):
        if b and b not in names:
            problems.append("sender not in roster: " + f)
    if e["status"] == "ok" and e["role"] in ("unit_plan", "report"):
        kind = "plan" if e["role"] == "unit_plan" else "report"
        for b in e.get("body_ids") or [e["body_id"]]:
            if (b, kind) in senders:
                problems.append("two files of one holder and kind: " + f)
            senders[(b, kind)] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == BB)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
for f, e in gold["files"].items():
    if e["status"] == "ok" and PLAN_NO not in src(f):
        problems.append("plan citation of " + f)

# the joint report: one document, two signature blocks, a report of both
j, js = gold["files"][JOINT], src(JOINT)
if (j["status"], j["role"], j["body_id"], j.get("body_ids"), j["documents"]) != ("ok", "report", ND, [ND, CCB], 1) \
        or "BÁO CÁO LIÊN TỊCH" not in js or "TM. BAN THƯỜNG VỤ || TM. BAN THƯỜNG VỤ" not in js \
        or "HỘI CỰU CHIẾN BINH TỈNH || HỘI NÔNG DÂN TỈNH" not in js:
    problems.append("the báo cáo liên tịch")
# the biên bản: a scan, read as the Hội LHPN's report, only Hậu Nghĩa recorded
b, bs = gold["files"][BB], src(BB)
if (b["status"], b["role"], b["body_id"]) != ("ok", "report", PN) or "\nBIÊN BẢN\n" not in bs \
        or "phường Long An" in bs or [r["renderer"] for r in table["files"] if r["output"] == "inbox/" + BB] != ["build.bienban_scan"]:
    problems.append("the biên bản giám sát")
# the xã Tân Biên MTTQ's report in the Party layout: its own report
t = src(TBBC)
if "ĐẢNG CỘNG SẢN VIỆT NAM" not in t or "\n*\nSố 18-BC/MTTQ\n" not in t or "T/M BAN THƯỜNG TRỰC" not in t \
        or "BAN THƯỜNG TRỰC ỦY BAN MTTQ XÃ TÂN BIÊN" not in t or gold["files"][TBBC]["body_id"] != TB:
    problems.append("xã Tân Biên's Party-layout report")
# recommendations are not the work: the subject of these missing duties only under KIẾN NGHỊ (or put off)
for f, duty, holder, words in ((JOINT, "III.5-b", ND, "Hội nghị phản biện xã hội"),
                               (TBBC, "III.8-b", TB, "Ban Giám sát đầu tư của cộng đồng")):
    text = src(f)
    head, _, tail = text.partition("\nIII. KIẾN NGHỊ\n")
    if not tail or words in head or words not in tail:
        problems.append("%s: subject only under KIẾN NGHỊ" % duty)
    if not any(c["duty_id"] == duty and c["body_id"] == holder and c["kind"] == "report" and c["status"] == "missing"
               for c in gold["coverage"]):
        problems.append("%s / %s report missing expected" % (duty, holder))
if "dự kiến tổ chức ngày 26/6/2026 và báo cáo bằng văn bản riêng" not in src(LDBC):
    problems.append("LĐLĐ's put-off collection of opinions")
# the Tỉnh Đoàn's plan: Đoàn layout, late
if "ĐOÀN TNCS HỒ CHÍ MINH" not in src(TDKH) or gold["files"][TDKH]["on_time"] != "no":
    problems.append("the Tỉnh Đoàn's late plan")
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [TDKH]:
    problems.append("one late plan (Tỉnh Đoàn) expected: %s" % late)
# the duplicate and the unrelated report
dup, orig = gold["files"][DUP], gold["files"][ORIG]
if open(os.path.join(HERE, "inbox", DUP), "rb").read() != open(os.path.join(HERE, "inbox", ORIG), "rb").read():
    problems.append("the duplicate is not a copy")
if dup["status"] != "duplicate" or (dup["role"], dup["body_id"], dup["date"]) != (orig["role"], orig["body_id"], orig["date"]):
    problems.append("duplicate row")
o = gold["files"][OTHER]
if (o["status"], o["role"], o["body_id"], o["on_time"]) != ("unrecognized", "other", BC, "") or "15/KH-MTTQ-BTT" in src(OTHER):
    problems.append("xã Bến Cầu's unrelated report")
if any(c["body_id"] == BC and c["status"] != "not_submitted" for c in gold["coverage"]):
    problems.append("xã Bến Cầu sent nothing on this plan")
st = [c["status"] for c in gold["coverage"]]
if st.count("partial") != 5 or st.count("missing") != 3:
    problems.append("5 partial and 3 missing rows expected: %d, %d" % (st.count("partial"), st.count("missing")))
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
