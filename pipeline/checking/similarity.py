"""Does a unit's document take up a duty? Similarity of duty parts to the unit's tasks.

Texts are segmented into Vietnamese words with underthesea (so that "bình
đẳng" is one unit, not two syllables that also occur in "bình thường" and
"đẳng cấp"), function words dropped, administrative synonyms folded to one
word (``rules/synonyms.tsv``: "truyền thông" and "phổ biến" count as
"tuyên truyền"), and compared by TF-IDF cosine (scikit-learn), with the
IDF learnt from every duty and task of the run: words every plan repeats
("bình đẳng giới", "năm 2023") weigh little, the substance weighs much.

A duty is split into its parts (clauses separated by ";" or sentences); each
part takes the best-matching task. All parts matched: ``covered``; some:
``partial``; none: ``missing``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import ruleset
from ..normalize import fold



@ruleset.cached
def rules() -> dict:
    """The whole of matching.yaml."""
    return ruleset.load_yaml("matching.yaml")


@ruleset.cached
def thresholds() -> dict[str, float]:
    """part_covered, whole_covered, task_orphan (pipeline/rules/matching.yaml, how each was chosen)."""
    data = ruleset.load_yaml("matching.yaml")
    return {k: float(data[k]) for k in ("part_covered", "whole_covered", "task_orphan", "part_refused",
                                        "own_duty_share")}

@ruleset.cached
def _stop_words() -> frozenset[str]:
    return frozenset(ruleset.load_yaml("matching.yaml")["stop_words"].split())


@ruleset.cached
def _synonyms() -> dict[str, str]:
    rows = ruleset.load_rows("synonyms.tsv")
    out = {}
    for canonical, variants in rows:
        for v in variants.split(","):
            out[v.strip()] = canonical
    return out


def words(text: str) -> tuple[str, ...]:
    """The words a text is compared on (no memory: ``Similarity.words`` remembers them)."""
    return _segment(text)


@ruleset.cached
def _boilerplate() -> re.Pattern | None:
    phrases = ruleset.load_yaml("matching.yaml").get("boilerplate") or []
    return re.compile("|".join(f"(?:{p})" for p in phrases)) if phrases else None


@ruleset.cached
def _terms() -> list[tuple[re.Pattern, str]]:
    """rules/term_abbreviations.tsv: the work's abbreviations, longest first, as whole words."""
    rows = sorted(ruleset.load_rows("term_abbreviations.tsv"), key=lambda r: len(r[0]), reverse=True)
    return [(re.compile(rf"(?<![\w&]){re.escape(abbr)}(?![\w&])"), expansion) for abbr, expansion in rows]


def spelt_out(text: str) -> str:
    """``text`` with the abbreviations of work spelt out ("DVCTT toàn trình", "TK ĐDĐT")."""
    if not re.search(r"[A-ZĐ]{2}", text):
        return text
    for pattern, expansion in _terms():
        text = pattern.sub(expansion, text)
    return text


def _segment(text: str) -> tuple[str, ...]:
    from underthesea import word_tokenize

    text = spelt_out(text).lower()
    boilerplate = _boilerplate()
    if boilerplate is not None:
        text = boilerplate.sub(" ", text)
    tokens = word_tokenize(text, format="text").split()
    syn, stop = _synonyms(), _stop_words()
    out = []
    for tok in tokens:
        if not re.search(r"[^\W\d_]", tok) or tok in stop:
            continue
        out.append(syn.get(tok, tok))
    return tuple(out)


@ruleset.cached
def _qualifiers() -> tuple[str, ...]:
    return tuple(ruleset.load_yaml("matching.yaml").get("qualifier_starts") or ())


@ruleset.cached
def _stances() -> tuple[re.Pattern, ...]:
    """matching.yaml stance_parts, compiled once (parts() runs for every duty against every document)."""
    return tuple(re.compile(x) for x in ruleset.load_yaml("matching.yaml").get("stance_parts") or ())


def parts(duty_text: str, words=words) -> list[str]:
    """The parts of a duty: clauses separated by ";" and sentences, not inside brackets ("Rà soát trụ
    sở (trụ sở các xã cũ; trạm y tế, nhà văn hóa); lập hồ sơ …" is two); short scraps join their
    neighbour. ``words``: how a text is segmented (``Similarity.words``, which remembers)."""
    pieces = [p.strip() for p in _outside_brackets(duty_text) if p.strip()]
    out: list[str] = []
    qualifiers = _qualifiers()
    for p in pieces:
        if out and (len(words(p)) < 4 or fold(p).startswith(qualifiers)):
            # a scrap, or a clause that only sets how much or by when for the one before it
            # ("…; mỗi huyện tổ chức ít nhất 02 lớp, hoàn thành trước ngày 31/5/2025")
            out[-1] = out[-1] + "; " + p
        else:
            out.append(p)
    # a clause that only says who answers for it or that breaches are met firmly is no work to show
    work = [p for p in out if not any(s.search(fold(p).strip()) for s in _stances())]
    return (work or out) or [duty_text]


_CLAUSE_END = re.compile(r";|\.\s+(?=[A-ZĐÀ-Ỹ])|[()]")


def _outside_brackets(text: str) -> list[str]:
    """``text`` cut at each ";" and each sentence's end that no bracket encloses."""
    out, start, depth = [], 0, 0
    for m in _CLAUSE_END.finditer(text):
        mark = m.group(0)
        if mark in "()":
            depth = depth + 1 if mark == "(" else max(depth - 1, 0)
        elif depth == 0:
            out.append(text[start:m.start()])
            start = m.end()
    return out + [text[start:]]


def prepare() -> None:
    """Import what matching needs (scikit-learn takes seconds to import), so that it can be
    done while the files are being read."""
    import sklearn.feature_extraction.text  # noqa: F401
    import sklearn.metrics.pairwise  # noqa: F401
    import underthesea  # noqa: F401


class Similarity:
    """TF-IDF over segmented words, fitted on all the texts of a run. ``known``: the words of
    texts segmented by an earlier run (underthesea is the slow part of matching); the object
    remembers every text it segments in ``known`` (a run's cache keeps them for the next)."""

    LIMIT = 200_000  # texts remembered at most

    def __init__(self, texts: list[str], known: dict[str, tuple[str, ...]] | None = None,
                 ignore: frozenset[str] = frozenset()):
        """``ignore``: words that weigh nothing in this run (the plan's own title words: every
        text of the run shares them, the activity does not lie in them)."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        from ..accents import Lexicon, unaccented

        self.known: dict[str, tuple[str, ...]] = dict(known or {})
        self.ignore = ignore
        # texts typed without marks are compared with the marks the run's accented texts give them
        # (the plan names the same work): "Ra soat ho dan" is "Rà soát hộ dân"
        self._unaccented = unaccented
        plain = [unaccented(t) for t in texts]
        self.lexicon = Lexicon(t for t, p in zip(texts, plain) if not p) if any(plain) else None
        self._restored: dict[str, str] = {}  # each unaccented text as the lexicon marks it, once
        self.vectorizer = TfidfVectorizer(analyzer=self._features, sublinear_tf=True, min_df=1)
        self.vectorizer.fit(texts or [""])

    def _features(self, text: str) -> list[str]:
        ws = self.words(text)
        if not self.ignore:
            return list(ws) + _bigrams(ws)
        # a title word weighs nothing alone; a pair it forms with another word still counts
        # ("kiểm tra công tác cải cách hành chính" is about the reform's inspection)
        return [w for w in ws if w not in self.ignore] + [b for b in _bigrams(ws)
                                                           if not all(w in self.ignore for w in b.split(" "))]

    def words(self, text: str) -> tuple[str, ...]:
        if self.lexicon:
            restored = self._restored.get(text)
            if restored is None:
                restored = self._restored[text] = self.lexicon.restore(text) if self._unaccented(text) else text
            text = restored
        found = self.known.get(text)
        if found is None:
            found = _segment(text)
            if len(self.known) < self.LIMIT:
                self.known[text] = found
        return found

    def residual(self, text: str, without: str, others: list[str]) -> float:
        """How much of ``text``'s cosine with the best of ``others`` comes from what it says
        beyond ``without``: the shared features of ``without`` count for nothing (the vectors
        are normalised, so this is the cosine's share outside them)."""
        if not others:
            return 0.0
        v = self.vectorizer.transform([text]).tolil()
        for j in self.vectorizer.transform([without]).indices:
            v[0, j] = 0
        return float((self.vectorizer.transform(others) @ v.tocsr().T).toarray().max())

    def matrix(self, a: list[str], b: list[str]):
        from sklearn.metrics.pairwise import cosine_similarity

        if not a or not b:
            return None
        return cosine_similarity(self.vectorizer.transform(a), self.vectorizer.transform(b))


def _bigrams(ws: tuple[str, ...]) -> list[str]:
    return [f"{a} {b}" for a, b in zip(ws, ws[1:])]


@dataclass
class Verdict:
    status: str  # covered | partial | missing
    score: float
    task_index: int | None  # the task giving the evidence
    parts_covered: int
    parts_total: int
    found: list[str] = field(default_factory=list)  # the duty's parts taken up, in the plan's words
    missing: list[str] = field(default_factory=list)  # and those not taken up
    # how sure: the smallest distance of a part's score from the threshold, relative to it
    # (0: on the threshold, 1: far from it)
    confidence: float = 1.0
    # the unit's own words saying a part of the duty is not done, put off or conditional
    said_not_done: list[str] = field(default_factory=list)
    # what the verdict was reached on, for its confidence (checking/confidence.py): the best and
    # second-best scores of the duty as a whole, each part's best, how many activities and refusals
    signals: dict[str, float] = field(default_factory=dict)


# A duty part that asks the holder for its own plan ("Xây dựng kế hoạch … của địa phương",
# "Ban hành kế hoạch triển khai tại đơn vị"): the unit plan itself is its answer, and a
# report answers it by saying that the plan was issued ("Ban hành Kế hoạch số 12/KH-UBND").
# The patterns are rule data (matching.yaml: own_plan_part, plan_issued).
@ruleset.cached
def _own_plan_patterns() -> tuple[re.Pattern, re.Pattern]:
    data = ruleset.load_yaml("matching.yaml")
    return re.compile(data["own_plan_part"]), re.compile(data["plan_issued"])


def asks_for_own_plan(part: str) -> bool:
    return bool(_own_plan_patterns()[0].match(fold(part)))


def says_plan_issued(texts: list[str]) -> bool:
    issued = _own_plan_patterns()[1]
    return any(issued.search(fold(t)) for t in texts)


_PIECES = re.compile(r";\s+|(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")
_CLAUSES = re.compile(r";\s+")


def judge(duty_text: str, tasks: list[str], sim: Similarity, own_plan: bool = False,
          refused: list[str] = (), others: list[str] = ()) -> Verdict:
    """``own_plan``: the holder's document is its own plan, or says it issued one, which
    answers the parts of the duty that ask for that plan. ``refused``: what the document says
    is not done, put off or conditional ("việc bố trí lực lượng … lùi sang mùa khô năm sau"):
    a part of the duty it names is not taken up, whatever else seems to take it up.
    ``others``: the holder's other duties in the plan (or its ``Rivals``, all its duties,
    shared by every duty of the holder judged on the same document). An activity answers the duty it is
    closest to: it takes up no part of this one when it matches another of the holder's duties
    much better (matching.yaml own_duty_share)."""
    words = sim.words
    ps = parts(duty_text, words)
    # a unit's paragraph often lists several activities ("Kiện toàn …; bố trí …; đăng ký …"), or
    # tells them one sentence after another ("Tháng 3, tổ họp dân … . Đến ngày 14/3 …"): a part of
    # the duty is compared with each of them as well as with the whole paragraph
    pieces, owner = [], []
    for i, task in enumerate(tasks):
        split = _PIECES if len(task.split()) >= 60 else _CLAUSES  # (a long story: its sentences too)
        clauses = [c for c in split.split(task) if len(words(c)) >= 3]
        for piece in [task] + (clauses if len(clauses) > 1 else []):
            pieces.append(piece)
            owner.append(i)
    m = sim.matrix(ps, pieces)
    if m is None:
        return Verdict("missing", 0.0, None, 0, len(ps), [], list(ps), 1.0)
    if others:
        rivals = others if isinstance(others, Rivals) else Rivals([duty_text, *others], sim)
        m = m * closer_here(duty_text, rivals, pieces, sim)[None, :]
    best = m.max(axis=1)
    if own_plan:
        for i, part in enumerate(ps):
            if asks_for_own_plan(part):
                best[i] = max(best[i], thresholds()["part_covered"])
    said_not = [0.0] * len(ps)
    refusals: list[str] = []
    named = [False] * len(ps)  # a part the document's refusals name at all
    if refused:
        against = sim.matrix(ps, list(refused))
        said_not = [float(x) if x >= thresholds()["part_refused"] else 0.0 for x in against.max(axis=1)]
        named = [bool(x >= thresholds()["part_covered"]) for x in against.max(axis=1)]
        refusals = list(dict.fromkeys(refused[int(against[i].argmax())] for i, n in enumerate(said_not) if n))
    taken = [bool(b >= thresholds()["part_covered"]) for b in best]
    # a part said not done: half taken up where an activity answers it better than the refusal
    # names it ("tập huấn cho lực lượng chuyên trách" done, "tổ đội quần chúng" waiting); not at
    # all where the refusal is the closer text (what else matched was a neighbour)
    halves = 0
    for i, (k, n) in enumerate(zip(taken, said_not)):
        if k and n:  # the rest of the part, without the words the refusal names, still taken up?
            refusal = refused[int(against[i].argmax())]
            halves += sim.residual(ps[i], refusal, pieces) >= thresholds()["part_covered"]
    taken = [k and not n for k, n in zip(taken, said_not)]
    covered = sum(taken)
    whole = sim.matrix([duty_text], tasks)[0]  # the duty as a whole, against whole activities
    top = int(whole.argmax())
    score = float(max(best.mean(), whole.max()))
    if covered + halves == 0:
        status = "missing"
    elif covered == len(ps):
        status = "covered"
    elif halves or len(ps) >= 3 or whole.max() < thresholds()["whole_covered"] or any(
            n and not k for n, k in zip(named, taken)):  # (a part left out that the unit says is still to come)
        # several parts and some not taken up; or one of two, weakly
        status = "partial"
        top = owner[int(m[int(best.argmax())].argmax())]
    else:
        status = "covered"  # the main part of a two-part duty, strongly
    t = thresholds()["part_covered"]
    margin = min(abs(float(b) - t) / t for b in best)
    if status == "covered" and covered < len(ps):  # the two-part rule decided: its own margin
        margin = min(margin, abs(float(whole.max()) - thresholds()["whole_covered"]) / thresholds()["whole_covered"])
    ranked = sorted((float(x) for x in whole), reverse=True)
    signals = {"whole": ranked[0], "whole_gap": ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0),
               "best_min": float(best.min()), "best_max": float(best.max()), "best_mean": float(best.mean()),
               "halves": float(halves), "tasks": float(len(tasks)), "refusals": float(len(refusals)),
               "duty_words": float(len(words(duty_text)))}
    return Verdict(status, round(min(score, 1.0), 3), top if status != "missing" or whole.max() > 0 else None,
                   covered, len(ps), [p for p, k in zip(ps, taken) if k], [p for p, k in zip(ps, taken) if not k],
                   round(min(margin, 1.0), 3), refusals, signals)


class Rivals:
    """A holder's duties, to tell which of them each piece of a unit's text answers. The best
    score of each piece against all of them is the same whichever of the duties is being judged,
    so it is computed once per text, not once per duty (a province's collective may hold hundreds
    of duties, each judged against the same document)."""

    def __init__(self, duties: list[str], sim: "Similarity"):
        self.duties = list(dict.fromkeys(duties))
        self.sim = sim
        self._best: dict[tuple[str, ...], object] = {}

    def __bool__(self) -> bool:
        return len(self.duties) > 1

    def best(self, pieces: list[str]):
        key = tuple(pieces)
        if key not in self._best:
            self._best[key] = self.sim.matrix(self.duties, list(pieces)).max(axis=0)
        return self._best[key]


def closer_here(duty_text: str, rivals: Rivals, pieces: list[str], sim: Similarity):
    """For each piece of a unit's text, whether it is this duty's rather than another of the
    holder's: its score against this duty is at least ``own_duty_share`` of its best score
    against any of them. ("Phát sóng 30 tin, bài về tiêm chủng" shares "tiêm chủng" with the
    duty to hang banners, and answers the duty to broadcast news.)"""
    import numpy as np

    here = sim.matrix([duty_text], pieces)[0]
    return here >= thresholds()["own_duty_share"] * np.maximum(here, rivals.best(pieces))


def assign_tasks(duty_texts: list[str], tasks: list[str], sim: Similarity) -> list[tuple[int | None, float]]:
    """For each task, the duty it answers best (index) and the score; None for an orphan."""
    m = sim.matrix(tasks, duty_texts)
    if m is None:
        return [(None, 0.0) for _ in tasks]
    out = []
    for row in m:
        j = int(row.argmax())
        score = float(row[j])
        out.append((j if score >= thresholds()["task_orphan"] else None, round(score, 3)))
    return out
