"""Progress of a run: a rich progress bar on a terminal, plain lines otherwise."""

from __future__ import annotations

import sys


class Progress:
    def __init__(self, quiet: bool = False, stream=None):
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.bar = None
        self.total = 0
        self.done = 0

    def start(self, total: int) -> None:
        self.total, self.done = total, 0
        if self.quiet or total == 0:
            return
        if self.stream.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeRemainingColumn

            self.bar = Bar(TextColumn("Đang đọc văn bản"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                           TextColumn("{task.fields[name]}"), console=Console(file=self.stream), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("read", total=total, name="")
        else:
            print(f"Đọc {total} tệp ...", file=self.stream, flush=True)

    def advance(self, name: str) -> None:
        self.done += 1
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.update(self.task, advance=1, name=name[-40:])
        else:
            print(f"[{self.done}/{self.total}] {name}", file=self.stream, flush=True)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


class ProgressFile:
    """The state of a run, kept in a small JSON file of its out folder (``.progress.json``)
    for anyone who looks: the web page shows it, whether the run was started there or from
    the command line. Written at most every ``every`` seconds, and at each change of stage."""

    NAME = ".progress.json"

    def __init__(self, out, also=None, every: float = 0.3):
        from pathlib import Path

        self.path = Path(out) / self.NAME
        self.also = also  # another progress (the terminal's) told the same
        self.every = every
        self.state = {"state": "starting", "stage": "Đang đọc kế hoạch chung", "total": 0, "done": 0,
                      "reading": {}, "finished": [], "started": _now(), "updated": _now(), "message": ""}
        self._written = 0.0
        self._write(force=True)

    def start(self, total: int) -> None:
        self.state.update(state="reading", stage="Đang đọc các tệp nhận được", total=total, done=0)
        self._tell("start", total)
        self._write(force=True)

    def begin(self, name: str) -> None:
        self.state["reading"][name] = _now()
        self._tell("begin", name)
        self._write()

    def advance(self, name: str) -> None:
        began = self.state["reading"].pop(name, None)
        self.state["done"] += 1
        seconds = round(_now() - began, 1) if began else None
        self.state["finished"] = (self.state["finished"] + [[name, seconds]])[-200:]
        self._tell("advance", name)
        self._write()

    def stage(self, text: str) -> None:
        self.state.update(stage=text)
        self._tell("stage", text)
        self._write(force=True)

    def stop(self) -> None:
        self.state.update(state="judging", stage="Đang đối chiếu nhiệm vụ và ghi bảng tổng hợp", reading={})
        self._tell("stop")
        self._write(force=True)

    def finish(self, outcome: str, message: str = "") -> None:
        self.state.update(state=outcome, message=message, reading={})
        self._write(force=True)

    def _tell(self, what: str, *args) -> None:
        fn = getattr(self.also, what, None)
        if fn is not None:
            fn(*args)

    def _write(self, force: bool = False) -> None:
        import json
        import os

        now = _now()
        if not force and now - self._written < self.every:
            return
        self._written = now
        self.state["updated"] = now
        tmp = self.path.with_suffix(".tmp")
        try:
            tmp.write_text(json.dumps(self.state, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass  # the run goes on without its progress file

    @classmethod
    def read(cls, out) -> dict | None:
        import json
        from pathlib import Path

        try:
            return json.loads((Path(out) / cls.NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None


def _now() -> float:
    import time

    return time.time()
