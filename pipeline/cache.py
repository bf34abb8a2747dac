"""A cache of parsed documents, so that a re-run over an unchanged inbox reads nothing twice.

SQLite (standard library) in the out folder, WAL journal, one writer (the main
process). Entries are keyed by the file's sha256 and the program's rules
version: a hash of the code and rule files of ``pipeline`` and ``extractors``,
so that any change to how documents are read or extracted invalidates them.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from functools import lru_cache
from pathlib import Path

from . import ruleset

FILENAME = ".rasoat-cache.sqlite"


@lru_cache(maxsize=1)
def _code_version() -> str:
    h = hashlib.sha256()
    root = Path(__file__).resolve().parents[1]
    for package in ("pipeline", "extractors"):
        for path in sorted((root / package).rglob("*")):
            if (path.is_file() and path.suffix in (".py", ".j2") and "__pycache__" not in path.parts
                    and "web" not in path.relative_to(root).parts[:2]):  # the page does not change results
                h.update(str(path.relative_to(root)).encode())
                h.update(path.read_bytes())
    return h.hexdigest()


@ruleset.cached
def rules_version() -> str:
    """A hash of the code and of every rule file in use (an office's own rules included)."""
    h = hashlib.sha256(_code_version().encode())
    for path in ruleset.files():
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


class Cache:
    def __init__(self, path: Path):
        self.path = path
        self.db = sqlite3.connect(str(path), timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS docs (sha256 TEXT, version TEXT, doc BLOB, PRIMARY KEY (sha256, version))"
        )
        self.db.execute("CREATE TABLE IF NOT EXISTS words (version TEXT PRIMARY KEY, data BLOB)")
        self.version = rules_version()
        self.hits = 0
        self.misses = 0

    def get(self, sha256: str):
        row = self.db.execute("SELECT doc FROM docs WHERE sha256 = ? AND version = ?", (sha256, self.version)).fetchone()
        if row is None:
            self.misses += 1
            return None
        try:
            doc = pickle.loads(row[0])
        except Exception:  # noqa: BLE001 - a damaged entry is a miss
            self.misses += 1
            return None
        self.hits += 1
        return doc

    def put(self, sha256: str, doc) -> None:
        self.db.execute("INSERT OR REPLACE INTO docs VALUES (?, ?, ?)",
                        (sha256, self.version, pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)))

    def get_words(self) -> dict:
        row = self.db.execute("SELECT data FROM words WHERE version = ?", (self.version,)).fetchone()
        try:
            return pickle.loads(row[0]) if row else {}
        except Exception:  # noqa: BLE001
            return {}

    def put_words(self, segmented: dict) -> None:
        self.db.execute("INSERT OR REPLACE INTO words VALUES (?, ?)",
                        (self.version, pickle.dumps(segmented, protocol=pickle.HIGHEST_PROTOCOL)))

    def close(self) -> None:
        self.db.execute("DELETE FROM docs WHERE version != ?", (self.version,))
        self.db.execute("DELETE FROM words WHERE version != ?", (self.version,))
        self.db.commit()
        self.db.close()
