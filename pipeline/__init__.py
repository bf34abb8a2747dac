"""rasoat: review the plans and reports received for a master plan.

``from pipeline import parse, check, load_run`` — loaded lazily, so that the extractors package
can use the shared modules (model, normalize, names) without an import cycle.
"""

__all__ = ["parse", "check", "load_run"]
__version__ = "0.1.0"


def __getattr__(name):
    if name == "parse":
        from .parsing import parse

        return parse
    if name == "check":
        from .api import check

        return check
    if name == "load_run":
        from .results import load_run

        return load_run
    raise AttributeError(name)
