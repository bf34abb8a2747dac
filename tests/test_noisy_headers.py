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
