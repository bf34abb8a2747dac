"""Zip archives in the inbox: e-mail attachments sent as one .zip.

A plain zip (not a Word or OpenDocument package) is unpacked, member by member,
into a private folder of the run (inside the out folder, removed after reading),
and each member becomes a file of the inbox of its own, named
``archive.zip/inside/name.docx``. Nothing inside is trusted: the declared sizes
are checked before anything is inflated (one member, and the whole archive), the
members' names are never used as paths on disk (path traversal), encrypted
members are listed with a reason, not opened. A zip inside the zip (a unit forwarding
what its sub-unit sent) is unpacked too, under the same limits, its members named
``archive.zip/inner.zip/name``; one level only: deeper archives, and other kinds
(.rar, .7z), are listed with a reason.
Names written by Windows without the zip's UTF-8 flag are decoded as UTF-8
when they are, else as Windows-1258.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .formats import MAX_PART, MAX_RATIO

MAX_MEMBERS = 1000
MAX_TOTAL = 512 * 1024**2  # bytes all members of one archive may inflate to (unpacked in the main process)
_ARCHIVE_EXT = re.compile(r"\.(zip|rar|7z|tar|gz|tgz|bz2|xz)$", re.I)


@dataclass
class Member:
    name: str  # as written in the archive, cleaned: "Phong Noi vu/KH 18.docx"
    path: Path | None  # where it was unpacked, or None
    problem: str = ""  # why it was not unpacked (Vietnamese)


def is_plain_zip(path: Path) -> bool:
    """A zip archive that is not itself a document (DOCX, ODT, XLSX …)."""
    try:
        with open(path, "rb") as fh:
            if fh.read(4) not in (b"PK\x03\x04", b"PK\x05\x06"):
                return False
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
    except (OSError, zipfile.BadZipFile, ValueError, EOFError):
        return False
    documentish = ("[Content_Types].xml", "mimetype", "word/document.xml")
    return not any(n in names for n in documentish)


def _name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    if not info.flag_bits & 0x800:  # not marked UTF-8: zipfile decoded it as cp437
        raw = name.encode("cp437", errors="replace")
        try:
            name = raw.decode("utf-8")
        except UnicodeDecodeError:
            name = raw.decode("cp1258", errors="replace")
    parts = [p for p in PurePosixPath(name.replace("\\", "/")).parts if p not in ("", ".", "..", "/")]
    return unicodedata.normalize("NFC", "/".join(parts)) or "(không tên)"


MAX_DEPTH = 1  # zips inside a zip that are unpacked: one level


def unpack(path: Path, folder: Path, depth: int = 0) -> list[Member]:
    """Unpack a plain zip into ``folder``; every member is listed, unpacked or with its problem.
    Raises zipfile.BadZipFile (or OSError) for an archive that cannot be opened at all."""
    members: list[Member] = []
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        total = sum(i.file_size for i in infos)
        whole_too_big = total > MAX_TOTAL or len(infos) > MAX_MEMBERS
        for index, info in enumerate(infos):
            name = _name(info)
            if whole_too_big:
                members.append(Member(name, None, "Tệp nén quá lớn hoặc quá nhiều tệp bên trong nên không giải "
                                                  "nén, để an toàn cho máy; hãy giải nén bằng tay rồi chạy lại."))
                continue
            if info.flag_bits & 0x1:
                members.append(Member(name, None, "Tệp trong tệp nén có đặt mật khẩu nên không đọc được."))
                continue
            if info.file_size > MAX_PART or (
                    info.file_size > 16 * 1024**2 and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
                members.append(Member(name, None, "Tệp có cấu trúc bất thường (bung ra quá lớn) nên không giải "
                                                  "nén, để an toàn cho máy."))
                continue
            inner_zip = name.lower().endswith(".zip") and depth < MAX_DEPTH
            if _ARCHIVE_EXT.search(name) and not inner_zip:
                members.append(Member(name, None, "Tệp nén nằm trong tệp nén: hãy giải nén bằng tay rồi chạy lại."))
                continue
            target = folder / f"{index:04d}{PurePosixPath(name).suffix[:12]}"
            try:
                with zf.open(info) as src, open(target, "wb") as dst:
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
                target.unlink(missing_ok=True)
                members.append(Member(name, None, f"Không giải nén được tệp này (tệp nén bị hỏng: {type(exc).__name__})."))
                continue
            if inner_zip and is_plain_zip(target):
                try:
                    inner = unpack(target, folder / f"{index:04d}.d", depth + 1)
                except (zipfile.BadZipFile, OSError, EOFError, ValueError):
                    members.append(Member(name, None, "Tệp nén bên trong bị hỏng, không giải nén được."))
                    continue
                members += [Member(f"{name}/{m.name}", m.path, m.problem) for m in inner]
                if not inner:
                    members.append(Member(name, None, "Tệp nén bên trong không chứa tệp nào."))
                continue
            members.append(Member(name, target))
    return members
