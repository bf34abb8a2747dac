"""Digital signatures of a PDF (issue #16): who signed it, when, and whether the signed bytes
are still what was signed, read with pyHanko, offline. Trust is not judged (no revocation
look-ups, no certificate store): each signer's own certificate is taken as its root, so what
is checked is the integrity of the signature over the document's bytes."""

from __future__ import annotations

from datetime import timedelta, timezone
from pathlib import Path

VIETNAM = timezone(timedelta(hours=7))


def read_signatures(path: Path) -> list[dict]:
    """[{"signer", "signed_at" (ISO, Vietnam time), "intact" (bool)}] for each signature of the
    PDF; [] for an unsigned PDF or one whose signatures cannot be read."""
    import mmap

    try:  # no signature dictionary: nothing to read (searched in place, the file is not copied)
        with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            if data.find(b"/ByteRange") == -1:
                return []
    except (OSError, ValueError):  # (ValueError: an empty file)
        return []
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko_certvalidator import ValidationContext
    except ImportError:
        return []
    out = []
    try:
        with open(path, "rb") as fh:
            for sig in PdfFileReader(fh, strict=False).embedded_signatures:
                cert = sig.signer_cert
                context = ValidationContext(trust_roots=[cert], allow_fetching=False, revocation_mode="soft-fail")
                status = validate_pdf_signature(sig, context)
                when = status.signer_reported_dt
                out.append({"signer": cert.subject.native.get("common_name") or cert.subject.human_friendly,
                            "signed_at": when.astimezone(VIETNAM).isoformat() if when else "",
                            "intact": bool(status.intact and status.valid)})
    except Exception:  # noqa: BLE001 - a damaged signature is no reason to lose the document
        return out
    return out
