"""The inbox: every file under it gets a ``FileResult``, whatever happens to it.

Walked once (links leading out are never followed, special files are not opened), zip
archives unpacked into the run's scratch folder (each member a file of the inbox), identical
files read once (the copy says what its original says), files read by an earlier run taken
from the cache, the rest handed to the reading executor. Also the incoming register.
"""

from __future__ import annotations

import csv
import os
import re
import stat
import zipfile
from pathlib import Path

from .. import ruleset
from ..normalize import fold
from ..runmodel import FileResult, FileStatus, Role
from .isolation import Reader, ReadResult


@ruleset.cached
def _rules() -> dict:
    return ruleset.load_yaml("files.yaml")


def links_out(path: Path, root: Path) -> bool:
    """A link that leads out of the inbox folder (``root``, resolved): never followed."""
    return path.is_symlink() and not str(path.resolve()).startswith(str(root) + os.sep)


def inbox_files(inbox: Path, exclude: tuple[Path, ...] = ()) -> list[tuple[str, Path]]:
    """Every file under the inbox (links to folders are not followed, a folder is walked once),
    as (path relative to the inbox, path); the folders in ``exclude`` (the out folder, when the
    clerk put it inside the inbox) are left out."""
    inbox = inbox.resolve()
    out = []
    seen_dirs = {os.path.realpath(p) for p in exclude}
    for root, dirs, files in os.walk(inbox, followlinks=False):
        real = os.path.realpath(root)
        if real in seen_dirs:
            dirs[:] = []
            continue
        seen_dirs.add(real)
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            out.append((path.relative_to(inbox).as_posix(), path))
    return out


def _original_key(rel: str) -> tuple[bool, int, str]:
    """Of identical files, the original sorts first: a name without a copy's mark, then the shortest."""
    name = Path(rel).name
    return (bool(re.search(_rules()["copy_mark"], name, re.I)), len(rel), rel)


class _Originals:
    """The original of each set of identical files (by SHA-256)."""

    def __init__(self):
        self.by_sha: dict[str, FileResult] = {}

    def admit(self, fr: FileResult, size: int) -> None:
        if size == 0:
            return  # empty files are each an error of their own, not copies of one another
        first = self.by_sha.get(fr.sha256)
        if first is None or _original_key(fr.rel) < _original_key(first.rel):
            self.by_sha[fr.sha256] = fr


def _walk(inbox: Path, exclude: tuple[Path, ...], unpack_dir: Path | None,
          originals: _Originals) -> list[FileResult]:
    """A result for every file under the inbox and every member of its zip archives."""
    from ..readers import sha256_of

    results: list[FileResult] = []
    root = inbox.resolve()
    for rel, path in inbox_files(inbox, exclude):
        fr = FileResult(rel=rel, path=path)
        results.append(fr)
        if links_out(path, root):
            fr.fail("Là liên kết (shortcut) trỏ ra ngoài thư mục văn bản đến: không đọc.")
            continue
        try:
            st = path.stat()
            if not stat.S_ISREG(st.st_mode):  # a named pipe, socket or device would block or never end
                fr.fail("Không phải là một tệp văn bản thông thường (ống dẫn, thiết bị hoặc socket): không đọc.")
                continue
            fr.sha256 = sha256_of(path)
        except OSError as exc:
            fr.fail(f"Không mở được tệp ({exc.strerror or exc}).")
            continue
        if unpack_dir is not None and _unpack(fr, unpack_dir / f"{len(results):05d}", results, originals):
            continue
        originals.admit(fr, st.st_size)
    return results


def _unpack(fr: FileResult, folder: Path, results: list[FileResult], originals: _Originals) -> bool:
    """A zip archive: its members become files of the inbox (``archive.zip/member``). False
    when the file is no plain zip archive."""
    from ..archives import is_plain_zip, unpack
    from ..readers import sha256_of

    if not is_plain_zip(fr.path):
        return False
    fr.role = Role.OTHER
    try:
        members = unpack(fr.path, folder)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        fr.fail(f"Tệp nén bị hỏng, không giải nén được ({type(exc).__name__}).")
        return True
    fr.status = FileStatus.UNRECOGNIZED
    fr.message = (f"Tệp nén chứa {len(members)} tệp; mỗi tệp bên trong có một dòng riêng ({fr.rel}/…)."
                  if members else "Tệp nén không chứa tệp nào.")
    for member in members:
        sub = FileResult(rel=f"{fr.rel}/{member.name}", path=member.path or fr.path)
        results.append(sub)
        if member.problem:
            sub.fail(member.problem)
            continue
        sub.sha256 = sha256_of(member.path)
        originals.admit(sub, member.path.stat().st_size)
    return True


def _store(fr: FileResult, result: ReadResult) -> None:
    if result.doc is None:
        fr.fail(result.message)
    else:
        fr.doc = result.doc


def read_inbox(inbox: Path, reader: Reader, progress=None, cache=None, meanwhile=None,
               exclude: tuple[Path, ...] = (), unpack_dir: Path | None = None) -> list[FileResult]:
    """Every file of the inbox, read by ``reader`` or told why not. ``unpack_dir``: where the
    members of zip archives are unpacked; without it an archive is an error row."""
    originals = _Originals()
    results = _walk(inbox, exclude, unpack_dir, originals)
    todo: list[FileResult] = []
    for fr in results:
        if fr.status != FileStatus.OK:
            continue
        first = originals.by_sha.get(fr.sha256, fr)
        if first is not fr:
            fr.status = FileStatus.DUPLICATE
            fr.message = f"Trùng nội dung với tệp {first.rel}"
        else:
            todo.append(fr)
    if cache is not None:  # a file already read by an earlier run with the same rules is not read again
        fresh = []
        for fr in todo:
            hit = cache.get(fr.sha256)
            if hit is None:
                fresh.append(fr)
            else:
                _store(fr, ReadResult(*hit) if isinstance(hit, tuple) else ReadResult(hit))
        todo = fresh
    if progress:
        progress.start(len(todo))
    extra = {}
    if progress is not None and hasattr(progress, "begin"):  # a progress that shows what is being read
        extra["on_start"] = lambda i: progress.begin(todo[i].rel)
    done = reader.map([str(f.path) for f in todo], lambda i: progress.advance(todo[i].rel) if progress else None,
                      meanwhile=meanwhile, **extra)
    for fr, result in zip(todo, done):
        _store(fr, result)
        if cache is not None:
            cache.put(fr.sha256, fr.doc if fr.doc is not None else tuple(result))
    for fr in results:
        if fr.status == FileStatus.DUPLICATE:
            fr.duplicate_of = originals.by_sha.get(fr.sha256)
    if progress:
        progress.stop()
    return results


def read_register(path: Path | None) -> dict[str, str]:
    """The office's incoming register: file name -> received date (ISO or dd/mm/yyyy)."""
    if path is None:
        return {}
    from extractors.dates import find_dates

    out: dict[str, str] = {}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    if not rows:
        return out
    header = [fold(c) for c in rows[0]]
    rules = _rules()
    fcol = next((i for i, h in enumerate(header) if h in rules["register_file_headers"]), 0)
    dcol = next((i for i, h in enumerate(header) if any(w in h for w in rules["register_date_words"])), 1)
    for row in rows[1:]:
        if len(row) <= max(fcol, dcol):
            continue
        raw = row[dcol].strip()
        value = raw if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw) else None
        if value is None:
            hits = find_dates(raw)
            value = hits[0].value if hits else None
        if value:
            out[row[fcol].strip()] = value
    return out
