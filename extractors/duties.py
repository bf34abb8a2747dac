"""Duties a plan assigns, and the bodies that hold them.

From the assignment part ("Tổ chức thực hiện", "Phân công nhiệm vụ", …,
whatever its number): each paragraph under a body's heading is one duty of that
body. From assignment tables (TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp
| Thời gian): one duty per row. When a plan has neither, sentences that make a
body the subject of an obligation ("Giao Phòng Nội vụ …", "Phòng X có trách
nhiệm …") give the duties.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from pipeline.model import Duty, Section
from pipeline.normalize import fold

from .bodies import Body, canonical_body, find_bodies
from .dates import find_dates

DATA = Path(__file__).parent / "data"
_DASH = re.compile(r"^\s*[-–—•+*]\s*")


@lru_cache(maxsize=1)
def words() -> dict:
    return yaml.safe_load((DATA / "duty_words.yaml").read_text(encoding="utf-8"))


def _starts(text: str, cues: list[str]) -> bool:
    key = fold(text)
    return any(key == c or key.startswith(c + " ") for c in cues)


def is_assignment_section(title: str) -> bool:
    key = fold(title)
    return any(c in key for c in words()["assignment_sections"])


def _deadline(text: str, year: int | None) -> str | None:
    hits = find_dates(text, year)
    for h in hits:
        if h.kind == "deadline":
            return h.value
    return None


def collaborators(text: str, holder: Body | None) -> list[str]:
    """Bodies named after "phối hợp (với)" in the duty's text."""
    key = text.lower()
    at = key.find("phối hợp")
    if at < 0:
        return []
    out: list[str] = []
    for b in find_bodies(text[at:]):
        if holder is not None and b.body_id == holder.body_id:
            continue
        if b.name not in out:
            out.append(b.name)
    return out


def _role(heading: str, text: str) -> str:
    if _starts(heading, words()["requested_cues"]) or _starts(text, words()["requested_cues"]):
        return "requested"
    if _starts(heading, ["doi voi"]) and not _starts(heading, ["doi voi cac phong", "doi voi phong"]):
        return "requested"  # "Đối với Ủy ban nhân dân tỉnh": a report's recommendation upward
    if _starts(text, words()["support_cues"]):
        return "support"
    return "lead"


def _duty(section: Section, n: int, holder: Body, heading: str, text: str, year: int | None) -> Duty:
    text = _DASH.sub("", text).strip()
    return Duty(
        id=f"{section.id}-{n}",
        section=section.id,
        body=holder.name,
        body_id=holder.body_id,
        role=_role(heading, text),
        text=text,
        deadline=_deadline(text, year),
        collaborators=collaborators(text, holder),
    )


_PREFIX = re.compile(r"^\s*(Kính đề nghị|Đề nghị|Đối với|Giao cho|Giao|Yêu cầu)\s+", re.I)


def heading_holder(title: str, grouping: bool = False) -> Body | None:
    """The holder a heading of the assignment part names, as the heading names it.

    "Phòng Giáo dục Trung học", "Lãnh đạo Phòng", "Trưởng các thôn" are holders even
    when the gazetteer does not know them; a heading that is a sentence ("Phòng X chủ
    trì, phối hợp …") gives the body it starts with. A grouping heading (with sub-headings
    of its own) is a holder only when it names a known body.
    """
    clean = _PREFIX.sub("", title).strip(" .:;")
    body = canonical_body(clean)
    if grouping or not clean:
        return body
    sentence = len(clean) > 150 or any(f" {c} " in f" {fold(clean)} " for c in words()["obligation_cues"])
    if sentence:
        return body
    if body is not None and body.end >= len(clean) - 1:
        return body
    from pipeline.normalize import slugify

    from .bodies import canonical_name

    name = canonical_name(clean)
    collective = bool(body and body.collective) or fold(clean).startswith("cac ")
    return Body(name=name, body_id=slugify(name), kind=body.kind if body else "other", collective=collective,
                member_kinds=body.member_kinds if body else [], member_localities=body.member_localities if body else [],
                start=0, end=len(clean), text=clean)


def _walk_assignment(section: Section, year: int | None, out: list[Duty], inherited: tuple[Body, str] | None,
                     top: bool = True) -> None:
    holder = None if top else heading_holder(section.title, grouping=bool(section.children) and not section.paragraphs)
    current = (holder, section.title) if holder else inherited
    if current and section.paragraphs:
        body, heading = current
        for n, para in enumerate(section.paragraphs, start=1):
            if _is_table_row(para, section) or is_closing(para):
                continue
            out.append(_duty(section, n, body, heading, para, year))
    elif section.paragraphs and not current:
        # paragraphs under the assignment heading itself: a body labelling its paragraph
        # ("- Công an xã: bảo đảm an ninh …"), or the sentence's subject; a paragraph that names
        # no body goes on with the duties of the one before it
        last: tuple[Body, str] | None = None
        for n, para in enumerate(section.paragraphs, start=1):
            if _is_table_row(para, section) or is_closing(para):
                continue
            labelled = _labelled(para)
            if labelled:
                body, head, rest = labelled
                out.append(_duty(section, n, body, head, rest, year))
                last = (body, head)
                continue
            subject = _subject(para)
            if subject:
                out.append(_duty(section, n, subject, para, para, year))
                last = (subject, para)
            elif last is not None and not _skip_continuation(para):
                out.append(_duty(section, n, last[0], last[1], para, year))
    for child in section.children:
        _walk_assignment(child, year, out, current, top=False)


_LABEL = re.compile(r"^\s*(?:[-–—•+*]\s*)?(?P<head>[^:;.]{3,120}?)\s*:\s*(?P<rest>\S.*)$", re.S)
_HOLDER_WORDS = ("cac ", "truong ", "ban ", "cong chuc", "to ", "doi ", "lanh dao ", "bo phan ", "tram ", "trung tam ",
                 "thon ", "ap ", "khom ", "hoi ", "doan ", "chi hoi ", "chi doan ")


def _labelled(para: str) -> tuple[Body, str, str] | None:
    """(holder, label, duty) of "- Công an xã: bảo đảm …" / "Đề nghị Ủy ban MTTQ xã: phối hợp …";
    None when the label is not a body ("Thời gian: …", "Kinh phí: …")."""
    m = _LABEL.match(para)
    if not m:
        return None
    head = m.group("head").strip()
    clean = _PREFIX.sub("", head).strip()
    if canonical_body(clean) is None and not fold(clean).startswith(_HOLDER_WORDS):
        return None
    body = heading_holder(head)
    return (body, head, m.group("rest").strip()) if body is not None else None


def _skip_continuation(para: str) -> bool:
    """A paragraph after a holder's that is not one of its duties: a general instruction, or
    an item with a label of its own ("- Thời gian: …", "- Kinh phí: …")."""
    m = _LABEL.match(para)
    if m and len(m.group("head").split()) <= 4:
        return True
    return fold(_DASH.sub("", para)).startswith(("cac co quan", "cac don vi", "cac bo phan"))


def is_closing(text: str) -> bool:
    """"Trên đây là Kế hoạch …", "Trong quá trình thực hiện, nếu có vướng mắc …"."""
    key = re.sub(r"[^a-z ]", "", fold(_DASH.sub("", text)))
    return any(key.startswith(c) for c in words()["closing_cues"])


def _is_table_row(para: str, section: Section) -> bool:
    return any(" | ".join(c.replace("\n", " ") for c in row) == para for t in section.tables for row in t)


def _subject(text: str) -> Body | None:
    """The body a sentence makes responsible: "Phòng X chủ trì …", "Giao Phòng X …"."""
    clean = _DASH.sub("", text)
    key = fold(clean)
    for verb in words()["assign_verbs"]:
        if key.startswith(verb + " "):
            clean = clean[len(verb) + 1:]
            break
    bodies = find_bodies(clean)
    if not bodies or bodies[0].start > 2:
        return None
    rest = fold(clean[bodies[0].end:bodies[0].end + 60])
    if any(cue in rest for cue in words()["obligation_cues"]) or fold(text).startswith(tuple(words()["assign_verbs"])):
        return bodies[0]
    return None


def _column(header: list[str], kind: str) -> int | None:
    names = words()["table_columns"][kind]
    best = None
    for i, cell in enumerate(header):
        key = fold(cell)
        for name in names:
            if key == name or key.startswith(name):
                if best is None or len(name) > best[1]:
                    best = (i, len(name))
    return best[0] if best else None


def table_duties(section: Section, year: int | None) -> list[Duty]:
    out: list[Duty] = []
    for ti, table in enumerate(section.tables, start=1):
        if len(table) < 2:
            continue
        header = table[0]
        lead = _column(header, "lead")
        content = _column(header, "content")
        if lead is None or content is None:
            continue
        support = _column(header, "support")
        time = _column(header, "time")
        for ri, row in enumerate(table[1:], start=1):
            if max(lead, content) >= len(row) or not row[content].strip():
                continue
            holders = find_bodies(row[lead]) or ([canonical_body(row[lead])] if canonical_body(row[lead]) else [])
            if not holders:
                continue
            text = row[content].strip()
            supporters = []
            if support is not None and support < len(row):
                supporters = [b.name for b in find_bodies(row[support])] or (
                    [row[support].strip()] if row[support].strip() else []
                )
            deadline = None
            if time is not None and time < len(row):
                hits = find_dates(row[time], year)
                deadline = hits[0].value if hits else None
            h = holders[0]
            out.append(Duty(id=f"{section.id}-t{ti}.{ri}" if section.id else f"t{ti}.{ri}", section=section.id,
                            body=h.name, body_id=h.body_id, role="lead", text=text,
                            deadline=deadline or _deadline(text, year),
                            collaborators=[b.name for b in holders[1:]] + supporters))
    return out


def extract_duties(sections: list[Section], year: int | None = None) -> list[Duty]:
    duties: list[Duty] = []

    def walk(secs: list[Section]) -> None:
        for s in secs:
            if is_assignment_section(s.title):
                _walk_assignment(s, year, duties, None)
            else:
                walk(s.children)

    walk(sections)

    def tables(secs: list[Section]) -> None:
        for s in secs:
            duties.extend(table_duties(s, year))
            tables(s.children)

    tables(sections)
    if any((d.section or "").startswith("PL") for d in duties):
        # "Các cơ quan, đơn vị thực hiện nhiệm vụ được phân công tại Phụ lục kèm theo": a pointer
        # to the appendix, whose rows are the duties
        duties = [d for d in duties if (d.section or "").startswith("PL") or "phu luc" not in fold(d.text)]
    if duties:
        return _dedupe(duties)

    # no assignment part: headings that name a body ("1. Trung tâm Y tế huyện") anywhere
    def body_headings(secs: list[Section]) -> None:
        for s in secs:
            if canonical_body(_PREFIX.sub("", s.title)) is not None and (s.paragraphs or not s.children):
                _walk_assignment(s, year, duties, None, top=False)
            else:
                body_headings(s.children)

    body_headings(sections)
    if duties:
        return _dedupe(duties)
    # no assignment part: obligations stated in sentences anywhere
    def sentences(secs: list[Section]) -> None:
        for s in secs:
            for n, para in enumerate(s.paragraphs, start=1):
                subject = _subject(para)
                if subject:
                    duties.append(_duty(s, n, subject, para, para, year))
            sentences(s.children)

    sentences(sections)
    return _dedupe(duties)


def _dedupe(duties: list[Duty]) -> list[Duty]:
    seen: set[str] = set()
    out = []
    for d in duties:
        if d.id in seen:
            continue
        seen.add(d.id)
        out.append(d)
    return out
