"""Text normalisation: one spelling of the same Vietnamese text.

- Unicode NFC (text from Mac files and some PDFs arrives decomposed, NFD).
- One tone-mark placement: the "new" convention, tone on the first vowel of an
  open ``oa``/``oe``/``uy`` syllable (``hòa``, ``khỏe``, ``thủy``, ``Ủy``), as
  the decree and most current documents write it. Closed syllables (``hoàn``,
  ``thuyền``) and ``qu`` + vowel (``quý``) are the same in both conventions and
  are left alone.
- White space: non-breaking and other Unicode spaces become a plain space, zero-
  width characters and soft hyphens are dropped, runs of spaces collapse.
- Typographic quotes become straight quotes, and the dash family a hyphen-minus
  where it joins words ("Lao động – Thương binh" -> "Lao động - Thương binh").

Legacy-encoding repair (TCVN3, VNI) is NOT done here: it must run on the raw
text first, because TCVN3 uses the soft-hyphen code point for the letter "ư".
"""

from __future__ import annotations

import functools
import re
import unicodedata

_TONES = {
    "\u0300": "grave",
    "\u0301": "acute",
    "\u0303": "tilde",
    "\u0309": "hook",
    "\u0323": "dot",
}

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(
    map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"),
    " ",
)
_QUOTES = {
    ord("\u201c"): '"',
    ord("\u201d"): '"',
    ord("\u201e"): '"',
    ord("\u00ab"): '"',
    ord("\u00bb"): '"',
    ord("\u2018"): "'",
    ord("\u2019"): "'",
    ord("\u201a"): "'",
    ord("\u2032"): "'",
    ord("\u2013"): "-",  # en dash
    ord("\u2014"): "-",  # em dash
    ord("\u2012"): "-",
    ord("\u2212"): "-",  # minus sign
    ord("\u2010"): "-",
    ord("\u2011"): "-",
    ord("\u2026"): "...",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_MULTISPACE = re.compile(r"[ \t]+")

# An open syllable whose tone sits on the second vowel in the old convention:
# (letter before, not q/g for "uy"), o/u, then the toned a/e/y, then no letter.
# Works on NFD text: base vowel followed by its tone mark.
_OLD_TONE = re.compile(
    r"(?<![^\W\d_])(?<![\u0300-\u036f])"  # start of a word
    r"([^\W\d_]*?)"  # onset consonants (may be empty)
    r"([oOuU])"
    r"([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])"
    r"(?![^\W\d_]|[\u0300-\u036f])"  # end of the syllable
)


def _move_tone(match: re.Match[str]) -> str:
    onset, first, second, tone = match.groups()
    pair = (first + second).lower()
    if pair not in ("oa", "oe", "uy"):
        return match.group(0)
    if pair == "uy" and onset.lower().endswith("q"):
        return match.group(0)  # "quý": u belongs to the onset
    return onset + first + tone + second


_PAIRS = re.compile(r"[oOuU][\u0300\u0301\u0303\u0309\u0323]?[aAeEyY]|[òóõỏọÒÓÕỎỌùúũủụÙÚŨỦỤ][aAeEyY]|"
                    r"[oOuU][àáãảạèéẽẻẹỳýỹỷỵÀÁÃẢẠÈÉẼẺẸỲÝỸỶỴ]")


def normalize_tone_placement(text: str) -> str:
    """Move tone marks of open oa/oe/uy syllables to the first vowel."""
    if not _PAIRS.search(text) and not _PAIRS.search(unicodedata.normalize("NFC", text)):
        return unicodedata.normalize("NFC", text)  # no o/u + a/e/y pair: nothing can move
    decomposed = unicodedata.normalize("NFD", text)
    # Only the tone marks move; the vowel-quality marks (breve, circumflex, horn)
    # never occur on o/u + a/e/y pairs concerned here, so NFD is safe to scan.
    moved = _OLD_TONE.sub(_move_tone, decomposed)
    return unicodedata.normalize("NFC", moved)


def normalize_text(text: str) -> str:
    """Normalise one paragraph's text (idempotent)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_ZERO_WIDTH).translate(_SPACES).translate(_QUOTES)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    text = normalize_tone_placement(text)
    lines = [_MULTISPACE.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


_MARKS = {c: None for c in range(0x110000) if unicodedata.combining(chr(c))}


# The letters that carry Vietnamese marks (and đ), lower case; their capitals are their .upper().
VIETNAMESE_MARKED = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """A key for comparing names: normalised, lower case, without diacritics.

    "đ" is folded to "d" as well (it is a separate letter, not a mark, in Unicode).
    The same names are folded again and again: the results are remembered.
    """
    text = normalize_text(text).lower().replace("đ", "d")
    stripped = unicodedata.normalize("NFD", text).translate(_MARKS)
    return _MULTISPACE.sub(" ", stripped).strip()


def slugify(text: str) -> str:
    """The ASCII slug used for ids: "Phòng Lao động - TB&XH" -> "phong-lao-dong-tb-xh"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def date_text(iso: str | None) -> str | None:
    """"2023-02-10" -> "10/02/2023"; a month or a year as it is known."""
    if not iso:
        return None
    return "/".join(reversed(iso.split("-")))
