"""Spreadsheets (.xlsx; .xls and .ods through LibreOffice): a report sent as a "biểu mẫu".

Offices send reports as spreadsheets laid out like a document: a header block in merged
cells (the issuing body and "Số: …" on the left, the Quốc hiệu and the date on the right),
the type line and title across the sheet, then a table with one row per task (STT, Nhiệm
vụ, Kết quả, Tình trạng, …), then "Nơi nhận" and the signature. Each sheet is read row by
row into the same blocks a Word document gives:

- a row of one value (a cell, or a merged range) is a paragraph (a merged range across the
  sheet is centred, as a title is);
- a row of two values far apart, at the top or the bottom, is a row of a two-column layout
  table (issuer | Quốc hiệu; Nơi nhận | signature), as a DOCX header table is read;
- three values or more start a table, which goes on while rows have values (a group row,
  one value merged across the table, stays in it), merged cells repeated as a DOCX's are.

Hidden sheets and empty ones are skipped; formulas are read as the values last saved.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from .. import ruleset
from ..errors import CorruptFile
from ..model import Block, RawDocument, Source
from ..normalize import fold

MAX_CELLS = 200_000  # a sheet larger than this is not a report; its first rows are read


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return str(value).replace("\r\n", "\n").strip()


def _grid(ws) -> tuple[list[list[str]], dict[tuple[int, int], tuple[int, int, int, int]]]:
    """The sheet's values as rows of strings (merged ranges repeated over their cells), and for
    each cell of a merged range its range (min_row, min_col, max_row, max_col), 0-based."""
    rows = []
    budget = MAX_CELLS
    for row in ws.iter_rows(values_only=True):
        budget -= len(row)
        if budget < 0:
            break
        rows.append([_text(v) for v in row])
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    merged: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    for rng in ws.merged_cells.ranges:
        r0, c0, r1, c1 = rng.min_row - 1, rng.min_col - 1, rng.max_row - 1, rng.max_col - 1
        if r0 >= len(rows):
            continue
        value = rows[r0][c0] if c0 < width else ""
        for r in range(r0, min(r1 + 1, len(rows))):
            for c in range(c0, min(c1 + 1, width)):
                rows[r][c] = value
                merged[(r, c)] = (r0, c0, r1, c1)
    return rows, merged


def _values(row: list[str], r: int, merged) -> list[tuple[int, int, str]]:
    """(first column, last column, text) of each distinct value of a row: a merged range once."""
    out: list[tuple[int, int, str]] = []
    c = 0
    while c < len(row):
        if not row[c]:
            c += 1
            continue
        rng = merged.get((r, c))
        last = rng[3] if rng else c
        out.append((c, last, row[c]))
        c = last + 1
    return out


def _sheet_blocks(ws, page: int, title: str = "") -> tuple[list[Block], list[int]]:
    """The sheet's blocks, and where a document begins among them (an online form's units)."""
    rows, merged = _grid(ws)
    form = form_answers(rows, title, page)
    if form:
        return _joined(form)
    width = max((len(r) for r in rows), default=0)
    placed, last = _row_blocks(rows, merged, width, page)
    if not 0 <= last < len(rows) - 1:
        return [b for _, b in placed], []
    # below the last table: Nơi nhận and the signatures, laid out side by side
    return [b for r, b in placed if r <= last] + _closing_blocks(rows, merged, width, page, last + 1), []


def _joined(parts: list[list[Block]]) -> tuple[list[Block], list[int]]:
    """Documents one after another: their blocks, and where each begins."""
    blocks: list[Block] = []
    starts: list[int] = []
    for part in parts:
        starts.append(len(blocks))
        blocks += part
    return blocks, starts


def _row_blocks(rows, merged, width: int, page: int) -> tuple[list[tuple[int, Block]], int]:
    """The blocks of the rows read row by row, each with the row it starts on; and the index
    of the last row in a table."""
    blocks: list[tuple[int, Block]] = []
    layout: list[list[str]] = []
    table: list[list[str]] | None = None
    table_cols: tuple[int, int] = (0, 0)
    last = first = layout_at = -1

    def flush_layout() -> None:
        nonlocal layout
        if layout:
            blocks.append((layout_at, Block(kind="table", text="\n".join(" | ".join(r) for r in layout), rows=layout,
                                            page=page)))
            layout = []

    def flush_table() -> None:
        nonlocal table, last
        if table:
            if len(table) >= 2:  # (one row of three values, "Nơi nhận: | NGƯỜI LẬP BIỂU | TRƯỞNG PHÒNG", is no table)
                last = first + len(table) - 1
            a, b = table_cols
            cut = [r[a:b + 1] for r in table]
            blocks.append((first, Block(kind="table", text="\n".join(" | ".join(c for c in r if c) for r in cut),
                                        rows=cut, page=page)))
        table = None

    for r, row in enumerate(rows):
        vals = _values(row, r, merged)
        if table is not None:
            a, b = table_cols
            inside = [v for v in vals if v[1] >= a and v[0] <= b]
            group_row = len(inside) == 1 and inside[0][1] - inside[0][0] >= (b - a) // 2
            if len(inside) >= 2 or group_row or (inside and len(vals) == len(inside) and inside[0][0] > a):
                table.append(row)
                continue
            flush_table()
        if not vals:
            flush_layout()
            continue
        if len(vals) >= 3:
            flush_layout()
            table = [row]
            first = r
            table_cols = (vals[0][0], max(v[1] for v in vals))
            continue
        if len(vals) == 2 and vals[1][0] - vals[0][1] >= 1:
            layout_at = r if not layout else layout_at
            layout.append([vals[0][2], vals[1][2]])
            continue
        flush_layout()
        c0, c1, text = vals[0] if len(vals) == 1 else (vals[0][0], vals[-1][1], " ".join(v[2] for v in vals))
        wide = c1 - c0 + 1 >= max(2, width // 2)
        for piece in text.split("\n"):
            if piece.strip():
                blocks.append((r, Block(text=piece.strip(), page=page, align="center" if wide else None)))
    flush_table()
    flush_layout()
    return blocks, last


def _closing_blocks(rows, merged, width: int, page: int, start: int) -> list[Block]:
    """The rows below the task table, read column by column as a page's closing reads: Nơi nhận
    on the left, the signatures side by side ("NGƯỜI LẬP BIỂU" with the preparer's name, "TRƯỞNG
    PHÒNG" with the head's). Each value goes to the band where its cells lie; the rightmost band
    is the signer's (``column="right"``), the others are ``"left"``."""
    bands: dict[int, list[str]] = {}
    for r in range(start, len(rows)):
        for c0, c1, text in _values(rows[r], r, merged):
            band = min(2, int(3 * (c0 + c1 + 1) / 2 / max(width, 1)))  # 0 left, 1 middle, 2 right
            bands.setdefault(band, []).extend(p.strip() for p in text.split("\n") if p.strip())
    right = max(bands, default=0)
    out = []
    for band in sorted(bands):
        lines = bands[band]
        # "Nơi nhận" first: a preparer's signature typed above it is no part of the body
        k = next((i for i, t in enumerate(lines) if fold(t).startswith("noi nhan")), 0)
        out += [Block(text=t, page=page, column="right" if band == right and len(bands) > 1 else "left")
                for t in lines[k:] + lines[:k]]
    return out


def read_xlsx(path: Path, source: Source) -> RawDocument:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, data_only=True, read_only=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged package
        raise CorruptFile(f"{path.name}: unreadable spreadsheet ({type(exc).__name__}: {exc})") from exc
    blocks: list[Block] = []
    starts: list[int] = []
    sheets = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
    for n, ws in enumerate(sheets, start=1):
        sheet, begins = _sheet_blocks(ws, n, _form_title(path))
        starts += [len(blocks) + s for s in begins]
        blocks.extend(sheet)
    source.pages = len(sheets)
    if len(sheets) > 1:
        source.warn(f"Bảng tính có {len(sheets)} trang tính; đã đọc lần lượt từng trang.")
    return RawDocument(source=source, blocks=blocks, starts=starts)


def read_csv(path: Path, source: Source) -> RawDocument:
    """A .csv: an online form's answers as exported (``form_answers``), or any table, read as a
    sheet is."""
    import csv
    import io

    from ..encoding import decode_bytes

    text, _ = decode_bytes(path.read_bytes())
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [[c.strip() for c in r] for r in csv.reader(io.StringIO(text), dialect)]
    rows = [r for r in rows if any(r)]
    source.pages = 1
    blocks, starts = _joined(form_answers(rows, _form_title(path), 1))
    if not blocks:
        width = max((len(r) for r in rows), default=0)
        rows = [r + [""] * (width - len(r)) for r in rows]
        blocks = [b for _, b in _row_blocks(rows, {}, width, 1)[0]]
    return RawDocument(source=source, blocks=blocks, starts=starts)


def _form_title(path: Path) -> str:
    """What an export's file is called, without what the export adds ("Biểu mẫu số 01 - Báo cáo
    kết quả Tết Ất Tỵ 2025 (xã, thị trấn) (Câu trả lời)" -> "Biểu mẫu số 01 - Báo cáo kết quả Tết
    Ất Tỵ 2025 (xã, thị trấn)")."""
    name = re.sub(r"\s*[-–]\s*Câu trả lời biểu mẫu \d+\s*$", "", path.stem, flags=re.I)
    return re.sub(r"\s*\((?:Câu trả lời|Responses)\)\s*$", "", name, flags=re.I).strip()


@ruleset.cached
def _form_columns() -> dict:
    """files.yaml ``form_columns``: the columns of an online form's exported answers."""
    return ruleset.load_yaml("files.yaml").get("form_columns") or {}


def form_answers(rows: list[list[str]], title: str, page: int) -> list[list[Block]]:
    """The answers of an online form as exported (files.yaml ``form_columns``): each unit's latest
    row laid out as the report it stands for, a document of its own: the unit's name as its
    issuer, the Quốc hiệu, the day it answered, "BÁO CÁO", the form's title, a table of its
    questions and answers ("Nội dung | Kết quả thực hiện"); [] for a sheet that is no form's
    answers."""
    from ..names import expand_abbreviations

    cols = _form_columns()
    head = next((r for r in rows if any(c.strip() for c in r)), None)
    if head is None:
        return []
    keys = [_key(c) for c in head]

    def column(kind: str) -> int | None:
        names = cols.get(kind, [])
        return next((i for name in names for i, k in enumerate(keys) if k == name or k.startswith(name + " ")), None)

    when, unit = column("time"), column("unit")
    if when is None or unit is None:
        return []
    skip = {i for i, k in enumerate(keys) if any(k == n or k.startswith(n + " ") for n in cols.get("skip", []))}
    questions = [i for i in range(len(head)) if i not in skip | {when, unit} and head[i].strip()]
    latest: dict[str, tuple[int, list[str], str]] = {}
    for n, row in enumerate(rows[rows.index(head) + 1:]):
        name = row[unit].strip() if unit < len(row) else ""
        m = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})|(\d{4})-(\d{2})-(\d{2})", row[when] if when < len(row) else "")
        if not name or not m:
            continue
        day = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m.group(1) else m.group(0)
        key = re.sub(r"^(?:ubnd|uy ban nhan dan)\s+", "", fold(name).strip())
        if key not in latest or (day, n) >= (latest[key][2], latest[key][0]):
            latest[key] = (n, row, day)  # a later row of the same unit corrects the earlier
    out: list[list[Block]] = []
    for n, row, day in sorted(latest.values(), key=lambda v: v[0]):
        name = expand_abbreviations(row[unit].strip())  # "TTYT huyện Bình Liêu", as it is written in capitals
        y, mo, d = day.split("-")
        answers = [[head[i].strip(), row[i].strip()] for i in questions if i < len(row) and row[i].strip()]
        asides = [a for a in answers if _not_work(a[0], cols)]
        answers = [a for a in answers if a not in asides]
        blocks = [Block(text=name.upper(), page=page),
                   Block(text="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", page=page),
                   Block(text="Độc lập - Tự do - Hạnh phúc", page=page),
                   Block(text=f"{name}, ngày {d} tháng {mo} năm {y}", page=page),
                   Block(text="BÁO CÁO", page=page, align="center"),
                   Block(text=title or "Trả lời biểu mẫu trực tuyến", page=page, align="center")]
        if answers:
            table = [["Nội dung", "Kết quả thực hiện"], *answers]
            blocks.append(Block(text="I. KẾT QUẢ THỰC HIỆN", page=page))
            blocks.append(Block(kind="table", text="\n".join(" | ".join(r) for r in table), rows=table, page=page))
        for k, (question, answer) in enumerate(asides, start=2):  # "Khó khăn, vướng mắc": no work done
            bare = re.sub(r"^\s*\d+[.)]\s*", "", question)
            blocks += [Block(text=f"{_ROMAN[k]}. {bare.upper()}", page=page), Block(text=answer, page=page)]
        out.append(blocks)
    return out


_ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"] + [str(n) for n in range(11, 60)]


def _key(cell: str) -> str:
    """A header cell or a question as its folded words ("2. Khó khăn, vướng mắc" -> "2 kho khan vuong mac")."""
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", fold(cell)).split())


def _not_work(question: str, cols: dict) -> bool:
    key = re.sub(r"^\d+\s+", "", _key(question))
    return any(key.startswith(w) for w in cols.get("not_work", []))


def read_sheet(path: Path, source: Source) -> RawDocument:
    """.xls and .ods: converted to .xlsx by LibreOffice (private profile, time limit), then read."""
    from .office import convert

    with tempfile.TemporaryDirectory(prefix="rasoat-lo-") as tmp:
        xlsx = convert(path, "xlsx:Calc MS Excel 2007 XML", Path(tmp))
        return read_xlsx(xlsx, source)

