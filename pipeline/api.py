"""The Python interface of CONTRACT.md: ``check(plan, inbox, out, **options)``."""

from __future__ import annotations

from pathlib import Path

from contextlib import contextmanager

from .errors import ReadError


class ReviewFileError(ReadError):
    code = "review"


class RunBusy(ReadError):
    code = "busy"


LOCK = ".running"


@contextmanager
def run_lock(out: Path):
    """One run at a time in an out folder (the web page's and the command line's alike): a
    lock file holding the process id, taken over when that process is gone."""
    import json
    import os
    import time

    out.mkdir(parents=True, exist_ok=True)
    path = out / LOCK
    for _ in range(2):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            break
        except FileExistsError:
            holder = running(out)
            if holder is not None:
                raise RunBusy(str(path), f"Đang có một lần rà soát chạy trên thư mục này (bắt đầu lúc "
                                         f"{holder.get('started', '?')}); hãy đợi lần đó xong.") from None
            path.unlink(missing_ok=True)  # left by a run that was killed
    else:
        raise RunBusy(str(path), "Không tạo được khóa của lần rà soát.")
    os.write(fd, json.dumps({"pid": os.getpid(), "started": time.strftime("%H:%M:%S %d/%m/%Y")}).encode())
    os.close(fd)
    try:
        yield
    finally:
        path.unlink(missing_ok=True)


def running(out: Path) -> dict | None:
    """The run going on in an out folder ({"pid", "started"}), or None."""
    import json
    import os

    try:
        holder = json.loads((Path(out) / LOCK).read_text(encoding="utf-8"))
        os.kill(int(holder["pid"]), 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return holder
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return holder


def load_review(out: Path, review=None):
    """The clerk's corrections: from ``review`` when given (an unreadable one is an error), else
    from the spreadsheet the last run left in the out folder. Returns (Review or None, error
    message or None); the error is for an out-folder spreadsheet that cannot be read back,
    which is then left untouched."""
    from .review import ReviewError, read_review

    if review is not None:
        try:
            return read_review(Path(review)), None
        except ReviewError as exc:
            raise ReviewFileError(str(review), exc.message) from exc
    previous = Path(out) / "coverage.xlsx"
    if not previous.is_file():
        return None, None
    try:
        return read_review(previous), None
    except ReviewError as exc:
        return None, exc.message


def check(plan, inbox, out, roster=None, register=None, plan_due=None, report_due=None, jobs=None,
          progress=None, use_cache=True, timeout=None, review=None, rules=None, executor="local", scheduler=None,
          cluster_files="auto") -> dict:
    """Run the main job and write the out folder; returns the summary (summary.json).

    ``review``: a coverage.xlsx with the clerk's corrections to take in (default: the one the
    last run wrote in ``out``). ``rules``: a folder of the office's own rule files, each
    replacing the shipped file of its name (``pipeline/ruleset.py``). ``executor="dask"`` reads
    the files on a Dask cluster (``scheduler``: its address; None: a local one)."""
    from .checking import CheckOptions

    options = CheckOptions(Path(plan), Path(inbox), roster=roster, register=register, plan_due=plan_due,
                           report_due=report_due, jobs=jobs, timeout=timeout, rules=rules, executor=executor,
                           scheduler=scheduler, cluster_files=cluster_files)
    return check_options(options, out, progress=progress, use_cache=use_cache, review=review)


def check_options(options, out, progress=None, use_cache: bool = True, review=None) -> dict:
    """``check`` on a ``CheckOptions`` (what the CLI builds): the out folder is the run's work
    folder and, with ``use_cache``, its cache; an unchanged inbox returns the last summary."""
    out = Path(out)
    with run_lock(out):
        return _check_locked(options, out, progress, use_cache, review)


def _check_locked(options, out: Path, progress, use_cache: bool, review) -> dict:
    from . import ruleset
    from .progress import ProgressFile

    ruleset.use(options.rules)
    tracker = ProgressFile(out, also=progress)
    try:
        info = _check_run(options, out, tracker, use_cache, review)
    except BaseException as exc:
        tracker.finish("failed", getattr(exc, "message", "") or type(exc).__name__)
        raise
    tracker.finish("done")
    return info


def _check_run(options, out: Path, progress, use_cache: bool, review) -> dict:
    from .checking import fingerprint, run_check
    from .write import unchanged, write_run

    options.exclude = (*options.exclude, out)
    options.work_dir = out
    options.cache_dir = out if use_cache else None
    corrections, error = load_review(out, review)
    stamp = None
    if use_cache:
        stamp = fingerprint(options)
        has = corrections is not None and (corrections.verdicts or corrections.files or corrections.targets)
        stamp += ":" + (corrections.digest() if has else "unreadable" if error else "none")
        previous = unchanged(out, stamp)
        if previous is not None:  # nothing changed since the last run: its results stand
            return previous
    run = run_check(options, review=corrections, progress=progress)
    return write_run(run, out, stamp, review_error=error)
