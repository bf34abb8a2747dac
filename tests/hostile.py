"""A hostile inbox, made by the tests (not committed): damaged, encrypted, empty,
bomb-like, entity-laden, mislabelled, oddly named and linked files, and a few
good ones among them. ``make_hostile_inbox(folder, good_docx, good_pdf)``
returns the number of files it made (links to outside and a directory loop
included, which are not files of the inbox)."""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path


def _flip(data: bytes, rng: random.Random, n: int) -> bytes:
    b = bytearray(data)
    for _ in range(n):
        i = rng.randrange(len(b))
        b[i] ^= 1 << rng.randrange(8)
    return bytes(b)


def _docx_with(good_docx: bytes, part: str, payload: bytes, compress: bool = True) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good_docx)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = payload if item.filename == part else src.read(item.filename)
            dst.writestr(item.filename, data, compress_type=zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED)
    return out.getvalue()


XXE = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
       b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
       b'<w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>')
LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
          + b']>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            b'<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')


def make_hostile_inbox(folder: Path, good_docx: Path, good_pdf: Path, outside: Path) -> int:
    rng = random.Random(2024)
    folder.mkdir(parents=True, exist_ok=True)
    docx = good_docx.read_bytes()
    pdf = good_pdf.read_bytes()
    made = 0

    def put(name: str, data: bytes) -> None:
        nonlocal made
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        made += 1

    put("tot/ke-hoach.docx", docx)
    put("tot/ke-hoach.pdf", pdf)
    for i in range(66):  # bit flips
        put(f"lat-bit/docx-{i:02d}.docx", _flip(docx, rng, 1 + i % 7))
        put(f"lat-bit/pdf-{i:02d}.pdf", _flip(pdf, rng, 1 + i % 7))
    for i in range(25):  # truncations
        cut = max(1, len(docx) * (i + 1) // 27)
        put(f"cat-ngan/docx-{i:02d}.docx", docx[:cut])
        put(f"cat-ngan/pdf-{i:02d}.pdf", pdf[: max(1, len(pdf) * (i + 1) // 27)])
    put("rong/rong.docx", b"")
    put("rong/rong.pdf", b"")
    put("rong/khoang-trang.txt", b"   \n\n\t  ")
    put("rong/nul.txt", b"\x00" * 100)
    # a zip bomb: document.xml that inflates 1000x to 200 MB
    bomb = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + b" " * (
        200 * 1024 * 1024) + b"</w:body></w:document>"
    put("bom/zip-bomb.docx", _docx_with(docx, "word/document.xml", bomb))
    del bomb
    put("bom/xxe.docx", _docx_with(docx, "word/document.xml", XXE))
    put("bom/billion-laughs.docx", _docx_with(docx, "word/document.xml", LAUGHS))
    put("bom/deep-nesting.docx", _docx_with(
        docx, "word/document.xml",
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + b"<w:sdt><w:sdtContent>" * 5000 + b"<w:p/>" + b"</w:sdtContent></w:sdt>" * 5000 + b"</w:body></w:document>"))
    put("sai-duoi/la-pdf.docx", pdf)
    put("sai-duoi/la-docx.pdf", docx)
    put("sai-duoi/anh.pdf", b"\x89PNG\r\n\x1a\n" + rng.randbytes(5000))
    put("sai-duoi/zip-khac.docx", _zip({"a.txt": b"x"}))
    put("ten la/Kế hoạch  (bản cuối) #1 & 50%.docx", docx)
    put("ten la/" + "rất-dài-" * 20 + ".txt", "Kế hoạch".encode())
    put("ten la/tab\tin name.txt", "Báo cáo".encode())
    put("mat-khau/co-mat-khau.pdf", _encrypted_pdf(good_pdf))
    put("trang/nghin-trang.pdf", _many_pages(1000))
    # links: one to a file outside the inbox, a directory loop
    os.symlink(outside, folder / "lien-ket-ra-ngoai.docx")
    os.symlink(folder, folder / "vong-lap")
    return made


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def _encrypted_pdf(pdf: Path) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(pdf)))
    writer.encrypt(user_password="x", owner_password="y", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _many_pages(n: int) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(n):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
