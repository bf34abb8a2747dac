"""check against the demo sets' gold verdicts (corpus/demo: the seed plan and 19
received files; corpus/other: another district, topic and year, held out when the
thresholds of pipeline/match.py were chosen on corpus/demo)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import evaluate_check

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def demo():
    return evaluate_check(CORPUS / "demo" / "gold.json", jobs=2)


@pytest.fixture(scope="module")
def other():
    return evaluate_check(CORPUS / "other" / "gold.json", jobs=2)


def test_demo_meets_the_thresholds(demo):
    acc = demo.accuracy
    assert len(demo.verdicts) >= 90 and not [m for m in demo.misses if m.startswith("file not seen")]
    assert acc(demo.verdicts) >= 0.90, demo.misses  # measured 0.980
    assert acc(demo.statuses) >= 0.95 and acc(demo.roles) >= 0.95
    assert acc(demo.senders) >= 0.95 and acc(demo.on_time) >= 0.9


def test_other_locality_works_with_only_a_roster(other):
    acc = other.accuracy
    assert acc(other.verdicts) >= 0.85, other.misses  # measured 0.967
    assert acc(other.senders) >= 0.95 and acc(other.statuses) == 1.0


@pytest.fixture(scope="module")
def third():
    return evaluate_check(CORPUS / "third" / "gold.json", jobs=2)


def test_a_southern_district_with_provincial_parent_bodies(third):
    """corpus/third: written by a helper who saw neither the program nor its output. Its
    first run found two faults (since fixed, in general form): units whose parent body is a
    provincial one (Sở Y tế tỉnh, Hội LHPN tỉnh) were taken for another district's, and
    a unit plan's funding section was not read as its answer to a funding duty."""
    acc = third.accuracy
    assert acc(third.verdicts) >= 0.90, third.misses  # measured 1.000 (0.879 on the first run)
    assert acc(third.senders) == 1.0 and acc(third.statuses) == 1.0 and acc(third.on_time) == 1.0


@pytest.mark.parametrize("issuer, parent, plan_issuer, plan_parent, other_place", [
    ("Trung tâm Y tế huyện Châu Thành", "Sở Y tế tỉnh Tiền Giang", "Ủy ban nhân dân huyện Châu Thành", None, False),
    ("Hội Liên hiệp Phụ nữ huyện", "Hội Liên hiệp Phụ nữ tỉnh Tiền Giang", "Ủy ban nhân dân huyện Châu Thành", None,
     False),
    ("Phòng Nội vụ", "Ủy ban nhân dân thị xã Hương Trà", "Ủy ban nhân dân thị xã Hương Trà", None, False),
    ("Phòng Nội vụ", "Ủy ban nhân dân thị xã Hương Thủy", "Ủy ban nhân dân thị xã Hương Trà", None, True),
    ("Công an huyện Phong Điền", "Công an tỉnh Thừa Thiên Huế", "Ủy ban nhân dân thị xã Hương Trà", None, True),
    ("Phòng Giáo dục và Đào tạo", "Ủy ban nhân dân huyện Krông Pắc", "Sở Giáo dục và Đào tạo",
     "Ủy ban nhân dân tỉnh Đắk Lắk", False),
    ("Trung tâm Y tế", "Sở Y tế tỉnh Bình Định", "Ủy ban nhân dân thị xã Hương Trà",
     "Ủy ban nhân dân tỉnh Thừa Thiên Huế", True),
    ("Ủy ban nhân dân xã Long Hưng", "Ủy ban nhân dân huyện Gò Công Tây", "Ủy ban nhân dân huyện Châu Thành", None,
     True),
    # an OCR'd header whose two lines ran together: the last place named is the unit's own
    ("Công an tỉnh Thừa Thiên Huế Công an thị xã Hương Trà", None, "Ủy ban nhân dân thị xã Hương Trà", None, False),
])
def test_a_unit_of_another_place_is_told_by_its_names(issuer, parent, plan_issuer, plan_parent, other_place):
    from pipeline.holders import elsewhere

    assert elsewhere(issuer, parent, plan_issuer, plan_parent) is other_place


@pytest.fixture(scope="module")
def fourth():
    return evaluate_check(CORPUS / "fourth" / "gold.json", jobs=2)


def test_a_province_plan_with_an_assignment_table_and_no_roster(fourth):
    """corpus/fourth, written blind: duties in a table (lead, support, time columns), three
    rows led by "UBND các huyện, thị xã, thành phố" answered by the districts that sent
    something, no roster at all, a duplicate, an unrelated letter, a late plan."""
    acc = fourth.accuracy
    assert not [m for m in fourth.misses if m.startswith("file not seen")]
    assert acc(fourth.verdicts) >= 0.85, fourth.misses  # measured 0.906 on its first run, 0.938 now
    assert acc(fourth.senders) == 1.0 and acc(fourth.statuses) == 1.0 and acc(fourth.roles) == 1.0
    assert acc(fourth.on_time) == 1.0


@pytest.fixture(scope="module")
def fifth():
    return evaluate_check(CORPUS / "fifth" / "gold.json", jobs=2)


def test_the_messy_files_a_commune_clerk_receives(fifth):
    """corpus/fifth, written blind: a TCVN3 DOCX, a scanned plan, a phone photo of page 1,
    a .doc, a plan that does not cite the master plan, a combined report, abbreviated
    headers, a draft and its signed version, a duplicate from the e-mail folder."""
    acc = fifth.accuracy
    assert not [m for m in fifth.misses if m.startswith("file not seen")]
    assert acc(fifth.verdicts) >= 0.90, fifth.misses  # measured 0.929 on its first run, 0.976 now
    assert acc(fifth.senders) == 1.0 and acc(fifth.statuses) == 1.0 and acc(fifth.roles) == 1.0
    assert acc(fifth.on_time) == 1.0


def test_a_unit_plan_answers_the_duty_to_make_one():
    from pipeline.match import Similarity, judge, says_plan_issued

    duty = ("Xây dựng kế hoạch triển khai cụ thể của đơn vị; kiện toàn Ban Chỉ đạo cấp xã trong quý I; "
            "bố trí kinh phí từ ngân sách địa phương")
    tasks = ["Kiện toàn Ban Chỉ đạo của xã trong tháng 3/2024", "Bố trí 20.000.000 đồng kinh phí từ ngân sách xã",
             "Tổ chức 04 buổi tuyên truyền phòng, chống ma túy tại các xóm"]
    sim = Similarity([duty] + tasks)
    assert judge(duty, tasks, sim).status == "partial"  # a report that says nothing of a plan
    assert judge(duty, tasks, sim, own_plan=True).status == "covered"  # the plan itself
    assert says_plan_issued(["Ban hành Kế hoạch số 12/KH-UBND ngày 11/3/2024; kiện toàn Ban Chỉ đạo xã"])
    assert not says_plan_issued(["Tổ chức 12 buổi tuyên truyền theo kế hoạch của huyện"])


def test_each_activity_of_a_listing_paragraph_is_compared():
    """One paragraph of a unit's plan that lists its activities separated by ";" answers each
    part of a three-part duty, though the paragraph as a whole dilutes two of them below the
    threshold."""
    from pipeline.match import PART_COVERED, Similarity, judge, parts

    duty = ("Kiện toàn Ban Chỉ đạo phòng, chống tội phạm cấp xã; bố trí kinh phí thực hiện công tác phòng, chống "
            "ma túy; đăng ký và phấn đấu xây dựng xã, thị trấn không ma túy")
    listing = "; ".join([
        "Kiện toàn Ban Chỉ đạo của xã trong tháng 3/2024",
        "bố trí 20.000.000 đồng kinh phí từ ngân sách xã",
        "đăng ký với Ủy ban nhân dân huyện phấn đấu đạt tiêu chí xã không ma túy năm 2024",
        "tổ chức hội thi tìm hiểu pháp luật cho đoàn viên, hội viên các chi hội phụ nữ, nông dân, cựu chiến binh",
        "lắp đặt 05 cụm loa truyền thanh tại các xóm vùng giáp ranh với huyện bạn",
        "vận động các dòng họ ký cam kết gia đình không có người vi phạm pháp luật",
        "duy trì sinh hoạt câu lạc bộ gia đình hạnh phúc tại 12 xóm",
        "nhân rộng mô hình camera an ninh do nhân dân đóng góp tại các trục đường chính",
        "khen thưởng kịp thời tập thể, cá nhân có thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc"])
    other = ["Tổ chức 04 buổi tuyên truyền tại các xóm về tác hại của ma túy tổng hợp",
             "Rà soát, lập danh sách người sử dụng trái phép chất ma túy trên địa bàn xã",
             "Phối hợp Công an huyện kiểm tra các cơ sở kinh doanh dịch vụ karaoke trên địa bàn"]
    sim = Similarity([duty, listing] + other)
    assert (sim.matrix(parts(duty), [listing]).ravel() < PART_COVERED).sum() == 2
    verdict = judge(duty, [listing] + other, sim)
    assert (verdict.status, verdict.parts_covered, verdict.task_index) == ("covered", 3, 0)


@pytest.fixture(scope="module")
def sixth():
    return evaluate_check(CORPUS / "sixth" / "gold.json", jobs=2)


def test_a_departments_plan_issued_with_a_decision(sixth):
    """corpus/sixth, written blind: a Sở's Quyết định with the plan attached in the same file,
    units citing the decision, the plan, or neither by number; the Sở's own offices sending
    internal documents without a number; schools and district offices as members of two
    collectives ("Các trường THPT trực thuộc", "Phòng GD&ĐT các huyện, thị xã, thành phố")."""
    acc = sixth.accuracy
    assert not [m for m in sixth.misses if m.startswith("file not seen")]
    assert acc(sixth.verdicts) >= 0.90, sixth.misses  # 0.200 on its first run (no duty found), 0.960 now
    assert acc(sixth.senders) == 1.0 and acc(sixth.statuses) == 1.0 and acc(sixth.roles) == 1.0
    assert acc(sixth.on_time) == 1.0


@pytest.fixture(scope="module")
def seventh():
    return evaluate_check(CORPUS / "seventh" / "gold.json", jobs=2)


def test_a_communes_plan_whose_holders_label_their_paragraphs(seventh):
    """corpus/seventh, written blind: a commune's plan whose assignment part is paragraphs
    "- Công an xã: …" (no numbered headings), a paragraph going on with the previous holder's
    duties, village heads and schools as members, executives sending for their body ("BCH Hội
    LHPN xã", "BCH Đoàn xã" under "HUYỆN ĐOÀN …"), village units under the commune's UBND."""
    acc = seventh.accuracy
    assert not [m for m in seventh.misses if m.startswith("file not seen")]
    assert acc(seventh.verdicts) >= 0.90, seventh.misses  # 0.125 on its first run (no duty found), 1.000 now
    assert acc(seventh.senders) == 1.0 and acc(seventh.statuses) == 1.0 and acc(seventh.roles) == 1.0
    assert acc(seventh.on_time) == 1.0
