"""The Python interface of CONTRACT.md: ``check(plan, inbox, out, **options)``."""

from __future__ import annotations

import os
from pathlib import Path


def check(plan, inbox, out, roster=None, register=None, plan_due=None, report_due=None, jobs=None,
          progress=None) -> dict:
    """Run the main job and write the out folder; returns the summary (summary.json)."""
    from .checking import run_check
    from .write import write_run

    run = run_check(Path(plan), Path(inbox), Path(roster) if roster else None,
                    Path(register) if register else None, plan_due, report_due,
                    jobs or os.cpu_count() or 1, progress)
    return write_run(run, Path(out))
