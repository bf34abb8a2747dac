"""Consistency check of corpus/sixty-fourth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/sixty-fourth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks: duties in plan order, all in section III; roles (III.5 support, III.6
and III.7 requested); the roster's one collective (4 members); one file per holder and kind; every
reply but the invitation cites the plan by number; one late plan, one duplicate, one unrelated
file; and the formats: the .mht is a MIME multipart whose HTML part is quoted-printable, the .pptx
a deck with a title slide carrying the unit and the date, the .odt an ODF package, the text-box
report has no text outside its text box, the Excel PDF is landscape, 2 pages, its header row on both.
The texts of the built .mht (its decoded HTML, tags dropped), .pptx (slide text) and text-box
DOCX (every w:t) are read here; goldcheck reads the others.
"""
import email
import html
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, _built = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
for row in table["files"]:          # the duplicate is a copy of another output: its source is its original's
    if row["renderer"] == "copy":
        src_of[row["output"]] = src_of[row["source"]]


def mht_html(full):
    msg = email.message_from_binary_file(open(full, "rb"))
    part = next(p for p in msg.walk() if p.get_content_type() == "text/html")
    return part, part.get_payload(decode=True).decode("utf-8")


def html_text(s):
    s = re.sub(r"(?s)<(style|head)\b.*?</\1>", " ", s)
    s = re.sub(r"</p>|<br\s*/?>", "\n", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def pptx_slides(full):
    z = zipfile.ZipFile(full)
    names = sorted((n for n in z.namelist() if re.match(r"ppt/slides/slide\d+\.xml$", n)),
                   key=lambda n: int(re.findall(r"\d+", n)[0]))
    out = []
    for n in names:
        xml = z.read(n).decode("utf-8")
        paras = re.findall(r"(?s)<a:p>(.*?)</a:p>", xml)
        out.append("\n".join(html.unescape("".join(re.findall(r"<a:t>([^<]*)</a:t>", p))) for p in paras))
    return out


def docx_all_text(full):
    xml = zipfile.ZipFile(full).read("word/document.xml").decode("utf-8")
    return html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)))


def built_text(path):
    full = os.path.join(HERE, path)
    if path.endswith(".mht"):
        return html_text(mht_html(full)[1])
    if path.endswith(".pptx"):
        return "\n".join(pptx_slides(full))
    if path == "inbox/BC 61 Huyen doan HMTN.docx":
        return docx_all_text(full)
    return _built(path)


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2025-02-25", "2025-06-10"):
    problems.append("due dates")

section_iii = plan_src.split("\nIII. TỔ CHỨC THỰC HIỆN\n")[1].split("\nIV. CHẾ ĐỘ THÔNG TIN, BÁO CÁO\n")[0]
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
if {k for k, r in roles.items() if r == "support"} != {"III.5"} or \
        {k for k, r in roles.items() if r == "requested"} != {"III.6", "III.7-a", "III.7-b"}:
    problems.append("roles: III.5 support, III.6 and III.7 requested")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"uy-ban-nhan-dan-cac-xa-thi-tran": 4}:
    problems.append("roster: one collective of 4 expected")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
if len({d["body_id"] for d in gold["duties"]}) != 8:
    problems.append("8 holders expected")
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
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["PGD/KH 112-PGDDT hien mau 2025.docx"]:
    problems.append("one late plan (Phòng GD&ĐT) expected: %s" % late)
if [f for f, e in gold["files"].items() if e["status"] == "duplicate"] != ["KH 15 HMTN xa Trieu Long (1).odt"]:
    problems.append("one duplicate expected")
other = [f for f, e in gold["files"].items() if e["status"] == "unrecognized"]
if other != ["GM 21-CTD le phat dong Thang Nhan dao.pdf"]:
    problems.append("one unrelated file expected: %s" % other)
for f, e in gold["files"].items():
    src = source_text(src_of["inbox/" + f])
    if e["status"] != "unrecognized" and "27/KH-UBND ngày 12/02/2025" not in src:
        problems.append("plan citation of " + f)
    if e["status"] == "duplicate":
        a, b = (open(os.path.join(HERE, "inbox", x), "rb").read() for x in (f, f.replace(" (1)", "")))
        if a != b:
            problems.append("duplicate is not a copy: " + f)

# the formats
inbox = os.path.join(HERE, "inbox")
raw = open(os.path.join(inbox, "KH tuyen truyen HMTN 2025 - Phong VHTT.mht"), "rb").read()
part, page = mht_html(os.path.join(inbox, "KH tuyen truyen HMTN 2025 - Phong VHTT.mht"))
if not raw.startswith(b"MIME-Version: 1.0\r\nContent-Type: multipart/related;") or \
        part["Content-Transfer-Encoding"] != "quoted-printable" or b"=\r\n" not in raw or \
        "Word.Document" not in page or "08/KH-VHTT" not in html_text(page):
    problems.append("mht: not Word's quoted-printable single file web page")
slides = pptx_slides(os.path.join(inbox, "TTYT Trieu Phong - BC so ket HMTN 6 thang 2025.pptx"))
if len(slides) < 5 or "TRUNG TÂM Y TẾ HUYỆN TRIỆU PHONG" not in slides[0] or \
        "ngày 05 tháng 6 năm 2025" not in slides[0] or "BÁO CÁO" not in slides[0]:
    problems.append("pptx: title slide with the unit and the date")
with zipfile.ZipFile(os.path.join(inbox, "KH 15 HMTN xa Trieu Long.odt")) as z:
    if z.namelist()[0] != "mimetype" or z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
        problems.append("odt: not an ODF text package")
from docx import Document  # noqa: E402
tb = os.path.join(inbox, "BC 61 Huyen doan HMTN.docx")
if "".join(p.text for p in Document(tb).paragraphs).strip() or "txbxContent" not in \
        zipfile.ZipFile(tb).read("word/document.xml").decode() or "61-BC/HĐTN" not in docx_all_text(tb):
    problems.append("text-box docx: the report must be inside the text box only")
import pdfplumber  # noqa: E402
with pdfplumber.open(os.path.join(inbox, "BC 38-CTD ket qua HMTN 6T 2025.pdf")) as pdf:
    pages = [pg.extract_text() or "" for pg in pdf.pages]
    if len(pdf.pages) != 2 or any(pg.width <= pg.height for pg in pdf.pages) or \
            not all("Xã, thị trấn, cơ quan, đơn vị" in t and "Tiếp nhận" in t for t in pages):
        problems.append("excel pdf: landscape, 2 pages, header row on both")

print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
