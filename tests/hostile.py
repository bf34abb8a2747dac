"""A hostile inbox, made by the tests (not committed): damaged, encrypted, empty,
bomb-like, entity-laden, mislabelled, oddly named and linked files, and a few
good ones among them. ``make_hostile_inbox(folder, good_docx, good_pdf)``
returns the number of files it made (links to outside and a directory loop
included, which are not files of the inbox)."""

from __future__ import annotations

import io
import os
import random
import struct
import zipfile
import zlib
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
    put("mat-khau/co-mat-khau.docx", _encrypted_docx(docx))
    put("trang/ba-nghin-trang.pdf", _many_pages(3000))
    # an archive of attachments that inflates to gigabytes, and a RAR archive
    put("bom/tep-nen-bom.zip", _zip_by_hand([("Kế hoạch.docx", _spaces(2500))]))
    put("nen/van-ban.rar", b"Rar!\x1a\x07\x01\x00" + rng.randbytes(3000))
    # a zip bomb that inflates to gigabytes (2.5 GB of spaces in 2.6 MB), declared honestly
    put("bom/zip-bomb-gigabyte.docx", _zip_by_hand(_parts(docx, {"word/document.xml": _spaces(2500)})))
    # and one whose sizes lie: the directory says 1 KB, the data inflates to 200 MB
    put("bom/zip-bomb-noi-doi.docx", _zip_by_hand(_parts(docx, {"word/document.xml": _spaces(200)}),
                                                  lie={"word/document.xml": 1024}))
    # a page image of 20000 x 20000 pixels (400 MB when decoded) on an A4 page, and a page of
    # 5 x 5 metres (the largest PDF allows) holding an image: both look like scans
    put("anh/anh-khong-lo.pdf", _image_pdf(20000, 20000, (595, 842)))
    put("anh/trang-khong-lo.pdf", _image_pdf(2000, 2000, (14400, 14400)))
    # a page tree that contains itself, and a content stream of arrays nested 100,000 deep
    put("pdf-doc/cay-trang-vong-lap.pdf", _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                                 b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                                                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]))
    deep = b"[" * 100000 + b"]" * 100000
    put("pdf-doc/long-sau.pdf", _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                       b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                       b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                                       b"<< /Length %d >>\nstream\n%s\nendstream" % (len(deep), deep)]))
    # a named pipe: opening it to read would wait for ever
    os.mkfifo(folder / "ong-dan.docx")
    # links: one to a file outside the inbox, a directory loop
    os.symlink(outside, folder / "lien-ket-ra-ngoai.docx")
    os.symlink(folder, folder / "vong-lap")
    return made + 1  # the named pipe


def _encrypted_docx(docx: bytes) -> bytes:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(docx)).encrypt("matkhau", out)
    return out.getvalue()


class _Deflated:
    """A raw deflate stream of ``repeats`` copies of ``chunk``, built without compressing them
    all: each copy is flushed in full, so its compressed bytes do not depend on what came
    before and the same bytes stand for every copy."""

    def __init__(self, chunk: bytes, repeats: int, head: bytes = b"", tail: bytes = b""):
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        body = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
        self.data = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH) if head else b""
        self.data += body * repeats + c.compress(tail) + c.flush(zlib.Z_FINISH)
        self.size = len(head) + len(chunk) * repeats + len(tail)
        crc = zlib.crc32(head)
        adler = zlib.adler32(head)
        for _ in range(repeats):
            crc, adler = zlib.crc32(chunk, crc), zlib.adler32(chunk, adler)
        self.crc, self.adler = zlib.crc32(tail, crc), zlib.adler32(tail, adler)


_W = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'


def _spaces(megabytes: int) -> _Deflated:
    """A document.xml of ``megabytes`` MB of spaces."""
    return _Deflated(b" " * (1 << 20), megabytes, head=_W, tail=b"</w:body></w:document>")


def _parts(docx: bytes, replace: dict[str, _Deflated]) -> list[tuple[str, _Deflated]]:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        return [(i.filename, replace.get(i.filename) or _Deflated(b"", 0, tail=z.read(i.filename))) for i in z.infolist()]


def _zip_by_hand(parts: list[tuple[str, _Deflated]], lie: dict[str, int] | None = None) -> bytes:
    """A zip archive (deflated entries, Zip64 sizes) written field by field, so that a part can
    inflate to gigabytes without being compressed here, or declare a size it does not have."""
    lie = lie or {}
    local, central = bytearray(), bytearray()
    for name, part in parts:
        size = lie.get(name, part.size)
        raw = name.encode()
        extra = struct.pack("<HHQQ", 1, 16, size, len(part.data))
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, 0, 0x21, part.crc, 0xFFFFFFFF, 0xFFFFFFFF,
                             len(raw), len(extra))
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, 0, 0x21, part.crc, 0xFFFFFFFF,
                               0xFFFFFFFF, len(raw), len(extra), 0, 0, 0, 0, len(local))
        central += raw + extra
        local += header + raw + extra + part.data
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(central), len(local), 0)
    return bytes(local + central + end)


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of the given objects (numbered from 1; the first is the catalog), with its xref."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _image_pdf(width: int, height: int, page: tuple[int, int]) -> bytes:
    """One page showing a white greyscale image of width x height pixels, stretched over it."""
    row = b"\xff" * width
    rows = 1
    while len(row) * rows < 1 << 20 and rows < height:
        rows *= 2
    flate = _Deflated(row * rows, height // rows, tail=row * (height % rows))
    image = b"\x78\xda" + flate.data + struct.pack(">I", flate.adler)  # the zlib wrapping of FlateDecode
    content = b"q %d 0 0 %d 0 0 cm /Im0 Do Q" % page
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /XObject << /Im0 5 0 R >> >> "
        b"/Contents 4 0 R >>" % page,
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream" % (width, height, len(image), image),
    ])


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
