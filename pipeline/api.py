"""The Python interface of CONTRACT.md: ``check(plan, inbox, out, **options)``."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import ReadError


class ReviewFileError(ReadError):
    code = "review"


def load_review(out: Path, review=None):
    """The clerk's corrections: from ``review`` when given (an unreadable one is an error), else
    from the spreadsheet the last run left in the out folder. Returns (Review or None, error
    message or None); the error is for an out-folder spreadsheet that cannot be read back,
    which is then left untouched."""
    from .review import ReviewError, read_review

    if review is not None:
        try:
            return read_review(Path(review)), None
        except ReviewError as exc:
            raise ReviewFileError(str(review), exc.message) from exc
    previous = Path(out) / "coverage.xlsx"
    if not previous.is_file():
        return None, None
    try:
        return read_review(previous), None
    except ReviewError as exc:
        return None, exc.message


def check(plan, inbox, out, roster=None, register=None, plan_due=None, report_due=None, jobs=None,
          progress=None, use_cache=True, timeout=None, review=None, rules=None) -> dict:
    """Run the main job and write the out folder; returns the summary (summary.json).

    ``review``: a coverage.xlsx with the clerk's corrections to take in (default: the one the
    last run wrote in ``out``). ``rules``: a folder of the office's own rule files, each
    replacing the shipped file of its name (``pipeline/ruleset.py``)."""
    from . import ruleset
    from .checking import fingerprint, run_check
    from .write import unchanged, write_run

    ruleset.use(rules)

    out = Path(out)
    corrections, error = load_review(out, review)
    stamp = None
    if use_cache:
        stamp = fingerprint(plan, inbox, roster, register, plan_due, report_due, exclude=(out,))
        has = corrections is not None and (corrections.verdicts or corrections.files)
        stamp += ":" + (corrections.digest() if has else "unreadable" if error else "none")
        previous = unchanged(out, stamp)
        if previous is not None:  # nothing changed since the last run: its results stand
            return previous
    run = run_check(Path(plan), Path(inbox), Path(roster) if roster else None,
                    Path(register) if register else None, plan_due, report_due,
                    jobs or os.cpu_count() or 1, progress, cache_dir=Path(out) if use_cache else None,
                    timeout=timeout, review=corrections, exclude=(out,), work_dir=out)
    return write_run(run, out, stamp, review_error=error)
