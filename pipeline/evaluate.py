"""Score the program against the corpus gold (``corpus/documents/*.gold.json``).

Meta: per-field accuracy (a field counts when the program's value equals the
gold after normalisation: NFC, case and spacing folded; lists compared as
sets). Headings: precision, recall and F1, a heading counting when both its id
and its title match after normalisation.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ReadError
from .normalize import fold

META_FIELDS = ("doc_type", "doc_type_name", "number", "issuer", "parent_issuer", "place", "date", "title",
               "signer", "signer_title", "signing_authority", "recipients")


def _norm(value) -> object:
    if value is None:
        return None
    if isinstance(value, list):
        return sorted(_norm(v) for v in value)
    return re.sub(r"[\s\"'.,;:]+", " ", fold(str(value))).strip()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class DocResult:
    file: str
    meta_ok: dict[str, bool] = field(default_factory=dict)
    meta_diff: dict[str, tuple] = field(default_factory=dict)
    headings: Score = field(default_factory=Score)
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    error: str | None = None


def _flatten(sections) -> list[tuple[str, str]]:
    out = []
    for s in sections:
        out.append((s["id"], s["title"]))
        out.extend(_flatten(s.get("children", [])))
    return out


def score_document(path: Path, gold: dict) -> DocResult:
    from .parsing import parse

    result = DocResult(file=path.name)
    try:
        doc = parse(path).to_dict()
    except ReadError as exc:
        result.error = exc.message
        result.headings.fn = len(gold.get("headings", []))
        return result
    for name in META_FIELDS:
        if name not in gold.get("meta", {}):
            continue
        want, got = gold["meta"][name], doc["meta"].get(name)
        ok = _norm(want) == _norm(got)
        result.meta_ok[name] = ok
        if not ok:
            result.meta_diff[name] = (want, got)
    want = {(h["id"], _norm(h["title"])) for h in gold.get("headings", [])}
    got = {(i, _norm(t)) for i, t in _flatten(doc["sections"])}
    result.headings = Score(tp=len(want & got), fp=len(got - want), fn=len(want - got))
    result.missed = sorted(f"{i} {t}" for i, t in want - got)
    result.extra = sorted(f"{i} {t}" for i, t in got - want)
    return result


def gold_files(directory: Path) -> list[tuple[Path, dict]]:
    out = []
    for gold_path in sorted(directory.rglob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = gold_path.with_name(gold.get("file") or gold_path.name.replace(".gold.json", ""))
        if doc_path.exists():
            out.append((doc_path, gold))
    return out


@dataclass
class Report:
    documents: list[DocResult]

    @property
    def meta_accuracy(self) -> float:
        checks = [ok for d in self.documents for ok in d.meta_ok.values()]
        return sum(checks) / len(checks) if checks else 1.0

    def field_accuracy(self) -> dict[str, float]:
        out = {}
        for name in META_FIELDS:
            checks = [d.meta_ok[name] for d in self.documents if name in d.meta_ok]
            if checks:
                out[name] = sum(checks) / len(checks)
        return out

    @property
    def headings(self) -> Score:
        total = Score()
        for d in self.documents:
            total.add(d.headings)
        return total


def evaluate(directory: Path) -> Report:
    return Report([score_document(p, g) for p, g in gold_files(directory)])


def format_report(report: Report, verbose: bool = False) -> str:
    lines = ["Segmentation (meta fields, headings) per document:",
             f"{'document':44} {'meta':>6} {'head P':>7} {'head R':>7} {'head F1':>7}"]
    for d in report.documents:
        meta = sum(d.meta_ok.values()) / len(d.meta_ok) if d.meta_ok else 1.0
        h = d.headings
        note = f"  ERROR: {d.error}" if d.error else ""
        lines.append(f"{d.file[:44]:44} {meta:6.2f} {h.precision:7.2f} {h.recall:7.2f} {h.f1:7.2f}{note}")
        if verbose:
            for name, (want, got) in d.meta_diff.items():
                lines.append(f"    meta {name}: gold={want!r} got={got!r}")
            for m in d.missed:
                lines.append(f"    missed heading: {m}")
            for e in d.extra:
                lines.append(f"    extra heading:  {e}")
    h = report.headings
    lines.append("")
    lines.append("Meta field accuracy: " + ", ".join(f"{k}={v:.2f}" for k, v in report.field_accuracy().items()))
    lines.append(f"TOTAL meta accuracy {report.meta_accuracy:.3f}; headings P={h.precision:.3f} "
                 f"R={h.recall:.3f} F1={h.f1:.3f} over {len(report.documents)} documents")
    return "\n".join(lines)
