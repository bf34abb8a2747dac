"""The model of a run's results, next to the document model (``model.py``).

A check run reads files (``FileResult``), counts each holder's latest plan and report
(``Submission``), judges every duty of the plan for every holder and kind (``CoverageRow``)
and lists every activity of the units' documents (``TaskRow``); ``Run`` holds them all.
Roles, kinds and statuses are enums whose values are the words CONTRACT.md uses in the
CSV files (a ``StrEnum`` is its value wherever a string is expected).

The writers, the review, the report and the evaluation read these types; ``results.load_run``
reads a finished run folder back as pandas tables with the same columns.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from pathlib import Path
from typing import Any

from .model import Document
from .normalize import fold, normalize_text

# A holder of the plan's duties (``checking.holders.Holder``: body_id, name, member_of,
# expected, collective …). The check stage defines it with the rules that make it; the run
# model holds it without importing that stage.
Holder = Any


class Role(StrEnum):
    """What a file is to the plan (files.csv ``role``); NONE for a file that was not read."""
    UNIT_PLAN = "unit_plan"
    REPORT = "report"
    OTHER = "other"
    NONE = ""


class Kind(StrEnum):
    """The two documents a holder owes: its own plan and its report."""
    PLAN = "plan"
    REPORT = "report"

    @classmethod
    def of(cls, role: str) -> Kind:
        return cls.PLAN if role == Role.UNIT_PLAN else cls.REPORT


class FileStatus(StrEnum):
    OK = "ok"
    DUPLICATE = "duplicate"
    ERROR = "error"
    UNRECOGNIZED = "unrecognized"


class Status(StrEnum):
    """A verdict on a duty for a holder and kind."""
    COVERED = "covered"
    PARTIAL = "partial"
    MISSING = "missing"
    NOT_SUBMITTED = "not_submitted"


SENT_ROLES = (Role.UNIT_PLAN, Role.REPORT)


def on_time(date: str, due: str) -> str:
    """"yes", "no", or "" when the precision does not tell (a date known to the month of the due date)."""
    n = min(len(date), len(due))
    if date[:n] < due[:n]:
        return "yes"
    if date[:n] > due[:n]:
        return "no"
    return "yes" if len(date) >= len(due) else ""


@dataclass
class FileResult:
    rel: str
    path: Path
    sha256: str = ""
    status: FileStatus = FileStatus.OK
    role: Role = Role.NONE
    message: str = ""
    doc: Document | None = None
    holder: Holder | None = None
    cites_plan: bool = False
    # a unit's general periodic report whose title does not name the plan's subject: only what
    # it says of the subject answers the plan (classify.general_report)
    general: bool = False
    received: str | None = None  # from the register
    duplicate_of: FileResult | None = None  # same bytes as this file, which was read instead
    # the clerk's corrections (review.py): what the program decided before them
    auto_role: str | None = None
    auto_holder: Holder | None = None
    reviewed: bool = False
    clerk_fix: FileFix | None = None  # as the clerk wrote it in the spreadsheet
    documents: int = 1  # how many documents the file held
    due: str | None = None  # a report's own deadline, when the plan gives one for its period
    # the plans or reports of other units the same file held (three schools' plans scanned
    # together): each counts for its unit, listed under this file
    extra: list[FileResult] = field(default_factory=list)
    # a page with no header that goes on with the file before it (a report sent as phone photos,
    # a page each): it counts with that file's document, for its sender and date
    continues: FileResult | None = None
    # a later document of the same unit says it replaces this one ("Kế hoạch này thay thế Kế
    # hoạch số 04/KH-THHĐ …"): this one is withdrawn, not read for the verdicts
    replaced_by: FileResult | None = None

    def add_message(self, *parts: str) -> None:
        """Add sentences to what files.csv says of the file."""
        self.message = " ".join(p for p in (self.message, *parts) if p)

    def fail(self, message: str) -> None:
        self.status, self.message = FileStatus.ERROR, message

    @property
    def date(self) -> str | None:
        """The date lateness is judged by: the register's received date, else the document's own."""
        return self.received or self.doc_date

    @property
    def doc_date(self) -> str | None:
        if self.doc is not None and self.doc.meta.date:
            return self.doc.meta.date
        return self.continues.doc_date if self.continues is not None else None

    @property
    def holders(self) -> list[Holder]:
        """Every unit whose document the file held."""
        return [h for h in [self.holder, *(e.holder for e in self.extra)] if h is not None]

    def units(self) -> list[FileResult]:
        """This file's result and those of the other units' documents it held."""
        return [self, *self.extra]

    @property
    def sent(self) -> bool:
        """A unit plan or report of a known holder, read: it counts as a submission."""
        return self.status == FileStatus.OK and self.holder is not None and self.role in SENT_ROLES


@dataclass
class Submission:
    holder: Holder
    kind: Kind
    file: FileResult | None
    others: list[FileResult] = field(default_factory=list)
    due: str | None = None

    @property
    def on_time(self) -> str:
        if self.file is None or not self.due or not self.file.date:
            return ""
        return on_time(self.file.date, self.due)


class _Row:
    """A table row: its fields by CSV column name."""

    def row(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}  # type: ignore[arg-type]


@dataclass
class CoverageRow(_Row):
    """One duty, for one holder, in one kind of document (coverage.csv)."""
    duty_id: str
    body_id: str
    body: str
    kind: Kind
    duty_text: str
    status: Status = Status.NOT_SUBMITTED
    score: float = 0.0
    evidence_file: str = ""
    evidence_section: str = ""
    evidence_text: str = ""
    parts: str = ""
    evidence_sha256: str = ""
    # the clerk's corrections (review.apply_verdicts)
    auto_status: Status = Status.NOT_SUBMITTED  # the program's own verdict
    reviewed: str = "no"
    clerk_status: str = ""
    note: str = ""
    review_flag: str = ""
    basis: str = ""  # what the verdict was reached on (the evidence file and the duty's text)
    current_basis: str = ""
    # how sure the program is (0 to 1), and whether the clerk should look at it first
    confidence: float = 1.0
    check_first: str = "no"
    parts_found: str = ""  # for a partial verdict: the duty's parts taken up, " | " between them
    parts_missing: str = ""  # and those not taken up
    said_not_done: str = ""  # the unit's own words saying a part is not done, put off or conditional
    # what the confidence was reached on (checking/confidence.py features; not a CSV column)
    signals: dict[str, float] = field(default_factory=dict, repr=False)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.duty_id, self.body_id, self.kind


@dataclass
class TaskRow(_Row):
    """One activity of a unit's document, and the duty it answers (tasks.csv)."""
    file: str
    body_id: str
    kind: Kind
    task_id: str
    section: str
    text: str
    when: str
    duty_id: str
    score: float


@dataclass
class Run:
    plan: Document
    plan_path: Path
    holders: list[Holder]
    files: list[FileResult]
    submissions: list[Submission]
    coverage: list[CoverageRow]
    tasks: list[TaskRow]
    due: dict[str, str | None]
    seconds: float = 0.0
    parsed: int = 0  # files read this run
    cached: int = 0  # files whose reading came from the cache
    timings: dict[str, float] = field(default_factory=dict)  # seconds of each stage, for the benchmark
    review: Review | None = None  # the clerk's corrections read back from the spreadsheet
    orphan_fixes: list = field(default_factory=list)  # corrections of duties the plan no longer has
    targets: list = field(default_factory=list)  # each target of the plan judged (checking.targets.TargetVerdict)
    results: list = field(default_factory=list)  # every figure of the reports (checking.targets.ResultRow)


# ---------------------------------------------------------------------------
# the Vietnamese words of the enums, and the clerk's corrections (review.py reads and writes them)

STATUS_VI = {"covered": "Đã đưa vào", "partial": "Một phần", "missing": "Chưa đề cập",
             "not_submitted": "Chưa gửi văn bản"}
ROLE_VI = {"unit_plan": "Kế hoạch của đơn vị", "report": "Báo cáo", "other": "Văn bản khác"}
KIND_VI = {"plan": "Kế hoạch", "report": "Báo cáo"}


def label_key(text) -> str:
    """A label as the clerk may type it: folded, without the dots and colons around it."""
    return fold(normalize_text(str(text))).strip(" .:") if text is not None else ""


def parse_verdict(text: str) -> str | None:
    key = label_key(text)
    if not key:
        return None
    for status, label in STATUS_VI.items():
        if key in (label_key(label), status.replace("_", " "), status):
            return status
    aliases = {"da dua vao": "covered", "co": "covered", "dat": "covered", "mot phan": "partial",
               "chua de cap": "missing", "khong": "missing", "chua gui": "not_submitted",
               "chua gui van ban": "not_submitted"}
    return aliases.get(key)


def parse_role(text: str) -> str | None:
    key = label_key(text)
    if not key:
        return None
    for role, label in ROLE_VI.items():
        if key in (label_key(label), role):
            return role
    if key.startswith("ke hoach"):
        return "unit_plan"
    if key.startswith("bao cao"):
        return "report"
    return None


@dataclass
class VerdictFix:
    duty_id: str
    body_id: str  # empty when only the holder's name is known (the key columns were deleted)
    body: str
    kind: str  # plan | report
    basis: str | None  # "<evidence sha256>:<duty text hash>" the clerk judged; None when not known
    raw: str = ""  # what the clerk chose or typed
    note: str = ""
    sheet: str = ""

    @property
    def verdict(self) -> str | None:
        return parse_verdict(self.raw)


JUDGEMENT_VI = {"met": "Đạt", "not_met": "Không đạt", "partly": "Đạt một phần", "not_reported": "Chưa báo cáo",
                "unclear": "Chưa rõ"}


def parse_judgement(text: str) -> str | None:
    key = label_key(text)
    for judgement, label in JUDGEMENT_VI.items():
        if key in (label_key(label), judgement.replace("_", " "), judgement):
            return judgement
    return {"chua dat": "not_met", "mot phan": "partly", "chua ro": "unclear"}.get(key)


@dataclass
class TargetFix:
    """The clerk's judgement of a target (the "Chỉ tiêu" sheet), kept by the target's passage."""
    key: str  # target_key(): the plan's passage and figure, so that it follows the target
    target_id: str = ""
    raw: str = ""
    note: str = ""

    @property
    def judgement(self) -> str | None:
        return parse_judgement(self.raw)


def target_key(target) -> str:
    """A target's key across runs: its passage, comparator, value and unit."""
    data = f"{target.text}|{target.comparator}|{target.value:g}|{target.unit}"
    return hashlib.sha256(data.encode()).hexdigest()[:16]


@dataclass
class FileFix:
    sha256: str
    file: str
    raw_role: str = ""
    raw_sender: str = ""
    note: str = ""

    @property
    def role(self) -> str | None:
        return parse_role(self.raw_role)


@dataclass
class Review:
    source: str | None = None
    verdicts: list[VerdictFix] = field(default_factory=list)
    files: list[FileFix] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    targets: list[TargetFix] = field(default_factory=list)

    def digest(self) -> str:
        """What the run's results depend on: the corrections, not the file's formatting."""
        data = json.dumps([[asdict(v) | {"sheet": ""} for v in self.verdicts], [asdict(f) for f in self.files],
                           [asdict(t) for t in self.targets]], ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(data.encode()).hexdigest()
