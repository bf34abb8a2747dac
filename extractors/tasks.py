"""Tasks: the activities a unit's own plan or report sets out, each with its owner and time.

Every paragraph, dash item or table row of the document's content sections
(not its purpose, legal basis, funding or reporting parts) is a task. Its owner
is the body the text or its heading names, else the issuer; its time is the
first date the text gives.
"""

from __future__ import annotations

import re

from pipeline import ruleset
from pipeline.markers import DASH_MARK
from pipeline.model import Section, Task
from pipeline.normalize import fold

from .bodies import canonical_body
from .dates import find_dates
from .duties import _column, _columns, _subject, is_closing, month_columns, row_tables, words


def _title_key(title: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^a-z ]", " ", fold(title))).strip()


def _title_parts(title: str, commas: bool = False) -> list[str]:
    """A heading's topics, folded: split at "và" (and at commas when asked): "Tồn tại, hạn chế và
    nguyên nhân" -> ["ton tai", "han che", "nguyen nhan"]."""
    key = re.sub(r"\s+", " ", re.sub(r"[^a-z, ]" if commas else r"[^a-z ]", " ", fold(title)))
    return [p.strip() for p in re.split(r"\bva\b|," if commas else r"\bva\b", key) if p.strip()]


def _topic_in(part: str, names) -> bool:
    """A heading's topic is one of the names, or begins with one ("kinh phi thuc hien")."""
    return any(part == w or part.startswith(w + " ") for w in names)


def _skipped(title: str) -> bool:
    """A section of purpose, basis, funding, reporting or difficulties: not activities. A
    title that joins such a topic with another ("Kinh phí và tổ chức thực hiện") is not."""
    parts = _title_parts(title)
    return bool(parts) and all(_topic_in(p, words()["not_task_sections"]) for p in parts)


@ruleset.cached
def _time_label_re() -> re.Pattern:
    labels = "|".join(re.escape(w) for w in sorted(words()["table_columns"]["time"], key=len, reverse=True))
    return re.compile(rf"(?:{labels})\s*(?::|$)")


def _time_label(title: str) -> bool:
    """A sub-item labelled with an activity's time ("c) Thời gian:", "Thời gian thực hiện")."""
    return bool(_time_label_re().match(fold(title).strip(" .")))


def _funding(title: str) -> bool:
    """A funding section ("III. Kinh phí", "Kinh phí thực hiện")."""
    return _title_key(title) in words().get("funding_sections", ())


def allocates(text: str) -> bool:
    """A paragraph that allocates money ("Bố trí 3,2 tỷ đồng …", "Năm 2024 đã phân bổ …"): one of
    duty_words.yaml's funding_verbs among its first eight words."""
    head = " ".join(fold(text).split()[:8])
    return any(re.search(rf"\b{v}\b", head) for v in words().get("funding_verbs", ()))


@ruleset.cached
def _judgement() -> tuple[list[tuple[str, re.Pattern]], list[re.Pattern], list[re.Pattern]]:
    data = ruleset.load_yaml("judgement.yaml")
    values = [(status, re.compile(rf"(?:{p})")) for status in ("not_done", "in_progress", "done")
              for p in data["status_values"][status]]
    return (values, [re.compile(p) for p in data["not_taken_up"]],
            [re.compile(p) for p in data.get("not_yet_in_reports") or []])


def status_of(cell: str, words: int = 6) -> str | None:
    """done, in_progress or not_done when a short cell, whole, says how far an activity went
    ("Đã hoàn thành", "Đang thực hiện", "Hoàn thành 50%", "Chưa triển khai"); else None."""
    key = re.sub(r"[^a-z0-9% ]+", " ", fold(cell)).strip()
    key = re.sub(r"\s+", " ", key)
    if not key or len(key.split()) > words:
        return None
    for status, pattern in _judgement()[0]:
        if pattern.fullmatch(key):
            return status
    return None


def said_status(text: str) -> str | None:
    """A paragraph that is only a status, the answer under a heading that restates a duty ("Đã
    thực hiện.", "Chưa thực hiện.", "Không thuộc chức năng, nhiệm vụ của đơn vị.", "Đã triển khai
    (Công văn số 45/MTTQ …)."): its status, as a report's status cell's; so many of so many
    ("Đã thực hiện 02/03 đợt.") is done in part unless all were. Else None."""
    core = re.sub(r"\([^)]*\)", " ", text).strip(" .;:")
    if ":" in core:  # the heading and its answer on one line ("4.2. Phối hợp …: Không thuộc chức năng …")
        core = core.rsplit(":", 1)[1].strip(" .;")
    m = re.fullmatch(_fraction_status(), fold(core))
    if m:
        return "done" if int(m.group("a")) >= int(m.group("b")) else "in_progress"
    # (or its first clause: "Đang thực hiện, đạt 50%", "Hoàn thành 03/05 lớp (…)")
    return status_of(core, words=10) or status_of(re.split(r"[,;]", core)[0], words=4)


@ruleset.cached
def _fraction_status() -> str:
    return ruleset.load_yaml("judgement.yaml")["fraction_status"]


def taken_up(text: str, report: bool = False) -> str:
    """The text without its clauses that name an activity only to say it is not done, put
    off or conditional ("… chưa tổ chức được do chưa bố trí kinh phí", "sẽ triển khai khi có
    kinh phí", "năm 2025 mới thực hiện"); in a ``report``, also those that say it is still to
    come ("dự kiến tiến hành trong tháng 12/2024")."""
    kept, refused = _sorted_clauses(text, report)
    return " ".join(kept) if refused else text


def not_taken_up(text: str, report: bool = False) -> list[str]:
    """The clauses of ``text`` that say an activity is not done, put off or conditional, each
    without its reason ("Việc bố trí lực lượng …: chưa đủ điều kiện triển khai do Công ty chỉ có
    01 xe bồn" -> "Việc bố trí lực lượng …: chưa đủ điều kiện triển khai"): what is refused."""
    return [without_reason(c) for c in _sorted_clauses(text, report)[1]]


@ruleset.cached
def _reasons() -> list[re.Pattern]:
    return [re.compile(p) for p in ruleset.load_yaml("judgement.yaml")["refusal_reasons"]]


def without_reason(clause: str) -> str:
    """A refusal without the reason given for it (judgement.yaml ``refusal_reasons``, on the
    lower-case text, which keeps every position, so the cuts apply to the text)."""
    key = clause.lower()
    if len(key) != len(clause):
        return clause
    spans = [m.span() for p in _reasons() for m in p.finditer(key)]
    keep = [True] * len(clause)
    for a, b in spans:
        keep[a:b] = [False] * (b - a)
    return re.sub(r"\s+", " ", "".join(ch for ch, k in zip(clause, keep) if k)).strip()


def _sorted_clauses(text: str, report: bool = False) -> tuple[list[str], list[str]]:
    negations = _judgement()[1] + (_judgement()[2] if report else [])
    kept, refused = [], []
    before: str | None = None  # the clause just before, when it was kept
    for c in re.split(r"(?<=[;.])\s+", text):
        if any(p.search(fold(c)) for p in negations):
            if before is not None and points_back(c):
                # "Nhiệm vụ … thuộc giai đoạn 2028 - 2030; trong năm 2026, Sở chưa triển khai nội
                # dung này": what is refused is the clause before
                kept.pop()
                c = f"{before} {c}"
            refused.append(c)
            before = None
        else:
            kept.append(c)
            before = c
    return kept, refused


def points_back(clause: str) -> bool:
    """A short refusal whose work is "nội dung này" and nothing of its own ("Việc đăng ký lịch đốt
    nương rẫy: nội dung này không còn phù hợp" names its work before the colon)."""
    m = _anaphora().search(fold(clause))
    return m is not None and ":" not in fold(clause)[:m.start()] and len(clause.split()) <= 12


@ruleset.cached
def _anaphora() -> re.Pattern:
    """judgement.yaml ``refusal_anaphora``: a refusal that points back ("nội dung này")."""
    return re.compile(ruleset.load_yaml("judgement.yaml")["refusal_anaphora"])


def _row_status(row: list[str], content: int, columns: dict[int, str] | None = None) -> str | None:
    """The status of a table row: a mark in one of the table's status columns ("Đã thực hiện |
    Đang thực hiện | Chưa thực hiện" with an "x"), a percentage in its progress column, a ticked
    box's label ("☒ Đã hoàn thành ☐ Chưa hoàn thành"), or the first short cell besides its content
    that gives one."""
    for i, kind in (columns or {}).items():
        cell = row[i].strip() if i < len(row) else ""
        if kind == "percent" and re.fullmatch(r"\d{1,3}(?:[.,]\d+)?\s*%?", cell):
            value = float(cell.rstrip("% ").replace(",", "."))
            return "done" if value >= 100 else "in_progress" if value > 0 else "not_done"
        if kind != "percent" and _marks()[0].fullmatch(cell):
            return kind
    for i, cell in enumerate(row):
        if i != content:
            found = status_of(cell) or _ticked(cell)
            if found:
                return found
    return None


def _affirms(result: str) -> bool:
    """A result cell that says the work was done ("Đã cử …", "Hoàn thành …"), and nothing of it not."""
    key = fold(result).strip()
    return key.startswith(("da ", "hoan thanh ")) and not _sorted_clauses(result)[1]


@ruleset.cached
def _marks() -> tuple[re.Pattern, re.Pattern, str, re.Pattern]:
    """judgement.yaml: (a cell that is a mark alone, the boxes of a cell of boxes, the ticked ones,
    a progress column's heading)."""
    data = ruleset.load_yaml("judgement.yaml")
    ticked, empty = data["ticked_boxes"], data["empty_boxes"]
    return (re.compile(r"\s*[" + re.escape(data["tick_marks"]) + r"]\s*"),
            re.compile("([" + re.escape(ticked + empty) + "])"), ticked, re.compile(data["progress_columns"]))


def _ticked(cell: str) -> str | None:
    """The status a ticked box gives in a cell of boxes ("☒ Đã hoàn thành ☐ Chưa hoàn thành")."""
    _, boxes, ticked, _ = _marks()
    pieces = boxes.split(cell)
    if len(pieces) < 4:
        return None
    for box, label in zip(pieces[1::2], pieces[2::2]):
        if box in ticked:
            return status_of(label)
    return None


def _status_columns(head: list[list[str]]) -> dict[int, str]:
    """The columns of a table's head rows that are statuses to tick ("Đã thực hiện", "Chưa thực
    hiện": column -> status) or a progress in per cent ("Tiến độ (%)": column -> "percent")."""
    out: dict[int, str] = {}
    for row in head:
        for i, cell in enumerate(row):
            key = fold(cell)
            status = status_of(cell)
            if status:
                out.setdefault(i, status)
            elif "%" in cell and _marks()[3].search(key):
                out.setdefault(i, "percent")
    return out if len([k for k in out.values() if k != "percent"]) >= 2 or "percent" in out.values() else {}


_NONE_DONE = re.compile(r"0+|0+ ?%|[-–—]|không|chưa", re.I)


def _figure_columns(table: list[list[str]], content: int) -> list[int]:
    """A report form's columns of results by period (duty_words.yaml table_columns period_figures,
    in either of its two head rows: "Kết quả thực hiện" over "Quý I | Quý II | Lũy kế 6 tháng"),
    each holding figures: numbers, "-", "x" or nothing, in every row below that has a number anywhere."""
    names = words()["table_columns"]["period_figures"]
    # (a head of two rows repeats its merged cells: "STT | Nội dung | Kết quả thực hiện …" over
    # "STT | Nội dung | Quý I …")
    two = len(table) > 2 and content < min(len(table[0]), len(table[1])) and table[1][content] == table[0][content]
    head = table[:2] if two else table[:1]
    out = []
    for i in range(max(len(r) for r in head)):
        if i == content:
            continue
        keys = [re.sub(r"[^a-z0-9 ]+", " ", fold(r[i])).split() for r in head if i < len(r)]
        if not any(" ".join(k).startswith(n) or f" {n} " in f" {' '.join(k)} " for k in keys for n in names):
            continue
        cells = [r[i].strip() for r in table[len(head):] if i < len(r) and any(re.search(r"\d", c) for c in r[content + 1:])]
        if any(re.search(r"\d", c) for c in cells) and all(
                not c or re.fullmatch(r"[-–—\d.,%\s]+|[xX]", c) for c in cells):  # ("x": not applicable)
            out.append(i)
    return out


def _when(text: str, year: int | None) -> str | None:
    for hit in find_dates(text, year):
        if hit.kind != "recurring" and hit.value:
            return hit.value
    return None


def _table_tasks(s: Section, owner: str | None, year: int | None, tasks: list[Task]) -> set[str]:
    """Tasks from the section's tables: the content column of each row, with the row's unit
    and time when the table has such columns. Returns the rows' paragraph texts (done)."""
    done: set[str] = set()
    for ti, table in enumerate(s.tables, start=1):
        if len(table) < 2:
            continue
        header = table[0]
        content = _column(header, "content")
        if content is None:
            continue
        lead = _column(header, "lead")
        time = _column(header, "time")
        result = _column(header, "result")
        quantity = _column(header, "quantity")
        note = _column(header, "note")
        details = [i for i in _columns(header, "content") if i != content]
        columns = _status_columns(table[:2])
        figures = _figure_columns(table, content)
        months, months_year = month_columns(table[:2], year)  # a chart of months marked "x"
        done.add(" | ".join(c.replace("\n", " ") for c in header))
        for ri, row in enumerate(table[1:], start=1):
            done.add(" | ".join(c.replace("\n", " ") for c in row))
            if content >= len(row) or len(row[content].strip()) < 8:
                continue
            if len({c.strip() for c in row[1:] if c.strip()}) == 1 and len(row) > 2:
                continue  # a group's label over the row, its cells merged ("II | Hoạt động khác")
            who = None
            if lead is not None and lead < len(row):
                body = canonical_body(row[lead])
                who = body.name if body else None
            when = _when(row[time], year) if time is not None and time < len(row) else None
            marked = [m for i, m in months.items() if i < len(row) and row[i].strip()]
            if when is None and marked and months_year:
                when = f"{months_year}-{max(marked):02d}"  # the end of its last marked month
            text = row[content].strip()
            for more in details:  # "Hoạt động | Nội dung cụ thể": the activity, then what it holds
                if more < len(row) and len(row[more].strip()) >= 8 and row[more].strip() != text:
                    text = f"{text.rstrip('.;:')}: {row[more].strip()}"
            if result is not None and result < len(row) and len(row[result].strip()) >= 8 and row[result] != row[content]:
                text = f"{text.rstrip('.;:')}: {row[result].strip()}"  # a report's row: the work, and what was done
            if note is not None and note < len(row) and len(row[note].strip()) >= 8 and row[note] != row[content]:
                # what the figure was ("Bổ sung 35 cuốn …"), or what was not done: a clause of its own
                text = f"{text.rstrip('.;:')}; {row[note].strip()}"
            status = _row_status(row, content, columns)
            if (status == "not_done" and result is not None and result < len(row)
                    and _affirms(row[result])):
                # ticked "Chưa thực hiện" beside "Đã cử 01 bác sĩ tham dự lớp tập huấn …": the words
                # of what was done say more than the tick; the row is judged by them
                status = None
            if quantity is not None and quantity < len(row) and _NONE_DONE.fullmatch(row[quantity].strip()):
                status = "not_done"  # a figures table's row with no figure: nothing was done
            if figures and all(i >= len(row) or not row[i].strip() or _NONE_DONE.fullmatch(row[i].strip())
                               for i in figures) and not (note is not None and note < len(row) and _affirms(row[note])) \
                    and not (result is not None and result < len(row) and result not in figures
                             and len(row[result].strip()) >= 8):  # (what was done, in words)
                # a report form's row with no figure in any period: it takes nothing up, and says
                # nothing against the work either (a "0" may be all there was to count)
                status = "no_figure"
            tasks.append(Task(id=f"{s.id}-t{ti}.{ri}" if s.id else f"t{ti}.{ri}", section=s.id,
                              text=text, owner=who or owner,
                              when=when or _when(row[content], year), status=status))
    return done


def extract_tasks(sections: list[Section], issuer: str | None, year: int | None = None,
                  preamble: list[str] = ()) -> list[Task]:
    """``preamble``: the body's paragraphs before any heading. A body with no heading but a table
    (a report sent as a spreadsheet, one sheet of rows) is read as one section: its rows are
    its activities, with their status and result columns."""
    tasks: list[Task] = []
    tables = row_tables(list(preamble)) if not sections else []
    if tables:
        sections = [Section(id="", number="", style="body", level=1, title="", tables=tables, paragraphs=list(preamble))]

    def walk(secs: list[Section], owner: str | None) -> None:
        for s in secs:
            if _funding(s.title):  # only what allocates money is done there
                for n, para in enumerate(s.paragraphs, start=1):
                    text = DASH_MARK.sub("", para).strip()
                    if allocates(text):
                        tasks.append(Task(id=f"{s.id}-{n}", section=s.id, text=text, owner=owner,
                                          when=_when(text, year)))
                continue
            if _skipped(s.title):
                continue
            body = canonical_body(s.title)
            # a numbered item that is a sentence of its holder ("1. Ủy ban nhân dân xã đã ban hành
            # Kế hoạch số 19/KH-UBND …") is an activity of that holder, not its heading
            said = body is not None and len(s.title) - body.end >= 40
            here = body.name if body else owner
            # a numbered item that is itself an activity: "1. Tổ chức 03 lớp tập huấn …"
            if (not body or said) and s.title and (len(s.title) >= 60 or (not s.children and not s.paragraphs and not s.tables)):
                if len(s.title) >= 12:
                    subject = _subject(s.title)
                    tasks.append(Task(id=f"{s.id}-0", section=s.id, text=s.title,
                                      owner=subject.name if subject else here, when=_when(s.title, year),
                                      status=said_status(s.title) if ":" in s.title else None))
            rows = _table_tasks(s, here, year, tasks)
            heading = tasks[-1] if tasks and tasks[-1].id == f"{s.id}-0" else None
            for n, para in enumerate(s.paragraphs, start=1):
                if para in rows:
                    continue
                text = DASH_MARK.sub("", para).strip()
                if len(text) < 12 or not re.search(r"[^\W\d_]{2,}", text) or is_closing(text):
                    continue
                subject = _subject(text)
                tasks.append(Task(id=f"{s.id}-{n}", section=s.id, text=text,
                                  owner=subject.name if subject else here, when=_when(text, year),
                                  status=said_status(text) if s.title or ":" in text else None))
                if heading is not None and heading.status is None and n == 1 and tasks[-1].status:
                    heading.status = tasks[-1].status  # the answer under a heading that is an activity
            start = len(tasks)
            walk(s.children, here)
            timed = next((c for c in s.children if _time_label(c.title or "")), None)
            when = _when(" ".join([timed.title, *timed.paragraphs]), year) if timed is not None else None
            for t in tasks[start:] if when else ():
                # "1. Kiểm tra … / a) Nội dung: … / b) Đơn vị thực hiện: … / c) Thời gian: Quý IV/2026":
                # the item's time is its activities' time
                if t.when is None and t.section != timed.id:
                    t.when = when

    walk(sections, issuer)
    return tasks


@ruleset.cached
def _shortcoming_headings() -> tuple[list[str], list[str]]:
    data = ruleset.load_yaml("judgement.yaml")
    return data["admission_sections"], data["admission_not"]


def shortcomings(sections: list[Section]) -> list[list[str]]:
    """A document's part on its shortcomings (judgement.yaml ``admission_sections``: "II. TỒN TẠI,
    HẠN CHẾ VÀ NGUYÊN NHÂN", "III. KHÓ KHĂN VÀ ĐỀ XUẤT"; not its parts on reasons or requests,
    ``admission_not``): [the item's own heading, or "" directly under the part's, text] for each
    paragraph; an item whose words are all in its heading ("- Việc phân công … mới thực hiện được ở
    5/18 thôn") gives [heading, ""]."""
    heads, nots = _shortcoming_headings()

    def named(title: str, names: list[str]) -> bool:
        return any(_topic_in(p, names) for p in _title_parts(title, commas=True))

    out: list[list[str]] = []

    def walk(secs: list[Section], inside: bool) -> None:
        for s in secs:
            head = named(s.title or "", heads)
            here = head or (inside and not named(s.title or "", nots))
            if here:
                own = s.title if inside and not head else ""
                if own and not s.paragraphs:
                    out.append([own, ""])
                out.extend([own, DASH_MARK.sub("", p).strip()] for p in s.paragraphs if p.strip())
            walk(s.children, here)

    walk(sections, False)
    return out
