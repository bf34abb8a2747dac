from __future__ import annotations

import json

from conftest import ROOT, run_cli, write

from pipeline import parse


def flat(sections):
    out = []
    for s in sections:
        out.append((s.id, s.style, s.title))
        out.extend(flat(s.children))
    return out


def test_seed_outline_and_closing(seed_txt):
    doc = parse(seed_txt)
    ids = [i for i, _, _ in flat(doc.sections)]
    assert ids == (["I", "II"] + [f"II.{n}" for n in range(1, 7)] + ["III", "IV"]
                   + [f"IV.{n}" for n in range(1, 12)] + ["V"])
    titles = {i: t for i, _, t in flat(doc.sections)}
    assert titles["IV.9"] == "Công an thị xã"
    assert titles["IV.10"] == "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị xã và các tổ chức thành viên"
    iv1 = doc.sections[3].children[0]
    assert iv1.paragraphs[0].startswith("Chủ trì, phối hợp với các cơ quan")
    assert len(iv1.paragraphs) == 3
    m = doc.meta
    # the seed has no header: those fields stay empty, never guessed
    assert (m.number, m.issuer, m.parent_issuer, m.place, m.date) == (None, None, None, None, None)
    assert m.doc_type == "KH" and m.doc_type_name == "Kế hoạch"
    assert m.title == "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2023"
    assert m.signing_authority == "KT. CHỦ TỊCH"
    assert m.signer_title == "Phó Chủ tịch"
    assert m.signer == "Đỗ Ngọc An"
    assert m.recipients[0] == "Sở LĐ-TB&XH" and m.recipients[-1] == "Lưu: VT"
    # the closing is not part of the last section
    assert not any("Nơi nhận" in p or "Đỗ Ngọc An" in p for p in doc.sections[-1].paragraphs)


def test_formal_pdf_header(formal_pdf):
    m = parse(formal_pdf).meta
    assert m.issuer == "Ủy ban nhân dân thị xã Hương Trà"
    assert m.parent_issuer == "Ủy ban nhân dân tỉnh Thừa Thiên Huế"
    assert m.number == "45/KH-UBND"
    assert (m.place, m.date) == ("Hương Trà", "2023-02-10")
    assert m.doc_type == "KH"


def test_formal_docx_header_table(fx):
    import builders

    doc = parse(builders.formal_docx(fx / "formal-h.docx"))
    m = doc.meta
    assert m.issuer == "Ủy ban nhân dân thị xã Hương Trà"
    assert m.number == "45/KH-UBND" and m.date == "2023-02-10"
    assert doc.sections[0].id == "I"


LETTER = """
UBND HUYỆN KRÔNG PẮC
PHÒNG Y TẾ
Số:12 /PYT- NVY
V/v tăng cường phòng chống
sốt xuất huyết năm 2024
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Krông Pắc, ngày    tháng 3 năm 2024
Kính gửi:
- Trung tâm Y tế huyện;
- Ủy ban nhân dân các xã, thị trấn.
Thực hiện Công văn số 455/SYT-NVY ngày 01/3/2024 của Sở Y tế, Phòng Y tế đề nghị:
a) Trung tâm Y tế huyện: tổ chức giám sát ca bệnh, xử lý ổ dịch trong vòng 48 giờ.
b) Ủy ban nhân dân các xã, thị trấn: chỉ đạo chiến dịch diệt lăng quăng trước ngày 30/3/2024, báo cáo kết quả về Phòng Y tế theo mẫu số
1. Kinh phí từ nguồn sự nghiệp y tế.
c) Các đơn vị báo cáo kết quả trước ngày 15/4/2024./.
Nơi nhận:
- Như trên;
- UBND huyện (b/c);
- Lưu: VT.
KT. TRƯỞNG PHÒNG
PHÓ TRƯỞNG PHÒNG
(Đã ký)
Y Nguyên Êban
"""


def test_letter_with_letter_headings_under_the_title(fx):
    doc = parse(write(fx, "cong-van.txt", LETTER))
    m = doc.meta
    assert m.doc_type == "CV" and m.doc_type_name == "Công văn"
    assert m.number == "12/PYT-NVY"  # OCR-like spacing removed
    assert m.title == "tăng cường phòng chống sốt xuất huyết năm 2024"
    assert m.issuer == "Phòng Y tế" and m.parent_issuer == "Ủy ban nhân dân huyện Krông Pắc"
    assert (m.place, m.date) == ("Krông Pắc", "2024-03")  # day left blank: month precision
    assert m.recipients[:2] == ["Trung tâm Y tế huyện", "Ủy ban nhân dân các xã, thị trấn"]
    assert "Như trên" in m.recipients and "Lưu: VT" in m.recipients
    assert m.signing_authority == "KT. TRƯỞNG PHÒNG" and m.signer_title == "Phó Trưởng phòng"
    assert m.signer == "Y Nguyên Êban"
    # a), b), c) directly under the title; "1. Kinh phí" is a wrapped line, not a heading
    assert flat(doc.sections) == [
        ("a", "letter", "Trung tâm Y tế huyện"),
        ("b", "letter", "Ủy ban nhân dân các xã, thị trấn"),
        ("c", "letter", "Các đơn vị báo cáo kết quả trước ngày 15/4/2024"),
    ]
    assert doc.sections[1].paragraphs[-1] == "1. Kinh phí từ nguồn sự nghiệp y tế."
    assert doc.sections[0].paragraphs == ["tổ chức giám sát ca bệnh, xử lý ổ dịch trong vòng 48 giờ."]


REPORT = """
ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 215/BC-SGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 05/12/2023
BÁO CÁO
Kết quả thực hiện công tác phổ biến, giáo dục pháp luật năm 2023
Phần I
KẾT QUẢ THỰC HIỆN
1. Công tác chỉ đạo
1.1. Ban hành văn bản
Trong năm, Sở đã ban hành 12 văn bản chỉ đạo.
1.2. Kiểm tra, đôn đốc
2023. Năm đầu tiên triển khai đề án mới.
1.000 lượt học sinh được tuyên truyền.
2. Kết quả cụ thể
Phần II
PHƯƠNG HƯỚNG NĂM 2024
1. Tiếp tục tuyên truyền
3. Một dòng số lạc không phải tiêu đề
2. Tăng cường kiểm tra
Nơi nhận:
1. UBND tỉnh;
2. Lưu: VT.
GIÁM ĐỐC
Lê Thị Hồng
"""


def test_report_with_parts_and_decimal_headings(fx):
    doc = parse(write(fx, "bao-cao.txt", REPORT))
    m = doc.meta
    assert (m.doc_type, m.number, m.date) == ("BC", "215/BC-SGDĐT", "2023-12-05")
    assert m.issuer == "Sở Giáo dục và Đào tạo" and m.parent_issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert m.title == "Kết quả thực hiện công tác phổ biến, giáo dục pháp luật năm 2023"
    assert m.signing_authority is None and m.signer_title == "Giám đốc" and m.signer == "Lê Thị Hồng"
    ids = [(i, s) for i, s, _ in flat(doc.sections)]
    assert ids == [
        ("I", "part"), ("I.1", "arabic"), ("I.1.1", "decimal"), ("I.1.2", "decimal"), ("I.2", "arabic"),
        ("II", "part"), ("II.1", "arabic"), ("II.2", "arabic"),
    ]
    part1 = doc.sections[0]
    assert part1.title == "KẾT QUẢ THỰC HIỆN"  # its title is the capitals line under "Phần I"
    assert part1.paragraphs == []
    assert doc.sections[1].title == "PHƯƠNG HƯỚNG NĂM 2024"
    # years and amounts at a line start are text
    p12 = part1.children[0].children[1]
    assert p12.paragraphs == ["2023. Năm đầu tiên triển khai đề án mới.", "1.000 lượt học sinh được tuyên truyền."]
    assert "3. Một dòng số lạc không phải tiêu đề" in doc.sections[1].children[0].paragraphs
    assert m.recipients == ["UBND tỉnh", "Lưu: VT"]  # the list's numbers are not headings


DECISION = """
ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN
Số: 1234/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cẩm Xuyên, ngày 20 tháng 5 năm 2022
QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo chuyển đổi số huyện
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Theo đề nghị của Trưởng phòng Văn hóa và Thông tin.
QUYẾT ĐỊNH:
Điều 1. Thành lập Ban Chỉ đạo chuyển đổi số huyện gồm các ông, bà có tên sau.
Điều 2. Ban Chỉ đạo có nhiệm vụ tham mưu cho Ủy ban nhân dân huyện.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
CHỦ TỊCH
Trần Văn Hùng
"""


def test_decision_with_articles(fx):
    doc = parse(write(fx, "quyet-dinh.txt", DECISION))
    m = doc.meta
    assert (m.doc_type, m.doc_type_name) == ("QĐ", "Quyết định")
    assert m.title == "Về việc thành lập Ban Chỉ đạo chuyển đổi số huyện"
    assert m.issuer == "Ủy ban nhân dân huyện Cẩm Xuyên" and m.parent_issuer is None
    assert [(i, s) for i, s, _ in flat(doc.sections)] == [("1", "article"), ("2", "article"), ("3", "article")]
    assert doc.sections[0].title == "Thành lập Ban Chỉ đạo chuyển đổi số huyện gồm các ông, bà có tên sau"
    assert m.signer_title == "Chủ tịch" and m.signer == "Trần Văn Hùng"


def test_parse_json_has_meta_and_sections(seed_txt):
    out = run_cli("parse", seed_txt, "--json")
    data = json.loads(out.stdout)
    assert data["meta"]["signer"] == "Đỗ Ngọc An"
    iv = data["sections"][3]
    assert iv["id"] == "IV" and iv["level"] == 1 and iv["children"][10]["id"] == "IV.11"
    assert iv["children"][10]["level"] == 2


REGULATION = """
QUY CHẾ
Hoạt động của Ban Chỉ đạo
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định hoạt động của Ban Chỉ đạo.
Điều 2. Đối tượng áp dụng
Chương II
NHIỆM VỤ
Mục 1. Nhiệm vụ chung
Điều 3. Nhiệm vụ của Trưởng ban
1) Chỉ đạo chung;
2) Phân công nhiệm vụ.
(1) Ý kiến thứ nhất
(2) Ý kiến thứ hai
"""


def test_chapters_sections_articles_and_paren_numbers(fx):
    doc = parse(write(fx, "quy-che.txt", REGULATION))
    assert doc.meta.doc_type == "QC"
    assert [(i, s, t) for i, s, t in flat(doc.sections)] == [
        ("I", "chapter", "QUY ĐỊNH CHUNG"),
        ("I.1", "article", "Phạm vi điều chỉnh"),
        ("I.2", "article", "Đối tượng áp dụng"),
        ("II", "chapter", "NHIỆM VỤ"),
        ("II.1", "section", "Nhiệm vụ chung"),
        ("II.1.3", "article", "Nhiệm vụ của Trưởng ban"),
        ("II.1.3.1", "arabic", "Chỉ đạo chung"),
        ("II.1.3.2", "arabic", "Phân công nhiệm vụ"),
        ("II.1.3.2.1", "paren", "Ý kiến thứ nhất"),
        ("II.1.3.2.2", "paren", "Ý kiến thứ hai"),
    ]


def test_a_plan_issued_with_a_decision_is_read_from_the_attachment(fx):
    """The decision (its number is what units cite) and, in the same file after its closing,
    the plan it issues: the plan's headings join the tree, its duties are found, and the
    decision's own signature is not taken from the end of the file."""
    path = write(fx, "qd-kem-kh.txt", """
        UBND TỈNH ĐẮK LẮK
        SỞ GIÁO DỤC VÀ ĐÀO TẠO
        Số: 98/QĐ-SGDĐT
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Đắk Lắk, ngày 22 tháng 01 năm 2024

        QUYẾT ĐỊNH
        Ban hành Kế hoạch công tác y tế trường học năm 2024

        GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO

        Căn cứ Quyết định số 1660/QĐ-TTg ngày 02/10/2021 của Thủ tướng Chính phủ;

        QUYẾT ĐỊNH:

        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch công tác y tế trường học năm 2024.

        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

        Nơi nhận:
        - Như Điều 2;
        - Lưu: VT.

        GIÁM ĐỐC

        Nguyễn Đình Thạch

        KẾ HOẠCH
        Công tác y tế trường học năm 2024
        (Ban hành kèm theo Quyết định số 98/QĐ-SGDĐT ngày 22/01/2024 của Giám đốc Sở Giáo dục và Đào tạo)

        I. MỤC ĐÍCH, YÊU CẦU

        Bảo vệ, chăm sóc sức khỏe học sinh.

        II. TỔ CHỨC THỰC HIỆN

        1. Văn phòng Sở

        Chủ trì, phối hợp các phòng thuộc Sở hướng dẫn, triển khai Kế hoạch.

        2. Phòng Kế hoạch - Tài chính

        Tham mưu Giám đốc Sở bố trí kinh phí thực hiện công tác y tế trường học năm 2024.
    """)
    doc = parse(path)
    m = doc.meta
    assert (m.doc_type, m.number, m.signer, m.signer_title) == ("QĐ", "98/QĐ-SGDĐT", "Nguyễn Đình Thạch", "Giám đốc")
    ids = [s.id for s in doc.sections]
    assert ids == ["1", "2", "I", "II"], ids
    assert [(d.id, d.body_id) for d in doc.duties] == [("II.1-1", "van-phong-so"),
                                                       ("II.2-1", "phong-ke-hoach-tai-chinh")]


def test_an_appendix_after_the_signature_holds_the_assignment_table(fx):
    path = write(fx, "kh-phu-luc.md", """
        ỦY BAN NHÂN DÂN HUYỆN YÊN THÀNH

        Số: 12/KH-UBND

        Yên Thành, ngày 11 tháng 3 năm 2024

        KẾ HOẠCH

        Phòng, chống thiên tai năm 2024

        I. MỤC ĐÍCH

        Chủ động phòng, chống thiên tai.

        II. TỔ CHỨC THỰC HIỆN

        Các cơ quan, đơn vị thực hiện nhiệm vụ được phân công tại Phụ lục kèm theo.

        Nơi nhận:

        - Lưu: VT.

        KT. CHỦ TỊCH

        PHÓ CHỦ TỊCH

        Trần Văn Bình

        Phụ lục

        PHÂN CÔNG NHIỆM VỤ

        (Kèm theo Kế hoạch số 12/KH-UBND ngày 11/3/2024 của Ủy ban nhân dân huyện)

        | STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
        | --- | --- | --- | --- |
        | 1 | Rà soát, cập nhật phương án ứng phó với bão, lũ | Phòng Nông nghiệp và Phát triển nông thôn | Tháng 5/2024 |
        | 2 | Kiểm tra an toàn các hồ chứa nước trước mùa mưa | Ủy ban nhân dân các xã, thị trấn | Trước ngày 30/8/2024 |
    """)
    doc = parse(path)
    assert doc.meta.signer == "Trần Văn Bình"
    appendix = doc.sections[-1]
    assert (appendix.id, appendix.title) == ("PL1", "Phụ lục PHÂN CÔNG NHIỆM VỤ") and appendix.tables
    assert [(d.id, d.body_id, d.deadline) for d in doc.duties] == [
        ("PL1-t1.1", "phong-nong-nghiep-va-phat-trien-nong-thon", "2024-05"),
        ("PL1-t1.2", "uy-ban-nhan-dan-cac-xa-thi-tran", "2024-08-30")]


def test_an_internal_document_without_a_number_still_has_its_issuer(fx):
    path = write(fx, "bc-noi-bo.txt", """
        SỞ GD&ĐT ĐẮK LẮK
        PHÒNG GIÁO DỤC TRUNG HỌC
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Đắk Lắk, ngày 02 tháng 12 năm 2024

        BÁO CÁO
        Kết quả thực hiện nhiệm vụ y tế trường học năm 2024

        I. KẾT QUẢ

        1. Tổ chức tập huấn tư vấn tâm lý cho 96 giáo viên.
    """)
    m = parse(path).meta
    assert (m.number, m.doc_type, m.issuer, m.parent_issuer) == (
        None, "BC", "Phòng Giáo dục Trung học", "Sở Giáo dục và Đào tạo Đắk Lắk")


def test_a_place_after_a_whole_body_name_keeps_its_capitals():
    from pipeline.names import normal_case

    assert normal_case("SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐẮK LẮK") == "Sở Giáo dục và Đào tạo Đắk Lắk"
    assert normal_case("SỞ Y TẾ BÌNH ĐỊNH") == "Sở Y tế Bình Định"
    assert normal_case("PHÒNG GIÁO DỤC TRUNG HỌC") == "Phòng Giáo dục Trung học"
    assert normal_case("TRUNG TÂM Y TẾ HUYỆN CHÂU THÀNH") == "Trung tâm Y tế huyện Châu Thành"
    assert normal_case("PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI") == "Phòng Lao động - Thương binh và Xã hội"


def test_holders_that_label_their_paragraphs(fx):
    path = write(fx, "kh-xa-nhan.txt", """
        UBND HUYỆN HÒA VANG
        ỦY BAN NHÂN DÂN XÃ HÒA PHONG
        Số: 27/KH-UBND
        Hòa Phong, ngày 14 tháng 3 năm 2025

        KẾ HOẠCH
        Phòng, chống dịch bệnh sốt xuất huyết năm 2025

        I. MỤC ĐÍCH

        Chủ động phòng, chống dịch.

        II. TỔ CHỨC THỰC HIỆN

        - Công an xã: bảo đảm an ninh, trật tự trong các đợt ra quân tổng vệ sinh môi trường.

        - Trạm Y tế xã: chủ trì tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; giám sát các ca bệnh.

        Tập huấn cho cộng tác viên y tế thôn về giám sát lăng quăng, bọ gậy.

        - Công chức Văn hóa - Xã hội xã: phối hợp Trạm Y tế xã biên soạn tin, bài tuyên truyền.

        - Thời gian: từ tháng 3 đến tháng 10 năm 2025.

        - Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã: phối hợp tuyên truyền, vận động Nhân dân.
    """)
    got = [(d.id, d.body_id, d.role, d.text[:20]) for d in parse(path).duties]
    assert got == [
        ("II-1", "cong-an-xa", "lead", "bảo đảm an ninh, trậ"),
        ("II-2", "tram-y-te-xa", "lead", "chủ trì tham mưu Ủy "),
        ("II-3", "tram-y-te-xa", "lead", "Tập huấn cho cộng tá"),  # goes on with the Trạm Y tế's duties
        ("II-4", "cong-chuc-van-hoa-xa-hoi-xa", "support", "phối hợp Trạm Y tế x"),
        ("II-6", "uy-ban-mat-tran-to-quoc-viet-nam-xa", "requested", "phối hợp tuyên truyề"),
    ], got  # "- Thời gian: …" has a label of its own: not the previous holder's duty


def test_an_executive_committee_and_a_village_unit_in_the_issuer_column():
    from pipeline.model import Block
    from pipeline.segment import segment

    def issuer(*lines):
        meta, _, _ = segment([Block(text=t) for t in [*lines, "Số: 05/KH-HPN", "KẾ HOẠCH", "Phòng, chống dịch"]])
        return meta.parent_issuer, meta.issuer

    assert issuer("HỘI LHPN HUYỆN HÒA VANG", "BCH HỘI LHPN XÃ HÒA PHONG") == (
        "Hội Liên hiệp Phụ nữ huyện Hòa Vang", "Ban Chấp hành Hội Liên hiệp Phụ nữ xã Hòa Phong")
    assert issuer("HUYỆN ĐOÀN HÒA VANG", "BCH ĐOÀN XÃ HÒA PHONG")[0].lower() == "huyện đoàn hòa vang"
    assert issuer("UBND XÃ HÒA PHONG", "BAN NHÂN DÂN", "THÔN TÚY LOAN ĐÔNG 1") == (
        "Ủy ban nhân dân xã Hòa Phong", "Ban nhân dân thôn Túy Loan Đông 1")
    assert issuer("UBND XÃ HÒA PHONG", "THÔN DƯƠNG LÂM 1") == ("Ủy ban nhân dân xã Hòa Phong", "Thôn Dương Lâm 1")


def test_an_ocr_paragraphs_next_line_read_apart_joins_it():
    """OCR may give a paragraph's next line as a block of its own ("… của Ban Chấp hành Đảng" /
    "bộ huyện (bổ sung …)"): a line that starts in lower case after one that does not end a
    sentence continues it, in OCR'd text only (a typed document's paragraphs are its own)."""
    from pipeline.model import Block
    from pipeline.segment.headings import build_sections
    from pipeline.segment.lines import to_lines

    text = ["Thực hiện Kế hoạch số 112-KH/HU, Ủy ban Kiểm tra báo cáo kết quả thực hiện nhiệm vụ",
            "được giao năm 2024 như sau:",
            "Đã tham mưu đưa nội dung vào Chương trình kiểm tra, giám sát của Ban Chấp hành Đảng",
            "bộ huyện năm 2024."]
    for ocr, want in ((True, 2), (False, 4)):
        lines = to_lines([Block(text=t, page=1, ocr=ocr) for t in text])
        _, preamble = build_sections(lines)
        assert len(preamble) == want
    assert preamble[1] == text[1]


def test_part_headings_as_ocr_leaves_them(fx):
    """OCR of a scanned plan (thirty-second, tenth's scanned school plans): "I.MỤC ĐÍCH" with no
    space after the stop, "II NỘI DUNG" with no stop, and a "III" read as "II" are still the
    plan's parts, numbered as they should be; a numbered item in lower case stays an item."""
    doc = parse(write(fx, "kh.txt", """
        ỦY BAN NHÂN DÂN
        HUYỆN BÙ ĐỐP
        Số: 38/KH-UBND
        Bù Đốp, ngày 26 tháng 02 năm 2024
        KẾ HOẠCH
        Phòng, chống dịch bệnh động vật năm 2024
        I.MỤC ĐÍCH, YÊU CẦU
        Chủ động phòng, chống dịch bệnh trên đàn vật nuôi.
        II NỘI DUNG
        1. Tiêm phòng vắc xin cho đàn vật nuôi 02 đợt.
        II. TỔ CHỨC THỰC HIỆN
        1. Phòng Nông nghiệp và PTNT
        Là cơ quan thường trực, tham mưu UBND huyện triển khai Kế hoạch.
    """))
    assert [(i, t) for i, _, t in flat(doc.sections)] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NỘI DUNG"), ("II.1", "Tiêm phòng vắc xin cho đàn vật nuôi 02 đợt"),
        ("III", "TỔ CHỨC THỰC HIỆN"), ("III.1", "Phòng Nông nghiệp và PTNT")]
    assert [d.body_id for d in doc.duties] == ["phong-nong-nghiep-va-phat-trien-nong-thon"]


def test_lettered_items_in_the_vietnamese_alphabet(fx):
    """a, b, c, d, đ, e, g, h, i, k, l: Vietnamese lettering has no "f" or "j" (thirty-eighth's
    eleven items of "UBND các xã, thị trấn"); Latin "e, f, g" still follows too."""
    from pipeline import parse

    items = "\n".join(f"{x}) Nhiệm vụ thứ {n} của Ủy ban nhân dân các xã, thị trấn trong dịp Tết."
                      for n, x in enumerate("a b c d đ e g h i k l".split(), start=1))
    doc = parse(write(fx, "kh.txt", f"""
        ỦY BAN NHÂN DÂN
        HUYỆN BÌNH LIÊU
        Số: 12/KH-UBND
        Bình Liêu, ngày 06 tháng 01 năm 2025
        KẾ HOẠCH
        Chăm lo Tết Nguyên đán Ất Tỵ năm 2025
        I. MỤC ĐÍCH
        Bảo đảm mọi nhà đều có Tết.
        II. TỔ CHỨC THỰC HIỆN
        1. UBND các xã, thị trấn
        {{items}}
    """.replace("{items}", items.replace("\n", "\n        "))))
    assert [d.section.rsplit(".", 1)[-1] for d in doc.duties] == "a b c d đ e g h i k l".split()


def test_a_plan_typed_without_numbered_headings():
    """A commune's plan (ninety-eighth) whose parts are lines in capitals ("MỤC ĐÍCH, YÊU CẦU", "TỔ
    CHỨC THỰC HIỆN") or in bold ("Chế độ thông tin, báo cáo"), its items bullets of many kinds
    (Word's "•", typed "◦", "▪", "*", "→", "+"), its holders run-in labels ("Công an xã: là cơ quan
    thường trực …; chủ trì thực hiện các nhiệm vụ sau:", "Đối với Trạm Y tế xã:", "Các trường học
    trên địa bàn xã (…):"): the parts are numbered as Nghị định 30 would, each label's items are its
    duties, the label's lead-in is none, and a paragraph that goes on with an item joins it."""
    from pipeline.parsing import parse

    doc = parse(next((ROOT / "corpus" / "ninety-eighth" / "plan").iterdir()))
    assert [s.title for s in doc.sections] == ["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN",
                                               "Chế độ thông tin, báo cáo"]
    held: dict[str, int] = {}
    for d in doc.duties:
        held[d.body] = held.get(d.body, 0) + 1
    assert held == {"Công an xã": 4, "Phòng Văn hóa - Xã hội": 2, "Phòng Kinh tế": 2,
                    "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã": 1, "Trung tâm Phục vụ hành chính công xã": 1,
                    "Trạm Y tế xã": 2, "Các trường học trên địa bàn xã": 2,
                    "Ủy ban Mặt trận Tổ quốc Việt Nam xã": 1}, held
    first = doc.duties[0]
    assert first.text.startswith("Nắm tình hình") and "trước ngày 25 hằng tháng" in first.text
    assert {d.role for d in doc.duties if d.body == "Trạm Y tế xã"} == {"lead"}
    assert not any(d.text.startswith(("là cơ quan thường trực", "Các phòng, đơn vị, trường học có tên trên"))
                   for d in doc.duties)


def test_a_colon_inside_brackets_does_not_end_a_headings_title():
    """one-hundred-seventh: "2. Báo cáo kết quả thực hiện năm 2026, kèm Biểu tổng hợp … (STT, nhiệm vụ
    được giao, kết quả, tình trạng: Hoàn thành/Đang thực hiện/Chưa thực hiện), gửi về … trước ngày
    16/11/2026": cut at the bracketed colon, the report deadline lost its clause."""
    from pipeline.segment.headings import _split_title

    title, rest = _split_title("arabic", "Báo cáo kết quả năm 2026, kèm Biểu (STT, kết quả, tình trạng: Hoàn thành/"
                                         "Chưa thực hiện), gửi về Ủy ban nhân dân phường trước ngày 16/11/2026")
    assert rest is None and title.endswith("16/11/2026")
    assert _split_title("letter", "Phòng Y tế: chủ trì tổ chức tập huấn") == ("Phòng Y tế", "chủ trì tổ chức tập huấn")


def test_a_reply_typed_without_a_header_dates_itself_above_its_signature():
    """one-hundred-ninth: a tổ trưởng's report with no header of NĐ 30, its title ending "… - TỔ DÂN
    PHỐ SỐ 3", dated "Gia Sàng, ngày 09 tháng 6 năm 2026" above "TỔ TRƯỞNG": its date is that line."""
    doc = parse(ROOT / "corpus" / "one-hundred-ninth" / "inbox" / "To dan pho" / "BC TDP so 3.docx")
    assert (doc.meta.date, doc.meta.place) == ("2026-06-09", "Gia Sàng")
    assert not any("ngày 09 tháng 6" in p for s in doc.sections for p in s.paragraphs)
