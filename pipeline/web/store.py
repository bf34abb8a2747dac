"""The data folder of ``rasoat serve``: every review round (đợt rà soát) in plain folders,
listed in one SQLite file.

    DATA/rasoat.sqlite          rounds, uploads (what arrived, when), runs (started, ended, outcome)
    DATA/rounds/<id>/plan/      the master plan as uploaded (its name made safe)
    DATA/rounds/<id>/inbox/     the received files, sub-folders kept (names made safe)
    DATA/rounds/<id>/out/       what ``rasoat check`` writes (the same folder the CLI can use)
    DATA/rounds/<id>/roster.yaml, register.csv   when attached

A name that comes from a browser (a file's name, a folder's relative path) is never a path
on disk as it is: ``safe_parts`` keeps its readable words and drops everything that could
leave the round's folder or trouble a file system (``..``, absolute paths, drive letters,
device names, control characters, trailing dots).
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

_DEVICES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_BAD = re.compile(r"[^\w\s.,()&+\-]", re.UNICODE)
MAX_PART = 120  # characters of one path part
MAX_DEPTH = 6  # sub-folders kept of a folder upload


class StoreError(ValueError):
    """Something the clerk asked that cannot be done (Vietnamese message)."""


def safe_parts(name: str, default: str = "tep") -> list[str]:
    """The parts of a browser-given relative name that may become a path under a round's folder."""
    name = unicodedata.normalize("NFC", name or "").replace("\\", "/")
    out = []
    for part in name.split("/"):
        part = "".join(ch for ch in part if unicodedata.category(ch)[0] != "C")  # control characters
        if re.fullmatch(r"\s*[A-Za-z]:\s*", part):
            continue  # a drive letter
        part = _BAD.sub("_", part).strip(" .")
        if part in ("", ".", ".."):
            continue
        if part.split(".")[0].lower() in _DEVICES:
            part = "_" + part
        out.append(part[:MAX_PART])
    if not out:
        out = [default]
    return out[-MAX_DEPTH:]


def inside(folder: Path, parts: list[str]) -> Path:
    """``folder/parts…``, guaranteed inside ``folder`` (a StoreError otherwise)."""
    root = folder.resolve()
    path = root.joinpath(*parts).resolve()
    if root != path and root not in path.parents:
        raise StoreError("Tên tệp không hợp lệ.")
    return path


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Round:
    id: int
    name: str
    created: str
    plan: str  # the plan's file name under plan/
    previous: int | None  # the round of last year, when this one was started from it
    folder: Path

    @property
    def plan_path(self) -> Path:
        return self.folder / "plan" / self.plan

    @property
    def inbox(self) -> Path:
        return self.folder / "inbox"

    @property
    def out(self) -> Path:
        return self.folder / "out"

    @property
    def roster(self) -> Path | None:
        p = self.folder / "roster.yaml"
        return p if p.is_file() else None

    @property
    def register(self) -> Path | None:
        p = self.folder / "register.csv"
        return p if p.is_file() else None


class Store:
    """The rounds of one data folder."""

    def __init__(self, data: Path):
        self.data = Path(data)
        (self.data / "rounds").mkdir(parents=True, exist_ok=True)
        self.db_path = self.data / "rasoat.sqlite"
        with self._db() as db:
            db.executescript("""
                CREATE TABLE IF NOT EXISTS rounds (id INTEGER PRIMARY KEY, name TEXT NOT NULL, created TEXT NOT NULL,
                    plan TEXT NOT NULL, previous INTEGER);
                CREATE TABLE IF NOT EXISTS uploads (id INTEGER PRIMARY KEY, round INTEGER NOT NULL, at TEXT NOT NULL,
                    name TEXT NOT NULL, stored TEXT NOT NULL, sha256 TEXT NOT NULL, arrival TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, round INTEGER NOT NULL, started TEXT NOT NULL,
                    ended TEXT, outcome TEXT, message TEXT);
            """)

    def _db(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.db_path, timeout=30)
        db.row_factory = sqlite3.Row
        return db

    # -- rounds ---------------------------------------------------------------

    def rounds(self) -> list[Round]:
        with self._db() as db:
            rows = db.execute("SELECT * FROM rounds ORDER BY id DESC").fetchall()
        return [self._round(r) for r in rows]

    def get(self, round_id: int) -> Round:
        with self._db() as db:
            row = db.execute("SELECT * FROM rounds WHERE id = ?", (round_id,)).fetchone()
        if row is None:
            raise KeyError(round_id)
        return self._round(row)

    def _round(self, row) -> Round:
        return Round(row["id"], row["name"], row["created"], row["plan"], row["previous"],
                     self.data / "rounds" / str(row["id"]))

    def create(self, name: str, plan_name: str, plan_bytes: bytes, previous: int | None = None) -> Round:
        if not plan_bytes:
            raise StoreError("Tệp kế hoạch chung rỗng.")
        plan = safe_parts(plan_name, "ke-hoach")[-1]
        with self._db() as db:
            cur = db.execute("INSERT INTO rounds (name, created, plan, previous) VALUES (?, ?, ?, ?)",
                             (name.strip() or plan, _now(), plan, previous))
            round_id = cur.lastrowid
        rnd = self.get(round_id)
        for sub in ("plan", "inbox", "out"):
            (rnd.folder / sub).mkdir(parents=True, exist_ok=True)
        rnd.plan_path.write_bytes(plan_bytes)
        if previous is not None:  # next year: the roster carries over
            old = self.get(previous)
            if old.roster is not None:
                (rnd.folder / "roster.yaml").write_bytes(old.roster.read_bytes())
        return rnd

    def attach(self, rnd: Round, what: str, data: bytes) -> None:
        """The roster (YAML) or the incoming register (CSV) of a round."""
        target = {"roster": "roster.yaml", "register": "register.csv"}[what]
        if data:
            (rnd.folder / target).write_bytes(data)

    # -- uploads ----------------------------------------------------------------

    def add_file(self, rnd: Round, name: str, data: bytes) -> dict:
        """Put one received file into the round's inbox; says what arrived: ``new``, ``same``
        (these bytes are already there), or ``newer`` (a file of that name was there with other bytes)."""
        digest = sha256_bytes(data)
        parts = safe_parts(name)
        shown = "/".join(parts)
        with self._db() as db:
            known = [r["stored"] for r in db.execute(
                "SELECT stored FROM uploads WHERE round = ? AND sha256 = ? AND arrival != 'same'", (rnd.id, digest))]
        for rel in known:
            if (rnd.inbox / rel).is_file():
                return self._log(rnd, name, rel, digest, "same")
        path = inside(rnd.inbox, parts)
        arrival = "new"
        if path.exists():
            arrival = "newer"
            stem, suffix = path.stem, path.suffix
            n = 2
            while path.exists():
                path = path.with_name(f"{stem} ({n}){suffix}")
                n += 1
            shown = path.relative_to(rnd.inbox.resolve()).as_posix()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return self._log(rnd, name, shown, digest, arrival)

    def _log(self, rnd: Round, name: str, stored: str, digest: str, arrival: str) -> dict:
        with self._db() as db:
            db.execute("INSERT INTO uploads (round, at, name, stored, sha256, arrival) VALUES (?, ?, ?, ?, ?, ?)",
                       (rnd.id, _now(), name, stored, digest, arrival))
        return {"name": name, "stored": stored, "arrival": arrival}

    def uploads(self, rnd: Round, limit: int = 200) -> list[dict]:
        with self._db() as db:
            rows = db.execute("SELECT * FROM uploads WHERE round = ? ORDER BY id DESC LIMIT ?", (rnd.id, limit))
            return [dict(r) for r in rows.fetchall()]

    def inbox_files(self, rnd: Round) -> list[str]:
        return sorted(p.relative_to(rnd.inbox).as_posix() for p in rnd.inbox.rglob("*") if p.is_file())

    # -- runs ---------------------------------------------------------------------

    def run_started(self, rnd: Round) -> int:
        with self._db() as db:
            return db.execute("INSERT INTO runs (round, started) VALUES (?, ?)", (rnd.id, _now())).lastrowid

    def run_ended(self, run_id: int, outcome: str, message: str = "") -> None:
        with self._db() as db:
            db.execute("UPDATE runs SET ended = ?, outcome = ?, message = ? WHERE id = ?",
                       (_now(), outcome, message, run_id))

    def runs(self, rnd: Round) -> list[dict]:
        with self._db() as db:
            rows = db.execute("SELECT * FROM runs WHERE round = ? ORDER BY id DESC", (rnd.id,)).fetchall()
        return [dict(r) for r in rows]

    def summary(self, rnd: Round) -> dict | None:
        try:
            return json.loads((rnd.out / "summary.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")
