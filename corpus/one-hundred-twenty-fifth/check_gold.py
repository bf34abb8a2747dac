#!/usr/bin/env python3
"""Consistency check of corpus/one-hundred-twenty-fifth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-twenty-fifth/check_gold.py   (prints OK or the problems)
Besides goldcheck's file, duty and coverage checks: the shape of this set, duties given to POSTS
and the persons holding them —
- section III has ten numbered holders; each duty's text_start opens its item (a), b), … or the
  paragraph under 9.) in plan order; its holder is the post the heading names, read as the gold
  reads it (no "Đồng chí", no person, UBND expanded), every holder a post except the two bodies (8
  Trạm Y tế, 9 Trường THCS); the role is what the item's words give (Phối hợp → support; the
  "Đề nghị …" lead-in of 7 → requested; else lead); the deadline is the item's own date;
- the persons the plan names in its headings are roster aliases of their posts; the collective is
  the four Trưởng thôn the heading of 10 names;
- each ok reply is signed by a person (or a post title) the roster gives its holder; the Chỉ huy
  trưởng's plan and report are signed by two different persons, both aliases of the one post; the
  công chức Văn hóa - Xã hội's report answers for two posts (body_ids) and says why; the công chức's
  reports are signed "NGƯỜI BÁO CÁO" over the post;
- plan rows only for the three holders V.2 asks; every ok reply cites the plan, the company's letter
  does not; the deferral words the notes rest on are in the replies; two late files (the Trạm Y tế's
  plan, thôn Trung Hậu's report, which says so); the Phó Chủ tịch and thôn Phú Vinh send nothing;
- formats: DOCX, text PDF, .doc, a scan (no text layer) and a phone photo of a handwritten page
  (JPEG); the evidence of both is checked in their sources and read back by tesseract.
"""
import difflib
import os
import re
import subprocess
import sys
import tempfile

import yaml

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
S = goldcheck.slug
PCT, LD = S("Phó Chủ tịch Ủy ban nhân dân xã phụ trách văn hóa - xã hội"), S("Công chức Văn hóa - Xã hội phụ trách lao động, việc làm")
VT, TP = S("Công chức Văn hóa - Xã hội phụ trách văn hóa, thông tin"), S("Công chức Tư pháp - Hộ tịch")
CA, QS, DT = S("Trưởng Công an xã"), S("Chỉ huy trưởng Ban Chỉ huy Quân sự xã"), S("Bí thư Đoàn Thanh niên xã")
YT, HS, THON = S("Trạm Y tế xã Quang Đồng"), S("Trường Trung học cơ sở Quang Đồng"), S("Trưởng các thôn trọng điểm")
PLAN_ASKED = {CA, QS, YT}
SCAN = "BC nam 2026/scan_BCHQS_BC11_18112026.pdf"
PHOTO = "BC nam 2026/Cac thon/Zalo thon Dong Thinh/IMG_20261115_203412.jpg"
TWO = "BC nam 2026/BC Hang VHXH - lao dong viec lam + VHTT (kiem nhiem) 2026.docx"
QS_PLAN = "KH cac don vi 2026/BCHQS_KH 02 quan ly cong dan NVQS, QNDB di lam viec nuoc ngoai.pdf"
LATE = {"KH cac don vi 2026/TYT - KH 03 tu van suc khoe NLD di nuoc ngoai.doc", "BC nam 2026/Cac thon/BC 05 thon Trung Hau.doc"}
UNRELATED = "CV 186 Cty Hong Lam - tuyen TTS Nhat Ban 2027.pdf"
CITE = "12/KH-UBND ngày 14/01/2026"

problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "one-hundred-twenty-fifth":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-01-31", "2026-11-20"):
    problems.append("due dates")
if not plan_src.startswith("ỦY BAN NHÂN DÂN\nXÃ QUANG ĐỒNG\nSố: 12/KH-UBND\n") \
        or "Quang Đồng, ngày 14 tháng 01 năm 2026" not in plan_src:
    problems.append("the plan's header")

# ---------------------------------------------------------------- section III: headings, items, holders
section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ\n")[0]
heads, items, lead_in = {}, {}, {}
cur = None
for line in section_iii.split("\n"):
    m = re.match(r"^(\d+)\. (.+)$", line)
    if m and not line.endswith("."):
        cur = int(m.group(1))
        heads[cur] = m.group(2)
        continue
    m = re.match(r"^([a-zđ])\) (.+)$", line)
    if m:
        items["III.%d-%s" % (cur, m.group(1))] = m.group(2)
    elif line.endswith(":"):
        lead_in[cur] = line
    else:
        items["III.%d" % cur] = line
if sorted(heads) != list(range(1, 11)):
    problems.append("section III: ten numbered holders expected: %s" % sorted(heads))


def person_of(head):
    """The person a heading names: 'Đồng chí X Y Z - post' or 'post (đồng chí X Y Z)'; None else."""
    m = re.search(r" \(đồng chí ([^()]+)\)$", head)
    if m:
        return m.group(1)
    if head.startswith("Đồng chí ") and " - " in head:
        name = head[len("Đồng chí "):].split(" - ")[0]
        if 2 <= len(name.split()) <= 4 and all(t[0].isupper() for t in name.split()):
            return name
    return None


def post(head):
    """The holder the gold reads from a heading: no 'Đồng chí', no person, no list of thôn, UBND expanded."""
    p = person_of(head)
    h = head.replace(" (đồng chí %s)" % p, "").replace("Đồng chí %s - " % p, "") if p else head
    h = re.sub(r"^Đồng chí ", "", h)
    h = re.sub(r" \([^()]*Phú Vinh\)$", "", h)
    return h.replace("UBND", "Ủy ban nhân dân")


PERSONS = {n: [person_of(h)] if person_of(h) else [] for n, h in heads.items()}
if set(items) != {d["id"] for d in gold["duties"]}:
    problems.append("duty ids vs plan items: %s" % (set(items) ^ {d["id"] for d in gold["duties"]}))
order = list(items)
last = -1
for d in gold["duties"]:
    if d["id"] not in items:
        continue
    n = int(re.match(r"III\.(\d+)", d["id"]).group(1))
    text = items[d["id"]]
    if not text.startswith(d["text_start"]) or section_iii.count(d["text_start"]) != 1:
        problems.append("text_start does not open its item (once): " + d["id"])
    if order.index(d["id"]) <= last:
        problems.append("duty out of plan order: " + d["id"])
    last = order.index(d["id"])
    if d["body"] != post(heads[n]):
        problems.append("holder of %s: gold %r, heading reads %r" % (d["id"], d["body"], post(heads[n])))
    role = "requested" if lead_in.get(n, "").startswith("Đề nghị") else "support" if text.startswith("Phối hợp") else "lead"
    if role != d["role"]:
        problems.append("role of %s: gold %s, plan %s" % (d["id"], d["role"], role))
    q = re.search(r"trong quý (II|III)/2026", text)
    dm = re.search(r"trước ngày (\d+)/(\d+)/2026", text)
    want = ("2026-06" if q.group(1) == "II" else "2026-09") if q else \
        "2026-%02d-%02d" % (int(dm.group(2)), int(dm.group(1))) if dm else None
    if d["deadline"] != want:
        problems.append("deadline of %s: %s, expected %s" % (d["id"], d["deadline"], want))
holders = {d["body_id"] for d in gold["duties"]}
if holders != {PCT, LD, VT, TP, CA, QS, DT, YT, HS, THON}:
    problems.append("holders: %s" % holders)
if not all(b.startswith(("pho-chu-tich-", "cong-chuc-", "truong-", "chi-huy-truong-", "bi-thu-")) for b in holders - {YT, HS}):
    problems.append("every holder but the two bodies is a post")
if {d["id"] for d in gold["duties"] if d["role"] == "support"} != {"III.4-c", "III.5-b"} \
        or {d["id"] for d in gold["duties"] if d["role"] == "requested"} != {"III.7-a", "III.7-b"}:
    problems.append("roles: two support (Phối hợp …), the Đoàn's two requested, the rest lead")
if sum(bool(p) for p in PERSONS.values()) < 4 or not any(heads[n].startswith("Đồng chí " + p[0] + " - ") for n, p in PERSONS.items() if p) \
        or not any("(đồng chí " in h for h in heads.values()):
    problems.append("the plan names persons in its headings, both ways ('Đồng chí X - post', 'post (đồng chí X)')")

# ---------------------------------------------------------------- roster
names, members = goldcheck.roster(HERE)
with open(os.path.join(HERE, "roster.yaml"), encoding="utf-8") as fh:
    bodies = yaml.safe_load(fh)["bodies"]
aliases = {S(b["name"]): {b["name"]} | set(b.get("aliases") or []) for b in bodies}
thon = re.search(r"\((.+)\)$", heads[10]).group(1).split(", ")
if {k: sorted(v) for k, v in members.items()} != {THON: sorted(S("Trưởng thôn " + t) for t in thon)}:
    problems.append("roster: one collective, the Trưởng thôn of the four thôn heading 10 names")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
for n, persons in PERSONS.items():
    for p in persons:
        b = S(post(heads[n]))
        if p not in aliases.get(b, ()):
            problems.append("person %s named in heading %d is not an alias of %s" % (p, n, b))

# ---------------------------------------------------------------- senders, signers
SIGN_MARK = re.compile(r"^\|[A-Za-z] ?")


def signer(src):
    lines = [SIGN_MARK.sub("", l).strip() for l in source_text(src).rstrip("\n").split("\n")]
    return [l for l in lines if l][-1]


senders = {}
for f, e in gold["files"].items():
    for b in [e["body_id"]] + e.get("body_ids", []):
        if b and b not in names:
            problems.append("sender not in roster: " + f)
    src = src_of["inbox/" + f]
    if e["status"] != "ok":
        if "12/KH-UBND" in source_text(src):
            problems.append("the unrelated file cites the plan: " + f)
        continue
    kind = "plan" if e["role"] == "unit_plan" else "report"
    for b in e.get("body_ids") or [e["body_id"]]:
        if (b, kind) in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[(b, kind)] = f
    if kind == "plan" and e["body_id"] not in PLAN_ASKED:
        problems.append("a unit plan from a holder not asked for one: " + f)
    if CITE not in source_text(src):
        problems.append("plan citation of " + f)
    who = signer(src)
    if not any(who == a or who.endswith(" " + a) for a in aliases[e["body_id"]]):
        problems.append("signer %r of %s is no alias of %s" % (who, f, e["body_id"]))
# the Chỉ huy trưởng: two persons, one post
qs_plan, qs_rep = signer(src_of["inbox/" + QS_PLAN]), signer(src_of["inbox/" + SCAN])
if qs_plan == qs_rep or not qs_plan.endswith("Lê Văn Hùng") or not qs_rep.endswith("Nguyễn Văn Tâm") \
        or "Lê Văn Hùng" not in heads[6] or "được bổ nhiệm giữ chức vụ Chỉ huy trưởng" not in source_text(src_of["inbox/" + SCAN]):
    problems.append("the Chỉ huy trưởng changed: plan by Lê Văn Hùng (named in the plan), report by Nguyễn Văn Tâm")
# one report for two posts
two = gold["files"][TWO]
if two.get("body_ids") != [LD, VT] or two["documents"] != 1 or "kiêm nhiệm" not in source_text(src_of["inbox/" + TWO]):
    problems.append("Hằng's report: one document for her post and Lê Thị Mai's, saying why")
for f, title in ((TWO, "CÔNG CHỨC VĂN HÓA - XÃ HỘI"), ("BC nam 2026/TP-HT Nam - BC chung thuc, PBPL cho NLD 2026.pdf", "CÔNG CHỨC TƯ PHÁP - HỘ TỊCH")):
    if "\nNGƯỜI BÁO CÁO\n%s\n" % title not in source_text(src_of["inbox/" + f]):
        problems.append("a công chức's own report signed NGƯỜI BÁO CÁO / post: " + f)
sent = {b for b, _ in senders}
if PCT in sent or S("Trưởng thôn Phú Vinh") in sent or (CA, "plan") in senders or (YT, "report") in senders:
    problems.append("silent: the Phó Chủ tịch, thôn Phú Vinh; no plan from the Công an, no report from the Trạm")

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
v = plan_src.split("\nV. TỔ CHỨC THỰC HIỆN\n")[1]
if "2. Trưởng Công an xã, Chỉ huy trưởng Ban Chỉ huy Quân sự xã, Trạm Y tế xã Quang Đồng xây dựng kế hoạch" not in v \
        or "3. Các đồng chí, lực lượng, đơn vị và Trưởng các thôn trọng điểm được phân công tại Mục III báo cáo" not in v:
    problems.append("V.2 asks three holders for a plan, V.3 every holder for a report")
for f, words in ((QS_PLAN, "sẽ thực hiện sau khi có hướng dẫn của Ban Chỉ huy Phòng thủ khu vực"),
                 (TWO, "sẽ cấp phát 480 tờ còn lại tại cuộc họp thôn cuối năm"),
                 ("BC nam 2026/TP-HT Nam - BC chung thuc, PBPL cho NLD 2026.pdf", "đề xuất chuyển sang quý I/2027"),
                 ("BC nam 2026/Doan xa - BC 27 tuyen truyen di lam viec nuoc ngoai an toan.pdf", "chuyển sang tổ chức vào tháng 01/2027"),
                 ("BC nam 2026/Cac thon/BC 05 thon Trung Hau.doc", "thôn sẽ tiếp tục vận động trong tháng 12/2026")):
    if words not in source_text(src_of["inbox/" + f]):
        problems.append("deferral words not in %s: %s" % (f, words))

# ---------------------------------------------------------------- files: late, unrelated, formats, OCR
late = {f for f, e in gold["files"].items() if e["on_time"] == "no"}
if late != LATE or "gửi chậm" not in source_text(src_of["inbox/BC nam 2026/Cac thon/BC 05 thon Trung Hau.doc"]):
    problems.append("two late files (the Trạm's plan, Trung Hậu's report saying so): %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [UNRELATED] or gold["files"][UNRELATED]["role"] != "other" or gold["files"][UNRELATED]["body_id"]:
    problems.append("one unrelated letter of a non-holder expected: %s" % other)
exts = {os.path.splitext(f)[1] for f in gold["files"]}
if exts != {".docx", ".pdf", ".doc", ".jpg"}:
    problems.append("formats: %s" % exts)
if built_text("inbox/" + SCAN).strip():
    problems.append("the Ban CHQS's report should be a scan (no text layer)")
with open(os.path.join(HERE, "inbox", PHOTO), "rb") as fh:
    if fh.read(3) != b"\xff\xd8\xff":
        problems.append("the photo is not a JPEG")
try:
    import render as R  # noqa: E402
    ocr = {}
    with tempfile.TemporaryDirectory(prefix="check-125-") as tmp:
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
