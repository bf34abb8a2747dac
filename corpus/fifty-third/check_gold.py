"""Consistency check of corpus/fifty-third/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/fifty-third/check_gold.py   (prints OK or the problems)
A .zip's source text is the sources of its members (src/zip-*.yaml names them, nested zips too); its
built text is the text of every member read back with Python's zipfile (DOCX, PDF, XLSX, the members of
a zip inside it). Besides goldcheck's checks: the two error archives really unreadable (one encrypted,
one cut short), the cp1258 names without the UTF-8 flag, the zip inside the zip holding xã Tấn Mỹ's
plan, the duplicate's report byte-identical to the loose DOCX, one late plan, duties in section III.
"""
import io
import os
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
import yaml  # noqa: E402

HERE, gold, table, plain_source, plain_built = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}


def spec(src):
    return yaml.safe_load(open(os.path.join(HERE, "src", src), encoding="utf-8"))


def member_sources(members):
    out = []
    for m in members:
        out += member_sources(m["zip"]) if "zip" in m else [m["source"]]
    return out


def source_text(src):
    if src.startswith("zip-"):
        return "\n".join(plain_source(s) for s in member_sources(spec(src)["zip"]))
    return plain_source(src)


def zip_text(data):
    """The text of every member of a zip (recursively); "" for what cannot be read."""
    parts = []
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        for info in z.infolist():
            body = z.read(info)
            if info.filename.endswith(".zip"):
                parts.append(zip_text(body))
                continue
            with tempfile.TemporaryDirectory(prefix="check-53-") as tmp:
                name = "member" + os.path.splitext(info.filename)[1]
                open(os.path.join(tmp, name), "wb").write(body)
                parts.append(goldcheck.built_text(tmp, name, other=False))
    except (zipfile.BadZipFile, RuntimeError):
        return ""
    return "\n".join(parts)


def built_text(path):
    if path.endswith(".zip"):
        return zip_text(open(os.path.join(HERE, path), "rb").read())
    return plain_built(path)


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2024-03-29", "2024-11-20"):
    problems.append("due dates")
section_iii = plan_src.split("\nIII. PHÂN CÔNG NHIỆM VỤ\n")[1].split("\nIV. TỔ CHỨC THỰC HIỆN\n")[0]
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos or d["text_start"] not in section_iii:
        problems.append("duty out of order or outside III: " + d["id"])
    pos = at

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {"uy-ban-nhan-dan-cac-xa-thi-tran": 4}:
    problems.append("roster: one collective of 4 members expected")
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members) or (not d["collective"] and d["body_id"] not in names):
        problems.append("holder/collective: " + d["id"])

# the archives themselves
inbox = os.path.join(HERE, "inbox")
raw = {f: open(os.path.join(inbox, f), "rb").read() for f in gold["files"]}
for f, e in gold["files"].items():
    if e["status"] == "error" and built_text("inbox/" + f):
        problems.append("error file readable: " + f)
    if e["status"] != "error" and f.endswith(".zip"):
        zipfile.ZipFile(io.BytesIO(raw[f])).testzip()
try:
    zipfile.ZipFile(io.BytesIO(raw["Kien An - BC sat lo.zip"]))
    problems.append("Kiến An zip should be cut short")
except zipfile.BadZipFile:
    pass
enc = zipfile.ZipFile(io.BytesIO(raw["BCHQS huyen_BC PCSL 2024.zip"]))
if not all(i.flag_bits & 1 for i in enc.infolist()) or not enc.read(enc.namelist()[0], pwd=b"bch@2024").startswith(b"PK"):
    problems.append("BCHQS zip: encrypted members expected")
tnmt = zipfile.ZipFile(io.BytesIO(raw["TNMT gui KH PCSL 2024.zip"]))
shown = [i.filename.encode("cp437").decode("cp1258") for i in tnmt.infolist()]
if any(i.flag_bits & 0x800 for i in tnmt.infolist()) or "Công văn gửi KH phòng chống sạt lở.docx" not in \
        [goldcheck.unicodedata.normalize("NFC", s) for s in shown]:
    problems.append("TNMT zip: cp1258 names without the UTF-8 flag expected")
tan_my = zipfile.ZipFile(io.BytesIO(raw["UBND xa Tan My - BC PCSL 2024.zip"]))
inner = [n for n in tan_my.namelist() if n.endswith(".zip")]
if len(inner) != 1 or "37/KH-UBND" not in zip_text(tan_my.read(inner[0])):
    problems.append("Tấn Mỹ: its plan in a zip inside the zip expected")
ktht = zipfile.ZipFile(io.BytesIO(raw["KTHT_BC sat lo 2024.zip"]))
if ktht.read("BC 112-KTHT ket qua PCSL 2024.docx") != raw["BC 112-KTHT ket qua PCSL 2024.docx"]:
    problems.append("duplicate: the zipped report should be the loose DOCX byte for byte")

# coverage: senders by holder and kind (Tấn Mỹ's plan is in its report's zip)
senders = {}
for f, e in gold["files"].items():
    if e["body_id"] and e["body_id"] not in names:
        problems.append("sender not in roster: " + f)
    if e["status"] == "ok" and e["body_id"]:
        senders[(e["body_id"], "plan" if e["role"] == "unit_plan" else "report")] = f
TAN_MY = "UBND xa Tan My - BC PCSL 2024.zip"
senders[("uy-ban-nhan-dan-xa-tan-my", "plan")] = TAN_MY
if gold["files"][TAN_MY]["documents"] != 2 or gold["files"][TAN_MY]["role"] != "report":
    problems.append("Tấn Mỹ zip: two documents, role of the report")
problems += goldcheck.row_problems(gold, goldcheck.expected_rows(gold, members))
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)
late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["Tai ve/KH PCSL xa My Hoi Dong 2024.pdf"]:
    problems.append("one late plan (Mỹ Hội Đông) expected: %s" % late)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
