"""Vietnam's administrative units, before and after the 1 July 2025 reorganisation.

The names come from a kept library, ``vietnamadminunits`` (its database: 63 provinces with
their districts and communes, and the 34 provinces with the communes directly under them),
not from a hand-typed list. They answer one question for sender matching: are two places
written differently two different units, or one unit written with a misread letter? Two
names the library knows as different units of a level are different ("Đông Hòa" and "Tây
Hòa", "Ia Grai" and "Ia Grăng", "Phường 2" and "Phường 5"); a name it does not know (an OCR
misreading, a village) is the same as a known one only when a letter or two differ.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from .normalize import fold

# the level of each locality word as names write it (folded)
LEVEL = {"tinh": "province", "thanh pho": "city", "huyen": "district", "quan": "district", "thi xa": "district",
         "xa": "commune", "phuong": "commune", "thi tran": "commune", "dac khu": "commune"}


def _short(name: str) -> str:
    """"Thị xã Đông Hòa" -> "dong hoa"; "Phường 2" -> "2"."""
    key = fold(name)
    return re.sub(r"^(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\s+", "", key).strip()


@lru_cache(maxsize=1)
def _names() -> dict[str, frozenset[str]]:
    """Folded short names by level: "province", "district" (with cities under a province),
    "commune"; both eras together. Empty sets when the library is not installed."""
    try:
        from vietnamadminunits.database import get_data
    except ImportError:  # the check still works, only without the gazetteer's knowledge
        return {"province": frozenset(), "district": frozenset(), "commune": frozenset()}
    legacy = get_data(["province", "district", "ward"], "admin_units_legacy")
    current = get_data(["province", "ward"], "admin_units")
    provinces = {_short(r["province"]) for r in legacy + current if r.get("province")}
    districts = {_short(r["district"]) for r in legacy if r.get("district")}
    communes = {_short(r["ward"]) for r in legacy + current if r.get("ward")}
    return {"province": frozenset(provinces), "district": frozenset(districts), "commune": frozenset(communes)}


def level_of(word: str) -> str:
    """"district" for "huyen"; a "thành phố" is a province (Đà Nẵng) or a district (Quy Nhơn)."""
    return LEVEL.get(word, "district")


def known(place: str, level: str) -> bool:
    names = _names()
    if level == "city":
        return place in names["province"] or place in names["district"]
    return place in names.get(level, frozenset())


def same_place(a: str, b: str, level: str) -> bool:
    """Whether two folded place names (as written after their locality word) are one unit."""
    a, b = a.strip(), b.strip()
    if a == b:
        return True
    if re.search(r"\d", a + b):
        return False  # "Phường 2" is never "Phường 5"
    if known(a, level) and known(b, level):
        return False  # two units the library knows apart
    # a misread letter or two, as OCR makes them
    return Levenshtein.distance(a, b) <= (1 if min(len(a), len(b)) < 10 else 2) and min(len(a), len(b)) >= 4
