"""Fit the weights of a verdict's confidence (pipeline/rules/confidence.yaml) on the corpus's gold.

    .venv/bin/python scripts/fit_confidence.py            # measure, fit, write the rule file
    .venv/bin/python scripts/fit_confidence.py --dry-run  # measure only

Every set with a gold is checked; each verdict the program reached on a document (neither side
"not_submitted") is a sample, wrong when the gold says otherwise. The model is scikit-learn's
logistic regression over checking/confidence.py's features. It is measured leave-one-set-out
(each set's verdicts scored by weights fitted on the other sets, as a new office's plan would
be), for the goals of issue #17: of each set's wrong verdicts at least two in three marked,
fewer than one in five of its verdicts marked. Then it is fitted on all the sets and written.
"""
from __future__ import annotations

import argparse
import math
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MARK_AT = 0.10  # the probability of being wrong from which a verdict is marked (chosen leave-one-set-out)
AT_MOST = 0.19  # and at most this share of a run's verdicts
C = 1.0  # the regression's inverse regularisation (0.3 and 3.0 measured worse)


def samples(corpus: Path):
    """(set, features, wrong) for every verdict reached on a document; and each set's verdict count."""
    from pipeline.checking import CheckOptions, run_check
    from pipeline.evaluate import CheckReport, check_gold_files, score_register

    out, totals = [], {}
    for gold_path in check_gold_files(corpus):
        base = gold_path.parent
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        roster = base / gold["roster"] if gold.get("roster") else None
        register = base / gold["register"] if gold.get("register") else None
        run = run_check(CheckOptions(base / gold["plan"], base / gold.get("inbox", "inbox"), roster,
                                     register=register, jobs=2))
        ids = ({gid: d.id for gid, d in score_register(gold["duties"], run.plan.duties, CheckReport(base.name)).items()}
               if gold.get("duties") else {})
        got = {r.key: r for r in run.coverage}
        totals[base.name] = len(gold.get("coverage", []))
        for row in gold.get("coverage", []):
            mine = got.get((ids.get(row["duty_id"], row["duty_id"]), row["body_id"], row["kind"]))
            if mine is None or not mine.signals or row["status"] == "not_submitted":
                continue
            out.append((base.name, dict(mine.signals, _gold=row["status"], _got=str(mine.status)),
                        row["status"] != str(mine.status)))
        print(f"  {base.name}", file=sys.stderr, flush=True)
    return out, totals


def matrix(rows):
    import numpy as np

    from pipeline.checking.confidence import FEATURES

    return np.array([[f.get(name, 0.0) for name in FEATURES] for _, f, _ in rows]), np.array([w for _, _, w in rows])


def marked(probabilities, sets, totals):
    """Which verdicts go to "Nên kiểm tra": checking/confidence.py's rule, run by run."""
    by_set = defaultdict(list)
    for i, s in enumerate(sets):
        by_set[s].append(i)
    out = [False] * len(sets)
    for s, idx in by_set.items():
        limit = max(1, math.floor(AT_MOST * totals[s]))
        for i in sorted((i for i in idx if probabilities[i] >= MARK_AT), key=lambda i: -probabilities[i])[:limit]:
            out[i] = True
    return out


def main(argv=None) -> int:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from pipeline.checking.confidence import FEATURES

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--samples", type=Path, help="a JSON file of the verdicts: read if it exists, else written")
    args = ap.parse_args(argv)
    if args.samples and args.samples.exists():
        rows, totals = (lambda d: ([tuple(r) for r in d["rows"]], d["totals"]))(json.loads(args.samples.read_text()))
    else:
        rows, totals = samples(args.corpus)
        if args.samples:
            args.samples.write_text(json.dumps({"rows": rows, "totals": totals}))
    X, y = matrix(rows)
    sets = [s for s, _, _ in rows]
    held_out = np.zeros(len(rows))
    for s in sorted(set(sets)):
        test = np.array([x == s for x in sets])
        model = LogisticRegression(C=C, max_iter=5000).fit(X[~test], y[~test])
        held_out[test] = model.predict_proba(X[test])[:, 1]
    mark = marked(held_out, sets, totals)
    print("set             wrong  caught  marked  of verdicts")
    goals = [0, 0]
    for s in sorted(totals):
        idx = [i for i, x in enumerate(sets) if x == s]
        wrong, caught, n = int(sum(y[i] for i in idx)), sum(1 for i in idx if mark[i] and y[i]), sum(mark[i] for i in idx)
        goals[0] += wrong == 0 or caught >= 2 * wrong / 3
        goals[1] += n < totals[s] / 5
        print(f"{s:15} {wrong:5}  {caught:6}  {n:6}  {totals[s]:5}")
    total = sum(totals.values())
    print(f"leave-one-set-out: {sum(m and w for m, w in zip(mark, y))} of {int(y.sum())} wrong verdicts among "
          f"{sum(mark)} marked of {total} ({sum(mark) / total:.1%}); sets catching two in three: {goals[0]} of "
          f"{len(totals)}; sets marking fewer than one in five: {goals[1]} of {len(totals)}")
    if args.dry_run:
        return 0
    model = LogisticRegression(C=C, max_iter=5000).fit(X, y)
    weights = {name: round(float(w), 4) for name, w in zip(FEATURES, model.coef_[0]) if abs(w) >= 1e-4}
    lines = ["# How sure a verdict is (pipeline/checking/confidence.py): a logistic model of the probability",
             "# that a verdict is wrong, from the verdict's signals. Written by scripts/fit_confidence.py from",
             f"# {len(rows)} verdicts of {len(totals)} sets with gold; measured leave-one-set-out there (README,",
             "# \"How sure a verdict is\"). Do not edit by hand: add sets with gold and fit again.",
             f"intercept: {round(float(model.intercept_[0]), 4)}",
             "weights:"] + [f"  {name}: {w}" for name, w in weights.items()] + [
             "# a verdict at least this likely to be wrong is marked \"Nên kiểm tra\", the least sure first,",
             "# at most this share of a run's verdicts",
             f"mark_at: {MARK_AT}", f"at_most: {AT_MOST}"]
    (ROOT / "pipeline" / "rules" / "confidence.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("written: pipeline/rules/confidence.yaml")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
