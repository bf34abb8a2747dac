"""Consistency check of corpus/sixty-sixth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/sixty-sixth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III, each text_start once; one
support duty (III.3-c), the rest lead; the roster's one collective ("Trưởng các khu phố", 5 heads);
and the shape of this set, duties given to posts and people:
- every holder of a duty is a post or person (Phó Chủ tịch, Trưởng Công an phường, công chức,
  Trưởng khu phố) except the two offices (Văn phòng HĐND và UBND phường, Trung tâm PVHCC);
- each reply is signed by a person named in the roster as an alias of its sender;
- the Phó Chủ tịch's note has no NĐ 30 header; the Địa chính công chức's report has no issuer
  column (its source starts at the Quốc hiệu); the Tư pháp công chức's plan is signed "NGƯỜI LẬP";
- khu phố 3's handwritten report is a phone photo (JPEG): its evidence is checked in its source only;
- the one late file is khu phố 5's plan; the one unrelated file is the Tư pháp công chức's
  hòa giải report, which cites another plan (08/KH-UBND); every other file cites 14/KH-UBND;
- one file per holder and kind; every status used.
"""
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
PHOTO = "Zalo KP3/IMG_20260608_183214.jpg"
NOTE = "PCT Ha gui VP - tom tat phan viec DA06.docx"
LAND = "BC lam sach du lieu dat dai - DCXD Phuc.pdf"
TP_PLAN = "Hanh TP-HT/KH ca nhan DA06 - Hanh.docx"
UNRELATED = "Hanh TP-HT/BC hoa giai co so 6 thang dau nam 2026.doc"
LATE = "KH 02 khu pho 5 trien khai DA06.pdf"

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-01-23", "2026-06-15"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. KINH PHÍ\n")[0]
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
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"III.3-c": "support"}:
    problems.append("III.3-c the one support duty, the rest lead")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"truong-cac-khu-pho": 5}:
    problems.append("roster: one collective of 5 Trưởng khu phố expected")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
offices = {d["body_id"] for d in gold["duties"] if d["body"].startswith(("Văn phòng", "Trung tâm"))}
people = {d["body_id"] for d in gold["duties"]} - offices
if len(offices) != 2 or not all(b.startswith(("pho-chu-tich", "truong-", "cong-chuc-")) for b in people):
    problems.append("holders: posts and people, and two offices")
# the plan names the posts, headings of section III
for head in ("1. Đồng chí Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội", "2. Trưởng Công an phường",
             "3. Công chức Tư pháp - Hộ tịch", "4. Công chức Địa chính - Xây dựng", "7. Trưởng các khu phố"):
    if "\n" + head + "\n" not in "\n" + section_iii:
        problems.append("plan heading: " + head)

senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["status"] == "ok" and e["role"] in ("unit_plan", "report"):
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of,
                                        unbuilt=lambda f: f == PHOTO)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

# each reply is signed by a person the roster names as an alias of its sender
with open(os.path.join(HERE, "roster.yaml"), encoding="utf-8") as fh:
    aliases = {goldcheck.slug(b["name"]): b.get("aliases", []) for b in yaml.safe_load(fh)["bodies"]}
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f]).rstrip("\n")
    signer = src.split("\n")[-1].replace("|R ", "").replace("Thiếu tá ", "")
    if e["body_id"] and e["body_id"] != "trung-tam-phuc-vu-hanh-chinh-cong-phuong" \
            and signer not in aliases[e["body_id"]]:
        problems.append("signer %r not an alias of %s" % (signer, e["body_id"]))
    cites = "14/KH-UBND" in src
    if cites != (f != UNRELATED):
        problems.append("plan citation of " + f)
if "08/KH-UBND" not in source_text(src_of["inbox/" + UNRELATED]):
    problems.append("the unrelated report cites its own plan")
if source_text(src_of["inbox/" + NOTE]).count("CỘNG HÒA") or not built_text("inbox/" + NOTE):
    problems.append("the note has no NĐ 30 header")
if not source_text(src_of["inbox/" + LAND]).startswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"):
    problems.append("the land report has no issuer column")
if "NGƯỜI LẬP KẾ HOẠCH\nCông chức Tư pháp - Hộ tịch" not in source_text(src_of["inbox/" + TP_PLAN]):
    problems.append("the Tư pháp plan's signature")
with open(os.path.join(HERE, "inbox", PHOTO), "rb") as fh:
    if fh.read(3) != b"\xff\xd8\xff":
        problems.append("the handwritten report is not a JPEG")

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [LATE]:
    problems.append("one late plan (khu phố 5) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["body_id"] != "cong-chuc-tu-phap-ho-tich":
    problems.append("one unrelated file, from the Tư pháp công chức: %s" % other)
statuses = [c["status"] for c in gold["coverage"]]
if not all(s in statuses for s in ("covered", "partial", "missing", "not_submitted")):
    problems.append("every status expected")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
