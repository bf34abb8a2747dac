"""The one data model every stage shares.

Flow: read (readers) -> normalise -> segment -> extract -> match -> write.
Readers produce a :class:`RawDocument` (a flat list of :class:`Block` with
layout hints); later stages add ``meta``, ``sections`` and the extracted tables
to a :class:`Document`, whose ``to_dict()`` is the JSON of CONTRACT.md.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA = "rasoat/document@1"

FORMATS = ("docx", "doc", "pdf", "txt", "md", "html", "rtf", "odt", "image", "xlsx", "xls", "ods", "csv", "eml",
           "mht", "pptx", "odp")


@dataclass
class Block:
    """One paragraph, line group or table as the reader found it.

    ``text`` is normalised Unicode NFC; ``original`` keeps the text as it was
    in the file (after legacy-encoding repair) when normalisation changed it,
    so that evidence can be quoted verbatim.
    """

    kind: str = "paragraph"  # "paragraph" | "table"
    text: str = ""
    original: str | None = None
    part: str = "body"  # "body" | "header" | "footer" | "textbox"
    page: int | None = None
    style: str | None = None
    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None  # set in capitals (all-caps text or the caps attribute)
    align: str | None = None  # "left" | "center" | "right" | "justify"
    indent: float | None = None  # left indent of the first line, in points
    font_size: float | None = None  # points
    numbering: str | None = None  # the label Word's automatic numbering produced ("1.", "a)")
    list_level: int | None = None  # its level (w:ilvl), 0-based
    ocr: bool = False
    rows: list[list[str]] | None = None  # tables: rows of cell text (merged cells repeated)
    column: str | None = None  # "left" | "right" for blocks from a two-column band

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, False) or k == "text"}


@dataclass
class Source:
    file: str
    sha256: str
    format: str | None = None
    pages: int | None = None
    ocr_pages: int = 0
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    # a digitally signed PDF: its (first) signer, signing time, and "valid" or "invalid"
    signer: str | None = None
    signed_at: str | None = None
    signature: str | None = None

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


@dataclass
class RawDocument:
    """What a reader returns: the file's identity and its blocks in reading order."""

    source: Source
    blocks: list[Block] = field(default_factory=list)
    # where the reader knows a document begins (block indices): each attachment of a mail, each
    # unit's answer in an online form's export; the splitter looks for more inside each part
    starts: list[int] = field(default_factory=list)

    @property
    def body(self) -> list[Block]:
        return [b for b in self.blocks if b.part in ("body", "textbox")]


@dataclass
class Meta:
    doc_type: str | None = None
    doc_type_name: str | None = None
    number: str | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    place: str | None = None
    date: str | None = None
    title: str | None = None
    signer: str | None = None
    signer_title: str | None = None
    signing_authority: str | None = None
    recipients: list[str] = field(default_factory=list)
    # those of "Kính gửi:" alone (a letter's addressees: what it asks of all, each of them holds)
    addressees: list[str] = field(default_factory=list)
    # a joint document's other issuers, each with its own number ("ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN /
    # Số: 37/KH-UBND" beside the first issuer's block): {"issuer", "parent_issuer", "number"}
    co_issuers: list[dict] = field(default_factory=list)


@dataclass
class Section:
    id: str
    number: str
    style: str
    level: int
    title: str
    paragraphs: list[str] = field(default_factory=list)
    page: int | None = None
    children: list[Section] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)  # rows of the tables under this heading


def all_sections(sections: list[Section]):
    """Every section of a heading tree, each before its children."""
    for s in sections:
        yield s
        yield from all_sections(s.children)


@dataclass
class Duty:
    id: str
    section: str
    body: str
    body_id: str
    role: str
    text: str
    deadline: str | None = None
    collaborators: list[str] = field(default_factory=list)
    code: str = ""  # the code a table gives the row ("2.3.1" of "Mã HĐ"), which replies may cite alone


@dataclass
class Task:
    id: str
    section: str
    text: str
    owner: str | None = None
    when: str | None = None
    # a report row's status cell: done, in_progress or not_done; no_figure for a report form's row
    # with no figure in any of its result columns
    status: str | None = None


@dataclass
class DateMention:
    text: str
    value: str | None
    end: str | None
    kind: str
    section: str | None = None
    recurrence: str | None = None  # "monthly", "quarterly", … for kind "recurring"


@dataclass
class Reference:
    text: str
    doc_type: str | None = None
    number: str | None = None
    date: str | None = None
    issuer: str | None = None
    title: str | None = None


@dataclass
class Target:
    """A quantitative target of a plan (``extractors/targets.py``): what is measured, how
    (comparator: >=, >, <=, <, =, reduce_by, increase_by), how much, for whom and by when."""
    id: str
    section: str
    body: str  # the holder responsible; empty for the whole area
    body_id: str
    scope: str  # "area", "holder" or "each_member" (every member of a collective holder)
    indicator: str
    comparator: str
    value: float
    unit: str
    deadline: str | None = None
    text: str = ""  # the passage it comes from


@dataclass
class Figure:
    """A figure a document reports (``extractors/targets.py``): what it measures (the clause or
    the table row's indicator), its value and unit, how it is put (``kind``: a plain level, or
    reduce_by / increase_by for a change), the period it is for, whether it speaks of the
    whole area ("toàn tỉnh") rather than the sender's own, and the unit of the sender's it is
    given for when a table gives figures unit by unit (``place``)."""
    section: str
    indicator: str
    value: float
    unit: str
    kind: str
    period: str | None = None
    whole_area: str = ""  # the level of the whole area it speaks of ("tinh": "toàn tỉnh"); "": the sender's own
    text: str = ""
    place: str = ""  # the unit (a commune, a school) the figure is given for, in a table of units


@dataclass
class TargetRef:
    """A plan's pointer to another document's targets, without a figure of its own."""
    section: str
    refers_to: str
    text: str


@dataclass
class Document:
    source: Source
    blocks: list[Block] = field(default_factory=list)
    meta: Meta = field(default_factory=Meta)
    sections: list[Section] = field(default_factory=list)
    duties: list[Duty] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)  # paragraphs before the first heading
    deadlines: dict[str, str | None] = field(default_factory=dict)  # the plan's "plan"/"report" due dates
    # a plan's report deadlines for a part of the year ("6 thang": "2026-06-12"), by
    # duty_words.yaml report_periods: a report on that part is due then
    report_periods: dict[str, str] = field(default_factory=dict)
    # a multi-year plan's deadlines that come again every year ("trước ngày 10/12 hằng năm"):
    # "plan"/"report" -> "MM-DD", due in the year a unit's document is for
    yearly_deadlines: dict[str, str] = field(default_factory=dict)
    # a report each unit owes by a day of its own: the plan's schedule table gives the unit's day
    # ("UBND huyện Đức Thọ | Ngày 27/5/2025") and a duty counts back from it ("trước ngày kiểm tra
    # ít nhất 05 ngày làm việc"): body_id -> [due, the unit's day]
    unit_deadlines: dict[str, list[str]] = field(default_factory=dict)
    parts: list[Document] = field(default_factory=list)  # the other documents the same file held, in order
    targets: list[Target] = field(default_factory=list)  # a plan's quantitative targets
    target_refs: list[TargetRef] = field(default_factory=list)  # its pointers to other documents' targets
    figures: list[Figure] = field(default_factory=list)  # the figures it reports (a report's results)
    # the numbers of the unit's earlier documents it says it replaces ("Kế hoạch này thay thế Kế
    # hoạch số 04/KH-THHĐ …"), folded and in capitals; "*": every earlier one ("đề nghị không sử
    # dụng văn bản đã gửi trước đó")
    replaces: list[str] = field(default_factory=list)
    # what its part on shortcomings says ("II. Tồn tại, hạn chế", "Khó khăn, vướng mắc"; not the
    # reasons nor the requests), [item's own heading or "", text] for each of its paragraphs or
    # items (extractors/tasks.py shortcomings): what a report admits is not done (issue #17)
    shortcomings: list[list[str]] = field(default_factory=list)

    @property
    def documents(self) -> list[Document]:
        """Every document of the file: this one, then its parts."""
        return [self, *self.parts]

    def to_dict(self) -> dict[str, Any]:
        """The Document object of CONTRACT.md (blocks are internal and left out)."""
        return {
            "schema": SCHEMA,
            "source": asdict(self.source),
            "meta": asdict(self.meta),
            "sections": [asdict(s) for s in self.sections],
            "duties": [asdict(d) for d in self.duties],
            "tasks": [asdict(t) for t in self.tasks],
            "dates": [asdict(d) for d in self.dates],
            "references": [asdict(r) for r in self.references],
            "preamble": list(self.preamble),
            "deadlines": dict(self.deadlines),
            "report_periods": dict(self.report_periods),
            "yearly_deadlines": dict(self.yearly_deadlines),
            "unit_deadlines": {k: list(v) for k, v in self.unit_deadlines.items()},
            "targets": [asdict(t) for t in self.targets],
            "target_refs": [asdict(r) for r in self.target_refs],
            "shortcomings": [list(x) for x in self.shortcomings],
        }
