"""The Python interface of CONTRACT.md: ``check(plan, inbox, out, **options)``."""

from __future__ import annotations

import os
from pathlib import Path


def check(plan, inbox, out, roster=None, register=None, plan_due=None, report_due=None, jobs=None,
          progress=None, use_cache=True, timeout=None) -> dict:
    """Run the main job and write the out folder; returns the summary (summary.json)."""
    from .checking import fingerprint, run_check
    from .write import unchanged, write_run

    out = Path(out)
    stamp = fingerprint(plan, inbox, roster, register, plan_due, report_due) if use_cache else None
    if stamp is not None:
        previous = unchanged(out, stamp)
        if previous is not None:  # nothing changed since the last run: its results stand
            return previous
    run = run_check(Path(plan), Path(inbox), Path(roster) if roster else None,
                    Path(register) if register else None, plan_due, report_due,
                    jobs or os.cpu_count() or 1, progress, cache_dir=Path(out) if use_cache else None,
                    timeout=timeout)
    return write_run(run, out, stamp)
