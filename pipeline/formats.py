"""Which format a file is in, judged from its bytes (the extension only breaks ties)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from .errors import CorruptFile, EmptyFile, EncryptedFile, UnsafeFile, UnsupportedFormat

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<meta|<p[\s>]|<div[\s>]|<table[\s>])", re.I)
# JPEG, PNG, TIFF (both byte orders), BMP, WebP, GIF: a photo or a scanner's image of a page
_IMAGE = re.compile(rb"\xff\xd8\xff|\x89PNG\r\n\x1a\n|II\*\x00|MM\x00\*|BM.{12}[\x0c(@l|\x80]\x00|RIFF.{4}WEBP|GIF8[79]a",
                    re.S)
_MD_HINT = re.compile(r"^(#{1,6} |\*\*|[-*] |\d+\. |> )", re.M)


def sniff(path: Path, head: bytes | None = None) -> str:
    """Return one of model.FORMATS, or raise a ReadError for what is not a document."""
    if head is None:
        with open(path, "rb") as fh:
            head = fh.read(8192)
    if not head or not head.strip(b"\x00 \t\r\n"):
        raise EmptyFile(f"{path.name}: no bytes")
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(path)
    if head.startswith(_OLE):
        return _sniff_ole(path)
    if head.startswith((b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c")):
        raise UnsupportedFormat(f"{path.name}: a RAR or 7z archive", ARCHIVE_MESSAGE)
    if _IMAGE.match(head):
        return "image"
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if _looks_binary(head):
        raise UnsupportedFormat(f"{path.name}: binary data of an unknown kind")
    if path.suffix.lower() in (".mht", ".mhtml") or (
            path.suffix.lower() != ".eml" and _WEB_ARCHIVE.search(head[:4096]) and not _MAIL_ONLY.search(head[:4096])):
        return "mht"  # (a web page Word saved as one file: a MIME message of its parts, not a mail)
    if path.suffix.lower() == ".eml" or _MAIL.match(head):
        return "eml"
    if _HTML.search(head[:2048].lstrip(b"\xef\xbb\xbf")):
        return "html"
    ext = path.suffix.lower()
    if ext in (".md", ".markdown"):
        return "md"
    if ext in (".html", ".htm"):
        return "html"
    if ext == ".csv":
        return "csv"
    return "txt"


ARCHIVE_MESSAGE = ("Tệp nén RAR hoặc 7z: chương trình chưa tự giải nén được loại này; hãy giải nén vào thư mục "
                   "văn bản đến rồi chạy lại.")
MAX_PART = 256 * 1024**2  # bytes one part of a DOCX/ODT may inflate to
MAX_RATIO = 200  # and how many times its compressed size, beyond 16 MB


def _sniff_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():  # sizes are checked before anything is inflated
                if info.file_size > MAX_PART or (
                    info.file_size > 16 * 1024**2 and info.file_size > MAX_RATIO * max(info.compress_size, 1)
                ):
                    raise UnsafeFile(f"{path.name}: {info.filename} inflates to {info.file_size} bytes")
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "ppt/presentation.xml" in names:
                return "pptx"
            if "mimetype" in names:
                mimetype = zf.read("mimetype")[:100]
                if b"opendocument.text" in mimetype:
                    return "odt"
                if b"opendocument.spreadsheet" in mimetype:
                    return "ods"
                if b"opendocument.presentation" in mimetype:
                    return "odp"
            if "xl/workbook.xml" in names:
                return "xlsx"
    except zipfile.BadZipFile as exc:
        raise CorruptFile(f"{path.name}: bad zip ({exc})") from exc
    except (OSError, EOFError, ValueError) as exc:
        raise CorruptFile(f"{path.name}: unreadable zip ({exc})") from exc
    if not names & {"[Content_Types].xml", "mimetype"}:  # a plain archive, not an Excel or other package
        raise UnsupportedFormat(f"{path.name}: a zip archive", "Đây là tệp nén (.zip), không phải một văn bản; "
                                "lệnh rà soát (check) tự giải nén và đọc từng tệp bên trong.")
    raise UnsupportedFormat(f"{path.name}: a zip archive that is not a Word, Excel or OpenDocument file")


def _sniff_ole(path: Path) -> str:
    """An OLE compound file: a Word 97-2003 .doc, or an encrypted OOXML package."""
    data = path.read_bytes()
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise EncryptedFile(f"{path.name}: password-protected Office document")
    if "WordDocument".encode("utf-16-le") in data:
        return "doc"
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return "xls"
    raise UnsupportedFormat(f"{path.name}: an Office file that is not a Word document or a spreadsheet (PowerPoint?)")


# a message saved from a mail client: it opens with its header fields
_WEB_ARCHIVE = re.compile(rb"\A\s*(?:[\w-]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){0,8}Content-Type:\s*multipart/related",
                          re.I)
_MAIL_ONLY = re.compile(rb"^(?:From|To|Subject|Received|Message-ID|Return-Path):", re.M | re.I)  # a mail's, not a page's
_MAIL = re.compile(rb"(?:(?:Received|Return-Path|Delivered-To|From|To|Subject|Date|MIME-Version|Message-ID|"
                   rb"Content-Type|X-[\w-]+): [^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){3,}", re.I)


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        # UTF-16 text has NULs in every other byte; anything else with NULs is binary.
        even, odd = head[0::2].count(0), head[1::2].count(0)
        return not (max(even, odd) > 0.3 * len(head) / 2 and min(even, odd) < 0.05 * len(head) / 2)
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > 0.1 * len(head)
