"""Consistency check of corpus/ninety-seventh/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/ninety-seventh/check_gold.py   (prints OK or the problems)
New here: the replies are spreadsheets whose source is one yaml per SHEET (a list of sources is
one workbook). A source's text is every value of its sheets; a built workbook's text is every
cell of its VISIBLE sheets (.xls read through LibreOffice, .csv as text). Besides goldcheck's
checks: the consolidated workbook ("Tong hop" first, one sheet per member, Thành Nhất's empty)
against body_ids / documents, each member's evidence in ITS OWN sheet and the Trung tâm's in
"Tong hop"; the hospital's hidden sheet is hidden and never evidence; the cover workbook has
its table on sheet 2; every form keeps the two-level merged header; the .xls is an OLE file,
the .csv UTF-8 with BOM; one late file; every reply but the budget table cites the plan.
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
import yaml  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

HERE, gold, table, _one, _built = goldcheck.load(__file__, other=True)
src_of = {row["output"]: row["source"] for row in table["files"]}


def sheet_yaml(name):
    return yaml.safe_load(open(os.path.join(HERE, "src", name), encoding="utf-8"))


def leaves(x):
    if isinstance(x, dict):
        return [s for k, v in x.items() if k not in ("widths", "hidden", "kind", "sheet", "left_cols")
                for s in leaves(v)]
    if isinstance(x, list):
        return [s for v in x for s in leaves(v)]
    return [] if x is None else [str(x)]


def one_source(name, hidden=True):
    """A source's text; of a sheet yaml every value one a line (a hidden sheet's only if
    ``hidden``)."""
    if not name.endswith(".yaml"):
        return goldcheck.source_text(HERE, name)
    d = sheet_yaml(name)
    return "" if d.get("hidden") and not hidden else "\n".join(leaves(d))


def source_text(src, hidden=True):
    return "\n".join(one_source(s, hidden) for s in src) if isinstance(src, list) else one_source(src, hidden)


def xls_as_xlsx(full, tmp):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "xlsx",
                    "--outdir", tmp, full], check=True, capture_output=True)
    return os.path.join(tmp, os.path.splitext(os.path.basename(full))[0] + ".xlsx")


_books = {}


def book(path):
    """The built workbook of inbox/… (an .xls through LibreOffice), loaded once."""
    if path not in _books:
        full = os.path.join(HERE, path)
        if path.endswith(".xls"):
            tmp = tempfile.mkdtemp(prefix="nv97-")
            full = xls_as_xlsx(full, tmp)
        _books[path] = load_workbook(full)
    return _books[path]


def sheet_cells(ws):
    return "\n".join(str(c.value) for r in ws.iter_rows() for c in r if c.value is not None)


def built_text(path):
    if path.endswith((".xlsx", ".xls")):
        return "\n".join(sheet_cells(ws) for ws in book(path).worksheets if ws.sheet_state == "visible")
    return _built(path)


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
if (gold["plan_due"], gold["report_due"]) != ("2026-02-13", "2026-06-20"):
    problems.append("due dates")
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(_built(gold["plan"])))
section_iii = plan_src.split("\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ\n")[0]
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
if [k for k, r in roles.items() if r == "support"] != ["III.2"]:
    problems.append("the one support duty is III.2")
if [k for k, r in roles.items() if r == "requested"] != ["III.7-a", "III.7-b", "III.7-c", "III.7-d", "III.7-đ", "III.8"]:
    problems.append("requested duties: III.7-* (\"Đề nghị Ủy ban nhân dân các xã, phường …\") and III.8")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"uy-ban-nhan-dan-cac-xa-phuong-thi-diem": 4}:
    problems.append("roster: one collective of 4 xã, phường expected")
holders = {d["body_id"] for d in gold["duties"]}
if not 6 <= len(holders) <= 8:
    problems.append("holder count %d" % len(holders))
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])

senders = {}
for f, e in gold["files"].items():
    for b in e.get("body_ids", [e["body_id"]]):
        if b and b not in names:
            problems.append("sender not in roster: %s %s" % (f, b))
    if e["status"] == "ok":
        if e.get("body_ids") and e["body_ids"][0] != e["body_id"]:
            problems.append("body_id is the first of body_ids: " + f)
        for b in e.get("body_ids", [e["body_id"]]):
            key = (b, "plan" if e["role"] == "unit_plan" else "report")
            if key in senders:
                problems.append("two files of one holder and kind: %s %s" % (f, b))
            senders[key] = f
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, lambda s: source_text(s, hidden=False), built_text, src_of)
kinds = {(c["body_id"], c["kind"]) for c in gold["coverage"] if c["status"] != "not_submitted"}
if kinds != set(senders):
    problems.append("senders without rows: %s" % (set(senders) ^ kinds))
if any(c["kind"] == "plan" and c["status"] != "not_submitted" for c in gold["coverage"]):
    problems.append("no unit plan was sent: plan rows are not_submitted")

# the consolidated workbook: Tong hop + one sheet per member, Thành Nhất's empty
WB = next(f for f, e in gold["files"].items() if e.get("body_ids"))
wb = book("inbox/" + WB)
ymls = src_of["inbox/" + WB]
if wb.sheetnames != ["Tong hop", "Phuong Tan Lap", "Phuong Thanh Nhat", "Phuong Ea Kao", "Xa Hoa Phu"]:
    problems.append("workbook sheets: %s" % wb.sheetnames)
own = {}   # body_id -> (its yaml's text, its built sheet's text)
for name, y in zip(wb.sheetnames, ymls):
    d = sheet_yaml(y)
    if d.get("kind") == "empty":
        if sheet_cells(wb[name]):
            problems.append("the empty sheet has cells: " + name)
        continue
    issuer = d["header_left"][1]
    body = goldcheck.slug(issuer if issuer.startswith("TRUNG TÂM") else "Ủy ban nhân dân " + issuer)
    own[body] = (one_source(y), sheet_cells(wb[name]))
e = gold["files"][WB]
if [goldcheck.slug(n) for n in e["body_ids"]] != e["body_ids"] or e["documents"] != len(own):
    problems.append("workbook documents: %s" % e)
if sorted(e["body_ids"]) != sorted(own) or e["body_ids"][0] != "trung-tam-y-te-khu-vuc-buon-ma-thuot":
    problems.append("workbook body_ids %s vs sheets %s" % (e["body_ids"], list(own)))
for c in gold["coverage"]:
    if c["evidence_file"] == WB and c["evidence"]:
        src, built = own[c["body_id"]]
        if c["evidence"] not in src or goldcheck.flat(c["evidence"]) not in goldcheck.flat(built):
            problems.append("evidence not in the holder's own sheet: %s %s" % (c["duty_id"], c["body_id"]))

# the hospital's hidden sheet of 2025 figures: hidden, and no evidence from it
BV = "BV YHCT-PHCN_Bieu mau 01_6 thang 2026.xlsx"
bv = book("inbox/" + BV)
if [ws.sheet_state for ws in bv.worksheets] != ["visible", "hidden"] or bv.active.title != "BC 6 thang 2026":
    problems.append("hospital workbook: one visible sheet, then the hidden 2025 sheet")
hidden_text = goldcheck.flat(sheet_cells(bv.worksheets[1]))
if "năm2025" not in hidden_text.lower():
    problems.append("the hidden sheet is last year's")
for c in gold["coverage"]:
    if c["evidence_file"] == BV and c["evidence"] and goldcheck.flat(c["evidence"]) in hidden_text:
        problems.append("evidence from the hidden sheet: " + c["duty_id"])

# the cover workbook: text on sheet 1, the table on sheet 2
CT = "TTCTXH - BC 87 tro giup NKT 6 thang.xlsx"
ct = book("inbox/" + CT)
if ct.sheetnames != ["Cong van", "Bieu 01"] or "Kính gửi" not in sheet_cells(ct["Cong van"]) \
        or "Quý II" in sheet_cells(ct["Cong van"]) or "Quý II" not in sheet_cells(ct["Bieu 01"]):
    problems.append("cover workbook: Số/Kính gửi on sheet 1, the table on sheet 2")

# every form keeps the two-level header: "Kết quả thực hiện" over Quý I | Quý II | Lũy kế
for path, sheet in (("inbox/" + BV, "BC 6 thang 2026"), ("inbox/" + CT, "Bieu 01"),
                    ("inbox/KSBT_BC 152 truyen thong NKT 6T.xls", None),
                    ("inbox/" + WB, "Phuong Tan Lap"), ("inbox/" + WB, "Phuong Ea Kao"), ("inbox/" + WB, "Xa Hoa Phu")):
    ws = book(path)[sheet] if sheet else book(path).worksheets[0]
    cell = next((c for r in ws.iter_rows() for c in r if c.value == "Kết quả thực hiện"), None)
    spans = [str(m) for m in ws.merged_cells.ranges if cell is not None and m.min_row == cell.row
             and m.min_col == cell.column]
    if cell is None or len(spans) != 1 or ws.cell(cell.row + 1, cell.column).value != "Quý I":
        problems.append("two-level header of %s %s" % (path, sheet))

with open(os.path.join(HERE, "inbox", "KSBT_BC 152 truyen thong NKT 6T.xls"), "rb") as fh:
    if fh.read(8) != bytes.fromhex("D0CF11E0A1B11AE1"):
        problems.append("the .xls is not an Excel 97-2003 (OLE) file")
CSV = "Thanh Nhat_bao cao 6 thang KH286.csv"
with open(os.path.join(HERE, "inbox", CSV), "rb") as fh:
    raw = fh.read()
if not raw.startswith(b"\xef\xbb\xbf") or b"\r\n" not in raw or "Thành Nhất, ngày 24 tháng 6 năm 2026" not in raw.decode("utf-8-sig"):
    problems.append("the .csv: UTF-8 with BOM, CRLF, its date")

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != [CSV]:
    problems.append("one late file (Thành Nhất's .csv) expected: %s" % late)
for f, e in gold["files"].items():
    cites = "286/KH-SYT" in source_text(src_of["inbox/" + f])
    if cites != (e["status"] == "ok"):
        problems.append("plan citation of " + f)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files, %d documents)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"]),
         sum(e["documents"] for e in gold["files"].values())))
