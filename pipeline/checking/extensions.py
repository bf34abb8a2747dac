"""Deadlines moved after the plan: the issuer's own letters in the inbox that give the units more
time ("V/v gia hạn thời gian gửi báo cáo …"), for everyone or for one unit ("Sở Công Thương đồng
ý gia hạn thời gian gửi báo cáo đối với Ủy ban nhân dân xã Na Sầm đến trước ngày 22/5/2026").

A letter counts when the plan's issuer sent it and its subject says it extends (files.yaml
``extension_subject``); each of its sentences that grants more time (``extension_grant``, not a
unit's request the letter quotes, ``extension_asked``) gives the new day (the last date after
the words) for the units it names, or for every unit when it names none of them; for the units'
plans when it speaks of plans alone, else for their reports. A later letter overrides an earlier
one for the same units. A deadline the clerk gave (``--report-due``) holds over every letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.bodies import find_bodies
from extractors.dates import find_dates

from .. import ruleset
from ..model import Document, all_sections
from ..normalize import date_text, fold
from ..runmodel import FileResult, Role
from .classify import issuers_own
from .holders import Holder, name_score


@dataclass
class Extension:
    kind: str  # "plan" or "report"
    due: str
    body_ids: tuple[str, ...]  # () for every unit
    letter: FileResult


@ruleset.cached
def _rules() -> dict[str, re.Pattern]:
    data = ruleset.load_yaml("files.yaml")
    return {k: re.compile(data[k]) for k in ("extension_subject", "extension_grant", "extension_asked")}


def _sentences(doc: Document) -> list[str]:
    paras = [*doc.preamble, *(p for s in all_sections(doc.sections) for p in [s.title or "", *s.paragraphs])]
    return [s.strip() for p in paras for s in re.split(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])", p) if s.strip()]


def _named(sentence: str, holders: list[Holder]) -> tuple[str, ...]:
    """The holders a sentence names (the issuer and the bodies above it are none)."""
    out = []
    for body in find_bodies(sentence):
        score, best = max(((name_score(body.name, h.name), h.body_id) for h in holders), default=(0.0, ""))
        if score >= 90 and best not in out:
            out.append(best)
    return tuple(out)


def extensions(files: list[FileResult], plan: Document, holders: list[Holder]) -> list[Extension]:
    """The extensions the issuer's letters in the inbox grant, oldest letter first."""
    rules = _rules()
    found: list[Extension] = []
    letters = [u for f in files for u in f.units()
               if u.doc is not None and u.role not in (Role.UNIT_PLAN, Role.REPORT) and issuers_own(u.doc, plan)
               and rules["extension_subject"].search(fold(u.doc.meta.title or ""))]
    for fr in sorted(letters, key=lambda u: u.date or ""):
        year = int(fr.date[:4]) if fr.date else None
        for sentence in _sentences(fr.doc):
            key = fold(sentence)
            grant = rules["extension_grant"].search(key)
            if grant is None or rules["extension_asked"].search(key):
                continue
            days = [h.value for h in find_dates(sentence[grant.start():], year) if h.value and len(h.value) == 10]
            if not days:
                continue
            kind = "plan" if "ke hoach" in key[grant.start():] and "bao cao" not in key[grant.start():] else "report"
            found.append(Extension(kind, max(days), _named(sentence, holders), fr))
    return found


def _who(ext: Extension, holders: list[Holder]) -> str:
    names = [h.name for h in holders if h.body_id in ext.body_ids]
    return ", ".join(names) if names else "các đơn vị"


def extend_everyone(found: list[Extension], due: dict[str, str | None], holders: list[Holder],
                    fixed: tuple[str, ...] = ()) -> None:
    """The new day for every unit's plans or reports (``due``), from the latest letter for
    everyone; ``fixed``: the kinds whose day the clerk gave. Each letter says what it moved."""
    for ext in found:
        what = "kế hoạch" if ext.kind == "plan" else "báo cáo"
        ext.letter.add_message(f"Văn bản gia hạn của cơ quan ban hành kế hoạch: thời hạn gửi {what} của "
                               f"{_who(ext, holders)} đến {date_text(ext.due)}.")
        if not ext.body_ids and ext.kind not in fixed:
            due[ext.kind] = ext.due


def extend_units(found: list[Extension], files: list[FileResult], fixed: tuple[str, ...] = ()) -> None:
    """A unit's own new day, from the latest letter that names it (not one for everyone after it):
    its documents of the kind are due then, and say so."""
    own: dict[tuple[str, str], Extension] = {}
    for ext in found:
        if not ext.body_ids:
            own = {k: v for k, v in own.items() if k[1] != ext.kind}
        for b in ext.body_ids:
            own[(b, ext.kind)] = ext
    for fr in (u for f in files for u in f.units()):
        if fr.holder is None or fr.role not in (Role.UNIT_PLAN, Role.REPORT):
            continue
        kind = "plan" if fr.role == Role.UNIT_PLAN else "report"
        ext = own.get((fr.holder.body_id, kind))
        if ext is not None and kind not in fixed:
            fr.due = ext.due
            fr.add_message(f"Hạn gửi của đơn vị theo văn bản gia hạn {ext.letter.doc.meta.number or ext.letter.rel}: "
                           f"{date_text(ext.due)}.")
