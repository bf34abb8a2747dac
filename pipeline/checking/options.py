"""Everything a check run is told, in one object (the CLI, the Python API and the tests build it)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .isolation import FILE_TIMEOUT


@dataclass
class CheckOptions:
    plan: Path
    inbox: Path
    roster: Path | None = None  # YAML list of bodies (names, aliases, members, expected)
    register: Path | None = None  # CSV of the incoming register (file, received date)
    plan_due: str | None = None  # deadline for unit plans, overriding the plan's
    report_due: str | None = None  # deadline for reports, overriding the plan's
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)  # files read in parallel
    timeout: float = FILE_TIMEOUT  # seconds one file may take
    rules: Path | None = None  # the office's own rule files (``ruleset.use``)
    method: str | None = None  # how reading processes start: fork or spawn (default: the system's)
    # where the run's scratch files go while files are read (the out folder: nothing is
    # written anywhere else); the system's temporary folder when None
    work_dir: Path | None = None
    cache_dir: Path | None = None  # where files read before are remembered; None: no cache
    exclude: tuple[Path, ...] = ()  # folders under the inbox that are not part of it (the out folder)
    executor: str = "local"  # who reads the files: "local" (a pool of processes here) or "dask" (a cluster)
    scheduler: str | None = None  # the Dask scheduler's address (tcp://HOST:8786); None: a local cluster
    cluster_files: str = "auto"  # how workers get the files: "shared" folder, "send" the bytes, or "auto" (probe)

    def __post_init__(self):
        for name in ("plan", "inbox", "roster", "register", "rules", "work_dir", "cache_dir"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, Path):
                setattr(self, name, Path(value))
        self.jobs = max(int(self.jobs or os.cpu_count() or 1), 1)
        self.timeout = float(self.timeout or FILE_TIMEOUT)
        if self.executor not in ("local", "dask"):
            raise ValueError(f"executor must be local or dask, not {self.executor!r}")
        if self.cluster_files not in ("auto", "shared", "send"):
            raise ValueError(f"cluster_files must be auto, shared or send, not {self.cluster_files!r}")
