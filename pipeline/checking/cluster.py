"""Reading on a Dask cluster (``check --executor dask``): the reading executor of a run whose
inbox is too big for one machine.

Each file's read -> normalise -> segment -> extract is one task on the cluster's workers
(``Client.submit`` / ``as_completed``); only the small, slimmed ``ReadResult`` comes back, and
classification, coverage and the writers run here, on the client, as in a local run. Without a
scheduler address a ``LocalCluster`` on this machine stands in (what the tests use).

Inside a task, the file is read by a ``LocalPool`` of one reading process kept by the worker:
the same time limit, memory cap and process-group kills as a local run, because Dask itself has
no per-task time limit. A worker that dies mid-file has its file retried once on another worker
(the scheduler's ``allowed-failures``), then the file is an error row.

Where the files are: when every worker sees the inbox at the same path with the same bytes (a
shared folder), tasks carry the path; otherwise they carry the file's bytes, which the worker
writes under a name of its own in its scratch folder (a sender's file name never chooses a path
on a worker). ``files="auto"`` probes which; ``"shared"`` or ``"send"`` say it.

What a worker can read is recorded at start by ``ReadingTools`` (a worker plugin): tesseract with
Vietnamese data and LibreOffice, declared as the Dask resources ``ocr`` and ``office``. Scans
and legacy office files are sent only to workers that have the tool; a PDF found to be a scan on a
worker without tesseract is sent again to one that has it. With no such worker the file is an
error row saying so. A worker running another version of the program is refused at start.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import shutil
import threading
from pathlib import Path
from typing import Callable, NamedTuple

from ..errors import ReadError
from .isolation import FILE_TIMEOUT, MEMORY_LIMIT, ReadResult, _quietly

RESOURCES = ("ocr", "office")
# the reader's error when a tool is missing
MISSING_CODE = {"ocr_unavailable": "ocr", "converter_unavailable": "office"}
TOOL_VI = {"ocr": "tesseract (tiếng Việt) để đọc bản quét", "office": "LibreOffice để đọc tệp .doc, .rtf, .odt, .xls"}
WINDOW = 4  # tasks in flight per worker thread (the client holds the bytes of at most these)
ALLOWED_FAILURES = 1  # a file whose worker died is tried once more, then it is an error row


class ClusterError(ReadError):
    code = "cluster"
    message = "Không dùng được cụm máy Dask."


class Task(NamedTuple):
    """One file for a worker: its path (shared folder) or its bytes, and the run's limits."""
    path: str
    data: bytes | None
    suffix: str
    whole: bool
    timeout: float
    memory_limit: int | None
    rules: tuple[tuple[str, bytes], ...]  # the office's own rule files (name, bytes), if any


# ---------------------------------------------------------------- on the workers

def code_version() -> str:
    from ..cache import _code_version

    return _code_version()[:16]


def tools_here() -> dict:
    """Which reading tools this machine has, and which version of the program it runs."""
    from ..readers.ocr import ocr_available
    from ..readers.office import soffice

    return {"ocr": ocr_available() is None, "office": soffice() is not None, "version": code_version(),
            "host": os.uname().nodename if hasattr(os, "uname") else ""}


try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # dask is needed only with --executor dask
    WorkerPlugin = object  # type: ignore[assignment,misc]


class ReadingTools(WorkerPlugin):
    """Records, on each worker, which tools it has, and declares them as Dask resources; closes
    the worker's reading processes when it stops."""

    name = "rasoat-reading-tools"
    idempotent = True

    async def setup(self, worker) -> None:
        import multiprocessing

        # A worker process started by a nanny is "daemonic", and such a process may not start
        # the reading process that enforces a file's time and memory limits. Those children
        # are this worker's own (closed at teardown, and they stop when their pipe closes).
        multiprocessing.current_process().daemon = False
        found = tools_here()
        worker.rasoat_tools = found
        await worker.set_resources(**{r: (1 if found[r] else 0) for r in RESOURCES})

    def teardown(self, worker) -> None:
        _close_pools()


_POOLS: dict[tuple, object] = {}
_LOCK = threading.Lock()


def _worker_scratch() -> Path:
    try:
        from distributed import get_worker

        base = Path(get_worker().local_directory)
    except (ImportError, ValueError):
        import tempfile

        base = Path(tempfile.gettempdir())
    folder = base / f"rasoat-{os.getpid()}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _rules_folder(rules: tuple[tuple[str, bytes], ...], scratch: Path) -> Path | None:
    if not rules:
        return None
    digest = hashlib.sha256(b"".join(n.encode() + b"\0" + d for n, d in rules)).hexdigest()[:16]
    folder = scratch / f"rules-{digest}"
    if not folder.is_dir():
        folder.mkdir()
        for name, data in rules:
            (folder / Path(name).name).write_bytes(data)
    return folder


def _pool(task: Task, scratch: Path):
    """This worker thread's reading process for the run's limits and rules (kept between tasks)."""
    from .isolation import LocalPool

    key = (threading.get_ident(), task.timeout, task.memory_limit, task.rules)
    with _LOCK:
        pool = _POOLS.get(key)
        if pool is None:  # a worker runs threads, so it does not fork itself: a warm fork server does
            import multiprocessing

            method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
            pool = _POOLS[key] = LocalPool(1, task.timeout, scratch=scratch, memory_limit=task.memory_limit,
                                           method=method, rules=_rules_folder(task.rules, scratch), raw=True)
    return pool


def _close_pools() -> None:
    with _LOCK:
        for pool in _POOLS.values():
            pool.shutdown()  # type: ignore[attr-defined]
        _POOLS.clear()


def read_task(task: Task) -> ReadResult | bytes:
    """A Dask task: read one file in this worker's reading process (time limit, memory cap).
    What the reading process sent goes back to the client still pickled (``LocalPool(raw=True)``)."""
    scratch = _worker_scratch()
    pool = _pool(task, scratch)
    folder = None
    path = task.path
    if task.data is not None:  # the client sent the bytes: a name of the worker's own choosing
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="in-", dir=scratch))
        path = str(folder / ("input" + task.suffix))
        Path(path).write_bytes(task.data)
    try:
        if task.whole:
            return pool.read_plan(Path(path))  # type: ignore[attr-defined]
        return pool.map([path])[0]  # type: ignore[attr-defined]
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def _sees(probes: list[tuple[str, int, str]]) -> bool:
    """On a worker: whether every probe file is at its path with the same size and first bytes."""
    for path, size, head in probes:
        try:
            with open(path, "rb") as fh:
                if os.fstat(fh.fileno()).st_size != size or hashlib.sha256(fh.read(65536)).hexdigest() != head:
                    return False
        except OSError:
            return False
    return True


# ---------------------------------------------------------------- on the client

def _probe(path: str) -> tuple[str, int, str]:
    with open(path, "rb") as fh:
        return path, os.fstat(fh.fileno()).st_size, hashlib.sha256(fh.read(65536)).hexdigest()


def _suffix(path: str) -> str:
    suffix = Path(path).suffix.lower()
    return suffix if suffix[1:].isalnum() and len(suffix) <= 8 else ""


def _need(path: str) -> str | None:
    """The tool a file will need, judged cheaply from its first bytes (None: none, or not known
    before reading). A file judged wrong is not lost: a worker without the tool answers that it
    lacks it, and the file is sent again to one that has it."""
    from ..formats import _IMAGE, _OLE

    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return None
    if head.startswith(_OLE) or head.lstrip().startswith(b"{\\rtf"):
        return "office"  # .doc, .xls
    if head.startswith(b"PK") and Path(path).suffix.lower() in (".odt", ".ods"):
        return "office"
    if _IMAGE.match(head):
        return "ocr"
    return None


def _sent_as(result: ReadResult, path: str) -> ReadResult:
    """A result read from a copy of the file on a worker names the file as the client knows it."""
    doc = result.doc
    if doc is not None:
        for d in [doc, *getattr(doc, "parts", [])]:
            d.source.file = path
    return result


class DaskReader:
    """The reading executor of a run on a Dask cluster (``Reader`` in ``isolation``)."""

    def __init__(self, scheduler: str | None = None, workers: int | None = None, timeout: float = FILE_TIMEOUT,
                 memory_limit: int | None = MEMORY_LIMIT, files: str = "auto", rules: Path | None = None,
                 connect_timeout: float = 30.0):
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise ClusterError(str(exc), "Chưa cài dask.distributed (pip install 'distributed'); hãy chạy make "
                                         "setup hoặc bỏ --executor dask.") from None
        if files not in ("auto", "shared", "send"):
            raise ValueError(f"files must be auto, shared or send, not {files!r}")
        self.timeout, self.memory_limit, self.files = timeout, memory_limit, files
        self.rules = tuple(sorted((p.name, p.read_bytes()) for p in Path(rules).iterdir() if p.is_file())) if rules else ()
        self.cluster = None
        self.shared: bool | None = {"auto": None, "shared": True, "send": False}[files]
        dask.config.set({"distributed.scheduler.allowed-failures": ALLOWED_FAILURES})
        logging.getLogger("distributed").setLevel(logging.ERROR)  # the clerk's terminal shows the run's own progress
        try:
            if scheduler:
                self.client = Client(scheduler, timeout=connect_timeout)
            else:
                # on this machine only: the scheduler's own web server too, on a free port
                self.cluster = LocalCluster(n_workers=max(workers or os.cpu_count() or 1, 1), threads_per_worker=1,
                                            processes=False, dashboard_address=None,
                                            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                                            silence_logs=logging.ERROR)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            self.close_cluster()
            raise ClusterError(str(exc), f"Không kết nối được tới máy điều phối Dask {scheduler or '(cục bộ)'}: "
                                         f"{exc}") from None
        self.client.register_plugin(ReadingTools())
        self.tools = self._tools()

    # the Reader interface

    def read_plan(self, path: Path) -> ReadResult:
        return self._read([str(path)], whole=True)[0]

    def map(self, paths: list[str], on_done: Callable[[int], None] | None = None,
            meanwhile: Callable[[], None] | None = None,
            on_start: Callable[[int], None] | None = None) -> list[ReadResult]:
        helper = None
        if meanwhile is not None:
            helper = threading.Thread(target=_quietly, args=(meanwhile,), daemon=True)
            helper.start()
        try:  # ``on_start`` is not called: the scheduler, not this client, knows when a file's reading starts
            return self._read(paths, False, on_done)
        finally:
            if helper is not None:
                helper.join()

    def shutdown(self) -> None:
        try:
            self.client.close()
        except Exception:  # noqa: BLE001 - a scheduler already gone
            pass
        self.close_cluster()

    def close_cluster(self) -> None:
        if self.cluster is not None:
            try:
                self.cluster.close()
            except Exception:  # noqa: BLE001
                pass
            self.cluster = None

    def __enter__(self) -> DaskReader:
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()

    # the work

    def _tools(self) -> dict[str, dict]:
        found = self.client.run(lambda dask_worker: getattr(dask_worker, "rasoat_tools", None) or tools_here())
        if not found:
            self.shutdown()
            raise ClusterError("no workers", "Cụm máy Dask không có máy đọc tệp (worker) nào đang chạy.")
        mine = code_version()
        other = sorted(addr for addr, t in found.items() if t["version"] != mine)
        if other:
            self.shutdown()
            raise ClusterError(f"version mismatch: {other}", "Các máy đọc tệp sau chạy phiên bản rasoat khác với máy "
                               f"này, hãy cài cùng một phiên bản: {', '.join(other)}.")
        return found

    def has(self, tool: str) -> bool:
        return any(t[tool] for t in self.tools.values())

    def _is_shared(self, paths: list[str]) -> bool:
        if self.shared is None:
            probes = [_probe(p) for p in paths[:3] if os.path.isfile(p)]
            seen = self.client.run(_sees, probes) if probes else {}
            self.shared = bool(seen) and all(seen.values())
        return self.shared

    def _task(self, path: str, whole: bool) -> Task:
        data = None
        if not self._is_shared([path]):
            try:
                data = Path(path).read_bytes()
            except OSError:
                data = b""  # the worker's reader says the file is empty or missing
        return Task(path, data, _suffix(path), whole, self.timeout, self.memory_limit, self.rules)

    def _submit(self, i: int, path: str, whole: bool, tool: str | None):
        resources = {tool: 1} if tool else None
        return self.client.submit(read_task, self._task(path, whole), resources=resources, pure=False,
                                  key=f"rasoat-read-{i}-{os.urandom(6).hex()}")

    def _read(self, paths: list[str], whole: bool, on_done=None) -> list[ReadResult]:
        results: list[ReadResult | None] = [None] * len(paths)
        if not paths:
            return []
        self._is_shared(paths)
        waiting = list(range(len(paths)))
        index: dict = {}  # future -> (i, tool)
        window = max(WINDOW * len(self.tools), 1)

        def finish(i: int, result: ReadResult) -> None:
            results[i] = result if self.shared else _sent_as(result, paths[i])
            if on_done:
                on_done(i)

        while waiting or index:
            while waiting and len(index) < window:  # the client holds only a window of files in flight
                i = waiting.pop(0)
                tool = _need(paths[i])
                if tool and not self.has(tool):
                    finish(i, self._no_tool(tool))
                    continue
                index[self._submit(i, paths[i], whole, tool)] = (i, tool)
            for future in self._finished(index):
                i, tool = index.pop(future)
                result = self._outcome(future)
                needed = MISSING_CODE.get(result.code)
                if needed and needed != tool:  # e.g. a PDF that turned out to be a scan: to a worker with the tool
                    if self.has(needed):
                        index[self._submit(i, paths[i], whole, needed)] = (i, needed)
                        continue
                    result = self._no_tool(needed)
                finish(i, result)
        return results  # type: ignore[return-value]

    def _finished(self, index: dict) -> list:
        """The futures finished next; the run fails cleanly when the scheduler is gone."""
        from distributed import wait

        while True:
            try:
                finished, _ = wait(list(index), timeout=2.0, return_when="FIRST_COMPLETED")
            except TimeoutError:
                finished = set()
            except Exception:  # noqa: BLE001 - the client lost its scheduler
                finished = set()
            if finished:
                return [f for f in index if f in finished]
            if self.client.status != "running":
                raise ClusterError("scheduler lost", "Mất kết nối tới máy điều phối Dask trong khi đọc tệp; lần "
                                                     "chạy dừng lại, kết quả cũ được giữ nguyên.")

    @staticmethod
    def _outcome(future) -> ReadResult:
        from distributed import KilledWorker

        try:
            result = future.result()
            return pickle.loads(result) if isinstance(result, bytes) else result
        except KilledWorker:
            return ReadResult(None, "crashed", "Máy đọc tệp trong cụm Dask bị dừng đột ngột hai lần khi đọc tệp "
                                               "này (tệp hỏng hoặc quá phức tạp).")
        except Exception as exc:  # noqa: BLE001 - one file's failure is its own error row
            return ReadResult(None, "internal", f"Lỗi khi đọc tệp trên cụm Dask ({type(exc).__name__}); hãy mở tệp "
                                                "kiểm tra bằng tay.")

    @staticmethod
    def _no_tool(tool: str) -> ReadResult:
        return ReadResult(None, "ocr_unavailable" if tool == "ocr" else "converter_unavailable",
                          f"Không máy nào trong cụm Dask có {TOOL_VI[tool]}; hãy cài cho ít nhất một máy đọc tệp "
                          "(xem scripts/dask-worker.sh).")
