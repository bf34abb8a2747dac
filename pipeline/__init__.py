"""rasoat: review the plans and reports received for a master plan."""

from .parsing import parse

__all__ = ["parse"]
__version__ = "0.1.0"
