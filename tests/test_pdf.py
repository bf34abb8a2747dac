from __future__ import annotations

import re

import builders
import pytest
from rapidfuzz.distance import Levenshtein

from pipeline import parse
from pipeline.normalize import normalize_text
from pipeline.readers.layout import Line, Segment, to_blocks
from pipeline.readers.pdf import build_lines


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", normalize_text(text)).strip()


def seed_paragraphs() -> list[str]:
    return [normalize_text(p) for p in builders.seed_text().split("\n") if p.strip()]


def test_text_pdf_paragraphs_come_back_whole(seed_pdf):
    doc = parse(seed_pdf)
    assert doc.source.format == "pdf"
    assert doc.source.pages >= 3 and doc.source.ocr_pages == 0
    texts = [b.text for b in doc.blocks]
    expected = seed_paragraphs()
    # every paragraph of the seed is one block, wrapped lines joined back
    missing = [p for p in expected if p not in texts]
    assert missing == []
    assert len(texts) == len(expected)
    pages = {b.page for b in doc.blocks}
    assert pages == set(range(1, doc.source.pages + 1))


def test_two_column_header_is_read_column_by_column(formal_pdf):
    doc = parse(formal_pdf)
    texts = [b.text for b in doc.blocks]
    left = [b.text for b in doc.blocks if b.column == "left"]
    right = [b.text for b in doc.blocks if b.column == "right"]
    assert "Số: 45/KH-UBND" in left
    assert any(t.startswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA") for t in right)
    assert "Độc lập - Tự do - Hạnh phúc" in right
    # the issuer column is read before the Quốc hiệu column, and both before the title
    assert texts.index("Số: 45/KH-UBND") < texts.index("Độc lập - Tự do - Hạnh phúc") < texts.index("KẾ HOẠCH")
    # the body is intact after the band
    assert "I. Mục đích, yêu cầu" in texts


def test_running_header_and_page_numbers_are_dropped(formal_pdf):
    doc = parse(formal_pdf)
    assert doc.source.pages >= 3
    texts = [b.text for b in doc.blocks]
    assert not any("bản dự thảo" in t for t in texts)
    assert not any(re.fullmatch(r"\d{1,3}", t) for t in texts)
    assert "Đỗ Ngọc An" in texts


def _chars(text: str, x0: float, size: float = 12.0, top: float = 100.0, advance: float = 6.0):
    chars = []
    x = x0
    for ch in text:
        chars.append({"text": ch, "x0": x, "x1": x + advance, "top": top, "bottom": top + size,
                      "size": size, "fontname": "TimesNewRomanPSMT", "upright": True})
        x += advance
    return chars


def test_tone_marks_drawn_as_separate_glyphs_are_joined_to_their_letter():
    # "Việt": the dot below and the circumflex come as combining glyphs placed over the e
    chars = _chars("Vie", 72) + [
        {"text": "\u0302", "x0": 84, "x1": 84, "top": 100, "bottom": 112, "size": 12, "fontname": "T", "upright": True},
        {"text": "\u0323", "x0": 84, "x1": 84, "top": 100, "bottom": 112, "size": 12, "fontname": "T", "upright": True},
    ] + _chars("t Nam", 90)
    lines, _ = build_lines(chars, 1, 842)
    assert [ln.text for ln in lines] == ["Việt Nam"]


def test_letters_spaced_apart_inside_a_syllable_stay_one_word():
    # a Vietnamese PDF often kerns toned letters loosely: small gaps are not spaces
    chars = _chars("Thực", 72, advance=6.0)
    chars[3]["x0"] += 1.5  # a 1.5 pt gap before "c" at 12 pt
    chars[3]["x1"] += 1.5
    lines, _ = build_lines(chars + _chars("hiện", 72 + 4 * 6 + 1.5 + 4.0), 1, 842)
    assert lines[0].text == "Thực hiện"


def test_wrapped_lines_join_but_items_do_not():
    def line(text, x0, x1, top):
        return Line(page=1, top=top, bottom=top + 12, size=12, segments=[Segment(text, x0, x1)])

    pages = [[
        line("Tổ chức tuyên truyền, phổ biến chính sách pháp luật về bình đẳng giới", 85, 520, 100),
        line("và vì sự tiến bộ của phụ nữ.", 70, 250, 116),
        line("- Phòng Tư pháp chủ trì;", 70, 200, 132),
        line("2. Phòng Nội vụ", 70, 160, 148),
    ]]
    texts = [b.text for b in to_blocks(pages)]
    assert texts == [
        "Tổ chức tuyên truyền, phổ biến chính sách pháp luật về bình đẳng giới và vì sự tiến bộ của phụ nữ.",
        "- Phòng Tư pháp chủ trì;",
        "2. Phòng Nội vụ",
    ]


@pytest.mark.slow
def test_scanned_pdf_is_ocred_to_95_percent(scanned_pdf, seed_pdf):
    import pdfplumber

    doc = parse(scanned_pdf)
    assert doc.source.ocr_pages == 1
    assert all(b.ocr for b in doc.blocks)
    with pdfplumber.open(seed_pdf) as pdf:
        truth = pdf.pages[0].extract_text()
    got = flat(" ".join(b.text for b in doc.blocks))
    similarity = Levenshtein.normalized_similarity(got, flat(truth))
    assert similarity >= 0.95, (similarity, got[:300])


@pytest.mark.slow
def test_only_pages_without_text_are_ocred(fx, scanned_pdf, seed_pdf):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.add_page(PdfReader(str(seed_pdf)).pages[1])  # a text page
    writer.add_page(PdfReader(str(scanned_pdf)).pages[0])  # a scanned page
    mixed = fx / "mixed.pdf"
    with open(mixed, "wb") as fh:
        writer.write(fh)
    doc = parse(mixed)
    assert doc.source.pages == 2 and doc.source.ocr_pages == 1
    by_page = {b.page: b.ocr for b in doc.blocks}
    assert by_page[1] is False and by_page[2] is True


def test_ruled_table_in_a_pdf_becomes_a_table_block(fx):
    from docx import Document

    doc = Document()
    doc.add_paragraph("Phụ lục phân công nhiệm vụ")
    table = doc.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    cells = [["TT", "Nội dung", "Cơ quan chủ trì"],
             ["1", "Tuyên truyền pháp luật", "Phòng Tư pháp"],
             ["2", "Tập huấn cán bộ", "Phòng Nội vụ"]]
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_paragraph("Đoạn sau bảng.")
    src = fx / "ruled.docx"
    doc.save(src)
    pdf = builders.soffice_convert(src, "pdf", fx)
    blocks = parse(pdf).blocks
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1
    assert tables[0].rows == cells
    texts = [b.text for b in blocks if b.kind == "paragraph"]
    assert texts == ["Phụ lục phân công nhiệm vụ", "Đoạn sau bảng."]


def test_garbage_text_layer_counts_as_unusable():
    from pipeline.readers.pdf import _text_layer

    def lines(text):
        return [Line(page=1, top=100, bottom=112, size=12, segments=[Segment(text, 70, 500)])]

    assert _text_layer(lines("Kế hoạch thực hiện công tác bình đẳng giới năm 2023")) == "ok"
    assert _text_layer(lines("\ue001\ue002\ue003 \ue004\ue005 abc \ue006\ue007\ue008\ue009")) == "garbage"
    assert _text_layer(lines("(cid:12)(cid:40)(cid:77) (cid:3)(cid:12) Kế")) == "garbage"
    assert _text_layer(lines("12")) == "thin"


@pytest.mark.slow
def test_tcvn3_document_printed_to_pdf_is_repaired(fx):
    # an old .VnTime document printed to PDF on a machine without the font: the text
    # layer holds the TCVN3 surface characters under a substitute font name
    # (paragraphs without "ư": LibreOffice drops the soft hyphen Word stores it as, a
    # fixture artefact that real printed documents do not have)
    text = builders.lower_toned_capitals(builders.seed_text().split("III. Kinh phí")[0])
    paragraphs = [(p, ".VnTime") for p in text.split("\n") if p.strip() and "ư" not in p.lower()]
    assert len(paragraphs) >= 5
    src = builders.tcvn3_docx(fx / "tcvn3-print.docx", paragraphs)
    pdf = builders.soffice_convert(src, "pdf", fx)
    doc = parse(pdf)
    assert doc.source.encoding == "tcvn3"
    got = [b.text for b in doc.blocks]
    assert got == [normalize_text(p) for p, _ in paragraphs]


def _blocks(doc) -> list[tuple[str, str]]:
    return [(b.kind, b.text if b.kind != "table" else repr(b.rows)) for b in doc.blocks]


@pytest.mark.parametrize("name,line", [("seed_pdf", "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2023"),
                                       ("formal_pdf", "Độc lập - Tự do - Hạnh phúc")])
def test_pdfium_reading_of_text_pages_matches_pdfplumber_and_never_opens_it(name, line, request, monkeypatch):
    """Text pages are read from pdfium's characters (fast); the result is what the pdfplumber
    reading of the same pages gives, fallback-font glyphs ("Tự", "ở", drawn by LibreOffice
    after the rest of their line) and the spaces around them included."""
    import pipeline.readers.pdf as reader
    from pipeline.model import Source
    from pipeline.parsing import _document, normalise

    path = request.getfixturevalue(name)
    raw = normalise(reader.read_pdf(path, Source(file=str(path), sha256="", format="pdf"), plumber_only=True))
    slow = _document(raw, raw.blocks)  # every page through pdfplumber

    def refuse(_path):
        raise AssertionError("pdfplumber opened for pages without a legacy font")

    monkeypatch.setattr(reader, "_open_plumber", refuse)
    fast = parse(path)
    assert _blocks(fast) == _blocks(slow)
    assert line in [b.text for b in fast.blocks]
    assert fast.to_dict()["meta"] == slow.to_dict()["meta"]


def test_an_oversized_page_is_rendered_for_ocr_within_a_pixel_budget():
    from pipeline.readers.ocr import DPI, MAX_PIXELS, render_scale

    assert render_scale(595, 842) == DPI / 72  # A4 at 300 dpi
    assert render_scale(1191, 1684) == DPI / 72  # A2 still fits
    scale = render_scale(14400, 14400)  # 5 x 5 metres, the largest page PDF allows
    assert 0 < scale < DPI / 72 and (14400 * scale) ** 2 <= MAX_PIXELS * 1.001


def _page_image(pdf, index: int):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    img = doc[index].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
    doc.close()
    return img


@pytest.mark.slow
def test_a_scan_pasted_into_a_word_file_is_read_by_ocr(tmp_path, formal_pdf):
    """"Gửi bản scan": a Word file whose body is a caption and the pictures of the signed pages
    is read from its pictures, in order (forty-ninth); a small picture (a logo) is passed over,
    and a Word file with typed text keeps its text alone."""
    import io

    import docx
    from docx.shared import Cm

    pictures = []
    for index in (0, 1):
        buf = io.BytesIO()
        _page_image(formal_pdf, index).save(buf, "PNG")
        pictures.append(buf)
    logo = io.BytesIO()
    _page_image(formal_pdf, 0).resize((120, 160)).save(logo, "PNG")
    word = docx.Document()
    word.add_paragraph("Bản scan kế hoạch số 45/KH-UBND")
    word.add_picture(logo, width=Cm(2))
    for buf in pictures:
        word.add_picture(buf, width=Cm(16))
    path = tmp_path / "KH 45 (ban scan).docx"
    word.save(path)
    doc = parse(path)
    m = doc.meta
    assert (m.doc_type, m.number, m.date, m.issuer) == ("KH", "45/KH-UBND", "2023-02-10", "Ủy ban nhân dân thị xã Hương Trà")
    assert doc.source.ocr_pages == 2 and any(b.page == 2 for b in doc.blocks)
    assert any("ảnh chụp văn bản" in w for w in doc.source.warnings)
    typed = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN XÃ HẢI PHÚ", "Số: 41/BC-UBND", "BÁO CÁO", "Kết quả thực hiện kế hoạch"] + [
            "Xã đã tổ chức tuyên truyền về phòng, chống dịch bệnh tại các thôn trong tháng 5 năm 2024."] * 5:
        typed.add_paragraph(line)
    typed.add_picture(pictures[0], width=Cm(4))  # a signature and seal as a picture
    typed.save(tmp_path / "typed.docx")
    assert parse(tmp_path / "typed.docx").source.ocr_pages == 0


@pytest.mark.slow
def test_a_phone_photo_and_a_scanners_tiff_are_read_by_ocr(tmp_path, formal_pdf):
    """Communes send the signed page as a photo: a JPEG stored on its side with an EXIF
    orientation, and a two-page TIFF from a scanner, are read like a scanned PDF."""
    import pdfplumber
    from PIL import Image

    first, second = _page_image(formal_pdf, 0), _page_image(formal_pdf, 1)
    photo = tmp_path / "IMG_20230212_0931.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to show": the pixels lie on their side
    first.transpose(Image.Transpose.ROTATE_90).save(photo, "JPEG", quality=85, exif=exif)
    tiff = tmp_path / "scan.tif"
    first.save(tiff, save_all=True, append_images=[second], compression="tiff_lzw")
    with pdfplumber.open(formal_pdf) as pdf:
        truth = pdf.pages[0].extract_text()
    for path, pages in ((photo, 1), (tiff, 2)):
        doc = parse(path)
        assert (doc.source.format, doc.source.pages, doc.source.ocr_pages) == ("image", pages, pages)
        m = doc.meta
        assert (m.doc_type, m.number, m.date, m.issuer) == ("KH", "45/KH-UBND", "2023-02-10",
                                                           "Ủy ban nhân dân thị xã Hương Trà"), path.name
        page_one = flat(" ".join(b.text for b in doc.blocks if b.page == 1))
        assert Levenshtein.normalized_similarity(page_one, flat(truth)) >= 0.9, page_one[:300]
    assert any(b.page == 2 for b in parse(tiff).blocks)


def test_a_broken_or_oversized_image_is_an_error_the_clerk_understands(tmp_path):
    from PIL import Image

    from pipeline.errors import CorruptFile, UnsafeFile

    broken = tmp_path / "anh.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with pytest.raises(CorruptFile):
        parse(broken)
    huge = tmp_path / "khong-lo.png"
    Image.new("1", (30000, 30000), 1).save(huge)  # 900 million pixels in a few hundred KB
    with pytest.raises(UnsafeFile):
        parse(huge)


def test_letters_pdfium_cannot_map_are_read_by_pdfplumber():
    """corpus/twenty-third's công văn (LibreOffice, Liberation Serif Bold) draws "ƯỞ" and "Ệ" of
    its signer's title from a fallback font with no map to Unicode: pdfium gives an empty text
    object there, so that page is read by pdfplumber, which maps them."""
    from conftest import ROOT

    doc = parse(ROOT / "corpus/twenty-third/inbox/CAH_CV 1127 bao cao KH 312 PCCCR.pdf")
    assert doc.meta.signer_title == "Phó trưởng Công an huyện"
    assert doc.meta.signer == "Thượng tá Lê Minh Tuấn"  # a rank before the name is still the signer's line


CORPUS = __import__("pathlib").Path(__file__).resolve().parents[1] / "corpus"


def test_footnotes_do_not_cut_a_paragraph_running_on_to_the_next_page():
    """eightieth's plan: duty III.4 runs from page 2 to page 3, with footnote 4 ("Nghị định số
    144/2021/NĐ-CP …", smaller), the footer and the running header between its halves: one
    paragraph again, the notes kept apart, after the text."""
    from pipeline.readers import read

    doc = read(next((CORPUS / "eightieth" / "plan").iterdir()))
    body = [b.text for b in doc.blocks if b.part == "body"]
    assert any("vào hoạt động ngoại khóa, sinh hoạt dưới cờ trong học kỳ II" in t for t in body)
    assert not any(t.startswith(("4 Nghị định", "khóa, sinh hoạt")) for t in body)
    notes = [b.text for b in doc.blocks if b.part == "footnote"]
    assert any(t.startswith("4 Nghị định số 144/2021/NĐ-CP") for t in notes)
    assert not any("Trang 2/4" in t or t.startswith("Kế hoạch số 15/KH-UBND ngày") for t in body)


def test_line_numbers_in_the_margin_are_dropped():
    """eightieth: a ward's report exported with its lines numbered in the margin ("21 chống bạo
    lực gia đình …"); a list's own numbers, which open only its items, stay."""
    from pipeline.readers import read
    from pipeline.readers.layout import drop_line_numbers

    doc = read(CORPUS / "eightieth" / "inbox" / "VanBan_214-BC-UBND_PhuongHoaLu.pdf")
    text = " ".join(b.text for b in doc.blocks)
    assert "Tháng hành động quốc gia về phòng, chống bạo lực gia đình, phường tổ chức" in text
    assert not re.search(r"\b2[012] (chống|phố|đình)\b", text)

    def line(top, text, x0=100.0):
        return Line(page=1, top=top, bottom=top + 12, size=12.0, segments=[Segment(text, x0, 500.0)])

    items = [line(100 + 40 * i, f"{i + 1} Tổ chức hoạt động thứ {i + 1} của kế hoạch") for i in range(6)]
    wrapped = [line(120 + 40 * i, "và tiếp tục thực hiện trong năm") for i in range(6)]
    assert drop_line_numbers([items + wrapped]) == [items + wrapped]
