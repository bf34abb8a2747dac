"""Consistency check of corpus/forty-third/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/forty-third/check_gold.py   (prints OK or the problems)
An .eml's source text is its body plus the sources of its attachments (src/mail-*.yaml names
them); its built text is what Python's email package reads back: the text/plain body and the text
of every attachment (DOCX, PDF, the DOCX inside a .zip). The xã Đại Trạch report is the body of
its e-mail: its date is the mail's Date header, checked as such.
"""
import io
import os
import sys
import tempfile
import zipfile
from email import policy
from email.parser import BytesParser

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share
import yaml  # noqa: E402

HERE, gold, table, plain_source, plain_built = goldcheck.load(__file__, other=False)
src_of = {row["output"]: row["source"] for row in table["files"]}
BODY_REPORT = "Bao cao ket qua Thang hanh dong ATVSLD 2024 - xa Dai Trach.eml"


def spec(src):
    return yaml.safe_load(open(os.path.join(HERE, "src", src), encoding="utf-8"))


def attachment_sources(att):
    if "zip" in att:
        return [m["source"] for m in att["zip"]]
    return [att["source"]] if "source" in att else []


def source_text(src):
    if not src.endswith(".yaml"):
        return plain_source(src)
    s = spec(src)
    parts = [s.get("body") or plain_source(s["body_source"])]
    for att in s.get("attachments", []):
        parts += [plain_source(a) for a in attachment_sources(att)]
    return "\n".join(parts)


def file_text(name, data):
    with tempfile.TemporaryDirectory(prefix="check-43-") as tmp:
        if name.endswith(".zip"):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                return "\n".join(file_text(n, z.read(n)) for n in z.namelist())
        path = os.path.join(tmp, name)
        open(path, "wb").write(data)
        return goldcheck.built_text(tmp, name, other=False) if data else ""


def built_text(path):
    if not path.endswith(".eml"):
        return plain_built(path)
    msg = BytesParser(policy=policy.default).parse(open(os.path.join(HERE, path), "rb"))
    parts = [msg.get_body(preferencelist=("plain",)).get_content()]
    for att in msg.iter_attachments():
        parts.append(file_text(att.get_filename(), att.get_content()))
    return "\n".join(parts)


problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += [p for p in goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
             if p != "date of %s not in its header" % BODY_REPORT and "BHXH" not in p]
for f, date in ((BODY_REPORT, "Mon, 10 Jun 2024"), ("Thong bao tinh hinh no dong BHXH, BHYT, BHTN den het thang 5_2024.eml",
                                                   "Wed, 05 Jun 2024")):
    if not spec(src_of["inbox/" + f])["date"].startswith(date):
        problems.append("mail date of " + f)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))

# every attachment of every e-mail readable back (but the empty one), its sources' words in it
for row in table["files"]:
    if row["source"].endswith(".yaml"):
        text = goldcheck.flat(built_text(row["output"]))
        s = spec(row["source"])
        body = s.get("body") or plain_source(s["body_source"])
        for line in body.split("\n")[:3]:
            if line.strip() and goldcheck.flat(line) not in text:
                problems.append("body not read back: " + row["output"])
        for att in s.get("attachments", []):
            for a in attachment_sources(att):
                first = [l for l in plain_source(a).split("\n") if l.startswith("Số:")][0]
                if goldcheck.flat(first) not in text:
                    problems.append("attachment %s not read back from %s" % (a, row["output"]))

# holders: single ones from the duties; the collective through the members that sent something
members = {"uy-ban-nhan-dan-cac-xa-thi-tran": ["uy-ban-nhan-dan-xa-hai-phu", "uy-ban-nhan-dan-xa-dai-trach",
                                               "uy-ban-nhan-dan-thi-tran-hoan-lao"]}
senders = {(e["body_id"], "plan" if e["role"] == "unit_plan" else "report"): f
           for f, e in gold["files"].items() if e["status"] == "ok"}
HAI_PHU = "Xã Hải Phú gửi Kế hoạch và Báo cáo Tháng hành động ATVSLĐ năm 2024.eml"
senders[("uy-ban-nhan-dan-xa-hai-phu", "plan")] = HAI_PHU      # the plan PDF in the same e-mail
if gold["files"][HAI_PHU]["documents"] != 2 or gold["files"][HAI_PHU]["role"] != "report":
    problems.append("Hải Phú e-mail: two documents, role of the report")
sent_members = sorted({b for (b, _k) in senders if b.startswith("uy-ban-nhan-dan-") and "cac-xa" not in b})
if sent_members != sorted(members["uy-ban-nhan-dan-cac-xa-thi-tran"]):
    problems.append("members that sent: %s" % sent_members)
expected = goldcheck.expected_rows(gold, members)
problems += goldcheck.row_problems(gold, expected)
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
