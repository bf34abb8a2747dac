"""Targets: what a plan promises in figures ("phấn đấu 100% …", "tổ chức ít nhất 02 lớp",
"giảm 5% so với năm 2023", a "Chỉ tiêu" table), each with its indicator, comparator, value,
unit, scope, holder, deadline and passage; and the clauses that point at another document's
targets without a figure (target references).

Where a figure is: every clause (between ";" and sentence ends) of the duties (their holder is
the target's holder) and of the other paragraphs of the plan (the whole area), and every row of
a table with a value column. Which figures are targets, and their comparator, is decided by the
words around them (``pipeline/rules/targets.yaml``): a percentage is a target unless it lies
in the situation, past results or funding; a count only in a clause that commits to it. A
figure stated in prose and again in a table is one target.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from pipeline import ruleset
from pipeline.model import Document, Figure, Section, Target, TargetRef

from .duties import row_tables, starts_as_holder


@ruleset.cached
def _rules() -> dict:
    data = ruleset.load_yaml("targets.yaml")
    compiled = {k: re.compile(v) for k, v in data.items() if isinstance(v, str)}
    compiled["before"] = [(cmp, re.compile(p)) for cmp, p in data["before"]]
    compiled["columns"] = {k: re.compile(v) for k, v in data["columns"].items()}
    compiled["number_words"] = data["number_words"]
    compiled["verbs"] = "|".join(data["verbs"])
    compiled["action_verbs"] = re.compile(r"\b(" + compiled["verbs"] + r")\b( [a-z]+){0,4}\s*$")
    compiled["two_word_units"] = set(data["two_word_units"])
    # a table cell that names a unit: a locality or unit kind (targets.yaml), or a holder's first
    # words (duty_words.yaml: "Trung tâm Y tế …", "Bệnh viện …")
    return compiled


_MARKS = dict.fromkeys(c for c in range(0x300, 0x370))


def folded(text: str) -> str:
    """Lower case without tone marks, "đ" as "d", the same length as ``text`` (positions agree)."""
    out = []
    for ch in text.lower():
        if ch == "đ":
            out.append("d")
            continue
        base = unicodedata.normalize("NFD", ch).translate(_MARKS)
        out.append(base[:1] if base else ch)
    return "".join(out)


_NUMBER = re.compile(r"(?<![\w/.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?)(?![\w/])")
# "12/12 xã", "16/16 trường": so many of so many, the figure the first
_RATIO = re.compile(r"(?<![\w/.,])(\d{1,4})\s*/\s*(\d{1,4})(?![\w/.,])")
_CLAUSE = re.compile(r"[;:]\s|\.\s+(?=[A-ZĐÀ-Ỹ])|\n")  # (not " - ": "kinh tế - xã hội" is one phrase)


def number(text: str) -> float | None:
    """A number as Vietnamese writes it: "1.500" 1500, "2,5" 2.5, "1.512,6" 1512.6, "01" 1."""
    t = text.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+[,.]\d+", t):
        return float(t.replace(",", "."))
    if t.isdigit():
        return float(t)
    return None


@dataclass
class _Figure:
    start: int
    end: int
    value: float
    unit: str
    words: bool = False  # a number written in words


def _figures(text: str, low: str) -> list[_Figure]:
    rules = _rules()
    found = []
    for m in _NUMBER.finditer(text):
        value = number(m.group(1))
        if value is None:
            continue
        found.append(_Figure(m.start(), m.end(), value, _unit(text, low, m.end())))
    for m in _RATIO.finditer(text):
        if int(m.group(1)) <= int(m.group(2)):
            found.append(_Figure(m.start(), m.end(), float(m.group(1)), _unit(text, low, m.end())))
    lower = text.lower()
    for m in re.finditer(r"(?<!\w)(" + "|".join(rules["number_words"]) + r")(?= \w)", lower):
        unit = _unit(text, low, m.end())
        # a number in words only right after a verb of doing or a cue ("tổ chức hai đợt"): "Một cửa" is a name
        if unit and unit != "%" and not rules["not_number_words"].match(folded(unit).split()[0]) and re.search(r"\b(" + rules["verbs"] + r"|it nhat|toi thieu|them)\s*$",
                                              low[:m.start()]):
            found.append(_Figure(m.start(), m.end(), float(rules["number_words"][m.group(1)]), unit, words=True))
    return sorted(found, key=lambda f: f.start)


def _unit(text: str, low: str, end: int) -> str:
    """The unit after a figure: "%", or its counted noun (one word, or two when they go together)."""
    rest = text[end:]
    if re.match(r"\s*%", rest):
        return "%"
    words = re.findall(r"[^\s,;.()“”\"|]+", rest[:60])
    lows = re.findall(r"[^\s,;.()“”\"|]+", low[end:end + 60])
    if not words or not rest[:1].isspace() or not words[0][:1].isalpha():
        return ""
    for n in (3, 2):
        if len(lows) >= n and " ".join(lows[:n]) in _rules()["two_word_units"]:
            return " ".join(words[:n])
    return words[0]


def _comparator(before: str, after: str) -> str:
    rules = _rules()
    if re.search(r"\b(giam|tang|ha|nang) tu\s*$", before) and re.match(r"\s*%?\s*(xuong|len)\b", after):
        return "from"  # "giảm từ 38,62% xuống còn 34,36%": the level it started at
    for cmp, pattern in rules["before"]:
        if pattern.search(before):
            return cmp
    return ">="


def _a_figure(fig: _Figure, low: str) -> bool:
    """Whether a number is a figure of something at all: not a bare number or a year, not a
    document number, date, age or per-capita base, and followed by a unit."""
    rules = _rules()
    if fig.unit == "" or (fig.unit != "%" and 1900 <= fig.value <= 2100 and not fig.words):
        return False
    if rules["not_units"].match(folded(fig.unit).split()[0]):
        return False
    if rules["not_before"].search(low[:fig.start][-24:]) or rules["not_after"].search(low[fig.end:][:30]):
        return False
    return not rules["per_base"].search(low[max(fig.start - 8, 0):fig.end + 12])


def _is_target(fig: _Figure, clause: str, low: str, in_targets: bool) -> bool:
    rules = _rules()
    before = low[:fig.start]
    if not _a_figure(fig, low):
        return False
    if rules["past"].search(clause[:fig.start].lower()):
        return False
    if fig.unit == "%":
        return True
    return bool(in_targets or rules["count_cues"].search(before) or rules["action_verbs"].search(before[-30:]))


@dataclass
class _Passage:
    section: str
    text: str
    body: str = ""
    body_id: str = ""
    deadline: str | None = None
    targets_part: bool = False
    collective: bool = False


_LABEL = re.compile(r"^\s*([-–+•*]+|[a-zđ]\)|\d+(\.\d+)*\.?)\s+")  # a list item's dash or number


def _clauses(text: str) -> list[str]:
    parts, last = [], 0
    for m in _CLAUSE.finditer(text):
        parts.append(text[last:m.start()])
        last = m.end()
    parts.append(text[last:])
    return [p.strip(" -–+.") for p in parts if p.strip(" -–+.")]


def _from_passage(p: _Passage, year: str | None, found: list[Target], refs: list[TargetRef]) -> None:
    rules = _rules()
    for clause in _clauses(p.text):
        low = folded(clause)
        figures = [f for f in _figures(clause, low) if _is_target(f, clause, low, p.targets_part)]
        if not figures:
            if rules["target_ref"].search(low):
                start = rules["ref_start"].search(low, rules["target_ref"].search(low).start())
                if not rules["self_ref"].search(low):
                    refs.append(TargetRef(section=p.section, refers_to=clause[start.start():].strip(" ,."), text=clause))
            continue
        for fig in figures:
            cmp = _comparator(low[max(fig.start - 80, 0):fig.start], low[fig.end:])
            scope = "each_member" if (re.search(r"\b(moi|tung)\b", low) or p.collective) \
                else ("holder" if p.body else "area")
            found.append(Target(id="", section=p.section, body=p.body, body_id=p.body_id, scope=scope,
                                indicator=_indicator(clause, fig), comparator=cmp, value=fig.value, unit=fig.unit,
                                deadline=p.deadline or _deadline(clause, year), text=clause))


def _indicator(clause: str, fig: _Figure) -> str:
    """What is measured, in the plan's words: the clause around the figure, without its cue."""
    text = clause[:fig.start] + "…" + clause[fig.end:]
    text = re.sub(r"^(phấn đấu|bảo đảm|đảm bảo|có)\s+", "", text.strip(), flags=re.I)
    return text[:200]


def _deadline(clause: str, year: str | None) -> str | None:
    from .dates import find_dates

    low = folded(clause)
    for hit in find_dates(clause, int(year) if year else None):
        if hit.value and not _rules()["baseline"].search(low[:hit.start]):
            # a part of the year is due at its end ("Quý II/2026" is 2026-06, not 2026-04)
            return hit.end_value if hit.kind == "period" and hit.end_value else hit.value
    return year


def _sections(sections: list[Section], trail: tuple[str, ...] = ()):
    for s in sections:
        yield s, trail + (s.title,)
        yield from _sections(s.children, trail + (s.title,))


def unit_of_indicator(text: str) -> str:
    """The unit an indicator names: in parentheses after it ("Tỷ lệ … (%)"), or "%" for a "tỷ lệ"."""
    m = _rules()["unit_in_parentheses"].search(text)
    if m:
        return m.group(1).strip()
    return "%" if folded(text).lstrip().startswith("ty le") else ""


def _holder_name(cell: str) -> str:
    """A unit as a holder: a commune, ward or town named alone is its People's Committee."""
    rules = _rules()
    cell = " ".join(cell.split())
    if rules["locality_holder"].match(cell.lower()):
        return f"{rules['locality_body'].pattern} {cell[:1].lower()}{cell[1:]}"
    return cell


def _names_unit(cell: str) -> bool:
    key = folded(cell).strip()
    return bool(_rules()["unit_names"].match(key)) or starts_as_holder(cell)


def _unit_matrix(rows: list[list[str]]) -> tuple[int, list[int], list[str], list[list[str]]] | None:
    """A table of units by indicators ("Đơn vị | Tỷ lệ … (%) | Số buổi … (buổi)", a row per
    commune or health centre): (the column of units, the columns of figures, the header, the
    rows), or None when the table is not one."""
    if len(rows) < 3:
        return None
    header, body_rows = rows[0], [r for r in rows[1:] if len(r) == len(rows[0])]

    def share(i: int, test) -> float:
        cells = [r[i] for r in body_rows if r[i].strip()]
        return sum(1 for c in cells if test(c)) / len(cells) if cells else 0.0

    names = [i for i in range(len(header)) if share(i, _names_unit) >= 0.6]
    values = [i for i in range(len(header)) if i not in names and folded(header[i]).strip() not in ("stt", "tt")
              and share(i, lambda c: len(c) <= 12 and number(_NUMBER.search(c).group(1) if _NUMBER.search(c) else "")
                        is not None) >= 0.8]
    if len(names) != 1 or not values:
        return None
    return names[0], values, header, body_rows


def _matrix_cells(rows: list[list[str]]):
    """Each figure of a table of units by indicators: (the unit's cell, the column's header, its
    indicator without the unit in parentheses, the cell, the number's match in it)."""
    matrix = _unit_matrix(rows)
    if matrix is None:
        return
    names, values, header, body_rows = matrix
    for r in body_rows:
        for i in values:
            m = _NUMBER.search(r[i])
            if m and number(m.group(1)) is not None:
                yield r[names], header[i], _rules()["unit_in_parentheses"].sub("", header[i]).strip(), r[i], m


def _unit_table_targets(s: Section, rows: list[list[str]], year: str | None, bodies, found: list[Target]) -> None:
    """A table of targets per unit: a column of units, and columns of indicators whose cells are
    each unit's figure (an appendix "Chỉ tiêu giao cho các xã"): each cell is that unit's target."""
    for unit, head, indicator, cell, m in _matrix_cells(rows):
        name, body_id, collective = bodies(_holder_name(unit))
        found.append(Target(id="", section=s.id, body=name, body_id=body_id,
                            scope="each_member" if collective else "holder", indicator=indicator,
                            comparator=_comparator(folded(head + " " + cell[:m.start()]), ""),
                            value=number(m.group(1)), unit=unit_of_indicator(head), deadline=year,
                            text=f"{unit} | {head}: {cell}"))


def _table_header(rows: list[list[str]]) -> tuple[int, list[str]] | None:
    """The header row of a table of indicators (in its first three rows), folded, and where it is."""
    column = _rules()["columns"]["indicator"]
    at = next((i for i, r in enumerate(rows[:3]) if any(column.search(folded(c)) for c in r)), None)
    return None if at is None else (at, [folded(c) for c in rows[at]])


def _table_targets(s: Section, rows: list[list[str]], year: str | None, bodies, found: list[Target]) -> None:
    """A table whose header names a value column ("Chỉ tiêu giao", "Kế hoạch") beside the
    indicator: every row with a number in it is a target."""
    rules = _rules()
    found_header = _table_header(rows)
    if found_header is None:
        return
    header_at, header = found_header
    body_rows = [r for r in rows[header_at + 1:] if len(r) == len(header)]

    def numeric(i: int) -> float:  # a value column: short cells with a number ("100%", "≥ 40", "Từ 8% trở lên")
        cells = [r[i] for r in body_rows if r[i].strip()]
        return sum(1 for c in cells if _NUMBER.search(c) and len(c) <= 30) / len(cells) if cells else 0.0

    def col(name: str, exclude=()) -> int | None:
        hits = [i for i, h in enumerate(header) if rules["columns"][name].search(h) and i not in exclude]
        return hits[0] if hits else None

    unit_c, holder_c, deadline_c = col("unit"), col("holder"), col("deadline")
    taken = {c for c in (unit_c, holder_c, deadline_c) if c is not None}
    values = [i for i, h in enumerate(header) if rules["columns"]["value"].search(h) and i not in taken
              and numeric(i) >= 0.6]
    indicators = [i for i, h in enumerate(header) if rules["columns"]["indicator"].search(h) and i not in taken
                  and i not in values]
    if not values or not indicators:
        return
    value_c, ind_c = values[0], indicators[0]
    for r in body_rows:
        cell = r[value_c]
        low = folded(cell)
        m = _NUMBER.search(cell)
        if not m or number(m.group(1)) is None:
            continue
        unit = "%" if "%" in cell else (r[unit_c].strip() if unit_c is not None else _unit(cell, low, m.end()))
        indicator = r[ind_c].strip()
        cmp = _comparator(low[:m.start()], low[m.end():])
        if cmp == ">=" and re.match(r"\s*(giam|keo giam)\b", folded(indicator)):
            cmp = "reduce_by"
        elif cmp == ">=" and re.match(r"\s*tang\b", folded(indicator)):
            cmp = "increase_by"
        body = r[holder_c].strip() if holder_c is not None else ""
        body, body_id, collective = bodies(body) if body else ("", "", False)
        scope = "each_member" if collective else ("holder" if body else "area")
        deadline = _deadline(r[deadline_c], year) if deadline_c is not None and r[deadline_c].strip() else year
        found.append(Target(id="", section=s.id, body=body, body_id=body_id, scope=scope, indicator=indicator,
                            comparator=cmp, value=number(m.group(1)), unit=unit, deadline=deadline,
                            text=" | ".join(c for c in r if c.strip())))


def _same(a: Target, b: Target) -> bool:
    return (a.value == b.value and a.comparator == b.comparator
            and folded(a.unit).split()[:1] == folded(b.unit).split()[:1]
            and (not a.body_id or not b.body_id or a.body_id == b.body_id))


def extract_targets(doc: Document, year: int | None, bodies) -> tuple[list[Target], list[TargetRef]]:
    """The plan's targets and target references. ``bodies(name) -> (name, body_id, collective)``
    gives a holder its canonical name and id (the duties' own)."""
    rules = _rules()
    year = str(year) if year else ((doc.meta.date or "")[:4] or None)
    found: list[Target] = []
    refs: list[TargetRef] = []
    trails = {s.id: folded(" / ".join(trail)) for s, trail in _sections(doc.sections)}
    passages = [_Passage("", p) for p in doc.preamble]
    for d in doc.duties:  # a duty's figures are its holder's (prose, or a row of an assignment table)
        trail = trails.get(d.section, "")
        passages.append(_Passage(d.section, d.text, d.body, d.body_id, d.deadline,
                                 bool(rules["target_sections"].search(trail)), bodies(d.body)[2]))
    for s, _ in _sections(doc.sections):
        if rules["skip_sections"].search(folded(s.title)):
            continue
        for para in s.paragraphs:  # (a table's rows are read as a table, below)
            key = _LABEL.sub("", para).strip()[:60]
            if " | " not in para and key and not any(key in d.text for d in doc.duties if d.section == s.id):
                passages.append(_Passage(s.id, para, targets_part=bool(rules["target_sections"].search(trails[s.id]))))
    for p in passages:
        _from_passage(p, year, found, refs)
    prose = list(found)
    for s, _ in _sections(doc.sections):
        for rows in s.tables:
            table: list[Target] = []
            _table_targets(s, rows, year, bodies, table)
            if not table:  # each unit's own figure: never a restatement of a target of the whole area
                _unit_table_targets(s, rows, year, bodies, found)
            for t in table:
                twin = next((p for p in prose if _same(p, t)), None)
                if twin is None:
                    found.append(t)
                else:  # stated twice: the prose, with what the row adds
                    twin.body, twin.body_id = twin.body or t.body, twin.body_id or t.body_id
                    if t.body and twin.scope == "area":
                        twin.scope = t.scope
                    twin.deadline = t.deadline if t.deadline and t.deadline != year else twin.deadline
    order = {s.id: i for i, (s, _) in enumerate(_sections(doc.sections), 1)}
    found.sort(key=lambda t: order.get(t.section, 0))  # in the plan's order (stable within a section)
    seen, unique = set(), []
    for t in found:  # the same passage met twice (a duty restated) is one target
        key = (t.value, t.comparator, folded(t.unit), t.body_id, t.text)
        if key not in seen:
            seen.add(key)
            unique.append(t)
    found = unique
    for i, t in enumerate(found, 1):
        t.id = f"T{i}"
    return found, refs


# ---------------------------------------------------------------------------
# the figures a report gives (its results), for the targets they answer (pipeline/checking/targets.py)


def _whole_area(low: str) -> str:
    """The level of the whole area a figure speaks of ("tinh" for "toàn tỉnh", "huyen" for "trên
    địa bàn huyện"), or "" when it speaks of the sender's own work."""
    m = _rules()["whole_area"].search(low)
    return next((g for g in m.groups() if g), "") if m else ""


def _period(low: str, year: str | None) -> str | None:
    """The period a clause's figures are for: the year (or "2021/2025") it names, else ``year``."""
    for m in _rules()["period"].finditer(low):
        if _rules()["baseline"].search(low[:m.start()] + "nam "):
            continue  # "so với cuối năm 2025": what the figure is measured against
        return f"{m.group(1)}/{m.group(2)}" if m.group(2) else m.group(1)
    return year


def _report_figures(section: str, text: str, year: str | None, found: list[Figure]) -> None:
    rules = _rules()
    for clause in _clauses(text):
        low = folded(clause)
        for fig in _figures(clause, low):
            if not _a_figure(fig, low):
                continue
            kind = "progress" if rules["progress"].match(low[fig.end:]) else \
                _comparator(low[max(fig.start - 80, 0):fig.start], low[fig.end:])
            found.append(Figure(section=section, indicator=_indicator(clause, fig), value=fig.value, unit=fig.unit,
                                kind=kind,
                                period=_period(low[:fig.start], year),
                                whole_area=_whole_area(low), text=clause))


def _table_figures(section: str, rows: list[list[str]], year: str | None, found: list[Figure]) -> None:
    """A results table (STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Tỷ lệ): the reached figures of
    each row. A header of two rows ("Thực hiện" over "6 tháng đầu năm | Cả năm 2024") is read as
    one; a column of part of the year gives figures of that part (which answer no target of the year)."""
    rules = _rules()
    found_header = _table_header(rows)
    if found_header is None:
        return
    header_at, header = found_header
    below = rows[header_at + 1] if header_at + 1 < len(rows) else []
    if len(below) == len(header) and all(len(c) <= 40 and not re.fullmatch(r"[\d.,%\s]+", c) for c in below):
        header = [f"{h} {folded(b)}".strip() if folded(b) != h else h for h, b in zip(header, below)]
        header_at += 1
    done = [i for i, h in enumerate(header) if rules["result_columns"].search(h)]
    ind = [i for i, h in enumerate(header) if rules["columns"]["indicator"].search(h) and i not in done]
    unit_c = next((i for i, h in enumerate(header) if rules["columns"]["unit"].search(h)), None)
    if not done or not ind:
        return
    periods = {i: _part_of_year(header[i], year) or _period(header[i], _period(folded(" ".join(rows[header_at])), year))
               for i in done}
    for r in rows[header_at + 1:]:
        if len(r) != len(header):
            continue
        for i in done:
            _row_figure(section, r, i, ind[0], unit_c, periods[i], found)


def _unit_table_figures(section: str, rows: list[list[str]], year: str | None, found: list[Figure]) -> None:
    """A report's table of its units by indicators (a rate per commune): each cell is a figure of
    that unit (``place``), not of the sender's whole area."""
    for unit, head, indicator, cell, m in _matrix_cells(rows):
        found.append(Figure(section=section, indicator=indicator, value=number(m.group(1)),
                            unit="%" if "%" in cell else unit_of_indicator(head), kind=">=",
                            period=_period(folded(head), year), place=unit.strip(), text=f"{unit} | {head}: {cell}"))


def _part_of_year(header: str, year: str | None) -> str | None:
    """The period of a column of part of the year: "6 tháng đầu năm" -> "<year>-06"."""
    m = _rules()["part_of_year"].search(header)
    if not m or not year:
        return None
    return f"{year}-{int(m.group(1)) if m.group(1) else 6:02d}"


def _row_figure(section: str, r: list[str], col: int, ind: int, unit_c: int | None, period: str | None,
                found: list[Figure]) -> None:
    rules = _rules()
    cell = r[col]
    m = _NUMBER.search(cell)
    if m and len(cell) > 40:  # the result told in words ("Rà soát 412 văn bản; …"): its figures as prose
        _report_figures(section, cell, period, found)
        return
    if not m or number(m.group(1)) is None:
        return
    indicator = r[ind].strip()
    low = folded(indicator)
    unit = "%" if "%" in cell else (r[unit_c].strip() if unit_c is not None else _unit(cell, folded(cell), m.end()))
    unit = unit or unit_of_indicator(indicator)
    kind = "reduce_by" if re.match(r"\s*(giam|keo giam)\b", low) else (
        "increase_by" if re.match(r"\s*tang\b", low) else ">=")
    found.append(Figure(section=section, indicator=indicator, value=number(m.group(1)), unit=unit, kind=kind,
                        period=_period(low, period), whole_area=_whole_area(low),
                        text=" | ".join(c for c in r if c.strip())))


def extract_figures(doc: Document, year: int | None) -> list[Figure]:
    """Every figure the document reports, in its clauses and its results tables (not in its
    legal basis or funding)."""
    rules = _rules()
    year = str(year) if year else ((doc.meta.date or "")[:4] or None)
    found: list[Figure] = []
    # a numbered sentence read as a heading ("2. Trong năm, các cơ sở Hội tổ chức 38 buổi …") is text
    parts = [("", doc.preamble, [])] + [(s.id, ([s.title] if len(s.title.split()) >= 8 else []) + s.paragraphs,
                                         s.tables) for s, _ in _sections(doc.sections)
                                        if not rules["report_skip_sections"].search(folded(s.title))]
    for section, paragraphs, tables in parts:
        for para in paragraphs:
            if " | " not in para:
                _report_figures(section, para, year, found)
        for rows in tables + row_tables(paragraphs):
            if _table_header(rows) is None:
                _unit_table_figures(section, rows, year, found)
            else:
                _table_figures(section, rows, year, found)
    seen, unique = set(), []
    for f in found:  # a table read both as a table and as its rows of text
        key = (f.section, f.value, folded(f.unit), f.indicator, f.place)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique
