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
from dataclasses import replace
from pipeline import ruleset
from pipeline.markers import DASH_MARK, ITEM_MARK, NUMBER_MARK
from pipeline.model import Duty, Section, all_sections
from pipeline.normalize import fold, normalize_text, slugify

from .bodies import Body, canonical_body, canonical_name, find_bodies, led_body, names_list
from .dates import deadline_of

_PLUS = re.compile(r"^\s*[+*]\s*")


@ruleset.cached
def words() -> dict:
    return ruleset.load_yaml("duty_words.yaml")


def _starts(text: str, cues: list[str]) -> bool:
    key = fold(text)
    return any(key == c or key.startswith(c + " ") for c in cues)


_HEADING_WORDS = 16  # (a heading longer than this is an item's sentence)


def is_assignment_section(title: str) -> bool:
    """A heading of the part that assigns work ("IV. TỔ CHỨC THỰC HIỆN", "III. NHIỆM VỤ, GIẢI PHÁP VÀ
    PHÂN CÔNG THỰC HIỆN"); not an item whose sentence holds the words ("c) Sở Xây dựng chủ trì
    kiểm tra …; kịp thời kiến nghị xử lý nhà đầu tư chậm tiến độ")."""
    key = fold(title)
    return any(c in key and (key.startswith(c) or len(key.split()) <= _HEADING_WORDS) for c in words()["assignment_sections"])


def _deadline(text: str, year: int | None) -> str | None:
    return deadline_of(text, year)


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
    if _starts(heading, [f"doi voi {b}" for b in words()["upward_bodies"]]):
        return "requested"  # "Đối với Ủy ban nhân dân tỉnh": a report's recommendation upward
    if _starts(text, words()["support_cues"]):
        return "support"
    return "lead"


def _is_item(title: str) -> bool:
    """A heading that is a sentence of work, not a name ("Là cơ quan thường trực, tham mưu …")."""
    return len(title) >= 40 or any(f" {c} " in f" {fold(title)} " for c in words()["obligation_cues"])


def _duty(section: Section, n: int, holder: Body, heading: str, text: str, year: int | None) -> Duty:
    text = DASH_MARK.sub("", text).strip()
    if heading == text and fold(text).startswith(fold(holder.text)) and holder.text:
        heading = ""  # "Sở Giáo dục và Đào tạo phối hợp với …": the role is in what follows the name
        text_for_role = text[len(holder.text):].strip(" ,:")
    else:
        text_for_role = text
    return Duty(
        id=f"{section.id}-{n}" if n else section.id,
        section=section.id,
        body=holder.name,
        body_id=holder.body_id,
        role=_role(heading, text_for_role),
        text=text,
        deadline=_deadline(text, year),
        collaborators=collaborators(text, holder),
    )


_ASKS = re.compile(r"^\s*(?:\d+[.)]\s*)?(Kính đề nghị|Đề nghị|Giao|Yêu cầu)\s+", re.I)
_PREFIX = re.compile(r"^\s*(Kính đề nghị|Đề nghị|Đối với|Giao cho|Giao|Yêu cầu|Trách nhiệm của|Nhiệm vụ của|Đồng chí|Đ/c)\s+",
                     re.I)

# what may follow a holder's name in its heading: "Phòng Y tế (cơ quan thường trực …)", "Phòng Y
# tế - cơ quan thường trực …", "Phòng Y tế, cơ quan thường trực …"
_APPOSITION = re.compile(r"^\s*(?:\(|[,:–—-]\s*(?:cơ quan|là|đơn vị|thường trực)\b)", re.I)


@ruleset.cached
def _not_holder_starts() -> tuple[str, ...]:
    return tuple(w + " " for w in words().get("not_holder_starts", []))


_BRACKETED_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
# a clause before the holder that sets the work beside the rest ("Ngoài các nội dung tại bảng,", "Bên cạnh đó,")
_LEAD_IN = re.compile(r"^(?:Ngoài|Bên cạnh|Đồng thời|Ngoài ra)\b[^,;:]{0,80},\s*", re.I)


@ruleset.cached
def _sentence_words() -> frozenset[str]:
    from .bodies import gazetteer

    return frozenset(gazetteer()["not_name_words"])


@ruleset.cached
def _portfolio() -> re.Pattern:
    """duty_words.yaml post_portfolio: a head's title with a portfolio names a person's post."""
    return re.compile(words()["post_portfolio"], re.I)


def _opens_sentence(rest: list[str]) -> bool:
    """Whether the words after a name start the rest of a sentence (bodies.yaml not_name_words,
    some of two syllables)."""
    said = " ".join(rest[:2]).lower()
    return any(said == w or said.startswith(w + " ") for w in _sentence_words() - {"và"})


def _as_named(text: str, body: Body | None = None) -> Body:
    """A holder as the text names it, known to the gazetteer (``body``, whose kind it keeps) or not
    ("Trưởng các thôn, tổ dân phố", a matrix column's "BCHQS xã"); "Các …" is a collective."""
    from pipeline.normalize import slugify

    from .bodies import canonical_name

    name = canonical_name(text)
    collective = bool(body and body.collective) or fold(text).startswith("cac ")
    return Body(name=name, body_id=slugify(name), kind=body.kind if body else "other", collective=collective,
                member_kinds=body.member_kinds if body else [], member_localities=body.member_localities if body else [],
                start=0, end=len(text), text=text)


# a person named before the post that holds the work ("Đồng chí Lê Văn Hùng - Chỉ huy trưởng …")
# (the title's "Đồng chí" is gone with the item's prefix)
_NAMED_POST = re.compile(r"^(?:(?:[Đđ]ồng chí|[Đđ]/c)\s+)?(?P<person>(?:\S+\s+){1,3}?\S+)\s*[-–]\s+(?P<post>\S.*)$")


def heading_holder(title: str, grouping: bool = False) -> Body | None:
    """The holder a heading of the assignment part names, as the heading names it.

    "Phòng Giáo dục Trung học", "Lãnh đạo Phòng", "Trưởng các thôn" are holders even
    when the gazetteer does not know them; a heading that is a sentence ("Phòng X chủ
    trì, phối hợp …") gives the body it starts with. A grouping heading (with sub-headings
    of its own) is a holder only when it names a known body.
    """
    clean = _PREFIX.sub("", title).strip(" .:;")
    named = _NAMED_POST.match(clean)
    if (named and all(w[:1].isupper() for w in named.group("person").split())
            and not starts_as_holder(named.group("person")) and canonical_body(named.group("person")) is None):
        clean = named.group("post")  # "Đồng chí Võ Đình Nam - Công chức Tư pháp - Hộ tịch": the post
    portfolio = _portfolio().search(clean)
    if portfolio and led_body(clean) is not None:  # a person's post: the whole title holds the duty
        from pipeline.normalize import slugify

        from .bodies import canonical_name

        head, tail = clean[:portfolio.end()], _BRACKETED_TAIL.sub("", clean[portfolio.end():]).strip(" .:;").split()
        # the portfolio ends where the rest of a sentence starts ("… phụ trách khối văn xã chỉ đạo …")
        cut = next((i for i in range(1, len(tail)) if _opens_sentence(tail[i:])), len(tail))
        clean = " ".join([head, *tail[:cut]])
        name = canonical_name(clean)
        return Body(name=name, body_id=slugify(name), kind="person", start=0, end=len(clean), text=clean)
    clean = led_body(clean) or clean  # "Giám đốc Sở Tài chính": the Sở holds the duty
    # what a name says of itself in brackets after it is no part of it ("Các khoa cận lâm sàng
    # (Khoa Xét nghiệm, Khoa Chẩn đoán hình ảnh)", "Phòng Tư pháp (cơ quan thường trực)")
    clean = _BRACKETED_TAIL.sub("", clean).strip(" .:;") or clean
    lead_in = _LEAD_IN.match(clean)
    if lead_in:  # "Ngoài các nội dung tại bảng tiến độ, Trung tâm Y tế huyện chỉ đạo …"
        after = canonical_body(clean[lead_in.end():])
        if after is not None and after.start == 0:
            clean = clean[lead_in.end():]
    body = canonical_body(clean)
    if grouping or not clean:
        return body
    sentence = len(clean) > 150 or any(f" {c} " in f" {fold(clean)} " for c in words()["obligation_cues"])
    if sentence:
        return body
    if body is not None and (body.end >= len(clean) - 1 or _APPOSITION.match(clean[body.end:])):
        return body
    chain = _joint_holders(clean)
    if chain:  # "Trách nhiệm của Sở Tài chính và Ban Quản lý Khu kinh tế tỉnh": the first; each holds it
        return chain[0]
    rest = clean[body.end:].split() if body is not None else []
    if body is not None and body.start <= 3 and len(rest) >= 3 and _opens_sentence(rest):
        # "Ủy ban MTTQ Việt Nam xã vận động các tổ chức …": a short sentence that opens with its
        # holder (its next word starts the rest of a sentence, bodies.yaml not_name_words)
        return body
    if (body is not None and _ASKS.match(title) and body.start <= 3 and len(rest) >= 5
            and fold(rest[0]) not in ("cac", "cua", "thuoc", "tai", "o")):
        # a request or order that goes on as a sentence ("Đề nghị Ủy ban MTTQ tỉnh tăng cường …"),
        # not a name the gazetteer knows in part ("Đề nghị Ủy ban nhân dân các tỉnh, thành phố …")
        return body
    if body is None and _organisation_heading().match(NUMBER_MARK.sub("", title).strip(" .:;")):
        # "6. Tổ chức Nước sạch Vùng cao (Highland Water Trust - HWT)", "Tổ chức Plan International":
        # an organisation known by a name in Latin letters, not the verb "tổ chức" before an event
        return _as_named(_BRACKETED_TAIL.sub("", clean).strip(" .:;") or clean)
    key = re.sub(r"[^a-z0-9 ]+", " ", fold(clean))
    key = re.sub(r"\s+", " ", key)
    if body is None and (not starts_as_holder(clean) or key.startswith(_not_holder_starts())):
        # "Phân công nhiệm vụ", "Chế độ thông tin, báo cáo": a topic; "Tổ chức lễ mít tinh …": an activity
        return None
    return _as_named(clean, body)


def _over_items(section: Section) -> bool:
    """A short item that only names the field of the items under it ("1. Quản lý cư trú, đi lại
    của người lao động nước ngoài:" over "a) Chỉ đạo …", "b) Định kỳ 06 tháng …"): no work of its
    own, no obligation cue in it; its items are the duties."""
    return (bool(section.children) and all(_is_item(c.title) for c in section.children)
            and len(section.title) < 80 and not any(f" {c} " in f" {fold(section.title)} " for c in words()["obligation_cues"]))


@ruleset.cached
def _organisation_heading() -> re.Pattern:
    """bodies.yaml organisation_heading: a heading that is an organisation's name."""
    return re.compile(ruleset.load_yaml("bodies.yaml")["organisation_heading"])


def _joint_holders(clean: str) -> list[Body]:
    """The bodies a heading names together and nothing else ("Sở Tài chính và Ban Quản lý Khu kinh
    tế tỉnh", "Sở Nội vụ, Sở Tài chính"), two or more; else none."""
    bodies = find_bodies(clean)
    if len(bodies) < 2 or bodies[0].start > 0:
        return []
    chain = [bodies[0]]
    for b in bodies[1:]:
        if not _JOINER.match(clean[chain[-1].end:b.start]):
            break
        chain.append(b)
    return chain if len(chain) >= 2 and chain[-1].end >= len(clean.rstrip(" .:;")) - 1 else []


def _walk_assignment(section: Section, year: int | None, out: list[Duty], inherited: tuple[Body, str] | None,
                     top: bool = True) -> None:
    start = len(out)
    _walk_one(section, year, out, inherited, top)
    chain = [] if top else _joint_holders(_PREFIX.sub("", section.title).strip(" .:;"))
    if chain:
        # a heading of bodies together: each holds the work under it that names no holder of its own
        joint: list[Duty] = []
        for d in out[start:]:
            joint.append(d)
            if d.body_id == chain[0].body_id and not fold(d.text).startswith(fold(chain[0].text)):
                joint += [replace(d, id=f"{d.id}-{k}", body=b.name, body_id=b.body_id)
                          for k, b in enumerate(chain[1:], start=2)]
        out[start:] = joint


def _walk_one(section: Section, year: int | None, out: list[Duty], inherited: tuple[Body, str] | None,
              top: bool = True) -> None:
    # a heading with sub-headings of its own groups holders ("1. Các sở, ngành"), unless every
    # sub-heading is an item of work ("a) Kiện toàn …", "b) Thường xuyên nhắc nhở …"): then it
    # is the holder of those items, known to the gazetteer or not ("Trưởng các thôn, tổ dân phố")
    grouping = (bool(section.children) and not section.paragraphs
                and not all(_is_item(c.title) for c in section.children))
    holder = None if top else heading_holder(section.title, grouping=grouping)
    heading = section.title
    asked = _ASKS.match(inherited[1]) if inherited is not None and holder is not None else None
    if asked and fold(asked.group(1)).endswith("de nghi") and not _ASKS.match(heading):
        # "7. Đề nghị Ủy ban MTTQ xã và các tổ chức chính trị - xã hội xã" / "b) Hội Nông dân xã
        # tuyên truyền …": each item names its holder, and is asked of it as its heading asks
        heading = f"{asked.group(1)} {heading}"
    current = (holder, heading) if holder else inherited
    if not top and holder is None and inherited is not None and _is_item(section.title):
        # a lettered or numbered item under a holder's heading that is itself a duty ("a) Là cơ
        # quan thường trực, tham mưu …"): its paragraphs go on with it
        body, heading = inherited
        rest = [p for p in section.paragraphs if not _is_table_row(p, section) and not is_closing(p)]
        if rest or not _over_items(section):
            out.append(_duty(section, 0, body, heading, " ".join([section.title, *rest]), year))
        for child in section.children:
            _walk_assignment(child, year, out, inherited, top=False)
        return
    named = led_body(_PREFIX.sub("", section.title).strip(" .:;")) or section.title
    general = fold(named).startswith(tuple(words()["general_starts"]))  # "Thủ trưởng các cơ quan, đơn vị …"
    if (not top and holder is not None and _is_item(section.title)
            and not [p for p in section.paragraphs if not is_closing(p)] and not section.children and not general):
        # "2. Văn phòng Điều phối … là cơ quan thường trực, có trách nhiệm …": the numbered
        # sentence that names its holder is the duty
        out.append(_duty(section, 0, holder, heading, section.title, year))
        return
    if (not top and holder is not None and _ASKS.match(section.title) and not general
            and not section.title.rstrip().endswith(":") and len(section.title.split()) - len(holder.name.split()) >= 8):
        # "5. Giao Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường học …", then a paragraph of
        # more work ("Phối hợp với …"): the order in the heading is a duty, and so is what follows
        out.append(_duty(section, 0, holder, section.title, section.title, year))
    if current and section.paragraphs:
        body, heading = current
        opened: Duty | None = None  # a dash item that ends with ":", whose "+" items are its parts
        for n, para in enumerate(section.paragraphs, start=1):
            if _is_table_row(para, section) or is_closing(para) or _composition(para):
                continue
            if n == 1 and body.collective and names_list(para):
                continue  # "6. UBND các xã biên giới: Đồng Đăng, Thụy Hùng, Ba Sơn, Mẫu Sơn": its members
            if (n > 1 or _is_item(section.title)) and fold(para).startswith(tuple(words()["general_starts"])):
                continue  # "Các sở, ngành, địa phương … báo cáo kết quả …" after a holder's item: everyone's rule
            if opened is not None and _PLUS.match(para):
                opened.text = f"{opened.text} {DASH_MARK.sub('', para).strip()}"
                opened.deadline = opened.deadline or _deadline(para, year)
                continue
            if n == len(section.paragraphs) and section.children and para.rstrip().endswith(":") and not DASH_MARK.match(para):
                # "Đề nghị Ủy ban nhân dân các xã, phường thí điểm chỉ đạo … thực hiện các nội dung sau:"
                # over its items a), b) …: no duty itself; the items are asked as it asks
                if _ASKS.match(para):
                    current = (body, para)
                continue
            if n == 1 and para[:1].islower() and section.title and holder is None:
                # "b) Triển khai mô hình bảo vệ 4 lớp: phân công công chức …": the item's title, cut at
                # its colon, and the sentence that goes on after it are one duty
                para = f"{section.title}: {para}"
            out.append(_duty(section, n, body, heading, para, year))
            opened = out[-1] if DASH_MARK.match(para) and not _PLUS.match(para) and para.rstrip().endswith(":") else None
    elif section.paragraphs and not current:
        # paragraphs under the assignment heading itself: a body labelling its paragraph
        # ("- Công an xã: bảo đảm an ninh …"), or the sentence's subject; a paragraph that names
        # no body goes on with the duties of the one before it
        last: tuple[Body, str] | None = None
        items = False  # the holder's duties so far are list items ("•", "-", "+")
        for n, para in enumerate(section.paragraphs, start=1):
            if _is_table_row(para, section) or is_closing(para):
                continue
            following = next((p for p in section.paragraphs[n:] if not _is_table_row(p, section)), "")
            introduces = para.rstrip().endswith(":") and bool(DASH_MARK.match(following))
            labelled = _labelled(para)
            if labelled:
                body, head, rest = labelled
                last = (body, head)
                if not introduces:  # ("Công an xã: là cơ quan thường trực …; chủ trì thực hiện các nhiệm vụ sau:")
                    out.append(_duty(section, n, body, head, rest, year))
                    items = False
                continue
            label = heading_holder(para) if introduces and not DASH_MARK.match(para) else None
            if label is not None:  # "Đối với Trạm Y tế xã:", "Các trường học trên địa bàn xã (…):" over its items
                last, items = (label, para), False
                continue
            if items and out and last is not None and not DASH_MARK.match(para) and not (_subject(para) or _named_first(para)):
                # a paragraph that goes on with the list item before it ("Việc rà soát được thực hiện
                # thường xuyên; định kỳ trước ngày 25 hằng tháng …")
                out[-1].text = f"{out[-1].text} {para.strip()}"
                continue
            if (para.rstrip().endswith(":") and section.children and n == len(section.paragraphs)
                    and fold(DASH_MARK.sub("", para)).startswith(tuple(words()["general_starts"]))):
                continue  # "Các cơ quan, đơn vị, địa phương thực hiện … các nhiệm vụ cụ thể sau đây:" over the holders' headings
            subject = _subject(para) or _named_first(para)
            if subject:
                last, items = (subject, para), False
                if introduces:
                    continue  # "Giao Sở Xây dựng chủ trì … thực hiện:": the items below are its duties
                out.append(_duty(section, n, subject, para, para, year))
            elif last is not None and not _skip_continuation(para):
                out.append(_duty(section, n, last[0], last[1], para, year))
                items = bool(DASH_MARK.match(para))
    for child in section.children:
        _walk_assignment(child, year, out, current, top=False)


_LABEL = re.compile(r"^\s*(?:[-–—•+*]\s*)?(?P<head>[^:;.]{3,120}?)\s*:\s*(?P<rest>\S.*)$", re.S)
def starts_as_holder(text: str) -> bool:
    """Whether a name starts as the names of bodies do (duty_words.yaml ``holder_heads``, compared
    with their marks: "Báo …" and "Ấp …" do, "Bảo đảm …" and "Áp dụng …" do not)."""
    key = re.sub(r"\s+", " ", re.sub(r"[^\w ]+", " ", normalize_text(text).lower())).strip()
    return (key + " ").startswith(_holder_words())  # (a head alone too: "Văn phòng")


@ruleset.cached
def _holder_words() -> tuple[str, ...]:
    hamlets = ruleset.load_yaml("bodies.yaml")["hamlets"]
    return tuple(normalize_text(w).lower() + " " for w in [*words()["holder_heads"], *hamlets])


def _labelled(para: str) -> tuple[Body, str, str] | None:
    """(holder, label, duty) of "- Công an xã: bảo đảm …" / "Đề nghị Ủy ban MTTQ xã: phối hợp …";
    None when the label is not a body ("Thời gian: …", "Kinh phí: …")."""
    m = _LABEL.match(para)
    if not m:
        return None
    head = m.group("head").strip()
    clean = _PREFIX.sub("", head).strip()
    if canonical_body(clean) is None and not starts_as_holder(clean):
        return None
    body = heading_holder(head)
    return (body, head, m.group("rest").strip()) if body is not None else None


def _named_first(para: str) -> Body | None:
    """The body a paragraph of the assignment part opens with ("Sở Công Thương chỉ đạo …",
    "Đề nghị Báo và Phát thanh, Truyền hình … dành …"), unless it addresses several ("Các sở,
    ban, ngành và UBND các xã …")."""
    if DASH_MARK.match(para) or fold(para).startswith(tuple(words()["general_starts"])):
        return None
    clean = _PREFIX.sub("", para)
    bodies = find_bodies(clean)
    if not bodies or bodies[0].start > 2:
        return None
    return bodies[0]


def _skip_continuation(para: str) -> bool:
    """A paragraph after a holder's that is not one of its duties: a general instruction, or
    an item with a label of its own ("- Thời gian: …", "- Kinh phí: …")."""
    m = _LABEL.match(para)
    if m and len(m.group("head").split()) <= 4:
        return True
    if para.strip().isupper() and len(para.split()) <= 12:
        return True  # a table's caption in capitals ("BẢNG PHÂN CÔNG NHIỆM VỤ")
    return fold(DASH_MARK.sub("", para)).startswith(tuple(words()["general_starts"])) or _composition(para)


def _composition(para: str) -> bool:
    """"Nhà trường có 04 tổ chuyên môn: Tổ Toán - Tin, …": what a holder is made of, no duty (duty_words.yaml)."""
    return bool(re.match(words()["composition"], fold(DASH_MARK.sub("", para))))


def is_closing(text: str) -> bool:
    """"Trên đây là Kế hoạch …", "Trong quá trình thực hiện, nếu có vướng mắc …"."""
    key = re.sub(r"[^a-z ]", "", fold(DASH_MARK.sub("", text)))
    return any(key.startswith(c) for c in words()["closing_cues"]) or bool(
        re.search(words()["execution_formula"], key))


def _is_table_row(para: str, section: Section) -> bool:
    return any(" | ".join(c.replace("\n", " ") for c in row) == para for t in section.tables for row in t)


def _subject(text: str) -> Body | None:
    """The body a sentence makes responsible: "Phòng X chủ trì …", "Giao Phòng X …"."""
    clean = DASH_MARK.sub("", text)
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


def _headings(cell: str) -> list[str]:
    """A column heading's keys: the heading folded, and each side of a bilingual one ("Item /
    Hạng mục", "Evidence / Hồ sơ, kết quả")."""
    key = fold(cell).strip()
    sides = [p.strip() for p in key.split(" / ")] if " / " in key else []
    return [key, *sides]


def _column(header: list[str], kind: str) -> int | None:
    names = words()["table_columns"][kind]
    best = None
    for i, cell in enumerate(header):
        for key in _headings(cell):
            for name in names:
                if key == name or key.startswith(name):
                    if best is None or len(name) > best[1]:
                        best = (i, len(name))
    return best[0] if best else None


def _columns(header: list[str], kind: str) -> list[int]:
    """Every column whose heading names ``kind`` ("Hoạt động" and "Nội dung cụ thể" are both content)."""
    names = words()["table_columns"][kind]
    return [i for i, cell in enumerate(header)
            if any(k == n or k.startswith(n) for k in _headings(cell) for n in names)]


# a cell that only points at the plan's own text ("Điểm a khoản 1", "Mục II.3.c", "Khoản 2 Mục III")
_REFERENCE_CELL = re.compile(r"^(?:(?:diem|khoan|muc|tiet|dieu|nhiem vu so|nhiem vu)\s*[a-z0-9.]{1,8}\s*,?\s*)+$")


def _point_of(cell: str, heading: str) -> str:
    """The plan's own point a reference cell names, as its section id: "Điểm a khoản 1" under
    "Nhiệm vụ tại Mục II" -> "II.1.a", "Mục III, khoản 2" -> "III.2"; "" when it names none."""
    key, head = fold(cell), fold(heading)
    part = re.search(r"\bmuc ([ivx]+)\b", key) or re.search(r"\bmuc ([ivx]+)\b", head)
    clause, point = re.search(r"\bkhoan (\d{1,2})\b", key), re.search(r"\bdiem ([a-zđ])\b", key)
    if part is None or clause is None:
        return ""
    return ".".join([part.group(1).upper(), clause.group(1), *([point.group(1)] if point else [])])


def _content_column(table: list[list[str]]) -> tuple[int | None, int | None]:
    """The table's content column, and its column of references to the plan's own points if it
    has one: the one ``_column`` names, unless its cells only point at the plan's points
    ("Nhiệm vụ tại Mục II | Nội dung nhiệm vụ": "Điểm a khoản 1" is where the task stands, not what
    it is); then the next column whose heading names content."""
    header = table[0]
    best = _column(header, "content")
    if best is None:
        return None, None
    rest = [row for row in table[1:] if best < len(row) and row[best].strip()]
    if rest and sum(bool(_REFERENCE_CELL.match(fold(row[best]).strip())) for row in rest) * 2 > len(rest):
        others = [c for c in _columns(header, "content") if c != best]
        if others:
            return others[0], best
    return best, None


def row_tables(paragraphs: list[str]) -> list[list[list[str]]]:
    """The tables a run of paragraphs holds as rows of cells joined by " | " (a spreadsheet's
    sheet, a table read as text)."""
    tables, rows = [], []
    for para in paragraphs + [""]:
        if " | " in para:
            rows.append([c.strip() for c in para.split(" | ")])
        elif rows:
            tables.append(rows)
            rows = []
    return tables


_GROUP_LABEL = re.compile(r"^(?:[IVX]{1,5}|[A-Đ])\.?$")


def _mark(cell: str) -> str | None:
    """lead, support, either or None: what a matrix cell's mark says ("CT", "PH", "x")."""
    key = fold(cell).strip(" .")
    for kind, marks in words()["matrix_marks"].items():
        if key in marks:
            return kind
    return None


def _matrix(table: list[list[str]]) -> tuple[int, dict[int, Body]] | None:
    """(the header row naming the units, {column: unit}) when the table assigns its rows by marks
    in a column per unit ("Phòng Văn hóa - Xã hội | Công an xã | …", cells "CT" / "PH"); else None."""
    for h in range(min(2, len(table) - 1)):
        units = {}
        for c, cell in enumerate(table[h]):
            if c == 0 or not cell.strip() or _mark(cell) or len(cell) > 80:
                continue
            body = heading_holder(cell) or canonical_body(cell)
            below = [row[c] for row in table[h + 1:] if c < len(row) and row[c].strip()]
            if (body is None and below and all(_mark(x) for x in below) and len(cell.split()) <= 6
                    and not _MONTH_HEAD.match(" ".join(fold(cell).replace(".", " ").split()))):
                # a column of marks under a unit the gazetteer does not know by that name ("BCHQS
                # xã", "TYT"): the unit as the header names it (the roster's aliases know it)
                body = _as_named(cell.strip(" .:;"))
            if body is not None:
                units[c] = body
        if len(units) < 2:
            continue
        cells = [row[c] for row in table[h + 1:] for c in units if c < len(row) and row[c].strip()]
        if cells and all(_mark(x) for x in cells) and any(_mark(x) in ("lead", "either") for x in cells):
            return h, units
    return None




def supporters_report(sections: list[Section]) -> bool:
    """Whether the plan asks the supporting units to report their part ("báo cáo kết quả thực hiện
    nhiệm vụ chủ trì, nhiệm vụ phối hợp"): then a unit marked to support a row holds a duty of its
    own, to support it (duty_words.yaml ``supporters_report``)."""
    cues = [re.compile(p) for p in words().get("supporters_report", ())]

    def said(secs: list[Section]) -> bool:
        return any(any(c.search(fold(sentence)) for c in cues for p in s.paragraphs for sentence in re.split(r"[.;]", p))
                   or said(s.children) for s in secs)

    return bool(cues) and said(sections)


def matrix_duties(section: Section, ti: int, table: list[list[str]], year: int | None,
                  supporters: bool = False) -> list[Duty] | None:
    """The duties of an assignment matrix: each unit marked to lead a row leads it ("x" leads where
    the table marks no "CT"); those marked "PH" support it, and hold a duty of their own to
    support it where the plan asks them to report (``supporters``). None when the table is no
    matrix."""
    found = _matrix(table)
    if found is None:
        return None
    h, units = found
    header = table[h - 1] if h and _column(table[h - 1], "content") is not None else table[h]
    content, time = _column(header, "content"), _column(header, "time")
    if content is None:
        return None
    marks = {_mark(row[c]) for row in table[h + 1:] for c in units if c < len(row)}
    leading = ("lead",) if "lead" in marks else ("lead", "either")
    out: list[Duty] = []
    for ri, row in enumerate(table[h + 1:], start=h + 1):
        if content >= len(row) or not row[content].strip() or _GROUP_LABEL.match(row[0].strip()):
            continue
        leads = [b for c, b in units.items() if c < len(row) and _mark(row[c]) in leading]
        support = [b.name for c, b in units.items() if c < len(row) and _mark(row[c]) == "support"]
        text = row[content].strip()
        deadline = deadline_of(row[time], year, whole=True) if time is not None and time < len(row) else None
        base = f"{section.id}-t{ti}.{ri}" if section.id else f"t{ti}.{ri}"
        for k, b in enumerate(leads, start=1):
            out.append(Duty(id=base if k == 1 else f"{base}-{k}", section=section.id, body=b.name, body_id=b.body_id,
                            role="lead", text=text, deadline=deadline or _deadline(text, year),
                            collaborators=[x.name for x in leads if x is not b] + support))
        if supporters:
            for b in (b for c, b in units.items() if c < len(row) and _mark(row[c]) == "support"):
                out.append(Duty(id=f"{base}-{b.body_id}", section=section.id, body=b.name, body_id=b.body_id,
                                role="support", text=text, deadline=deadline or _deadline(text, year),
                                collaborators=[x.name for x in leads]))
    return out


def legend(sections: list[Section]) -> dict[str, str]:
    """The codes a plan's table names its holders by, as its legend spells them out ("Ghi chú: CA:
    Công an tỉnh; BP: Ban Chỉ huy Bộ đội Biên phòng tỉnh; …", "(1) Sở Y tế; (2) Công an tỉnh …"):
    code -> name, for the names that are bodies (duty_words.yaml ``legend_starts``)."""
    out: dict[str, str] = {}
    starts = tuple(words()["legend_starts"])
    for s in all_sections(sections):
        for para in [s.title, *s.paragraphs]:
            key = fold(para)
            numbered = re.findall(r"\((\d{1,2})\)\s*([^;()]+?)\s*(?=;|\(\d{1,2}\)|\.?$)", para)
            pairs = re.findall(r"(?:^|[;:,]\s*)([A-ZĐ][A-ZĐ0-9&]{0,7})\s*:\s*([^;:]+?)\s*(?=;|\.?$)", para) \
                if key.startswith(starts) else []
            if key.startswith(starts) and ":" in para:
                # "Ghi chú chữ viết tắt: Sở NN&MT - Sở Nông nghiệp và Môi trường; CDC Hà Tĩnh - Trung
                # tâm Kiểm soát bệnh tật tỉnh; …": a short name of several words, a dash, the full name
                for entry in para.split(":", 1)[1].split(";"):
                    short, dash, full = entry.strip(" .").partition(" - ")
                    if dash and short and len(short.split()) <= 6 and len(full.split()) > len(short.split()):
                        pairs.append((short.strip(), full))
            for code, name in pairs + (numbered if len(numbered) >= 2 else []):
                name = name.strip(" .")
                if canonical_body(name) is not None or starts_as_holder(name):
                    out.setdefault(code, name)
    return out


def _decoded(cell: str, codes: dict[str, str]) -> str:
    """A holder cell of codes ("BP, CA", "2, 5") with the legend's names; any other cell as it is."""
    if cell.strip() in codes:  # (a short name with "và" in it: "Trung tâm Nước sạch và VSMTNT")
        return codes[cell.strip()]
    tokens = [t for t in re.split(r"\s*[,;/+]\s*|\s+và\s+", cell.strip()) if t]
    if not tokens or not codes or not all(t in codes for t in tokens):
        return cell
    return "; ".join(codes[t] for t in tokens)


def table_duties(section: Section, year: int | None, codes: dict[str, str] | None = None,
                 supporters: bool = False) -> list[Duty]:
    """The duties of a section's tables of tasks; ``codes``: the plan's legend of holder codes;
    ``supporters``: the plan asks supporting units to report their part (``supporters_report``)."""
    out: list[Duty] = []
    for ti, table in enumerate(section.tables, start=1):
        if len(table) < 2:
            continue
        if codes:
            cols = [c for c in (_column(table[0], "lead"), _column(table[0], "support")) if c is not None]
            table = [table[0]] + [[_decoded(c, codes) if i in cols else c for i, c in enumerate(row)]
                                  for row in table[1:]]
        matrix = matrix_duties(section, ti, table, year, supporters)
        if matrix is not None:
            out.extend(matrix)
            continue
        header = table[0]
        lead = _column(header, "lead")
        content, pointer = _content_column(table)  # (pointer: a column of references to the plan's points)
        if lead is None or content is None:
            continue
        support = _column(header, "support")
        time = _column(header, "time")
        months, months_year = month_columns(table[:2], year)
        previous: list | None = None
        numbered = content > 0 and fold(header[0]).strip(" .") in ("stt", "tt", "so tt", "so thu tu")
        for ri, row in enumerate(table[1:], start=1):
            if max(lead, content) >= len(row) or not row[content].strip():
                continue
            first = row[0].strip() if content > 0 else ""
            if _GROUP_LABEL.match(first) or len({c.strip() for c in row if c.strip()}) == 1:
                previous = None
                continue  # a group row ("II | Công tác ứng phó …"), merged across the table
            if numbered and not first and out and previous is not None and out[-1].section == section.id:
                out[-1].text = f"{out[-1].text} {row[content].strip()}"  # a task that runs on into this row
                continue
            holders = find_bodies(row[lead]) or ([canonical_body(row[lead])] if canonical_body(row[lead]) else [])
            if (not holders and row[lead].strip() and not fold(row[lead]).startswith(tuple(words()["general_starts"]))
                    and (named := heading_holder(row[lead])) is not None):
                holders = [named]  # a holder the gazetteer does not know ("Các Trạm Khuyến nông khu vực")
            spelt = row[lead].strip()
            if codes and spelt in codes.values() and len(holders) == 1 and holders[0].end < len(spelt) \
                    and not holders[0].collective:
                # the legend's full name, whole, though its words run on in small letters ("Trung tâm
                # Nước sạch và Vệ sinh môi trường nông thôn")
                name = canonical_name(spelt)
                holders = [replace(holders[0], name=name, body_id=slugify(name), end=len(spelt), text=spelt)]
            if not row[lead].strip() and out and previous is not None:
                if first or time is None or (time < len(row) and row[time].strip()):
                    holders = previous  # a holder cell merged down over this row (a PDF shows it once)
                else:
                    out[-1].text = f"{out[-1].text} {row[content].strip()}"  # a row that goes on with the last
                    continue
            if not holders:
                continue
            led = [b for b in holders if re.match(r"\s*\(\s*chủ trì\s*\)", row[lead][b.end:], re.I)]
            if led:  # "Trung tâm Y tế huyện (chủ trì), Huyện đoàn": the others support
                holders, helpers = led, [b.name for b in holders if b not in led]
            else:
                helpers = []
            previous = holders
            text = row[content].strip()
            supporters = list(helpers)
            if support is not None and support < len(row):
                supporters += [b.name for b in find_bodies(row[support])] or (
                    [row[support].strip()] if row[support].strip() else []
                )
            deadline = None
            if time is not None and time < len(row):
                deadline = deadline_of(row[time], year, whole=True)
            marked = [m for i, m in months.items() if i < len(row) and row[i].strip()]
            if marked and months_year and not deadline:
                deadline = f"{months_year}-{max(marked):02d}"  # a timeline: the end of its last marked month
            # each body of the lead cell leads the row ("Sở Y tế; Sở Văn hóa, Thể thao và Du lịch"):
            # co-leads each must do it, so each has the duty (the first keeps the row's id)
            base = f"{section.id}-t{ti}.{ri}" if section.id else f"t{ti}.{ri}"
            code = (first if _CODE.fullmatch(first) else
                    _point_of(row[pointer], header[pointer]) if pointer is not None and pointer < len(row) else "")
            tasks = _cell_tasks(text, row[time] if time is not None and time < len(row) else "", year)
            for j, (task, due) in enumerate(tasks or [(text, deadline)], start=1):
                row_id = base if not tasks else f"{base}.{j}"
                for k, h in enumerate(holders, start=1):
                    out.append(Duty(id=row_id if k == 1 else f"{row_id}-{k}", section=section.id,
                                    body=h.name, body_id=h.body_id, role="lead", text=task,
                                    deadline=due if tasks else (deadline or _deadline(text, year)),
                                    collaborators=[b.name for b in holders if b is not h] + supporters, code=code))
    return out




def _cell_tasks(cell: str, time_cell: str, year: int | None) -> list[tuple[str, str | None]]:
    """A task cell that lists several tasks on lines of their own ("- Rà soát …\n- Tổ chức 04
    lớp …"): each task with its own deadline, the time cell's line of the same place when it has
    one line per task ("- Quý I/2026\n- Trước 30/6/2026"), else the task's own or the cell's; no
    list, none."""
    lines = [ln for ln in cell.split("\n") if ln.strip()]
    if len(lines) < 2 or not all(ITEM_MARK.match(ln) for ln in lines):
        return []
    times = [ln for ln in time_cell.split("\n") if ln.strip()]
    paired = len(times) == len(lines)
    whole = deadline_of(time_cell, year, whole=True) if time_cell.strip() and not paired else None
    out = []
    for i, ln in enumerate(lines):
        task = ITEM_MARK.sub("", ln).strip()
        due = deadline_of(ITEM_MARK.sub("", times[i]), year, whole=True) if paired else None
        out.append((task, due or _deadline(task, year) or whole))
    return out


# a row's code of two or more levels ("2.3.1", "1.2"): what a reply may cite it by
_CODE = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}")


_MONTH_HEAD = re.compile(r"^(?:t|th|thang)\s*(\d{1,2})$|^quy\s+(i{1,3}|iv|[1-4])$")


def month_columns(head_rows: list[list[str]], year: int | None) -> tuple[dict[int, int], int | None]:
    """A timeline table's columns of months ("T1" … "T12", "Tháng 1", "Quý I" … as the end month
    of the quarter) in its header rows, and the year they are of ("Thời gian thực hiện năm 2024",
    else the plan's)."""
    quarters = {"i": 3, "ii": 6, "iii": 9, "iv": 12, "1": 3, "2": 6, "3": 9, "4": 12}
    cols: dict[int, int] = {}
    for row in head_rows:
        for i, cell in enumerate(row):
            m = _MONTH_HEAD.match(" ".join(fold(cell).replace(".", " ").split()))
            if m and (m.group(2) or 1 <= int(m.group(1)) <= 12):
                cols[i] = quarters[m.group(2)] if m.group(2) else int(m.group(1))
    if len(cols) < 3:
        return {}, None
    named = re.search(r"\b(20\d\d)\b", " ".join(c for row in head_rows for c in row))
    return cols, int(named.group(1)) if named else year


# ---------------------------------------------------------------------------
# the assignment at the end of a task: "(Cơ quan chủ trì: Công an xã; cơ quan phối hợp: …;
# thời gian: Quý II/2026)", "… – Phòng NN&PTNT chủ trì, thời gian: Tháng 5/2024", "Giao nhiệm
# vụ: Ban CHQS huyện; thực hiện: Quý III/2024", "(Trạm Y tế xã thực hiện; hoàn thành trước …)"

# (and before "do": "…; hoàn thành trước ngày 03/4/2026 do Trạm Y tế xã thực hiện")
_SPLITS = re.compile(r"\s[–—-]\s|[.:]\s+|\(|[,;]?\s(?=do\s)")


def _clause_lead(clause: str) -> tuple[str, int] | None:
    """The holder's name an assignment clause gives, and where the rest of the clause starts."""
    w = words()["assignment_clause"]
    key = fold(clause)
    for cue in w["lead_labels"]:  # "Cơ quan chủ trì: X; …", "Giao nhiệm vụ: X; …"
        m = re.match(rf"{cue}\s*:\s*", key)
        if m:
            # up to the next label ("Đơn vị thực hiện: Trạm Y tế xã; các thôn, tổ dân phố; Đơn vị
            # phối hợp: Công an xã"), else to the end
            label = re.search(r";\s*[^;:]{3,40}:", clause[m.end():])
            end = m.end() + label.start() if label else len(clause)
            return clause[m.end():end].strip(" ,.;"), end
    start = 0
    for verb in w["lead_verbs"]:  # "Giao Phòng X chủ trì", "Giao các thôn thực hiện"
        if key.startswith(verb + " "):
            start = len(verb) + 1
            break
    m = re.search(r"\s(" + "|".join(w["lead_after"]) + r")\b", key[start:])
    if m and re.search(r"\b(?:khong|chua)$", key[start:start + m.start()]):
        return None  # "… do Ủy ban nhân dân xã không thực hiện …": a finding, no assignment
    if m and len(key) - (start + m.end()) <= w["max_after"]:
        # "X chủ trì, thời gian: Tháng 5/2024"; not "X tham mưu Giám đốc Sở bố trí kinh phí …",
        # which is a task of its own
        end = start + m.start()
        return clause[start:end].strip(" ,."), end
    return None


def _holder_named(name: str) -> Body | None:
    """The holder an assignment clause names: a body the gazetteer knows, or a short name that
    starts as names of bodies do."""
    if not name or len(name) > 120 or "(" in name or ")" in name:
        return None
    body = canonical_body(name)
    if body is not None and body.start <= 3 and body.end >= len(name) - 2:
        return body
    if starts_as_holder(name) and len(name.split()) <= 10:
        return heading_holder(name)
    return None


def _holders_named(name: str) -> list[Body]:
    """The holders an assignment clause names: one, or several joined by ";", "và" or a comma
    ("Trạm Y tế xã; các thôn, tổ dân phố", "Phòng Văn hóa - Xã hội, Đoàn Thanh niên xã"), each
    a holder; else none."""
    known = canonical_body(name)
    if known is not None and known.start <= 3 and known.end >= len(name) - 2:
        return [known]  # one body of the gazetteer, "và" in its name or not ("Sở Giáo dục và Đào tạo")
    for joiner in (r"\s*;\s*", r"\s+và\s+"):
        pieces = [p for p in re.split(joiner, name) if p.strip()]
        if len(pieces) > 1:
            each = [_holders_named(p.strip(" ,.")) for p in pieces]
            if all(each):
                return [b for found in each for b in found]
    # bodies listed with commas, each one the gazetteer knows (not "các thôn, tổ dân phố")
    listed = _joint_holders(name.strip(" ."))
    if listed:
        return listed
    one = _holder_named(name)
    return [one] if one is not None else []


def assignment_clause(text: str) -> tuple[str, list[Body], list[str], str] | None:
    """(the task without its assignment, its holders, the supporters, the clause) when ``text``
    ends with an assignment, else None. The clause is the leftmost tail that starts with the
    holder (or a label or verb before it) and says it leads or carries out the work; it may name
    several holders, each a lead."""
    text = text.strip()
    # the whole text may be the assignment (a task's title, then its paragraph "Giao Phòng X chủ
    # trì, phối hợp … thực hiện thường xuyên."), or its tail after a stop, a dash or a "("
    cuts = [(0, 0, "")] + [(m.start(), m.end(), m.group(0)) for m in _SPLITS.finditer(text)]
    for start, cut, mark in cuts:
        clause = text[cut:].strip()
        if mark == "(":
            if not clause.endswith((")", ").", ");")) or "(" in clause:
                continue
            clause = clause.rstrip(".;").rstrip()[:-1]
        if not clause or len(clause) > 260:
            continue
        lead = _clause_lead(clause)
        if lead is None:
            continue
        holder = _holders_named(lead[0])
        if not holder:
            continue
        rest = clause[lead[1]:]
        supporters: list[str] = []
        sm = re.search(r"phối hợp(?:\s+với)?\s*:?\s*(?P<s>[^;]+)", rest, re.I)
        if sm:
            supporters = [b.name for b in find_bodies(sm.group("s"))] or [
                x.strip() for x in sm.group("s").split(",") if x.strip()]
        task = text[:start].strip(" ,;:–—-")
        if len(DASH_MARK.sub("", task)) < 12 and start > 0:
            continue
        return (task + ("." if task and not task.endswith((".", ";", ":")) else "")), holder, supporters, clause
    return None


def _clause_duty(sid: str, holders: list[Body], task: str, clause: str, supporters: list[str],
                 year: int | None) -> list[Duty]:
    """The duty of each holder an assignment clause names (the first keeps ``sid``); none for a
    clause with no task ("1. Phó Hiệu trưởng phụ trách", a holder's heading)."""
    if not DASH_MARK.sub("", task).strip(" .;:"):
        return []
    return [Duty(id=sid if n == 1 else f"{sid}-{n}", section=sid.rsplit("-", 1)[0], body=holder.name,
                 body_id=holder.body_id, role="requested" if _starts(clause, words()["requested_cues"]) else "lead",
                 # the clause's time ("…, hoàn thành trước ngày 30/4/2026"), else the task's own
                 # ("… trình UBND phường trong quý I/2026. Giao Phòng X chủ trì")
                 text=DASH_MARK.sub("", task).strip(), deadline=deadline_of(clause, year) or deadline_of(task, year),
                 collaborators=supporters)
            for n, holder in enumerate(holders, start=1)]


def clause_duties(sections: list[Section], year: int | None) -> list[Duty]:
    """Duties assigned at the end of the tasks of a plan's content part: an item whose title or
    last paragraph ends with its assignment is one duty (its dash items are its parts); dash
    items each ending with one are a duty each. Tasks listed under a phase ("Giai đoạn 1: Chuẩn bị
    (từ ngày 16/3/2026 đến ngày 05/4/2026)", a line of its own, duty_words.yaml ``phase_line``)
    with no time of their own are due when the phase ends."""
    out: list[Duty] = []
    phase_line = re.compile(words()["phase_line"])

    def phase_of(paras: list[str], phase: str | None) -> str | None:
        for p in paras:
            if phase_line.match(fold(DASH_MARK.sub("", p))):
                phase = deadline_of(p, year, whole=True) or phase
        return phase

    def walk(secs: list[Section], phase: str | None = None) -> None:
        for s in secs:
            if is_assignment_section(s.title) and s.children and not any(_names_holder_first(c.title) for c in s.children):
                # "III. NỘI DUNG, TIẾN ĐỘ VÀ PHÂN CÔNG THỰC HIỆN" over tasks, each naming its holder
                # after it, not over holders' headings: its tasks are read here
                walk(s.children, phase_of(s.paragraphs, phase))
                continue
            if is_assignment_section(s.title) or _not_content(s.title):
                continue
            start = len(out)
            paras = [p for p in s.paragraphs if not is_closing(p) and not phase_line.match(fold(DASH_MARK.sub("", p)))]
            each = [assignment_clause(p) for p in paras]
            own = assignment_clause(s.title) if s.title else None
            lines = _label_lines(paras) if own is None and s.title and s.id else None
            if own is not None:
                task, holder, sup, clause = own
                body = "; ".join(DASH_MARK.sub("", p).strip() for p in paras)
                out.extend(_clause_duty(f"{s.id}-1", holder, task + (" " + body if body else ""), clause, sup, year))
            elif lines is not None:
                # the task is the item's title, and its lines below say who leads it, who supports
                # and when ("Cơ quan chủ trì: Phòng Tư pháp." / "Cơ quan phối hợp: …" / "Thời gian
                # thực hiện: Quý II/2022.")
                _, holder, sup, clause = lines
                out.extend(_clause_duty(f"{s.id}-1", holder, s.title, clause, sup, year))
            elif paras and each[-1] is not None and not any(each[:-1]) and s.title and s.id:
                # the last item's assignment stands for the whole numbered task
                task, holder, sup, clause = each[-1]
                items = [DASH_MARK.sub("", p).strip() for p in paras[:-1]] + ([DASH_MARK.sub("", task).strip()] if task else [])
                text = s.title.rstrip(".:") + (": " + "; ".join(i for i in items if i) if items else "")
                out.extend(_clause_duty(f"{s.id}-1", holder, text, clause, sup, year))
            else:
                for n, (p, found) in enumerate(zip(paras, each), start=1):
                    if found is not None and found[0].strip(" ."):  # (an assignment with no task: none)
                        task, holder, sup, clause = found
                        out.extend(_clause_duty(f"{s.id}-{n}" if s.id else f"p-{n}", holder, task, clause, sup, year))
            for d in out[start:]:
                d.deadline = d.deadline or phase
            phase = phase_of(s.paragraphs, phase)  # a phase line closing the item opens the next phase
            walk(s.children, phase)

    walk(sections)
    return out


_LABEL_LINE = re.compile(r"^\s*[-+]?\s*[^:;.]{3,40}:\s*\S")


def _names_holder_first(title: str) -> bool:
    """A heading that opens with a holder's name ("1. Phòng Kinh tế:", "2. Đề nghị Ủy ban MTTQ …")."""
    clean = _PREFIX.sub("", title or "").strip()
    body = canonical_body(clean)
    return (body is not None and body.start <= 3) or led_body(clean.strip(" .:;")) is not None


def _label_lines(paras: list[str]):
    """An item's paragraphs that are all short labelled lines, read together as its assignment
    (one of them names the lead), or None."""
    if not paras or len(paras) > 5 or not all(_LABEL_LINE.match(p) and len(p) <= 300 for p in paras):
        return None
    found = assignment_clause("; ".join(DASH_MARK.sub("", p).strip().rstrip(".;") for p in paras))
    return found if found is not None and not found[0].strip(" .") else None


def _not_content(title: str) -> bool:
    key = re.sub(r"[^a-z ]", " ", fold(title)).split()
    key = " ".join(key)
    return any(key == w or key.startswith(w + " ") for w in words()["not_task_sections"])


def merge_restated(duties: list[Duty]) -> list[Duty]:
    """One duty for work a plan states twice, in its prose and in an assignment table (in the
    body or an appendix): a row restating a prose duty of the same holder adds its deadline
    and supporters to it; a row without one is a duty of its own."""
    from rapidfuzz import fuzz

    rows = [d for d in duties if _is_row(d)]
    prose = [d for d in duties if not _is_row(d)]
    if not rows or not prose:
        return duties
    pairs = []
    for r in rows:
        for p in prose:
            if r.code and r.code == p.section:  # the row says which point it restates ("Điểm a khoản 1")
                pairs.append((101, r.id, p.id))
                continue
            if p.body_id != r.body_id:
                continue
            score = fuzz.token_set_ratio(fold(r.text), fold(p.text))
            if score >= words()["restated_min_score"]:
                pairs.append((score, r.id, p.id))
    pairs.sort(reverse=True)
    merged: dict[str, str] = {}
    taken: set[str] = set()
    for _, rid, pid in pairs:
        if rid in merged or pid in taken:
            continue
        merged[rid], _ = pid, taken.add(pid)
    by_id = {d.id: d for d in duties}
    for rid, pid in merged.items():
        r, p = by_id[rid], by_id[pid]
        p.deadline = p.deadline or r.deadline
        p.collaborators = p.collaborators + [c for c in r.collaborators if c not in p.collaborators]
    return [d for d in duties if d.id not in merged]


def _is_row(d: Duty) -> bool:
    return bool(re.search(r"(?:^|-)t\d+\.\d+$", d.id))


def extract_duties(sections: list[Section], year: int | None = None) -> list[Duty]:
    duties = said_again(merge_restated(_dedupe(co_subjects(_holders_own(_extract_duties(sections, year))))))
    return pointed_items(duties, sections, year)


_POINTS = re.compile(r"\bdiem ((?:\d{1,2}(?:\s*(?:,|va|den|diem)\s*)*)+)\s*(?:cua |tai |thuoc )?muc ([ivx]+)\b")
_ACTIVITIES = re.compile(r"\bhoat dong (?:tu )?(?:so )?((?:\d{1,2}(?:\s*(?:,|va|den|so)\s*)*)+)\s*(?:tai|o|thuoc|cua)?\s*phu luc\b")


def _numbers(listed: str) -> list[int]:
    """"1, diem 2" -> [1, 2]; "3 va 5" -> [3, 5]; "5 den so 7" -> [5, 6, 7]."""
    out: list[int] = []
    tokens = re.findall(r"\d+|den", listed)
    for i, tok in enumerate(tokens):
        if tok == "den" and out and i + 1 < len(tokens) and tokens[i + 1].isdigit():
            out.extend(range(out[-1] + 1, int(tokens[i + 1])))
        elif tok.isdigit():
            out.append(int(tok))
    return list(dict.fromkeys(out))


def _plan_items(sections: list[Section], year: int | None) -> dict[tuple[str, int], tuple[str, str | None]]:
    """The plan's own numbered content a duty may point at: ("II", 3) for point 3 of Mục II,
    ("PL", 5) for activity 5 of an appendix table; each with its text and its time."""
    items: dict[tuple[str, int], tuple[str, str | None]] = {}
    for s in all_sections(sections):
        parts = s.id.split(".")
        if len(parts) == 2 and parts[1].isdigit() and s.style == "arabic":
            text = " ".join([s.title.rstrip(":") + (":" if s.paragraphs else ""), *s.paragraphs]).strip()
            items.setdefault((parts[0].upper(), int(parts[1])), (text, None))
        if s.style == "appendix" or s.id.startswith("PL"):
            for table in s.tables:
                if len(table) < 2:
                    continue
                content, time = _content_column(table)[0], _column(table[0], "time")
                for row in table[1:]:
                    if content is None or content >= len(row) or not row[0].strip().isdigit():
                        continue
                    when = deadline_of(row[time], year, whole=True) if time is not None and time < len(row) else None
                    items.setdefault(("PL", int(row[0].strip())), (row[content].strip(), when))
    return items


def pointed_items(duties: list[Duty], sections: list[Section], year: int | None) -> list[Duty]:
    """A duty given by pointing at the plan's own content ("chủ trì thực hiện các nhiệm vụ tại điểm
    1, điểm 2 Mục II và hoạt động số 1 tại Phụ lục", "các hoạt động từ số 5 đến số 7 tại Phụ lục"),
    where that content names no holder: a duty of its holder, with its role, for each item pointed
    at, in the item's words (and the time of an appendix row)."""
    items = _plan_items(sections, year) if duties else {}
    if not items:
        return duties
    out: list[Duty] = []
    for d in duties:
        key = fold(d.text)
        refs = [(m.group(2).upper(), n) for m in _POINTS.finditer(key) for n in _numbers(m.group(1))]
        refs += [("PL", n) for m in _ACTIVITIES.finditer(key) for n in _numbers(m.group(1))]
        found = [(r, items[r]) for r in refs if r in items]
        if not found:
            out.append(d)
            continue
        for (part, n), (text, when) in found:
            out.append(Duty(id=f"{d.id}-{part}.{n}", section=d.section, body=d.body, body_id=d.body_id, role=d.role,
                            text=text, deadline=when or d.deadline, collaborators=list(d.collaborators)))
    return out


def _holders_own(duties: list[Duty]) -> list[Duty]:
    """Drop a paragraph addressed to every holder at once ("Các phòng, đơn vị … được giao nhiệm vụ
    xây dựng kế hoạch … gửi về …", duty_words.yaml ``all_holders_addressee``): it gives the plan's
    dates, and is no duty of the holder it stands under. Nor is the report upward of the body that
    gathers the units' reports ("Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh …",
    ``compiler_reports`` with ``upward``); its staff work for the issuer's own report is ("Công an
    quận tổng hợp kết quả thực hiện, tham mưu Ủy ban nhân dân quận báo cáo tổng kết …")."""
    return [d for d in duties if not _to_everyone().match(fold(d.text)) and not compiler_reports(d.text, upward=True)]


def compiler_reports(clause: str, upward: bool = False) -> bool:
    """A clause whose subject is one named body that gathers the units' reports ("Sở Nội vụ tổng
    hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Nội vụ … trước ngày 05 tháng 12 hằng năm",
    duty_words.yaml ``compiler_openings``): that body's own work and deadline, not the units'.
    ``upward``: only where it reports straight on (``compiler_reports_upward``)."""
    clause = ITEM_MARK.sub("", clause.strip())
    body = canonical_body(clause)
    if body is None or body.start != 0 or body.collective:
        return False
    rest = fold(clause[body.end:]).strip(" ,")
    if upward:
        return bool(re.match(words()["compiler_reports_upward"], rest))
    return rest.startswith(tuple(words()["compiler_openings"]))


@ruleset.cached
def _to_everyone() -> re.Pattern:
    said = words()["all_holders_addressee"]
    return re.compile("|".join(f"(?:{p})" for p in ([said] if isinstance(said, str) else said)))


_JOINER = re.compile(r"^\s*(?:,|và|,\s*và)\s*$")


def co_subjects(duties: list[Duty]) -> list[Duty]:
    """A sentence whose subject is several bodies ("Giao Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh chỉ
    đạo lực lượng …"): each of them leads it and holds the duty (the first keeps its id), as
    co-leads in a table's lead cell do. Only the bodies the sentence opens with, joined by a comma
    or "và", each then followed by the next, and the last by the work (an obligation cue or a verb
    of the sentence): "Phòng Y tế phối hợp với Phòng Giáo dục …" has one subject."""
    out: list[Duty] = []
    for d in duties:
        out.append(d)
        if d.role != "lead":
            continue
        clean = _PREFIX.sub("", DASH_MARK.sub("", d.text)).strip()
        bodies = find_bodies(clean)
        if not bodies or bodies[0].start > 2 or bodies[0].body_id != d.body_id:
            continue
        chain = [bodies[0]]
        for b in bodies[1:]:
            if not _JOINER.match(clean[chain[-1].end:b.start]):
                break
            chain.append(b)
        rest = clean[chain[-1].end:].split()
        if len(chain) < 2 or not rest or rest[0].lower() not in _sentence_words() - {"và"}:
            continue
        for k, b in enumerate(chain[1:], start=2):
            if b.body_id != d.body_id:
                out.append(replace(d, id=f"{d.id}-{k}", body=b.name, body_id=b.body_id,
                                   collaborators=[x.name for x in chain if x is not b] + list(d.collaborators)))
    return out


def addressed_duties(sections: list[Section], addressees: list[str], lead_in: str, year: int | None,
                     found: list[Duty]) -> list[Duty]:
    """A letter's items that name no holder, after a lead-in that asks its addressees ("… yêu cầu
    Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn thực hiện tốt một số nội dung
    sau:"): each addressee of its "Kính gửi:" holds each of them (one duty apiece)."""
    bodies = [b for b in (canonical_body(a) for a in addressees) if b is not None]
    if not bodies or not lead_in.rstrip().endswith(":"):
        return []
    held = {d.section.split("-")[0] for d in found if d.section}
    out: list[Duty] = []
    for s in sections:
        clean = _PREFIX.sub("", s.title).strip(" .:;")
        if (not s.id or s.id in held or any(h.startswith(s.id + ".") for h in held) or s.children
                or led_body(clean) or canonical_body(clean) is not None or _subject(s.title)
                or is_closing(s.title) or len(s.title) < 20):
            continue  # a holder's item, a heading over items, or the closing
        text = " ".join([s.title, *(p for p in s.paragraphs if not is_closing(p))])
        for k, body in enumerate(bodies, start=1):
            out.append(Duty(id=f"{s.id}-a{k}", section=s.id, body=body.name, body_id=body.body_id, role="lead",
                            text=text, deadline=_deadline(text, year)))
    return out


def said_again(duties: list[Duty]) -> list[Duty]:
    """Without the duties that only point at a numbered task its holder already holds ("4. Trạm
    Y tế phường: Chủ trì thực hiện nhiệm vụ 8 mục III Kế hoạch này"); the task's duty takes their
    deadline and supporters (duty_words.yaml task_pointer)."""
    pattern = re.compile(words()["task_pointer"])
    out = []
    for d in duties:
        m = pattern.match(fold(d.text))
        if m:
            n, sec = m.group("n") or m.group("n2"), (m.group("sec") or m.group("sec2")).upper()
            target = next((t for t in duties if t is not d and t.body_id == d.body_id
                           and (t.section == f"{sec}.{n}" or t.id == f"{sec}.{n}")), None)
            if target is not None:
                target.deadline = target.deadline or d.deadline
                target.collaborators += [c for c in d.collaborators if c not in target.collaborators]
                continue
        out.append(d)
    return out


def article_duties(sections: list[Section], year: int | None) -> list[Duty]:
    """A decision's articles that assign work ("Điều 2. Giao Phòng X chủ trì …; Phòng Y tham mưu
    …"): each clause that opens with a body is that body's duty. The articles that issue the
    plan, set the date of effect or name who executes the decision assign nothing."""
    out: list[Duty] = []
    for s in sections:
        if s.style != "article" or s.children:
            continue  # an article with numbered items of its own is read as headings
        if _assigns_nothing(s):
            continue
        text = " ".join([s.title, *s.paragraphs])
        clauses = re.split(r";\s+", text)
        n = 0
        for clause in clauses:
            subject = _subject(clause) or _named_first(clause)
            if subject is None:
                if out and out[-1].section == s.id:
                    out[-1].text += "; " + clause  # goes on with the clause before it
                continue
            n += 1
            out.append(_duty(s, n, subject, clause, clause, year))
        for d in out:
            if d.section == s.id:
                d.deadline = d.deadline or _deadline(d.text, year)
    return out


def _assigns_nothing(section: Section) -> bool:
    """A decision's article that issues the plan, sets the date of effect or names who executes
    the decision ("Điều 3. Chánh Văn phòng …; Giám đốc các sở: … chịu trách nhiệm thi hành Quyết
    định này"; duty_words.yaml article_skip), however its title was cut."""
    return section.style == "article" and any(
        cue in fold(" ".join([section.title, *section.paragraphs])) for cue in words()["article_skip"])


_AMENDS = re.compile(r"^(?:sua doi|bo sung|thay the|dieu chinh)\b.*\bnhu sau\b")
_ITS_HOLDER = re.compile(r"\((?:nhiệm vụ|trách nhiệm) của (?P<holder>[^)]+)\)", re.I)
_PART_OF = re.compile(r"\bkhoan (?P<k>\d+)\b(?:\s+vao)?\s+muc (?P<m>[ivx]+)\b")


def amendment_duties(sections: list[Section], year: int | None) -> list[Duty]:
    """A plan that amends another ("Sửa đổi điểm a khoản 1 mục III (nhiệm vụ của Phòng X) như
    sau: "a) …"", "Bổ sung khoản 8 vào mục III như sau: "8. Ban Chỉ huy Quân sự huyện: …""): each
    item quoted under an amending order is a duty, of the holder the order names in brackets, or
    that labels the quoted item, or that an earlier order named for the same part ("khoản 1 mục
    III"). Orders whose item names no holder amend the aims, the beneficiaries or the funds."""
    out: list[Duty] = []
    holder_of: dict[tuple[str, str], Body] = {}
    for s in all_sections(sections):
        key = fold(s.title)
        if not _AMENDS.match(key) or not s.paragraphs:
            continue
        text = " ".join(p.strip() for p in s.paragraphs).strip().strip('"“”').strip()
        text = NUMBER_MARK.sub("", text)
        part = _PART_OF.search(key)
        ref = (part.group("k"), part.group("m")) if part else None
        named = _ITS_HOLDER.search(s.title)
        holder = heading_holder(named.group("holder")) if named else None
        heading = named.group("holder") if named else ""
        if holder is None:
            labelled = _labelled(text)
            if labelled:
                holder, heading, text = labelled
        if holder is None and ref in holder_of:
            holder = holder_of[ref]
        if holder is None:
            continue
        if ref:
            holder_of.setdefault(ref, holder)
        out.append(_duty(s, 0, holder, heading, text, year))
    return out


def _extract_duties(sections: list[Section], year: int | None = None) -> list[Duty]:
    duties: list[Duty] = (clause_duties(sections, year) + article_duties(sections, year)
                          + amendment_duties(sections, year))

    def walk(secs: list[Section]) -> None:
        # "1. Giám đốc Sở Nông nghiệp và Môi trường:", "6. Chủ tịch UBND các xã, phường:" (a
        # directive's items, addressed to heads): headings that name a head of a body are holders'
        # headings wherever they stand, and so are their siblings that name a body ("7. Đề nghị
        # Ủy ban MTTQ …", "8. Giao Sở … chủ trì theo dõi …")
        secs = [s for s in secs if not _assigns_nothing(s)]
        heads = any(led_body(_PREFIX.sub("", s.title).strip(" .:;")) for s in secs)
        # "a) Sở Xây dựng chủ trì …", "b) Đề nghị Ngân hàng … tổ chức …": a content part's items
        # that each open with their holder and its obligation are holders' items too
        subjects = len(secs) >= 2 and all(_is_item(s.title) and _names_holder_first(s.title) for s in secs)
        for s in secs:
            if is_assignment_section(s.title):
                _walk_assignment(s, year, duties, None)
            elif heads and (led_body(_PREFIX.sub("", s.title).strip(" .:;"))
                            or canonical_body(_PREFIX.sub("", s.title)) is not None) or subjects:
                _walk_assignment(s, year, duties, None, top=False)
            else:
                walk(s.children)

    walk(sections)

    codes = legend(sections)
    supporters = supporters_report(sections)

    def tables(secs: list[Section]) -> None:
        for s in secs:
            duties.extend(table_duties(s, year, codes, supporters))
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


def each_party(duties: list[Duty], parties: list[str]) -> list[Duty]:
    """A joint plan's duty given to a body "of both" ("Sở Xây dựng hai tỉnh", "Công an hai tỉnh",
    "Ủy ban nhân dân các xã … khu vực giáp ranh của hai tỉnh"; duty_words.yaml ``both_parties``):
    one duty of each party's body ("Sở Xây dựng tỉnh Hà Tĩnh", "… tỉnh Nghệ An"); ``parties``: the
    places of the plan's issuers ("tỉnh Hà Tĩnh"). An item that names one party's body ("Sở … tỉnh
    Hà Tĩnh là cơ quan thường trực …") is that body's alone; a list of the members is no duty."""
    from pipeline.normalize import slugify

    both = re.compile(words()["both_parties"])
    out: list[Duty] = []
    for d in duties:
        m = both.search(fold(d.body))
        if len(parties) < 2 or not m:
            out.append(d)
            continue
        base = d.body[:len(d.body) - len(fold(d.body)[m.start():])].rstrip(" ,")
        if d.text.lstrip().startswith("("):
            continue  # "(Tỉnh Hà Tĩnh: xã Đức Minh, …; tỉnh Nghệ An: …)": who the members are
        named = [p for p in parties if fold(d.text).startswith(fold(f"{base} {p}"))]
        for k, place in enumerate(named or parties, start=1):
            body = f"{base} {place}"
            out.append(replace(d, id=f"{d.id}-{k}" if len(named or parties) > 1 else d.id, body=body,
                               body_id=slugify(body)))
    return out


def _dedupe(duties: list[Duty]) -> list[Duty]:
    seen: set[str] = set()
    out = []
    for d in duties:
        if d.id in seen:
            continue
        seen.add(d.id)
        out.append(d)
    return out
