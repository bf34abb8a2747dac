"""How sure each verdict is, and which ones the clerk should check first (issue #17).

A verdict's signals (how far its parts and the duty as a whole scored from the thresholds, how
many parts it has and how many were taken up, whether the unit's own status column or its
refusals spoke, how many activities the document has, the kind of document) are combined by a
logistic model into the probability that the verdict is wrong; its confidence is one minus that.
The model's weights are rule data (``rules/confidence.yaml``), fitted on the corpus's gold by
``scripts/fit_confidence.py``, which also measures them leave-one-set-out (each set judged by
weights fitted without it), the figure the README gives.

The clerk's list "Nên kiểm tra" is the verdicts whose probability of being wrong is at least
``mark_at``, the least sure first, and at most ``at_most`` of the run's verdicts (a list of
several hundred would not be read).
"""

from __future__ import annotations

import math

from .. import ruleset
from ..runmodel import CoverageRow, Kind, Status

# the features, by name (rules/confidence.yaml weighs each)
BASE = ("covered", "partial", "missing", "report", "margin", "log_margin", "whole", "whole_gap", "best_min",
        "best_max", "best_mean", "parts", "parts_share", "halves", "refused", "said_done", "said_in_progress",
        "said_not_done", "log_tasks", "duty_words")
# the signals that weigh differently by verdict ("covered" on a weak part is not "missing" on one)
BY_STATUS = ("margin", "log_margin", "whole", "best_min", "parts", "duty_words")
FEATURES = BASE + tuple(f"{s}*{f}" for s in ("covered", "partial", "missing") for f in BY_STATUS)


def features(status: str, kind: str, margin: float, parts: int, covered_parts: int, said: str | None,
             signals: dict[str, float]) -> dict[str, float]:
    """The verdict's features: ``margin`` its parts' smallest distance from the threshold,
    relative to it (similarity.judge); ``said`` the status the unit's own table gave the
    evidence (done, in_progress, not_done, or None); ``signals`` what judge measured."""
    f = {"covered": float(status == Status.COVERED), "partial": float(status == Status.PARTIAL),
         "missing": float(status == Status.MISSING), "report": float(kind == Kind.REPORT),
         "margin": margin, "log_margin": math.log(margin + 0.01),
         "whole": signals.get("whole", 0.0), "whole_gap": signals.get("whole_gap", 0.0),
         "best_min": signals.get("best_min", 0.0), "best_max": signals.get("best_max", 0.0),
         "best_mean": signals.get("best_mean", 0.0), "parts": float(parts),
         "parts_share": covered_parts / max(parts, 1), "halves": float(signals.get("halves", 0) > 0),
         "refused": float(signals.get("refusals", 0) > 0), "said_done": float(said == "done"),
         "said_in_progress": float(said == "in_progress"), "said_not_done": float(said == "not_done"),
         "log_tasks": math.log(1 + signals.get("tasks", 0.0)), "duty_words": signals.get("duty_words", 0.0) / 30}
    return _by_status(f)


def with_status(feats: dict[str, float], status: str) -> dict[str, float]:
    """The features of the same verdict reached as ``status`` (a later rule changed it)."""
    f = dict(feats, **{s: float(status == s) for s in ("covered", "partial", "missing")})
    return _by_status(f)


def _by_status(f: dict[str, float]) -> dict[str, float]:
    for s in ("covered", "partial", "missing"):
        for name in BY_STATUS:
            f[f"{s}*{name}"] = f[s] * f[name]
    return f


@ruleset.cached
def model() -> dict:
    """rules/confidence.yaml: intercept, weights, mark_at, at_most."""
    return ruleset.load_yaml("confidence.yaml")


def probability_wrong(feats: dict[str, float]) -> float:
    m = model()
    z = float(m["intercept"]) + sum(float(w) * feats.get(name, 0.0) for name, w in m["weights"].items())
    return 1 / (1 + math.exp(-max(min(z, 50.0), -50.0)))


def confidence(feats: dict[str, float]) -> float:
    return round(1 - probability_wrong(feats), 3)


def mark(coverage: list[CoverageRow]) -> None:
    """check_first: the verdicts whose probability of being wrong is at least ``mark_at``, the
    least sure first, at most ``at_most`` of the run's verdicts (one at least)."""
    m = model()
    limit = max(1, math.floor(float(m["at_most"]) * len(coverage)))
    unsure = sorted((r for r in coverage if r.signals and 1 - r.confidence >= float(m["mark_at"])),
                    key=lambda r: r.confidence)
    for r in coverage:
        r.check_first = "no"
    for r in unsure[:limit]:
        r.check_first = "yes"
