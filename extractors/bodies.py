"""Public bodies named in text: "Phòng Tư pháp", "UBND các xã, phường", "Công an thị xã".

``find_bodies(text)`` returns the mentions with their canonical name
(abbreviations expanded: "Sở LĐ-TB&XH" -> "Sở Lao động - Thương binh và Xã
hội"), ``body_id`` (the ASCII slug of that name), kind, and for a collective
holder ("Ủy ban nhân dân các xã, phường", "Ủy ban MTTQVN thị xã và các tổ chức
thành viên") the kinds of body it takes in. ``canonical_body(name)`` does the
same for a whole string (a heading, an issuer line).

The gazetteer is ``pipeline/rules/bodies.yaml``; abbreviations are shared with the
header reader (``pipeline/rules/abbreviations.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace


from pipeline import ruleset
from pipeline.names import abbreviations, doc_types, expand_abbreviations
from pipeline.normalize import fold, normalize_text, slugify

_CAP = r"[A-ZĐÀ-Ỹ]"
_UP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_CAPWORD = rf"[{_UP}][\w]*"
_LOWWORD = r"(?![A-ZĐ])[a-zđà-ỹ][\w]*"


@dataclass
class Body:
    name: str
    body_id: str
    kind: str
    collective: bool = False
    member_kinds: list[str] = field(default_factory=list)
    member_localities: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0
    text: str = ""


@ruleset.cached
def gazetteer() -> dict:
    return ruleset.load_yaml("bodies.yaml")


def _alt(words: list[str]) -> str:
    words = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def locality_words(folded: bool = False) -> str:
    """The regex alternation of the locality words of bodies.yaml ("huyện", "thị xã", …),
    longest first, each kept from matching inside the compound words of ``not_localities``
    ("cơ quan" is no "quận" once folded; "xã hội" is no "xã"). ``folded``: for text folded
    to plain ASCII (``normalize.fold``)."""
    return _locality_words()[folded]


@ruleset.cached
def _locality_words() -> dict[bool, str]:
    g = gazetteer()
    out = {}
    for folded in (False, True):
        form = fold if folded else (lambda w: w.lower())
        words = sorted({form(w) for w in g["localities"]}, key=len, reverse=True)
        # a word inside a longer locality word ("xã" of "thị xã") is guarded like a compound
        compounds = [form(c).split() for c in g.get("not_localities", [])] + [w.split() for w in words]
        alts = []
        for word in words:
            before_guard, after_guard = "", ""
            size = len(word.split())
            for c in compounds:
                for i in range(len(c) - size + 1):
                    if c[i:i + size] != word.split() or len(c) == size:
                        continue
                    before, after = " ".join(c[:i]), " ".join(c[i + size:])
                    if before:
                        before_guard += rf"(?<!{re.escape(before)} )"
                    if after:
                        after_guard += rf"(?! {re.escape(after)}\b)"
            alts.append(before_guard + re.escape(word).replace(r"\ ", " ") + after_guard)
        out[folded] = "|".join(alts)
    return out


@ruleset.cached
def _compiled():
    g = gazetteer()
    head_kind: dict[str, str] = {}
    for kind, heads in g["heads"].items():
        for h in heads:
            head_kind[fold(h)] = kind
    fields = list(g["fields"])
    # abbreviated fields ("LĐ-TB&XH") are fields too
    for pattern, expansion in abbreviations():
        if expansion in fields:
            fields.append(pattern.pattern.replace(r"(?<![\w&-])", "").replace(r"(?![\w&-])", "").replace("\\", ""))
    loc_alone = _alt(g["locality_alone"])
    localities = _alt(g["localities"])
    capname = rf"{_CAPWORD}(?:\s+{_CAPWORD}){{0,4}}"
    # "huyện Tây Hòa", and the numbered wards of some towns ("Phường 2", "Phường 10")
    areas = _alt(g["numbered_areas"])
    locality = (rf"(?:\s+(?:(?:{localities})\s+(?:{capname}|\d{{1,2}}(?![\w/]))|(?:{loc_alone})(?![\w])"
                rf"|(?:{areas})\s+(?:\d{{1,2}}|[IVX]{{1,5}})(?![\w/])(?:\s*[-–]\s*{capname})?))")
    # (a field that a proper name completes, written "… +" in the gazetteer: "Cửa khẩu quốc tế Hữu Nghị")
    named = [f[:-2] for f in fields if f.endswith(" +")]
    fields = [f for f in fields if not f.endswith(" +")]
    field_re = (rf"(?:(?:{_alt(named)})\s+{capname}|{_alt(fields)})(?![\w])" if named
                else rf"(?:{_alt(fields)})(?![\w])")
    # a field not in the list: capitalised words, each with at most one lower-case syllable
    # that is not a word starting the rest of the sentence
    low = rf"(?!(?:{'|'.join(map(re.escape, g['not_name_words']))})(?![\w]))[a-zđà-ỹ][\w]*"
    # (nor a document cited after it: "Ban Thường trực Ủy ban MTTQ tỉnh và Kế hoạch số 09/KH-HPN")
    cited = rf"(?!(?:{_alt(sorted(set(doc_types().values())))})\s+(?:số\b|\d))"
    # (nor another body after "và" or a comma: "Sở Tài chính và Ban Quản lý …", "Sở Giáo dục và Đào
    # tạo, Sở Y tế" are two bodies)
    heads = _alt([h for hs in g["heads"].values() for h in hs])
    joined = rf"\s*(?:(?:-|&)\s*|(?:và|,)\s*(?!(?:{heads})(?![\w]))|\s)"
    free_field = rf"{_CAPWORD}(?:\s+{low})?(?:{joined}{cited}{_CAPWORD}(?:\s+{low})?)*"
    # a listed field gives way to a longer free one ("Lao động - TB&XH")
    field_alt = rf"{field_re}(?!{joined}{_CAPWORD})|{free_field}"
    body_re = re.compile(
        rf"(?<![\w/&-])(?P<head>{_alt([h for hs in g['heads'].values() for h in hs])})(?![\w])"
        rf"(?:\s+(?P<field>{field_alt}))?"
        rf"(?P<num>\s+\d{{1,2}}(?![\w/]))?"
        rf"(?P<loc>{locality})?"
        rf"|(?<![\w/&-])(?P<fixed>{_alt([a for e in g['fixed'] for a in [e['name'], *e.get('aliases', [])]])})(?![\w])"
        rf"(?P<floc>{locality})?"
    )
    collectives = [(re.compile(c["pattern"]), c) for c in g["collectives"]]
    fixed = []
    for entry in g["fixed"]:
        for alias in [entry["name"], *entry.get("aliases", [])]:
            fixed.append((fold(expand_abbreviations(alias)), entry))
    fixed.sort(key=lambda pair: -len(pair[0]))
    return body_re, head_kind, collectives, fixed


_NEEDS_FIELD = {"department", "office", "centre", "board", "school", "hospital", "hospital_department", "media", "institute",
                "court_chamber"}


def canonical_name(name: str) -> str:
    name = normalize_text(name)
    name = expand_abbreviations(name)
    name = re.sub(r"\s*&\s*", " và ", name)
    name = re.sub(r"\s*-\s*", " - ", name)
    name = re.sub(r"\s+", " ", name).strip(" ,;.:")
    return name


def _fixed_entry(name: str):
    """(alias words, entry) of the longest fixed name ``name`` starts with, or None."""
    _, _, _, fixed = _compiled()
    key = fold(name)
    for alias, entry in fixed:
        if key == alias or key.startswith(alias + " "):
            return alias, entry
    return None


def _make(text: str, start: int, end: int, kind: str, collective: bool = False,
          member_kinds: list[str] | None = None, localities: list[str] | None = None) -> Body:
    name = canonical_name(text)
    hit = None if collective else _fixed_entry(name)
    if hit:
        alias, entry = hit
        tail = name.split(" ")[len(alias.split(" ")):]  # a locality after the name ("… thị xã")
        name = " ".join([entry["name"], *tail])
        kind = entry["kind"]
    return Body(name=name, body_id=slugify(name), kind=kind, collective=collective,
                member_kinds=member_kinds or [], member_localities=localities or [],
                start=start, end=end, text=text)


def _places_spelt(name: str) -> str:
    """A collective's list of places with its abbreviations spelt out ("UBND các xã, TT" ->
    "UBND các xã, thị trấn"; bodies.yaml locality_abbreviations)."""
    table = gazetteer()["locality_abbreviations"]
    return re.sub(r"(?<=[, ])(%s)(?![\w])" % "|".join(map(re.escape, table)), lambda m: table[m.group(1)], name)


def find_bodies(text: str) -> list[Body]:
    body_re, head_kind, collectives, _ = _compiled()
    found: list[Body] = []
    for pattern, spec in collectives:
        for m in pattern.finditer(text):
            kinds = spec["member_kind"]
            kinds = kinds if isinstance(kinds, list) else [kinds]
            named = _places_spelt(m.group(0))
            if spec.get("answered_by"):
                # the communes' councils answer through their People's Committees, which chair them
                # ("HĐNVQS các xã, TT" is held by "Ủy ban nhân dân các xã, thị trấn")
                named = spec["answered_by"] + named[named.index(" các "):]
            locs = []
            if spec.get("member_localities_from_match"):
                locs = re.findall(r"thị xã|thị trấn|thành phố|đặc khu|xã|phường|huyện|quận", named)
            body = _make(named, m.start(), m.end(), "collective", True, kinds, locs)
            found.append(replace(body, text=m.group(0)))
    for m in body_re.finditer(text):
        if m.group("fixed"):
            found.append(_make(m.group(0), m.start(), m.end(), "other"))
            continue
        kind = head_kind.get(fold(m.group("head")), "other")
        fld = m.group("field")
        span = m.group(0)
        if m.group("head") in gazetteer()["place_heads"]:
            if not (m.group("loc") or m.group("num") or fld):
                continue  # "CA" alone names nothing; "CA huyện", "Thuế cơ sở 3", "Thanh tra Sở Y tế" do
        else:
            if kind in _NEEDS_FIELD and not fld:
                continue
            if m.group("num"):  # a number names only the offices of place_heads ("Sở Y tế 15 bản")
                span = text[m.start():m.start("num")]
        span = span.rstrip(" ,;")
        # a sentence word glued to a free field ("Phòng Tư pháp Chủ trì" is rare; trim "và")
        span = re.sub(r"\s+(và|,)$", "", span)
        found.append(_make(span, m.start(), m.start() + len(span), kind))
    # longest first, no overlaps
    found.sort(key=lambda b: (b.start, -(b.end - b.start)))
    out: list[Body] = []
    for b in found:
        if out and b.start < out[-1].end:
            continue
        out.append(b)
    return out


@ruleset.cached
def _head_titles() -> re.Pattern:
    titles = sorted(ruleset.load_yaml("duty_words.yaml").get("head_titles") or [], key=len, reverse=True)
    titles = [normalize_text(t) for t in titles]
    return re.compile(r"^(?:%s)\s+" % "|".join(re.escape(t) for t in titles)) if titles else re.compile(r"(?!)")


def led_body(text: str) -> str | None:
    """The body a head's title names, in the text's words: "Giám đốc Sở Tài chính" -> "Sở Tài
    chính", "Chủ tịch Ủy ban nhân dân các xã, phường" -> "Ủy ban nhân dân các xã, phường"; None
    when the text does not open with a head's title (duty_words.yaml head_titles) followed by a
    body ("Trưởng thôn", "Hiệu trưởng nhà trường" name people)."""
    clean = normalize_text(text).strip()
    m = _head_titles().match(clean.lower())
    if not m:
        return None
    rest = " ".join(clean.split()[len(m.group(0).split()):])
    body = canonical_body(rest)
    return rest if body is not None and body.start == 0 else None


def canonical_body(text: str) -> Body | None:
    """The body a whole string names (a heading "9. Công an thị xã", an issuer line)."""
    clean = re.sub(r"^\s*(Kính đề nghị|Đề nghị|Đối với|Giao|Yêu cầu)\s+", "", normalize_text(text))
    bodies = find_bodies(clean)
    if not bodies:
        return None
    first = bodies[0]
    if first.start > 3:
        return None
    return first


def is_member(body: Body, group: Body) -> bool:
    """Whether ``body`` is taken in by the collective holder ``group`` by its kind."""
    if not group.collective:
        return body.body_id == group.body_id
    if body.kind not in group.member_kinds:
        return False
    if body.kind == "people_committee" and group.member_localities:
        words = fold(body.name)
        return any(re.search(rf"\b{fold(loc)}\b", words) for loc in group.member_localities)
    return True


def names_list(text: str) -> bool:
    """Two or more proper names and nothing else ("Dang Kang, Yang Mao, Cư Pui và Hòa Sơn"): each
    word capitalised (or a number), the names between commas or "và"."""
    names = [n for n in re.split(r"\s*[,;]\s*(?:và\s+)?|\s+và\s+", text.strip(" .:;")) if n]
    return len(names) >= 2 and all(w[0].isupper() or w[0].isdigit() for n in names for w in n.split())
