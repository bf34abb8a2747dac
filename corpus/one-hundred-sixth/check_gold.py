"""Consistency check of corpus/one-hundred-sixth/gold.json against the sources and the built files.

Run: /work/main/.venv/bin/python corpus/one-hundred-sixth/check_gold.py   (prints OK or the problems)
Besides goldcheck's checks, the shape of this set (a plan whose schedule is a Gantt chart):
- 13 duties, III-n = the n-th numbered row of Mục III's chart (TT | Nội dung hoạt động | Đơn vị chủ
  trì | Đơn vị phối hợp | T1 … T12, group rows I-IV in between), in chart order, every one a lead
  duty of its "Đơn vị chủ trì" cell; each deadline "2026-MM", MM the row's last month marked "x"
  (also where the row writes a date in words); the "Đơn vị phối hợp" column gives no duty;
- the roster's one collective, "Các Trạm Khuyến nông khu vực" (4 members, named in the note under
  the chart), holding III-11 … III-13;
- both due dates as Mục V writes them; one file per holder and kind; every reply but the
  unrelated one cites Kế hoạch 08/KH-TTKN; one late plan (Sông Mã), one unrecognized file
  (Thuận Châu's vụ Đông Xuân report);
- the replies' own charts: each unit plan copies rows into a month table of its own; where a
  plan's row for a duty ends after the duty's month (Mộc Châu's III-11 and III-12) the row is
  partial, where it ends inside it the row is not partial for timing (checked by reading the
  reply's marks).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldcheck  # noqa: E402 - what the blind sets' checkers share

HERE, gold, table, source_text, built_text = goldcheck.load(__file__, other=False, cells=True)
src_of = {row["output"]: row["source"] for row in table["files"]}
SCAN = "scan Tram Thuan Chau BC 04.pdf"
TRAM = "cac-tram-khuyen-nong-khu-vuc"
EXPAND = {"UBND": "Ủy ban nhân dân"}

problems = goldcheck.not_nfc(HERE)
plan_src = source_text(src_of[gold["plan"]])
problems += goldcheck.file_problems(HERE, gold, source_text, src_of, plan_src)
problems += goldcheck.duty_problems(gold, plan_src, most=12, built=goldcheck.flat(built_text(gold["plan"])))
if (gold["plan_due"], gold["report_due"]) != ("2026-01-26", "2026-11-20"):
    problems.append("due dates")
if "(qua Phòng Hành chính - Tổng hợp) trước ngày 26/01/2026" not in plan_src or \
        "(qua Phòng Hành chính - Tổng hợp) trước ngày 20/11/2026" not in plan_src:
    problems.append("due dates as Mục V writes them")


def chart(text):
    """The rows of the first month chart of a source: (cells, marked months)."""
    lines = [l for l in text.split("\n") if " | " in l]
    rows = [[c.strip() for c in l.split("|")] for l in lines]
    head = rows[1]
    first = len(head) - 12
    if head[first:] not in (["T%d" % m for m in range(1, 13)], [str(m) for m in range(1, 13)]):
        raise ValueError("no month header: %r" % head)
    return [(r, [m + 1 for m, c in enumerate(r[first:]) if c in ("x", "X")]) for r in rows[2:]], first


# the master chart
sec_iii = plan_src.split("\nIII. NỘI DUNG HOẠT ĐỘNG VÀ TIẾN ĐỘ THỰC HIỆN\n")[1].split("\nIV. KINH PHÍ THỰC HIỆN\n")[0]
rows, first = chart(sec_iii)
if first != 4 or [r[0] for r, _ in rows if r[2] == "<"] != ["I", "II", "III", "IV"]:
    problems.append("master chart layout (4 text columns, group rows I-IV)")
numbered = {r[0]: (r, marks) for r, marks in rows if r[0].isdigit()}
if len(gold["duties"]) != 13 or sorted(numbered, key=int) != [str(n) for n in range(1, 14)]:
    problems.append("13 numbered chart rows, 13 duties expected")
in_words = 0
pos = -1
for d in gold["duties"]:
    at = plan_src.find(d["text_start"], pos + 1)
    if at <= pos:
        problems.append("duty out of order: " + d["id"])
    pos = at
    r, marks = numbered.get(d["id"][4:], ([""] * 16, []))
    if not d["id"].startswith("III-") or not r[1].startswith(d["text_start"]):
        problems.append("chart row text of " + d["id"])
    if not marks or d["deadline"] != "2026-%02d" % max(marks):
        problems.append("chart deadline of %s (marks %s)" % (d["id"], marks))
    holder = re.sub(r"\bUBND\b", EXPAND["UBND"], r[2])
    if holder != d["body"] or d["role"] != "lead":
        problems.append("chart holder of %s: %s" % (d["id"], holder))
    in_words += bool(re.search(r"\d{1,2}/\d{1,2}/2026|hằng tháng", r[1]))
if in_words != 4:
    problems.append("rows with a date in words: %d, 4 expected" % in_words)
if any(not set(r[4:]) <= {"", "x"} for r, _ in rows if r[0].isdigit()):
    problems.append("a master chart cell that is neither 'x' nor empty")

names, members = goldcheck.roster(HERE)
if {k: len(v) for k, v in members.items()} != {TRAM: 4}:
    problems.append("roster: one collective of 4 Trạm expected")
note = [l for l in sec_iii.split("\n") if l.startswith("Ghi chú:")]
for m in members.get(TRAM, []):
    name = next(n for n in ("Mộc Châu", "Mai Sơn", "Thuận Châu", "Sông Mã") if goldcheck.slug(n) in m)
    if not note or "Trạm Khuyến nông khu vực " + name not in note[0]:
        problems.append("member not named under the chart: " + m)
for d in gold["duties"]:
    if d["collective"] != (d["body_id"] in members):
        problems.append("collective flag: " + d["id"])
    if not d["collective"] and d["body_id"] not in names:
        problems.append("holder not in roster: " + d["id"])
if [d["id"] for d in gold["duties"] if d["collective"]] != ["III-11", "III-12", "III-13"]:
    problems.append("the collective holds III-11 … III-13")

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
problems += goldcheck.coverage_problems(gold, senders, source_text, built_text, src_of, unbuilt=lambda f: f == SCAN)

late = [f for f, e in gold["files"].items() if e["on_time"] == "no"]
if late != ["KH_TramKN_SongMa_2026.docx"]:
    problems.append("one late plan (Sông Mã) expected: %s" % late)
other = [f for f, e in gold["files"].items() if e["status"] != "ok"]
if other != [SCAN] or gold["files"][SCAN]["role"] != "other":
    problems.append("one unrecognized file (Thuận Châu) expected: %s" % other)
for f in gold["files"]:
    src = source_text(src_of["inbox/" + f])
    if ("08/KH-TTKN" in src) != (f != SCAN):
        problems.append("plan citation of " + f)
    if not src.startswith("TRUNG TÂM KHUYẾN NÔNG TỈNH SƠN LA\n"):
        problems.append("Trung tâm header of " + f)

# the unit plans' own charts: a row ending after the duty's month is partial (Mộc Châu)
deadline = {d["id"]: d["deadline"] for d in gold["duties"]}
for c in gold["coverage"]:
    if c["kind"] != "plan" or c["status"] not in ("covered", "partial"):
        continue
    own, _ = chart(source_text(src_of["inbox/" + c["evidence_file"]]))
    hit = [marks for r, marks in own if c["evidence"] in r[1]]
    if len(hit) != 1:
        problems.append("plan evidence not one chart row: %s %s" % (c["duty_id"], c["body_id"]))
        continue
    later = "2026-%02d" % max(hit[0]) > deadline[c["duty_id"]]
    if later and c["status"] != "partial":
        problems.append("planned after its month but not partial: %s %s" % (c["duty_id"], c["body_id"]))
    if later != (c["body_id"].endswith("moc-chau") and c["duty_id"] in ("III-11", "III-12")):
        problems.append("shifted months where none expected: %s %s" % (c["duty_id"], c["body_id"]))
for f in senders.values():
    if not any(c["status"] in ("partial", "missing") and c["evidence_file"] == f for c in gold["coverage"]):
        problems.append("no partial or missing row for " + f)
counts = {s: sum(c["status"] == s for c in gold["coverage"]) for s in ("covered", "partial", "missing", "not_submitted")}
if counts != {"covered": 10, "partial": 8, "missing": 2, "not_submitted": 24}:
    problems.append("coverage counts %s" % counts)
print("\n".join(problems) if problems else "OK (%d duties, %d coverage rows, %d files; %s)"
      % (len(gold["duties"]), len(gold["coverage"]), len(gold["files"]),
         ", ".join("%d %s" % (v, k) for k, v in counts.items())))
