"""One reader per format behind one interface: ``read(path) -> RawDocument``.

The format comes from the file's bytes (``formats.sniff``), never from its
name alone. Every failure is a :class:`pipeline.errors.ReadError`.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

from ..errors import CorruptFile, FileMissing, ReadError
from ..formats import sniff
from ..model import RawDocument, Source


def sha256_of(path: Path) -> str:
    """The sha256 of a regular file's bytes; OSError for anything else (a named pipe or a
    device would block or never end)."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read(path: str | Path) -> RawDocument:
    path = Path(path)
    if not path.is_file():
        raise FileMissing(f"{path}: no such file")
    try:
        digest = sha256_of(path)
    except OSError as exc:
        raise FileMissing(f"{path}: {exc}") from exc
    source = Source(file=str(path), sha256=digest)
    fmt = sniff(path)
    source.format = fmt
    try:
        if fmt == "docx":
            from .docx import read_docx

            return read_docx(path, source)
        if fmt == "pdf":
            from .pdf import read_pdf

            return read_pdf(path, source)
        if fmt == "image":
            from .image import read_image

            return read_image(path, source)
        if fmt in ("doc", "rtf", "odt"):
            from .office import read_office

            return read_office(path, source)
        if fmt == "xlsx":
            from .sheet import read_xlsx

            return read_xlsx(path, source)
        if fmt in ("xls", "ods"):
            from .sheet import read_sheet

            return read_sheet(path, source)
        if fmt in ("pptx", "odp", "mht"):
            from .slides import read_mht, read_odp, read_pptx

            return {"pptx": read_pptx, "odp": read_odp, "mht": read_mht}[fmt](path, source)
        if fmt == "eml":
            from .mail import read_eml

            return read_eml(path, source)
        if fmt == "csv":
            from .sheet import read_csv

            return read_csv(path, source)
        if fmt == "html":
            from .text import read_html

            return read_html(path, source)
        from .text import read_text

        return read_text(path, source, markdown=(fmt == "md"))
    except ReadError:
        raise
    except MemoryError as exc:
        raise CorruptFile(f"out of memory reading {path.name}") from exc
    except RecursionError as exc:
        raise CorruptFile(f"structure nested too deeply in {path.name}") from exc
