#!/usr/bin/env python3
"""Build corpus/fifty-third (UBND huyện Chợ Mới, tỉnh An Giang: Kế hoạch 86/KH-UBND ngày 12/3/2024,
phòng, chống sạt lở bờ sông, kênh rạch năm 2024; the units' replies bundled in .zip archives made on
Windows PCs) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers); the fixed-date text PDF is
corpus/twenty-fifth's fixed_pdf, loaded by path. New here:
  bundle   a .zip archive described by src/zip-*.yaml: its members, each rendered from its own source
           by a render.py renderer ("docx", "xlsx-report", "scan") or "pdf" (= fixed_pdf), or itself a
           zip (nested: "zip: [members]"). Written by hand (local headers, central directory, end
           record) as Windows writes it: MS-DOS host, archive attribute, deflate, a fixed date_time.
           Options of the yaml:
             names: "utf-8" (default; the UTF-8 flag set when a name is not ASCII) or "cp1258" (the
                    names written in the Vietnamese Windows code page WITHOUT the UTF-8 flag, as the
                    old "Send to > Compressed folder" did; a reader that follows the spec decodes them
                    as cp437 and shows garbage);
             password: traditional PKWARE encryption (ZipCrypto) of every member, with a fixed,
                    seeded encryption header (so the bytes are deterministic);
             truncate: keep only this fraction of the archive's bytes (a download cut short: no
                    central directory, nothing can be read).
Run:  /work/main/.venv/bin/python corpus/fifty-third/build.py   (= corpus/render.py fifty-third)
"""
import os
import random
import shutil
import struct
import sys
import tempfile
import unicodedata
import zlib

import yaml

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258(name):
    """A name in Windows-1258: precomposed where the code page has the letter, else the base
    letter (with its circumflex, breve or horn) followed by the combining tone mark."""
    out = b""
    for ch in unicodedata.normalize("NFC", name):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += base.encode("cp1258") + "".join(c for c in parts if c in TONES).encode("cp1258")
    return out


def dos_time(dt):
    y, mo, d, h, mi, s = dt
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


_CRC = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


class ZipCrypto:
    """The traditional PKWARE stream cipher (APPNOTE 6.1)."""

    def __init__(self, password):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in password:
            self.update(b)

    def update(self, b):
        k = self.k
        k[0] = (k[0] >> 8) ^ _CRC[(k[0] ^ b) & 0xFF]
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = (k[2] >> 8) ^ _CRC[(k[2] ^ (k[1] >> 24)) & 0xFF]

    def encrypt(self, data):
        out = bytearray()
        for b in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(b ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self.update(b)
        return bytes(out)


def zip_bytes(members, date_time, names="utf-8", password=None, seed=0):
    """[(name, bytes)] as a Windows-made zip archive."""
    rng = random.Random(seed)
    time_, date_ = dos_time(date_time)
    local, central = b"", b""
    for name, data in members:
        if names == "cp1258":
            raw, flags = cp1258(name), 0
        else:
            try:
                raw, flags = name.encode("ascii"), 0
            except UnicodeEncodeError:
                raw, flags = unicodedata.normalize("NFC", name).encode("utf-8"), 0x800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        body = co.compress(data) + co.flush()
        if password:
            flags |= 0x1
            z = ZipCrypto(password.encode("ascii"))
            head = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            body = z.encrypt(head + body)
        offset = len(local)
        common = struct.pack("<HHHHHIII", 20, flags, 8, time_, date_, crc, len(body), len(data))
        local += struct.pack("<I", 0x04034B50) + common + struct.pack("<HH", len(raw), 0) + raw + body
        central += (struct.pack("<IH", 0x02014B50, 20) + common
                    + struct.pack("<HHHHHII", len(raw), 0, 0, 0, 0, 0x20, offset) + raw)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(local), 0)
    return local + central + end


def _rendered(spec, profile, base):
    """The bytes of one member rendered from its source (or a nested zip); base: the options of
    render.yaml's row (style, parent_lines, time) under the member's own."""
    if "zip" in spec:
        return _bundle(spec, profile, base)
    tmp = tempfile.mkdtemp(prefix="render-53-")
    try:
        out = os.path.join(tmp, "member" + os.path.splitext(spec["name"])[1])
        opts = {k: R._option(v) for k, v in dict(base, **spec.get("options", {})).items()}
        src = os.path.join(SRC, spec["source"])
        if spec["renderer"] == "pdf":
            fixed_pdf(src, out, profile, **opts)
        elif spec["renderer"] == "scan":
            R.RENDERERS["scan"](src, out, profile=profile, **opts)
        else:
            R.RENDERERS[spec["renderer"]](src, out, **opts)
        with open(out, "rb") as fh:
            return fh.read()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _bundle(spec, profile, base):
    members = [(m["name"], _rendered(m, profile, base)) for m in spec["zip"]]
    data = zip_bytes(members, tuple(spec["date_time"]), spec.get("names", "utf-8"),
                     spec.get("password"), spec.get("seed", 53))
    if spec.get("truncate"):
        data = data[:int(len(data) * spec["truncate"])]
    return data


def bundle(src, out, profile=None, **base):
    with open(src, encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    with open(out, "wb") as fh:
        fh.write(_bundle(spec, profile, base))


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
