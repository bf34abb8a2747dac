"""Consistency check of corpus/fortieth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/fortieth/check_gold.py   (prints OK or the problems)
Set-specific: the two Zalo photos are pages 1 and 2 of one report (one source; images, so
evidence is checked in the source and, for page 2, in the part of the source that page shows);
the Công an xã DOCX carries tracked changes, read as its final text (w:ins kept, w:del dropped).
"""
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False)
MARK = re.compile(r"\{([+-])(.*?)\1\}", re.S)
PAGE2_STARTS = "2. Khám bệnh, chữa bệnh BHYT"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def final_source(src):
    """A source as the document finally reads (tracked marks resolved)."""
    return MARK.sub(lambda m: m.group(2) if m.group(1) == "+" else "", source_text(src))


def final_docx_text(path):
    """A DOCX's final text: every w:t (also inside w:ins), never w:delText."""
    from lxml import etree
    with zipfile.ZipFile(os.path.join(HERE, path)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p"))


problems = goldcheck.not_nfc(HERE)
src_of = {row["output"]: row["source"] for row in table["files"]}
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, final_source, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))

tracked = [f for f in gold["files"] if MARK.search(source_text(src_of["inbox/" + f]))]
photos = sorted(f for f in gold["files"] if f.endswith(".jpg"))
if len(tracked) != 1 or len(photos) != 2 or len({src_of["inbox/" + f] for f in photos}) != 1:
    problems.append("expected one tracked DOCX and two photos of one source: %s %s" % (tracked, photos))
page_text = {}
full = source_text(src_of["inbox/" + photos[0]])
k = full.index(PAGE2_STARTS)
page_text[photos[0]], page_text[photos[1]] = full[:k], full[k:]
for f in photos[1:]:
    if {x: gold["files"][f][x] for x in ("role", "body_id", "date")} != \
            {x: gold["files"][photos[0]][x] for x in ("role", "body_id", "date")}:
        problems.append("page 2 entry differs from page 1: " + f)

# the tracked document: the inserted run's text is in the final text, the deleted run's is not
fin = goldcheck.flat(final_docx_text("inbox/" + tracked[0]))
for m in MARK.finditer(source_text(src_of["inbox/" + tracked[0]])):
    if (goldcheck.flat(m.group(2)) in fin) != (m.group(1) == "+"):
        problems.append("tracked run wrongly rendered: " + m.group(2)[:40])

holders = {d["body_id"] for d in gold["duties"]}
senders = {}
for f, e in gold["files"].items():
    if e["status"] == "ok":
        senders.setdefault((e["body_id"], "plan" if e["role"] == "unit_plan" else "report"), []).append(f)
members = sorted({b for (b, _k) in senders if b not in holders})
if members != ["truong-thon-van-hoa"]:
    problems.append("senders outside the duty holders: %s" % members)
expected = {(d["id"], h, kind) for d in gold["duties"]
            for h in (members if d["collective"] else [d["body_id"]]) for kind in ("plan", "report")}
problems += goldcheck.row_problems(gold, expected)


def text_of(f):
    if f in page_text:
        return page_text[f]
    return final_source(src_of["inbox/" + f])


def built_of(f):
    if f == tracked[0]:
        return final_docx_text("inbox/" + f)
    return built_text("inbox/" + f)


for c in gold["coverage"]:
    sent = senders.get((c["body_id"], c["kind"]), [])
    if (c["status"] == "not_submitted") == bool(sent):
        problems.append("status vs submission: %s" % c)
    if c["status"] == "not_submitted":
        if c["evidence"] or c["evidence_file"]:
            problems.append("not_submitted row with evidence: %s" % c)
        continue
    if c["evidence_file"] not in sent:
        problems.append("evidence file not the sender's: %s" % c)
        continue
    if c["status"] == "missing":
        if c["evidence"]:
            problems.append("missing row with evidence: %s" % c)
        continue
    if not c["evidence"] or c["evidence"] not in text_of(c["evidence_file"]):
        problems.append("evidence not verbatim (on its page): %s %s" % (c["duty_id"], c["body_id"]))
    if not c["evidence_file"].endswith(".jpg") and \
            goldcheck.flat(c["evidence"]) not in goldcheck.flat(built_of(c["evidence_file"])):
        problems.append("evidence not in built file: %s %s" % (c["duty_id"], c["body_id"]))

print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"])))
