"""Byte decoding and repair of pre-Unicode Vietnamese encodings.

The conversion tables for TCVN3 (ABC, ``.VnTime`` fonts), VNI (``VNI-Times``)
and VISCII come from ``viparse`` (MIT), used through its public ``fix`` and
``detect_text_encoding`` functions and its charmap framework. Its VNI table
lacks "ẳ"/"Ẳ" (VNI ``aú``/``AÚ``), which every gender-equality plan needs for
"bình đẳng": we add those two pairs to its table rather than write our own.
``tests/test_encoding.py`` checks the tables against independent encoders
(glibc iconv for TCVN3, a VNI encoder written from the published layout).

Detection order, per run of text: the font name first (a ``.Vn*`` font is
TCVN3, ``.Vn*H`` its upper-case variant, ``VNI*`` is VNI), then the text
itself for sources without fonts (plain text, HTML, PDF text layers).
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from functools import lru_cache

_LEGACY_NAMES = ("tcvn3", "vni", "viscii")


@lru_cache(maxsize=None)
def _charmap(name: str):
    from viparse.normalize.encodings import get_charmap
    from viparse.normalize.tables import build_charmap

    charmap = get_charmap(name)
    if charmap is None:
        raise KeyError(name)
    if name == "vni":
        known = {seq for seq, _ in charmap.pairs}
        extra = [(seq, uni) for seq, uni in (("aú", "ẳ"), ("AÚ", "Ẳ")) if seq not in known]
        if extra:
            charmap = build_charmap("vni", list(charmap.pairs) + extra)
    return charmap


def convert_legacy(text: str, encoding: str) -> str:
    """Convert text in a legacy encoding's surface characters to Unicode NFC."""
    from viparse.normalize.tables import convert

    return convert(text, _charmap(encoding))


@functools.lru_cache(maxsize=4096)
def legacy_font(font: str | None) -> tuple[str | None, bool]:
    """(encoding, upper) for a font name: (".VnTimeH") -> ("tcvn3", True)."""
    if not font:
        return None, False
    name = re.sub(r"^[A-Z]{6}\+", "", font.strip())  # PDF subset tag
    key = name.lower()
    if key.startswith(".vn"):
        # The ABC upper-case fonts end in H: .VnTimeH, .VnArialH, .VnAvantH ...
        base = re.sub(r"[-,](bold|italic|bolditalic|regular).*$", "", name, flags=re.I)
        return "tcvn3", base.endswith("H")
    if key.startswith("vni") or key.startswith("vni-"):
        return "vni", False
    if key.startswith("viscii") or key.startswith("vi-"):
        return "viscii", False
    return None, False


def repair_run(text: str, font: str | None) -> tuple[str, str | None]:
    """Repair one run of text given its font. Returns (text, encoding or None)."""
    encoding, upper = legacy_font(font)
    if encoding is None or not text:
        return text, None
    if _is_unicode_vietnamese(text):
        return text, None  # a Unicode run in a legacy-named font (re-typed later)
    out = convert_legacy(text, encoding)
    return (out.upper() if upper else out), encoding


# Letters only Unicode Vietnamese has: the Latin Extended Additional block and
# the horn/breve/stroke letters. A legacy surface never contains them.
_UNICODE_VI = re.compile(r"[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")


def _is_unicode_vietnamese(text: str) -> bool:
    return bool(_UNICODE_VI.search(unicodedata.normalize("NFC", text)))


def detect_legacy(text: str) -> str | None:
    """The legacy encoding a whole text is written in, judged from its content."""
    if len(text) < 20 or _is_unicode_vietnamese(text):
        return None
    import viparse

    found = viparse.detect_text_encoding(text)
    return found if found in _LEGACY_NAMES else None


def repair_paragraphs(paragraphs: list[str], encoding: str) -> list[str]:
    """Convert the paragraphs of a document detected as legacy as a whole.

    A paragraph that already holds Unicode Vietnamese is left alone: a document
    can mix legacy and Unicode text.
    """
    return [p if _is_unicode_vietnamese(p) else convert_legacy(p, encoding) for p in paragraphs]


# ---------------------------------------------------------------------------
# Bytes -> text


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Windows-1258 writes tones as combining marks after the base letter.
_CP1258_MARKS = re.compile(r"[A-Za-z\u00c2\u00ca\u00d4\u00e2\u00ea\u00f4\u0102\u0103\u01a0\u01a1\u01af\u01b0][\u0300\u0301\u0303\u0309\u0323]")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes. Returns (text, encoding name for ``source.encoding``).

    UTF-8/16/32 (with or without BOM) first, then the 8-bit Vietnamese encodings:
    TCVN3, VNI and VISCII by content, Windows-1258, and charset-normalizer's guess
    for anything else. Legacy text comes back converted to Unicode.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name.replace("-sig", "")
    utf16 = _sniff_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), "utf-16"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # UTF-8 that carries a legacy surface (a converted-without-care file)
        legacy = detect_legacy(text)
        if legacy:
            return convert_legacy(text, legacy), legacy
        return text, "utf-8"
    surface = data.decode("latin-1")
    legacy = detect_legacy(surface)
    if legacy:
        text = convert_legacy(surface, legacy)
        if legacy != "viscii":  # VISCII keeps letters in 0x80-0x9F; the others keep Windows punctuation there
            text = text.translate(_C1_AS_CP1252)
        return text, legacy
    try:
        cp1258 = data.decode("cp1258")
    except UnicodeDecodeError:
        cp1258 = None
    if cp1258 and len(_CP1258_MARKS.findall(cp1258)) >= 3:
        return unicodedata.normalize("NFC", cp1258), "cp1258"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    return data.decode("cp1252", errors="replace"), "cp1252"


_C1_AS_CP1252 = {
    b: bytes([b]).decode("cp1252", errors="ignore") or None for b in range(0x80, 0xA0)
}


def _sniff_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None
