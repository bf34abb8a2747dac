"""Names of bodies and titles: abbreviations expanded, capitals put into normal case.

The data are rule files (``pipeline/rules/``: ``abbreviations.tsv``, ``name_case.tsv``,
``doc_types.tsv``, read through ``ruleset``) so that an office can extend them without code.
"""

from __future__ import annotations

import re

from . import ruleset
from .normalize import fold


@ruleset.cached
def _locality() -> re.Pattern:
    """A locality word that starts a place's name (bodies.yaml ``localities`` and ``hamlets``, and a
    numbered area: "KHU VỰC 2 - LAI CHÂU")."""
    g = ruleset.load_yaml("bodies.yaml")
    words = sorted([*g["localities"], *g["hamlets"]], key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r"|khu vực(?= \d))\b", re.I)


def _rows(name: str) -> list[list[str]]:
    return ruleset.load_rows(name)


@ruleset.cached
def doc_types() -> dict[str, str]:
    """Abbreviation -> type name ("KH" -> "Kế hoạch")."""
    return {code: name for code, name in _rows("doc_types.tsv") if not code.startswith("+")}


@ruleset.cached
def joint_suffixes() -> dict[str, str]:
    """The suffixes a qualified type adds to its number's code (code -> name: "LT" -> "liên
    tịch"), doc_types.tsv's "+" rows that have one."""
    return {code[1:]: name for code, name in _rows("doc_types.tsv") if code.startswith("+") and code[1:]}


@ruleset.cached
def type_qualifiers() -> tuple[str, ...]:
    """The words that qualify a type and leave it that type ("liên tịch", "hành động"): doc_types.tsv's "+" rows."""
    return tuple(name for code, name in _rows("doc_types.tsv") if code.startswith("+"))


def type_of_code(code: str, known=None) -> str | None:
    """The document type of a number's type code ("KH" -> "KH"; "KHLT", a joint Kế hoạch, -> "KH"),
    among ``known`` codes (the types of doc_types.tsv but the công văn's "CV", which a number
    never carries as its type); None when it names none."""
    known = [c for c in doc_types() if c != "CV"] if known is None else known
    by_upper = {c.upper(): c for c in known}
    for c in [code] + [code[:-len(s)] for s in joint_suffixes() if code.upper().endswith(s.upper()) and len(code) > len(s)]:
        if c.upper() in by_upper:
            return by_upper[c.upper()]
    return None


@ruleset.cached
def doc_type_by_name() -> dict[str, str]:
    """Folded type name -> abbreviation ("ke hoach" -> "KH")."""
    out = {fold(name): code for code, name in doc_types().items()}
    plain = list(out.items())
    for qualifier in type_qualifiers():  # "kế hoạch liên tịch" is a kế hoạch, "chương trình hành động" a chương trình
        out.update({f"{key} {fold(qualifier)}": code for key, code in plain})
    return out


@ruleset.cached
def abbreviations() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for abbr, expansion in sorted(_rows("abbreviations.tsv"), key=lambda r: -len(r[0])):
        out.append((re.compile(r"(?<![\w&-])" + re.escape(abbr) + r"(?![\w&-])"), expansion))
    return out


@ruleset.cached
def _case_table() -> list[tuple[str, str, str]]:
    """(folded key, normal form, the key in lower case with its marks, its kind: "" for a head,
    field or title, "phrase" or "topic"), longest first."""
    return sorted(((fold(r[0]), r[1], r[0].lower(), (r[2:] or [""])[0]) for r in _rows("name_case.tsv")),
                  key=lambda r: -len(r[0]))


def _marks_agree(text: str, key: str) -> bool:
    """Whether ``text`` (lower case) is ``key`` where it has its marks: "trưởng" is not
    "trường"; a text without marks (OCR lost them) agrees with any."""
    head = text[:len(key)]
    return head == key or fold(head) == head


def expand_abbreviations(name: str) -> str:
    for pattern, expansion in abbreviations():
        name = pattern.sub(expansion, name)
    # two abbreviations joined by "&" that the table does not know together are two names joined by
    # "và" ("TRƯỜNG TH&THCS NAM TRẠCH" is the Trường Tiểu học và Trung học cơ sở; "GD&ĐT" is in the
    # table as it is); not a firm's "A&B"
    joined = _AMPERSAND.sub(lambda m: f"{m.group(1)} và {m.group(2)}" if _known(m.group(1)) and _known(m.group(2))
                            else m.group(0), name)
    if joined != name:
        for pattern, expansion in abbreviations():
            joined = pattern.sub(expansion, joined)
    return re.sub(r"\s+", " ", joined).strip()


_AMPERSAND = re.compile(r"\b([A-ZĐ]{2,6})\s*&\s*([A-ZĐ]{2,6})\b")


def _known(abbreviation: str) -> bool:
    return any(pattern.fullmatch(abbreviation) for pattern, _ in abbreviations())


def _title_word(word: str) -> str:
    return word[:1].upper() + word[1:].lower() if word else word


def normal_case(name: str) -> str:
    """Put a name printed in capitals into normal case.

    "ỦY BAN NHÂN DÂN THỊ XÃ HƯƠNG TRÀ" -> "Ủy ban nhân dân thị xã Hương Trà";
    "PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" -> "Phòng Lao động - Thương binh và Xã hội".
    A name already in mixed case is returned as it is (abbreviations expanded).
    """
    name = re.sub(r"\s+", " ", name).strip()
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters if c.lower() != c.upper()):
        return expand_abbreviations(name)
    name = expand_abbreviations(name)
    words = name.split(" ")
    out: list[str] = []
    i = 0
    proper = False
    proper_next = False  # a whole name has been matched: a place may follow
    topic = False  # a head whose name goes on with a topic ("Ban Chỉ đạo phòng, chống …")
    table = _case_table()
    while i < len(words):
        if proper:
            m = _locality().match(" ".join(words[i:]).lower())
            if m and m.start() == 0 and words[i].isupper():  # "… SỐ 1 XÃ NAM LÝ": the place word in small letters
                out.append(m.group(1).lower())
                i += len(m.group(1).split(" "))
                continue
            numbered = fold(words[i]) == "so" and i + 1 < len(words) and words[i + 1][:1].isdigit()
            out.append("số" if numbered else _title_word(words[i]) if words[i].isupper() else words[i])
            i += 1
            continue
        if not words[i].isupper() and any(c.isalpha() for c in words[i]):
            # an expanded abbreviation, already cased; after a head it is the field
            # ("TRƯỜNG THPT THANH HÀ"): what follows is a proper name
            proper_next = proper_next or bool(out)
            out.append(words[i])
            i += 1
            continue
        rest = fold(" ".join(words[i:]))
        marked = " ".join(words[i:]).lower()
        for key, normal, key_marked, kind in table:
            if topic and kind != "phrase":
                continue  # in a topic, only phrases (and places, below)
            if (rest == key or rest.startswith(key + " ")) and _marks_agree(marked, key_marked):
                n = len(key.split(" "))
                chunk = normal if out else normal[:1].upper() + normal[1:]
                # a head and its field ("Sở" "Giáo dục và Đào tạo") make a whole name: what
                # follows it, when no entry or locality word, is a place ("ĐẮK LẮK"); so does a
                # Party committee named by its level ("HUYỆN ỦY" "THANH BA"); a phrase ("xã hội")
                # is neither
                if kind != "phrase":
                    proper_next = (bool(out) or fold(normal).endswith(" uy") or kind == "whole") and kind != "topic"
                topic = topic or kind == "topic"
                out.append(chunk)
                i += n
                break
        else:
            m = _locality().match(" ".join(words[i:]).lower())
            if m and m.start() == 0:
                n = len(m.group(1).split(" "))
                out.append(m.group(1).lower() if out else m.group(1).capitalize())
                i += n
                proper = True
                continue
            if proper_next and words[i].isupper():
                proper = True
                continue
            word = words[i]
            if not word.isupper():
                out.append(word)
            else:
                out.append(_title_word(word) if not out else word.lower())
            i += 1
    return " ".join(out)
