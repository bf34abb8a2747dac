"""Consistency check of corpus/sixty-seventh/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/sixty-seventh/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; the one support (III.6)
and one requested (III.7) duty; the roster's one collective (4 members) and 8 holders; one counted
file per holder and kind; every counted file cites 58/KH-UBND, the unrelated one does not; one
late plan. The set's shape, how each reply is typed: the master plan NFC with new-style tone marks;
the e-mail and xã Mù Cang Chải's plan without a single diacritic; Sở Xây dựng's plan with old-style
tone marks and i/y variants; Sở NN&MT's DOCX in NFD (and not NFC); phường Sa Pa's report accented
up to II.1, then without diacritics, with a few telex-residue words. A source's date is found
accented or not ("ngay 10 thang 6 nam 2026"); evidence is compared with built text composed (NFC).
"""
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_raw = goldcheck.load(__file__, other=True, cells=True)
src_of = {row["output"]: row["source"] for row in table["files"]}


def built_text(path):
    return unicodedata.normalize("NFC", built_raw(path))


def dated_source(src):
    """A source's text with an unaccented date line read as the accented one."""
    return re.sub(r"ngay (\d+) thang (\d+) nam (\d+)", r"ngày \1 tháng \2 năm \3", source_text(src))


def plain(s):
    return unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D")).encode("ascii", "ignore").decode()


problems = goldcheck.not_nfc(HERE)
if gold.get("set") != "sixty-seventh":
    problems.append("set name")
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, dated_source, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-03-31", "2026-06-15"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. CHẾ ĐỘ THÔNG TIN, BÁO CÁO\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    if d["text_start"] not in section_iii:
        problems.append("duty outside section III: " + d["id"])
if not 12 <= len(gold["duties"]) <= 16:
    problems.append("duty count %d" % len(gold["duties"]))
roles = {d["id"]: d["role"] for d in gold["duties"]}
if {k: r for k, r in roles.items() if r != "lead"} != {"III.6": "support", "III.7": "requested"}:
    problems.append("III.6 support and III.7 requested, the rest lead")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"uy-ban-nhan-dan-cac-xa-phuong": 4}:
    problems.append("roster: one collective of 4 members expected")
holders = {d["body_id"] for d in gold["duties"]}
if len(holders) != 8:
    problems.append("8 holders expected: %d" % len(holders))
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])

senders = {}
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    cites = "58/KH-UBND ngay 13/3/2026" in plain(src)
    if (e["status"] == "ok") != cites or (e["role"] == "other") == cites:
        problems.append("citation vs status/role: " + f)
    want = "unit_plan" if re.search(r"\n\nKE HOACH\n", plain(src)) else "report"
    if cites and e["role"] != want:
        problems.append("role of %s: %s, its type gives %s" % (f, e["role"], want))
    if e["status"] == "ok":
        key = (e["body_id"], "plan" if e["role"] == "unit_plan" else "report")
        if key in senders:
            problems.append("two files of one holder and kind: " + f)
        senders[key] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
for (body, kind), f in senders.items():
    rows = [c for c in gold["coverage"] if c["body_id"] == body and c["kind"] == kind]
    if not rows or any(c["status"] == "not_submitted" for c in rows):
        problems.append("a counted file leaves rows not_submitted (or has none): " + f)

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["KH 47 xa Van Ban - PCTT va TKCN 2026.pdf"]:
    problems.append("one late plan (xã Văn Bàn) expected: %s" % late)

# ---- how each file is typed
OLD = ("oà", "oá", "oả", "oã", "oạ", "oè", "oé", "oẻ", "oẽ", "oẹ", "uỳ", "uý", "uỷ", "uỹ", "uỵ", "OÀ", "UỶ", "qúy")
NEW = ("òa", "óa", "ỏa", "õa", "ọa", "òe", "óe", "ỏe", "õe", "ọe", "ùy", "úy", "ủy", "ũy", "ụy", "ÒA", "ỦY")


def has(text, forms):
    """The forms found at a syllable's end ("hoà", not "hoàn"); "uý"/"úy" not after q ("quý")."""
    return [w for w in forms if re.search((r"(?<![qQ])" if w[0] in "uùúủũụUỦ" else "") + w + r"(?!\w)", text)]


if has(plan_src, OLD):
    problems.append("the master plan has old-style tone marks: %s" % has(plan_src, OLD))
typed = {}
for f in gold["files"]:
    typed[f] = (source_text(src_of["inbox/" + f]), built_raw("inbox/" + f))
ascii_files = ["Email xa Bat Xat - BC 96 PCTT 6 thang.txt", "Mu Cang Chai/KH 29 xa MCC PCTT 2026.docx"]
for f in ascii_files:
    for t in typed[f]:
        if any(ord(c) > 127 for c in t):
            problems.append("a diacritic in " + f)
sxd_src, sxd_built = typed["SXD - KH 21 PCTT mua mua lu 2026.docx"]
for w in ("CỘNG HOÀ", "UỶ BAN", "Uỷ ban", "thuỷ", "khoẻ", "qúy", "Kĩ thuật", "Quản lí", "xử lí", "định kì"):
    if w not in sxd_src or w not in sxd_built:
        problems.append("Sở Xây dựng's plan lacks the old-style form " + w)
if has(sxd_src, NEW) or "Kỹ" in sxd_src or "Quản lý" in sxd_src:
    problems.append("Sở Xây dựng's plan mixes new-style forms: %s" % has(sxd_src, NEW))
nn_src, nn_built = typed["SNNMT/BC142_SNNMT_PCTT 6 thang 2026.docx"]
if nn_built != unicodedata.normalize("NFD", nn_built) or nn_built == unicodedata.normalize("NFC", nn_built):
    problems.append("Sở NN&MT's DOCX is not NFD")
if goldcheck.flat(unicodedata.normalize("NFC", nn_built)) != goldcheck.flat(built_text("inbox/SNNMT/BC142_SNNMT_PCTT 6 thang 2026.docx")):
    problems.append("NFD text does not compose back")
sp_src = typed["Phuong Sa Pa/BC 83 PCTT 6 thang dau nam.docx"][0]
first, _, second = sp_src.partition("\n2. Ra soat khu vuc nguy co va phuong an so tan\n")
if not second or any(ord(c) > 127 for c in second) or sum(ord(c) > 127 for c in first) < 200:
    problems.append("phường Sa Pa's report: accented first half, unaccented second half")
telex = re.findall(r"\b(ddax|phoois|hopwj|thuwcj|hieenj)\b", second)
if not 3 <= len(telex) <= 6:
    problems.append("phường Sa Pa's report: a few telex-residue words expected, %d" % len(telex))
for key in ("encoding", "duties", "unrelated", "plans cited, not sent"):
    if key not in gold["notes"]:
        problems.append("note missing: " + key)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
