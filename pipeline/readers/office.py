"""Legacy .doc, .rtf and .odt: converted to DOCX by LibreOffice headless, then read as DOCX.

LibreOffice starting cold costs about a second a file. A reading process therefore keeps one
LibreOffice running for its whole batch (``Converter``): started at the first legacy file,
driven through UNO by unoserver's converter (``python3-uno`` from Debian, the ``unoserver``
package from PyPI), restarted after a crash or a time-out, closed when the process ends. It
runs in the reading process's own process group, so that a reading process killed for its time
limit takes its LibreOffice with it. Where UNO is not installed, each file is converted by a
cold ``soffice --convert-to`` as before.

Every conversion runs in a private profile (so that it neither needs nor touches the user's
LibreOffice settings, and two runs can go in parallel), on a copy of the file with a plain
name, under a time limit.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from ..errors import ConverterFailed, ConverterTimeout, ConverterUnavailable
from ..model import RawDocument, Source
from .docx import read_docx

TIMEOUT = 180  # seconds


def soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        exe = shutil.which(name)
        if exe:
            return exe
    return None


def convert(path: Path, target: str, workdir: Path, timeout: float | None = None) -> Path:
    """Convert ``path`` with LibreOffice into ``workdir``; returns the new file. The kept
    LibreOffice of this process does it when UNO is installed, else a cold one."""
    converter = kept()
    if converter is not None:
        try:
            return converter.convert(path, target, workdir, timeout)
        except ConverterFailed:  # tried once more by a LibreOffice of its own (a kept one that broke)
            shutil.rmtree(workdir / "out", ignore_errors=True)
    return convert_cold(path, target, workdir, timeout)


def convert_cold(path: Path, target: str, workdir: Path, timeout: float | None = None) -> Path:
    """Convert ``path`` by starting LibreOffice for it alone (``soffice --convert-to``)."""
    timeout = TIMEOUT if timeout is None else timeout
    exe = soffice()
    if exe is None:
        raise ConverterUnavailable("LibreOffice (soffice) is not on PATH")
    src = workdir / ("input" + path.suffix.lower())
    shutil.copyfile(path, src)
    profile = workdir.resolve() / "profile"  # (a file URI needs an absolute path)
    outdir = workdir / "out"
    outdir.mkdir()
    cmd = [
        exe,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        target,
        "--outdir",
        str(outdir),
        str(src),
    ]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
        env={**os.environ, "HOME": str(workdir)},
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise ConverterTimeout(f"soffice took more than {timeout}s") from exc
    ext = target.split(":")[0]
    produced = list(outdir.glob(f"*.{ext}"))
    if not produced:
        raise ConverterFailed(
            f"soffice exited {proc.returncode}: {(err or out).decode(errors='replace').strip()[:300]}"
        )
    return produced[0]


def _uno():
    """The ``UnoConverter`` class of unoserver, or None when UNO (Debian's python3-uno) or
    unoserver is not installed. UNO's module is found where the system's LibreOffice keeps it,
    for this import only (the folder is not left on the import path), and the import hook UNO
    puts in place (for ``from com.sun.star… import``) is taken out again once unoserver is
    loaded: it would turn other libraries' "module not found" into a different error."""
    import builtins

    original = builtins.__import__
    try:
        if not _import_uno():
            return None
        from unoserver.converter import UnoConverter
    except ImportError:
        return None
    finally:
        builtins.__import__ = original
    return UnoConverter


def _import_uno() -> bool:
    try:
        import uno  # noqa: F401
        return True
    except ImportError:
        pass
    for folder in ("/usr/lib/python3/dist-packages", "/usr/lib/libreoffice/program"):
        if (Path(folder) / "uno.py").is_file():
            sys.path.append(folder)
            try:
                import uno  # noqa: F401
                return True
            except ImportError:
                continue
            finally:
                sys.path.remove(folder)
    return False


class Converter:
    """One LibreOffice kept running for a batch, in ``folder`` (its profile and copies)."""

    START_TIMEOUT = 60.0

    def __init__(self, folder: Path):
        self.folder = Path(folder).resolve()  # its profile is given to LibreOffice as a file URI
        self.proc: subprocess.Popen | None = None
        self.uno = None
        self.launcher = False

    def _start(self) -> None:
        import socket
        import time

        exe = soffice()
        if exe is None:
            raise ConverterUnavailable("LibreOffice (soffice) is not on PATH")
        self.folder.mkdir(parents=True, exist_ok=True)
        with socket.socket() as s:  # a free port on this machine only
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        profile = self.folder / "profile"
        office = Path(os.path.realpath(exe)).with_name("soffice.bin")  # the office itself, not its launcher
        cmd = [str(office) if office.is_file() else exe, f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--invisible", "--nologo", "--norestore", "--nolockcheck", "--nodefault",
               f"--accept=socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"]
        end = time.monotonic() + self.START_TIMEOUT
        self.proc = self._spawn(cmd)
        while True:
            try:
                self.uno = _uno()(interface="127.0.0.1", port=str(port))
                return
            except Exception as exc:  # noqa: BLE001 - UNO's NoConnectException while LibreOffice starts
                if self.proc.poll() == 81:  # a new profile made: LibreOffice asks to be started again
                    self.proc = self._spawn(cmd)
                elif self.proc.poll() is not None or time.monotonic() > end:
                    self.close()
                    raise ConverterFailed(f"LibreOffice did not start: {exc}") from None
                time.sleep(0.1)

    def _spawn(self, cmd: list[str]) -> subprocess.Popen:
        """The office itself dies with this process (``_die_with_parent``). A launcher (a
        wrapper script on PATH) starts it as a child of its own: that one gets a process group
        of its own, killed as a whole on ``close``."""
        self.launcher = not cmd[0].endswith("soffice.bin")
        return subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env={**os.environ, "HOME": str(self.folder)}, start_new_session=self.launcher,
                                preexec_fn=None if self.launcher else _die_with_parent)

    def convert(self, path: Path, target: str, workdir: Path, timeout: float | None = None) -> Path:
        """Like ``convert_cold``; a conversion that fails or overruns closes this LibreOffice
        (the next file starts a fresh one)."""
        timeout = TIMEOUT if timeout is None else timeout
        for attempt in (1, 2):  # a LibreOffice that crashed since the last file is found out here
            if self.proc is None or self.proc.poll() is not None:
                self.close()
                self._start()
            try:
                return self._once(path, target, workdir, timeout)
            except ConverterFailed:
                self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _once(self, path: Path, target: str, workdir: Path, timeout: float) -> Path:
        ext, _, filtername = target.partition(":")
        src = workdir / ("input" + path.suffix.lower())
        if not src.exists():
            shutil.copyfile(path, src)
        out = workdir / "out" / f"input.{ext}"
        out.parent.mkdir(exist_ok=True)
        failure: list[BaseException] = []

        def work() -> None:
            try:
                self.uno.convert(inpath=str(src), outpath=str(out), convert_to=ext, filtername=filtername or None)
            except BaseException as exc:  # noqa: BLE001 - told to the caller
                failure.append(exc)

        thread = threading.Thread(target=work, daemon=True)
        thread.start()
        thread.join(timeout)
        if thread.is_alive():
            self.close()  # the call returns with an error once its LibreOffice is gone
            raise ConverterTimeout(f"LibreOffice took more than {timeout}s")
        if failure or not out.is_file():
            raise ConverterFailed(f"LibreOffice could not convert: {failure[0] if failure else 'no output'}")
        return out

    def close(self) -> None:
        proc, self.proc, self.uno = self.proc, None, None
        if proc is None:
            return
        try:
            os.killpg(proc.pid, signal.SIGKILL) if self.launcher else proc.kill()
        except (ProcessLookupError, PermissionError):
            pass
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            pass


def _die_with_parent() -> None:
    """In the kept LibreOffice, before it starts (Linux): it is killed when the reading process
    that started it dies, even by SIGKILL for a time limit, so none is left running."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


_KEPT: list = []  # this process's converter: [Converter] once made, [None] when UNO is missing or not wanted
_KEEP = [False]  # whether this process keeps one (a reading process: ``keep_libreoffice``)


def keep_libreoffice() -> None:
    """Make this process keep one LibreOffice for the legacy files it reads. Only a reading
    process does (``checking.isolation``): UNO runs threads of its own, and a process that
    forks reading processes must not have them (a forked child would inherit a connection
    whose threads it lacks). Elsewhere each conversion starts LibreOffice cold."""
    _KEEP[0] = True


def kept() -> Converter | None:
    """This process's kept LibreOffice (made at the first legacy file), or None without UNO."""
    if not _KEEP[0]:
        return None
    if not _KEPT:
        if _uno() is None:
            _KEPT.append(None)
        else:
            _KEPT.append(Converter(Path(tempfile.mkdtemp(prefix="rasoat-lo-kept-"))))
            atexit.register(close_kept)
    return _KEPT[0]


def close_kept() -> None:
    """Close this process's kept LibreOffice and remove its folder (a reading process ends)."""
    converter = _KEPT[0] if _KEPT else None
    if converter is not None:
        converter.close()
        shutil.rmtree(converter.folder, ignore_errors=True)
    _KEPT.clear()


def read_office(path: Path, source: Source) -> RawDocument:
    with tempfile.TemporaryDirectory(prefix="rasoat-lo-") as tmp:
        docx_path = convert(path, "docx:MS Word 2007 XML", Path(tmp))
        raw = read_docx(docx_path, source)
    return raw
