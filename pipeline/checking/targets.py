"""Targets against results: every figure a holder's report gives is attached to the plan's
target it answers (the same unit and kind of figure, words of the same indicator, a target of
that holder, of the collective it belongs to, or of the whole area), or left unattached; then
each target is judged met, not_met, partly, not_reported or unclear.

A figure counts for its target only when it is for the plan's period and the target's scope: a
commune's figure for a province's target, or last year's figure, is attached but leaves the
target unclear. A target of every member of a collective ("mỗi xã") is met only when every
member reached it, and says which did not report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extractors.targets import folded

from .. import ruleset
from ..model import Figure, Target
from ..runmodel import Kind, Submission

MATCH_AT_LEAST = 0.34  # share of the shorter indicator's words the other must have


@dataclass
class ResultRow:
    """A figure a report gives, with the target it answers (``target_id`` empty when none)."""
    target_id: str
    file: str
    body_id: str
    body: str
    indicator: str
    value: float
    unit: str
    period: str
    judgement: str  # met / not_met for a figure that counts, unclear when it does not, "" unattached
    text: str
    counts: bool = False
    why: str = ""
    place: str = ""  # the sender's unit the figure is of (a commune in a table of communes)


@dataclass
class TargetVerdict:
    target: Target
    judgement: str  # met, not_met, partly, not_reported, unclear
    reported_by: list[str] = field(default_factory=list)
    not_reported_by: list[str] = field(default_factory=list)
    results: list[ResultRow] = field(default_factory=list)
    auto: str = ""  # the program's own judgement, when the clerk changed it
    clerk: str = ""  # what the clerk wrote in the "Chỉ tiêu" sheet
    note: str = ""

    def __post_init__(self):
        self.auto = self.auto or self.judgement


def unit_key(unit: str | None) -> str:
    """What two units must share to be one: "%", or the first word ("sở, ban, ngành" ~ "sở")."""
    low = folded(unit or "")
    words = re.findall(r"[a-z]+", low)
    return "%" if "%" in low else (words[0] if words else "")


@ruleset.cached
def _stop_words() -> frozenset[str]:
    return frozenset(ruleset.load_yaml("targets.yaml")["indicator_stop_words"])


def _words(text: str) -> set[str]:
    """The words that say what is measured; numbers too ("dưới 1 tuổi" is not "18 tháng tuổi")."""
    stop = _stop_words()
    return {w for w in re.findall(r"[a-z0-9]+", folded(text)) if (len(w) > 1 or w.isdigit()) and w not in stop}


@ruleset.cached
def _population() -> tuple[re.Pattern, re.Pattern]:
    data = ruleset.load_yaml("targets.yaml")
    return re.compile(data["not_done_after"]), re.compile(data["ages"])


def _same_population(target: Target, fig: Figure) -> bool:
    """Whether a figure counts what the target counts: both the done or both the not done; of
    the same ages where both name one."""
    not_done, ages = _population()
    t, f = folded(target.indicator), folded(fig.indicator)
    if bool(not_done.search(t)) != bool(not_done.search(f)):
        return False
    t_ages, f_ages = set(ages.findall(t)), set(ages.findall(f))
    return not (t_ages and f_ages and not t_ages & f_ages)


def _kinds_agree(target: Target, fig: Figure) -> bool:
    if fig.kind == "progress":  # a share of the plan's figure: of any percentage target (never counted)
        return True
    if target.comparator in ("reduce_by", "increase_by"):
        return fig.kind == target.comparator
    if fig.kind in ("<", "<=") and target.comparator in (">=", ">"):
        return False  # a level said to be down to ("xuống 5,73%") is no level to reach
    return fig.kind not in ("reduce_by", "increase_by", "from")


def reached(target: Target, value: float) -> bool:
    t, cmp = target.value, target.comparator
    return {">=": value >= t, ">": value > t, "<=": value <= t, "<": value < t, "=": abs(value - t) < 1e-9,
            "reduce_by": value >= t, "increase_by": value >= t}.get(cmp, False)


def _answers(target: Target, holder) -> bool:
    """Whether a figure from ``holder`` may answer ``target``."""
    if target.scope == "area":
        return True
    if target.body_id == holder.body_id:
        return True
    return target.scope == "each_member" and holder.in_group(target.body_id)


def _attach(targets: list[Target], fig: Figure, holder) -> Target | None:
    """The target the figure answers: of those it may answer (unit, kind of figure, holder),
    the one whose indicator shares most words with the figure's clause, when the shorter of the
    two has at least ``MATCH_AT_LEAST`` of its words in the other (a report's short row label, a
    plan's long clause); the holder's own target first on a tie."""
    best, best_key = None, (0, 0.0)
    words = _words(fig.indicator)
    for t in targets:
        if unit_key(t.unit) != unit_key(fig.unit) or not _answers(t, holder) or not _kinds_agree(t, fig) \
                or not _same_population(t, fig):
            continue
        want = _words(t.indicator)
        shared = len(words & want)
        if shared < 2 or shared / min(len(words), len(want)) < MATCH_AT_LEAST:
            continue
        key = (shared + (0.5 if t.body_id in (holder.body_id, holder.member_of) else 0), shared / len(want))
        if key > best_key:
            best, best_key = t, key
    return best


@ruleset.cached
def _levels() -> frozenset[str]:
    """The levels of the administrative units, folded ("tinh", "huyen", "thi xa" …: bodies.yaml
    ``localities``)."""
    from extractors.bodies import gazetteer

    from ..normalize import fold

    return frozenset(fold(w) for w in gazetteer()["localities"])


def plan_level(plan) -> str:
    """The level of the plan's whole area ("tinh", "huyen" …), from its issuer or their parent."""
    from .holders import locality

    for name in (plan.meta.issuer, plan.meta.parent_issuer):
        loc = locality(name)
        if loc:
            return loc[0]
    return ""


def _month_end(deadline: str | None) -> str:
    """The month a deadline ends with: "2024" -> "2024-12", "2024-06-30" -> "2024-06"."""
    if not deadline or not deadline[:4].isdigit():
        return ""
    return deadline[:7] if len(deadline) >= 7 else f"{deadline[:4]}-12"


def _counts(target: Target, fig: Figure, holder, years: set[str], level: str = "") -> tuple[bool, str]:
    if fig.kind == "progress":
        return False, "tỷ lệ so với kế hoạch, không phải mức đạt được của chỉ tiêu"
    period = fig.period or ""
    if years and period not in years and period[:4] not in years:
        return False, f"số liệu của {period.replace('/', ' - ')}, không phải của năm {min(years)}"
    if len(period) == 7 and period < _month_end(target.deadline):  # "lũy kế 6 tháng" of a year's target
        return False, f"số liệu đến tháng {int(period[5:])}/{period[:4]}, chưa phải kết quả cả kỳ của chỉ tiêu"
    if fig.place:
        return False, "số liệu của từng đơn vị trực thuộc, không phải của cả đơn vị"
    if target.scope == "area" and fig.whole_area in _levels() and level and fig.whole_area != level:
        return False, "số liệu của địa bàn đơn vị, không phải của toàn địa bàn của Kế hoạch"
    if target.scope == "area" and holder.member_of and not fig.whole_area:
        return False, "số liệu của riêng một đơn vị, không phải của toàn địa bàn"
    if target.scope == "each_member" and fig.whole_area:
        return False, "số liệu của toàn địa bàn, không phải của riêng đơn vị"
    return True, ""


def _figures(plan, submissions: list[Submission], kind: Kind, attach):
    """Each figure of the submissions of ``kind``: (submission, figure, the target ``attach``
    gives it or None, whether it counts for it, why not)."""
    year = (plan.meta.date or "")[:4] or None
    level = plan_level(plan)
    for sub in submissions:
        if sub.kind != kind or sub.file is None or sub.file.doc is None:
            continue
        for fig in sub.file.doc.figures:
            if fig.kind == "from":
                continue
            target = attach(plan.targets, fig, sub.holder)
            years = {y for y in (year, (target.deadline or "")[:4]) if y} if target else set()
            counts, why = _counts(target, fig, sub.holder, years, level) if target else (False, "")
            yield sub, fig, target, counts, why


def judge_targets(plan, holders, submissions: list[Submission]) -> tuple[list[TargetVerdict], list[ResultRow]]:
    """Every figure of the holders' reports, attached or not, and each target's verdict."""
    results: list[ResultRow] = []
    by_target: dict[str, list[tuple[ResultRow, object]]] = {t.id: [] for t in plan.targets}
    for sub, fig, target, counts, why in _figures(plan, submissions, Kind.REPORT, _attach):
        judgement = ("met" if reached(target, fig.value) else "not_met") if counts else ("unclear" if target else "")
        row = ResultRow(target.id if target else "", sub.file.rel, sub.holder.body_id, sub.holder.name,
                        fig.indicator, fig.value, fig.unit, fig.period or "", judgement, fig.text, counts, why,
                        fig.place)
        results.append(row)
        if target is not None:
            by_target[target.id].append((row, sub.holder))
    verdicts = [_verdict(t, by_target[t.id], holders) for t in plan.targets]
    return verdicts, results


def _verdict(target: Target, attached: list, holders) -> TargetVerdict:
    first: dict[str, ResultRow] = {}
    for row, holder in attached:
        if row.counts:
            first.setdefault(holder.body_id, row)
    results = [row for row, _ in attached]
    reporters = sorted(first)
    if target.scope == "each_member":
        members = [h.body_id for h in holders if h.in_group(target.body_id)]
        silent = [m for m in members if m not in first]
        return TargetVerdict(target, _of_members([first[m] for m in reporters], silent, results), reporters, silent,
                             results)
    if target.scope == "holder":
        if target.body_id in first:
            return TargetVerdict(target, first[target.body_id].judgement, [target.body_id], [], results)
        return TargetVerdict(target, "unclear" if results else "not_reported", [], [target.body_id], results)
    if first:  # the whole area: the first figure of it
        row = next(r for r, _ in attached if r.counts)
        return TargetVerdict(target, row.judgement, reporters, [], results)
    return TargetVerdict(target, "unclear" if results else "not_reported", [], [], results)


def _of_members(rows: list[ResultRow], silent: list[str], results: list[ResultRow]) -> str:
    if not rows:
        return "unclear" if results else "not_reported"
    met = [r for r in rows if r.judgement == "met"]
    if len(met) == len(rows) and not silent:
        return "met"
    if not met:
        return "not_met"
    return "partly"


def _commits(target: Target, fig: Figure) -> bool:
    """A unit plan's figure commits to the target: as much or more (as little or less, for a
    ceiling); the same figure restated is the same commitment ("đạt trên 80%" for "trên 80%")."""
    if target.comparator in ("<", "<="):
        return fig.value <= target.value
    return fig.value >= target.value


def planned_short(plan, submissions: list[Submission]) -> dict[tuple[str, str], str]:
    """Each (target, holder) whose unit plan sets itself a figure for the target and none of the
    closest that reaches it ("thành lập mới 01 câu lạc bộ" against "ít nhất 02"; "đạt từ 50% trở lên" against
    "≥ 60%"): the unit plan's words. A plan that commits to less than it was given takes the duty
    up in part, whatever kind of figure it is (a report's outcome short of a rate is another
    matter: checking/coverage.py short_of_targets)."""
    def attach(targets, fig, holder):  # (a member's own figure for its collective's target too)
        return _attach(targets, fig, holder) or _attach(
            [t for t in targets if t.scope == "holder" and t.body_id == holder.member_of], fig,
            replace(holder, body_id=holder.member_of or holder.body_id))

    said: dict[tuple[str, str], list[tuple[int, bool, str]]] = {}
    for sub, fig, target, counts, _ in _figures(plan, submissions, Kind.PLAN, attach):
        if target is not None and target.scope in ("holder", "each_member") and counts:
            shared = len(_words(fig.indicator) & _words(target.indicator))
            said.setdefault((target.id, sub.holder.body_id), []).append((shared, _commits(target, fig), fig.text))
    out = {}
    for key, figs in said.items():
        # the figures that say most of the target's words ("thành lập mới 01 câu lạc bộ", not
        # "duy trì 15 câu lạc bộ hiện có", for "thành lập mới ít nhất 02 câu lạc bộ")
        best = max(shared for shared, _, _ in figs)
        closest = [(ok, text) for shared, ok, text in figs if shared == best]
        if not any(ok for ok, _ in closest):
            out[key] = closest[0][1]
    return out

