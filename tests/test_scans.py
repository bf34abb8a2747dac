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


# --- OCR speed at the same accuracy (issue #16's last part; the figures are in bench/ocr.py) ------


def _page(pdf_path, index=0, dpi=300):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return pdf[index].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        pdf.close()


def test_the_body_text_size_is_measured_on_the_page_and_sets_the_resolution(fx, scanned_pdf, formal_pdf):
    """The seed's scan is 10-point print at 300 dpi (an em of 41.7 pixels); the formal plan is
    13-point (54.2 pixels). Each is read at the resolution that gives its text an em of
    TARGET_EM pixels, never below LEAST_DPI and never enlarged."""
    import builders

    from pipeline.readers.ocr import LEAST_DPI, TARGET_EM, at_text_size, text_em

    small = _page(scanned_pdf)
    large = _page(builders.scan_pdf(formal_pdf, fx / "formal-scan.pdf", pages=[0], angle=0.8))
    assert text_em(small) == pytest.approx(10 / 72 * 300, rel=0.15)
    assert text_em(large) == pytest.approx(13 / 72 * 300, rel=0.15)
    for image, pt in ((small, 10), (large, 13)):
        reduced, scale = at_text_size(image, 300 / 72)
        dpi = scale * 72
        assert reduced.width == pytest.approx(image.width * dpi / 300, abs=1)
        assert dpi == pytest.approx(max(LEAST_DPI, TARGET_EM / pt * 72), rel=0.15)
    assert 150 < at_text_size(small, 300 / 72)[1] * 72 < at_text_size(large, 300 / 72)[1] * 72 * 1.6
    blank = small.point(lambda _: 255)
    assert text_em(blank) is None and at_text_size(blank, 300 / 72)[0] is blank  # nothing to measure
    tiny, scale = at_text_size(small.resize((small.width // 3, small.height // 3)), 100 / 72)
    assert scale == 100 / 72  # 10-point print at 100 dpi is already small: never enlarged


def test_a_scan_coarser_than_300_dpi_is_read_enlarged_as_before(fx, formal_pdf):
    """The scanner's own resolution is read from the PDF; a 200-dpi scan is rendered at 300 dpi
    and kept there (its blurred strokes read better enlarged); a 300-dpi one is reduced."""
    import builders
    import pypdfium2 as pdfium

    from pipeline.readers.ocr import at_text_size, page_image, scan_dpi

    for dpi, reduced in ((200, False), (300, True)):
        scan = builders.scan_pdf(formal_pdf, fx / f"formal-{dpi}.pdf", pages=[0], angle=0.0, dpi=dpi)
        pdf = pdfium.PdfDocument(str(scan))
        assert scan_dpi(pdf[0]) == pytest.approx(dpi, rel=0.01)
        image, scale = page_image(pdf[0], 1)
        pdf.close()
        assert scale == 300 / 72 and image.info["dpi"][0] == pytest.approx(dpi, rel=0.01)
        assert (at_text_size(image, scale)[1] < scale) is reduced


def test_the_pages_of_a_scan_read_in_parallel_come_back_in_order_as_one_by_one(fx, seed_pdf):
    import builders
    import pypdfium2 as pdfium

    from pipeline.readers import ocr

    scan = builders.scan_pdf(seed_pdf, fx / "three-pages.pdf", pages=[2, 0, 1], angle=0.5)
    pdf = pdfium.PdfDocument(str(scan))
    one_by_one = [ocr.ocr_page(pdf[i], i + 1) for i in range(3)]
    rendered = [ocr.page_image(pdf[i], i + 1) for i in range(3)]
    together = list(ocr.ocr_pages((image, i + 1, scale) for i, (image, scale) in enumerate(rendered)))
    pdf.close()
    assert [[ln.text for ln in p] for p in together] == [[ln.text for ln in p] for p in one_by_one]
    assert [{ln.page for ln in p} for p in together] == [{1}, {2}, {3}]
    doc = parse(scan)  # the reader reads the pages in parallel too, and keeps their order
    assert doc.source.ocr_pages == 3
    pages = [b.page for b in doc.blocks]
    assert pages == sorted(pages) and set(pages) == {1, 2, 3}
    text = " ".join(b.text for b in doc.blocks)
    middles = [p[len(p) // 2].text for p in together]
    assert all(m in text for m in middles)
    assert text.index(middles[0]) < text.index(middles[1]) < text.index(middles[2])


def test_ocr_slots_let_no_more_tesseracts_run_than_the_machine_has_cores(tmp_path, monkeypatch):
    """Slots are lock files shared by every process: with both slots held elsewhere (here by
    locks this test takes, as another rasoat process would), a page waits; it starts as soon as
    one is let go."""
    import fcntl
    import os
    import threading
    import time

    from pipeline.readers import ocr

    monkeypatch.setattr(ocr, "SLOTS", tmp_path / "slots")
    monkeypatch.setattr(ocr, "cores", lambda: 2)
    with ocr.ocr_slot():  # makes the folder; a slot taken and given back
        pass
    held = []
    for i in range(2):
        fd = os.open(tmp_path / "slots" / f"slot-{i}", os.O_RDWR | os.O_CREAT)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.append(fd)
    started = threading.Event()

    def page():
        with ocr.ocr_slot():
            started.set()

    t = threading.Thread(target=page)
    t.start()
    time.sleep(0.4)
    assert not started.is_set()  # both slots busy: the page waits
    os.close(held.pop())  # another process's page is done
    assert started.wait(5)
    t.join(5)
    os.close(held.pop())
    assert oct(os.stat(tmp_path / "slots").st_mode & 0o777) == "0o700"
