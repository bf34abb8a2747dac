"""A run's results read back from its out folder as pandas tables: ``load_run(out_dir)``.

For scripts and notebooks (CONTRACT.md: ``from pipeline import load_run``) and for the
outgoing documents (``report.py`` counts verdicts and submissions on these tables). Columns
are text as the CSV holds it (empty, never NaN), but: the scores are numbers; status, role,
kind and on_time are categories; a date column whose every value is a whole date
(``2025-03-20``) is a datetime (NaT where empty). A date known only to its month or year
(``2025-06``, a deadline "Quý II/2025") keeps its text, so that its precision is not lost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .errors import ReadError

TABLES = ("files", "duties", "submissions", "tasks", "coverage")
OPTIONAL = ("targets", "results")
NUMERIC = {"score", "confidence", "value"}
CATEGORIES = {"status", "role", "kind", "on_time", "auto_status", "clerk_status", "auto_role", "change", "judgement"}
DATES = {"date", "received", "due", "deadline", "when", "signed_at"}
_WHOLE_DATE = r"^\d{4}-\d{2}-\d{2}$"


class RunError(ReadError):
    code = "run"
    message = "Thư mục kết quả không có đủ các tệp của một lần chạy rasoat check; hãy chạy check trước."


@dataclass
class RunResults:
    out: Path
    summary: dict
    plan: dict
    files: pd.DataFrame
    duties: pd.DataFrame
    submissions: pd.DataFrame
    tasks: pd.DataFrame
    coverage: pd.DataFrame
    targets: pd.DataFrame | None = None
    results: pd.DataFrame | None = None

    def records(self, name: str) -> list[dict]:
        """A table's rows as dicts of text, as the CSV holds them (for templates)."""
        df = getattr(self, name).copy()
        for col in df.columns:
            if df[col].dtype.kind == "M":
                df[col] = df[col].dt.strftime("%Y-%m-%d").fillna("")
            elif df[col].dtype.name == "category":
                df[col] = df[col].astype(str)
        return df.to_dict("records")

    def verdict_counts(self) -> pd.DataFrame:
        """Verdicts by kind (rows: plan, report) and status (columns), zeros where none."""
        table = pd.crosstab(self.coverage["kind"], self.coverage["status"])
        return table.reindex(index=["plan", "report"],
                             columns=["covered", "partial", "missing", "not_submitted"], fill_value=0)

    def holder_counts(self) -> pd.DataFrame:
        """Verdicts by holder, kind and status: a row per (body_id, kind), a column per status."""
        table = self.coverage.groupby(["body_id", "kind", "status"]).size().unstack("status", fill_value=0)
        return table.reindex(columns=["covered", "partial", "missing", "not_submitted"], fill_value=0)


def _read(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    for col in NUMERIC & set(df.columns):
        df[col] = pd.to_numeric(df[col], errors="coerce")
    for col in CATEGORIES & set(df.columns):
        df[col] = df[col].astype("category")
    for col in DATES & set(df.columns):
        given = df[col][df[col] != ""]
        if len(given) and given.str.match(_WHOLE_DATE).all():
            df[col] = pd.to_datetime(df[col].where(df[col] != ""), format="%Y-%m-%d")
    return df


def load_run(out_dir: str | Path) -> RunResults:
    """The tables a ``check`` run wrote into ``out_dir``. Raises RunError when one is missing."""
    out = Path(out_dir)
    need = ["summary.json", *(f"{t}.csv" for t in TABLES)]
    missing = [n for n in need if not (out / n).is_file()]
    if missing:
        raise RunError(f"missing in {out}: {', '.join(missing)}")
    plan_path = out / "plan.json"
    tables = {t: _read(out / f"{t}.csv") for t in TABLES}
    extra = {t: _read(out / f"{t}.csv") for t in OPTIONAL if (out / f"{t}.csv").is_file()}
    return RunResults(out=out, summary=json.loads((out / "summary.json").read_text(encoding="utf-8")),
                      plan=json.loads(plan_path.read_text(encoding="utf-8")) if plan_path.is_file() else {},
                      **tables, **extra)
