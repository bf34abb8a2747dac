"""Vietnamese typed without its marks ("Bao cao ket qua thuc hien Ke hoach so 58/KH-UBND …", a
mail from a computer whose Vietnamese keyboard failed): found, and given its marks back from
accented text.

Two lexicons do it. At reading (``pipeline/parsing.normalise``) only the phrases a document's
frame is read by (rules/accents.yaml: the Quốc hiệu, "Ủy ban nhân dân xã", "Kế hoạch", the date
line "ngày 10 tháng 6 năm 2026"), so that its issuer, number, date and the plan it cites are read;
the words of its work stay as typed. At matching (``checking/similarity.Similarity``) the run's own
accented texts (the plan above all, which names the same work) give every word back its marks,
so that "Ra soat ho dan vung nguy co sat lo" is compared as "Rà soát hộ dân vùng nguy cơ sạt lở".
A syllable is given the form its neighbours agree on: the longest run of syllables (up to four)
the lexicon knows, the commonest form of it.
"""

from __future__ import annotations

import re
from collections import Counter

from . import ruleset
from .normalize import fold

_TOKEN = re.compile(r"[^\W\d_]+|[\W\d_]+")
_LETTERS = re.compile(r"[^\W\d_]+")
LONGEST = 4


def _is_marked(syllable: str) -> bool:
    return fold(syllable) != syllable.lower()


def marked_share(text: str) -> tuple[float, int]:
    """The share of a text's syllables that carry a Vietnamese mark, and how many syllables."""
    syllables = _LETTERS.findall(text)
    if not syllables:
        return 0.0, 0
    return sum(_is_marked(s) for s in syllables) / len(syllables), len(syllables)


def unaccented(text: str) -> bool:
    """Whether a text is Vietnamese typed without its marks: enough syllables, hardly any marked
    (Vietnamese as written marks about two syllables in three), and most of them words Vietnamese
    spells (not English, not a list of abbreviations)."""
    rules = _rules()
    share, n = marked_share(text)
    if n < rules["min_syllables"] or share >= rules["max_marked_share"]:
        return False
    syllables = [s.lower() for s in _LETTERS.findall(text)]
    common = _common_syllables()
    return sum(s in common for s in syllables) >= rules["min_common_share"] * len(syllables)


class Lexicon:
    """Accented forms of syllable runs, by their folded keys, counted over accented texts."""

    def __init__(self, texts=()):
        self.forms: dict[tuple[str, ...], Counter] = {}
        for text in texts:
            self.add(text)

    def add(self, text: str) -> None:
        for run in _runs(text):
            words = [w.lower() for w in run]
            for n in range(1, LONGEST + 1):
                for i in range(len(words) - n + 1):
                    gram = tuple(words[i:i + n])
                    self.forms.setdefault(tuple(fold(w) for w in gram), Counter())[gram] += 1

    def __bool__(self) -> bool:
        return bool(self.forms)

    def restore(self, text: str) -> str:
        """``text`` with its unmarked syllables given the marks the lexicon knows for them."""
        tokens = _TOKEN.findall(text)
        out = list(tokens)
        i = 0
        while i < len(tokens):
            if not _LETTERS.fullmatch(tokens[i]) or _is_marked(tokens[i]):
                i += 1
                continue
            # the syllables from here, joined by single spaces only
            run = [i]
            j = i
            while len(run) < LONGEST and j + 2 < len(tokens) and tokens[j + 1] == " " and _LETTERS.fullmatch(tokens[j + 2]):
                j += 2
                run.append(j)
            for n in range(len(run), 0, -1):
                key = tuple(fold(tokens[k]) for k in run[:n])
                forms = self.forms.get(key)
                if forms:
                    best = forms.most_common(1)[0][0]
                    for k, form in zip(run[:n], best):
                        if out[k] == tokens[k]:  # (not marked yet by a longer run before)
                            out[k] = _cased(form, tokens[k])
                    # the runs overlap by a syllable: "Thuc hien Ke hoach" then "hoach so" ("số")
                    i = run[n - 1] if n > 1 else i + 1
                    break
            else:
                i += 1
        return "".join(out)


def _runs(text: str):
    """The runs of syllables a text holds between punctuation (a run is read as a phrase)."""
    for piece in re.split(r"[^\w\s]|\d|_|\n", text):
        words = _LETTERS.findall(piece)
        if words:
            yield words


def _cased(form: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return form.upper()
    if like[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


@ruleset.cached
def _rules() -> dict:
    return ruleset.load_yaml("accents.yaml")


@ruleset.cached
def _common_syllables() -> frozenset[str]:
    """Unmarked spellings of common Vietnamese syllables (those of the frame phrases and the
    rules' list), to tell Vietnamese typed without marks from English."""
    rules = _rules()
    words = set(rules["common_syllables"].split())
    for phrase in rules["frame_phrases"]:
        words.update(fold(w) for w in _LETTERS.findall(phrase))
    return frozenset(words)


@ruleset.cached
def frame_lexicon() -> Lexicon:
    """The phrases a document's frame is read by (rules/accents.yaml ``frame_phrases``), as runs of
    two syllables or more (a syllable alone is too ambiguous without its topic: "tai" is "tại" far
    more often than the "Tài" of "Sở Tài chính")."""
    lexicon = Lexicon(_rules()["frame_phrases"])
    lexicon.forms = {k: v for k, v in lexicon.forms.items() if len(k) >= 2}
    return lexicon


@ruleset.cached
def _frame_patterns() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(p, re.M), r) for p, r in _rules()["frame_patterns"]]


def restore_frame(text: str) -> str:
    """An unaccented text with its frame's phrases, its date line and its number marked (reading)."""
    for pattern, replacement in _frame_patterns():
        text = pattern.sub(replacement, text)
    return frame_lexicon().restore(text)
