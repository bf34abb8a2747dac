"""E-mails saved from the mail client (.eml): the units' replies as they arrived.

An e-mail is read as a file of several documents, one after another: each attachment by the
reader of its own format (a .zip attached is unpacked as an inbox's zip is, member by member,
with the same limits), then, when no attachment holds a document, the mail's body (a report
typed into the mail), dated by the mail when it gives no date of its own. A cover note in the
body of a mail with attachments ("Kính gửi …, đơn vị gửi báo cáo (file đính kèm)") is no
document. Attachments are written to a private temporary folder under names of the reader's
own (never the attachment's name), and removed after reading. An attachment that cannot be
read (empty, damaged) is named in the file's warnings; a mail with nothing readable is an error
that says why.
"""

from __future__ import annotations

import email
import email.policy
import re
import tempfile
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from ..errors import CorruptFile, ReadError
from ..model import Block, RawDocument, Source

MAX_ATTACHMENTS = 50


def read_eml(path: Path, source: Source) -> RawDocument:
    from . import read

    try:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    except Exception as exc:  # noqa: BLE001 - the email package raises many kinds for a damaged message
        raise CorruptFile(f"{path.name}: unreadable e-mail ({type(exc).__name__}: {exc})") from exc
    blocks: list[Block] = []
    starts: list[int] = []  # each attachment (each member of a zip) begins a document
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="rasoat-mail-") as tmp:
        folder = Path(tmp)
        for n, part in enumerate(_attachments(msg)):
            if n >= MAX_ATTACHMENTS:
                problems.append("thư có quá nhiều tệp đính kèm; chỉ đọc các tệp đầu")
                break
            name = part.get_filename() or f"tệp đính kèm {n + 1}"
            data = part.get_payload(decode=True) or b""
            if not data:
                problems.append(f"tệp đính kèm “{name}” rỗng")
                continue
            suffix = re.sub(r"[^a-z0-9.]", "", Path(name).suffix.lower())[:6]
            target = folder / f"{n:03d}{suffix}"
            target.write_bytes(data)
            for member in _members(target, folder / f"{n:03d}.d"):
                try:
                    raw = read(member)
                except ReadError as exc:
                    problems.append(f"tệp đính kèm “{name}”: {exc.message}")
                    continue
                starts.append(len(blocks))
                starts += [len(blocks) + s for s in raw.starts if s]
                blocks.extend(raw.blocks)
                source.ocr_pages += raw.source.ocr_pages
        if not blocks and not any(True for _ in _attachments(msg)):
            blocks = _body(msg, source)  # (with attachments, the body is their cover note)
    for problem in problems:
        source.warn(f"Thư điện tử: {problem}.")
    if not blocks:
        raise CorruptFile(f"{path.name}: no readable document in the e-mail",
                          "Thư điện tử không có văn bản đọc được" + (f" ({'; '.join(problems)})" if problems else "")
                          + "; đề nghị đơn vị gửi lại.")
    source.pages = max(source.pages or 0, 1)
    return RawDocument(source=source, blocks=blocks, starts=starts)


def _attachments(msg):
    """The mail's attachments, and those of a mail forwarded inside it."""
    for part in msg.iter_attachments():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            for m in inner if isinstance(inner, list) else [inner]:
                yield from _attachments(m)
        else:
            yield part


def _members(path: Path, folder: Path) -> list[Path]:
    """An attachment, or the members of a .zip attached."""
    from ..archives import is_plain_zip, unpack

    if not is_plain_zip(path):
        return [path]
    try:
        return [m.path for m in unpack(path, folder) if m.path is not None]
    except Exception:  # noqa: BLE001 - a damaged zip: nothing in it is read
        return []


def _body(msg, source: Source) -> list[Block]:
    """The mail's body as a document (a report typed into the mail), dated by the mail when
    it gives no date of its own."""
    from ..encoding import convert_legacy, detect_legacy
    from .text import html_blocks, text_blocks

    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return []
    text = part.get_content()
    if not isinstance(text, str) or len(text.split()) < 20:
        return []
    legacy = detect_legacy(text)  # typed in a TCVN3 or VNI font and sent as it looked
    if legacy:
        text = convert_legacy(text, legacy)
    blocks = html_blocks(text) if part.get_content_type() == "text/html" else text_blocks(text)
    # a report typed into a mail, as people type one: a greeting and a line of cover ("Kính gửi …",
    # "UBND xã … gửi báo cáo … (gửi qua thư điện tử …)"), then the issuer in capitals and the title
    # ("Báo cáo kết quả …"), no date: read from the issuer, with its type line and the mail's date
    start = next((i for i, b in enumerate(blocks[:12]) if _capitals(b.text)), 0)
    blocks = blocks[start:]
    at = 1 if start or (blocks and _capitals(blocks[0].text)) else 0
    sent = _sent(msg)
    if sent and not any(re.search(r",\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", b.text) for b in blocks[:12]):
        blocks.insert(at, Block(text=f"Thư điện tử, ngày {sent:%d} tháng {sent.month} năm {sent.year}"))
        source.warn(f"Văn bản là nội dung thư điện tử, không ghi ngày; lấy ngày gửi thư ({sent:%d/%m/%Y}).")
        at += 1
    kind = re.match(r"\s*(Báo cáo|Kế hoạch)\b", blocks[at].text) if at < len(blocks) else None
    if kind and not any(b.text.strip().upper() in ("BÁO CÁO", "KẾ HOẠCH") for b in blocks[:at + 1]):
        blocks.insert(at, Block(text=kind.group(1).upper(), align="center"))
    return blocks


def _capitals(text: str) -> bool:
    """A line in capitals of two words or more (an issuer as typed: "UBND XÃ ĐẠI TRẠCH")."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 2 and len(letters) >= 4 and all(c.isupper() for c in letters)


def _sent(msg) -> datetime | None:
    try:
        return parsedate_to_datetime(msg["Date"]) if msg["Date"] else None
    except (TypeError, ValueError):
        return None
