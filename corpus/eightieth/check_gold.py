"""Consistency check of corpus/eightieth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/eightieth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; roles (III.5 support, III.7
requested, the rest lead); the roster's one collective (4 xã, phường thực hiện điểm); one file per
holder and kind; the page furniture really built: the plan's running header on pages 2-4 only,
"Trang n/4" footers, its footnotes at the foot of their pages and duty III.4 broken across pages
2 and 3 (footnote and footer between its halves); the Sở VHTTDL plan's footnotes, running header
and a paragraph across its page break; the Sở Y tế DOCX's header/footer parts and the footnote
holding III.3-b's figure; "Mẫu số 02" above the Sở GDĐT form; line numbers in Hoa Lư's export;
the scan without a text layer. A DOCX's evidence is looked for in its footnotes too.
"""
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text0 = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
SCANS = {row["output"][len("inbox/"):] for row in table["files"] if row["renderer"] == "build.circled_scan"}


def docx_part_text(path, part):
    with zipfile.ZipFile(os.path.join(HERE, path)) as z:
        if part not in z.namelist():
            return ""
        xml = z.read(part).decode("utf-8")
    return "\n".join(re.sub(r"<[^>]+>", "", p) for p in re.findall(r"<w:p[ >].*?</w:p>", xml))


def built_text(path):
    text = built_text0(path)
    if path.endswith(".docx"):
        text += "\n" + docx_part_text(path, "word/footnotes.xml")
    return text


def pdf_pages(path):
    import pdfplumber
    with pdfplumber.open(os.path.join(HERE, path)) as pdf:
        return [(pg.extract_text() or "") for pg in pdf.pages]


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-02-10", "2026-11-30"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. KINH PHÍ THỰC HIỆN\n")[0]
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
if {k: r for k, r in roles.items() if r != "lead"} != {"III.5": "support", "III.7": "requested"}:
    problems.append("roles: III.5 support, III.7 requested, the rest lead")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"uy-ban-nhan-dan-cac-xa-phuong-thuc-hien-diem": 4}:
    problems.append("roster: one collective of 4 xã, phường expected")
if len({d["body_id"] for d in gold["duties"]}) != 7:
    problems.append("7 holders expected")
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
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["Scan_20260226_XaGiaPhong.pdf"]:
    problems.append("one late plan (Gia Phong) expected: %s" % late)
for f, e in gold["files"].items():
    if e["status"] == "ok" and "15/KH-UBND ngày 16/01/2026" not in source_text(src_of["inbox/" + f]):
        problems.append("plan citation of " + f)

# the plan's furniture
pages = pdf_pages(gold["plan"])
RUN = "Kế hoạch số 15/KH-UBND ngày 16/01/2026 của Ủy ban nhân dân tỉnh Ninh Bình"
if len(pages) != 4:
    problems.append("plan: 4 pages expected, %d" % len(pages))
for n, text in enumerate(pages, 1):
    lines = text.strip().split("\n")
    if lines[-1].strip() != "Trang %d/%d" % (n, len(pages)):
        problems.append("plan footer of page %d" % n)
    if (lines[0].strip() == RUN) != (n > 1):
        problems.append("plan running header of page %d" % n)
if not re.search(r"\n4 Nghị định số 144/2021/NĐ-CP[^\n]*\n(?:[^\n]*\n)*Trang 2/4", pages[1]):
    problems.append("footnote 4 at the foot of page 2")
if "vào hoạt động ngoại" not in pages[1] or not pages[2].split("\n")[1].startswith("khóa, sinh hoạt dưới cờ"):
    problems.append("duty III.4 not broken across pages 2 and 3")
# the Sở VHTTDL plan: footnotes, running header, a paragraph across its page break
p = pdf_pages("inbox/SVHTTDL_KH 08 trien khai PCBLGD 2026.pdf")
if not (p[0].rstrip().endswith("Trang 1/2") and p[1].startswith("Kế hoạch số 08/KH-SVHTTDL")
        and "\n1 Kế hoạch giao Sở" in p[0] and p[0].split("\n1 Kế hoạch giao Sở")[0].rstrip().endswith("mời đại diện lãnh")):
    problems.append("Sở VHTTDL plan furniture")
# the Sở Y tế DOCX: header and footer parts, footnote holding III.3-b's figure
fn = docx_part_text("inbox/BC 486-SYT ket qua PCBLGD 2026.docx", "word/footnotes.xml")
if "63 người bị bạo lực gia đình" not in fn or "63 người" in built_text0("inbox/BC 486-SYT ket qua PCBLGD 2026.docx"):
    problems.append("Sở Y tế: the figure only in a footnote")
with zipfile.ZipFile(os.path.join(HERE, "inbox/BC 486-SYT ket qua PCBLGD 2026.docx")) as z:
    parts = " ".join(z.read(n).decode() for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml", n))
if "Báo cáo số 486/BC-SYT" not in parts or "NUMPAGES" not in parts:
    problems.append("Sở Y tế header/footer parts")
# Mẫu số 02 above the form; line numbers; the scan
from docx import Document  # noqa: E402
if Document(os.path.join(HERE, "inbox/SGDDT/Mau 02 - BC 1720 PCBLGD nam 2026.docx")).paragraphs[0].text != "Mẫu số 02":
    problems.append("Mẫu số 02 label")
hl = "\n".join(pdf_pages("inbox/VanBan_214-BC-UBND_PhuongHoaLu.pdf"))
if len(re.findall(r"^\d+ \S", hl, re.M)) < 25:
    problems.append("Hoa Lư line numbers")
for f in SCANS:
    if built_text("inbox/" + f).strip():
        problems.append("scan with a text layer: " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
