"""The check stage, by concern (named ``checking`` so that it does not hide the
``pipeline.check`` function of CONTRACT.md):

    options.py     CheckOptions: everything a run is told
    inbox.py       the inbox walk, archives, identical files, the cache, the register
    isolation.py   reading files in processes apart (LocalPool, the executor interface)
    classify.py    role and sender of each file read
    holders.py     the plan's holders, the roster, who a document comes from
    similarity.py  TF-IDF similarity and the verdict on one duty
    coverage.py    submissions, coverage rows, task rows
    run.py         run_check: the stages in order, giving a Run (runmodel.py)
"""

from .options import CheckOptions
from .run import PlanError, fingerprint, run_check

__all__ = ["CheckOptions", "PlanError", "fingerprint", "run_check"]
