from __future__ import annotations

import pytest
from conftest import ROOT, write
from docx import Document as Docx

from extractors.bodies import canonical_body, find_bodies, is_member
from extractors.dates import find_dates
from extractors.references import cites, find_references
from pipeline import parse


# ---------------------------------------------------------------- the seed


def test_seed_duty_register(seed_txt):
    doc = parse(seed_txt)
    duties = doc.duties
    assert len(duties) == 25
    holders = {d.body_id for d in duties}
    assert len(holders) == 11
    per_section = {}
    for d in duties:
        per_section.setdefault(d.section, []).append(d)
    assert sorted(per_section, key=lambda s: int(s.split(".")[1])) == [f"IV.{n}" for n in range(1, 12)]
    assert [len(per_section[f"IV.{n}"]) for n in range(1, 12)] == [3, 4, 2, 1, 3, 2, 2, 2, 2, 2, 2]
    assert {d.role for d in per_section["IV.10"]} == {"requested"}
    assert all(d.role != "requested" for d in duties if d.section != "IV.10")
    first = duties[0]
    assert first.id == "IV.1-1"
    assert first.body == "Phòng Lao động - Thương binh và Xã hội"
    assert first.body_id == "phong-lao-dong-thuong-binh-va-xa-hoi"
    assert first.text.startswith("Chủ trì, phối hợp với các cơ quan, đơn vị")
    assert per_section["IV.6"][1].role == "support"  # "Phối hợp triển khai …"
    assert "Phòng Lao động - Thương binh và Xã hội" in per_section["IV.2"][3].collaborators
    assert per_section["IV.11"][0].body_id == "uy-ban-nhan-dan-cac-xa-phuong"
    # ids are stable: the same file gives the same ids
    assert [d.id for d in parse(seed_txt).duties] == [d.id for d in duties]


def test_seed_deadlines_and_citation(seed_txt):
    doc = parse(seed_txt)
    assert doc.deadlines == {"plan": "2023-02-25", "report": "2023-11-20"}
    ref = doc.references[0]
    assert (ref.doc_type, ref.number, ref.date, ref.issuer) == ("KH", "25/KH-UBND", "2023-02-03", "Ủy ban nhân dân tỉnh")
    kinds = {(d.text, d.kind) for d in doc.dates}
    assert ("từ 15/11 đến 15/12", "range") in kinds
    assert ("trước ngày 25/02/2023", "deadline") in kinds
    assert ("hàng năm", "recurring") in kinds


# ---------------------------------------------------------------- dates

DATE_GOLD = [
    # text, default year, expected (text, value, end, kind)
    ("ban hành ngày 03 tháng 02 năm 2023", None, [("ngày 03 tháng 02 năm 2023", "2023-02-03", None, "date")]),
    ("họp ngày 3-2-2023 tại", None, [("ngày 3-2-2023", "2023-02-03", None, "date")]),
    ("gửi trước ngày 25/02", 2024, [("trước ngày 25/02", "2024-02-25", None, "deadline")]),
    ("gửi trước ngày 25/02", None, [("trước ngày 25/02", "--02-25", None, "deadline")]),
    ("vào 15/11", 2023, [("15/11", "2023-11-15", None, "date")]),
    ("tháng 11/2023", None, [("tháng 11/2023", "2023-11", None, "date")]),
    ("trong tháng 11 năm 2023", None, [("tháng 11 năm 2023", "2023-11", None, "date")]),
    ("quý I/2023", None, [("quý I/2023", "2023-01", "2023-03", "period")]),
    ("trong quý IV năm 2023", None, [("quý IV năm 2023", "2023-10", "2023-12", "period")]),
    ("6 tháng đầu năm 2023", None, [("6 tháng đầu năm 2023", "2023-01", "2023-06", "period")]),
    ("trong năm 2023", None, [("năm 2023", "2023", None, "date")]),
    ("giai đoạn 2021-2030", None, [("giai đoạn 2021-2030", "2021", "2030", "range")]),
    ("nhiệm kỳ 2021 - 2026", None, [("2021 - 2026", "2021", "2026", "range")]),
    ("từ 15/11 đến 15/12", 2023, [("từ 15/11 đến 15/12", "2023-11-15", "2023-12-15", "range")]),
    ("từ 15/11 đến 15/12/2024", None, [("từ 15/11 đến 15/12/2024", "2024-11-15", "2024-12-15", "range")]),
    ("báo cáo trước ngày 20/11/2023", None, [("trước ngày 20/11/2023", "2023-11-20", None, "deadline")]),
    ("chậm nhất ngày 30/6/2024", None, [("chậm nhất ngày 30/6/2024", "2024-06-30", None, "deadline")]),
    ("định kỳ hằng quý", None, [("định kỳ hằng quý", None, None, "recurring")]),
    ("báo cáo trước ngày 15 hằng tháng", None, [("trước ngày 15 hằng tháng", "---15", None, "recurring")]),
    ("Kế hoạch số 25/KH-UBND và Nghị định số 30/2020/NĐ-CP, 1.000 người", None, []),
    # a span of months with a dash (eighty-fourth): "đợt 2 tháng 9 - 10/2026"
    ("đợt 1 tháng 3 - 4, đợt 2 tháng 9 - 10/2026", 2026, [("tháng 3 - 4", "2026-03", "2026-04", "range"),
                                                        ("tháng 9 - 10/2026", "2026-09", "2026-10", "range")]),
    ("tháng 12 - 1", 2026, []),
]


@pytest.mark.parametrize("text, year, expected", DATE_GOLD)
def test_date_forms(text, year, expected):
    got = [(h.text, h.value, h.end_value, h.kind) for h in find_dates(text, year)]
    assert got == expected


def test_missing_year_comes_from_the_document_not_today(fx):
    plan = write(fx, "kh-2021.txt", """
        KẾ HOẠCH
        Phòng chống thiên tai năm 2021
        I. Nội dung
        Diễn tập trước ngày 15/6.
    """)
    doc = parse(plan)
    assert [d.value for d in doc.dates if d.kind == "deadline"] == ["2021-06-15"]


# ---------------------------------------------------------------- bodies


def test_bodies_abbreviations_and_collectives():
    names = [b.name for b in find_bodies("Sở LĐ-TB&XH; Phòng Lao động - TB&XH thị xã; UBND các xã, phường, "
                                          "thị trấn; Hội LHPN huyện; Văn phòng HĐND&UBND thị xã; số 25/KH-UBND")]
    assert names == [
        "Sở Lao động - Thương binh và Xã hội",
        "Phòng Lao động - Thương binh và Xã hội thị xã",
        "Ủy ban nhân dân các xã, phường, thị trấn",
        "Hội Liên hiệp Phụ nữ huyện",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã",
    ]
    assert canonical_body("Nâng cao năng lực cho Công an thị xã") is None  # a body, but not what it names
    assert canonical_body("Công an thị xã").kind == "police"
    assert canonical_body("Phòng Tư pháp chủ trì, phối hợp với Phòng Nội vụ").name == "Phòng Tư pháp"
    # a field written in lower case after its capital ("đất đai"): the whole name, with its place
    assert canonical_body("Văn phòng Đăng ký đất đai tỉnh Đắk Lắk").name == "Văn phòng Đăng ký đất đai tỉnh Đắk Lắk"


def test_collective_members_by_kind():
    communes = canonical_body("Ủy ban nhân dân các xã, phường")
    front = canonical_body("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị xã và các tổ chức thành viên")
    assert communes.collective and front.collective
    ward = canonical_body("Ủy ban nhân dân phường Hương Văn")
    women = canonical_body("Hội Liên hiệp Phụ nữ thị xã Hương Trà")
    youth = canonical_body("Đoàn TNCS Hồ Chí Minh thị xã")
    town = canonical_body("Ủy ban nhân dân tỉnh Thừa Thiên Huế")
    assert is_member(ward, communes) and not is_member(town, communes)
    assert is_member(women, front) and is_member(youth, front) and not is_member(ward, front)


# ---------------------------------------------------------------- references


def test_citations():
    text = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Nghị định số "
            "30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; Thực hiện Kế hoạch số 45/KH-UBND "
            "ngày 10/02/2023 của UBND thị xã về thực hiện công tác bình đẳng giới; theo KH số 45.")
    got = [(r.doc_type, r.number, r.date, r.issuer, r.title) for r in find_references(text)]
    assert got == [
        ("Luật", None, "2015-06-19", None, "Tổ chức chính quyền địa phương"),
        ("NĐ", "30/2020/NĐ-CP", "2020-03-05", "Chính phủ", "công tác văn thư"),
        ("KH", "45/KH-UBND", "2023-02-10", "Ủy ban nhân dân thị xã", "thực hiện công tác bình đẳng giới"),
        ("KH", "45", None, None, None),
    ]
    hits = find_references(text)
    assert cites(hits, "45/KH-UBND") and cites(hits[3:], "45/KH-UBND") and not cites(hits, "25/KH-UBND")


# ---------------------------------------------------------------- tables and sentences


def test_assignment_table_gives_one_duty_per_row(fx):
    d = Docx()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Chuyển đổi số năm 2024")
    d.add_paragraph("I. Nhiệm vụ và phân công")
    t = d.add_table(rows=4, cols=5)
    rows = [
        ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Xây dựng cơ sở dữ liệu dân cư", "Công an huyện", "UBND các xã, thị trấn", "Quý II/2024"],
        ["2", "Tập huấn kỹ năng số cho cán bộ", "Phòng Văn hóa và Thông tin", "Phòng Nội vụ", "Tháng 9/2024"],
        ["3", "Tổng hợp, báo cáo kết quả", "Phòng Văn hóa và Thông tin", "", "trước ngày 15/12/2024"],
    ]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.save(fx / "kh-bang.docx")
    doc = parse(fx / "kh-bang.docx")
    got = [(x.body, x.role, x.text, x.deadline, x.collaborators) for x in doc.duties]
    assert got == [
        # "Quý II/2024" is due at the end of the quarter
        ("Công an huyện", "lead", "Xây dựng cơ sở dữ liệu dân cư", "2024-06", ["Ủy ban nhân dân các xã, thị trấn"]),
        ("Phòng Văn hóa và Thông tin", "lead", "Tập huấn kỹ năng số cho cán bộ", "2024-09", ["Phòng Nội vụ"]),
        ("Phòng Văn hóa và Thông tin", "lead", "Tổng hợp, báo cáo kết quả", "2024-12-15", []),
    ]
    assert len({x.id for x in doc.duties}) == 3


def test_an_assignment_matrix_gives_each_marked_lead_a_duty(fx):
    """A "Bảng phân công nhiệm vụ" with a column per unit under a merged "Cơ quan, đơn vị thực
    hiện", cells "CT" / "PH": each unit marked CT leads its row (two CT, two leads), PH supports;
    a group row is no duty (thirty-third, reduced)."""
    d = Docx()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Phòng, chống tệ nạn xã hội năm 2026")
    d.add_paragraph("I. Phân công nhiệm vụ")
    rows = [
        ["STT", "Nội dung nhiệm vụ", "Thời gian hoàn thành", "Cơ quan, đơn vị thực hiện", "", "", ""],
        ["STT", "Nội dung nhiệm vụ", "Thời gian hoàn thành", "Phòng Văn hóa - Xã hội", "Công an xã", "Trạm Y tế xã",
         "Các trường MN, TH, THCS"],
        ["I", "CÔNG TÁC TUYÊN TRUYỀN", "", "", "", "", ""],
        ["1", "Tuyên truyền về tác hại của ma túy trên hệ thống truyền thanh xã", "Thường xuyên", "CT", "PH", "", ""],
        ["2", "Tổ chức hưởng ứng Tháng hành động phòng, chống ma túy", "Tháng 6/2026", "CT", "CT", "PH", ""],
        ["3", "Lồng ghép giáo dục phòng, chống ma túy vào hoạt động ngoại khóa", "Tháng 5/2026", "", "PH", "", "CT"],
    ]
    t = d.add_table(rows=len(rows), cols=7)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.save(fx / "kh-ma-tran.docx")
    got = [(x.body_id, x.role, x.deadline, x.collaborators) for x in parse(fx / "kh-ma-tran.docx").duties]
    assert got == [
        ("phong-van-hoa-xa-hoi", "lead", None, ["Công an xã"]),
        ("phong-van-hoa-xa-hoi", "lead", "2026-06", ["Công an xã", "Trạm Y tế xã"]),
        ("cong-an-xa", "lead", "2026-06", ["Phòng Văn hóa - Xã hội", "Trạm Y tế xã"]),
        ("cac-truong-mam-non-tieu-hoc-trung-hoc-co-so", "lead", "2026-05", ["Công an xã"]),
    ]


def test_sentence_duties_when_there_is_no_assignment_part(fx):
    plan = write(fx, "kh-cau.txt", """
        KẾ HOẠCH
        Tuyên truyền an toàn giao thông năm 2024
        I. Nội dung
        1. Tuyên truyền
        Giao Phòng Văn hóa và Thông tin chủ trì tổ chức tuyên truyền trên hệ thống loa truyền thanh.
        Công an huyện có trách nhiệm tuần tra, kiểm soát trước ngày 30/4/2024.
        Các trường học tổ chức ngoại khóa về an toàn giao thông.
    """)
    doc = parse(plan)
    got = [(x.section, x.body, x.deadline) for x in doc.duties]
    assert got == [("I.1", "Phòng Văn hóa và Thông tin", None), ("I.1", "Công an huyện", "2024-04-30")]


def test_tasks_of_a_unit_plan(fx):
    plan = write(fx, "kh-don-vi.txt", """
        UBND THỊ XÃ HƯƠNG TRÀ
        PHÒNG NỘI VỤ
        Số: 12/KH-PNV
        Hương Trà, ngày 20 tháng 02 năm 2023
        KẾ HOẠCH
        Thực hiện công tác bình đẳng giới năm 2023
        I. Mục đích, yêu cầu
        Nâng cao nhận thức về bình đẳng giới.
        II. Nội dung
        1. Công tác cán bộ nữ
        - Mở 01 lớp bồi dưỡng kỹ năng lãnh đạo cho nữ cán bộ trong tháng 7/2023.
        - Trung tâm Chính trị thị xã phối hợp biên soạn tài liệu bồi dưỡng.
        III. Kinh phí
        Từ ngân sách năm 2023.
    """)
    doc = parse(plan)
    assert doc.meta.issuer == "Phòng Nội vụ"
    got = [(t.id, t.owner, t.when, t.text[:25]) for t in doc.tasks]
    assert got == [
        ("II.1-1", "Phòng Nội vụ", "2023-07", "Mở 01 lớp bồi dưỡng kỹ nă"),
        ("II.1-2", "Trung tâm Chính trị thị xã", None, "Trung tâm Chính trị thị x"),
    ]


def test_spacy_components():
    from extractors.spacy_components import make_pipeline

    nlp = make_pipeline(default_year=2023)
    doc = nlp("Phòng Tư pháp chủ trì, phối hợp với Hội LHPN thị xã trước ngày 25/02 theo Kế hoạch số 25/KH-UBND.")
    assert [s.text for s in doc.spans["bodies"]] == ["Phòng Tư pháp", "Hội LHPN thị xã"]
    assert doc.spans["bodies"][1]._.rasoat["name"] == "Hội Liên hiệp Phụ nữ thị xã"
    assert [(s.text, s._.rasoat["value"]) for s in doc.spans["dates"]] == [("trước ngày 25/02", "2023-02-25")]
    assert [s._.rasoat["number"] for s in doc.spans["references"]] == ["25/KH-UBND"]
    assert "Hội LHPN" in [s.text for s in doc.spans["names"]]


def test_a_section_joining_funding_and_organisation_holds_tasks(fx):
    """A pure "Kinh phí" section states a source of money, not an activity; a section
    "Kinh phí và tổ chức thực hiện" also says who does what and what is set aside, which is
    how a unit answers a duty to "bố trí kinh phí, phân công công chức phụ trách"."""
    plan = write(fx, "kh-xa.txt", """
        ỦY BAN NHÂN DÂN XÃ LONG HƯNG
        Số: 19/KH-UBND
        Long Hưng, ngày 27 tháng 3 năm 2025
        KẾ HOẠCH
        Thực hiện chuyển đổi số năm 2025
        I. NHIỆM VỤ
        1. Kiện toàn Tổ công nghệ số cộng đồng tại 07/07 ấp trong tháng 4/2025.
        II. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN
        Kinh phí thực hiện 25.000.000 đồng từ ngân sách xã năm 2025.

        Giao công chức Văn hóa - Xã hội làm đầu mối tham mưu thực hiện Kế hoạch.

        III. CHẾ ĐỘ BÁO CÁO
        Báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 10/6/2025.
    """)
    texts = [t.text for t in parse(plan).tasks]
    assert any(t.startswith("Kinh phí thực hiện 25.000.000 đồng") for t in texts), texts
    assert any(t.startswith("Giao công chức Văn hóa - Xã hội") for t in texts), texts
    assert not any("trước ngày 10/6/2025" in t for t in texts), texts


def test_a_table_of_activities_with_their_content_in_a_column_of_its_own():
    """"Hoạt động | Nội dung cụ thể | Thời gian": the activity is the short name and what it holds
    (a unit plan's table, where "Tập huấn" alone says nothing of whom or what)."""
    from extractors.tasks import extract_tasks
    from pipeline.model import Section

    table = [["STT", "Hoạt động", "Nội dung cụ thể", "Thời gian"],
             ["1", "Tập huấn", "02 lớp kỹ năng tư vấn cai nghiện thuốc lá cho nhân viên y tế trường học", "Tháng 12/2022"],
             ["2", "Giám sát môi trường không khói thuốc", "Giám sát môi trường không khói thuốc", "Tháng 3/2023"]]
    section = Section(id="II", number="II", style="roman", level=1, title="CÁC HOẠT ĐỘNG", tables=[table])
    texts = [t.text for t in extract_tasks([section], "Trung tâm Kiểm soát bệnh tật", 2022)]
    assert texts == ["Tập huấn: 02 lớp kỹ năng tư vấn cai nghiện thuốc lá cho nhân viên y tế trường học",
                     "Giám sát môi trường không khói thuốc"]


def test_a_directive_addresses_heads_and_their_bodies_hold_the_duties(fx):
    """A Chỉ thị's items are addressed to heads by title ("Giám đốc Sở Tài chính:", "Chủ tịch
    Ủy ban nhân dân các xã, phường:"); the bodies they lead hold the duties, the item that asks
    the Front is requested, and "… chịu trách nhiệm thi hành Chỉ thị này" is no duty
    (twenty-ninth, reduced)."""
    plan = write(fx, "ct.txt", """
        ỦY BAN NHÂN DÂN
        TỈNH ĐỒNG THÁP
        Số: 05/CT-UBND
        Đồng Tháp, ngày 22 tháng 01 năm 2026
        CHỈ THỊ
        Về việc tăng cường quản lý chất thải rắn sinh hoạt
        Để nâng cao hiệu quả quản lý chất thải rắn sinh hoạt, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:
        1. Giám đốc Sở Tài chính:
        a) Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí sự nghiệp bảo vệ môi trường cho các xã, phường.
        b) Phối hợp với Sở Nông nghiệp và Môi trường thẩm định phương án giá dịch vụ thu gom.
        2. Chủ tịch Ủy ban nhân dân các xã, phường:
        a) Xây dựng kế hoạch thực hiện Chỉ thị này tại địa phương, gửi về Sở Nông nghiệp và Môi trường trước ngày 28/02/2026.
        3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tăng cường tuyên truyền, vận động Nhân dân phân loại chất thải.
        Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Chỉ thị này./.
    """)
    doc = parse(plan)
    got = [(d.body_id, d.role, d.deadline) for d in doc.duties]
    assert got == [("so-tai-chinh", "lead", None), ("so-tai-chinh", "support", None),
                   ("uy-ban-nhan-dan-cac-xa-phuong", "lead", "2026-02-28"),
                   ("uy-ban-mat-tran-to-quoc-viet-nam-tinh", "requested", None)]


@pytest.mark.parametrize("title,body", [
    ("Giám đốc Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường"),
    ("Thủ trưởng các sở, ban, ngành tỉnh", "các sở, ban, ngành tỉnh"),
    ("Chánh Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"),
    ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
    ("Trường THPT Lê Lợi", None),  # a school, not its head ("trưởng" is not "trường")
    ("Hiệu trưởng nhà trường", None),  # a person
    ("Trưởng thôn", None)])
def test_the_body_a_head_leads(title, body):
    from extractors.bodies import led_body

    assert led_body(title) == body


def test_a_task_assigned_in_a_paragraph_of_its_own(fx):
    """A ward's numbered task whose assignment is the whole second sentence ("Giao Phòng Văn
    hóa - Xã hội phường chủ trì, … thực hiện thường xuyên.") is that holder's duty; a task whose
    time is in the task, not in the assignment, keeps it (thirtieth, reduced)."""
    plan = write(fx, "kh.txt", """
        ỦY BAN NHÂN DÂN
        PHƯỜNG PHÚ MỸ
        Số: 18/KH-UBND
        Phú Mỹ, ngày 15 tháng 01 năm 2026
        KẾ HOẠCH
        Xây dựng nếp sống văn minh đô thị năm 2026
        I. NHIỆM VỤ, GIẢI PHÁP
        1. Đẩy mạnh tuyên truyền, vận động Nhân dân thực hiện nếp sống văn minh đô thị trên hệ thống loa truyền thanh. Giao Phòng Văn hóa - Xã hội phường chủ trì, phối hợp Ban điều hành các khu phố thực hiện thường xuyên.
        2. Chỉnh trang hạ tầng đô thị: sửa chữa các đoạn vỉa hè, nắp hố ga hư hỏng, hoàn thành trong quý III/2026. Giao Phòng Kinh tế, Hạ tầng và Đô thị phường chủ trì thực hiện.
    """)
    got = [(d.body_id, d.deadline, d.text[:20]) for d in parse(plan).duties]
    assert got == [("phong-van-hoa-xa-hoi-phuong", None, "Đẩy mạnh tuyên truyề"),
                   ("phong-kinh-te-ha-tang-va-do-thi-phuong", "2026-09", "Chỉnh trang hạ tầng ")]


def test_a_duty_that_points_at_a_task_its_holder_holds_is_that_task(fx):
    """"4. Trạm Y tế phường: Chủ trì thực hiện nhiệm vụ 8 mục III Kế hoạch này" says the Trạm's
    task 8 again; "Phối hợp … thực hiện nhiệm vụ 1 mục III" of another holder's task is a duty of
    its own (thirtieth, reduced)."""
    plan = write(fx, "kh.txt", """
        ỦY BAN NHÂN DÂN
        PHƯỜNG PHÚ MỸ
        Số: 18/KH-UBND
        Phú Mỹ, ngày 15 tháng 01 năm 2026
        KẾ HOẠCH
        Xây dựng nếp sống văn minh đô thị năm 2026
        I. NHIỆM VỤ, GIẢI PHÁP
        1. Lập lại trật tự lòng đường, vỉa hè trên các tuyến đường chính của phường. Giao Phòng Kinh tế, Hạ tầng và Đô thị phường chủ trì, phối hợp Công an phường thực hiện.
        2. Kiểm tra điều kiện an toàn thực phẩm của các cơ sở kinh doanh thức ăn đường phố. Giao Trạm Y tế phường chủ trì thực hiện.
        II. TỔ CHỨC THỰC HIỆN
        1. Công an phường
        - Phối hợp Phòng Kinh tế, Hạ tầng và Đô thị phường thực hiện nhiệm vụ 1 mục I; bố trí lực lượng tham gia các đợt ra quân.
        2. Trạm Y tế phường
        Chủ trì thực hiện nhiệm vụ 2 mục I Kế hoạch này; kết quả thực hiện tổng hợp chung trong báo cáo của đơn vị.
    """)
    got = [(d.id, d.body_id) for d in parse(plan).duties]
    assert got == [("I.1-1", "phong-kinh-te-ha-tang-va-do-thi-phuong"), ("I.2-1", "tram-y-te-phuong"),
                   ("II.1-1", "cong-an-phuong")]


def test_a_numbered_sentence_of_the_unit_is_an_activity(fx):
    """"1. Ủy ban nhân dân xã đã ban hành Kế hoạch số 19/KH-UBND …" opens with the unit's name but
    is what it did, not a heading over its work (twenty-ninth's Tháp Mười report, reduced)."""
    report = write(fx, "bc.txt", """
        ỦY BAN NHÂN DÂN
        XÃ THÁP MƯỜI
        Số: 96/BC-UBND
        Tháp Mười, ngày 19 tháng 6 năm 2026
        BÁO CÁO
        Kết quả thực hiện Chỉ thị số 05/CT-UBND
        I. KẾT QUẢ THỰC HIỆN
        1. Ủy ban nhân dân xã đã ban hành Kế hoạch số 19/KH-UBND ngày 26/02/2026 thực hiện Chỉ thị trên địa bàn xã.
        2. Phòng Văn hóa - Xã hội
        Tổ chức 04 buổi tuyên truyền tại các ấp về phân loại rác.
    """)
    texts = [t.text[:30] for t in parse(report).tasks]
    assert texts == ["Ủy ban nhân dân xã đã ban hành", "Tổ chức 04 buổi tuyên truyền t"]


def test_a_report_is_due_at_its_periods_deadline(fx):
    """"báo cáo kết quả thực hiện 6 tháng đầu năm trước ngày 12/6/2026 và báo cáo năm trước ngày
    20/11/2026": a six-month report is due on 12/6, a year's report on 20/11 (thirtieth, reduced)."""
    from pipeline.extract import report_due

    plan = parse(write(fx, "kh.txt", """
        ỦY BAN NHÂN DÂN
        PHƯỜNG PHÚ MỸ
        Số: 18/KH-UBND
        Phú Mỹ, ngày 15 tháng 01 năm 2026
        KẾ HOẠCH
        Xây dựng nếp sống văn minh đô thị năm 2026
        I. TỔ CHỨC THỰC HIỆN
        1. Phòng Văn hóa - Xã hội phường
        Tham mưu UBND phường tổ chức sơ kết, khen thưởng các khu phố tiêu biểu.
        II. CHẾ ĐỘ THÔNG TIN, BÁO CÁO
        Các phòng, đơn vị gửi kế hoạch thực hiện trước ngày 06/02/2026; báo cáo kết quả thực hiện 6 tháng đầu năm trước ngày 12/6/2026 và báo cáo năm trước ngày 20/11/2026.
    """))
    assert plan.deadlines == {"plan": "2026-02-06", "report": "2026-11-20"}
    assert plan.report_periods == {"6 thang": "2026-06-12"}
    half = parse(write(fx, "bc1.txt", """
        ĐOÀN PHƯỜNG PHÚ MỸ
        Số: 32-BC/ĐTN
        Phú Mỹ, ngày 19 tháng 6 năm 2026
        BÁO CÁO
        Kết quả thực hiện Kế hoạch số 18/KH-UBND 6 tháng đầu năm 2026
        I. KẾT QUẢ
        Tổ chức 05 đợt ra quân Ngày Chủ nhật xanh.
    """))
    year = parse(write(fx, "bc2.txt", """
        ĐOÀN PHƯỜNG PHÚ MỸ
        Số: 40-BC/ĐTN
        Phú Mỹ, ngày 10 tháng 11 năm 2026
        BÁO CÁO
        Kết quả thực hiện Kế hoạch số 18/KH-UBND năm 2026
        I. KẾT QUẢ
        Tổ chức 10 đợt ra quân Ngày Chủ nhật xanh.
    """))
    assert report_due(half, plan, plan.deadlines["report"]) == "2026-06-12"
    assert report_due(year, plan, plan.deadlines["report"]) == "2026-11-20"


def test_reports_named_by_their_period_have_the_periods_deadlines(fx):
    """"Các sở, ngành, địa phương báo cáo định kỳ hằng quý … (báo cáo quý I trước ngày 20/3/2026,
    báo cáo 6 tháng trước ngày 20/6/2026, …); báo cáo năm trước ngày 10/12/2026": no word of
    results, yet a report deadline for each period (seventy-seventh, reduced)."""
    from pipeline.extract import report_due

    plan = parse(write(fx, "kh.txt", """
        ỦY BAN NHÂN DÂN
        TỈNH QUẢNG TRỊ
        Số: 24/KH-UBND
        Quảng Trị, ngày 16 tháng 01 năm 2026
        KẾ HOẠCH
        Thực hiện Chương trình giảm nghèo bền vững năm 2026
        I. NHIỆM VỤ
        1. Sở Y tế
        Hỗ trợ mua thẻ bảo hiểm y tế cho người thuộc hộ nghèo.
        II. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO
        1. Các sở, ngành, địa phương xây dựng kế hoạch thực hiện, gửi trước ngày 10/02/2026.
        2. Các sở, ngành, địa phương báo cáo định kỳ hằng quý trước ngày 20 của tháng cuối quý (báo cáo quý I trước ngày 20/3/2026, báo cáo 6 tháng trước ngày 20/6/2026, báo cáo 9 tháng trước ngày 20/9/2026); báo cáo năm trước ngày 10/12/2026.
    """))
    assert plan.deadlines == {"plan": "2026-02-10", "report": "2026-12-10"}
    assert plan.report_periods == {"quy 1": "2026-03-20", "6 thang": "2026-06-20", "9 thang": "2026-09-20"}
    half = parse(write(fx, "bc.txt", """
        SỞ Y TẾ
        Số: 402/BC-SYT
        Quảng Trị, ngày 17 tháng 6 năm 2026
        BÁO CÁO
        Kết quả thực hiện Chương trình giảm nghèo bền vững 6 tháng đầu năm 2026
        I. KẾT QUẢ
        Hỗ trợ 1.240 thẻ bảo hiểm y tế.
    """))
    assert report_due(half, plan, plan.deadlines["report"]) == "2026-06-20"


def test_a_letter_asks_each_addressee_what_it_asks_of_all(fx):
    """A công văn's items that name no holder, after "… yêu cầu Thủ trưởng các cơ quan, đơn vị,
    Chủ tịch UBND các xã, thị trấn thực hiện tốt một số nội dung sau:", are each addressee's of its
    "Kính gửi:"; "5. Giao Phòng … chỉ đạo …" with a paragraph "Phối hợp …" under it is two duties;
    the reporting item and "Chủ tịch UBND huyện yêu cầu … nghiêm túc triển khai thực hiện" are
    none (thirty-first, reduced)."""
    letter = write(fx, "cv.txt", """
        ỦY BAN NHÂN DÂN
        HUYỆN BÙ ĐỐP
        Số: 1432/UBND-VX
        V/v triển khai các biện pháp phòng, chống bệnh sốt xuất huyết năm 2024
        Bù Đốp, ngày 16 tháng 5 năm 2024
        Kính gửi:
        - Trung tâm Y tế huyện;
        - Phòng Giáo dục và Đào tạo huyện;
        - UBND các xã, thị trấn.
        Để chủ động ngăn chặn dịch bệnh, Chủ tịch UBND huyện yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn thực hiện tốt một số nội dung sau:
        1. Tăng cường tuyên truyền để người dân hiểu rõ nguy cơ, tác hại của bệnh sốt xuất huyết.
        2. Trung tâm Y tế huyện:
        - Tổ chức 02 đợt chiến dịch diệt lăng quăng trên địa bàn toàn huyện.
        3. Giao Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường học trên địa bàn tổ chức tổng vệ sinh trước khi học sinh nghỉ hè.
        Phối hợp với Trung tâm Y tế huyện lồng ghép nội dung phòng, chống sốt xuất huyết vào các hoạt động hè.
        4. Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn báo cáo kết quả thực hiện về UBND huyện trước ngày 21/6/2024.
        Chủ tịch UBND huyện yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn nghiêm túc triển khai thực hiện./.
    """)
    doc = parse(letter)
    assert doc.meta.addressees == ["Trung tâm Y tế huyện", "Phòng Giáo dục và Đào tạo huyện", "UBND các xã, thị trấn"]
    got = [(d.body_id, d.role, d.text[:20]) for d in doc.duties]
    assert got == [("trung-tam-y-te-huyen", "lead", "Tăng cường tuyên tru"),
                   ("phong-giao-duc-va-dao-tao-huyen", "lead", "Tăng cường tuyên tru"),
                   ("uy-ban-nhan-dan-cac-xa-thi-tran", "lead", "Tăng cường tuyên tru"),
                   ("trung-tam-y-te-huyen", "lead", "Tổ chức 02 đợt chiến"),
                   ("phong-giao-duc-va-dao-tao-huyen", "lead", "Giao Phòng Giáo dục "),
                   ("phong-giao-duc-va-dao-tao-huyen", "support", "Phối hợp với Trung t")]


def test_a_multi_year_plans_deadlines_come_every_year(fx):
    """"Hằng năm, … gửi về UBND huyện trước ngày 31/01; báo cáo kết quả thực hiện trước ngày
    10/12 hằng năm" in a plan for 2021-2025: a report on 2023 is due on 10/12/2023, a plan for
    2024 on 31/01/2024; a numbered sentence ending "… báo cáo UBND huyện trước ngày 15/12 hằng
    năm" is its holder's own, not the units' rule (thirty-fourth, reduced)."""
    from pipeline.extract import year_of, yearly_due

    plan = parse(write(fx, "kh.txt", """
        ỦY BAN NHÂN DÂN
        HUYỆN VÂN CANH
        Số: 178/KH-UBND
        Vân Canh, ngày 15 tháng 10 năm 2021
        KẾ HOẠCH
        Xây dựng xã hội học tập giai đoạn 2021-2025
        I. TỔ CHỨC THỰC HIỆN
        1. Phòng Giáo dục và Đào tạo
        a) Theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp kết quả, báo cáo UBND huyện trước ngày 15/12 hằng năm.
        II. CHẾ ĐỘ BÁO CÁO
        Hằng năm, các cơ quan, đơn vị, UBND các xã, thị trấn xây dựng kế hoạch thực hiện năm, gửi về UBND huyện trước ngày 31/01; báo cáo kết quả thực hiện trước ngày 10/12 hằng năm.
    """))
    assert plan.yearly_deadlines == {"plan": "01-31", "report": "12-10"}
    report = parse(write(fx, "bc.txt", """
        ỦY BAN NHÂN DÂN
        XÃ CANH VINH
        Số: 41/BC-UBND
        Canh Vinh, ngày 28 tháng 11 năm 2023
        BÁO CÁO
        Kết quả thực hiện năm 2023 Kế hoạch số 178/KH-UBND giai đoạn 2021-2025
        I. KẾT QUẢ
        Duy trì hoạt động của Trung tâm học tập cộng đồng.
    """))
    assert year_of(report) == 2023 and yearly_due(report, plan, "report") == "2023-12-10"


@pytest.mark.parametrize("text,due", [
    ("Tổng hợp kết quả, báo cáo UBND huyện trước ngày 15/12 hằng năm.", None),  # every year: no date of its own
    ("Hằng năm, hoàn thành trước ngày 30/11/2024 việc công nhận danh hiệu.", "2024-11-30"),  # its year given
    ("Tổng hợp kết quả, báo cáo UBND huyện trước ngày 15/12.", "2021-12-15"),  # the plan's year
])
def test_a_day_of_every_year_is_no_deadline_of_its_own(text, due):
    from extractors.dates import deadline_of

    assert deadline_of(text, 2021) == due


@pytest.mark.parametrize("text,due", [
    # what a duty strives for by a year is due in that year (the gold of twentieth, twenty-ninth,
    # thirty-fourth: "the only time the duty gives")
    ("Mở rộng tuyến thu gom, phấn đấu đến cuối năm 2026 tỷ lệ thu gom đạt trên 80%.", "2026"),
    ("Đẩy mạnh phong trào đọc sách; phấn đấu đến năm 2025 có 100% trường học được công nhận.", "2025"),
    ("Xây dựng, ban hành kế hoạch giảm nghèo năm 2026 của địa phương.", None),  # a plan's year, no time
])
def test_a_year_a_duty_strives_for_is_its_deadline(text, due):
    from extractors.dates import deadline_of

    assert deadline_of(text, 2026) == due


@pytest.mark.parametrize("text,due", [
    # several times: the work ends with the last (thirty-fourth, twenty-second)
    ("Tham mưu tổ chức sơ kết 03 năm thực hiện Kế hoạch vào năm 2023 và tổng kết giai đoạn 2021-2025 vào năm 2025", "2025"),
    # a time listed after one a cue made a deadline is one too
    ("Tổ chức cho trẻ uống vitamin A liều cao hai đợt vào tháng 6 và tháng 12/2024", "2024-12"),
    # a time in brackets at the end of the work (thirty-second)
    ("Tổ chức 02 đợt vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi (tháng 4 và tháng 9/2024)", "2024-09"),
    # "đến hết năm" as "đến cuối năm" (twenty-fourth)
    ("Triển khai Sổ tay đảng viên điện tử; phấn đấu đến hết năm 2024 có trên 80% đảng viên sử dụng.", "2024"),
    # a date in brackets that a document bears is no time of the work
    ("Thực hiện theo Kế hoạch số 12/KH-UBND (ngày 12/3/2024) của UBND tỉnh", None),
])
def test_a_duty_of_several_times_is_due_at_the_last(text, due):
    from extractors.dates import deadline_of

    assert deadline_of(text, 2024) == due


@pytest.mark.parametrize("name,body_id", [
    # a hospital's departments, written with one capital: the name ends where the list says
    ("Khoa Kiểm soát nhiễm khuẩn tổ chức giám sát", "khoa-kiem-soat-nhiem-khuan"),
    ("Phòng Kế hoạch tổng hợp chủ trì, phối hợp", "phong-ke-hoach-tong-hop"),
    ("Khoa Hồi sức tích cực - Chống độc", "khoa-hoi-suc-tich-cuc-chong-doc"),
    ("Phòng Vật tư - Thiết bị y tế", "phong-vat-tu-thiet-bi-y-te"),
    ("Khoa Dược", "khoa-duoc"),
    ("Sở Khoa học và Công nghệ", "so-khoa-hoc-va-cong-nghe"),  # "Khoa" inside a field is no head
    ("Khoa học công nghệ phục vụ sản xuất", None)])
def test_a_hospitals_departments_are_bodies(name, body_id):
    body = canonical_body(name)
    assert (body.body_id if body else None) == body_id


def test_a_hospitals_plan_to_its_departments(fx):
    """Headings that name a hospital's departments hold the lettered items under them; an item
    that says what to do before a colon ("a) Bảo đảm phương tiện …: lắp bổ sung …") is no holder,
    though folded it starts like "Báo …" (a newspaper); a collective's members in brackets after
    its name are no part of it (thirty-fifth, reduced)."""
    plan = write(fx, "kh.txt", """
        SỞ Y TẾ TỈNH TUYÊN QUANG
        BỆNH VIỆN ĐA KHOA TỈNH TUYÊN QUANG
        Số: 86/KH-BV
        Tuyên Quang, ngày 16 tháng 01 năm 2026
        KẾ HOẠCH
        Kiểm soát nhiễm khuẩn năm 2026
        I. MỤC ĐÍCH, YÊU CẦU
        Phòng ngừa, giảm thiểu nhiễm khuẩn bệnh viện.
        II. TỔ CHỨC THỰC HIỆN
        1. Khoa Kiểm soát nhiễm khuẩn
        a) Là đầu mối tham mưu Giám đốc kiện toàn Hội đồng KSNK; hoàn thành trong tháng 02/2026.
        b) Tổ chức 02 lớp tập huấn về vệ sinh tay cho NVYT mới tuyển dụng.
        2. Phòng Vật tư - Thiết bị y tế
        a) Bảo đảm phương tiện vệ sinh tay tại tất cả các buồng bệnh: lắp bổ sung bồn rửa tay, giá treo dung dịch sát khuẩn tay nhanh.
        b) Bảo dưỡng, kiểm định định kỳ máy hấp tiệt khuẩn; sửa chữa kịp thời khi có hư hỏng.
        3. Khoa Hồi sức tích cực - Chống độc
        a) Áp dụng gói giải pháp phòng ngừa viêm phổi liên quan đến thở máy: nằm đầu cao 30 - 45 độ.
        4. Các khoa cận lâm sàng (Khoa Xét nghiệm, Khoa Chẩn đoán hình ảnh)
        Khử khuẩn bề mặt thiết bị tiếp xúc với người bệnh sau mỗi ca.
    """)
    got = [d.body_id for d in parse(plan).duties]
    assert got == ["khoa-kiem-soat-nhiem-khuan"] * 2 + ["phong-vat-tu-thiet-bi-y-te"] * 2 + [
        "khoa-hoi-suc-tich-cuc-chong-doc", "cac-khoa-can-lam-sang"]


@pytest.mark.parametrize("name,starts", [
    ("Báo Tuyên Quang", True), ("Bảo đảm phương tiện vệ sinh tay", False),
    ("Ấp Tân Thành", True), ("Áp dụng gói giải pháp", False),
    ("Tổ tư vấn tâm lý", True), ("Khoa Nhi", True)])
def test_a_holders_first_words_are_compared_with_their_marks(name, starts):
    from extractors.duties import starts_as_holder

    assert starts_as_holder(name) is starts


def test_an_item_whose_lines_below_name_its_lead_support_and_time(fx):
    """A content item whose own lines say "Cơ quan chủ trì: …", "Cơ quan phối hợp: …", "Thời gian
    thực hiện: …" is a duty of the lead, with its supporters and deadline (thirty-sixth, reduced)."""
    plan = write(fx, "kh.txt", """
        ỦY BAN NHÂN DÂN
        HUYỆN MƯỜNG ẢNG
        Số: 15/KH-UBND
        Mường Ảng, ngày 18 tháng 01 năm 2022
        KẾ HOẠCH
        Phổ biến, giáo dục pháp luật năm 2022
        I. MỤC ĐÍCH, YÊU CẦU
        Triển khai kịp thời các văn bản pháp luật mới.
        II. NỘI DUNG
        1. Tổ chức hội nghị phổ biến các luật mới cho cán bộ chủ chốt và báo cáo viên pháp luật huyện.
        Cơ quan chủ trì: Phòng Tư pháp.
        Cơ quan phối hợp: Phòng Văn hóa và Thông tin.
        Thời gian thực hiện: Quý II/2022.
        2. Tuyên truyền pháp luật về phòng, chống ma túy cho Nhân dân các bản vùng cao.
        Cơ quan chủ trì: Công an huyện.
        Thời gian thực hiện: Thường xuyên.
    """)
    got = [(d.body_id, d.deadline, d.collaborators, d.text[:20]) for d in parse(plan).duties]
    assert got == [("phong-tu-phap", "2022-06", ["Phòng Văn hóa và Thông tin"], "Tổ chức hội nghị phổ"),
                   ("cong-an-huyen", None, [], "Tuyên truyền pháp lu")]


def test_each_units_report_is_due_before_its_own_day_in_the_schedule(fx):
    """An inspection plan's schedule table gives each unit its day; "gửi báo cáo tự kiểm tra …
    trước ngày kiểm tra ít nhất 05 ngày làm việc" makes each unit's report due five working days
    before it (Saturdays and Sundays skipped); a clause that sends no report sets nothing
    (thirty-seventh, reduced)."""
    from types import SimpleNamespace

    from pipeline.extract import own_due

    plan = write(fx, "kh.txt", """
        ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
        SỞ NỘI VỤ
        Số: 512/KH-SNV
        Hà Tĩnh, ngày 16 tháng 4 năm 2025
        KẾ HOẠCH
        Kiểm tra công tác cải cách hành chính năm 2025
        I. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA
        | STT | Đơn vị được kiểm tra | Thời gian kiểm tra | Thành phần |
        | 1 | UBND thị xã Hồng Lĩnh | Ngày 20/5/2025 | Đoàn kiểm tra |
        | 2 | UBND huyện Đức Thọ | Ngày 27/5/2025 | Đoàn kiểm tra |
        | 3 | Sở Tài chính | Ngày 15/7/2025 | Đoàn kiểm tra |
        II. TỔ CHỨC THỰC HIỆN
        1. Các đơn vị được kiểm tra
        a) Bố trí thành phần làm việc; gửi danh sách thành phần về Sở Nội vụ trước ngày kiểm tra ít nhất 02 ngày làm việc.
        b) Tổ chức tự kiểm tra; xây dựng báo cáo tự kiểm tra, gửi về Sở Nội vụ trước ngày kiểm tra ít nhất 05 ngày làm việc.
    """)
    doc = parse(plan)
    assert doc.unit_deadlines == {"uy-ban-nhan-dan-thi-xa-hong-linh": ["2025-05-13", "2025-05-20"],
                                  "uy-ban-nhan-dan-huyen-duc-tho": ["2025-05-20", "2025-05-27"],
                                  "so-tai-chinh": ["2025-07-08", "2025-07-15"]}
    duc_tho = SimpleNamespace(body_id="uy-ban-nhan-dan-huyen-duc-tho")
    assert own_due(SimpleNamespace(holder=duc_tho, date="2025-05-14"), doc) == "2025-05-20"
    # a report of after its day (of the remedies) is another report: the plan's own due holds
    assert own_due(SimpleNamespace(holder=duc_tho, date="2025-06-24"), doc) is None


def test_a_duty_takes_its_deadline_from_the_row_of_targets_that_restates_it(fx):
    """An appendix of targets per unit ("Chỉ tiêu | Đơn vị tính | Chỉ tiêu giao | Đơn vị chủ trì |
    Thời hạn") whose row restates a duty with no time of its own gives the duty the row's time;
    a quarter is due at its end (twentieth, reduced)."""
    plan = write(fx, "kh.txt", """
        ỦY BAN NHÂN DÂN
        TỈNH TUYÊN QUANG
        Số: 38/KH-UBND
        Tuyên Quang, ngày 23 tháng 01 năm 2026
        KẾ HOẠCH
        Thực hiện giảm nghèo bền vững năm 2026
        I. MỤC TIÊU
        Giảm tỷ lệ hộ nghèo.
        II. TỔ CHỨC THỰC HIỆN
        1. Sở Nông nghiệp và Môi trường
        a) Chủ trì hướng dẫn các xã, phường xây dựng, nhân rộng các mô hình, dự án hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế.
        b) Tổ chức tập huấn nâng cao năng lực cho đội ngũ cán bộ làm công tác giảm nghèo cấp xã.
        c) Chủ trì rà soát hộ nghèo, hộ cận nghèo năm 2026.
        III. PHỤ LỤC CHỈ TIÊU
        | STT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu giao | Đơn vị chủ trì | Thời hạn |
        | 1 | Mô hình, dự án hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế được xây dựng, nhân rộng | Mô hình | Tối thiểu 40 | Sở Nông nghiệp và Môi trường | Năm 2026 |
        | 2 | Lớp tập huấn nâng cao năng lực cho cán bộ làm công tác giảm nghèo cấp xã | Lớp | 04 | Sở Nông nghiệp và Môi trường | Quý II/2026 |
    """)
    doc = parse(plan)
    assert [(d.text[:12], d.deadline) for d in doc.duties] == [
        ("Chủ trì hướn", "2026"), ("Tổ chức tập ", "2026-06"), ("Chủ trì rà s", None)]
    assert sorted(t.deadline for t in doc.targets if " | " in t.text) == ["2026", "2026-06"]


AMENDING = """
    ỦY BAN NHÂN DÂN
    HUYỆN HƯỚNG HÓA
    Số: 196/KH-UBND
    Hướng Hóa, ngày 28 tháng 8 năm 2024
    KẾ HOẠCH
    Điều chỉnh, bổ sung Kế hoạch số 58/KH-UBND ngày 15/3/2024 về hỗ trợ xóa nhà tạm năm 2024
    I. LÝ DO ĐIỀU CHỈNH, BỔ SUNG
    Qua rà soát, toàn huyện còn 214 hộ đang ở nhà tạm.
    II. NỘI DUNG ĐIỀU CHỈNH, BỔ SUNG
    1. Sửa đổi khoản 1 mục II như sau:
    "1. Đối tượng: Hộ nghèo, hộ cận nghèo đang ở nhà tạm, nhà dột nát."
    2. Sửa đổi điểm a khoản 1 mục III (nhiệm vụ của Phòng Lao động - Thương binh và Xã hội) như sau:
    "a) Chủ trì rà soát, thẩm định danh sách bổ sung; trình UBND huyện phê duyệt trước ngày 15/9/2024."
    3. Sửa đổi điểm c khoản 1 mục III như sau:
    "c) Định kỳ hằng tháng tổng hợp tiến độ thực hiện của các xã, thị trấn, báo cáo UBND huyện."
    4. Sửa đổi khoản 4 mục III như sau:
    "4. Phòng Dân tộc: Phối hợp với Phòng Lao động - Thương binh và Xã hội rà soát hộ đồng bào dân tộc thiểu số có khó khăn về nhà ở."
    5. Bãi bỏ điểm c khoản 7 mục III (vận động mỗi hộ tự đối ứng 30% kinh phí).
    III. TỔ CHỨC THỰC HIỆN
    Các nội dung khác giữ nguyên theo Kế hoạch số 58/KH-UBND ngày 15/3/2024 của UBND huyện.
    Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn căn cứ nhiệm vụ được giao điều chỉnh kế hoạch của đơn vị (nếu có), gửi về UBND huyện trước ngày 10/9/2024; báo cáo kết quả thực hiện năm 2024 trước ngày 20/12/2024.
"""


def test_a_plan_that_amends_another(fx):
    """Each item quoted under an amending order is a duty: of the holder the order names in
    brackets, of the one that labels the quoted item, or of the one an earlier order named for the
    same part ("khoản 1 mục III"); an order whose item names no holder, and a repeal, are none. The
    units' own plans are due by the paragraph that asks them to adjust theirs (thirty-ninth, reduced)."""
    doc = parse(write(fx, "kh.txt", AMENDING))
    got = [(d.id, d.body_id, d.role, d.deadline) for d in doc.duties]
    assert got == [("II.2", "phong-lao-dong-thuong-binh-va-xa-hoi", "lead", "2024-09-15"),
                   ("II.3", "phong-lao-dong-thuong-binh-va-xa-hoi", "lead", None),
                   ("II.4", "phong-dan-toc", "support", None)]
    assert doc.deadlines == {"plan": "2024-09-10", "report": "2024-12-20"}


def test_items_under_a_request_that_name_their_own_holders_are_requested(fx):
    """"7. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã" over items that
    each name a holder ("a) Ủy ban MTTQ Việt Nam xã vận động …", "b) Hội Nông dân xã tuyên truyền
    …"): each is asked of its holder (fortieth, reduced)."""
    plan = write(fx, "kh.txt", """
        ỦY BAN NHÂN DÂN
        XÃ TRIỆU PHONG
        Số: 24/KH-UBND
        Triệu Phong, ngày 21 tháng 01 năm 2026
        KẾ HOẠCH
        Phát triển người tham gia bảo hiểm xã hội, bảo hiểm y tế năm 2026
        I. MỤC ĐÍCH
        Tăng số người tham gia bảo hiểm xã hội, bảo hiểm y tế.
        II. TỔ CHỨC THỰC HIỆN
        1. Trạm Y tế xã
        Tư vấn, vận động người đến khám bệnh chưa có thẻ BHYT tham gia BHYT theo hộ gia đình.
        2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã
        a) Ủy ban MTTQ Việt Nam xã vận động các tổ chức, cá nhân hỗ trợ mua thẻ BHYT cho người có hoàn cảnh khó khăn.
        b) Hội Nông dân xã tuyên truyền, vận động hội viên nông dân tham gia BHXH tự nguyện.
    """)
    got = [(d.body_id, d.role) for d in parse(plan).duties]
    assert got == [("tram-y-te-xa", "lead"), ("uy-ban-mat-tran-to-quoc-viet-nam-xa", "requested"),
                   ("hoi-nong-dan-xa", "requested")]


def test_a_timeline_table_of_months(fx):
    """A plan's timeline ("Nội dung công việc | Đơn vị thực hiện | T1 … T12", months marked "x"):
    each row is due at the end of its last marked month; "(chủ trì)" in a cell of two bodies names
    the lead, the other supports; an item that opens "Ngoài các nội dung tại bảng, <holder> …" is
    that holder's (forty-second, reduced)."""
    doc = Docx()
    for line in ["ỦY BAN NHÂN DÂN", "HUYỆN QUỲNH PHỤ", "Số: 28/KH-UBND", "Quỳnh Phụ, ngày 26 tháng 01 năm 2024",
                 "KẾ HOẠCH", "Thực hiện công tác dân số và phát triển năm 2024", "I. MỤC ĐÍCH",
                 "Nâng cao chất lượng dân số.", "II. TỔ CHỨC THỰC HIỆN",
                 "1. Ngoài các nội dung tại bảng tiến độ, Trung tâm Y tế huyện chỉ đạo các trạm y tế duy trì cung "
                 "cấp dịch vụ kế hoạch hóa gia đình thường xuyên.", "III. TIẾN ĐỘ THỰC HIỆN NĂM 2024"]:
        doc.add_paragraph(line)
    rows = [["STT", "Nội dung công việc", "Đơn vị thực hiện", *[f"T{m}" for m in range(1, 13)]],
            ["1", "Dựng 02 pano tuyên truyền về dân số tại trung tâm huyện",
             "Trung tâm Văn hóa, Thể thao và Truyền thông", *["x" if m in (6, 7) else "" for m in range(1, 13)]],
            ["2", "Tư vấn, khám sức khỏe tiền hôn nhân cho nam, nữ thanh niên",
             "Trung tâm Y tế huyện (chủ trì), Huyện đoàn", *["x" if 3 <= m <= 6 else "" for m in range(1, 13)]]]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = fx / "kh.docx"
    doc.save(path)
    got = [(d.body_id, d.deadline, d.collaborators) for d in parse(path).duties]
    assert got == [("trung-tam-y-te-huyen", None, []),
                   ("trung-tam-van-hoa-the-thao-va-truyen-thong", "2024-07", []),
                   ("trung-tam-y-te-huyen", "2024-06", ["Huyện đoàn"])]


@pytest.mark.parametrize("title,assigns", [
    ("NHIỆM VỤ CỦA CÁC ĐƠN VỊ", True), ("Nhiệm vụ của các phòng", True), ("TỔ CHỨC THỰC HIỆN", True),
    ("MỤC ĐÍCH, YÊU CẦU", False), ("THỜI GIAN, PHẠM VI", False)])
def test_the_part_that_gives_out_work(title, assigns):
    """A police department's plan gives its units their work under "NHIỆM VỤ CỦA CÁC ĐƠN VỊ"
    (forty-fifth), before its "TỔ CHỨC THỰC HIỆN"."""
    from extractors.duties import is_assignment_section

    assert is_assignment_section(title) is assigns


def test_a_conclusion_notice_that_gives_out_tasks(fx):
    """A Thông báo kết luận's numbered points give out work; the sentence after the last point that
    asks everyone for reports, and the notice's closing formula ("Văn phòng UBND tỉnh thông báo để
    các cơ quan, đơn vị biết, thực hiện"), give none (forty-seventh, reduced)."""
    doc = parse(write(fx, "tb.txt", """
        ỦY BAN NHÂN DÂN
        TỈNH BẾN TRE
        Số: 286/TB-UBND
        Bến Tre, ngày 12 tháng 8 năm 2024
        THÔNG BÁO
        Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về chống khai thác IUU
        I. ĐÁNH GIÁ CHUNG
        Các sở, ngành đã có nhiều cố gắng.
        II. TỔ CHỨC THỰC HIỆN
        1. Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các địa phương kiểm tra 100% tàu cá cập cảng.
        2. Đề nghị Ủy ban MTTQ Việt Nam tỉnh vận động ngư dân không tham gia khai thác IUU.
        Các sở, ngành, địa phương được giao nhiệm vụ báo cáo kết quả thực hiện về UBND tỉnh trước ngày 20/9/2024.
        Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
    """))
    assert [(d.body_id, d.role) for d in doc.duties] == [
        ("so-nong-nghiep-va-phat-trien-nong-thon", "lead"), ("uy-ban-mat-tran-to-quoc-viet-nam-tinh", "requested")]


def test_an_urgent_order_a_cong_dien(fx):
    """A Công điện (fifty-second, reduced): its "<AUTHORITY> điện:" line opens the addressees and
    ends the title; deadlines in hours ("trước 16 giờ ngày 29/8/2025"); "xây dựng phương án, kế
    hoạch" sets the units' plan deadline; an order whose subject is two bodies gives each a duty;
    "Chánh Văn phòng Ủy ban nhân dân tỉnh" names the Văn phòng Ủy ban nhân dân tỉnh."""
    doc = parse(write(fx, "cd.txt", """
        ỦY BAN NHÂN DÂN
        TỈNH HÀ TĨNH
        Số: 19/CĐ-UBND
        Hà Tĩnh, ngày 08 tháng 8 năm 2025
        CÔNG ĐIỆN
        Về việc triển khai các biện pháp cấp bách phòng, chống bệnh Dịch tả lợn châu Phi
        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:
        - Giám đốc Công an tỉnh;
        - Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh;
        - Giám đốc Sở Nông nghiệp và Môi trường.
        Để kịp thời ngăn chặn dịch bệnh, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
        1. Giao Sở Nông nghiệp và Môi trường cấp phát ngay 8.000 lít hóa chất sát trùng cho các xã có dịch, hoàn thành trước 17 giờ ngày 12/8/2025.
        2. Giao Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh chỉ đạo lực lượng tại chỗ hỗ trợ tiêu hủy lợn bệnh, duy trì các chốt kiểm dịch.
        3. Các cơ quan được giao nhiệm vụ khẩn trương xây dựng phương án, kế hoạch triển khai, gửi về Sở Nông nghiệp và Môi trường trước ngày 14/8/2025; báo cáo kết quả thực hiện trước 16 giờ ngày 29/8/2025.
        4. Chánh Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Công điện này./.
        Nơi nhận:
        - Như trên;
        - Lưu: VT.
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Phan Văn Thắng
    """))
    assert doc.meta.title == "Về việc triển khai các biện pháp cấp bách phòng, chống bệnh Dịch tả lợn châu Phi"
    assert doc.meta.addressees[0] == "Giám đốc Công an tỉnh"
    assert doc.deadlines == {"plan": "2025-08-14", "report": "2025-08-29"}
    held = [(d.id, d.body_id, d.deadline) for d in doc.duties]
    assert ("1", "so-nong-nghiep-va-moi-truong", "2025-08-12") in held
    assert ("2", "cong-an-tinh", None) in held and ("2-2", "bo-chi-huy-quan-su-tinh", None) in held
    assert ("4", "van-phong-uy-ban-nhan-dan-tinh", None) in held


def test_a_report_typed_in_a_message_after_its_cover_line(fx):
    """A report saved from a chat message: a cover line in small letters, then the issuer in
    capitals, "BÁO CÁO NHANH" and the title; no Quốc hiệu (fifty-second, reduced)."""
    doc = parse(write(fx, "bc.txt", """
        UBND xã Hương Khê kính gửi Sở NN&MT (Chi cục CN-TY) báo cáo nhanh kết quả thực hiện CĐ 19/CĐ-UBND của Chủ tịch UBND tỉnh. Bản ký số xã gửi qua hệ thống iOffice sau ạ.

        UBND XÃ HƯƠNG KHÊ
        BÁO CÁO NHANH
        Kết quả thực hiện Công điện số 19/CĐ-UBND ngày 08/8/2025 về phòng, chống bệnh Dịch tả lợn châu Phi
        Hương Khê, ngày 28 tháng 8 năm 2025

        1. Xã đã kích hoạt Ban Chỉ đạo phòng, chống dịch bệnh động vật, lập 11 tổ công tác xuống từng thôn.
    """))
    assert (doc.meta.doc_type, doc.meta.issuer, doc.meta.date) == ("BC", "Ủy ban nhân dân xã Hương Khê", "2025-08-28")


def test_the_communes_councils_are_held_by_their_peoples_committees():
    """"HĐNVQS các xã, TT" (a district's military-service plan, fifty-first's appendix row 11): each
    commune's council is chaired by its People's Committee, whose documents answer its duties
    (bodies.yaml collectives ``answered_by``)."""
    from extractors.bodies import find_bodies

    found = find_bodies("Quản lý chặt chẽ công dân đã có lệnh gọi nhập ngũ | HĐNVQS các xã, TT | CA huyện")
    assert found[0].body_id == "uy-ban-nhan-dan-cac-xa-thi-tran" and found[0].collective
    assert [b.body_id for b in find_bodies("Hội đồng nghĩa vụ quân sự các phường")] == ["uy-ban-nhan-dan-cac-phuong"]


def test_a_school_years_moments_date_its_duties(fx):
    """eighty-third: a plan for "năm học 2025-2026" dates its calendar once ("ngày khai giảng năm học
    là ngày 05/9/2025; học kỳ I kết thúc trước ngày 17/01/2026; …") and its duties by it ("trước
    ngày khai giảng", "trong học kỳ I", "cuối học kỳ II", "trước khi kết thúc năm học"); its reports
    are ruled by a heading ("2. Các đơn vị báo cáo kết quả thực hiện về Sở:"), the last one due then."""
    plan = parse(write(fx, "kh.txt", """
        SỞ GIÁO DỤC VÀ ĐÀO TẠO
        Số: 2315/KH-SGDĐT
        An Giang, ngày 03 tháng 9 năm 2025
        KẾ HOẠCH
        Phòng, chống đuối nước cho học sinh năm học 2025-2026
        I. THỜI GIAN
        Kế hoạch thực hiện trong năm học 2025-2026: ngày khai giảng năm học là ngày 05/9/2025; học kỳ I kết thúc trước ngày 17/01/2026; học kỳ II kết thúc trước ngày 25/5/2026; kết thúc năm học trước ngày 31/5/2026.
        II. PHÂN CÔNG NHIỆM VỤ
        1. Phòng Giáo dục phổ thông
        a) Hướng dẫn các trường xây dựng kế hoạch phòng, chống đuối nước trước ngày khai giảng.
        b) Kiểm tra công tác phòng, chống đuối nước tại các trường trong học kỳ I.
        c) Ký cam kết với cha mẹ học sinh về quản lý con em trong dịp nghỉ hè; hoàn thành cuối học kỳ II.
        d) Tổ chức lớp dạy bơi; phấn đấu 100% học sinh lớp 10 biết bơi trước khi kết thúc năm học.
        III. TỔ CHỨC THỰC HIỆN
        1. Các trường xây dựng kế hoạch, gửi về Sở trước ngày 30/9/2025.
        2. Các đơn vị báo cáo kết quả thực hiện về Sở (qua Phòng Giáo dục phổ thông):
        báo cáo sơ kết học kỳ I trước ngày 20/01/2026, báo cáo tổng kết năm học trước ngày 05/6/2026.
    """))
    due = {d.text.split()[0]: d.deadline for d in plan.duties}
    assert (due["Hướng"], due["Kiểm"], due["Ký"], due["Tổ"]) == ("2025-09-05", "2026-01-17", "2026-05-25", "2026-05-31")
    assert plan.deadlines == {"plan": "2025-09-30", "report": "2026-06-05"}
    assert plan.report_periods.get("hoc ky 1") == "2026-01-20"


@pytest.mark.parametrize("text, duty", [
    ("Các phòng, đơn vị và hợp tác xã có tên tại mục III căn cứ nhiệm vụ được giao xây dựng kế hoạch thực hiện, "
     "gửi về Ủy ban nhân dân xã (qua Phòng Kinh tế) trước ngày 10/02/2026.", False),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Nông dân xã phối hợp thực hiện và gửi kế hoạch, kết quả về "
     "Ủy ban nhân dân xã (qua Phòng Kinh tế) theo cùng thời hạn trên.", False),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp tuyên truyền, vận động Nhân dân tham gia.", True),
    # (the holders named, then asked for their own plans: one-hundred-ninth, -sixteenth, -seventeenth)
    ("Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội, Công an phường căn cứ nhiệm vụ được giao xây dựng "
     "kế hoạch cụ thể, gửi Ủy ban nhân dân phường (qua Phòng Kinh tế, Hạ tầng và Đô thị) trước ngày 06/02/2026.", False)])
def test_a_paragraph_that_only_asks_for_the_holders_plans_and_results_is_no_duty(text, duty):
    """What the plan asks of every holder at once, or of the bodies it requests to join in, is its
    deadlines for their plans and reports, not a duty (ninety-first; duty_words.yaml
    all_holders_addressee)."""
    from extractors.duties import _to_everyone
    from pipeline.normalize import fold

    assert (_to_everyone().match(fold(text)) is None) is duty



def test_a_project_plans_legend_of_short_names_and_its_own_short_name():
    """A project board's activity table names its holders by short names its legend spells out
    ("Ghi chú chữ viết tắt: … CDC Hà Tĩnh - Trung tâm Kiểm soát bệnh tật tỉnh; Trung tâm Nước sạch
    và VSMTNT - Trung tâm Nước sạch và Vệ sinh môi trường nông thôn"), and its own rows by the
    short name its opening gives it ("(sau đây gọi là Ban QLDA)"): those are the issuer's own work,
    no holder's (ninety-third)."""
    from pipeline import parse

    base = ROOT / "corpus" / "ninety-third" / "plan"
    plan = parse(next(base.iterdir()))
    holders = {d.body_id for d in plan.duties}
    assert {"trung-tam-kiem-soat-benh-tat-tinh", "trung-tam-nuoc-sach-va-ve-sinh-moi-truong-nong-thon"} <= holders
    assert not any(h.startswith("ban-qlda") for h in holders)
    assert len(plan.duties) >= 13


def test_a_bilingual_plan_is_read_in_vietnamese_once():
    """A plan written in Vietnamese with its English translation paragraph by paragraph, in
    italics, and its collective's duties in a "Nhiệm vụ | Tasks" table (ninety-fourth): the
    translation goes, the duties are the Vietnamese ones, each once."""
    from pipeline import parse
    from pipeline.parsing import english

    assert english("Pursuant to the Country Programme Document between the Government of Viet Nam")
    assert english("6. Pilot ethnic minority boarding schools", italic=True)
    assert not english("6. Pilot ethnic minority boarding schools")
    assert not english("Căn cứ Kế hoạch công tác năm 2026 lĩnh vực giáo dục", italic=True)
    assert not english("Tổ chức 02 lớp tập huấn ToT (training of trainers) cho giáo viên")
    plan = parse(next((ROOT / "corpus" / "ninety-fourth" / "plan").iterdir()))
    assert len(plan.duties) == 15 and not any(english(d.text) for d in plan.duties)
    assert {d.text[:12] for d in plan.duties if d.body_id == "cac-truong-pho-thong-dan-toc-noi-tru-thi-diem"} == {
        "Rà soát hiện", "Thành lập, d", "Cử cán bộ, g"}
    assert any("song ngữ" in w for w in plan.source.warnings)


def test_a_schedule_plan_names_its_collective_twice_and_leads_in_to_its_holders():
    """A land-inventory plan (ninety-fifth) gives steps in a schedule table to "UBND các xã" and
    items under the heading "5. UBND các xã Dang Kang, Yang Mao, Cư Pui, Hòa Sơn": one holder, the
    shorter name's. Its line "Các cơ quan, đơn vị, địa phương thực hiện … các nhiệm vụ cụ thể sau
    đây:" over the holders' headings leads in to their duties and is none itself."""
    from pipeline.checking import CheckOptions, run_check

    base = ROOT / "corpus" / "ninety-fifth"
    plan = next((base / "plan").iterdir())
    doc = parse(plan)
    # (its reporting part asks for a progress report: "Báo cáo tiến độ thực hiện (…) gửi Sở … trước
    # ngày 22/5/2026", not the schedule's "báo cáo thuyết minh" of 15/6)
    assert doc.deadlines == {"plan": "2026-03-27", "report": "2026-05-22"}
    assert not [d for d in doc.duties if d.text.startswith("Các cơ quan, đơn vị, địa phương thực hiện")]
    assert {d.body for d in doc.duties if d.text.startswith(("Trích lục bản đồ", "Cập nhật kết quả kiểm kê"))} == {
        "Văn phòng Đăng ký đất đai"}
    run = run_check(CheckOptions(plan, base / "inbox", base / "roster.yaml", jobs=1))
    communes = {d.body_id for d in run.plan.duties if "ubnd-cac-xa" in d.body_id or "uy-ban-nhan-dan-cac-xa" in d.body_id}
    assert communes == {"uy-ban-nhan-dan-cac-xa"}
    assert sum(d.body_id == "uy-ban-nhan-dan-cac-xa" for d in run.plan.duties) >= 6


def test_a_report_form_plan_and_the_workbooks_that_answer_it():
    """A Sở's plan (ninety-seventh) whose report clause holds a ";" in brackets ("… (các đơn vị
    thuộc Sở … theo Biểu mẫu số 01; Ủy ban nhân dân các xã … số 02), gửi … trước ngày 20/6/2026")
    still sets the report's day; its item "7. Ủy ban nhân dân các xã, phường thí điểm" opens with
    "Đề nghị … thực hiện các nội dung sau:", which is no duty and asks its items a) … đ) of them. A
    report form's row with no figure in any result column ("4.1 | Số tin, bài … | Tin, bài |  |  |")
    takes nothing up; a row with figures does."""
    base = ROOT / "corpus" / "ninety-seventh"
    plan = parse(next((base / "plan").iterdir()))
    assert plan.deadlines["report"] == "2026-06-20"
    asked = [d for d in plan.duties if d.body_id.startswith("uy-ban-nhan-dan-cac-xa")]
    assert len(asked) == 5 and {d.role for d in asked} == {"requested"}
    assert not any(d.text.startswith("Đề nghị Ủy ban nhân dân các xã") for d in plan.duties)
    from pipeline.parsing import parse as parse_file

    book = parse_file(base / "inbox" / "TTYT KV BMT" / "TH bao cao 6T cac xa phuong thi diem PHCN.xlsx", split=True)
    hoa_phu = next(d for d in book.documents if "Hòa Phú" in (d.meta.issuer or ""))
    rows = {t.text.split(";")[0]: t.status for t in hoa_phu.tasks}
    assert rows["Số tin, bài phát trên hệ thống truyền thanh cơ sở"] == "no_figure"
    assert rows["Số người khuyết tật hưởng trợ cấp xã hội hằng tháng"] is None


def test_a_plan_and_reports_of_the_armed_forces():
    """A provincial military command's plan (one-hundredth) gives duties to border posts named by
    their crossing ("Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị", a field a proper name completes)
    and to "6. UBND các xã biên giới: Đồng Đăng, Thụy Hùng, Ba Sơn, Mẫu Sơn", whose names are its
    members, no duty; a post's report is headed "BĐBP TỈNH LẠNG SƠN" / "ĐỒN BIÊN PHÒNG MẪU SƠN"."""
    assert canonical_body("Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị chủ trì").name == (
        "Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị")
    base = ROOT / "corpus" / "one-hundredth"
    plan = parse(next((base / "plan").iterdir()))
    held: dict[str, int] = {}
    for d in plan.duties:
        held[d.body] = held.get(d.body, 0) + 1
    assert held["Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị"] == 3 and held["Đồn Biên phòng Mẫu Sơn"] == 2
    assert not any(d.text.startswith("Đồng Đăng, Thụy Hùng") for d in plan.duties)
    quick = parse(base / "inbox" / "Bao cao nhanh 09 DBP Mau Son 14.3.2026.pdf")
    assert (quick.meta.parent_issuer, quick.meta.issuer) == ("Bộ đội Biên phòng tỉnh Lạng Sơn", "Đồn Biên phòng Mẫu Sơn")


def test_duties_given_by_pointing_at_the_plans_own_items():
    """A city's plan (one-hundred-second) states its work in "II. NHIỆM VỤ, GIẢI PHÁP" and an
    appendix list, both without holders, and assigns it by number: "chủ trì thực hiện các nhiệm vụ
    tại điểm 1, điểm 2 Mục II và hoạt động số 1 tại Phụ lục", "Phối hợp với Sở Công Thương thực
    hiện nhiệm vụ tại điểm 2 Mục II", "các hoạt động từ số 5 đến số 7 tại Phụ lục": each item
    pointed at is a duty of the holder, in the item's words, with the pointer's role and the
    appendix row's time; a special zone ("đặc khu") is of the communes' level, no other place's."""
    from pipeline.checking.holders import elsewhere

    plan = parse(next((ROOT / "corpus" / "one-hundred-second" / "plan").iterdir()))
    assert len(plan.duties) == 18
    trade = [d for d in plan.duties if d.body == "Sở Công Thương"]
    assert [d.text[:30] for d in trade[:3]] == ["Tuyên truyền, phổ biến pháp lu", "Tăng cường kiểm tra, kiểm soát",
                                               "Tổ chức chuỗi hoạt động hưởng "]
    police = {d.role: d.text[:30] for d in plan.duties if d.body_id == "cong-an-thanh-pho"}
    assert police == {"lead": "Phòng ngừa, phát hiện, xử lý c", "support": "Tăng cường kiểm tra, kiểm soát"}
    communes = [d for d in plan.duties if d.body_id.startswith("uy-ban-nhan-dan-cac-xa")]
    assert [d.deadline for d in communes] == [None, "2026-06-30", "2026-06", "2026-09"]
    assert not elsewhere("Ủy ban nhân dân đặc khu Cát Hải", None, "Ủy ban nhân dân thành phố Hải Phòng", None)


def test_a_matrix_whose_supporters_must_report_gives_them_duties_of_their_own():
    """one-hundred-third: a matrix under abbreviated headers ("Phòng VH-XH", "VP HĐND-UBND", "BCHQS
    xã", "TYT", "Các thôn, TDP"), cells "CT"/"PH", in a plan that asks units to report "kết quả
    thực hiện nhiệm vụ chủ trì, nhiệm vụ phối hợp": every marked cell is a duty, "PH" a duty to
    support; a column the gazetteer does not know is the unit its header names. thirty-third's
    matrix, whose plan asks only the leads to report, gives duties to its leads alone."""
    plan = parse(next((ROOT / "corpus" / "one-hundred-third" / "plan").iterdir()))
    roles = [(d.body, d.role) for d in plan.duties if d.text.startswith("Tổ chức Lễ dâng hương")]
    assert roles == [("VP HĐND - UBND", "lead"), ("Ban Chỉ huy quân sự xã", "lead"),
                     ("Phòng Văn hóa - Xã hội", "support"), ("Công an xã", "support"), ("Trạm Y tế", "support"),
                     ("Ủy ban Mặt trận Tổ quốc Việt Nam", "support"), ("Các thôn, tổ dân phố", "support")]
    assert len(plan.duties) == 42 and not [d for d in plan.duties if d.text.isupper()]
    older = parse(next((ROOT / "corpus" / "thirty-third" / "plan").iterdir()))
    assert older.duties and "support" not in {d.role for d in older.duties}


def test_a_gantt_charts_rows_and_a_unit_plans_months():
    """one-hundred-sixth: the duties are the rows of a chart of months marked "x" (T1 … T12), each
    due at the end of its last marked month, a lead the gazetteer does not know ("Các Trạm Khuyến
    nông khu vực") included; a unit plan's own chart dates each of its rows the same way."""
    from pipeline.checking.coverage import evidence_tasks

    base = ROOT / "corpus" / "one-hundred-sixth"
    plan = parse(next((base / "plan").iterdir()))
    stations = [(d.text[:20], d.deadline) for d in plan.duties if d.body == "Các Trạm Khuyến nông khu vực"]
    assert stations == [("Khảo sát, lựa chọn đ", "2026-03"), ("Hướng dẫn kỹ thuật, ", "2026-11"),
                        ("Duy trì hoạt động cá", "2026-12")]
    moc_chau = parse(base / "inbox" / "Tram KN Moc Chau - KH hoat dong 2026.pdf")
    when = {t.text[:20]: t.when for t in evidence_tasks(moc_chau)}
    assert when["Khảo sát, lựa chọn đ"] == "2026-04" and when["Hướng dẫn kỹ thuật, "] == "2026-12"


def test_a_ministrys_holders_and_the_deadline_that_ends_the_work():
    """one-hundred-eighth: a ministry's plan names its research institute ("Viện Khoa học Lâm nghiệp
    Việt Nam"), the provinces as a collective ("Ủy ban nhân dân các tỉnh: Thanh Hóa, …") and asks
    "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"; one-hundred-seventh: of two days in a duty
    ("… tồn đọng phát sinh trước ngày 01/7/2025 …; hoàn thành trước ngày 30/6/2026") the one that
    ends the work is its deadline."""
    from extractors.bodies import canonical_body
    from extractors.dates import deadline_of

    assert canonical_body("Ủy ban nhân dân các tỉnh").collective
    assert canonical_body("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương").collective
    assert canonical_body("Viện Khoa học Lâm nghiệp Việt Nam").name == "Viện Khoa học Lâm nghiệp Việt Nam"
    assert canonical_body("nhập viện điều trị") is None
    plan = parse(next((ROOT / "corpus" / "one-hundred-eighth" / "plan").iterdir()))
    holders = {d.body: d.role for d in plan.duties}
    assert holders["Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"] == "requested"
    assert "Viện Khoa học Lâm nghiệp Việt Nam" in holders and len(plan.duties) == 15
    assert deadline_of("Rà soát các trường hợp tồn đọng phát sinh trước ngày 01/7/2025 tại các phường; lập hồ sơ; "
                       "hoàn thành trước ngày 30/6/2026.", 2026) == "2026-06-30"
    assert deadline_of("Tổ chức kiểm tra trước ngày 15/3/2026 và báo cáo trước ngày 30/3/2026.", 2026) == "2026-03-15"


def test_a_quy_che_issued_by_a_decision():
    """one-hundred-eleventh: a Quyết định whose Quy chế gives each body an article ("Điều 8. Trách
    nhiệm của Công an tỉnh"): the decision's article naming who executes it ("Chánh Văn phòng …;
    Giám đốc các sở: … chịu trách nhiệm thi hành Quyết định này") is no duty; a khoản that only
    names the field of its điểm ("1. Quản lý cư trú, đi lại …:") is none either, its điểm are; an
    article of two bodies ("Trách nhiệm của Sở Tài chính và Ban Quản lý Khu kinh tế tỉnh") gives
    each of them the khoản that names no holder of its own."""
    from extractors.bodies import find_bodies

    assert [b.name for b in find_bodies("Sở Giáo dục và Đào tạo, Sở Y tế")] == ["Sở Giáo dục và Đào tạo", "Sở Y tế"]
    assert [b.name for b in find_bodies("Sở Văn hóa, Thể thao và Du lịch")] == ["Sở Văn hóa, Thể thao và Du lịch"]
    plan = parse(next((ROOT / "corpus" / "one-hundred-eleventh" / "plan").iterdir()))
    assert not [d for d in plan.duties if "thi hành" in d.text or d.text.startswith("Chánh Văn phòng")]
    police = [d.text[:20] for d in plan.duties if d.body_id == "cong-an-tinh"]
    assert police[:2] == ["Chỉ đạo Công an cấp ", "Định kỳ 06 tháng hoặ"] and len(police) == 4
    first = [d.body_id for d in plan.duties if d.text.startswith("Trong thời hạn 10 ngày làm việc")]
    assert first == ["so-tai-chinh", "ban-quan-ly-khu-kinh-te-tinh"]
    assert [d.body_id for d in plan.duties if d.text.startswith("Sở Tài chính tham mưu")] == ["so-tai-chinh"]


def test_deadlines_counted_from_a_day_the_plan_names_once():
    """one-hundred-twelfth: an election plan dates election day once ("1. Ngày bầu cử: Chủ nhật,
    ngày 15/3/2026") and counts from it: "chậm nhất 40 ngày trước ngày bầu cử" is 03/02, "chậm
    nhất 10 ngày sau ngày bầu cử" 25/3, "đến trước thời điểm bắt đầu bỏ phiếu 24 giờ" 14/3, "trong
    ngày bầu cử" the day itself unless a count is given too; the report is due "chậm nhất 05 ngày
    sau ngày bầu cử". one-hundred-eleventh: the units' plans are due "Trong thời hạn 30 ngày kể từ
    ngày Quy chế này có hiệu lực" of a decision in force "kể từ ngày ký" (09/3/2026), and the
    standing office's own report upward ("Sở Nội vụ tổng hợp, báo cáo … trước ngày 05 tháng 12")
    is not the units' deadline."""
    plan = parse(next((ROOT / "corpus" / "one-hundred-twelfth" / "plan").iterdir()))
    due = {d.text[:25]: d.deadline for d in plan.duties}
    assert due["Tham mưu Ủy ban nhân dân "] == "2026-02-03"
    assert due["Đề nghị Ủy ban bầu cử xã "] == "2026-03-25"
    assert due["Đề nghị Ủy ban Mặt trận T"] == "2026-03-14"
    assert due["Tổ chức bỏ phiếu đúng quy"] == "2026-03-15"
    assert due["Tổng hợp tình hình, báo c"] == "2026-03-20"
    assert plan.deadlines == {"plan": "2026-01-16", "report": "2026-03-20"}
    rules = parse(next((ROOT / "corpus" / "one-hundred-eleventh" / "plan").iterdir()))
    assert rules.deadlines == {"plan": "2026-04-08", "report": "2026-11-20"}


def test_a_telecom_unit_and_an_item_cut_at_its_colon():
    """one-hundred-thirteenth: "8. Viễn thông Tuyên Quang" (VNPT's provincial unit) is a holder; an
    item whose title was cut at its colon ("b) Triển khai mô hình bảo vệ 4 lớp: phân công công chức
    …") is one duty with the sentence that goes on after it; "Khi xảy ra sự cố …, cơ quan, đơn vị
    báo cáo ngay …" is everyone's reporting rule, no duty."""
    plan = parse(next((ROOT / "corpus" / "one-hundred-thirteenth" / "plan").iterdir()))
    holders = {d.body_id for d in plan.duties}
    assert "vien-thong-tuyen-quang" in holders and not [h for h in holders if h.startswith("cac-co-quan")]
    assert any(d.text.startswith("Triển khai mô hình bảo vệ 4 lớp: phân công công chức") for d in plan.duties)


def test_a_table_of_one_row_per_unit_with_several_tasks_in_a_cell():
    """one-hundred-sixteenth: "TT | Cơ quan, đơn vị | Nhiệm vụ | Thời hạn hoàn thành", one row per
    unit, its task cell listing dashed tasks on lines of their own and its time cell their
    deadlines line by line: each task is a duty with the deadline of its line; a row of two bodies
    gives each of them every task of the row."""
    plan = parse(next((ROOT / "corpus" / "one-hundred-sixteenth" / "plan").iterdir()))
    culture = [(d.text[:24], d.deadline) for d in plan.duties if d.body_id == "so-van-hoa-the-thao-va-du-lich"
               and d.section == "III"]
    assert culture == [("Rà soát, đánh giá hiện t", "2026-03"), ("Tổ chức 04 lớp tập huấn ", "2026-06-30"),
                       ("Xây dựng, ban hành bộ ti", "2026-06"), ("Xúc tiến, quảng bá sản p", "2026")]
    both = [d.body_id for d in plan.duties if d.text.startswith("Phối hợp với các doanh nghiệp viễn thông")]
    assert both == ["so-cong-thuong", "so-khoa-hoc-va-cong-nghe"]


@pytest.mark.parametrize("title, name", [
    ("Tổ chức Nước sạch Vùng cao (Highland Water Trust - HWT)", "Tổ chức Nước sạch Vùng cao"),
    ("Tổ chức Plan International", "Tổ chức Plan International"),
    ("Tổ chức Lễ phát động", None),
    ("Tổ chức Hội thi Tìm hiểu pháp luật (HTPL)", None),
    ("Tổ chức lễ mít tinh", None)])
def test_an_organisation_known_by_a_name_in_latin_letters_holds_its_heading(title, name):
    """one-hundred-seventeenth: "6. Tổ chức Nước sạch Vùng cao (Highland Water Trust - HWT)" names
    an NGO the plan asks to join in; "Tổ chức Lễ phát động" is the verb before an event."""
    from extractors.duties import heading_holder

    body = heading_holder(title)
    assert (body.name if body else None) == name


@pytest.mark.parametrize("text, year, due", [
    # one-hundred-eighteenth: a Tết plan's lunar days, their year from the document's or a can-chi name
    ("Hoàn thành trước ngày 25 tháng Chạp", 2026, "2026-02-12"),
    ("trước 23 tháng Chạp năm Ất Tỵ", 2026, "2026-02-10"),
    ("báo cáo trước ngày 15 tháng Giêng năm Bính Ngọ", 2026, "2026-03-03"),
    ("Sau Tết, trước ngày 10 tháng Giêng, tổ chức gặp mặt", 2026, "2026-02-26"),
    ("Tổng vệ sinh, hoàn thành trước Tết Nguyên đán", 2026, "2026-02-17"),
    ("trực từ ngày 27 tháng Chạp năm Ất Tỵ đến hết ngày mùng 6 tháng Giêng năm Bính Ngọ", 2026, "2026-02-22"),
    ("trước ngày 10/12 âm lịch", 2026, "2026-01-28"),
    # a solar range "đến hết ngày" is a range too; other feasts are no Tết Nguyên đán
    ("nghỉ từ ngày 14/02/2026 đến hết ngày 22/02/2026", 2026, "2026-02-22"),
    ("hoàn thành trước Tết Thanh minh", 2026, None),
])
def test_lunar_days_are_read_as_their_solar_days(text, year, due):
    from extractors.dates import deadline_of
    assert deadline_of(text, year) == due


def test_the_units_reporting_rule_and_the_compilers_upward_report_are_no_duties(tmp_path):
    """one-hundred-eighteenth, one-hundred-twenty-first: "Các phòng, đơn vị, tổ dân phố báo cáo kết
    quả thực hiện Kế hoạch …" and "Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh …" in the
    plan's reporting rules give its dates, not duties."""
    plans = {s: next((ROOT / "corpus" / s / "plan").iterdir())
             for s in ("one-hundred-eighteenth", "one-hundred-twenty-first")}
    texts = {s: [d.text for d in parse(p).duties] for s, p in plans.items()}
    assert not any(t.startswith("Các phòng, đơn vị, tổ dân phố báo cáo") for t in texts["one-hundred-eighteenth"])
    assert not any(t.startswith("Sở Tài chính tổng hợp") for t in texts["one-hundred-twenty-first"])
    assert len(texts["one-hundred-twenty-first"]) == 13


def _plan_of(name: str):
    return parse(next((ROOT / "corpus" / name / "plan").iterdir()))


def test_tasks_that_name_their_holders_after_them():
    """one-hundred-twenty-third: under "III. NỘI DUNG, TIẾN ĐỘ VÀ PHÂN CÔNG THỰC HIỆN", tasks name
    their holders after them: "(Trạm Y tế xã chủ trì, tham mưu)", "- Đơn vị thực hiện: Trạm Y tế
    xã; các thôn, tổ dân phố." on a line below, "… do Công an xã thực hiện", two leads joined by a
    comma or "và"; a task with no time of its own is due when its phase ("Giai đoạn 1: Chuẩn bị (từ
    ngày 16/3/2026 đến ngày 05/4/2026)") ends."""
    got = {(d.section, d.body_id): d.deadline for d in _plan_of("one-hundred-twenty-third").duties}
    assert got[("III.1", "tram-y-te-xa")] == "2026-03-20"
    assert ("III.2", "tram-y-te-xa") in got and ("III.2", "cac-thon-to-dan-pho") in got
    assert got[("III.3", "tram-y-te-xa")] == "2026-04-03"
    assert got[("III.4", "phong-van-hoa-xa-hoi")] == "2026-04-05"  # the end of its phase
    assert ("III.8", "cong-an-xa") in got
    assert {b for s, b in got if s == "III.9"} == {"phong-van-hoa-xa-hoi", "doan-thanh-nien-cong-san-ho-chi-minh-xa"}
    assert {b for s, b in got if s == "III.10"} == {"tram-y-te-xa", "cac-thon-to-dan-pho"}
    assert not [s for s, b in got if s == "III.12"]  # "do Ủy ban nhân dân xã thực hiện": the issuer's own


def test_an_inspection_conclusions_recommendations_are_its_duties():
    """one-hundred-twenty-second: "V. KIẾN NGHỊ, BIỆN PHÁP XỬ LÝ" / "1. Ủy ban nhân dân xã Tam Bình"
    / "a) Thu hồi số tiền … trong thời hạn 30 ngày kể từ ngày ký Kết luận"; the findings ("… do Ủy
    ban nhân dân xã không thực hiện …") and the measures already taken are none."""
    duties = _plan_of("one-hundred-twenty-second").duties
    got = {(d.section, d.body_id): d.deadline for d in duties}
    assert got[("V.1.a", "uy-ban-nhan-dan-xa-tam-binh")] == "2026-09-19"
    assert len([d for d in duties if d.section.startswith("V.")]) == 20
    assert not [d for d in duties if d.section.startswith(("II", "IV"))]


def test_the_named_holders_asked_for_their_results_is_no_duty():
    """one-hundred-twenty-fourth: "Phòng Kinh tế, Phòng Văn hóa - Xã hội, …, Trạm Y tế xã báo cáo
    kết quả thực hiện năm 2026 (…) gửi Ủy ban nhân dân xã (qua Phòng Kinh tế) trước ngày 30/11/2026"
    gives the report's date, not a duty."""
    assert not [d for d in _plan_of("one-hundred-twenty-fourth").duties if d.section == "V.2"]


def test_a_report_dated_by_the_lunar_calendar_alone(tmp_path):
    """one-hundred-eighteenth: a hamlet's report signed "Tam Điệp, ngày 12 tháng Giêng năm Bính Ngọ"
    (no year in figures) is of 28/02/2026, Bính Ngọ being the year nearest those it names."""
    path = write(tmp_path, "bc-to-2.txt", """
        BÁO CÁO
        Kết quả tổ chức Tết Nguyên đán Bính Ngọ của Tổ dân phố số 2

        Thực hiện Kế hoạch số 07/KH-UBND ngày 07/01/2026 của UBND phường, Tổ dân phố số 2 báo cáo kết quả như sau:
        Ngày 25 tháng Chạp tổ ra quân tổng vệ sinh các ngõ, có 86 người tham gia.

        Tam Điệp, ngày 12 tháng Giêng năm Bính Ngọ
        Tổ trưởng
        Phạm Văn Lợi
    """)
    assert parse(path).meta.date == "2026-02-28"


def test_a_content_parts_items_that_open_with_their_holder_and_the_appendix_that_restates_them():
    """one-hundred-twenty-sixth: "II. NHIỆM VỤ, GIẢI PHÁP" / "1. Về quy hoạch …" / "a) Sở Nông nghiệp
    và Môi trường chủ trì rà soát …", "b) Đề nghị Ngân hàng Chính sách xã hội Chi nhánh tỉnh …": each
    item a duty of the holder it opens with; the Phụ lục's rows ("1 | Điểm a khoản 1 | Rà soát quỹ đất
    … | Sở Nông nghiệp và Môi trường | 30/6/2026" under "Nhiệm vụ tại Mục II | Nội dung nhiệm vụ")
    restate them (the reference column is where the task stands, not what it is) and give their
    time; "… kịp thời kiến nghị xử lý nhà đầu tư chậm tiến độ" in an item is no assignment part."""
    duties = _plan_of("one-hundred-twenty-sixth").duties
    got = {d.section: d for d in duties}
    assert {s for s in got if s.startswith("II.")} == {f"II.{k}.{p}" for k, ps in
                                                      ((1, "abc"), (2, "abc"), (3, "ab"), (4, "abc"), (5, "abc"), (6, "ab"))
                                                      for p in ps}
    assert not [d for d in duties if d.section.startswith("PL")]  # every row restates a point
    assert got["II.3.b"].body_id.startswith("ngan-hang-chinh-sach-xa-hoi") and got["II.3.b"].role == "requested"
    assert got["II.4.b"].role == "support"
    assert got["II.5.c"].deadline == "2026-12-31"  # (its row: "31/12/2026")
    assert got["II.3.a"].deadline == "2026-03"  # (its row only: "Quý I/2026")


def test_the_states_vertical_agencies_are_bodies():
    """A province's branches of the State bank, treasury and social insurance are holders."""
    names = {t: [b.name for b in find_bodies(t)] for t in (
        "Ngân hàng Chính sách xã hội Chi nhánh tỉnh Bắc Ninh tổ chức cho vay",
        "Kho bạc Nhà nước khu vực IV phối hợp kiểm soát chi",
        "BHXH tỉnh, Kho bạc tỉnh và Sở Tài chính")}
    assert list(names.values()) == [["Ngân hàng Chính sách xã hội Chi nhánh tỉnh Bắc Ninh"],
                                    ["Kho bạc Nhà nước khu vực IV"], ["BHXH tỉnh", "Kho bạc tỉnh", "Sở Tài chính"]]


def test_a_person_named_before_the_post_that_holds_the_work():
    """one-hundred-twenty-fifth: "4. Đồng chí Võ Đình Nam - Công chức Tư pháp - Hộ tịch" over "a) Tổ
    chức 02 buổi phổ biến …": the post holds the items; a name joined by a dash is no person
    ("Hội Nông dân - Hội Cựu chiến binh xã", "Phòng Văn hóa - Xã hội")."""
    got = {(d.section, d.body_id) for d in _plan_of("one-hundred-twenty-fifth").duties}
    assert {("III.4.a", "cong-chuc-tu-phap-ho-tich"), ("III.4.b", "cong-chuc-tu-phap-ho-tich"),
            ("III.6.a", "ban-chi-huy-quan-su-xa")} <= got
    from extractors.duties import heading_holder

    assert heading_holder("Phòng Văn hóa - Xã hội").name == "Phòng Văn hóa - Xã hội"
    assert heading_holder("Hội Nông dân - Hội Cựu chiến binh xã").name == "Hội Nông dân - Hội Cựu chiến binh xã"
