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
