"""Issue #16: scans as offices send them. Pages scanned on their side or upside down (no
rotation flag in the file) are turned upright before OCR; a page skewed by 8° is straightened."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from pipeline import parse

pytestmark = pytest.mark.slow

EIGHTEENTH = ROOT / "corpus" / "eighteenth"
GOLD = json.loads((EIGHTEENTH / "gold.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["scan0004.pdf", "scan0007.pdf", "TYT_BC 61 (scan).pdf"])
def test_a_page_scanned_on_its_side_or_upside_down_is_read_upright(name):
    want = GOLD["files"][name]
    doc = parse(EIGHTEENTH / "inbox" / name, split=True)
    assert (doc.meta.number, doc.meta.date) == (want["number"], want["date"])
    assert doc.meta.doc_type == {"unit_plan": "KH", "report": "BC"}[want["role"]]


def test_orientation_leaves_an_upright_page_alone(scanned_pdf):
    import pypdfium2 as pdfium

    from pipeline.readers.ocr import orient

    image = pdfium.PdfDocument(str(scanned_pdf))[0].render(scale=150 / 72, grayscale=True).to_pil().convert("L")
    assert orient(image)[1] == 0
    turned, degrees = orient(image.rotate(90, expand=True))  # lying on its side (turned counter-clockwise)
    assert degrees == 90 and turned.size == image.size  # turned back clockwise
    assert orient(turned)[1] == 0


@pytest.mark.parametrize("name", [n for n, f in GOLD["files"].items() if f.get("signature")])
def test_a_signed_pdf_tells_its_signer_time_and_whether_it_was_changed_after_signing(name):
    want = GOLD["files"][name]["signature"]
    src = parse(EIGHTEENTH / "inbox" / name).source
    assert (src.signer, src.signed_at) == (want["signer"], want["signed_at"])
    assert src.signature == ("valid" if want["intact"] else "invalid")
    if not want["intact"]:
        assert any("đã bị sửa sau khi ký" in w for w in src.warnings)
