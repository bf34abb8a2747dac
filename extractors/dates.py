"""Dates, deadlines, ranges, periods and recurrences in Vietnamese administrative text.

``find_dates(text, default_year)`` returns every date expression with its ISO
value at its own precision (``2023-02-25``, ``2023-11``, ``2023``; ``--02-25``
when the year is given nowhere), an ``end`` for ranges and periods, and its
kind: ``date``, ``deadline`` (after "trước ngày", "chậm nhất" …), ``range``
("từ 15/11 đến 15/12", "giai đoạn 2021-2030"), ``period`` ("quý I/2023",
"6 tháng đầu năm 2023") or ``recurring`` ("định kỳ hằng quý", "trước ngày 15
hằng tháng"). A missing year is the caller's ``default_year`` (the document's
date, else its title's year), never today's.

The cue words are data (``pipeline/rules/date_words.yaml``); the grammar of the forms is
below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from lunar_vn import LunarDate, lunar_to_solar
from lunar_vn.can_chi import get_year_can_chi

from pipeline import ruleset
from pipeline.normalize import fold


@ruleset.cached
def _words() -> dict:
    return ruleset.load_yaml("date_words.yaml")


@dataclass
class DateHit:
    start: int
    end: int
    text: str
    value: str | None
    end_value: str | None
    kind: str
    recurrence: str | None = None
    year_given: bool = True  # False when the year came from the document, not the text


_Q = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_B = r"(?<![\w/])"  # not inside a word or a number like 25/KH
_E = r"(?![\w/])"

_ATOMS: list[tuple[str, re.Pattern[str]]] = [
    ("full", re.compile(_B + r"ngày\s*(?P<d>\d{1,2})\s*tháng\s*(?P<m>\d{1,2})\s*năm\s*(?P<y>\d{4})" + _E, re.I)),
    ("num", re.compile(_B + r"(?:ngày\s*)?(?P<d>\d{1,2})\s*(?P<s>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=s)\s*(?P<y>\d{4})" + _E, re.I)),
    ("dm_text", re.compile(_B + r"ngày\s*(?P<d>\d{1,2})\s*tháng\s*(?P<m>\d{1,2})" + _E + r"(?!\s*năm\s*\d)", re.I)),
    ("dm", re.compile(_B + r"(?:ngày\s*)?(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})" + _E, re.I)),
    # a span of months written with a dash: "tháng 9 - 10/2026", "tháng 3-4" (the year from the text)
    ("mrange", re.compile(_B + r"tháng\s*(?P<m1>\d{1,2})\s*[-–]\s*(?P<m2>\d{1,2})(?:\s*(?:/\s*|\s+năm\s+)(?P<y>\d{4}))?"
                          + _E, re.I)),
    ("my", re.compile(_B + r"tháng\s*(?P<m>\d{1,2})\s*(?:[/\-]\s*|\s+năm\s+)(?P<y>\d{4})" + _E, re.I)),
    ("m", re.compile(_B + r"tháng\s+(?P<m>\d{1,2})" + _E + r"(?!\s*(?:năm\s*\d|[/\-]\s*\d))", re.I)),
    ("quarter", re.compile(_B + r"quý\s+(?P<q>IV|I{1,3}|[1-4])(?P<more>(?:\s*(?:,|và|-|–)\s*(?:quý\s+)?(?:IV|I{1,3}|[1-4])(?![\w]))*)"
                           r"(?:\s*(?:[/\-]\s*|\s+năm\s+)(?P<y>\d{4}))?" + _E, re.I)),
    ("part", re.compile(_B + r"(?P<p>(?:3|6|9|sáu)\s+tháng\s+(?:đầu|cuối)\s+năm)(?:\s+(?P<y>\d{4}))?" + _E, re.I)),
    ("yrange", re.compile(_B + r"(?:giai\s+đoạn\s+)?(?P<y1>(?:19|20)\d{2})\s*[-–]\s*(?P<y2>(?:19|20)\d{2})" + _E, re.I)),
    ("year", re.compile(_B + r"năm\s+(?P<y>(?:19|20)\d{2})" + _E, re.I)),
]

_RECURRING = re.compile(
    r"(?:định\s+kỳ\s+)?(?:(?:trước\s+|vào\s+)?ngày\s+(?P<d>\d{1,2})\s+)?(?:hằng|hàng)\s+"
    r"(?P<u>6\s+tháng|sáu\s+tháng|tháng|quý|năm|tuần|ngày)" + _E
    + r"|định\s+kỳ\s+(?P<u2>6\s+tháng|sáu\s+tháng|tháng|quý|năm)" + _E,
    re.I,
)


def _iso(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    if m is not None and not 1 <= m <= 12:
        return None
    if d is not None and not 1 <= d <= 31:
        return None
    if y is None:
        if m is None:
            return None
        return f"--{m:02d}-{d:02d}" if d else f"--{m:02d}"
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _atom_value(kind: str, m: re.Match[str], default_year: int | None):
    g = m.groupdict()
    y = int(g["y"]) if g.get("y") else None
    if kind in ("full", "num"):
        return _iso(y, int(g["m"]), int(g["d"])), None, "date"
    if kind in ("dm_text", "dm"):
        return _iso(default_year, int(g["m"]), int(g["d"])), None, "date"
    if kind == "my":
        return _iso(y, int(g["m"])), None, "date"
    if kind == "m":
        return _iso(default_year, int(g["m"])), None, "date"
    if kind == "quarter":
        q = _Q[g["q"].upper()]
        # "Quý II, III/2025", "quý III và IV năm 2025": from the first quarter to the last
        last = [_Q[x.upper()] for x in re.findall(r"IV|I{1,3}|[1-4]", g.get("more") or "", re.I)]
        y = y or default_year
        return _iso(y, 3 * q - 2), _iso(y, 3 * max([q, *last])), "period"
    if kind == "part":
        months = _words()["year_parts"].get(re.sub(r"\s+", " ", g["p"].lower()))
        y = y or default_year
        if not months:
            return None, None, "period"
        return _iso(y, months[0]), _iso(y, months[1]), "period"
    if kind == "mrange":
        y = y or default_year
        m1, m2 = int(g["m1"]), int(g["m2"])
        if not (1 <= m1 < m2 <= 12):
            return None, None, "range"
        return _iso(y, m1), _iso(y, m2), "range"
    if kind == "yrange":
        return _iso(int(g["y1"])), _iso(int(g["y2"])), "range"
    if kind == "year":
        return _iso(y), None, "date"
    raise ValueError(kind)


def _has_year(value: str | None) -> bool:
    return bool(value) and not value.startswith("--")


_DIGIT = re.compile(r"\d")
# the only forms that can be written without a digit ("quý I", "sáu tháng đầu năm", "rằm tháng Giêng", "trước Tết")
_WORDY = {"quarter", "part", "lunar_month", "tet"}


@ruleset.cached
def _lunar_atoms() -> list[tuple[str, re.Pattern[str]]]:
    """date_words.yaml ``lunar``: a day of a lunar month named ("25 tháng Chạp", "rằm tháng
    Giêng"), one numbered with "âm lịch" after it ("ngày 10/12 âm lịch"), a day of Tết ("mùng 3
    Tết") and Tết itself after "trước"; each with its can-chi year when written."""
    w = _words()["lunar"]
    year = r"(?:\s*,?\s*năm\s+(?P<cc>(?:%s)\s+(?:%s)))?" % ("|".join(w["can"]), "|".join(w["chi"]))
    day = r"(?:ngày\s*)?(?:(?:mùng|mồng)\s*)?(?P<d>\d{1,2})"
    named = "|".join(w["months"])
    return [
        ("lunar_month", re.compile(_B + r"(?:%s\s+|(?P<ram>rằm)\s+)?tháng\s+(?P<mn>%s)%s(?:\s*%s)?" % (day, named, year, w["marker"])
                                   + _E, re.I)),
        ("lunar_num", re.compile(_B + day + r"\s*(?:/|\s+tháng\s+)\s*(?P<m>\d{1,2})%s\s*%s" % (year, w["marker"]), re.I)),
        ("lunar_tet_day", re.compile(_B + r"(?:mùng|mồng)\s*(?P<d>\d{1,2})\s+Tết" + _E, re.I)),
        ("tet", re.compile(r"(?<=trước\s)%s%s" % (w["tet"], year) + _E, re.I)),
    ]


@ruleset.cached
def _all_atoms() -> list[tuple[str, re.Pattern[str]]]:
    """The solar atoms and the lunar ones, put together once (find_dates runs on every sentence)."""
    return _ATOMS + _lunar_atoms()


def _lunar_value(kind: str, m: re.Match[str], default_year: int | None):
    """A lunar atom's solar day (or a named month's first and last day, a range)."""
    g = m.groupdict()
    months = _words()["lunar"]["months"]
    month = 1 if kind in ("lunar_tet_day", "tet") else months.get(g["mn"].lower()) if g.get("mn") else int(g["m"])
    day = 1 if kind == "tet" else 15 if g.get("ram") else int(g["d"]) if g.get("d") else None
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 30):
        return None, None, "date"
    year = _lunar_year(month, g.get("cc"), default_year)
    if year is None:
        return None, None, "date"
    if day is not None:
        return _solar(day, month, year), None, "date"
    last = _solar(1, month % 12 + 1, year + (month == 12))
    return _solar(1, month, year), (date.fromisoformat(last) - timedelta(days=1)).isoformat(), "range"


def _lunar_year(month: int, can_chi: str | None, default_year: int | None) -> int | None:
    """The lunar year of a month: its can-chi name's nearest the document's year, else the year
    whose month falls in the document's year."""
    if default_year is None:
        return None
    if can_chi:
        named = [y for y in range(default_year - 30, default_year + 30)
                 if fold(get_year_can_chi(y)) == fold(re.sub(r"\s+", " ", can_chi)).replace("meo", "mao")]
        return min(named, key=lambda y: abs(y - default_year)) if named else None
    within = [y for y in (default_year, default_year - 1) if _solar(15, month, y)[:4] == str(default_year)]
    return within[0] if within else default_year


def _solar(day: int, month: int, year: int) -> str:
    return lunar_to_solar(LunarDate(day, month, year)).isoformat()


def find_dates(text: str, default_year: int | None = None) -> list[DateHit]:
    hits: list[DateHit] = []
    digits = _DIGIT.search(text) is not None
    for kind, pattern in _all_atoms():
        if not digits and kind not in _WORDY:
            continue
        for m in pattern.finditer(text):
            value, end_value, k = (_lunar_value if kind.startswith(("lunar", "tet")) else _atom_value)(kind, m, default_year)
            if value is None and k != "period":
                continue
            given = bool(m.groupdict().get("y") or m.groupdict().get("y1") or m.groupdict().get("cc"))
            hits.append(DateHit(m.start(), m.end(), m.group(0), value, end_value, k, year_given=given))
    for m in _RECURRING.finditer(text):
        unit = re.sub(r"\s+", " ", (m.group("u") or m.group("u2")).lower())
        rec = _words()["recurrence_units"].get(unit)
        day = m.group("d")
        hits.append(DateHit(m.start(), m.end(), m.group(0), f"---{int(day):02d}" if day else None, None,
                            "recurring", rec))
    hits = _non_overlapping(hits)
    hits = _ranges(text, hits)
    hits = _deadlines(text, hits)
    return hits


def _non_overlapping(hits: list[DateHit]) -> list[DateHit]:
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[DateHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            if h.end - h.start > out[-1].end - out[-1].start:
                out[-1] = h
            continue
        out.append(h)
    return out


# "từ … đến …", "… đến hết ngày …", "… - …"
_BETWEEN = re.compile(r"^\s*(?:(?:đến|tới)(?:\s+hết)?(?:\s+ngày)?|-|–)\s*$", re.I)
_FROM = re.compile(r"(?:từ|trong\s+thời\s+gian\s+từ)\s*$", re.I)


def _ranges(text: str, hits: list[DateHit]) -> list[DateHit]:
    out: list[DateHit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        if i + 1 < len(hits) and a.kind == "date" and hits[i + 1].kind == "date":
            b = hits[i + 1]
            between = text[a.end:b.start]
            before = text[max(0, a.start - 30):a.start]
            if _BETWEEN.match(between) and (_FROM.search(before) or between.strip() in ("-", "–")):
                start_value = a.value
                if a.value and not a.year_given and b.year_given and _has_year(b.value):
                    # "từ 15/11 đến 15/12/2023": the start takes the end's year
                    rest = a.value[1:] if a.value.startswith("--") else a.value[4:]
                    start_value = b.value[:4] + rest
                m = _FROM.search(before)
                s = a.start - (len(before) - m.start()) if m else a.start
                out.append(DateHit(s, b.end, text[s:b.end], start_value, b.value, "range"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


@ruleset.cached
def _deadline_re() -> re.Pattern[str]:
    cues = sorted(_words()["deadline_cues"], key=len, reverse=True)
    hour = _words()["time_of_day"]
    return re.compile(r"(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues) + r")\s*(?:" + hour
                      + r"\s*)?$", re.I)


def _deadlines(text: str, hits: list[DateHit]) -> list[DateHit]:
    for h in hits:
        if h.kind not in ("date", "recurring"):
            continue
        before = text[max(0, h.start - 40):h.start]
        m = _deadline_re().search(before)
        if not m:
            continue
        start = h.start - (len(before) - m.start())
        if h.kind == "date":
            h.kind = "deadline"
        h.start, h.text = start, text[start:h.end]
    return hits


@ruleset.cached
def _work_ends_re() -> re.Pattern[str]:
    """date_words.yaml ``work_end_cues``: words just before a deadline that say the work ends then."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, _words()["work_end_cues"])) + r")\W*$")


@ruleset.cached
def _time_cue_re() -> re.Pattern[str]:
    cues = sorted(_words()["time_cues"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues) + r")\W{0,3}(?:\w+\W{1,3}){0,2}$",
                      re.I)


def due_of(hit: DateHit) -> str | None:
    """When a date expression makes work due: a deadline or a date on its day, month or year;
    a quarter, a part of the year or a range at its end ("Quý II/2025" is due in 2025-06)."""
    if hit.kind == "recurring":
        return None
    if hit.kind in ("period", "range"):
        return hit.end_value if _has_year(hit.end_value) else None
    return hit.value if _has_year(hit.value) else None


def deadline_of(text: str, default_year: int | None = None, whole: bool = False) -> str | None:
    """The deadline a duty's text (or, with ``whole``, a time cell of a table) sets.

    In running text only a deadline ("trước ngày 15/12/2025") or a date after a time cue
    ("thời gian: Quý II/2025", "hoàn thành trong tháng 6/2025") counts: "năm 2025" in
    "Kế hoạch năm 2025" is no deadline. A time cell is all time: its first date counts."""
    hits = find_dates(text, default_year)
    # "trước ngày 15/12 hằng năm": a day that comes every year is no deadline of its own (its year
    # is only the plan's, filled in)
    if any(h.kind == "recurring" and h.recurrence == "yearly" for h in hits):
        hits = [h for h in hits if h.year_given or h.kind == "recurring"]
    deadlines = [h for h in hits if h.kind == "deadline" and _has_year(h.value)]
    if len(deadlines) > 1:
        # "Rà soát các trường hợp … phát sinh trước ngày 01/7/2025 …; hoàn thành trước ngày
        # 30/6/2026": the one that says when the work ends, not which cases it is about
        ends = [h for h in deadlines if _work_ends_re().search(fold(text[max(0, h.start - 25):h.start]))]
        deadlines = ends or deadlines
    if deadlines:
        return deadlines[0].value
    dues: list[str] = []
    cued_end = None  # where the last time a cue made a deadline ended
    for h in hits:
        before = text[max(0, h.start - 40):h.start]
        dated_range = h.kind == "range" and (h.end_value or "")[:4].isdigit() and len(h.end_value or "") >= 7
        # a time listed after one a cue made a deadline ("vào tháng 6 và tháng 12/2024") is one too
        listed = cued_end is not None and re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", text[cued_end:h.start]) is not None
        # a month, quarter or year in brackets after the work ("… môi trường chăn nuôi (tháng 4 và
        # tháng 9/2024)"); not a day, which dates a document ("Kế hoạch số 12/KH-UBND (ngày 12/3/2024)")
        bracketed = before.rstrip().endswith("(") and not h.text.lower().startswith("ngày")
        # a time the duty opens with ("Giai đoạn 2028 - 2030, hướng dẫn …", "Năm 2027, …"): when its work is due
        opening = (h.kind in ("range", "period", "date") and _opening_re().match(text[:h.start]) is not None
                   and text[h.end:].lstrip().startswith(","))
        if (whole or dated_range or listed or bracketed or opening or _time_cue_re().search(before)
                or _adjacent_cue_re().search(before)):
            due = due_of(h)
            if due:
                if whole:
                    return due  # a time cell: its first date
                dues.append(due)
                cued_end = h.end
    # several times ("sơ kết … vào năm 2023 và tổng kết … vào năm 2025"): the work ends with the last
    return max(dues, key=_sort_key) if dues else None


def _sort_key(due: str) -> str:
    """A deadline as a date to compare by: a year or a month stands for its end."""
    return due + ("-12-31" if len(due) == 4 else "-31" if len(due) == 7 else "")


@ruleset.cached
def _opening_re() -> re.Pattern[str]:
    """date_words.yaml ``opening_time_words``: what may stand before a time that opens a duty."""
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words()["opening_time_words"])
    return re.compile(r"^\W*(?:(?:%s)\s+)*$" % words, re.I)


@ruleset.cached
def _adjacent_cue_re() -> re.Pattern[str]:
    cues = sorted(_words()["time_cues_adjacent"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\s*$", re.I)


def year_hint(*texts: str | None) -> int | None:
    """The year a document is about: from its date, else from its title."""
    for t in texts:
        if not t:
            continue
        m = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", t)
        if m:
            return int(m.group(1))
    return None
