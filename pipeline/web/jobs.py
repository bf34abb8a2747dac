"""Checks started from the page: one at a time per round, each in a thread of the server
that calls the same API as the command line (``api.check_options``), so that closing the
tab stops nothing. The run's reading processes are spawned, never forked from the server's
threads. A run started from the command line on the same round holds the same lock
(``api.run_lock``): the page sees it and does not start another."""

from __future__ import annotations

import threading

from ..api import RunBusy, check_options, running
from ..errors import ReadError
from ..progress import ProgressFile
from .store import Round, Store


class Jobs:
    def __init__(self, store: Store, jobs: int | None = None):
        self.store = store
        self.jobs = jobs
        self._threads: dict[int, threading.Thread] = {}
        self._lock = threading.Lock()

    def busy(self, rnd: Round) -> dict | None:
        """The run going on for this round (from this page or the command line), or None."""
        thread = self._threads.get(rnd.id)
        if thread is not None and thread.is_alive():
            return running(rnd.out) or {"started": "vừa xong"}
        return running(rnd.out)

    def start(self, rnd: Round) -> str | None:
        """Start a check of the round; a message when it cannot start now."""
        with self._lock:
            going = self.busy(rnd)
            if going is not None:
                return f"Đang có một lần rà soát chạy (bắt đầu lúc {going.get('started', '?')}); hãy đợi lần đó xong."
            (rnd.out / ProgressFile.NAME).unlink(missing_ok=True)  # the last run's end is not this one's
            thread = threading.Thread(target=self._run, args=(rnd,), name=f"rasoat-round-{rnd.id}", daemon=True)
            self._threads[rnd.id] = thread
            thread.start()
        return None

    def wait(self, rnd: Round, timeout: float | None = None) -> None:
        thread = self._threads.get(rnd.id)
        if thread is not None:
            thread.join(timeout)

    def _run(self, rnd: Round) -> None:
        from ..checking import CheckOptions

        run_id = self.store.run_started(rnd)
        try:
            options = CheckOptions(rnd.plan_path, rnd.inbox, roster=rnd.roster, register=rnd.register,
                                   jobs=self.jobs, method="spawn")
            check_options(options, rnd.out)
        except RunBusy as exc:
            self.store.run_ended(run_id, "busy", exc.message)
        except ReadError as exc:
            self.store.run_ended(run_id, "failed", exc.message)
        except Exception as exc:  # noqa: BLE001 - a run's crash never takes the server down
            self.store.run_ended(run_id, "failed", f"Lỗi chương trình khi rà soát ({type(exc).__name__}).")
        else:
            self.store.run_ended(run_id, "done")
