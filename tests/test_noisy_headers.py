"""Issue #16: a scan's header read through ordinary OCR noise, and the units of collectives
that scans come from (a school of "các trường mầm non, tiểu học, THCS", a thôn for its head)."""

from __future__ import annotations

import pytest
from pathlib import Path

from pipeline.checking.holders import generic_kinds, generic_member, person_head
from pipeline.model import Block
from pipeline.segment import segment
from pipeline.segment.lines import _ocr_clean


@pytest.mark.parametrize("line,clean", [
    ("-- KẾ HOẠCH", "KẾ HOẠCH"), ("_Số: 11/KH-VHXH", "Số: 11/KH-VHXH"), ("UBND XÃ CAN LỘC -", "UBND XÃ CAN LỘC"),
    ("_ Can Lộc, ngày 19 tháng 8 năm 2025", "Can Lộc, ngày 19 tháng 8 năm 2025"), ("-_ BÁO CÁO", "BÁO CÁO"),
    # what is no noise stays: a list item, a cue with its colon, a numbered heading
    ("- Như trên;", "- Như trên;"), ("Kính gửi:", "Kính gửi:"), ("1. Tổ chức tập huấn", "1. Tổ chức tập huấn")])
def test_ocr_marks_around_a_line_are_dropped(line, clean):
    assert _ocr_clean(line) == clean


def test_a_noisy_scanned_header_gives_number_type_title_and_issuer():
    text = ["UBND XÃ CAN LỘC -", "_BAN CHỈ HUY QUÂN SỰ XÃ", "_Số: 08/KH-BCH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "_ Can Lộc, ngày 27 tháng 8 năm 2025", "-- KẾ HOẠCH",
            "Sử dụng lực lượng dân quân tham gia phòng cháy, chữa cháy năm 2025",
            "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao khả năng sẵn sàng tham gia chữa cháy của lực lượng dân quân."]
    meta, sections, _ = segment([Block(text=t, ocr=True) for t in text])
    assert (meta.number, meta.doc_type, meta.date) == ("08/KH-BCH", "KH", "2025-08-27")
    assert meta.title.startswith("Sử dụng lực lượng dân quân") and meta.issuer == "Ban Chỉ huy Quân sự xã"
    assert meta.parent_issuer == "Ủy ban nhân dân xã Can Lộc" and sections[0].title.startswith("MỤC ĐÍCH")


def test_the_kinds_of_a_collective_share_their_head_noun_and_a_units_head_is_answered_by_the_unit():
    schools = "Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã"
    assert generic_kinds(schools) == ["truong mam non", "truong tieu hoc", "truong trung hoc co so"]
    assert generic_member("Trường Tiểu học Can Lộc", schools) and not generic_member("Trạm Y tế xã", schools)
    heads = "Trưởng các thôn, tổ dân phố"
    assert person_head(heads) == "Trưởng" and person_head(schools) is None
    assert generic_member("Thôn Vĩnh Phúc", heads) and generic_member("Trưởng thôn Vĩnh Phúc", heads)
    assert generic_kinds("UBND các huyện, thị xã, thành phố") == [
        "uy ban nhan dan huyen", "uy ban nhan dan thi xa", "uy ban nhan dan thanh pho"]


def test_a_blurred_scan_whose_header_columns_ran_together_is_taken_apart():
    """150 dpi and blurred: OCR ran the issuer column, a misread Quốc hiệu ("GÔNG HÒA …") and the
    next issuer line into one line, put a colon after "ngày" and misread "tháng"."""
    text = ["UBND XÃ CAN LỘC _ -GÔNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. _PHÒNG VĂN HÓA - XÃ HỘI _Số: 11/KH- VHXH: _",
            "Độc lập - Tự do - Hạnh phúc", "_ Can Lộc, ngày: 19 VVng 8 năm 2025", "-_ KẾ HOẠCH ˆ",
            "Tuyên truyền công tác phòng cháy, chữa cháy những tháng cuối năm 2025",
            "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của Nhân dân về phòng cháy, chữa cháy."]
    meta, _, _ = segment([Block(text=t, ocr=True) for t in text])
    assert (meta.number, meta.doc_type, meta.date) == ("11/KH-VHXH", "KH", "2025-08-19")
    assert meta.parent_issuer == "Ủy ban nhân dân xã Can Lộc" and meta.issuer.lower() == "phòng văn hóa - xã hội"
    assert meta.title.startswith("Tuyên truyền công tác phòng cháy")


STAMPED = """
Người ký: Công an xã Can Lộc
Email: congan.canloc@hatinh.gov.vn
Cơ quan: Công an xã Can Lộc, Tỉnh Hà Tĩnh
Thời gian ký: 17.11.2025 07:48:21 +07:00
CÔNG AN TỈNH HÀ TĨNH
CÔNG AN XÃ CAN LỘC
Số: 131/BC-CAX
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Can Lộc, ngày 14 tháng 11 năm 2025
BÁO CÁO
Kết quả công tác phòng cháy, chữa cháy năm 2025
Thực hiện Kế hoạch số 86/KH-UBND ngày 11/8/2025 của UBND xã Can Lộc, Công an xã báo cáo như sau:
I. KẾT QUẢ THỰC HIỆN
Kiểm tra 64 cơ sở thuộc diện quản lý; tổ chức 02 buổi tuyên truyền tại thôn.
Cơ quan chủ trì: Công an xã.
Người ký: Công an xã Can Lộc
Thời gian ký: 17.11.2025 07:48:21 +07:00
Nơi nhận:
- UBND xã;
- Lưu: VT.
TRƯỞNG CÔNG AN XÃ
Nguyễn Văn C
"""


def test_the_visible_stamp_of_a_signed_pdf_is_no_text_of_the_document(tmp_path):
    """The e-office system prints "Người ký / Email / Cơ quan / Thời gian ký" on the page: those
    lines are the stamp's; the header, the date line and the body are the document's own."""
    from conftest import write

    from pipeline import parse

    doc = parse(write(tmp_path, "131-BC-CAX.txt", STAMPED))  # a stamp at the top, and one in the signing space
    assert (doc.meta.number, doc.meta.date, doc.meta.issuer) == ("131/BC-CAX", "2025-11-14", "Công an xã Can Lộc")
    assert doc.meta.signer_title == "Trưởng Công an xã"  # "TRƯỞNG", the head, not "TRƯỜNG", a school
    text = " ".join(p for s in doc.sections for p in s.paragraphs)
    assert "Email" not in text and "Thời gian ký" not in text and "07:48" not in text
    assert "Cơ quan chủ trì: Công an xã" in text  # a field of the document's own is kept


def test_a_seals_remnants_between_the_signers_title_and_name_are_no_title():
    """What OCR makes of a red seal's leftovers once its ink is taken out ("4", "¬ -", "XI -")
    sits between the authority, the title and the name; a title line of its own words stays."""
    text = ["UBND XÃ CAN LỘC", "Số: 09/KH-MTTQ", "Can Lộc, ngày 20 tháng 8 năm 2025", "KẾ HOẠCH",
            "Toàn dân tham gia phòng cháy, chữa cháy", "I. MỤC ĐÍCH", "Nâng cao ý thức của nhân dân.",
            "Nơi nhận:", "- UBND xã;", "- Lưu: VP.", "TM. BAN THƯỜNG TRỰC", "4", "CHỦ TỊCH", "¬ -", "XI -",
            "Võ Thị Thanh Tâm"]
    meta, _, _ = segment([Block(text=t, ocr=True) for t in text])
    assert (meta.signing_authority, meta.signer_title, meta.signer) == (
        "TM. BAN THƯỜNG TRỰC", "Chủ tịch", "Võ Thị Thanh Tâm")
    meta, _, _ = segment([Block(text=t, ocr=True) for t in text[:11] + ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                                                                         "Lê Văn Hòa"]])
    assert meta.signer_title == "Phó Chủ tịch" and meta.signer == "Lê Văn Hòa"


def test_a_body_word_whose_mark_ocr_changed_still_starts_the_issuer():
    """corpus/ninth's school scan read at another resolution: "TRƯỜNG" came back "TRƯƠNG"."""
    text = ["UBND XÃ PHÙNG NGUYÊN", "TRƯƠNG THCS PHÙNG", "NGUYÊN", "Số: 14/KH-THCS",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Phùng Nguyên, ngày 22 tháng 01 năm 2026", "KẾ HOẠCH", "Chuyển đổi số năm 2026",
            "I. MỤC ĐÍCH", "Nâng cao kỹ năng số cho giáo viên."]
    meta, _, _ = segment([Block(text=t, ocr=True) for t in text])
    assert (meta.issuer, meta.parent_issuer) == ("Trường Trung học cơ sở Phùng Nguyên", "Ủy ban nhân dân xã Phùng Nguyên")
    meta, _, _ = segment([Block(text=t) for t in text])  # typed text: a word as written is not corrected
    assert meta.issuer != "Trường Trung học cơ sở Phùng Nguyên"


def test_a_scans_issuer_column_read_through_its_specks_and_misread_place_word():
    """seventy-first's Công an report, a scan: "__ BỘ CÔNG AN" / "CÔNG AN TÍNH THÁI" / "NGUYÊN" /
    ":" above "Số:". The speck is no front matter, the scrap before the parent goes, "TÍNH" is TỈNH."""
    from pipeline.parsing import parse

    doc = parse(Path(__file__).resolve().parents[1] / "corpus" / "seventy-first" / "inbox"
                / "CAT_BC 2087 ho tro DDDT chi tra ASXH.pdf")
    assert (doc.meta.parent_issuer, doc.meta.issuer) == ("Bộ Công an", "Công an tỉnh Thái Nguyên")
    assert doc.meta.number == "2087/BC-CAT-PC06"


def test_a_scrap_after_a_smudge_is_no_part_of_the_issuer():
    """seventy-fifth's scanned attachment: "TRƯỜNG CAO ĐĂNG Y TE HÀ" / "$ TH" (OCR lost "TĨNH"; "TH"
    would be read as "Tiểu học"), and a quotation mark OCR made of a smudge after the parent."""
    text = ['UBND TỈNH HÀ TĨNH "', "TRƯỜNG CAO ĐẲNG Y TẾ HÀ", "$ TH", "Số: 214/BC-CĐYT",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Tĩnh, ngày 12 tháng 11 năm 2026",
            "BÁO CÁO", "Kết quả thực hiện nhiệm vụ xây dựng xã hội học tập năm 2026"]
    meta, _, _ = segment([Block(text=t, ocr=True) for t in text])
    assert meta.parent_issuer == "Ủy ban nhân dân tỉnh Hà Tĩnh" and "Tiểu học" not in (meta.issuer or "")
    assert meta.issuer.lower().startswith("trường cao đẳng y tế")


def test_a_routing_slip_stapled_in_front_is_not_the_document():
    """seventy-sixth: the receiving office's "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC" (its own Quốc hiệu,
    "Số đến", "Trích yếu: Báo cáo số 131/BC-SNNMT …") scanned in front of a Sở's report: the file
    is the report, read from the page after the slip."""
    slip = ["UBND TỈNH CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "VĂN PHÒNG   Độc lập - Tự do - Hạnh phúc",
            "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC", "Số đến: 1874 Ngày đến: 18/5/2026",
            "Trích yếu: Báo cáo số 131/BC-SNNMT ngày 15/5/2026 của Sở Nông nghiệp và Môi trường",
            "Ý kiến đề xuất của chuyên viên:", "Ngày 19/5/2026"]
    report = ["UBND TỈNH CÀ MAU", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 131/BC-SNNMT",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Cà Mau, ngày 15 tháng 5 năm 2026",
              "BÁO CÁO", "Kết quả thực hiện công tác phòng cháy, chữa cháy rừng mùa khô 2025 - 2026",
              "I. KẾT QUẢ THỰC HIỆN", "1. Phương án phòng cháy, chữa cháy rừng"]
    from pipeline.parsing import parse

    doc = parse(Path(__file__).resolve().parents[1] / "corpus" / "seventy-sixth" / "inbox" / "VT den T5.2026"
                / "PT 1874 - BC 131 SNNMT ket qua PCCCR.pdf")
    assert (doc.meta.number, doc.meta.doc_type, doc.meta.date) == ("131/BC-SNNMT", "BC", "2026-05-15")
    assert doc.meta.issuer == "Sở Nông nghiệp và Môi trường"
    # in text: the slip, then the report on the next page; and a slip alone is no report
    blocks = [Block(text=t, ocr=True, page=1) for t in slip] + [Block(text=t, ocr=True, page=2) for t in report]
    meta, _, _ = segment(blocks)
    assert (meta.number, meta.issuer) == ("131/BC-SNNMT", "Sở Nông nghiệp và Môi trường")
    meta, _, _ = segment([Block(text=t, ocr=True, page=1) for t in slip])
    assert meta.doc_type != "BC"


@pytest.mark.parametrize("line,clean", [
    ("® Sỹ II. CÁC BIỆN PHÁP CHỦ YẾU", "II. CÁC BIỆN PHÁP CHỦ YẾU"),
    ("te tS 1. Quản lý nước trong rừng", "1. Quản lý nước trong rừng"),
    # words before a number are kept: a word, or a heading that is no heading
    ("Có 2. Xây dựng", "Có 2. Xây dựng"), ("x 1. abc", "x 1. abc"), ("ha II. Mục tiêu", "ha II. Mục tiêu")])
def test_a_margin_notes_scrap_before_a_heading_goes(line, clean):
    """seventy-sixth's faxed plan: a handwritten note down the left margin, OCR'd into scraps before
    the headings, hid "II. CÁC BIỆN PHÁP CHỦ YẾU" and "1. Quản lý nước trong rừng"."""
    assert _ocr_clean(line) == clean


def test_a_three_word_body_head_whose_mark_ocr_lost():
    """"VƯƠN QUỐC GIA U MINH" (OCR lost the mark of VƯỜN, and HẠ) under "UBND TỈNH CÀ MAU" is the
    national park, not a continuation of the province's name."""
    text = ["UBND TỈNH CÀ MAU", "VƯƠN QUỐC GIA U MINH", "Số: 09/KH-VQG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Khánh An, ngày 11 tháng 02 năm 2026", "KẾ HOẠCH",
            "Bảo vệ rừng, phòng cháy, chữa cháy rừng mùa khô 2025 - 2026", "I. MỤC TIÊU", "Bảo vệ an toàn rừng tràm."]
    meta, _, _ = segment([Block(text=t, ocr=True) for t in text])
    assert meta.parent_issuer == "Ủy ban nhân dân tỉnh Cà Mau"
    assert meta.issuer.lower().startswith("vườn quốc gia u minh")


@pytest.mark.parametrize("line,clean", [
    ("H. NỘI DUNG THỊ ĐUA", "II. NỘI DUNG THỊ ĐUA"), ("Ill. TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"),
    ("ll. KẾT QUẢ THỰC HIỆN", "II. KẾT QUẢ THỰC HIỆN"),
    # a word, or a heading in small letters, is left as it is
    ("H. Nguyễn Văn An", "H. Nguyễn Văn An"), ("HI. ABC", "HI. ABC")])
def test_a_roman_numeral_ocr_misread_before_a_heading_is_mended(line, clean):
    """one-hundred-fourth's scanned plan of the trade union: "II. NỘI DUNG THI ĐUA" came out of OCR
    as "H. NỘI DUNG THỊ ĐUA", and its items fell under "I. MỤC ĐÍCH, YÊU CẦU" (no activities)."""
    assert _ocr_clean(line) == clean
