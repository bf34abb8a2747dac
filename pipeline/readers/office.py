"""Legacy .doc, .rtf and .odt: converted to DOCX by LibreOffice headless, then read as DOCX.

Each conversion runs in a private temporary profile (so that it neither
needs nor touches the user's LibreOffice settings, and two runs can go in
parallel), on a copy of the file with a plain name, under a time limit that
kills the whole process group.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
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
    """Convert ``path`` with LibreOffice into ``workdir``; returns the new file."""
    timeout = TIMEOUT if timeout is None else timeout
    exe = soffice()
    if exe is None:
        raise ConverterUnavailable("LibreOffice (soffice) is not on PATH")
    src = workdir / ("input" + path.suffix.lower())
    shutil.copyfile(path, src)
    profile = workdir / "profile"
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


def read_office(path: Path, source: Source) -> RawDocument:
    with tempfile.TemporaryDirectory(prefix="rasoat-lo-") as tmp:
        docx_path = convert(path, "docx:MS Word 2007 XML", Path(tmp))
        raw = read_docx(docx_path, source)
    return raw
