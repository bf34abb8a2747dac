"""Who sent a reply (issue #13): never another unit of the same kind, whatever its name is
near; a standing body sends for its organisation; a member of a collective holder is known by
its kind with no roster; a file of several documents counts for each unit in it."""

from __future__ import annotations

import shutil
from pathlib import Path

import builders
import pytest

from conftest import ROOT
from pipeline.checking import CheckOptions, run_check
from pipeline.checking.holders import generic_member, name_score
from pipeline.normalize import slugify
from pipeline.parsing import parse

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PLAN = CORPUS / "eighth" / "plan" / "KH-58-UBND-CCHC-2025-tinh-Phu-Yen.docx"

REPLY = """ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN
ỦY BAN NHÂN DÂN
{upper}
Số: {n}/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{short}, ngày 20 tháng 3 năm 2025
KẾ HOẠCH
Cải cách hành chính năm 2025 trên địa bàn {lower}
Thực hiện Kế hoạch số 58/KH-UBND ngày 07/3/2025 của UBND tỉnh Phú Yên về cải cách hành chính nhà nước năm 2025, Ủy ban nhân dân {lower} ban hành Kế hoạch như sau:
I. NHIỆM VỤ
1. Kiện toàn Bộ phận Một cửa, số hóa 100% hồ sơ thủ tục hành chính tiếp nhận tại Bộ phận Một cửa.
2. Kiểm tra công tác cải cách hành chính tại các phòng chuyên môn và 04 xã, phường.
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


def _districts(province: str) -> list[str]:
    """Every district-level unit of a province before July 2025, from the kept library."""
    from vietnamadminunits.database import get_data

    rows = get_data(["province", "district"], "admin_units_legacy")
    return sorted({r["district"] for r in rows if r["province"] == province})


@pytest.mark.slow
def test_every_district_of_a_province_is_credited_to_itself_only(tmp_path):
    districts = _districts("Tỉnh Phú Yên")
    assert len(districts) >= 9  # the library's list, not ours: Tây Hòa, Đông Hòa, Phú Hòa …
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    want = {}
    for n, name in enumerate(districts, start=1):
        kind, place = name.split(" ", 1) if not name.lower().startswith(("thị xã", "thành phố")) else (
            " ".join(name.split(" ", 2)[:2]), name.split(" ", 2)[2])
        lower = f"{kind.lower()} {place}"
        text = REPLY.format(upper=lower.upper(), lower=lower, short=place, n=100 + n)
        rel = f"KH {n} {slugify(place)}.txt"
        (inbox / rel).write_text(text, encoding="utf-8")
        want[rel] = slugify(f"Ủy ban nhân dân {lower}")
    run = run_check(CheckOptions(PLAN, inbox, jobs=2))
    got = {fr.rel: fr.holder.body_id if fr.holder else "" for fr in run.files}
    assert got == want
    assert len(set(got.values())) == len(districts)


@pytest.mark.parametrize("a, b, same", [
    ("Ủy ban nhân dân huyện Tây Hòa", "Ủy ban nhân dân huyện Phú Hòa", False),
    ("Ủy ban nhân dân thị xã Đông Hòa", "Ủy ban nhân dân huyện Tây Hòa", False),
    ("Ủy ban nhân dân phường 2", "Ủy ban nhân dân phường 5", False),
    ("Ủy ban nhân dân xã Ia Grai", "Ủy ban nhân dân xã Ia Krái", False),
    ("Ủy ban nhân dân phường Quy Nhơn Bắc", "Ủy ban nhân dân phường Quy Nhơn Nam", False),
    ("Ủy ban nhân dân xã Hòa Phong", "Ủy ban nhân dân xã Hòa Phonq", True),  # a letter misread by OCR
    ("Công an thị xã", "Công an thị xã Hương Trà", True),
    # nor are a town and a commune, whose names differ by "thị" (seventy-ninth)
    ("Ủy ban nhân dân thị xã Nghi Sơn", "Ủy ban nhân dân xã Pù Luông", False),
])
def test_two_places_of_a_level_are_two_units(a, b, same):
    assert (name_score(a, b) >= 90) is same


@pytest.mark.parametrize("name, collective, member", [
    ("Trường THPT Nam Sách", "các trường trung học phổ thông", True),
    ("Trường THCS Mạc Đĩnh Chi", "các trường trung học phổ thông", False),
    ("Phòng GD&ĐT huyện Cẩm Giàng", "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố", True),
    ("Phòng Y tế huyện Cẩm Giàng", "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố", False),
    ("Trường Tiểu học Túy Loan", "các trường học trên địa bàn xã", True),
    ("Ủy ban nhân dân phường Quy Nhơn", "UBND các xã, phường", True),
])
def test_a_member_of_a_collective_is_known_by_its_kind(name, collective, member):
    assert generic_member(name, collective) is member


TWO = CORPUS / "thirteenth" / "inbox" / "PKT_CV 214 gui KH ATTP 2024.docx"
SCAN = CORPUS / "tenth" / "inbox" / "Scan KH PCDN 3 truong THPT.pdf"


def test_a_cover_letter_and_its_plan_are_two_documents():
    doc = parse(TWO, split=True)
    assert [(d.meta.doc_type, d.meta.number) for d in doc.documents] == [("CV", "214/PKT"), ("KH", "213/KH-PKT")]
    assert len(parse(TWO).documents) == 1  # a master plan is read whole, with what is attached to it


def test_a_cover_letter_then_the_plan_in_a_pdf_keeps_the_second_header(tmp_path):
    pdf = CORPUS / "eighth" / "inbox" / "STC_CV 412 gui KH CCHC 2025 (kem KH 39).pdf"
    doc = parse(pdf, split=True)
    assert [(d.meta.doc_type, d.meta.number, d.meta.issuer) for d in doc.documents] == [
        ("CV", "412/STC-VP", "Sở Tài chính"), ("KH", "39/KH-STC", "Sở Tài chính")]


@pytest.mark.slow
def test_three_schools_scanned_into_one_pdf_count_for_each_school(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SCAN, inbox / SCAN.name)
    run = run_check(CheckOptions(CORPUS / "tenth" / "plan" / "QD-215-SGDDT-KH-phong-chong-duoi-nuoc-2024-2025.docx",
                                 inbox, jobs=1))
    (fr,) = run.files
    assert fr.documents == 3 and fr.role == "unit_plan"
    assert sorted(h.body_id for h in fr.holders) == [
        "truong-trung-hoc-pho-thong-kinh-mon", "truong-trung-hoc-pho-thong-thanh-ha",
        "truong-trung-hoc-pho-thong-tu-ky"]
    received = {s.holder.body_id for s in run.submissions if s.file is not None}
    assert received == {h.body_id for h in fr.holders}


@pytest.mark.parametrize("caps, normal", [
    ("TRƯỜNG THPT THANH HÀ", "Trường Trung học phổ thông Thanh Hà"),
    ("TRƯỜNG THCS MẠC ĐĨNH CHI", "Trường Trung học cơ sở Mạc Đĩnh Chi"),
    ("PHÒNG VĂN HÓA - XÃ HỘI", "Phòng Văn hóa - Xã hội"),
    ("BAN CHQS HUYỆN MÙ CANG CHẢI", "Ban Chỉ huy Quân sự huyện Mù Cang Chải"),
    ("ỦY BAN NHÂN DÂN PHƯỜNG 2", "Ủy ban nhân dân phường 2"),
    ("HẠT KIỂM LÂM HUYỆN KRÔNG BÔNG", "Hạt Kiểm lâm huyện Krông Bông"),
    ("BAN QUẢN LÝ RỪNG PHÒNG HỘ KRÔNG BÔNG", "Ban quản lý rừng phòng hộ Krông Bông"),
    ("CÔNG TY TNHH MTV LÂM NGHIỆP KRÔNG BÔNG", "Công ty Trách nhiệm hữu hạn Một thành viên Lâm nghiệp Krông Bông"),
])
def test_names_keep_their_capitals_and_lose_their_abbreviations(caps, normal):
    from pipeline.names import normal_case

    assert normal_case(caps) == normal


def test_a_plan_copied_from_a_website_keeps_its_header():
    """Cell bars and rule lines of the header's two columns, "ỦY" / "BAN NHÂN DÂN …" broken over
    two lines, the citation's date on the next line (corpus/ninth and corpus/thirteenth)."""
    doc = parse(CORPUS / "ninth" / "inbox" / "TYT - KH 05 CDS y te 2026 (copy tu web).txt")
    m = doc.meta
    assert (m.issuer, m.parent_issuer, m.number, m.date) == (
        "Trạm Y tế", "Ủy ban nhân dân xã Phùng Nguyên", "05/KH-TYT", "2026-01-28")
    cited = [(r.number, r.date) for r in doc.references if r.number == "12/KH-UBND"]
    assert cited == [("12/KH-UBND", "2026-01-16")]  # its date was on the next line
    plan = parse(CORPUS / "thirteenth" / "plan" / "Ke-hoach-38-KH-UBND-2024-bao-dam-an-toan-thuc-pham-thanh-pho-Ca-Mau.txt")
    assert (plan.meta.issuer, plan.meta.number, plan.meta.date) == (
        "Ủy ban nhân dân thành phố Cà Mau", "38/KH-UBND", "2024-02-26")


@pytest.mark.parametrize("text, whole, due", [
    ("Quý II/2025", True, "2025-06"),  # the end of the quarter
    ("Quý II, III/2025", True, "2025-09"),
    ("Tháng 6/2025", True, "2025-06"),
    ("Trước 15/12/2025", True, "2025-12-15"),
    ("Cả năm 2025", True, "2025"),
    ("Thường xuyên", True, None),
    ("Từ tháng 5 đến tháng 10/2024", True, "2024-10"),
    ("(Cơ quan chủ trì: Công an xã; thời gian: Quý II/2026)", False, "2026-06"),
    ("lắp đặt biển cảnh báo, hoàn thành trong Quý II/2025", False, "2025-06"),
    ("Kiện toàn Ban Chỉ đạo liên ngành về ATTP phường, xã trong tháng 3/2024;", False, "2024-03"),
    ("triển khai Kế hoạch cải cách hành chính năm 2025 trên địa bàn tỉnh", False, None),
    ("thực hiện Chương trình giai đoạn 2021-2025", False, None),
])
def test_a_deadline_has_its_meaning(text, whole, due):
    from extractors.dates import deadline_of

    assert deadline_of(text, 2025, whole=whole) == due


def test_an_e_office_page_saved_as_html_is_read_from_the_documents_own_header():
    """The system's title, menus and a table of the document's data come before the document
    (corpus/sixteenth): the header is the one under them."""
    doc = parse(CORPUS / "sixteenth" / "inbox" / "Phuong La Gi" / "VanBanDi_ChiTiet_09-KH-UBND.html")
    m = doc.meta
    assert (m.doc_type, m.number, m.issuer, m.parent_issuer, m.date) == (
        "KH", "09/KH-UBND", "Ủy ban nhân dân phường La Gi", "Ủy ban nhân dân tỉnh Lâm Đồng", "2026-02-26")


@pytest.mark.parametrize("parent, issuer", [
    ("CHI CỤC KIỂM LÂM ĐẮK LẮK", "HẠT KIỂM LÂM HUYỆN KRÔNG BÔNG"),
    ("UBND TỈNH ĐẮK LẮK", "CÔNG TY TNHH MTV LÂM NGHIỆP KRÔNG BÔNG"),
    ("SỞ NÔNG NGHIỆP VÀ PTNT ĐẮK LẮK", "BAN QUẢN LÝ RỪNG PHÒNG HỘ KRÔNG BÔNG")])
def test_an_issuer_under_its_parent_of_any_kind_of_body(tmp_path, parent, issuer):
    """Forest rangers, a forest board and a state company sign as the plan's holders do: their
    own line under their parent's (bodies.yaml ``issuer_heads``), not one name of the two."""
    from pipeline.names import normal_case

    text = f"""{parent}
{issuer}
Số: 96/KH-HKL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Krông Bông, ngày 28 tháng 11 năm 2024
KẾ HOẠCH
Phòng cháy, chữa cháy rừng mùa khô 2024 - 2025
I. NHIỆM VỤ
Tổ chức tuần tra, canh gác lửa rừng tại các tiểu khu trọng điểm.
"""
    (tmp_path / "kh.txt").write_text(text, encoding="utf-8")
    meta = parse(tmp_path / "kh.txt").meta
    assert (meta.parent_issuer, meta.issuer) == (normal_case(parent), normal_case(issuer))


@pytest.mark.parametrize("holder, issuer, same", [
    # "quân sự" and "quản lý" fold to "quan", which is no "quận"
    ("Ban Chỉ huy Quân sự huyện", "Ban Chỉ huy Quân sự huyện Krông Bông", True),
    ("Ban quản lý rừng phòng hộ Krông Bông", "Ban quản lý rừng phòng hộ Krông Bông", True),
    ("Ban Chỉ huy Quân sự huyện", "Ban Chỉ huy Quân sự huyện Lắk", True),
    ("Công an Quận 3", "Công an Quận 5", False)])
def test_a_word_that_folds_like_a_place_is_no_place(holder, issuer, same):
    from pipeline.checking.holders import locality

    assert (name_score(holder, issuer) >= 90) is same
    assert locality("Ban quản lý rừng phòng hộ Krông Bông") is None
    assert locality("Trạm Quan trắc môi trường") is None
    assert locality("UBND HUYEN KRONG BONG") == ("huyen", "krong bong")  # typed without marks
    # a cooperative is no commune (ninety-first's "Hợp tác xã Trái Cây Mỹ Lợi")
    assert locality("Hợp tác xã Trái Cây Mỹ Lợi") is None
    assert locality("Hợp tác xã Nông nghiệp xã Tân Phú") == ("xa", "tan phu")


def test_a_speck_after_an_ocr_issuer_line_goes():
    from pipeline.model import Block
    from pipeline.segment.lines import _ocr_clean, to_lines

    lines = to_lines([Block(text="ỦY BAN NHÂN DÂN\nXÃ HÒA SƠN\nš\nSố: 52/KH-UBND", page=1, ocr=True)])
    assert [ln.text for ln in lines] == ["ỦY BAN NHÂN DÂN", "XÃ HÒA SƠN", "Số: 52/KH-UBND"]

    assert _ocr_clean("ỦY BAN NHÂN DÂN XÃ HÒA SƠN š") == "ỦY BAN NHÂN DÂN XÃ HÒA SƠN"
    assert _ocr_clean("Số: 52/KH-UBND") == "Số: 52/KH-UBND"


PARTY_PLAN = """ĐẢNG BỘ TỈNH PHÚ THỌ
HUYỆN ỦY THANH BA
*
Số 112-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Thanh Ba, ngày 04 tháng 3 năm 2024
KẾ HOẠCH
thực hiện Chỉ thị số 18-CT/TU về chuyển đổi số
I. TỔ CHỨC THỰC HIỆN
1. Văn phòng Huyện ủy
Triển khai phần mềm quản lý văn bản và hồ sơ công việc đến 100% chi bộ, đảng bộ trực thuộc.
2. Các chi bộ, đảng bộ trực thuộc Huyện ủy
Xây dựng kế hoạch thực hiện của cấp ủy; phân công cấp ủy viên phụ trách chuyển đổi số.
Nơi nhận:
- Các chi bộ, đảng bộ trực thuộc,
- Lưu Văn phòng Huyện ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Hà Quang Tuấn
"""

def _plan_and_replies(folder: Path, name: str, plan_text: str, replies: dict[str, str]) -> Path:
    """The plan as a text file in ``folder`` and the replies in ``folder/inbox``; the plan's path."""
    plan = folder / name
    plan.write_text(plan_text, encoding="utf-8")
    (folder / "inbox").mkdir()
    for rel, text in replies.items():
        (folder / "inbox" / rel).write_text(text, encoding="utf-8")
    return plan


PARTY_REPLIES = {
    "VPHU BC 85.txt": """HUYỆN ỦY THANH BA
VĂN PHÒNG
*
Số 85-BC/VPHU
ĐẢNG CỘNG SẢN VIỆT NAM
Thanh Ba, ngày 25 tháng 11 năm 2024
BÁO CÁO
Kết quả thực hiện Kế hoạch số 112-KH/HU ngày 04/3/2024 của Ban Thường vụ Huyện ủy
Văn phòng đã triển khai phần mềm quản lý văn bản và hồ sơ công việc đến 42/42 chi bộ, đảng bộ trực thuộc.
Nơi nhận:
- Thường trực Huyện ủy (b/c),
- Lưu Văn phòng.
CHÁNH VĂN PHÒNG
Phùng Văn Hưng
""",
    "DU Vo Lao KH 12.txt": """ĐẢNG BỘ HUYỆN THANH BA
ĐẢNG ỦY XÃ VÕ LAO
*
Số 12-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Võ Lao, ngày 18 tháng 3 năm 2024
KẾ HOẠCH
thực hiện Kế hoạch số 112-KH/HU ngày 04/3/2024 của Ban Thường vụ Huyện ủy
I. NHIỆM VỤ
1. Phân công đồng chí Phó Bí thư Đảng ủy phụ trách công tác chuyển đổi số của xã.
Nơi nhận:
- Ban Thường vụ Huyện ủy (b/c),
- Lưu Văn phòng Đảng ủy.
T/M ĐẢNG ỦY
BÍ THƯ
Nguyễn Văn Khánh
""",
}


def test_a_party_committees_plan_and_its_replies(tmp_path):
    """The Party's layout (Hướng dẫn 36-HD/VPTW): "ĐẢNG CỘNG SẢN VIỆT NAM" for the Quốc hiệu, the
    star under the issuer, numbers "112-KH/HU", "T/M BAN THƯỜNG VỤ". The replies cite the plan,
    "Văn phòng" under "Huyện ủy Thanh Ba" is the Văn phòng Huyện ủy, a commune's Đảng ủy is a
    member of "các chi bộ, đảng bộ trực thuộc"."""
    plan = _plan_and_replies(tmp_path, "kh-112.txt", PARTY_PLAN, PARTY_REPLIES)
    meta = parse(plan).meta
    assert (meta.doc_type, meta.number, meta.issuer, meta.parent_issuer) == (
        "KH", "112-KH/HU", "Huyện ủy Thanh Ba", "Đảng bộ tỉnh Phú Thọ")
    assert (meta.signing_authority, meta.signer) == ("T/M BAN THƯỜNG VỤ", "Hà Quang Tuấn")
    run = run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1))
    got = {fr.rel: (fr.role, fr.cites_plan, fr.holder.body_id if fr.holder else None) for fr in run.files}
    assert got == {"VPHU BC 85.txt": ("report", True, "van-phong-huyen-uy"),
                   "DU Vo Lao KH 12.txt": ("unit_plan", True, "dang-uy-xa-vo-lao")}


def test_pieces_of_a_party_header_as_scans_and_spreadsheets_give_them():
    from extractors.references import cites, find_references
    from pipeline.checking.holders import locality
    from pipeline.segment.header import _type_from_number
    from pipeline.segment.lines import _VV, _is_layout_table

    assert _VV.match("V⁄% báo cáo kết quả thực hiện nhiệm vụ").group("t").startswith("báo cáo")  # OCR's "V/v"
    assert _is_layout_table([["*", "Thanh Ba, ngày 25 tháng 11 năm 2024"]])  # a sheet's row: star | date
    assert (_type_from_number("45-CV/UBKTHU"), _type_from_number("12-KH/ĐU"), _type_from_number("45/UBND-VX")) == (
        "CV", "KH", None)
    assert cites(find_references("Thực hiện Kế hoạch số 112- KH/HU ngày 04/3/2024"), "112-KH/HU")
    assert locality("Huyện ủy Thanh Ba") == ("huyen", "thanh ba")


JOINT_PLAN = """UBND TỈNH QUẢNG NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO
———
Số: 1520/KHLT-SGDĐT-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 26 tháng 9 năm 2022
KẾ HOẠCH LIÊN TỊCH
Phòng, chống tác hại của thuốc lá trong trường học, năm học 2022-2023
I. TỔ CHỨC THỰC HIỆN
1. Trung tâm Kiểm soát bệnh tật tỉnh
Biên soạn, cung cấp tài liệu truyền thông về tác hại của thuốc lá cho các trường học.
2. Đề nghị Tỉnh Đoàn
Chỉ đạo các cơ sở Đoàn trong trường học tổ chức diễn đàn "Thanh niên nói không với thuốc lá".
3. Đề nghị Tòa án nhân dân tỉnh
Tổ chức phiên tòa giả định về tác hại của thuốc lá cho học sinh trung học phổ thông.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Thị Thanh Hà
"""

JOINT_REPLIES = {
    # the Youth Union's layout: its motto for the Quốc hiệu, the star OCR'd as a speck, a Party-style number
    "Tinh Doan BC 186.txt": """TỈNH ĐOÀN QUẢNG NAM
"k+k
Số: 186-BC/TĐTN-BTG
ĐOÀN TNCS HỒ CHÍ MINH
Quảng Nam, ngày 16 tháng 6 năm 2023
BÁO CÁO
Kết quả thực hiện Kế hoạch liên tịch số 1520/KHLT-SGDĐT-SYT ngày 26/9/2022 của Sở Giáo dục và Đào tạo và Sở Y tế
Các cơ sở Đoàn đã tổ chức 64 diễn đàn "Thanh niên nói không với thuốc lá" với hơn 18.000 đoàn viên tham gia.
Nơi nhận:
- Sở GD&ĐT, Sở Y tế;
- Lưu: VP.
TM. BAN THƯỜNG VỤ TỈNH
ĐOÀN
PHÓ BÍ THƯ
Lê Thị Thu Trang
""",
    "TAND BC 41.txt": """TÒA ÁN NHÂN DÂN CẤP CAO
TÒA ÁN NHÂN DÂN TỈNH QUẢNG NAM
Số: 41/BC-TA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 06 tháng 6 năm 2023
BÁO CÁO
Kết quả thực hiện Kế hoạch liên tịch số 1520/KHLT-SGDĐT-SYT
Tổ chức 02 phiên tòa giả định về tác hại của thuốc lá tại hai trường trung học phổ thông.
Nơi nhận:
- Sở GD&ĐT;
- Lưu: VT.
CHÁNH ÁN
Trần Văn Nam
""",
}


def test_a_joint_plan_and_the_youth_unions_and_courts_replies(tmp_path):
    """A joint plan (kế hoạch liên tịch: "KẾ HOẠCH LIÊN TỊCH", "1520/KHLT-SGDĐT-SYT") is a Kế hoạch,
    cited as "Kế hoạch liên tịch số …"; a typed rule under the issuer is no part of its name. The
    Youth Union's layout ("ĐOÀN TNCS HỒ CHÍ MINH" for the Quốc hiệu) is read, and "Tỉnh Đoàn Quảng
    Nam" is of tỉnh Quảng Nam, not another place; the courts hold duties and send."""
    plan = _plan_and_replies(tmp_path, "khlt-1520.txt", JOINT_PLAN, JOINT_REPLIES)
    doc = parse(plan)
    assert (doc.meta.doc_type, doc.meta.number, doc.meta.issuer) == ("KH", "1520/KHLT-SGDĐT-SYT", "Sở Giáo dục và Đào tạo")
    assert {(d.body_id, d.role) for d in doc.duties} == {
        ("trung-tam-kiem-soat-benh-tat-tinh", "lead"), ("tinh-doan", "requested"),
        ("toa-an-nhan-dan-tinh", "requested")}
    youth = parse(tmp_path / "inbox" / "Tinh Doan BC 186.txt").meta
    assert (youth.doc_type, youth.issuer) == ("BC", "Tỉnh Đoàn Quảng Nam")
    # the authority line wrapped in the middle of "Tỉnh Đoàn": its title is still the signer's
    assert (youth.signing_authority, youth.signer_title, youth.signer) == (
        "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "Phó Bí thư", "Lê Thị Thu Trang")
    run = run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1))
    got = {fr.rel: (fr.role, fr.cites_plan, fr.holder.body_id if fr.holder else None) for fr in run.files}
    assert got == {"Tinh Doan BC 186.txt": ("report", True, "tinh-doan"),
                   "TAND BC 41.txt": ("report", True, "toa-an-nhan-dan-tinh")}


def test_names_of_committees_courts_and_youth_unions():
    from pipeline.checking.holders import locality
    from pipeline.names import normal_case, type_of_code

    assert (type_of_code("KHLT"), type_of_code("TTLT"), type_of_code("LT"), type_of_code("CV")) == ("KH", None, None, None)
    assert locality("Huyện Đoàn Cẩm Xuyên") == ("huyen", "cam xuyen")
    assert locality("Tỉnh Đoàn") is None
    # a steering committee's name goes on with its topic, in lower case; "xã hội" is no "xã"
    assert normal_case("BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM, TỆ NẠN XÃ HỘI VÀ XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ AN "
                       "NINH TỔ QUỐC") == ("Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào "
                                           "toàn dân bảo vệ an ninh Tổ quốc")
    assert normal_case("BAN CHỈ ĐẠO PHÒNG CHỐNG THIÊN TAI HUYỆN MÙ CANG CHẢI") == (
        "Ban Chỉ đạo phòng chống thiên tai huyện Mù Cang Chải")
    assert normal_case("TÒA ÁN NHÂN DÂN HUYỆN CHÂU PHÚ") == "Tòa án nhân dân huyện Châu Phú"
    assert normal_case("PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI") == "Phòng Lao động - Thương binh và Xã hội"


PROGRAMME = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 35/CTr-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 12 tháng 5 năm 2021
CHƯƠNG TRÌNH HÀNH ĐỘNG
Thực hiện Luật Phòng, chống tác hại của rượu, bia giai đoạn 2021-2025
I. NHIỆM VỤ
| STT | Nhiệm vụ | Sản phẩm | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
| 1 | Tuyên truyền, vận động người lao động không uống rượu, bia trong giờ làm việc | Mô hình | Sở Lao động - Thương binh và Xã hội; Ban Quản lý các khu công nghiệp tỉnh | Liên đoàn Lao động tỉnh | Năm 2022 |
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Hùng
"""

PROGRAMME_REPLIES = {
    # a report on several plans: this programme's part is headed in capitals, the number in it
    "BC 398 TP Phu Ly.txt": """ỦY BAN NHÂN DÂN
THÀNH PHỐ PHỦ LÝ
Số: 398/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phủ Lý, ngày 10 tháng 12 năm 2021
BÁO CÁO
Kết quả thực hiện các chương trình, kế hoạch lĩnh vực y tế năm 2021
I. CÔNG TÁC AN TOÀN THỰC PHẨM
Kiểm tra 146 cơ sở sản xuất, kinh doanh thực phẩm.
II. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 35/CTr-UBND NGÀY 12/5/2021 CỦA UBND TỈNH
Tuyên truyền đến 100% thôn, tổ dân phố về tác hại của rượu, bia.
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn Bình
""",
    # the programme cited with its qualifier; a body whose field is "các khu công nghiệp" is one body
    "BC 1285 BQLKCN.txt": """UBND TỈNH HÀ NAM
BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP
Số: 1285/BC-BQLKCN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 17 tháng 12 năm 2021
BÁO CÁO
Kết quả thực hiện Chương trình hành động số 35/CTr-UBND năm 2021
Phối hợp Công đoàn các khu công nghiệp tuyên truyền tại 42 doanh nghiệp về không uống rượu, bia trong giờ làm việc.
Nơi nhận:
- Sở Y tế;
- Lưu: VT.
TRƯỞNG BAN
Lê Văn Minh
""",
}


def test_an_action_programme_with_co_leads_and_its_replies(tmp_path):
    """"CHƯƠNG TRÌNH HÀNH ĐỘNG" is a Chương trình (doc_types.tsv "+" rows), cited as "Chương
    trình hành động số 35/CTr-UBND" or in a part's heading in capitals; both bodies of a row's
    lead cell lead it, each with its own duty."""
    plan = _plan_and_replies(tmp_path, "ctr-35.txt", PROGRAMME, PROGRAMME_REPLIES)
    doc = parse(plan)
    assert (doc.meta.doc_type, doc.meta.title) == ("CTr", "Thực hiện Luật Phòng, chống tác hại của rượu, bia giai "
                                                          "đoạn 2021-2025")
    assert [(d.body_id, d.role) for d in doc.duties] == [
        ("so-lao-dong-thuong-binh-va-xa-hoi", "lead"), ("ban-quan-ly-cac-khu-cong-nghiep-tinh", "lead")]
    assert len({d.id for d in doc.duties}) == 2
    run = run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1))
    got = {fr.rel: (fr.role, fr.cites_plan, fr.holder.body_id if fr.holder else None) for fr in run.files}
    assert got["BC 1285 BQLKCN.txt"] == ("report", True, "ban-quan-ly-cac-khu-cong-nghiep-tinh")
    assert got["BC 398 TP Phu Ly.txt"][:2] == ("report", True)


SCHOOL_PLAN = """SỞ GDĐT NGHỆ AN
TRƯỜNG THPT ĐÔ LƯƠNG 1
Số: 45/KH-THPTĐL1
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đô Lương, ngày 08 tháng 9 năm 2025
KẾ HOẠCH
Phòng, chống bạo lực học đường, năm học 2025-2026
I. MỤC ĐÍCH, YÊU CẦU
Xây dựng môi trường giáo dục an toàn, lành mạnh, thân thiện.
II. TỔ CHỨC THỰC HIỆN
1. Phó Hiệu trưởng phụ trách
a) Tham mưu Hiệu trưởng kiện toàn Tổ tư vấn tâm lý học đường trước ngày 20/9/2025.
2. Tổ Ngữ văn
Tổ có 11 giáo viên: 06 giáo viên dạy khối 10, 05 giáo viên dạy khối 11.
a) Tổ chức cuộc thi viết "Lời yêu thương gửi bạn" về phòng, chống bạo lực học đường cho học sinh khối 10.
3. Giáo viên chủ nhiệm các lớp
a) Nắm chắc hoàn cảnh, tâm lý học sinh; lập danh sách học sinh có nguy cơ bị bạo lực.
4. Nhân viên y tế trường học
a) Sơ cứu, cấp cứu ban đầu các trường hợp chấn thương; ghi sổ theo dõi, báo cáo Ban Giám hiệu.
5. Đoàn trường
a) Tổ chức diễn đàn "Học sinh nói không với bạo lực học đường".
Nơi nhận:
- Như trên;
- Lưu: VT.
HIỆU TRƯỞNG
Nguyễn Văn Thành
"""

SCHOOL_REPLIES = {
    # a team's plan: the school over the team, no number, a type line that goes on
    "To Ngu van KH.txt": """TRƯỜNG THPT ĐÔ LƯƠNG 1
TỔ NGỮ VĂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đô Lương, ngày 24 tháng 9 năm 2025
KẾ HOẠCH HOẠT ĐỘNG CỦA TỔ
Năm học 2025-2026, thực hiện Kế hoạch số 45/KH-THPTĐL1 về phòng, chống bạo lực học đường
Tổ chức cuộc thi viết "Lời yêu thương gửi bạn" cho học sinh khối 10 trong tháng 11/2025.
Nơi nhận:
- Ban Giám hiệu;
- Lưu: Tổ.
TỔ TRƯỞNG
Lê Thị Mai
""",
    # the school's own header, signed by one of its people: the signer's title and the class name the sender
    "GVCN 11A3 BC.txt": """TRƯỜNG THPT ĐÔ LƯƠNG 1
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đô Lương, ngày 07 tháng 01 năm 2026
BÁO CÁO
Kết quả phòng, chống bạo lực học đường học kỳ I, lớp 11A3 theo Kế hoạch số 45/KH-THPTĐL1
Đã lập danh sách 03 học sinh có hoàn cảnh khó khăn, 01 học sinh có nguy cơ bị bạo lực.
Nơi nhận:
- Phó Hiệu trưởng phụ trách;
- Lưu.
GIÁO VIÊN CHỦ NHIỆM
Đặng Thị Thanh Hương
""",
    "Y te BC.txt": """TRƯỜNG THPT ĐÔ LƯƠNG 1
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đô Lương, ngày 12 tháng 01 năm 2026
BÁO CÁO CÔNG TÁC Y TẾ TRƯỜNG HỌC
Học kỳ I, thực hiện Kế hoạch số 45/KH-THPTĐL1
Sơ cứu 14 trường hợp chấn thương nhẹ, ghi sổ theo dõi đầy đủ.
Nơi nhận:
- Phó Hiệu trưởng phụ trách;
- Lưu: Y tế.
NHÂN VIÊN Y TẾ
Nguyễn Thị Hà
""",
    # a lesson plan is no plan, whatever its type line starts with
    "KHBD.txt": """KẾ HOẠCH BÀI DẠY
CHỦ ĐỀ 2: XÂY DỰNG TÌNH BẠN, PHÒNG TRÁNH BẠO LỰC HỌC ĐƯỜNG
Môn học: Hoạt động trải nghiệm; lớp 10A6
I. MỤC TIÊU
Học sinh nhận biết các hành vi bạo lực học đường.
""",
}


def test_a_schools_plan_to_its_own_teams_and_people(tmp_path):
    """A school's plan whose holders are its people and teams: "Phó Hiệu trưởng phụ trách" and
    "Nhân viên y tế trường học" are holders, "Sơ cứu, cấp cứu …" is work and no holder ("Sơ" is no
    "Sở"); a team's document under the school's name is the team's ("Đoàn trường" is not the
    school); a document of the school signed by one of its people is that person's."""
    from pipeline.checking.holders import name_score

    plan = _plan_and_replies(tmp_path, "kh-45.txt", SCHOOL_PLAN, SCHOOL_REPLIES)
    assert [d.body_id for d in parse(plan).duties] == [
        "pho-hieu-truong-phu-trach", "to-ngu-van", "giao-vien-chu-nhiem-cac-lop", "nhan-vien-y-te-truong-hoc",
        "doan-truong"]
    assert name_score("Đoàn trường Trung học phổ thông Đô Lương 1", "Trường Trung học phổ thông Đô Lương 1") == 0
    team = parse(tmp_path / "inbox" / "To Ngu van KH.txt").meta
    assert (team.doc_type, team.parent_issuer) == ("KH", "Trường Trung học phổ thông Đô Lương 1")
    run = run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1))
    got = {fr.rel: (fr.role, fr.holder.body_id if fr.holder else None) for fr in run.files}
    assert got["To Ngu van KH.txt"] == ("unit_plan", "to-ngu-van")
    assert got["Y te BC.txt"] == ("report", "nhan-vien-y-te-truong-hoc")
    assert got["GVCN 11A3 BC.txt"] == ("report", "giao-vien-chu-nhiem-lop-11a3")
    assert got["KHBD.txt"][0] == "other"


@pytest.mark.parametrize("opening,about", [
    # a shorter title whose words are all the plan's: the plan, cited without its number
    ("Thực hiện Kế hoạch kiểm soát nhiễm khuẩn năm 2026 của Bệnh viện, Phòng Vật tư - Thiết bị y tế "
     "báo cáo kết quả 6 tháng đầu năm như sau:", True),
    # another plan of the same year and body
    ("Thực hiện Kế hoạch cải tiến chất lượng bệnh viện năm 2026 của Bệnh viện, Phòng báo cáo như sau:", False),
    # a plan title of too few words to tell
    ("Thực hiện Kế hoạch năm 2026 của Bệnh viện, Phòng báo cáo như sau:", False)])
def test_a_report_citing_the_plan_by_a_shorter_title_is_about_it(opening, about):
    from pipeline.checking.classify import on_topic
    from pipeline.model import Document, Meta, Source

    plan = Document(Source("kh.docx", ""), meta=Meta(title="Kiểm soát nhiễm khuẩn và tăng cường tuân thủ vệ sinh tay tại Bệnh viện năm 2026"))
    report = Document(Source("bc.pdf", ""), meta=Meta(title="Kết quả bảo đảm trang thiết bị, vật tư phục vụ công tác kiểm soát nhiễm "
                                      "khuẩn 6 tháng đầu năm 2026"), preamble=[opening])
    assert on_topic(report, plan) is about


def test_a_report_naming_the_plans_subject_by_its_abbreviations_is_about_it():
    """"BHYT, BHXH" are the plan title's "bảo hiểm y tế", "bảo hiểm xã hội" by their initials
    (fortieth's village report, citing "Kế hoạch của UBND xã về phát triển người tham gia BHXH,
    BHYT năm 2026")."""
    from pipeline.checking.classify import on_topic
    from pipeline.model import Document, Meta, Source

    plan = Document(Source("kh.docx", ""), meta=Meta(
        title="Phát triển người tham gia bảo hiểm xã hội, bảo hiểm y tế trên địa bàn xã Triệu Phong năm 2026"))
    report = Document(Source("bc.docx", ""), meta=Meta(title="Kết quả vận động Nhân dân tham gia BHYT, BHXH 6 tháng đầu năm 2026"),
                      preamble=["Thực hiện Kế hoạch của UBND xã về phát triển người tham gia BHXH, BHYT năm 2026 và chỉ "
                                "tiêu được giao, Ban cán sự thôn Vân Hòa báo cáo kết quả 6 tháng đầu năm 2026 như sau:"])
    assert on_topic(report, plan)
    other = Document(Source("bc2.docx", ""), meta=Meta(title="Kết quả tiêm chủng mở rộng 6 tháng đầu năm 2026"),
                     preamble=["Thực hiện Kế hoạch của UBND xã về tiêm chủng mở rộng năm 2026, Trạm Y tế báo cáo như sau:"])
    assert not on_topic(other, plan)


def test_a_page_photographed_on_its_own_goes_on_with_the_page_before_it(tmp_path):
    """A report sent as phone photos, a page each: the second page, with no header, counts with
    the first for its sender and date; a page with a header of its own does not (fortieth)."""
    from pipeline.checking.classify import continuation_pages
    from pipeline.checking.holders import Holder
    from pipeline.model import Document, Meta, Source
    from pipeline.runmodel import FileResult, FileStatus, Role

    def page(rel, **meta):
        doc = Document(Source(rel, rel, format="image", pages=1, ocr_pages=1), meta=Meta(**meta))
        return FileResult(rel=rel, path=tmp_path / rel, doc=doc)

    tyt = Holder("tram-y-te-xa", "Trạm Y tế xã", None)
    first = page("Zalo/IMG_093015.jpg", doc_type="BC", number="31/BC-TYT", date="2026-06-11", issuer="Trạm Y tế")
    first.role, first.holder = Role.REPORT, tyt
    second = page("Zalo/IMG_093022.jpg", signer="Lê Thị Thu Hà")
    second.role, second.status = Role.OTHER, FileStatus.UNRECOGNIZED
    own = page("Zalo/IMG_093030.jpg", doc_type="CV", number="12/CV-TYT", date="2026-06-20", issuer="Trạm Y tế")
    own.role, own.status = Role.OTHER, FileStatus.UNRECOGNIZED
    continuation_pages([own, second, first])
    assert (second.continues, second.role, second.holder, second.date, str(second.status)) == (
        first, Role.REPORT, tyt, "2026-06-11", "ok")
    assert "Trang tiếp theo của Zalo/IMG_093015.jpg" in second.message
    assert own.continues is None and own.role == Role.OTHER


FORM = [["Dấu thời gian", "Địa chỉ email", "Tên đơn vị", "1. Kết quả treo cờ, băng rôn mừng Xuân",
         "2. Số cuộc kiểm tra an toàn thực phẩm", "3. Khó khăn, vướng mắc"],
        ["10/02/2025 8:15:02", "a@gmail.com", "UBND xã Hoành Mô", "Treo 300 lá cờ", "02 cuộc", ""],
        ["11/02/2025 9:40:11", "b@gmail.com", "xã Vô Ngại", "Treo 120 lá cờ Tổ quốc tại trụ sở", "Chưa thực hiện",
         "Thiếu kinh phí mua băng rôn"],
        ["11/02/2025 16:02:45", "a@gmail.com", "Ủy ban nhân dân xã Hoành Mô", "Treo 320 lá cờ Tổ quốc, 12 băng rôn",
         "03 cuộc kiểm tra chợ, bếp ăn tập thể", ""]]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_online_forms_answers_are_one_report_per_unit(tmp_path, suffix):
    """The export of an online form (a row per answer, the questions as columns): each unit's
    latest row is its report, with its date; its questions and answers are the report's table
    ("Chưa thực hiện" did nothing); a question on difficulties is no work (thirty-eighth)."""
    from pipeline import parse

    path = tmp_path / f"Biểu mẫu số 01 - Báo cáo kết quả Tết Ất Tỵ 2025 (Câu trả lời){suffix}"
    if suffix == ".csv":
        import csv

        with path.open("w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows(FORM)
    else:
        import openpyxl

        wb = openpyxl.Workbook()
        wb.active.title = "Câu trả lời biểu mẫu 1"
        for row in FORM:
            wb.active.append(row)
        wb.save(path)
    docs = parse(path, split=True).documents
    assert [(d.meta.issuer, d.meta.date, d.meta.doc_type) for d in docs] == [
        ("Xã Vô Ngại", "2025-02-11", "BC"), ("Ủy ban nhân dân xã Hoành Mô", "2025-02-11", "BC")]
    assert docs[0].meta.title == "Biểu mẫu số 01 - Báo cáo kết quả Tết Ất Tỵ 2025"
    assert [(t.text[:25], t.status) for t in docs[0].tasks] == [
        ("1. Kết quả treo cờ, băng ", None), ("2. Số cuộc kiểm tra an to", "not_done")]
    assert "320 lá cờ" in docs[1].tasks[0].text  # the later answer corrects the earlier


def test_a_party_cells_issuer_column():
    """A chi bộ's name wrapped over two lines, its place alone on the second, is one name; the
    star under it as OCR reads it ("ty") is no line of it (forty-sixth)."""
    from pipeline.normalize import slugify
    from pipeline.segment.header import _rule_or_speck

    doc = parse_text("ĐẢNG BỘ XÃ NHÃ NAM\nCHI BỘ TRƯỜNG TIỂU HỌC\nNHÃ NAM\n***\nSố 06-KH/CB\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                     "Nhã Nam, ngày 24 tháng 10 năm 2025\nKẾ HOẠCH\nThực hiện Nghị quyết Đại hội Đảng bộ xã\n"
                     "1. Mục đích\nQuán triệt Nghị quyết.\n")
    assert (slugify(doc.meta.parent_issuer), slugify(doc.meta.issuer)) == (
        "dang-bo-xa-nha-nam", "chi-bo-truong-tieu-hoc-nha-nam")
    assert _rule_or_speck("ty") and _rule_or_speck("***") and not _rule_or_speck("NHÃ NAM")


def parse_text(text: str):
    import tempfile
    from pathlib import Path

    from pipeline import parse

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kh.txt"
        path.write_text(text, encoding="utf-8")
        return parse(path)


@pytest.mark.parametrize("name,body_id", [
    ("Phòng Cảnh sát hình sự chủ trì, phối hợp", "phong-canh-sat-hinh-su"),
    ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "phong-canh-sat-quan-ly-hanh-chinh-ve-trat-tu-xa-hoi"),
    ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "phong-canh-sat-phong-chay-chua-chay-va-cuu-nan-cuu-ho"),
    ("Phòng Công tác đảng và công tác chính trị", "phong-cong-tac-dang-va-cong-tac-chinh-tri"),
    ("Phòng Hậu cần", "phong-hau-can")])
def test_a_police_departments_offices_are_bodies(name, body_id):
    """A provincial police department's offices, written with one capital (forty-fifth)."""
    from extractors.bodies import canonical_body

    assert canonical_body(name).body_id == body_id


@pytest.mark.parametrize("title,code", [
    ("BÁO CÁO KẾT QUẢ TƯ VẤN, HỖ TRỢ TÂM LÝ SINH VIÊN", "BC"), ("Kế hoạch hoạt động của Khoa năm 2026", "KH"),
    ("Kết quả tư vấn tâm lý sinh viên", None), (None, None)])
def test_a_title_that_opens_with_its_type(title, code):
    """A spreadsheet report whose type and title are one merged line ("BÁO CÁO KẾT QUẢ …") is a
    report (forty-fourth's faculty workbook), not a unit plan for want of a type line."""
    from pipeline.checking.classify import _type_in_title

    assert _type_in_title(title) == code


def test_a_name_wrapped_inside_a_word_pair_goes_on():
    """"BỘ CHỈ HUY BỘ ĐỘI BIÊN" / "PHÒNG TỈNH BẾN TRE": "Biên phòng" broken by the column, not a
    "Phòng …" of its own (forty-seventh's Border Guard letter)."""
    from pipeline.normalize import slugify

    doc = parse_text("BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG\nBỘ CHỈ HUY BỘ ĐỘI BIÊN\nPHÒNG TỈNH BẾN TRE\nSố: 1875/BĐBP-TM\n"
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBến Tre, ngày 13 tháng 9 năm 2024\n"
                     "V/v báo cáo kết quả thực hiện Thông báo số 286/TB-UBND\nKính gửi: Ủy ban nhân dân tỉnh\n"
                     "Bộ Chỉ huy báo cáo như sau.\n")
    assert slugify(doc.meta.issuer) == "bo-chi-huy-bo-doi-bien-phong-tinh-ben-tre"


@pytest.mark.parametrize("name,body_id", [
    ("CA huyện phối hợp", "cong-an-huyen"), ("TTYT huyện tổ chức khám", "trung-tam-y-te-huyen"),
    ("CA xã Đức Nhuận", "cong-an-xa-duc-nhuan"), ("UBND các xã, TT tổ chức sơ tuyển", "uy-ban-nhan-dan-cac-xa-thi-tran"),
    ("CA", None), ("TTYT", None)])
def test_a_district_offices_abbreviated_names(name, body_id):
    """"CA huyện", "TTYT huyện" and "UBND các xã, TT" as a district office types them (fifty-first):
    "CA" and "TTYT" name a body only with a place after them."""
    from extractors.bodies import canonical_body

    body = canonical_body(name)
    assert (body.body_id if body else None) == body_id


def test_a_youth_union_and_a_communes_own_organ_send_for_whom_they_belong_to(tmp_path):
    """"Ban Chấp hành Đoàn huyện Mộ Đức" is the roster's "Huyện đoàn"; a plan of "Ban Chỉ huy Quân sự"
    under "UBND thị trấn Mộ Đức" is the thị trấn's, never the district's Ban Chỉ huy Quân sự
    (fifty-first)."""
    from pipeline.checking.holders import Holder, match_sender, name_score
    from pipeline.model import Document, Meta, Source

    assert name_score("Huyện đoàn", "Ban Chấp hành Đoàn huyện Mộ Đức") >= 90
    assert name_score("Huyện đoàn", "Đoàn TNCS Hồ Chí Minh huyện Mộ Đức") >= 90
    holders = [Holder("ban-chi-huy-quan-su-huyen", "Ban Chỉ huy Quân sự huyện", None),
               Holder("uy-ban-nhan-dan-thi-tran-mo-duc", "Ủy ban nhân dân thị trấn Mộ Đức", None)]
    doc = Document(source=Source(file="x.pdf", sha256=""), meta=Meta(
        issuer="Ban Chỉ huy Quân sự", parent_issuer="Ủy ban nhân dân thị trấn Mộ Đức", doc_type="KH"))
    holder, how = match_sender(doc, holders, "Hội đồng nghĩa vụ quân sự huyện Mộ Đức")
    assert holder.body_id == "uy-ban-nhan-dan-thi-tran-mo-duc", how


def test_a_provincial_newspaper_broadcaster_under_its_committee():
    """"UBND TỈNH TUYÊN QUANG" / "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG": two names, the
    second whole with its place after it (fiftieth)."""
    from pipeline.model import Block
    from pipeline.names import normal_case
    from pipeline.segment import segment

    meta, _, _ = segment([Block(text=t) for t in ["UBND TỈNH TUYÊN QUANG", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG",
                                                  "Số: 86/BC-BPTTH", "BÁO CÁO", "Kết quả thông tin, tuyên truyền"]])
    assert (meta.parent_issuer, meta.issuer) == ("Ủy ban nhân dân tỉnh Tuyên Quang",
                                                 "Báo và Phát thanh, Truyền hình Tuyên Quang")
    assert normal_case("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN") == "Đài Phát thanh và Truyền hình Nghệ An"




def test_a_general_report_speaking_of_the_plans_subject_is_the_units_report(tmp_path):
    """A commune's quarterly report that never cites the plan, with a part on its subject, is its
    report on the plan; a report of the same holder on other matters is not (fiftieth)."""
    from pipeline.checking.classify import speaks_of_topic
    from pipeline.model import Document, Meta, Source

    plan = Document(source=Source(file="kh.docx", sha256=""), meta=Meta(
        title="Phòng, chống rét đậm, rét hại cho cây trồng, vật nuôi vụ Đông Xuân 2025 - 2026 trên địa bàn tỉnh Tuyên "
                                 "Quang"))
    path = tmp_path / "BC 52 KT-XH quy I.txt"
    path.write_text(builders.MEO_VAC_QUARTER, encoding="utf-8")
    assert speaks_of_topic(parse(path), plan)
    other = tmp_path / "BC Tet.txt"
    other.write_text(builders.MEO_VAC_QUARTER.split("Ủy ban nhân dân xã Mèo Vạc báo")[0] + "1. Văn hóa - xã hội\nTổ chức Tết Nguyên đán an toàn.\n"
                     "Nơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nVàng Văn Sử\n", encoding="utf-8")
    assert not speaks_of_topic(parse(other), plan)


def test_the_tax_services_offices_after_2025(tmp_path):
    """"CỤC THUẾ" / "THUẾ TỈNH LẠNG SƠN", "THUẾ TỈNH LẠNG SƠN" / "THUẾ CƠ SỞ 3": two names each;
    "Thuế cơ sở 3" names an office by its number, "Các Thuế cơ sở" are its kind; "Thuế" alone
    names nothing; the plan's own "Văn phòng", given duties, sends for itself (fifty-fourth)."""
    from extractors.bodies import find_bodies
    from extractors.duties import heading_holder
    from pipeline.checking.holders import Holder, match_sender
    from pipeline.model import Block, Document, Meta, Source
    from pipeline.segment import segment

    def issuer(*lines):
        meta, _, _ = segment([Block(text=t) for t in [*lines, "Số: 41/BC-TCS3", "BÁO CÁO", "Kết quả"]])
        return meta.parent_issuer, meta.issuer

    assert issuer("CỤC THUẾ", "THUẾ TỈNH LẠNG SƠN") == ("Cục Thuế", "Thuế tỉnh Lạng Sơn")
    assert issuer("THUẾ TỈNH LẠNG SƠN", "THUẾ CƠ SỞ 3") == ("Thuế tỉnh Lạng Sơn", "Thuế cơ sở 3")
    assert [b.body_id for b in find_bodies("Thuế cơ sở 3 tỉnh Lạng Sơn phối hợp với Các Thuế cơ sở")] == [
        "thue-co-so-3-tinh-lang-son", "cac-thue-co-so"]
    assert find_bodies("theo Luật Thuế thu nhập cá nhân") == []
    # an inspectorate by its place (fifty-fifth), or by the body it belongs to
    assert [b.body_id for b in find_bodies("Thanh tra huyện chủ trì; Thanh tra Sở Y tế")] == [
        "thanh-tra-huyen", "thanh-tra-so-y-te"]
    assert [b.name for b in find_bodies("gửi Sở Y tế 15 bản")] == ["Sở Y tế"]
    assert heading_holder("Văn phòng").name == "Văn phòng"
    holders = [Holder("van-phong", "Văn phòng", None), Holder("thue-tinh-lang-son", "Thuế tỉnh Lạng Sơn", None)]
    doc = Document(source=Source(file="x.docx", sha256=""), meta=Meta(
        issuer="Văn phòng", parent_issuer="Thuế tỉnh Lạng Sơn", doc_type="BC"))
    assert match_sender(doc, holders, "Thuế tỉnh Lạng Sơn")[0].body_id == "van-phong"


def test_a_courts_chambers_and_regional_courts_after_2025():
    """"Tòa Hình sự", "Tòa Dân sự" (a court's own chambers), "Tòa án nhân dân khu vực 1 - Lai Châu"
    (a court of a numbered area), "Các Tòa án nhân dân khu vực" (a collective); "TÒA ÁN NHÂN DÂN TỈNH
    …" / "TÒA DÂN SỰ" two names in the issuer column (fifty-sixth)."""
    from extractors.bodies import find_bodies
    from pipeline.model import Block
    from pipeline.segment import segment

    found = find_bodies("Tòa Hình sự phối hợp với Tòa án nhân dân khu vực 1 - Lai Châu; Các Tòa án nhân dân khu vực "
                        "báo cáo; Tòa án xét xử")
    assert [(b.body_id, b.collective) for b in found] == [
        ("toa-hinh-su", False), ("toa-an-nhan-dan-khu-vuc-1-lai-chau", False), ("cac-toa-an-nhan-dan-khu-vuc", True)]
    meta, _, _ = segment([Block(text=t) for t in ["TÒA ÁN NHÂN DÂN TỈNH LAI CHÂU", "TÒA DÂN SỰ", "Số: 05/KH-TDS",
                                                  "KẾ HOẠCH", "Giải quyết án phúc thẩm quý IV"]])
    assert (meta.parent_issuer, meta.issuer) == ("Tòa án nhân dân tỉnh Lai Châu", "Tòa Dân sự")
    from pipeline.names import normal_case

    assert normal_case("TÒA ÁN NHÂN DÂN KHU VỰC 2 - LAI CHÂU") == "Tòa án nhân dân khu vực 2 - Lai Châu"


def test_companies_and_bodies_an_industrial_parks_board_names(tmp_path):
    """A company's name goes on through its lower-case words ("Công ty CP Phát triển hạ tầng KCN
    Minh Quang": "Phát triển" is no sentence starting); KCN, PCCC, CNCH are spelt out; a holder the
    roster names in full ("Công đoàn các khu công nghiệp tỉnh Hưng Yên", the plan's "Công đoàn các
    KCN tỉnh") takes the roster's fuller name, its duties and verdicts with it, while a plan name
    fuller than the roster's stays (fifty-eighth)."""
    from extractors.duties import heading_holder

    assert heading_holder("Công ty CP Phát triển hạ tầng KCN Minh Quang").name == (
        "Công ty Cổ phần Phát triển hạ tầng khu công nghiệp Minh Quang")
    assert heading_holder("Đề nghị Phòng Cảnh sát PCCC và CNCH Công an tỉnh").body_id == (
        "phong-canh-sat-phong-chay-chua-chay-va-cuu-nan-cuu-ho-cong-an-tinh")
    # an association is asked as a body is (fifty-ninth)
    assert heading_holder("Đề nghị Hiệp hội Du lịch Thanh Hóa").body_id == "hiep-hoi-du-lich-thanh-hoa"
    # a sentence after a name still ends the name
    assert heading_holder("Phòng Tư pháp triển khai tuyên truyền pháp luật về lao động").name == "Phòng Tư pháp"
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text("""BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP
Số: 118/KH-BQLKCN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 16 tháng 01 năm 2026
KẾ HOẠCH
Bảo đảm an toàn, vệ sinh lao động tại các khu công nghiệp năm 2026
I. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN
1. Công ty CP Phát triển hạ tầng KCN Minh Quang
Kiểm tra, bảo dưỡng hệ thống cấp nước chữa cháy, trụ nước chữa cháy, trạm bơm trước ngày 31/3/2026.
2. Đề nghị Công đoàn các KCN tỉnh
Tuyên truyền, vận động người lao động chấp hành nội quy, quy trình làm việc an toàn.
3. Đoàn Thanh niên Cộng sản Hồ Chí Minh phường
Tổ chức ra quân tình nguyện vệ sinh môi trường tại các khu nhà trọ công nhân.
II. TỔ CHỨC THỰC HIỆN
1. Các phòng, đơn vị, doanh nghiệp được giao nhiệm vụ căn cứ Kế hoạch này xây dựng kế hoạch triển khai, gửi về Ban Quản lý các khu công nghiệp tỉnh trước ngày 06/02/2026.
""", encoding="utf-8")
    roster = tmp_path / "roster.yaml"
    roster.write_text("""bodies:
  - name: Công ty Cổ phần Phát triển hạ tầng Khu công nghiệp Minh Quang
    aliases: [Công ty CP Phát triển hạ tầng KCN Minh Quang, MQI]
  - name: Công đoàn các khu công nghiệp tỉnh Hưng Yên
    aliases: [Công đoàn các khu công nghiệp tỉnh, Công đoàn các KCN]
  - name: Đoàn Thanh niên phường
""", encoding="utf-8")
    (tmp_path / "inbox").mkdir()
    run = run_check(CheckOptions(plan, tmp_path / "inbox", roster, jobs=1))
    assert [d.body_id for d in run.plan.duties] == [
        "cong-ty-co-phan-phat-trien-ha-tang-khu-cong-nghiep-minh-quang",
        "cong-doan-cac-khu-cong-nghiep-tinh-hung-yen",
        "doan-thanh-nien-cong-san-ho-chi-minh-phuong"]  # (not "Các phòng, đơn vị … được giao nhiệm vụ")
    assert run.plan.deadlines["plan"] == "2026-02-06"  # what that paragraph says is the plan's date
    assert {r.body_id for r in run.coverage} == {d.body_id for d in run.plan.duties}
    assert "Công đoàn các khu công nghiệp tỉnh Hưng Yên" in {r.body for r in run.coverage}


def test_replies_on_company_letterheads():
    """Companies reply on letterheads (fifty-eighth): the English name, address and tax code under
    the company's name are no part of the issuer; "Số/No.:" is the number; a union under its
    federation is its own issuer; a spreadsheet's merged title opens with the type ("BÁO CÁO TỰ
    KIỂM TRA …"); a checklist's bilingual headings and English status column are read."""
    inbox = CORPUS / "fifty-eighth" / "inbox"
    hanshin = parse(inbox / "Doanh nghiep" / "Hanshin Vina - 2026 OSH Fire Safety Plan.docx").meta
    assert (hanshin.issuer, hanshin.number) == ("Công ty Trách nhiệm hữu hạn Linh Kiện Điện Tử Hanshin Việt Nam",
                                                "0215/2026/HSV-HSE")
    union = parse(inbox / "CD cac KCN - BC 58 Thang hanh dong ATVSLD 2026.pdf").meta
    assert (union.parent_issuer, union.issuer) == ("Liên đoàn Lao động tỉnh Hưng Yên", "Công đoàn các khu công nghiệp")
    sheet = parse(inbox / "Doanh nghiep" / "AnThinh_Checklist OSH-Fire H1-2026.xlsx")
    assert sheet.meta.doc_type == "BC" and sheet.meta.title.startswith("TỰ KIỂM TRA CÔNG TÁC AN TOÀN")
    assert sheet.meta.issuer == "Công ty Trách nhiệm hữu hạn Bao Bì Nhựa An Thịnh"
    statuses = {t.text.split(":")[0]: t.status for t in sheet.tasks}
    assert statuses["Khám sức khỏe định kỳ"] == "not_done" and statuses["Đội PCCC cơ sở"] == "done"
    assert "No." not in " ".join(t.text for t in sheet.tasks)


def test_a_letter_registering_its_plan_is_the_units_plan():
    """"V/v: Đăng ký kế hoạch ATVSLĐ, PCCC năm 2026" setting the activities out (fifty-eighth) is
    the company's plan; a covering letter "V/v gửi Kế hoạch …" with no activities of its own is not."""
    gold = CORPUS / "fifty-eighth"
    run = run_check(CheckOptions(next((gold / "plan").iterdir()), gold / "inbox", gold / "roster.yaml", jobs=1))
    letter = next(f for f in run.files if f.rel.startswith("Email Dai Phat"))
    assert letter.role == "unit_plan" and letter.holder.body_id.endswith("co-khi-chinh-xac-dai-phat")
    from pipeline.checking.classify import _plans_by_letter

    cover = parse_text("""CÔNG TY TNHH MTV CƠ KHÍ CHÍNH XÁC ĐẠI PHÁT
Số: 13/CV-ĐP
V/v: Gửi kế hoạch ATVSLĐ, PCCC năm 2026
Hưng Yên, ngày 05 tháng 02 năm 2026
Kính gửi: Ban Quản lý các khu công nghiệp tỉnh Hưng Yên
Công ty gửi kèm theo Kế hoạch số 02/KH-ĐP ngày 04/02/2026 về an toàn, vệ sinh lao động năm 2026.
Trân trọng./.
""")
    assert cover.meta.doc_type == "CV" and not _plans_by_letter(cover)


def test_a_hamlets_board_under_its_commune():
    """"UBND XÃ TÀI VĂN / BND ẤP TÀ LIÊM": the hamlet's board (Ban nhân dân) is the issuer, under
    its commune (sixty-first)."""
    doc = parse_text("UBND XÃ TÀI VĂN\nBND ẤP TÀ LIÊM\nSố: 03/BC-BND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Độc lập - Tự do - Hạnh phúc\nTài Văn, ngày 06 tháng 5 năm 2026\nBÁO CÁO\n"
                     "Kết quả phòng chống hạn mặn của ấp Tà Liêm\n1. Kết quả\nĐã lập danh sách 31 hộ thiếu nước.\n")
    assert (doc.meta.parent_issuer, doc.meta.issuer) == ("Ủy ban nhân dân xã Tài Văn", "Ban nhân dân ấp Tà Liêm")


def test_a_units_act_citing_the_plan_is_its_answer():
    """A commune's Quyết định kiện toàn Ban Chỉ đạo and a centre's Tờ trình for the plan's funds,
    citing the plan, are the units' answers and count as their reports (sixty-second); a letter on
    another matter of a holder stays unrecognized."""
    base = CORPUS / "sixty-second"
    run = run_check(CheckOptions(next((base / "plan").iterdir()), base / "inbox", base / "roster.yaml", jobs=1))
    files = {f.rel: f for f in run.files}
    decision = files["Xa Co Noi/QD 86 kien toan BCD phong chong AIDS, ma tuy, mai dam.pdf"]
    assert (decision.role, decision.holder.body_id) == ("report", "uy-ban-nhan-dan-xa-co-noi")
    assert "Quyết định của đơn vị thực hiện kế hoạch" in decision.message
    assert files["TTYT_To trinh 112 du toan kinh phi HIV 2024.docx"].role == "report"
    assert files["CAH_CV 1487 ANTT dip 2-9-2024.pdf"].status == "unrecognized"
    got = {(r.duty_id, r.kind): r.status for r in run.coverage if r.body_id == "uy-ban-nhan-dan-xa-co-noi"}
    assert "not_submitted" not in {s for (d, k), s in got.items() if k == "report"}


CHAT = """Nhóm: Trưởng ấp - UBND xã Tài Văn
Lưu tin nhắn ngày 13/05/2026
--------------------------------------------------

Danh Sóc  20:14  13/05/2026
Dạ em Danh Sóc trưởng ấp Prey Chóp báo cáo kết quả phòng chống hạn mặn mùa khô năm nay theo KH 07/KH-UBND của xã ạ.

Danh Sóc  20:16  13/05/2026
1. Danh sách hộ thiếu nước ấp gửi Phòng Kinh tế hôm 16/01 rồi, 27 hộ.
2. Ngày 21/02 ra quân nạo vét kênh Ông Kiết đoạn qua ấp được 800 m.

Lâm Văn Hùng  20:31  13/05/2026
Ok em, nhớ bổ sung số liệu thiệt hại nha.
"""


@pytest.mark.parametrize("text", [CHAT, CHAT.replace("Danh Sóc  20:14  13/05/2026", "[13/05/2026 20:14] Danh Sóc:")
                                  .replace("Danh Sóc  20:16  13/05/2026", "[13/05/2026 20:16] Danh Sóc:")
                                  .replace("Lâm Văn Hùng  20:31  13/05/2026", "[13/05/2026 20:31] Lâm Văn Hùng:")])
def test_a_report_typed_into_a_chat_group(text):
    """A hamlet head's report typed into the commune's Zalo group and saved as text (sixty-first):
    the first author's messages are the report, of the hamlet the first message names, of that
    day; what the clerk answered is not in it."""
    doc = parse_text(text)
    assert (doc.meta.doc_type, doc.meta.date, doc.meta.issuer) == ("BC", "2026-05-13", "Trưởng ấp Prey Chóp")
    said = " ".join(t.text for t in doc.tasks)
    assert "nạo vét kênh Ông Kiết" in said and "Ok em" not in said
    # a text with one stamped line is no chat
    assert parse_text("Danh Sóc  20:14  13/05/2026\n" + "Báo cáo kết quả.\n").meta.doc_type is None


def test_a_joint_report_counts_for_both_its_issuers(tmp_path):
    """A báo cáo liên tịch ("Số: 07/BCLT-TTGDNN-HKH", the two issuers one above the other) is the
    report of both holders (sixty-third); a document whose number is no joint one keeps its
    parent as a parent."""
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text("""ỦY BAN NHÂN DÂN
HUYỆN TỦA CHÙA
Số: 58/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tủa Chùa, ngày 05 tháng 3 năm 2024
KẾ HOẠCH
Phổ cập giáo dục, xóa mù chữ năm 2024
I. TỔ CHỨC THỰC HIỆN
1. Trung tâm GDNN-GDTX huyện
Mở các lớp xóa mù chữ mức độ 1, mức độ 2 tại các xã vùng cao.
2. Đề nghị Hội Khuyến học huyện
Vận động, hỗ trợ học viên các lớp xóa mù chữ.
""", encoding="utf-8")
    (tmp_path / "inbox").mkdir()
    report = """TRUNG TÂM GDNN-GDTX HUYỆN TỦA CHÙA
HỘI KHUYẾN HỌC HUYỆN TỦA CHÙA
Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tủa Chùa, ngày 18 tháng 11 năm 2024
BÁO CÁO LIÊN TỊCH
Kết quả phối hợp tổ chức các lớp xóa mù chữ năm 2024
Thực hiện Kế hoạch số 58/KH-UBND ngày 05/3/2024 của UBND huyện, hai đơn vị báo cáo như sau:
I. KẾT QUẢ
1. Mở 06 lớp xóa mù chữ mức độ 1, mức độ 2 với 152 học viên tại các xã vùng cao.
2. Hội Khuyến học vận động, tặng 152 bộ sách vở, hỗ trợ học viên các lớp xóa mù chữ.
"""
    (tmp_path / "inbox" / "BCLT 07.txt").write_text(report.format(number="07/BCLT-TTGDNN-HKH"), encoding="utf-8")
    run = run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1))
    (joint,) = run.files
    assert sorted(h.body_id for h in joint.holders) == [
        "hoi-khuyen-hoc-huyen", "trung-tam-giao-duc-nghe-nghiep-giao-duc-thuong-xuyen-huyen"]
    assert "Văn bản liên tịch" in joint.message
    assert {r.body_id: r.status for r in run.coverage if r.kind == "report"} == {
        "trung-tam-giao-duc-nghe-nghiep-giao-duc-thuong-xuyen-huyen": "covered", "hoi-khuyen-hoc-huyen": "covered"}
    (tmp_path / "inbox" / "BCLT 07.txt").write_text(report.format(number="07/BC-HKH"), encoding="utf-8")
    (single,) = run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1)).files
    assert len(single.holders) == 1


def test_duties_given_to_posts_and_the_people_who_hold_them(tmp_path):
    """A ward's plan gives duties to a Phó Chủ tịch by portfolio and to công chức (sixty-sixth):
    the post holds the duty (not the ward that issues the plan); a công chức's personal plan
    under the ward's header is theirs, told by the post they give ("Chức danh: …") or by their
    own name in the roster."""
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text("""ỦY BAN NHÂN DÂN
PHƯỜNG HÀNG GÒN
Số: 14/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hàng Gòn, ngày 12 tháng 01 năm 2026
KẾ HOẠCH
Đẩy mạnh cấp căn cước, định danh điện tử năm 2026
III. PHÂN CÔNG NHIỆM VỤ
1. Đồng chí Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội
Trực tiếp chỉ đạo, đôn đốc các công chức, Trưởng khu phố thực hiện Kế hoạch; kiểm tra việc thực hiện tại các khu phố.
2. Công chức Tư pháp - Hộ tịch
Số hóa, cập nhật dữ liệu hộ tịch lịch sử vào cơ sở dữ liệu hộ tịch điện tử trước ngày 31/3/2026.
3. Công chức Địa chính - Xây dựng
Rà soát, đối chiếu thông tin người sử dụng đất trong hồ sơ địa chính với Cơ sở dữ liệu quốc gia về dân cư.
""", encoding="utf-8")
    roster = tmp_path / "roster.yaml"
    roster.write_text("""bodies:
  - name: Phó Chủ tịch Ủy ban nhân dân phường phụ trách văn hóa - xã hội
  - name: Công chức Tư pháp - Hộ tịch
  - name: Công chức Địa chính - Xây dựng
    aliases: [Võ Minh Phúc]
""", encoding="utf-8")
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "KH ca nhan - Hanh.txt").write_text("""ỦY BAN NHÂN DÂN
PHƯỜNG HÀNG GÒN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hàng Gòn, ngày 19 tháng 01 năm 2026
KẾ HOẠCH CÁ NHÂN
Thực hiện nhiệm vụ được phân công tại Kế hoạch số 14/KH-UBND ngày 12/01/2026 của UBND phường
Họ và tên: Nguyễn Thị Hạnh.
Chức danh: Công chức Tư pháp - Hộ tịch, Văn phòng HĐND và UBND phường Hàng Gòn.
1. Số hóa 1.250 sổ đăng ký khai sinh, kết hôn, khai tử từ năm 1999 đến 2015, cập nhật vào cơ sở dữ liệu hộ tịch điện tử trước ngày 31/3/2026.
NGƯỜI LẬP KẾ HOẠCH
Nguyễn Thị Hạnh
""", encoding="utf-8")
    (tmp_path / "inbox" / "BC dat dai - Phuc.txt").write_text("""BÁO CÁO
Kết quả làm sạch dữ liệu đất đai gắn với Đề án 06
Hàng Gòn, ngày 10 tháng 6 năm 2026
Thực hiện nhiệm vụ được giao tại Kế hoạch số 14/KH-UBND ngày 12/01/2026 của UBND phường, tôi báo cáo kết quả như sau:
1. Đã rà soát, đối chiếu 3.412 thửa đất với Cơ sở dữ liệu quốc gia về dân cư, điều chỉnh 217 trường hợp sai lệch.
Nơi nhận:
- Văn phòng HĐND và UBND phường;
- Lưu.
NGƯỜI BÁO CÁO
Võ Minh Phúc
""", encoding="utf-8")
    run = run_check(CheckOptions(plan, tmp_path / "inbox", roster, jobs=1))
    assert [d.body_id for d in run.plan.duties][0] == "pho-chu-tich-uy-ban-nhan-dan-phuong-phu-trach-van-hoa-xa-hoi"
    senders = {f.rel: (f.role, f.holder.body_id if f.holder else "") for f in run.files}
    assert senders["KH ca nhan - Hanh.txt"] == ("unit_plan", "cong-chuc-tu-phap-ho-tich")
    assert senders["BC dat dai - Phuc.txt"] == ("report", "cong-chuc-dia-chinh-xay-dung")


def test_the_reminder_round_files_that_are_no_units_documents():
    """seventy-first: the plan's issuer's own reminder ("V/v đôn đốc thực hiện Kế hoạch số 37 …")
    and a unit's letter that only says its report went before ("đã ban hành Báo cáo số 118/BC-SKHCN
    … gửi … cùng ngày") are no unit's plan or report; the clerk is told which report to look for."""
    base = CORPUS / "seventy-first"
    run = run_check(CheckOptions(base / "plan" / "KH 37-UBND CDS chi tra ASXH khong dung tien mat 2026.docx",
                                 base / "inbox", base / "roster.yaml", jobs=1))
    files = {f.rel: f for f in run.files}
    reminder = files["VB UBND tinh/CV 1473-UBND-KGVX don doc bao cao KH37.pdf"]
    assert reminder.status.value == "unrecognized" and "chính cơ quan ban hành kế hoạch" in reminder.message
    letter = files["SKHCN_CV 845 phuc dap CV 1473.docx"]
    assert letter.role.value == "other" and "Báo cáo số 118/BC-SKHCN" in letter.message
    # the replies that cite only the reminder are still their units' reports
    assert files["Vo Nhai_BC 87 thi diem chi tra ASXH.docx"].role.value == "report"


def test_a_body_that_took_over_an_old_holders_work_answers_for_it():
    """seventy-ninth: a plan of February 2025 names Sở Tài nguyên và Môi trường and Sở Nông nghiệp và
    Phát triển nông thôn; by its report round both were Sở Nông nghiệp và Môi trường. The roster
    says so (``successor_of``); without it, the 2025 reorganisation (renamed_2025.yaml) does, from
    the day it took effect, and adds the new body, which holds no duty and owes nothing of its own."""
    import types

    from pipeline.checking.coverage import _heirs
    from pipeline.checking.holders import build_holders, load_roster
    from pipeline.runmodel import Kind

    base = CORPUS / "seventy-ninth"
    plan = parse(next((base / "plan").iterdir()))
    listed = {h.body_id: h for h in build_holders(plan.duties, load_roster(base / "roster.yaml"))}
    assert set(listed["so-nong-nghiep-va-moi-truong"].succeeds) == {
        "so-tai-nguyen-va-moi-truong", "so-nong-nghiep-va-phat-trien-nong-thon"}
    assert listed["uy-ban-nhan-dan-xa-pu-luong"].succeeds == {"uy-ban-nhan-dan-huyen-ba-thuoc": ""}
    assert listed["so-nong-nghiep-va-moi-truong"].expected == ()
    known = {h.body_id: h for h in build_holders(plan.duties, [])}
    heir = known["so-nong-nghiep-va-moi-truong"]
    assert heir.discovered and heir.expected == () and heir.name == "Sở Nông nghiệp và Môi trường"
    assert heir.succeeds["so-tai-nguyen-va-moi-truong"] == "2025-03-01"
    # its report answers for the old body from that day, not before
    said = []
    report = types.SimpleNamespace(date="2025-11-20", add_message=said.append)
    early = types.SimpleNamespace(date="2025-02-20", add_message=said.append)
    received = {("so-nong-nghiep-va-moi-truong", Kind.REPORT): [early, report]}
    old = known["so-tai-nguyen-va-moi-truong"]
    assert _heirs(old, Kind.REPORT, list(known.values()), received) == [report]
    assert said and "Sở Tài nguyên và Môi trường" in said[0]


def test_a_commune_of_the_same_name_carrying_out_another_provinces_plan_is_no_holders():
    """eighty-sixth: Quảng Ninh has a xã Quảng Tân, and so has Lâm Đồng; the plan that opens
    "Thực hiện Kế hoạch số 35/KH-UBND … của Ủy ban nhân dân tỉnh Lâm Đồng" is not Quảng Ninh's
    commune's, though no line of its header names the province."""
    from pipeline.checking.classify import _answers_elsewhere

    base = CORPUS / "eighty-sixth"
    plan = parse(next((base / "plan").iterdir()))
    other = parse(base / "inbox" / "KH 24 PCTT xa Quang Tan.docx")
    assert other.meta.parent_issuer is None
    assert "Lâm Đồng" in _answers_elsewhere(other, plan)
    own = parse(base / "inbox" / "Xa phuong" / "P. Ha Long - KH 37 PCTT 2026.docx")
    assert _answers_elsewhere(own, plan) is None


def test_a_name_that_several_holders_names_begin_with_tells_none_of_them(tmp_path):
    """eighty-fifth: a scan whose issuer OCR read as "Trung tâm Y tế Khu Vục" (its place lost) is
    not the first of the four Trung tâm Y tế khu vực the roster lists; with no other clue the
    sender stays unknown rather than another unit."""
    from pipeline.checking.holders import build_holders, load_roster, match_sender

    base = CORPUS / "eighty-fifth"
    plan = parse(next((base / "plan").iterdir()))
    holders = build_holders(plan.duties, load_roster(base / "roster.yaml"))
    doc = tmp_path / "bc.txt"
    doc.write_text("SỞ Y TẾ HÀ TĨNH\nTRUNG TÂM Y TẾ KHU VỰC\nSố: 405/BC-TTYT\nHà Tĩnh, ngày 02 tháng 10 năm 2026\n"
                   "BÁO CÁO\nKết quả phòng, chống tác hại của thuốc lá 9 tháng đầu năm 2026\n"
                   "I. KẾT QUẢ\nTuyên truyền trên loa truyền thanh 36 buổi.\n", encoding="utf-8")
    holder, _ = match_sender(parse(doc), holders, plan.meta.issuer, plan.meta.parent_issuer)
    assert holder is None
    named = tmp_path / "bc2.txt"
    named.write_text(doc.read_text(encoding="utf-8").replace("KHU VỰC\n", "KHU VỰC KỲ ANH\n"), encoding="utf-8")
    holder, _ = match_sender(parse(named), holders, plan.meta.issuer, plan.meta.parent_issuer)
    assert holder is not None and holder.body_id == "trung-tam-y-te-khu-vuc-ky-anh"


def test_a_front_committees_plan_names_its_boards_and_the_communes_front_committees():
    """The Mặt trận's own layout (eighty-eighth): "Ban Dân chủ - Pháp luật" is one name ("chủ"
    of "Dân chủ" starts no sentence, "chủ trì" does); "Ban Thường trực Ủy ban MTTQ Việt Nam các xã,
    phường" is a collective of the communes' Front committees; the plan's "Tỉnh Đoàn", which the
    roster writes out ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"), takes the roster's full name."""
    from extractors.bodies import find_bodies
    from pipeline.checking.holders import build_holders, load_roster

    assert [b.name for b in find_bodies("Ban Dân chủ - Pháp luật chủ trì tham mưu")] == ["Ban Dân chủ - Pháp luật"]
    assert [b.name for b in find_bodies("Ban Dân vận Huyện ủy vận động Nhân dân")][0].startswith("Ban Dân vận")
    front = find_bodies("Ban Thường trực Ủy ban MTTQ Việt Nam các xã, phường")
    assert len(front) == 1 and front[0].collective
    base = ROOT / "corpus" / "eighty-eighth"
    plan = parse(next((base / "plan").iterdir()))
    holders = {h.body_id: h for h in build_holders(plan.duties, load_roster(base / "roster.yaml"))}
    assert {d.body_id for d in plan.duties if d.text.startswith("Chủ trì giám sát việc thực hiện chính sách hỗ trợ thanh")} == {
        "doan-thanh-nien-cong-san-ho-chi-minh-tinh"}
    group = "ban-thuong-truc-uy-ban-mat-tran-to-quoc-viet-nam-cac-xa-phuong"
    assert holders[group].collective and holders["ban-dan-chu-phap-luat"].name == "Ban Dân chủ - Pháp luật"
    assert holders["ban-thuong-truc-uy-ban-mat-tran-to-quoc-viet-nam-xa-tan-bien"].member_of == group


def test_a_front_committees_reply_read_through_a_broken_header_and_an_ocr_citation(tmp_path):
    """A commune Front committee's header broken inside "Ủy ban" ("BAN THƯỜNG TRỰC ỦY" / "BAN MTTQ XÃ
    TÂN BIÊN") is one name; a biên bản whose header OCR lost is its supervision team's ("Đoàn giám
    sát của Hội Liên hiệp Phụ nữ tỉnh làm việc với …"), and its "15/KH- MITQ- BTT" of the plan's
    day and issuer is the plan, a letter misread (eighty-eighth)."""
    base = ROOT / "corpus" / "eighty-eighth"
    reply = parse(base / "inbox" / "MTTQ xa phuong" / "Tan Bien_BC 18 giam sat 6 thang.pdf")
    assert reply.meta.issuer == "Ban Thường trực Ủy ban Mặt trận Tổ quốc xã Tân Biên"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "BB giam sat.txt").write_text("""Số: 02/BB-ĐGS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hậu Nghĩa, ngày 22 tháng 4 năm 2026
BIÊN BẢN
Giám sát việc thực hiện pháp luật về phòng, chống bạo lực gia đình tại xã Hậu Nghĩa
Thực hiện Kế hoạch số 15/KH- MITQ- BTT ngày 23/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Kế hoạch số 09/KH-HPN ngày 10/02/2026 của Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh;
Hôm nay, ngày 22/4/2026, tại Hội trường Ủy ban nhân dân xã Hậu Nghĩa, Đoàn giám sát của Hội Liên hiệp Phụ nữ tỉnh làm việc với Ủy ban nhân dân xã Hậu Nghĩa.
I. NỘI DUNG LÀM VIỆC
1. Ủy ban nhân dân xã báo cáo việc thực hiện pháp luật về phòng, chống bạo lực gia đình; xã duy trì 11 nhóm phòng, chống bạo lực gia đình.
""", encoding="utf-8")
    run = run_check(CheckOptions(next((base / "plan").iterdir()), inbox, base / "roster.yaml", jobs=1))
    (fr,) = run.files
    assert (fr.status, fr.role, fr.holder.body_id) == ("ok", "report", "hoi-lien-hiep-phu-nu-tinh")
    assert "đọc nhầm số" in fr.message


@pytest.mark.slow
def test_a_2019_plan_cited_by_its_drafts_number_and_a_faxed_report(tmp_path):
    """Ninety-ninth (2019): the Công an huyện's plan cites "Kế hoạch số 09/KH-UBND ngày 10/01/2019 của
    UBND huyện Kim Sơn về tổ chức thực hiện Tổng điều tra dân số …", a draft's number and day for the
    plan signed as 12/KH-UBND on 14/01/2019 under that very title: it answers this plan. A faxed
    report whose OCR'd issuer line reads "CHI CỤC THỐNG KÊ_." / "HUYỆỆN KIM SƠN" is the Chi cục's."""
    base = ROOT / "corpus" / "ninety-ninth"
    inbox = tmp_path / "inbox"
    (inbox / "fax").mkdir(parents=True)
    shutil.copy(base / "inbox" / "CAH_KH46_TDTDS2019.pdf", inbox)
    shutil.copy(base / "inbox" / "BC thang 7" / "Fax CCTK 16.7.2019.pdf", inbox / "fax")
    run = run_check(CheckOptions(next((base / "plan").iterdir()), inbox, base / "roster.yaml", jobs=1))
    files = {f.rel: f for f in run.files}
    police = files["CAH_KH46_TDTDS2019.pdf"]
    assert (police.status, police.role, police.holder.body_id) == ("ok", "unit_plan", "cong-an-huyen-kim-son")
    assert "cùng tên với kế hoạch chung" in police.message
    fax = files["fax/Fax CCTK 16.7.2019.pdf"]
    assert (fax.role, fax.holder.body_id if fax.holder else None) == ("report", "chi-cuc-thong-ke-huyen-kim-son")


def test_a_report_that_carries_out_another_document_is_not_the_plans(tmp_path):
    """A commune's land-statistics report opens "Thực hiện Văn bản số 542/SNNMT-QLĐĐ … của Sở Nông
    nghiệp và Môi trường về việc rà soát, điều chỉnh số liệu thống kê đất đai …": close to a land
    inventory plan's subject, but it answers the Sở's letter (ninety-fifth). A report that carries out
    the plan's issuer's own reminder ("Thực hiện Công văn số 1473/UBND-KGVX … của UBND tỉnh Thái
    Nguyên về việc đôn đốc báo cáo kết quả thí điểm …") still answers the plan (seventy-first)."""
    for name, file, want in (("ninety-fifth", "Hoa Son - BC 38 thong ke dat dai 2025 (bo sung).docx", ("unrecognized", "other")),
                             ("seventy-first", "BDTN BC 376 chi tra ASXH qua tai khoan.docx", ("ok", "report"))):
        base = ROOT / "corpus" / name
        inbox = tmp_path / name
        inbox.mkdir()
        shutil.copy(base / "inbox" / file, inbox)
        roster = base / "roster.yaml"
        run = run_check(CheckOptions(next((base / "plan").iterdir()), inbox, roster if roster.is_file() else None, jobs=1))
        assert (run.files[0].status, run.files[0].role) == want, run.files[0].message


@pytest.mark.slow
def test_a_scan_whose_header_lost_its_place_is_known_by_its_opening(tmp_path):
    """A scanned report whose header OCR reads "TRUNG TÂM Y TẾ KHU VỰC" / "là Am." (its place lost),
    four such centres being holders, opens "…, Trung tâm Y tế khu vực Chư Sê báo cáo kết quả như
    sau:": that sentence names the sender whole (one-hundred-first; files.yaml sender_sentences)."""
    base = ROOT / "corpus" / "one-hundred-first"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(base / "inbox" / "scan_TTYTChuSe_BC88 (1).pdf", inbox)
    run = run_check(CheckOptions(next((base / "plan").iterdir()), inbox, base / "roster.yaml", jobs=1))
    assert run.files[0].holder is not None and run.files[0].holder.body_id == "trung-tam-y-te-khu-vuc-chu-se"


def test_who_sends_a_reply_written_for_another_or_without_a_header():
    """one-hundred-eighth: a Sở's report that says it reports "thay Ủy ban nhân dân tỉnh" is the
    province's (its header's parent line); one-hundred-ninth: a tổ trưởng's page without a header is
    the tổ its title ends with ("… - TỔ DÂN PHỐ SỐ 3") or its opening names ("…, Tổ dân phố số 8
    báo cáo kết quả thực hiện như sau:")."""
    for name, sent in (("one-hundred-eighth", {"SNNMT Quang Tri/1487-BC-SNNMT bao cao Bo.docx":
                                               "uy-ban-nhan-dan-tinh-quang-tri"}),
                       ("one-hundred-ninth", {"To dan pho/BC TDP so 3.docx": "to-dan-pho-so-3",
                                              "To dan pho/Zalo/z6712345098817_8c41d2e0a7b3f95e.jpg": "to-dan-pho-so-8"})):
        base = ROOT / "corpus" / name
        run = run_check(CheckOptions(next((base / "plan").iterdir()), base / "inbox", base / "roster.yaml", jobs=1))
        got = {f.rel: f.holder.body_id if f.holder else "" for f in run.files if f.rel in sent}
        assert got == sent


def test_a_joint_plan_of_two_provinces_is_answered_from_both_sides():
    """one-hundred-tenth: a joint plan of the People's Committees of Hà Tĩnh (Số 42/KH-UBND) and
    Nghệ An (Số 37/KH-UBND), each issuer's block with its own number: a reply citing either number
    answers it, a body of either province may send one, and a body "of both" ("Sở Xây dựng hai
    tỉnh", "Công an hai tỉnh") is each province's body."""
    base = ROOT / "corpus" / "one-hundred-tenth"
    plan = parse(next((base / "plan").iterdir()))
    assert plan.meta.number == "42/KH-UBND" and plan.meta.issuer == "Ủy ban nhân dân tỉnh Hà Tĩnh"
    assert plan.meta.co_issuers == [{"issuer": "Ủy ban nhân dân tỉnh Nghệ An", "parent_issuer": None,
                                     "number": "37/KH-UBND"}]
    builders_ = {d.body for d in plan.duties if d.text.startswith("Kiểm tra, xử lý các phương tiện thủy")}
    assert builders_ == {"Sở Xây dựng tỉnh Hà Tĩnh", "Sở Xây dựng tỉnh Nghệ An"}
    run = run_check(CheckOptions(next((base / "plan").iterdir()), base / "inbox", base / "roster.yaml", jobs=1))
    sent = {f.rel: (str(f.role), f.holder.body_id if f.holder else "") for f in run.files}
    assert sent["CA Nghe An - BC 1425 KQ 6 thang thuc hien KH 37.docx"] == ("report", "cong-an-tinh-nghe-an")
    assert sent["scan_SXD NA_KH318_20260209.pdf"] == ("unit_plan", "so-xay-dung-tinh-nghe-an")
    # the roster names Nghệ An's communes "Ủy ban nhân dân các xã ven sông … tỉnh Nghệ An", the plan
    # "… các xã, phường ven sông … của hai tỉnh": one collective but for the kinds of place listed
    communes = {r.body_id for r in run.coverage if r.duty_text.startswith("Tuyên truyền, phổ biến pháp luật")}
    assert {"uy-ban-nhan-dan-xa-lam-thanh", "uy-ban-nhan-dan-xa-duc-quang"} <= communes
    # a single issuer's plan has none
    assert parse(next((ROOT / "corpus" / "one-hundred-third" / "plan").iterdir())).meta.co_issuers == []


def test_a_commune_in_several_groups_answers_each_groups_duties():
    """one-hundred-fourteenth: a roster's ``member_of`` may be a list (a commune "có rừng" and
    "biên giới" as well as one of "các xã, phường"): the commune answers the duties of every group
    it is in, and none of a group it is not in."""
    base = CORPUS / "one-hundred-fourteenth"
    run = run_check(CheckOptions(next((base / "plan").iterdir()), base / "inbox", base / "roster.yaml", jobs=1))
    groups = {d.id: d.body_id for d in run.plan.duties}
    la_lay = {groups[r.duty_id] for r in run.coverage if r.body_id == "uy-ban-nhan-dan-xa-la-lay"}
    trieu_phong = {groups[r.duty_id] for r in run.coverage if r.body_id == "uy-ban-nhan-dan-xa-trieu-phong"}
    assert len(la_lay) == 3 and len(trieu_phong) == 1 and trieu_phong < la_lay
    holder = next(h for h in run.holders if h.body_id == "uy-ban-nhan-dan-xa-la-lay")
    assert holder.member_of and len(holder.groups) == 2


def test_two_abbreviations_joined_by_an_ampersand_are_two_names():
    """one-hundred-nineteenth: "TRƯỜNG TH&THCS / NAM TRẠCH" on a school's letterhead is the Trường Tiểu
    học và Trung học cơ sở, not "Trường th&thcs"; abbreviations the table knows joined ("GD&ĐT") and a
    firm's "A&B" are as before."""
    from pipeline.names import normal_case

    assert normal_case("TRƯỜNG TH&THCS NAM TRẠCH") == "Trường Tiểu học và Trung học cơ sở Nam Trạch"
    assert normal_case("SỞ GD&ĐT") == "Sở Giáo dục và Đào tạo"
    assert "&" in normal_case("CÔNG TY TNHH A&B")


def test_a_page_without_a_header_names_its_holder_in_small_letters():
    """one-hundred-twenty-third: a hamlet's page typed by its head, no header, "…, thôn Đông Tiến
    báo cáo kết quả như sau:": the roster's Thôn Đông Tiến, though the sentence writes it in small
    letters."""
    from pipeline import parse
    from pipeline.checking import holders as H

    here = ROOT / "corpus" / "one-hundred-twenty-third"
    plan = parse(next((here / "plan").iterdir()))
    found = H.build_holders(plan.duties, H.load_roster(here / "roster.yaml"))
    found = list(found.values()) if isinstance(found, dict) else found
    doc = parse(here / "inbox" / "Bao cao" / "Thon, TDP" / "BC thon Dong Tien.docx")
    holder, _ = H.match_sender(doc, found, plan.meta.issuer, plan.meta.parent_issuer)
    assert holder is not None and holder.name == "Thôn Đông Tiến"


def test_a_unit_plan_copied_from_last_year_still_answers_this_years_plan():
    """one-hundred-twenty-fourth: the Công an's 2026 plan, its 2025 plan with the year changed, still
    opens "Thực hiện Kế hoạch số 46/KH-UBND ngày 28/7/2025 …", the plan the 2026 plan renews: no
    other plan's answer."""
    from pipeline import parse
    from pipeline.checking.classify import cites_other_plan

    here = ROOT / "corpus" / "one-hundred-twenty-fourth"
    plan = parse(next((here / "plan").iterdir()))
    copy = parse(here / "inbox" / "KH don vi 2026" / "CAX - KH 38 dam bao ANTT mua mua bao.pdf")
    assert "46/KH-UBND" in " ".join(r.number or "" for r in copy.references)
    assert cites_other_plan(copy, plan) is None


def test_a_xom_under_its_commune():
    """"UBND XÃ TRÀ LĨNH / XÓM ĐÔNG SI" (a northern hamlet is a xóm; khóm, sóc, buôn, plei elsewhere):
    the xóm is the issuer, under its commune (one-hundred-twenty-seventh)."""
    doc = parse_text("UBND XÃ TRÀ LĨNH\nXÓM ĐÔNG SI\nSố: 05/BC-XĐS\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Độc lập - Tự do - Hạnh phúc\nTrà Lĩnh, ngày 10 tháng 11 năm 2026\nBÁO CÁO\n"
                     "Kết quả thực hiện công tác phòng, chống mua bán người năm 2026\n"
                     "1. Xóm lập danh sách 09 người đi làm ăn xa.\n")
    assert (doc.meta.parent_issuer, doc.meta.issuer) == ("Ủy ban nhân dân xã Trà Lĩnh", "Xóm Đông Si")
