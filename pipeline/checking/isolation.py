"""Reading files in isolation: each file is read in a process apart from the run's own, with
a time limit and a memory cap, so that a file that hangs, exhausts memory or crashes its
reader becomes an error row and the batch goes on.

``LocalPool`` is the reading executor of a run on one machine. It has the shape of a
``concurrent.futures.Executor`` reduced to what a run needs (``map`` over paths in order,
``shutdown``, a context manager), so that another executor (a cluster's) can stand in its
place: anything with ``read_plan(path)`` and ``map(paths, on_done)`` returning
``ReadResult``s in the order of the paths.

A reading process is started with ``fork`` where the system has it (Linux: the warmed-up
libraries are shared) or ``spawn`` (Windows, macOS); it is handed the rules folder and the
scratch folder explicitly, and makes the scratch folder its own temporary folder (for
LibreOffice's conversions and the OCR images), so nothing is written anywhere else.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, NamedTuple, Protocol

from ..errors import NoText, ReadError
from ..model import Document

FILE_TIMEOUT = 600.0  # seconds for one file (a long scan is OCR'd at about 11 s a page)
MEMORY_LIMIT = 6 * 1024**3  # bytes of address space for the process reading one file
RECYCLE = 100  # files a reading process reads before a fresh one takes over (memory does not creep)


class ReadResult(NamedTuple):
    """What reading one file gave: the document, or an error code and the clerk's message."""
    doc: Document | None
    code: str = ""
    message: str = ""


class Reader(Protocol):
    """The reading executor a run uses (``LocalPool``, or a cluster's)."""

    def read_plan(self, path: Path) -> ReadResult: ...

    def map(self, paths: list[str], on_done: Callable[[int], None] | None = None,
            meanwhile: Callable[[], None] | None = None,
            on_start: Callable[[int], None] | None = None) -> list[ReadResult]: ...

    def shutdown(self) -> None: ...


def read_one(path: str) -> ReadResult:
    """An inbox file: every document it holds, slimmed for the run (``slim``)."""
    from ..parsing import parse

    try:
        doc = parse(path, split=True)
        if not any(b.text.strip() for b in doc.blocks):  # read, but nothing to review in it
            return ReadResult(None, NoText.code, " ".join([
                f"{NoText.message} Có thể là trang trắng, ảnh chụp quá mờ hoặc chỉ có hình; hãy mở tệp kiểm tra "
                "bằng tay."] + [w for w in doc.source.warnings if w]))
        slim(doc)
        return ReadResult(doc)
    except ReadError as exc:
        return ReadResult(None, exc.code, exc.message)
    except Exception as exc:  # noqa: BLE001 - a bug on one file must not stop the batch
        return ReadResult(None, "internal", f"Lỗi khi đọc tệp ({type(exc).__name__}); hãy mở tệp kiểm tra bằng tay.")


def read_whole(path: str) -> ReadResult:
    """The master plan: the whole document, with its text (a ReadError is its error)."""
    from ..parsing import parse

    try:
        return ReadResult(parse(path))
    except ReadError as exc:
        return ReadResult(None, exc.code, exc.message)


def slim(doc: Document) -> None:
    """What check keeps of an inbox document: header, citations, tasks, the heading tree's
    titles and the opening paragraphs, not the text they were taken from (the main process
    holds every document of the inbox, so each is sent, and cached, without it)."""
    def strip(sections) -> None:
        for s in sections:
            s.paragraphs, s.tables = [], []
            strip(s.children)

    for d in doc.documents:
        d.blocks, d.dates, d.duties = [], [], []
        strip(d.sections)


def _reader(conn, memory_limit: int | None, rules: str | None, scratch: str | None) -> None:
    """A reading process: read the files it is sent, one at a time ((path, whole) messages),
    and send back a ReadResult for each; stop at None, or after running out of memory."""
    import os
    import tempfile

    from .. import ruleset

    ruleset.use(rules)  # a spawned process does not inherit the office's rules
    if scratch:  # this process's temporary folder, and its children's (LibreOffice, tesseract)
        tempfile.tempdir = os.environ["TMPDIR"] = scratch
    # one thread for tesseract: the files are read in parallel by processes, which must not fight for cores
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    from ..readers.office import keep_libreoffice

    keep_libreoffice()  # one LibreOffice for this process's legacy files, not one per file
    if memory_limit:
        try:
            import resource  # not on Windows: there the time limit alone guards the batch

            resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
        except (ImportError, ValueError, OSError):
            pass
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            break
        if message is None:
            break
        path, whole = message
        exhausted = False
        try:
            result = read_whole(path) if whole else read_one(path)
        except MemoryError:
            result, exhausted = ReadResult(None, "memory", "Tệp quá lớn hoặc quá phức tạp, vượt giới hạn bộ nhớ "
                                                           "khi đọc."), True
        try:
            conn.send(result)
        except OSError:  # whoever asked is gone (a run stopped, a cluster worker killed)
            break
        except Exception:  # noqa: BLE001 - e.g. a result that cannot be pickled
            conn.send(ReadResult(None, "internal", "Lỗi khi đọc tệp; hãy mở tệp kiểm tra bằng tay."))
        if exhausted:
            break  # a process that ran out of memory is not trusted with another file
    from ..readers.office import close_kept

    close_kept()  # this process's LibreOffice, if it started one (a process ends without atexit)
    conn.close()


def start_method() -> str:
    """How reading processes start: ``fork`` where the system has it (Linux: the warmed-up
    libraries are shared), else ``spawn`` (Windows, macOS), where each process loads them."""
    import multiprocessing

    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


CRASHED = ReadResult(None, "crashed", "Chương trình đọc tệp bị dừng đột ngột (tệp hỏng hoặc quá phức tạp).")


class LocalPool:
    """``jobs`` reading processes on this machine, each with a memory cap; a file that takes
    longer than ``timeout`` seconds is given up (its process killed and replaced). A process
    reads file after file (forking one per file would cost more than reading many of them)."""

    def __init__(self, jobs: int, timeout: float = FILE_TIMEOUT, scratch: Path | None = None,
                 memory_limit: int | None = MEMORY_LIMIT, method: str | None = None, rules: Path | None = None,
                 raw: bool = False):
        """``rules``: the office's rule folder the reading processes use (default: this process's);
        ``raw``: results read are returned pickled, as the reading process sent them (bytes), to be
        passed on without being unpickled and pickled again here."""
        import multiprocessing

        from .. import ruleset

        self.jobs, self.timeout, self.memory_limit, self.raw = max(jobs, 1), timeout, memory_limit, raw
        self.scratch = str(scratch) if scratch else None
        self.method = method or start_method()
        rules = rules or ruleset.current()
        self.rules = str(rules) if rules else None
        self.ctx = multiprocessing.get_context(self.method)
        if self.method == "forkserver":  # a process with threads (a cluster worker) forks from a warm server
            self.ctx.set_forkserver_preload(["pipeline.checking.preload"])
        self.idle: list[list] = []  # [process, connection, files read]
        self.warmed = False
        self.helper = None  # the thread doing ``meanwhile``

    def __enter__(self) -> LocalPool:
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()

    def read_plan(self, path: Path) -> ReadResult:
        return self._run([(str(path), True)])[0]

    def map(self, paths: list[str], on_done: Callable[[int], None] | None = None,
            meanwhile: Callable[[], None] | None = None,
            on_start: Callable[[int], None] | None = None) -> list[ReadResult]:
        """Read every path; ``on_start(i)`` as each is handed to a process, ``on_done(i)`` as
        each is done. ``meanwhile``: work for this process while the others read (in a thread
        started once the first reading processes are running; no process is started while it runs)."""
        return self._run([(p, False) for p in paths], on_done, meanwhile, on_start)

    def shutdown(self) -> None:
        for worker in self.idle:
            self._retire(worker, kill=False)
        self.idle = []
        if self.helper is not None:
            self.helper.join()

    def _start(self) -> list:
        if self.helper is not None:
            self.helper.join()  # never fork while the helper thread may hold an import lock
        if self.method == "fork" and not self.warmed:
            from ..parsing import warm

            warm(Path(self.scratch) if self.scratch else None)  # loaded once, shared by every process
            self.warmed = True
        mine, theirs = self.ctx.Pipe(duplex=True)
        proc = self.ctx.Process(target=_reader, args=(theirs, self.memory_limit, self.rules, self.scratch),
                                daemon=True)
        proc.start()
        theirs.close()
        return [proc, mine, 0]

    @staticmethod
    def _retire(worker: list, kill: bool) -> None:
        proc, conn, _ = worker
        if kill:
            proc.kill()
        else:
            try:
                conn.send(None)
            except (OSError, ValueError):
                proc.kill()
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join()
        conn.close()

    def _run(self, messages: list[tuple[str, bool]], on_done=None, meanwhile=None, on_start=None) -> list[ReadResult]:
        results: list[ReadResult | None] = [None] * len(messages)
        pending = list(range(len(messages)))
        busy: dict[int, tuple[list, float]] = {}  # message index -> (worker, started)
        try:
            while pending or busy:
                self._hand_out(messages, pending, busy, on_start)
                if meanwhile is not None and self.helper is None:
                    import threading

                    self.helper = threading.Thread(target=_quietly, args=(meanwhile,), daemon=True)
                    self.helper.start()
                for i, result in self._collect(busy):
                    results[i] = result
                    if on_done:
                        on_done(i)
        finally:
            for worker, _ in busy.values():
                self._retire(worker, kill=True)
        return results  # type: ignore[return-value]

    def _hand_out(self, messages, pending: list[int], busy: dict, on_start=None) -> None:
        while pending and len(busy) < self.jobs:
            worker = self.idle.pop() if self.idle else self._start()
            i = pending.pop(0)
            try:
                worker[1].send(messages[i])
            except (OSError, ValueError):  # the process died while idle: another one
                self._retire(worker, kill=True)
                pending.insert(0, i)
                continue
            busy[i] = (worker, time.monotonic())
            if on_start:
                on_start(i)

    def _collect(self, busy: dict):
        """The (index, result) of every file finished (or given up) within the next 0.2 s."""
        from multiprocessing.connection import wait

        ready = wait([w[1] for w, _ in busy.values()], timeout=0.2)
        for i, (worker, started) in list(busy.items()):
            result, healthy = None, True
            if worker[1] in ready:
                try:  # raw: the result as the reading process pickled it, passed on as it is (a cluster worker)
                    result = worker[1].recv_bytes() if self.raw else worker[1].recv()
                except (EOFError, OSError):
                    result, healthy = CRASHED, False
            elif time.monotonic() - started > self.timeout:
                result, healthy = ReadResult(None, "timeout", f"Đọc tệp quá {int(self.timeout)} giây nên đã dừng "
                                                              "(tệp quá lớn hoặc bị lỗi)."), False
            if result is None:
                continue
            del busy[i]
            worker[2] += 1
            if not healthy or getattr(result, "code", "") == "memory":  # raw: a spent process is found at the next file
                self._retire(worker, kill=True)
            elif worker[2] >= RECYCLE:
                self._retire(worker, kill=False)
            else:
                self.idle.append(worker)
            yield i, result


def _quietly(work) -> None:
    try:
        work()
    except Exception:  # noqa: BLE001 - an optimisation: the work is done again where it is needed
        pass
