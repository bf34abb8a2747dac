"""Consistency check of corpus/ninety-second/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/ninety-second/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III, 15 of them; one support duty
(III.2-a) and one requested (III.8); the roster's one collective (the 4 địa bàn trọng điểm named in
II.3); 8 holders; one file per holder and kind; every reply cites the plan; one late plan (Nàn
Xỉn), one unrelated letter (Cốc Pài); and the shape of this set, the legacy encodings: each built
file is checked to BE what it claims (TCVN3 bytes in the .doc, the PDF's text layer and the .txt;
VNI in the .rtf and the other .doc; NFD in the Tổ hợp DOCX; no text layer in the scan), and each
evidence is looked for in the built file once decoded with build.py's own decoders (case aside:
a .VnTimeH stretch decodes in lower case).
"""
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
import render  # noqa: E402

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
B = render.set_module(HERE, "build")
src_of = {row["output"]: row["source"] for row in table["files"]}
COLLECTIVE = "uy-ban-nhan-dan-cac-xa-thi-tran"
MEMBERS = {"xã Nàn Xỉn": "uy-ban-nhan-dan-xa-nan-xin", "xã Thèn Phàng": "uy-ban-nhan-dan-xa-then-phang",
           "xã Chí Cà": "uy-ban-nhan-dan-xa-chi-ca", "thị trấn Cốc Pài": "uy-ban-nhan-dan-thi-tran-coc-pai"}
PDT = "PDT_BC 96 ket qua tao hon HNCHT 2024.doc"
PGD = "PGD/KH 31 long ghep PC tao hon trong truong hoc.rtf"
NX = "Xa Nan Xin/KH 19 tao hon 2024 Nan Xin.pdf"
TP = "Xa Then Phang/BAO CAO TAO HON 2024.TXT"
YT = "TTYT - KH 142 tu van SKTHN, PC tao hon 2024.docx"
CA = "CAH KH 215 (scan).pdf"
PN = "Hoi PN huyen - BC 58 tao hon 2024.docx"
CP = "Coc Pai/CV 74 de nghi ho tro khac phuc sat lo to 3.doc"
ENCODING = {PDT: "tcvn3", NX: "tcvn3", TP: "tcvn3", PGD: "vni", CP: "vni", YT: "nfd", PN: "unicode", CA: "scan"}


def src(f):
    return source_text(src_of["inbox/" + f])


_RAW = {}


def raw(f):
    """The built file's text as stored (legacy characters undecoded)."""
    if f not in _RAW:
        path = os.path.join(HERE, "inbox", f)
        if f.endswith(".TXT"):
            _RAW[f] = open(path, "rb").read().decode("cp1252")
        else:
            _RAW[f] = built_text("inbox/" + f)
    return _RAW[f]


def decoded(f):
    enc = ENCODING[f]
    text = raw(f)
    if enc == "tcvn3":
        text = B.from_tcvn3(text)
    elif enc == "vni":
        text = B.from_vni(text)
    return unicodedata.normalize("NFC", text)


def same(a):
    return goldcheck.flat(unicodedata.normalize("NFC", a)).lower()


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2024-03-29", "2024-11-30"):
    problems.append("due dates")

# duties
section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ THỰC HIỆN\n")[0]
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
if {d["id"]: d["role"] for d in gold["duties"] if d["role"] != "lead"} != {"III.2-a": "support", "III.8": "requested"}:
    problems.append("III.2-a support, III.8 requested, the rest lead")
ii3 = next(line for line in plan_src.split("\n") if line.startswith("3. Năm 2024, tập trung triển khai"))
for name in MEMBERS:
    if name not in ii3:
        problems.append("member not named in II.3: " + name)
names, members = goldcheck.roster(HERE)
if members != {COLLECTIVE: list(MEMBERS.values())}:
    problems.append("roster: one collective of 4 expected: %s" % members)
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 8 or holders != (names - set(MEMBERS.values())) | {COLLECTIVE}:
    problems.append("8 holders, every roster body holds a duty")

# files
if set(ENCODING) != set(gold["files"]):
    problems.append("the checker's file list differs from the gold's")
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
        if "Kế hoạch số 68/KH-UBND ngày 12/3/2024" not in src(f):
            problems.append("plan citation of " + f)
if [f for f, e in gold["files"].items() if e["on_time"] == "no"] != [NX]:
    problems.append("one late plan (Nàn Xỉn) expected")
if [f for f, e in gold["files"].items() if e["status"] != "ok"] != [CP] or gold["files"][CP]["role"] != "other" \
        or gold["files"][CP]["status"] != "unrecognized" or "68/KH-UBND" in src(CP):
    problems.append("the Cốc Pài letter is the one unrelated file, not citing the plan")

# the legacy encodings, file by file
LATIN1_ONLY = lambda t: all(ord(c) < 0x100 or c in "\ufeff" for c in t)  # noqa: E731
for f in (PDT, NX, TP):
    t = raw(f)
    if "Uû ban nh©n d©n" not in t or "\xad" not in t or not LATIN1_ONLY(t) or "Kế hoạch" in t:
        problems.append("not TCVN3 (Uû ban nh©n d©n, ư as 0xAD, Latin-1 only): " + f)
if "uû ban nh©n d©n" not in raw(NX) or "céng hoµ x· héi chñ nghÜa viÖt nam" not in raw(NX):
    problems.append("the Nàn Xỉn PDF's capitals lines should be .VnTimeH lower-case bytes")
with open(os.path.join(HERE, "inbox", TP), "rb") as fh:
    tp_bytes = fh.read()
if b"\r\n" not in tp_bytes or b"\xc3" in tp_bytes:
    problems.append("the Thèn Phàng .TXT: CRLF, TCVN3 bytes, no UTF-8")
for f in (PGD, CP):
    t = raw(f)
    if "Ñoäc laäp - Töï do - Haïnh phuùc" not in t or "Xín Maàn" not in t or not LATIN1_ONLY(t):
        problems.append("not VNI: " + f)
for f, font in ((PDT, B.VNTIME), (PGD, B.VNITIMES), (CP, B.VNITIMES)):
    with open(os.path.join(HERE, "inbox", f), "rb") as fh:
        data = fh.read()
        if font.encode() not in data and font.encode("utf-16-le") not in data:
            problems.append("font %s not named in %s" % (font, f))
yt = raw(YT)
if unicodedata.is_normalized("NFC", yt) or not any(unicodedata.combining(c) for c in yt):
    problems.append("the TTYT plan should be in NFD")
if not all(w in unicodedata.normalize("NFC", yt) for w in ("sức khoẻ", "Uỷ ban nhân dân", "CỘNG HOÀ", "Thuỷ")):
    problems.append("the TTYT plan should use the old tone placement")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(HERE, "inbox", CA)) as pdf:
    if any((pg.extract_text() or "").strip() for pg in pdf.pages):
        problems.append("the Công an huyện plan should be a scan")
plan_built = built_text(gold["plan"])
if "Ủy ban nhân dân" not in plan_built or not unicodedata.is_normalized("NFC", plan_built):
    problems.append("the master plan is a normal Unicode DOCX")
for f in gold["files"]:
    if ENCODING[f] in ("tcvn3", "vni", "nfd", "unicode") and "Xín Mần" not in decoded(f):
        problems.append("does not decode: " + f)

# coverage
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
for c in gold["coverage"]:
    sent = senders.get((c["body_id"], c["kind"]))
    if (c["status"] == "not_submitted") != (sent is None):
        problems.append("status vs submission: %s %s %s" % (c["duty_id"], c["body_id"], c["kind"]))
    if c["status"] == "not_submitted":
        if c["evidence"] or c["evidence_file"]:
            problems.append("not_submitted row with evidence: %s %s" % (c["duty_id"], c["body_id"]))
        continue
    if c["evidence_file"] != sent:
        problems.append("evidence file: %s %s" % (c["duty_id"], c["body_id"]))
        continue
    if c["status"] == "missing":
        if c["evidence"]:
            problems.append("missing row with evidence: %s %s" % (c["duty_id"], c["body_id"]))
        continue
    if not c["evidence"] or c["evidence"] not in src(c["evidence_file"]):
        problems.append("evidence not verbatim: %s %s" % (c["duty_id"], c["body_id"]))
    if ENCODING[c["evidence_file"]] != "scan" and same(c["evidence"]) not in same(decoded(c["evidence_file"])):
        problems.append("evidence not in the decoded built file: %s %s" % (c["duty_id"], c["body_id"]))
if {c["status"] for c in gold["coverage"]} != {"covered", "partial", "missing", "not_submitted"}:
    problems.append("every status expected")
if any(c["evidence_file"] == CP for c in gold["coverage"]):
    problems.append("no evidence from the unrelated letter")
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
