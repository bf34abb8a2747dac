from __future__ import annotations

import pytest
from conftest import write
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
