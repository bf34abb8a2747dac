"""Compare the duty registers of two plans (last year's and this year's).

Holders are aligned by name (their section numbers may move); within a holder,
each new duty is linked to the old duty it is most like (TF-IDF cosine over
underthesea words, ``match.Similarity``). Then:

- an old duty linked by two or more new duties was ``split``;
- one link: identical text is unchanged (no row); the same words in another
  order or form, with the same figures and dates, is ``reworded``; different
  figures, dates or substance is ``changed``;
- a linked pair whose texts differ only in their years is ``renewed`` (not a substantive
  change);
- an old duty nobody links to was ``removed``; a new duty linked to nothing was
  ``added`` (a whole new or dropped holder shows as its duties added or removed), unless
  its holder was renamed or merged in the 2025 reorganisation and the body that took over
  its work has the duty: then it is ``renamed_holder`` (pipeline/rules/renamed_2025.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.dates import find_dates

from . import ruleset
from .checking.holders import name_score, place_free, successors
from .model import Duty
from .normalize import fold

LINK = 0.25  # a new duty is the same duty as an old one from this cosine on
REWORDED = 0.45  # below this, a linked pair differs in substance ("changed")

COLUMNS = ["change", "body_id", "body", "old_duty_id", "new_duty_id", "old_text", "new_text"]


@dataclass
class Change:
    change: str
    body_id: str
    body: str
    old: Duty | None
    new: Duty | None

    def row(self) -> dict:
        return {"change": self.change, "body_id": self.body_id, "body": self.body,
                "old_duty_id": self.old.id if self.old else "", "new_duty_id": self.new.id if self.new else "",
                "old_text": self.old.text if self.old else "", "new_text": self.new.text if self.new else ""}


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", fold(text)).strip()


def _facts(text: str) -> set[str]:
    """What must not change for a rewording: numbers and the dates' values."""
    facts = {h.value or h.text for h in find_dates(text)}
    stripped = text
    for h in find_dates(text):
        stripped = stripped.replace(h.text, " ")
    facts |= set(re.findall(r"\d+(?:[.,]\d+)*", stripped))
    return facts


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _only_year_moved(a: str, b: str) -> bool:
    return _norm(a) != _norm(b) and _norm(_YEAR.sub("YEAR", a)) == _norm(_YEAR.sub("YEAR", b))


def _holder_pairs(old: list[Duty], new: list[Duty]) -> list[tuple[str | None, str | None]]:
    """(old body_id, new body_id) for each holder: the same body, however renumbered or respelt."""
    old_ids = list(dict.fromkeys(d.body_id for d in old))
    new_ids = list(dict.fromkeys(d.body_id for d in new))
    names_old = {d.body_id: d.body for d in old}
    names_new = {d.body_id: d.body for d in new}
    pairs, used = [], set()
    for o in old_ids:
        best = max(((name_score(names_old[o], names_new[n]), n) for n in new_ids if n not in used), default=(0, None))
        if best[1] is not None and best[0] >= 90:
            pairs.append((o, best[1]))
            used.add(best[1])
        else:
            pairs.append((o, None))
    pairs.extend((None, n) for n in new_ids if n not in used)
    return pairs


def diff_duties(old: list[Duty], new: list[Duty]) -> list[Change]:
    from .checking.similarity import Similarity

    sim = Similarity([d.text for d in old] + [d.text for d in new])
    changes: list[Change] = []
    for o_id, n_id in _holder_pairs(old, new):
        olds = [d for d in old if d.body_id == o_id] if o_id else []
        news = [d for d in new if d.body_id == n_id] if n_id else []
        body_id = n_id or o_id
        body = (news or olds)[0].body
        links: dict[int, list[int]] = {}
        unlinked_new: list[int] = []
        m = sim.matrix([d.text for d in news], [d.text for d in olds]) if olds and news else None
        # identical texts first: they are nobody else's counterpart
        taken_old = set()
        exact = {}
        for j, nd in enumerate(news):
            for i, od in enumerate(olds):
                if i not in taken_old and _norm(od.text) == _norm(nd.text):
                    exact[j] = i
                    taken_old.add(i)
                    break
        for j, nd in enumerate(news):
            if j in exact:
                continue
            if m is None:
                unlinked_new.append(j)
                continue
            order = sorted(range(len(olds)), key=lambda i: -m[j][i])
            candidates = [i for i in order if i not in taken_old and m[j][i] >= LINK]
            if candidates:
                links.setdefault(candidates[0], []).append(j)
            else:
                unlinked_new.append(j)
        for i, js in sorted(links.items()):
            od = olds[i]
            if len(js) >= 2:
                changes.extend(Change("split", body_id, body, od, news[j]) for j in js)
                continue
            nd = news[js[0]]
            same_facts = _facts(od.text) == _facts(nd.text)
            kind = "reworded" if same_facts and m[js[0]][i] >= REWORDED else "changed"
            if _only_year_moved(od.text, nd.text):
                kind = "renewed"
            changes.append(Change(kind, body_id, body, od, nd))
        linked_old = set(links) | taken_old
        changes.extend(Change("removed", body_id, body, od, None) for i, od in enumerate(olds) if i not in linked_old)
        changes.extend(Change("added", body_id, body, None, news[j]) for j in unlinked_new)
    return _renamed_holders(changes, sim)


def _renamed_holders(changes: list[Change], sim) -> list[Change]:
    """A removed duty of a body renamed or merged in 2025, and an added duty of a body that took
    over its work, that are the same duty: one ``renamed_holder`` change."""
    removed = [c for c in changes if c.change == "removed" and successors(c.old.body)]
    added = [c for c in changes if c.change == "added"]
    if not removed or not added:
        return changes
    m = sim.matrix([c.old.text for c in removed], [c.new.text for c in added])
    pairs = []
    for i, r in enumerate(removed):
        heirs = successors(r.old.body)
        for j, a in enumerate(added):
            if place_free(a.new.body) in heirs and m[i][j] >= LINK:
                pairs.append((m[i][j], i, j))
    pairs.sort(reverse=True)
    used_r, used_a, out = set(), set(), {}
    for _, i, j in pairs:
        if i in used_r or j in used_a:
            continue
        used_r.add(i)
        used_a.add(j)
        a = added[j]
        out[id(removed[i])] = Change("renamed_holder", a.body_id, a.body, removed[i].old, a.new)
    gone = {id(added[j]) for j in used_a}
    return [out.get(id(c), c) for c in changes if id(c) not in gone]


TARGET_COLUMNS = ["change", "what", "body_id", "body", "old_target_id", "new_target_id", "old", "new", "old_text",
                  "new_text"]
TARGET_LINK = 0.5  # share of the indicator's words two targets must have in common to be one


@dataclass
class TargetChange:
    change: str  # added, removed, changed
    what: str  # for changed: which of value, comparator, unit, deadline moved ("value; deadline")
    old: object | None  # model.Target
    new: object | None

    def row(self) -> dict:
        from .write import number_text

        def level(t) -> str:
            return f"{t.comparator} {number_text(t.value)} {t.unit}" + (f" ({t.deadline})" if t.deadline else "") \
                if t else ""

        t = self.new or self.old
        return {"change": self.change, "what": self.what, "body_id": t.body_id, "body": t.body,
                "old_target_id": self.old.id if self.old else "", "new_target_id": self.new.id if self.new else "",
                "old": level(self.old), "new": level(self.new), "old_text": self.old.text if self.old else "",
                "new_text": self.new.text if self.new else ""}


def _target_words(t) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", fold(t.indicator)) if len(w) > 1} - {"cac", "va", "cua", "duoc", "nam"}


def _deadline_moved(a: str | None, b: str | None) -> bool:
    """A deadline moved beyond the plan's year: "2025-06" to "2026-06" is the same month next year."""
    a, b = a or "", b or ""
    return a[4:] != b[4:] or (len(a) == 4) != (len(b) == 4)


def diff_targets(old: list, new: list) -> list[TargetChange]:
    """The targets of two plans side by side: a new target is the old one of the same holder
    and unit whose indicator shares most words with it; then what moved (value, comparator,
    unit, deadline) or what was added and removed."""
    from .checking.targets import unit_key

    pairs = []
    for n in new:
        nw = _target_words(n)
        for o in old:
            if o.body_id != n.body_id or unit_key(o.unit) != unit_key(n.unit):
                continue
            ow = _target_words(o)
            score = len(nw & ow) / max(min(len(nw), len(ow)), 1)
            if score >= TARGET_LINK:
                pairs.append((score, o, n))
    linked_old, linked_new, changes = set(), set(), []
    for _, o, n in sorted(pairs, key=lambda p: -p[0]):
        if id(o) in linked_old or id(n) in linked_new:
            continue
        linked_old.add(id(o))
        linked_new.add(id(n))
        moved = [name for name, a, b in (("value", o.value, n.value), ("comparator", o.comparator, n.comparator),
                                         ("unit", o.unit.lower(), n.unit.lower())) if a != b]
        if _deadline_moved(o.deadline, n.deadline):
            moved.append("deadline")
        if moved:
            changes.append(TargetChange("changed", "; ".join(moved), o, n))
    changes += [TargetChange("added", "", None, n) for n in new if id(n) not in linked_new]
    changes += [TargetChange("removed", "", o, None) for o in old if id(o) not in linked_old]
    return changes


def write_diff(changes: list[Change], out, target_changes: list[TargetChange] | None = None) -> None:
    import csv
    import io
    from pathlib import Path

    from openpyxl import Workbook

    from .write import _atomic_write

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(c.row() for c in changes)
    _atomic_write(out / "diff.csv", buf.getvalue().encode("utf-8"))
    wb = Workbook()
    ws = wb.active
    ws.title = "So sánh nhiệm vụ"
    vi = {"added": "Thêm mới", "removed": "Bỏ", "changed": "Thay đổi", "reworded": "Diễn đạt lại", "split": "Tách",
          "renamed_holder": "Đơn vị đổi tên, hợp nhất", "renewed": "Giữ nguyên (chỉ đổi năm)"}
    ws.append(["Thay đổi", "Đơn vị", "Mã cũ", "Mã mới", "Nhiệm vụ năm trước", "Nhiệm vụ năm nay"])
    for c in changes:
        r = c.row()
        ws.append([vi[r["change"]], r["body"], r["old_duty_id"], r["new_duty_id"], r["old_text"], r["new_text"]])
    _style(ws, (13, 34, 9, 9, 70, 70))
    ws.auto_filter.ref = f"A1:F{ws.max_row}"
    if target_changes is not None:
        _target_sheet(wb, target_changes, out)
    buf2 = io.BytesIO()
    wb.save(buf2)
    _atomic_write(out / "diff.xlsx", buf2.getvalue())


def _target_sheet(wb, changes: list[TargetChange], out) -> None:
    """diff-targets.csv and the sheet "So sánh chỉ tiêu"."""
    import csv
    import io

    from .write import _atomic_write

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=TARGET_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(c.row() for c in changes)
    _atomic_write(out / "diff-targets.csv", buf.getvalue().encode("utf-8"))
    vi = {"added": "Thêm mới", "removed": "Bỏ", "changed": "Thay đổi"}
    what_vi = {"value": "mức", "comparator": "cách tính", "unit": "đơn vị tính", "deadline": "thời hạn"}
    ws = wb.create_sheet("So sánh chỉ tiêu")
    ws.append(["Thay đổi", "Nội dung thay đổi", "Đơn vị", "Năm trước", "Năm nay", "Chỉ tiêu năm trước", "Chỉ tiêu năm nay"])
    for c in changes:
        r = c.row()
        ws.append([vi[r["change"]], ", ".join(what_vi[w] for w in r["what"].split("; ") if w), r["body"] or "Toàn địa bàn",
                   r["old"], r["new"], r["old_text"], r["new_text"]])
    _style(ws, (12, 18, 30, 18, 18, 60, 60))


def _style(ws, widths: tuple[int, ...]) -> None:
    """A comparison sheet's look: column widths, Times New Roman, wrapped text, the header frozen."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for row in ws.iter_rows():
        for cell in row:
            cell.font = Font(name="Times New Roman", size=12, bold=cell.row == 1)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
