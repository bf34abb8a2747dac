"""Every rule file of the program, in one folder, read by one loader.

The rules are data, not code: the words and patterns each stage looks for live in
``pipeline/rules/`` (what each file holds is said at its top):

    abbreviations.tsv   abbreviations in the names of bodies ("UBND", "LĐ-TB&XH")
    term_abbreviations.tsv  abbreviations of the work ("DVCTT", "TK ĐDĐT"), spelt out for matching
    doc_types.tsv       the document types of NĐ 30/2020 Phụ lục III ("KH" Kế hoạch)
    name_case.tsv       how names printed in capitals are written in normal case
    synonyms.tsv        administrative synonyms folded to one word for matching
    bodies.yaml         the gazetteer of public bodies: heads, fields, localities, collectives
    date_words.yaml     the cue words of dates, deadlines, periods and recurrences
    duty_words.yaml     the words of the duty register, tasks, topics and reporting deadlines
    renamed_2025.yaml   bodies renamed or merged in the 2025 reorganisation (rasoat diff)
    matching.yaml       coverage matching: thresholds (how each was chosen), stop words, own-plan cues
    files.yaml          inbox files: copy marks in names, the register's columns, plan/report types
    judgement.yaml      status cells of report tables; clauses that defer or negate an activity
    accents.yaml        Vietnamese typed without marks: how it is told, the frame phrases it gets marks from
    confidence.yaml     the weights of a verdict's confidence and how many go to "Nên kiểm tra" (fitted)

An office overrides any of them with a folder of its own (``rasoat check --rules DIR``):
a file of the same name there replaces the shipped one; the others stay. ``use(folder)``
sets the folder for this process (and for the reading processes it starts); every cache
built from the rules is rebuilt when it changes (``cached``).
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

import yaml as _yaml

FOLDER = Path(__file__).parent / "rules"
_override: Path | None = None
_generation = 0


class RulesError(ValueError):
    """A rules folder that cannot be used (Vietnamese message for the clerk)."""


def names() -> list[str]:
    return sorted(p.name for p in FOLDER.iterdir() if p.suffix in (".yaml", ".tsv"))


def use(folder: str | Path | None) -> None:
    """Read the rules from ``folder`` where it has a file of the same name; None: the shipped
    rules only."""
    global _override, _generation
    new = Path(folder).resolve() if folder else None
    if new is not None:
        if not new.is_dir():
            raise RulesError(f"Không tìm thấy thư mục quy tắc: {folder}")
        unknown = sorted(p.name for p in new.iterdir() if p.is_file() and p.name not in names())
        if unknown:
            raise RulesError("Thư mục quy tắc có tệp chương trình không dùng: " + ", ".join(unknown)
                             + ". Các tệp có thể thay: " + ", ".join(names()) + ".")
    if new != _override:
        _override = new
        _generation += 1


def current() -> Path | None:
    """The override folder in use, or None."""
    return _override


def path(name: str) -> Path:
    if _override is not None and (_override / name).is_file():
        return _override / name
    return FOLDER / name


def files() -> list[Path]:
    """Every rule file in use, shipped or overridden."""
    return [path(n) for n in names()]


def cached(fn):
    """Memoise a function of no arguments built from the rules, until the rules change."""
    memo: dict[int, object] = {}

    @functools.wraps(fn)
    def wrapper():
        if _generation not in memo:
            memo.clear()
            memo[_generation] = fn()
        return memo[_generation]

    return wrapper


def load_yaml(name: str) -> dict:
    try:
        return _yaml.safe_load(path(name).read_text(encoding="utf-8")) or {}
    except (OSError, _yaml.YAMLError, UnicodeDecodeError) as exc:
        raise RulesError(f"Không đọc được tệp quy tắc {path(name)}: {exc}") from exc


def load_rows(name: str) -> list[list[str]]:
    """The rows of a tab-separated rule file, without its comment lines and its header."""
    text = path(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [row for row in csv.reader(lines[1:], delimiter="\t")]
