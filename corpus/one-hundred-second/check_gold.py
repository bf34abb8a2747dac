"""Consistency check of corpus/one-hundred-second/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-second/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks, the shape of this set, duties given by reference to the plan's own
lists:
- every duty's text_start is in Mục II or the Phụ lục (a referenced item: written without a
  holder) or, for the two duties in a holder's own words (IV.1-b, IV.4-b), in Mục IV;
- each reference of Mục IV resolves to the duties of the gold, no more and no less (REFS below
  is the clerk's reading of Mục IV, checked against its text);
- Mục II and the Phụ lục name no holder;
- 18 duties, 7 holders, one collective of 4 members; two support duties (II.2-ca, II.3-snnmt);
- one late plan (Sở NN&MT), one unrelated report (phường Hải Dương: Tháng hành động ATTP);
- replies by item numbers (Sở Y tế, phường Lê Chân), in words (Công an, Sở KH&CN, xã Tiên
  Lãng, Sở NN&MT) and both (Sở Công Thương, Sở VHTTDL, đặc khu Cát Hải);
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
COLL = "uy-ban-nhan-dan-cac-xa-phuong-dac-khu"

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-03-10", "2026-11-20"):
    problems.append("due dates")
if "(qua Sở Công Thương) trước ngày 10/3/2026" not in plan_src or \
        "(qua Sở Công Thương) trước ngày 20/11/2026" not in plan_src:
    problems.append("due dates as Mục IV.8 writes them")

main, appendix = plan_src.split("\n\f\n")
muc_ii = main.split("\nII. NHIỆM VỤ, GIẢI PHÁP\n")[1].split("\nIII. KINH PHÍ THỰC HIỆN\n")[0]
muc_iv = main.split("\nIV. TỔ CHỨC THỰC HIỆN\n")[1].split("\nNơi nhận:")[0]
items_ii = {m.group(1): m.group(2) for m in re.finditer(r"^(\d)\. (.*)$", muc_ii, re.M)}
items_pl = {m.group(1): m.group(2) for m in re.finditer(r"^(\d) \| (.*)$", appendix, re.M)}
if sorted(items_ii) != list("1234567") or sorted(items_pl) != list("1234567"):
    problems.append("Mục II and the Phụ lục: 7 numbered items each")
for body in ("Sở ", "Công an", "Ủy ban nhân dân các"):
    if body in muc_ii or body in appendix.split("\nSTT |")[1]:
        problems.append("a holder named in the content lists: " + body)

# The clerk's reading of Mục IV: holder -> the references it holds, with the words that say so.
REFS = {
    "so-cong-thuong": ("chủ trì thực hiện các nhiệm vụ tại điểm 1, điểm 2 Mục II và hoạt động số 1 tại Phụ lục",
                       {"II.1", "II.2", "PL.1"}),
    "cong-an-thanh-pho-hai-phong": ("Chủ trì thực hiện nhiệm vụ tại điểm 6 Mục II.", {"II.6"}),
    "so-y-te": ("Chủ trì thực hiện nhiệm vụ tại điểm 3 Mục II và hoạt động số 3 tại Phụ lục.", {"II.3", "PL.3"}),
    "so-khoa-hoc-va-cong-nghe": ("Thực hiện nhiệm vụ tại điểm 4 Mục II; chủ trì hoạt động số 2 tại Phụ lục.",
                                 {"II.4", "PL.2"}),
    "so-van-hoa-the-thao-va-du-lich": ("Chủ trì thực hiện nhiệm vụ tại điểm 7 Mục II và hoạt động số 4 tại Phụ lục.",
                                       {"II.7", "PL.4"}),
    COLL: ("Thực hiện nhiệm vụ tại điểm 5 Mục II và các hoạt động từ số 5 đến số 7 tại Phụ lục",
           {"II.5", "PL.5", "PL.6", "PL.7"}),
}
SUPPORT = {"cong-an-thanh-pho-hai-phong": ("Phối hợp với Sở Công Thương thực hiện nhiệm vụ tại điểm 2 Mục II", "II.2"),
           "so-nong-nghiep-va-moi-truong": ("Phối hợp với Sở Y tế thực hiện nhiệm vụ tại điểm 3 Mục II", "II.3")}
OWN = {"IV.1-b": "so-cong-thuong", "IV.4-b": "so-nong-nghiep-va-moi-truong"}
for words, _ in list(REFS.values()) + list(SUPPORT.values()):
    if words not in muc_iv:
        problems.append("reference not in Mục IV: " + words)
expected = {(body, ref, "lead") for body, (_, refs) in REFS.items() for ref in refs}
expected |= {(body, ref, "support") for body, (_, ref) in SUPPORT.items()}
got = set()
for d in gold["duties"]:
    if d["id"] in OWN:
        if OWN[d["id"]] != d["body_id"] or d["text_start"] not in muc_iv or d["role"] != "lead":
            problems.append("own-words duty: " + d["id"])
        continue
    ref = d["id"].split("-")[0]
    got.add((d["body_id"], ref, d["role"]))
    kind, n = ref.split(".")
    item = (items_ii if kind == "II" else items_pl).get(n, "")
    if not item.startswith(d["text_start"]):
        problems.append("text_start is not the start of the referenced item: " + d["id"])
if got != expected:
    problems.append("references resolved: extra %s, lacking %s" % (got - expected, expected - got))
if len(gold["duties"]) != 18:
    problems.append("duty count %d" % len(gold["duties"]))
if len({d["body_id"] for d in gold["duties"]}) != 7:
    problems.append("7 holders expected")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {COLL: 4}:
    problems.append("roster: one collective of 4 members expected")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["status"] == "ok" and e["body_id"]:
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f in SCANS)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
statuses = {c["status"] for c in gold["coverage"]}
if not {"covered", "partial", "missing", "not_submitted"} <= statuses:
    problems.append("every status should occur")

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["KH 702-SNNMT BVQLNTD linh vuc nong nghiep.pdf"]:
    problems.append("one late plan (Sở NN&MT) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != ["Xa phuong/BC 141 Thang hanh dong ATTP - P.Hai Duong.docx"]:
    problems.append("one unrelated file expected: %s" % other)
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    if ("36/KH-UBND" in src) != (e["status"] == "ok"):
        problems.append("plan citation of " + f)
for f in SCANS:
    if goldcheck.flat(built_text("inbox/" + f)):
        problems.append("scan with a text layer: " + f)
BY_NUMBER = re.compile(r"(điểm \d Mục II|Điểm \d Mục II|[Hh]oạt động số \d)")
for f, style in (("BC 3120-SYT nhiem vu KH36.docx", "numbers"),
                 ("Xa phuong/Le Chan - BC 318 BVQLNTD 2026.xlsx", "numbers"),
                 ("CATP - BC 2264 BVQLNTD 2026 (scan).pdf", "words"),
                 ("SKHCN_KH215_do luong chat luong 2026.docx", "words"),
                 ("Xa phuong/KH 27 BVNTD xa Tien Lang.docx", "words"),
                 ("KH 702-SNNMT BVQLNTD linh vuc nong nghiep.pdf", "words")):
    if bool(BY_NUMBER.search(source_text(src_of["inbox/" + f]))) != (style == "numbers"):
        problems.append("answer style of " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
