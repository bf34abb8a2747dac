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


def test_the_coloured_ink_of_a_seal_is_taken_out_and_black_text_under_it_stays():
    """A page drawn here: black letters, a red ring and a blue stamp over them."""
    from PIL import Image, ImageDraw

    from pipeline.readers.ocr import has_colour, without_seals

    page = Image.new("RGB", (300, 200), (245, 242, 235))  # paper
    draw = ImageDraw.Draw(page)
    draw.rectangle((40, 90, 260, 110), fill=(20, 20, 20))  # a line of black text
    assert not has_colour(page)
    draw.ellipse((60, 40, 200, 180), outline=(210, 40, 50), width=8)  # the red seal's ring
    draw.rectangle((220, 20, 290, 60), outline=(40, 60, 190), width=5)  # a blue "ĐẾN" stamp
    assert has_colour(page)
    gray = without_seals(page.convert("L"), page)
    assert gray.mode == "L"
    assert gray.getpixel((150, 100)) < 40  # the text under the seal stays black
    assert gray.getpixel((64, 110)) > 200 and gray.getpixel((222, 40)) > 180  # ring and stamp gone to paper
    assert gray.getpixel((10, 10)) == page.convert("L").getpixel((10, 10))  # the rest as it was


@pytest.mark.slow
@pytest.mark.parametrize("name,signer,title", [
    ("MTTQ_KH 09 Toan dan PCCC.pdf", "Võ Thị Thanh Tâm", "Chủ tịch"),
    ("TH Can Loc_KH PCCC nam hoc 2025-2026.pdf", "Phan Thị Thu Trang", "Hiệu trưởng"),
])
def test_the_signer_under_a_red_seal_is_read(name, signer, title):
    """corpus/eighteenth's colour scans (written blind): a red seal over the signer's title and
    name. Before the seal's ink was taken out, one signer was read "À<} Thị Thanh Tâm" and the
    other not at all."""
    doc = parse(ROOT / "corpus" / "eighteenth" / "inbox" / name)
    assert doc.meta.signer == signer and doc.meta.signer_title.startswith(title)


def test_a_standing_body_is_told_through_a_letter_ocr_doubled():
    from pipeline.checking.holders import is_standing_body

    assert is_standing_body("Ban thường trụực") and is_standing_body("BAN THƯỜNG TRỰC")
    assert not is_standing_body("Ban Dân vận") and not is_standing_body("Trường") and not is_standing_body(None)
