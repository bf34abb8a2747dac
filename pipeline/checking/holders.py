"""Duty holders, the roster, and who sent a document.

A holder is a body the master plan gives duties to. A collective holder
("Ủy ban nhân dân các xã, phường", "Ủy ban MTTQVN thị xã và các tổ chức thành
viên") takes in its members: those the roster lists (``member_of``), and,
without a roster, any sender whose kind it takes in (a ward's UBND, the Hội
Liên hiệp Phụ nữ). A roster (YAML) gives names, aliases, members and who is
expected to send:

    bodies:
      - name: Phòng Lao động - Thương binh và Xã hội
        aliases: [Phòng LĐ-TB&XH]
      - name: Ủy ban nhân dân phường Tứ Hạ
        member_of: Ủy ban nhân dân các xã, phường
        expected: [plan, report]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from extractors.bodies import Body, canonical_body, canonical_name, gazetteer, is_member, locality_words, names_list
from ..errors import ReadError
from ..model import Document, Duty, Target
from .. import ruleset
from ..normalize import fold, slugify
from ..places import known, level_of, same_place


class RosterError(ReadError):
    code = "roster"
    message = "Không đọc được tệp danh sách đơn vị (roster): kiểm tra định dạng YAML."


@dataclass
class Holder:
    body_id: str
    name: str
    body: Body | None
    aliases: list[str] = field(default_factory=list)
    member_of: str | None = None  # body_id of the collective holder
    expected: tuple[str, ...] = ("plan", "report")
    from_roster: bool = False
    discovered: bool = False  # a member found in the inbox, not listed anywhere
    has_members: bool = False  # the roster lists members of it
    # the holders whose work it took over (the roster's ``successor_of``; the 2025 reorganisation,
    # renamed_2025.yaml), each with the day from which its documents answer for them ("" always)
    succeeds: dict[str, str] = field(default_factory=dict)
    # the other collectives it belongs to (a roster's ``member_of`` list: a commune "có rừng" and
    # "biên giới" as well as one of "các xã, phường")
    groups: list[str] = field(default_factory=list)

    def in_group(self, group_id: str | None) -> bool:
        """Whether it is a member of the collective holder ``group_id``."""
        return group_id is not None and (group_id == self.member_of or group_id in self.groups)

    @property
    def collective(self) -> bool:
        return self.has_members or bool(self.body and self.body.collective) or bool(generic_kinds(self.name))


_AFTER_KINDS = re.compile(r"\s+(?:tren dia ban|truc thuoc|thuoc|cua|o|tai|tham gia)\b.*$")


def generic_kinds(name: str) -> list[str]:
    """The names of members a collective name stands for, folded: "Phòng GD&ĐT các huyện, thị
    xã, thành phố" -> ["phong giao duc va dao tao huyen", "… thi xa", "… thanh pho"]; "các trường
    trung học phổ thông" -> ["truong trung hoc pho thong"]; [] for a name of one body."""
    memo = _generic_memo()  # asked for every holder of every sender: read each name once
    if name not in memo:
        memo[name] = _generic_kinds(name)
    return memo[name]


@ruleset.cached
def _generic_memo() -> dict[str, list[str]]:
    return {}


def _generic_kinds(name: str) -> list[str]:
    key = fold(canonical_name(name))
    m = re.match(r"^(?P<pre>.*?)\bcac\s+(?P<rest>.+)$", key)
    if not m:
        return []
    prefix = m.group("pre").strip()
    rest = _AFTER_KINDS.sub("", m.group("rest"))
    g = gazetteer()
    if any(key[m.start("rest") - 4:].startswith(fold(f)) for f in g["fields"] if fold(f).startswith("cac ")):
        return []  # "Ban Quản lý các khu công nghiệp": "các khu công nghiệp" is the field of one body
    out = []
    person = prefix in g.get("person_heads", [])  # "Trưởng các thôn": each thôn sends for its head
    heads = {fold(h) for hs in g["heads"].values() for h in hs}
    noun = None  # "các trường mầm non, tiểu học, THCS": the first kind's head noun is every kind's
    for opt in re.split(r"\s*,\s*|\s+va\s+", rest):
        opt = opt.strip()
        if not opt or opt in g["generic_skip"]:
            continue
        first = opt.split()[0]
        if noun is None and len(opt.split()) > 1 and first in heads:
            noun = first
        elif noun is not None and first != noun and not any(opt.startswith(h + " ") for h in heads):
            opt = f"{noun} {opt}"
        kind = g["generic_heads"].get(opt, opt)
        out.append(f"{prefix} {kind}".strip())
        if person:
            out.append(kind)
    return out


def person_head(collective_name: str) -> str | None:
    """"Trưởng" of "Trưởng các thôn, tổ dân phố": the person a collective of units' heads names
    (bodies.yaml person_heads), as written; None for a collective of bodies."""
    m = re.match(r"^(?P<pre>.*?)\s+các\s", canonical_name(collective_name), re.I)
    if m and fold(m.group("pre")).strip() in gazetteer().get("person_heads", []):
        return m.group("pre").strip()
    return None


def generic_member(name: str, collective_name: str) -> bool:
    """Whether a body is one of those a collective name stands for, by its own name: "Trường
    THPT Nam Sách" of "các trường trung học phổ thông", "Phòng GD&ĐT huyện Cẩm Giàng" of "Phòng
    GD&ĐT các huyện, thị xã, thành phố"; a "Trường THCS …" is not of the first."""
    key = _key(name)
    return any(key.startswith(k + " ") for k in generic_kinds(collective_name))


def load_roster(path: Path | None) -> list[dict]:
    if path is None:
        return []
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise RosterError(str(exc)) from exc
    entries = data.get("bodies", []) if isinstance(data, dict) else data
    if not isinstance(entries, list) or not all(isinstance(e, dict) and isinstance(e.get("name"), str) and e["name"]
                                                and _names_or_none(e.get("member_of")) for e in entries):
        raise RosterError("roster: expected a list of {name, aliases, member_of, expected}")
    return entries


def _names_or_none(value) -> bool:
    """A roster's ``member_of``: none, a name, or a list of names (a body in several groups)."""
    return value is None or isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))


def _key(name: str) -> str:
    """A name's key for matching; the executive of a body is the body ("Ban Chấp hành Hội LHPN
    xã" sends for the Hội LHPN xã)."""
    key = fold(canonical_name(name))
    for prefix in gazetteer()["executive_prefixes"]:
        if key.startswith(prefix + " "):
            key = key[len(prefix) + 1:]
            break
    for words, same in gazetteer()["name_word_orders"].items():  # "doan huyen mo duc" is "huyen doan mo duc"
        if key == words or key.startswith(words + " "):
            return same + key[len(words):]
    return key


def _strip_place(name: str) -> str:
    """"Công an thị xã Hương Trà" -> "cong an thi xa": the proper name after a locality word goes."""
    key = _key(name)
    m = re.search(rf"\b({locality_words(folded=True)})( [a-z]+){{0,4}}$", key)
    if m and _marked_locality(name, m.group(1)):
        return key[:m.end(1)]
    return key


def build_holders(duties: list[Duty], roster: list[dict], kinds: tuple[str, ...] = ("plan", "report"),
                  targets: list[Target] = ()) -> list[Holder]:
    """The holders of the duties and the roster's bodies; ``kinds``: what each is expected to send
    unless the roster says ("report" alone when the master document asks for no unit plans). A
    holder the roster renames takes its duties and the plan's ``targets`` with it."""
    _one_collective(duties)
    holders: dict[str, Holder] = {}
    renamed: dict[str, Holder] = {}  # plan holders the roster names otherwise, by their old id
    for d in duties:
        if d.body_id not in holders:
            holders[d.body_id] = Holder(d.body_id, d.body, canonical_body(d.body), expected=kinds)
    for entry in roster:
        name = canonical_name(entry["name"])
        expected = tuple(entry.get("expected") or kinds)
        aliases = [canonical_name(a) for a in entry.get("aliases", []) or []]
        parents = entry.get("member_of") or []
        parents = [parents] if isinstance(parents, str) else parents
        parent = parents[0] if parents else None
        target = _find(holders.values(), name, aliases)
        if target is not None and not parent:
            target.aliases.extend(aliases)
            target.expected = expected
            target.from_roster = True
            if fold(target.name) != fold(name) and len(_key(name).split()) >= len(_key(target.name).split()) and (
                    len(fold(name).split()) > len(fold(target.name).split())):
                # the roster names the body in full where the plan shortened it ("Công đoàn các KCN
                # tỉnh" is the roster's "Công đoàn các khu công nghiệp tỉnh Hưng Yên"): the fuller
                # name is the body's name (CONTRACT: the slug of its full name); where the plan's
                # is the fuller, it stays ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"); so does one the
                # key reads alike but the roster writes out ("Tỉnh Đoàn" is "Đoàn Thanh niên Cộng sản
                # Hồ Chí Minh tỉnh")
                renamed[target.body_id] = target
                target.aliases.append(target.name)
                target.name, target.body = name, canonical_body(name)
            continue
        group_ids = [_group_id(holders, renamed, canonical_name(p)) for p in parents]
        body = canonical_body(name)
        body_id = unique_id(name, holders.values())
        holders[body_id] = Holder(body_id, name, body, aliases, group_ids[0] if group_ids else None, expected, True,
                                  groups=group_ids[1:])
    if renamed:
        _rename(renamed, holders, [*duties, *targets])
    _successors(holders, roster, {d.body_id for d in duties})
    return list(holders.values())


def _group_id(holders: dict[str, Holder], renamed: dict[str, Holder], parent: str) -> str:
    """The id of the collective holder a roster's ``member_of`` names; the plan's holder it names
    more fully takes the roster's name ("Ủy ban nhân dân các xã có điểm du lịch cộng đồng" is the
    plan's "UBND các xã")."""
    group = _find(holders.values(), parent, [])
    if group is None:
        group = _roster_collective(holders.values(), parent)
        if group is not None:
            renamed[group.body_id] = group
            group.aliases.append(group.name)
            group.name, group.body = parent, canonical_body(parent)
    if group is None:
        return slugify(parent)
    group.has_members = True  # "Các trường THPT trực thuộc", whatever its name says
    return group.body_id


def _successors(holders: dict[str, Holder], roster: list[dict], holding: set[str]) -> None:
    """Who answers for a holder that no longer exists: the roster's ``successor_of`` (names or
    ids of the bodies a listed body took over), and the 2025 reorganisation (renamed_2025.yaml):
    a plan holder of an old name ("Sở Tài nguyên và Môi trường") is answered, from the day the
    change took effect, by each body that took its work ("Sở Nông nghiệp và Môi trường"), a holder
    of the run or one added for it, which holds no duty of its own."""
    by_id = {h.body_id: h for h in holders.values()}  # (the keys are the ids before any renaming)
    for entry in roster:
        old = entry.get("successor_of") or []
        if not old:
            continue
        heir = _find(holders.values(), canonical_name(entry["name"]), [])
        for o in ([old] if isinstance(old, str) else old):
            target = by_id.get(o) or _find(holders.values(), canonical_name(str(o)), [])
            if heir is not None and target is not None and target is not heir:
                heir.succeeds[target.body_id] = ""
                if heir.body_id not in holding and not entry.get("expected"):
                    heir.expected = ()  # it answers for the bodies it took over, owing nothing of its own
    table, since = _successor_table()
    for h in list(holders.values()):
        old = place_free(h.name)
        for new in table.get(old, []):
            if new == old or re.search(r"\b(cac|cap)\b", new):
                continue  # (a collective's successors are communes no name tells)
            heir = next((x for x in holders.values() if place_free(x.name) == new), None)
            if heir is None:
                pretty = canonical_name(_spelt(new))
                heir = holders.setdefault(unique_id(pretty, holders.values()), Holder(
                    unique_id(pretty, holders.values()), pretty, canonical_body(pretty), expected=(), discovered=True))
            heir.succeeds.setdefault(h.body_id, since.get(old, since.get("*", "")))


def _spelt(folded: str) -> str:
    """A successor's folded name with its marks, as the body lists write it (bodies.yaml)."""
    for body in _marked_names():
        if fold(body) == folded:
            return body
    return folded


@ruleset.cached
def _marked_names() -> list[str]:
    return [n for n in ruleset.load_yaml("renamed_2025.yaml").get("names") or []]


def place_free(name: str) -> str:
    """A holder's name folded, without its place: "so ke hoach va dau tu"."""
    key = re.sub(r"[\W_]+", " ", fold(canonical_name(name))).strip()
    if re.search(r"\b(cac|cap)\b", key):
        return key  # a collective ("các huyện, thị xã, thành phố") names no place
    return re.sub(rf"\b({locality_words(folded=True)})( [a-z0-9]+){{0,4}}$", "", key).strip()


def successors(name: str) -> list[str]:
    """The place-free names of the bodies that took over an old body's work in 2025."""
    return _successor_table()[0].get(place_free(name), [])


@ruleset.cached
def _successor_table() -> tuple[dict[str, list[str]], dict[str, str]]:
    """renamed_2025.yaml: (old name -> its successors, old name -> the day they took over; "*" for
    those the file gives no day of its own)."""
    data = ruleset.load_yaml("renamed_2025.yaml")
    norm = lambda t: re.sub(r"[\W_]+", " ", fold(t)).strip()  # noqa: E731
    table = {norm(k): [norm(v) for v in vs] for k, vs in (data.get("successors") or {}).items()}
    since = {("*" if k == "*" else norm(k)): str(v) for k, v in (data.get("since") or {}).items()}
    return table, since


def _rename(renamed: dict[str, Holder], holders: dict[str, Holder], duties: list[Duty | Target]) -> None:
    """Give each plan holder the roster renames the id of its roster name; its duties (and
    targets) and its members follow."""
    ids: dict[str, str] = {}
    for old, h in renamed.items():
        others = [x for x in holders.values() if x is not h]
        h.body_id = ids[old] = unique_id(h.name, others)
    for d in duties:
        if d.body_id in ids:
            d.body_id, d.body = ids[d.body_id], renamed[d.body_id].name
    for h in holders.values():
        if h.member_of in ids:
            h.member_of = ids[h.member_of]
        h.groups = [ids.get(g, g) for g in h.groups]


def unique_id(name: str, holders) -> str:
    """The slug of ``name``, made unique: "phường Hương Văn" and "phường Hương Vân" fold to one
    slug, so the second one met gets "-2"."""
    base = slugify(name)
    taken = {h.body_id: h.name for h in holders}
    candidate, n = base, 1
    while candidate in taken and taken[candidate] != name:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _keys(name: str) -> set[str]:
    """A name's keys: as written, and as the gazetteer writes the body it names ("Đoàn Thanh
    niên xã" is the plan's "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã")."""
    body = canonical_body(name)
    return {_key(name)} | ({_key(body.name)} if body is not None and body.end >= len(name) - 1 else set())


def _roster_collective(holders, name: str) -> Holder | None:
    """The plan's collective holder that the roster's ``name`` (of a ``member_of``) names otherwise:
    more fully, without the members the plan lists after it, or with other kinds of place."""
    return _shortened(holders, name) or _listing(holders, name) or _kinds_aside(holders, name)


def _shortened(holders, name: str) -> Holder | None:
    """The collective holder whose name the roster's ``name`` begins with, word for word."""
    key = _key(name)
    found = [h for h in holders if h.collective and key.startswith(_key(h.name) + " ")]
    return max(found, key=lambda h: len(_key(h.name))) if found else None


def _listing(holders, name: str) -> Holder | None:
    """The collective holder the plan names as the roster's ``name`` followed by its members' names
    ("Các Công ty Điện lực Quảng Trị, Quảng Ngãi, Gia Lai, Đắk Lắk" for the roster's "Các Công ty
    Điện lực")."""
    n = len(name.split())
    for h in holders:
        words = h.name.split()
        if h.collective and len(words) > n and _key(" ".join(words[:n])) == _key(name) and names_list(" ".join(words[n:])):
            return h
    return None


def _kinds_aside(holders, name: str) -> Holder | None:
    """The one collective holder whose name is the roster's ``name`` but for the kinds of place it
    lists ("Ủy ban nhân dân các xã ven sông … tỉnh Nghệ An" for the plan's "Ủy ban nhân dân các xã,
    phường ven sông … tỉnh Nghệ An"): the same words once "xã", "phường", "thị trấn" … are set aside."""
    kinds = re.compile(rf"\b({locality_words(folded=True)})\b|[^a-z0-9 ]")

    def bare(n: str) -> str:
        return " ".join(kinds.sub(" ", _key(n)).split())

    key = bare(name)
    found = [h for h in holders if h.collective and bare(h.name) == key]
    return found[0] if len(found) == 1 else None


def _one_collective(duties: list[Duty]) -> None:
    """A collective the plan names twice, once with its members after it ("UBND các xã Dang Kang,
    Yang Mao, Cư Pui, Hòa Sơn" in a heading, "UBND các xã" in the schedule table): one holder,
    the shorter name's."""
    names = {d.body_id: d.body for d in duties}
    for d in duties:
        body = canonical_body(d.body)
        if body is None or not body.collective:
            continue
        words = d.body.split()
        for other_id, other in names.items():
            n = len(other.split())
            if (other_id != d.body_id and n < len(words) and _key(" ".join(words[:n])) == _key(other)
                    and names_list(" ".join(words[n:]))):
                d.body_id, d.body = other_id, other
                break


def _find(holders, name: str, aliases: list[str]) -> Holder | None:
    keys = _keys(name).union(*(_keys(a) for a in aliases))
    for h in holders:
        if _key(h.name) in keys or keys & {_key(a) for a in h.aliases}:
            return h
    return None


def name_score(a: str, b: str) -> float:
    """0-100: how surely two names are one body (abbreviations expanded, places folded). Two
    names of the same level of place that name different places are never one body ("UBND
    huyện Tây Hòa" is not "UBND thị xã Đông Hòa", "UBND Phường 2" not "UBND Phường 5")."""
    ka, kb = _key(a), _key(b)
    if ka == kb:
        return 100.0
    la, lb = locality(a), locality(b)
    if la and lb and _level(la) == _level(lb) and not _same(la, lb):
        return 0.0
    if la and lb and _level(la) != _level(lb) and _strip_place(a) != _strip_place(b):
        return 0.0  # nor a body of a town and one of a commune ("UBND thị xã Nghi Sơn", "UBND xã Pù Luông")
    sa, sb = _strip_place(a), _strip_place(b)
    if sa == sb:
        return 97.0
    if kb.startswith(ka + " ") or ka.startswith(kb + " "):
        return 95.0
    if kb.endswith(" " + ka) or ka.endswith(" " + kb):
        return 0.0  # a body under the other, named with it: "Đoàn trường THPT X" is not "Trường THPT X"
    return float(fuzz.ratio(sa, sb))


ELSEWHERE = "đơn vị chủ quản khác"


STANDING_AT_LEAST = 90  # rapidfuzz ratio: an OCR'd "Ban thường trụực" is the Ban thường trực


def is_standing_body(issuer: str | None) -> bool:
    """Whether the issuer line names an organisation's standing body ("Ban Thường trực"),
    read through a letter OCR doubled or misread."""
    from rapidfuzz import fuzz

    key = fold(issuer or "").strip(" .")
    return bool(key) and any(key == name or (len(key) >= 8 and fuzz.ratio(key, name) >= STANDING_AT_LEAST)
                             for name in gazetteer().get("standing_bodies", []))


def match_sender(doc: Document, holders: list[Holder], plan_issuer: str | None,
                 plan_parent: str | None = None, partners=()) -> tuple[Holder | None, str]:
    """The holder (or collective member) that sent ``doc``, and how it was told; ``partners``: a
    joint plan's other issuers, (issuer, parent), whose places are the plan's too."""
    candidates: list[tuple[str, str]] = []  # (name, how)
    standing = is_standing_body(doc.meta.issuer)
    if standing and any(_key(a) == _key(doc.meta.issuer or "") for h in holders for a in [h.name, *h.aliases]):
        standing = False  # the plan's own holder of that name ("Văn phòng" of the Thuế tỉnh, given its duties)
    if standing and doc.meta.parent_issuer:
        # "Ủy ban MTTQ Việt Nam tỉnh … / Ban Thường trực": the standing body sends for its organisation
        candidates.append((doc.meta.parent_issuer, "cơ quan thường trực của " + doc.meta.parent_issuer))
    if doc.meta.issuer and _party_committee(doc.meta.parent_issuer):
        # "Văn phòng", "Ban Tuyên giáo" under "Huyện ủy Thanh Ba": the Văn phòng Huyện ủy
        candidates.append((f"{doc.meta.issuer} {doc.meta.parent_issuer}", "tên cơ quan ban hành và cấp trên"))
    if doc.meta.issuer and not standing:
        place = place_words(doc.meta.parent_issuer)
        if place and locality(doc.meta.issuer) is None and _is_local_government(doc.meta.parent_issuer):
            # "Phòng Giáo dục và Đào tạo" under "Ủy ban nhân dân huyện Krông Pắc" is the
            # Phòng Giáo dục và Đào tạo huyện Krông Pắc, never a like-named body of another
            # level ("Ban Chỉ huy Quân sự" under "UBND thị trấn Mộ Đức" is not the district's)
            candidates.append((f"{doc.meta.issuer} {place}", "tên cơ quan ban hành và cấp trên"))
            loc = locality(doc.meta.parent_issuer)
            if loc is not None and _level(loc) == "commune":
                # a commune's own organ that the plan does not name sends for its commune
                candidates.append((doc.meta.parent_issuer, "cơ quan của " + doc.meta.parent_issuer))
        else:
            candidates.append((doc.meta.issuer, "tên cơ quan ban hành"))
    for para in doc.preamble[:3]:
        for pattern in _sender_sentences():
            m = pattern.search(para)
            said = m.group("b").split(",")[-1].strip() if m else ""
            body = canonical_body(said) if m else None
            if body:
                # (the sentence's own words, where they name the body whole: "Trung tâm Y tế khu vực
                # Chư Sê", whose place the gazetteer's name of it leaves out)
                candidates.append((said if body.start == 0 else body.name, "câu ban hành"))
                break
            if m and not doc.meta.issuer and len(said.split()) <= 8 and (said[:1].isupper() or any(
                    name_score(a, said) >= 90 for h in holders for a in [h.name, *h.aliases])):
                # a unit the gazetteer does not know, named by a page with no header ("…, Tổ dân
                # phố số 8 báo cáo kết quả thực hiện như sau:", "…, thôn Đông Tiến báo cáo kết quả
                # như sau:" in small letters where it is a holder's name): a holder's name, or nothing
                candidates.append((said, "câu ban hành"))
                break
    if not doc.meta.issuer and " - " in (doc.meta.title or ""):
        # "… 6 THÁNG ĐẦU NĂM 2026 - TỔ DÂN PHỐ SỐ 3": the title ends with who sends it
        tail = doc.meta.title.rsplit(" - ", 1)[1].strip(" .")
        if len(tail.split()) <= 8:
            candidates.append((tail, "tên trong trích yếu"))
    if doc.meta.parent_issuer and any(re.search(_on_behalf(), fold(p)) for p in doc.preamble[:3]):
        # "… báo cáo kết quả … thay Ủy ban nhân dân tỉnh": the office answers for its parent
        candidates.append((doc.meta.parent_issuer, "báo cáo thay " + doc.meta.parent_issuer))
    own = bool(plan_issuer) and (not doc.meta.issuer or _key(doc.meta.issuer).startswith(_key(plan_issuer)))
    if own:
        # a document of the plan's own body (or of no body), written by one of its people: the
        # person answers for the post the plan gives them, named by their own name in the roster
        # ("Nguyễn Thị Hạnh - công chức Tư pháp"), or by the post they give ("Chức danh: Công chức
        # Tư pháp - Hộ tịch", "Tôi tên: Võ Minh Phúc, công chức Địa chính - Xây dựng"), first
        person = [(doc.meta.signer, "người ký")] if doc.meta.signer else []
        person += [(post, "chức danh tự giới thiệu") for post in _self_introduced(doc)]
        candidates[:0] = person
    if doc.meta.signer_title and own and doc.meta.issuer:
        # a document of the plan's own body, signed by one of its people: the signer's title names
        # the holder ("Nhân viên y tế" of a school's plan is its "Nhân viên y tế trường học")
        candidates.append((doc.meta.signer_title, "chức danh người ký"))
        candidates += [(name, "chức danh người ký") for name in _person_members(doc, holders)]
    if not candidates:
        return None, ""
    if all(elsewhere(doc.meta.issuer, doc.meta.parent_issuer, i, p) for i, p in [(plan_issuer, plan_parent), *partners]):
        # a unit of another town or district: not one of this plan's holders
        return None, ELSEWHERE
    for name, how in candidates:
        best, best_score = None, 0.0
        tied: set[str] = set()  # the holders at the best score
        for h in holders:
            if h.collective:
                continue
            for alias in [h.name, *h.aliases]:
                s = name_score(alias, name)
                if s > best_score:
                    best, best_score, tied = h, s, {h.body_id}
                elif s == best_score and best is not None:
                    tied.add(h.body_id)
        if best is not None and best_score >= 90 and len(tied) > 1:
            # a name that several holders' names begin with ("Trung tâm Y tế khu vực", its place lost
            # to OCR) tells none of them: the next clue decides, or nobody
            continue
        if best is not None and best_score >= 90:
            _join_collective(best, holders)
            return best, how
        body = canonical_body(name)
        if body is not None:
            for h in holders:
                if h.collective and h.body and is_member(body, h.body):
                    return _discovered(body, h, holders), how + " (thành viên của " + h.name + ")"
        for h in holders:
            if h.collective and generic_member(name, h.name):
                home = place_words(plan_issuer)
                if home and _key(name).endswith(" " + _key(home)):
                    name = name[:len(name) - len(home)].strip()  # the plan's own place says nothing more
                head = person_head(h.name)
                if head and not _key(name).startswith(_key(head) + " "):
                    name = f"{head} {name[:1].lower()}{name[1:]}"  # the thôn's document: its head's
                return _discovered(_named(name), h, holders), how + " (thành viên của " + h.name + ")"
    return None, ""


@ruleset.cached
def _on_behalf() -> re.Pattern:
    """files.yaml ``on_behalf``: an office that says it reports for the body above it."""
    return re.compile(ruleset.load_yaml("files.yaml")["on_behalf"])


@ruleset.cached
def _sender_sentences() -> list[re.Pattern]:
    """files.yaml ``sender_sentences``: who an opening sentence says issues the document."""
    return [re.compile(p) for p in ruleset.load_yaml("files.yaml")["sender_sentences"]]


@ruleset.cached
def _self_pattern() -> re.Pattern:
    return re.compile(ruleset.load_yaml("files.yaml")["self_introduction"])


def _self_introduced(doc: Document) -> list[str]:
    """The post a personal document's writer gives in its opening lines ("Chức danh: Công chức
    Tư pháp - Hộ tịch, Văn phòng …", "Tôi tên: Võ Minh Phúc, công chức Địa chính - Xây dựng (…)")."""
    out = []
    for para in doc.preamble[:4]:
        m = _self_pattern().match(para.strip())
        if m:
            post = (m.group("post") or m.group("mine")).strip()
            out.append(post[:1].upper() + post[1:])
    return out


def _person_members(doc: Document, holders: list[Holder]) -> list[str]:
    """A member of a collective of people ("Giáo viên chủ nhiệm các lớp") as its document names
    it: the signer's title and the unit its title gives ("… học kỳ I, lớp 11A3" signed "GIÁO VIÊN
    CHỦ NHIỆM" is the Giáo viên chủ nhiệm lớp 11A3)."""
    title, where = fold(doc.meta.signer_title or ""), doc.meta.title or ""
    out = []
    for h in holders:
        for kind in generic_kinds(h.name) if h.collective else []:
            if not kind.startswith(title + " "):
                continue
            unit = kind[len(title) + 1:]
            m = re.search(rf"\b{re.escape(unit)}\s+([0-9A-Za-z][\w/.-]*)", fold(where))
            if m:
                written = where[m.start():m.end()]
                out.append(f"{doc.meta.signer_title} {written[:1].lower()}{written[1:]}")
    return out


def trim_place(name: str) -> str:
    """A name whose place has OCR noise after it ("… huyện Quỳnh Lưu Gáo¿ci"): cut after the
    longest run of its words the administrative-units library knows as a place of that level."""
    m = _place_patterns()[0].search(_key(name))
    loc = locality(name)
    if m is None or loc is None or loc[1] == m.group(0)[m.start(2):].strip():
        return name
    written = _place_patterns()[1].match(name)
    if not written:
        return name
    # keep the locality word and as many words of the place as the library knows
    keep = len(loc[0].split()) + len(loc[1].split())
    return (name[:written.start(1)] + " ".join(written.group(1).split()[:keep])).strip()


def _named(name: str) -> Body:
    words = canonical_name(name).split()
    for prefix in gazetteer()["executive_prefixes"]:  # the executive sends for its body
        if fold(" ".join(words[:len(prefix.split())])) == prefix:
            words = words[len(prefix.split()):]
            break
    clean = trim_place(" ".join(words))
    return Body(name=clean, body_id=slugify(clean), kind="other", collective=False, member_kinds=[],
                member_localities=[], start=0, end=len(clean), text=clean)


def _join_collective(holder: Holder, holders: list[Holder]) -> None:
    """A named holder that sends is also a member of the collective holder it belongs to ("Trung
    tâm Y tế huyện Đức Hòa" of "Trung tâm Y tế các huyện, thị xã, thành phố"): it answers the
    collective's duties too, as a member found by its documents does. A roster's word stands."""
    if holder.member_of or holder.collective or holder.from_roster:
        return
    for h in holders:
        if not h.collective or h.has_members or h is holder:
            continue
        if (h.body and holder.body and is_member(holder.body, h.body)) or generic_member(holder.name, h.name):
            holder.member_of = h.body_id
            return


def _discovered(body: Body, group: Holder, holders: list[Holder]) -> Holder:
    for h in holders:
        if h.in_group(group.body_id) and name_score(h.name, body.name) >= 90:
            return h
    member = Holder(unique_id(body.name, holders), body.name, body, member_of=group.body_id, discovered=True,
                    expected=group.expected)
    holders.append(member)
    return member


_PROVINCE_LEVEL = {"tinh"}
_COMMUNE_LEVEL = {"xa", "phuong", "thi tran", "dac khu"}  # (a special zone is of the communes' level since 2025)


@ruleset.cached
def _place_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The last locality word of a name and the place after it, in folded text ("... thi xa
    huong tra"), and as written ("huyện Krông Pắc"); the words are bodies.yaml's localities."""
    folded, written = locality_words(folded=True), locality_words()
    return (re.compile(rf".*\b({folded})\s+([a-z0-9][a-z0-9 ]*)(?:[^a-z0-9 ].*)?$"),
            re.compile(rf".*\b((?:{written})\s+\S.*)$", re.I))


def place_words(name: str | None) -> str | None:
    """"huyện Krông Pắc" of "Ủy ban nhân dân huyện Krông Pắc", as written."""
    m = _place_patterns()[1].match(name or "")
    return m.group(1).strip() if m else None


def _is_local_government(name: str | None) -> bool:
    return bool(name) and _key(name).startswith(("uy ban nhan dan", "hoi dong nhan dan"))


def locality(name: str | None) -> tuple[str, str] | None:
    """("huyen", "chau thanh") for "Trung tâm Y tế huyện Châu Thành"; None when the name
    gives no place ("Phòng Nội vụ", "Hội LHPN huyện")."""
    if not name:
        return None
    key = _party_place(_key(name))
    m = _place_patterns()[0].search(key)
    if not m:
        return None
    kind, place = m.group(1), m.group(2).strip()
    if not _marked_locality(name, kind):
        return None
    return kind, known_prefix(place, level_of(kind))


@ruleset.cached
def _party_committees() -> list[tuple[re.Pattern, str]]:
    """Each Party committee named by its level (folded, bodies.yaml party_committees), and its level."""
    return [(re.compile(rf"\b{fold(c)}\b"), fold(level)) for c, level in gazetteer().get("party_committees", {}).items()]


def _party_committee(name: str | None) -> bool:
    """Whether a name is a Party committee named by its level ("Huyện ủy Thanh Ba")."""
    key = _key(name or "")
    return any(p.match(key) for p, _ in _party_committees())


def _party_place(key: str) -> str:
    """A Party committee named by its level names its place: "huyen uy thanh ba" is of "huyen
    thanh ba", "tinh uy phu tho" of "tinh phu tho" (folded keys)."""
    for pattern, level in _party_committees():
        key = pattern.sub(level, key)
    return key


def _marked_locality(name: str, kind: str) -> bool:
    """Whether a name written with its marks holds the locality word ``kind`` (folded) as such:
    folded, "Ban quản lý", "quân sự" and "quan trắc" all hold "quan" (quận). A name without
    marks (an OCR'd or typed-plain line) cannot tell, and is taken at its word."""
    if fold(name.lower()) == name.lower():  # typed without marks: "UBND HUYEN KRONG BONG"
        return True
    written = canonical_name(name).lower()
    return any(fold(w) == kind for w in re.findall(rf"\b(?:{locality_words()})\b", written))


def known_prefix(place: str, level: str) -> str:
    """The place as the administrative-units library knows it: "nghe an" of "nghe an ban thuong
    vu" (a header line run on), "quynh luu" of "quynh luu gao ci" (OCR noise); the place as it
    is when no run of its first words is a known one."""
    if known(place, level):
        return place
    words = place.split()
    for n in range(len(words) - 1, 0, -1):
        if known(" ".join(words[:n]), level):
            return " ".join(words[:n])
    return place


def _level(loc: tuple[str, str]) -> str:
    return "province" if loc[0] in _PROVINCE_LEVEL else "commune" if loc[0] in _COMMUNE_LEVEL else "district"


def _same(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return same_place(a[1], b[1], level_of(a[0]))


def elsewhere(issuer: str | None, parent: str | None, plan_issuer: str | None, plan_parent: str | None) -> bool:
    """Whether a document comes from a body of another locality than the plan's, judged by
    the places its issuer and parent body name ("Phòng Nội vụ" under "UBND thị xã Hương
    Thủy" for a plan of thị xã Hương Trà). A parent of the province level (Sở Y tế tỉnh …,
    Hội LHPN tỉnh …, Công an tỉnh …) fits a district's plan unless it names another province."""
    home = [loc for loc in (locality(plan_issuer), locality(plan_parent)) if loc]
    if not home:
        return False
    own = locality(issuer)
    if own is not None:
        peers = [h for h in home if _level(h) == _level(own)]
        if any(_same(own, h) for h in peers):
            return False
        if peers:
            return True  # a body of another district (or province)
    up = locality(parent)
    if up is None:
        return False
    same_level = [h for h in home if _level(h) == _level(up)]
    if not same_level:
        # a parent of another level than the plan's places: a provincial body for a district's
        # plan (its province is not known), a district's UBND for a province's plan
        return False
    return not any(_same(up, h) for h in same_level)
