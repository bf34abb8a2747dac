"""Issue #17: judging coverage as a careful reader would. Deferrals and negations do not
take a duty up; a report's status column sets the verdict; the rule data is judgement.yaml."""

from __future__ import annotations

import json
from pathlib import Path

import builders
import pytest
from conftest import ROOT

from extractors.tasks import not_taken_up, status_of, taken_up
from pipeline.checking import CheckOptions, run_check


@pytest.mark.parametrize("cell,status", [
    ("Đã hoàn thành", "done"), ("Hoàn thành", "done"), ("hoàn thành 100%", "done"), ("Đạt", "done"),
    ("Đang thực hiện", "in_progress"), ("Hoàn thành 50%", "in_progress"), ("Chưa hoàn thành", "in_progress"),
    ("Chưa thực hiện.", "not_done"), ("Chưa triển khai", "not_done"), ("Không", "not_done"), ("0%", "not_done"),
    ("Tổ chức 12 buổi tuyên truyền tại các thôn", None), ("15/12/2024", None), ("Quý II/2024", None),
    ("Sở Tài nguyên và Môi trường", None), ("", None)])
def test_a_status_cell_says_how_far_the_activity_went(cell, status):
    assert status_of(cell) == status


@pytest.mark.parametrize("text,kept", [
    # deferred or conditional: nothing of it is taken up
    ("Đối với nội dung tập huấn cho cán bộ cấp xã, Sở sẽ triển khai khi được Ủy ban nhân dân tỉnh bố trí kinh phí.",
     ""),
    ("Mô hình trường học không rác thải nhựa năm 2025 mới thực hiện.", ""),
    # put off, stopped, waiting, not fit, not able: in other words than "chưa" and "sẽ … khi"
    ("Việc bố trí lực lượng tham gia diễn tập lùi sang mùa khô năm sau.", ""),
    # what is put off stands between: forty-sixth's Ban Xây dựng Đảng
    ("Ban Xây dựng Đảng đề nghị Thường trực Đảng ủy cho lùi thời gian trình Chương trình hành động sang Hội nghị "
     "Ban Chấp hành Đảng bộ xã tháng 01/2026.", ""),
    # a file sent on to another body is work done, not put off
    ("Chuyển 19 hồ sơ sang Tòa án nhân dân huyện trong tháng 3/2024.", None),
    ("Lãnh đạo Trung tâm tham dự đầy đủ các cuộc giao ban quý. Việc kiểm tra tại xã Đào Hữu Cảnh chuyển sang thực "
     "hiện trong quý I/2024.", "Lãnh đạo Trung tâm tham dự đầy đủ các cuộc giao ban quý."),
    ("Diễn tập chữa cháy rừng cấp huyện dừng thực hiện do trùng thời gian diễn tập khu vực phòng thủ.", ""),
    ("Việc bố trí 02 chốt canh lửa đang chờ ý kiến của Vườn quốc gia Chư Yang Sin về vị trí đặt chốt.", ""),
    ("Nội dung này không còn phù hợp nên không thực hiện. Tổ chức ký cam kết với 135 hộ.",
     "Tổ chức ký cam kết với 135 hộ."),
    ("Trang bị dụng cụ chữa cháy: đề nghị huyện hỗ trợ kinh phí để thực hiện.", ""),
    ("Việc huy động xe bồn chưa đủ điều kiện triển khai do Công ty chỉ có 01 xe.", ""),
    # "this item is not done" (its heading says which): twenty-ninth's Sở Tài chính
    ("Nội dung này chưa thực hiện do Ủy ban nhân dân tỉnh chưa ban hành quy định giá dịch vụ. Tổ chức tập huấn "
     "cho 102 xã, phường.", "Tổ chức tập huấn cho 102 xã, phường."),
    # handed to a document of its own, not said here (thirtieth's Trạm Y tế)
    ("Công tác phòng, chống sốt xuất huyết năm 2026 thực hiện theo Kế hoạch phòng, chống dịch bệnh truyền nhiễm "
     "riêng của Trạm Y tế. Kiểm tra 45 cơ sở kinh doanh thức ăn đường phố.", "Kiểm tra 45 cơ sở kinh doanh thức ăn đường phố."),
    # people who did not comply are no refusal of the unit's activity
    ("Nhắc nhở 12 hộ chưa thực hiện phân loại rác tại nguồn.", None),
    # a change of crop is no deferral
    ("Người dân đã chuyển sang trồng cà phê trên diện tích rẫy cũ.", None),
    ("Ngành Giáo dục không tổ chức hoạt động riêng hưởng ứng Chiến dịch trong năm 2024.", ""),
    # one clause negated, the other stands
    ("Việc rà soát các điểm tồn đọng rác thải chưa tổ chức được do chưa bố trí được kinh phí; đề nghị bổ sung vào "
     "kế hoạch năm 2025. Tổ chức ra quân dọn vệ sinh tại 5 xã.", "Tổ chức ra quân dọn vệ sinh tại 5 xã."),
    # not a negation of the unit's own activity: kept whole
    ("Vận động các hộ gia đình chưa đồng ý cho phun hóa chất; lập biên bản các trường hợp vi phạm.", None),
    ("Xây dựng xã không ma túy, không có tệ nạn xã hội.", None),
    ("Tuyên truyền để người dân không xả rác thải nhựa xuống kênh rạch.", None),
    # the deferment a law grants is work to review, not the unit's own putting off (fifty-first)
    ("Xét duyệt tạm hoãn gọi nhập ngũ 31 trường hợp, miễn gọi nhập ngũ 02 trường hợp.", None),
    ("Hội đồng Nghĩa vụ quân sự xã họp xét duyệt các trường hợp tạm hoãn, miễn gọi nhập ngũ ngày 15/11/2024.", None),
    ("Hội thi tạm hoãn do trùng lịch kiểm tra học kỳ.", ""),
    # the work named with a comma in it (eighty-ninth's Sở Văn hóa, Thể thao và Du lịch)
    ("Hướng dẫn 04 xã. Việc tổ chức đánh giá, rút kinh nghiệm mô hình điểm chưa thực hiện trong tháng 10/2026 như Kế "
     "hoạch.", "Hướng dẫn 04 xã.")])
def test_clauses_that_defer_or_negate_an_activity_do_not_take_it_up(text, kept):
    assert taken_up(text) == (text if kept is None else kept)


PLAN = """ỦY BAN NHÂN DÂN
HUYỆN CHÂU THÀNH
Số: 21/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Châu Thành, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Giảm thiểu chất thải nhựa năm 2024

I. MỤC ĐÍCH
Nâng cao nhận thức về giảm thiểu chất thải nhựa trên địa bàn huyện.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Tài nguyên và Môi trường
a) Tổ chức lễ mít tinh hưởng ứng Ngày Môi trường thế giới 5/6 và ra quân thu gom rác thải nhựa tại các chợ.
b) Biên soạn, phát hành sổ tay hướng dẫn phân loại rác thải tại nguồn cho hộ gia đình.
c) Kiểm tra việc thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt tại các xã, thị trấn.
d) Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân huyện.
III. CHẾ ĐỘ BÁO CÁO
Các cơ quan, đơn vị xây dựng kế hoạch gửi UBND huyện trước ngày 25/3/2024; báo cáo kết quả thực hiện trước ngày 20/11/2024.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""

REPORT = """ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH
PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số: 88/BC-TNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Châu Thành, ngày 12 tháng 11 năm 2024

BÁO CÁO
Kết quả thực hiện Kế hoạch số 21/KH-UBND ngày 05/3/2024 về giảm thiểu chất thải nhựa năm 2024

I. KẾT QUẢ THỰC HIỆN
| STT | Nhiệm vụ | Kết quả | Tình trạng |
| 1 | Tổ chức lễ mít tinh hưởng ứng Ngày Môi trường thế giới 5/6 và ra quân thu gom rác thải nhựa tại các chợ | Đã tổ chức ngày 05/6/2024 với 500 người tham dự | Đã hoàn thành |
| 2 | Biên soạn, phát hành sổ tay hướng dẫn phân loại rác thải tại nguồn cho hộ gia đình | Đang biên soạn, dự kiến phát hành tháng 12/2024 | Đang thực hiện |
| 3 | Kiểm tra việc thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt tại các xã, thị trấn | | Chưa thực hiện |

Nơi nhận:
- UBND huyện;
- Lưu: VT.
TRƯỞNG PHÒNG
Trần Thị Bình
"""


def _report_run(tmp_path):
    """The plan and the department's report with a status column, checked."""
    (tmp_path / "inbox").mkdir()
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(PLAN, encoding="utf-8")
    (tmp_path / "inbox" / "BC 88 TNMT.txt").write_text(REPORT, encoding="utf-8")
    return run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1))


def test_a_reports_status_column_sets_its_verdicts(tmp_path):
    run = _report_run(tmp_path)
    (report,) = run.files
    assert report.role == "report" and report.holder.body_id == "phong-tai-nguyen-va-moi-truong"
    got = {r.duty_text.split()[0]: r.status for r in run.coverage if r.kind == "report"}
    assert (got["Tổ"], got["Biên"], got["Kiểm"]) == ("covered", "partial", "missing")


FIGURES = """ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH
PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số: 90/BC-TNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Châu Thành, ngày 14 tháng 11 năm 2024

BÁO CÁO
Số liệu kết quả thực hiện Kế hoạch số 21/KH-UBND ngày 05/3/2024 về giảm thiểu chất thải nhựa năm 2024

| STT | Nội dung | Đơn vị tính | Số lượng | Ghi chú |
| 1 | Lễ mít tinh hưởng ứng Ngày Môi trường thế giới 5/6, ra quân thu gom rác thải nhựa tại các chợ | Cuộc | 01 | Tổ chức ngày 05/6/2024 tại chợ thị trấn, 500 người tham dự |
| 2 | Sổ tay hướng dẫn phân loại rác thải tại nguồn cho hộ gia đình | Cuốn | 0 | Chưa biên soạn do chưa bố trí kinh phí |
| 3 | Cuộc kiểm tra việc thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt tại các xã | Cuộc | 00 | |

Nơi nhận:
- UBND huyện;
- Lưu: VT.
TRƯỞNG PHÒNG
Trần Thị Bình
"""


def test_a_figures_table_row_with_no_figure_takes_nothing_up(tmp_path):
    """A report sent as its "Biểu số liệu" (Nội dung | Đơn vị tính | Số lượng | Ghi chú): a row
    whose figure is none ("0", "00", "-") did nothing, whatever its words; the note says what the figure was
    (thirty-sixth's Mường Đăng, reduced)."""
    (tmp_path / "inbox").mkdir()
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(PLAN, encoding="utf-8")
    (tmp_path / "inbox" / "BC 90 TNMT bieu so lieu.txt").write_text(FIGURES, encoding="utf-8")
    run = run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1))
    got = {r.duty_text.split()[0]: r.status for r in run.coverage if r.kind == "report"}
    assert (got["Tổ"], got["Biên"], got["Kiểm"]) == ("covered", "missing", "missing")
    row = next(r for r in run.coverage if r.kind == "report" and r.duty_text.startswith("Tổ"))
    assert "500 người tham dự" in row.evidence_text


def test_a_partial_verdict_names_its_missing_part_and_is_marked_less_sure():
    from pipeline.checking.similarity import Similarity, judge

    duty = ("Tổ chức tập huấn cho cán bộ phụ trách môi trường cấp xã về phân loại rác thải tại nguồn; "
            "xây dựng mô hình chợ giảm thiểu rác thải nhựa tại thị trấn; "
            "kiểm tra việc thu gom, vận chuyển chất thải rắn sinh hoạt")
    tasks = ["Mở 02 lớp tập huấn cho 120 cán bộ phụ trách môi trường các xã về phân loại rác thải tại nguồn",
             "Kiểm tra việc thu gom, vận chuyển chất thải rắn sinh hoạt tại 8 xã",
             "Trồng 2 km hàng rào cây xanh tại các tuyến đường liên thôn"]
    verdict = judge(duty, tasks, Similarity([duty] + tasks))
    assert verdict.status == "partial"
    assert verdict.missing == ["xây dựng mô hình chợ giảm thiểu rác thải nhựa tại thị trấn"]
    assert len(verdict.found) == 2 and 0 <= verdict.confidence <= 1


def test_the_status_column_verdicts_are_sure(tmp_path):
    run = _report_run(tmp_path)
    rows = {r.duty_text.split()[0]: r for r in run.coverage if r.kind == "report"}
    assert rows["Tổ"].confidence >= 0.9 and rows["Tổ"].check_first == "no"  # "Đã hoàn thành", said by the unit
    # "Đang thực hiện": partial by the rule. How sure that is, is the fitted model's word:
    # until session 11 it was marked as a close call (many readers count ongoing work as taken up),
    # but on 66 sets the readers of the corpus agree with the status column on 36 of 43 such
    # verdicts (84 %, against 81 % for "Đã hoàn thành"). What holds is that the column's word
    # reaches the model as a signal of its own, and the confidence is the model's on the signals.
    from pipeline.checking import confidence

    assert rows["Biên"].status == "partial" and rows["Biên"].signals["said_in_progress"] == 1.0
    assert rows["Biên"].confidence == confidence.confidence(rows["Biên"].signals)
    assert rows["Tổ"].signals["said_done"] == 1.0 and rows["Tổ"].signals.get("said_in_progress", 0.0) == 0.0


# the same report, its results in prose and a part about the next period
NEXT_PERIOD_REPORT = REPORT[:REPORT.index("| STT")].replace("88/BC", "90/BC") + """\
Phòng đã tổ chức lễ mít tinh hưởng ứng Ngày Môi trường thế giới 5/6 với 500 người tham dự và ra quân thu gom rác thải nhựa tại 04 chợ.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI
1. Biên soạn, phát hành sổ tay hướng dẫn phân loại rác thải tại nguồn cho hộ gia đình.
2. Kiểm tra việc thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt tại các xã, thị trấn.
""" + REPORT[REPORT.index("\nNơi nhận:"):]


def test_what_a_report_says_it_will_do_next_takes_no_duty_up(tmp_path):
    """A report's "Phương hướng, nhiệm vụ thời gian tới" lists work still to be done: the duties
    it names there are missing from the report (the same words in a unit plan's tasks count)."""
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(PLAN, encoding="utf-8")
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "BC 90 TNMT.txt").write_text(NEXT_PERIOD_REPORT, encoding="utf-8")
    run = run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1))
    got = {r.duty_text.split()[0]: r.status for r in run.coverage if r.kind == "report"}
    assert (got["Tổ"], got["Biên"], got["Kiểm"]) == ("covered", "missing", "missing")
    from pipeline.checking.coverage import next_period_sections

    (report,) = run.files
    assert len(next_period_sections(report.doc)) >= 1


def test_a_spreadsheet_reports_rows_are_its_activities_with_their_status(tmp_path):
    """A report sent as a spreadsheet has no headings, only its table: each row is an activity,
    its work and what was done, with the row's status; the column header and the merged group
    rows ("I. CẢI CÁCH THỂ CHẾ") are none."""
    from builders import report_xlsx

    from pipeline.parsing import parse

    doc = parse(report_xlsx(tmp_path / "bao-cao.xlsx"))
    assert [(t.status, t.text) for t in doc.tasks] == [
        ("done", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh: Đã rà soát 214 văn bản, "
                 "đề nghị bãi bỏ 12 văn bản"),
        ("in_progress", "Kiểm tra văn bản QPPL cấp huyện: Kiểm tra 35 văn bản của 9 huyện"),
        ("not_done", "Công bố danh mục thủ tục hành chính: Chưa thực hiện do chờ hướng dẫn")]


def test_a_spreadsheet_reports_status_column_sets_its_verdicts(tmp_path):
    """The status column decides in a spreadsheet as in a document's table: the row "Chưa thực
    hiện" restates the duty word for word, and the duty is still missing."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    r = 1
    for line in REPORT.splitlines():
        if line.startswith("|"):
            for c, cell in enumerate(line.strip("| ").split(" | "), 1):
                ws.cell(r, c, cell.strip())
        elif line.strip() and not line.startswith("I. "):
            ws.cell(r, 1, line)
        r += 1
    (tmp_path / "inbox").mkdir()
    wb.save(tmp_path / "inbox" / "Bieu mau BC 88 TNMT.xlsx")
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(PLAN, encoding="utf-8")
    run = run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1))
    (report,) = run.files
    assert report.role == "report" and not report.doc.sections
    got = {r.duty_text.split()[0]: r.status for r in run.coverage if r.kind == "report"}
    assert (got["Tổ"], got["Biên"], got["Kiểm"]) == ("covered", "partial", "missing")


@pytest.mark.parametrize("part,asks", [
    ("Xây dựng, ban hành kế hoạch phòng, chống thiên tai năm 2026 của địa phương", True),
    ("Xây dựng và triển khai kế hoạch tiêm chủng mở rộng của đơn vị", True),
    ("Ban hành kế hoạch thực hiện tại đơn vị", True),
    ("Triển khai kế hoạch đến các cấp Hội", False),
    ("Kiểm tra việc xây dựng kế hoạch của các xã", False)])
def test_a_duty_part_asking_for_the_holders_own_plan(part, asks):
    from pipeline.checking.similarity import asks_for_own_plan

    assert asks_for_own_plan(part) is asks


@pytest.mark.parametrize("text,issued", [
    ("UBND xã ban hành Kế hoạch số 21/KH-UBND ngày 26/02/2026 về phòng, chống thiên tai", True),
    ("Đã xây dựng kế hoạch tuyên truyền năm 2024", True),
    # the master plan the report answers, cited: no plan of the unit's own
    ("(Theo Kế hoạch số 58/KH-UBND ngày 29/01/2024 của UBND huyện Tam Đường)", False),
    ("Thực hiện Kế hoạch số 62/KH-UBND ngày 18/3/2024 của UBND tỉnh", False)])
def test_a_report_says_the_unit_issued_its_plan(text, issued):
    from pipeline.checking.similarity import says_plan_issued

    assert says_plan_issued([text]) is issued


def test_a_letter_reporting_results_is_a_report(tmp_path):
    """A công văn "V/v báo cáo kết quả thực hiện Kế hoạch số …" is the unit's report; its
    activities are judged as a report's are."""
    letter = REPORT.replace("Số: 88/BC-TNMT", "Số: 91/TNMT-MT").replace(
        "BÁO CÁO\nKết quả thực hiện Kế hoạch số 21/KH-UBND ngày 05/3/2024 về giảm thiểu chất thải nhựa năm 2024",
        "V/v báo cáo kết quả thực hiện Kế hoạch số 21/KH-UBND ngày 05/3/2024\nKính gửi: Ủy ban nhân dân huyện Châu Thành")
    assert "V/v báo cáo" in letter
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "CV 91 TNMT.txt").write_text(letter, encoding="utf-8")
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(PLAN, encoding="utf-8")
    run = run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1))
    (fr,) = run.files
    assert fr.doc.meta.doc_type == "CV" and fr.role == "report"
    got = {r.duty_text.split()[0]: r.status for r in run.coverage if r.kind == "report"}
    assert (got["Tổ"], got["Biên"], got["Kiểm"]) == ("covered", "partial", "missing")



def test_what_a_refusal_refuses_is_its_topic_not_its_reason():
    from extractors.tasks import not_taken_up

    assert not_taken_up("Việc bố trí lực lượng, phương tiện tham gia chữa cháy ngoài diện tích Công ty: chưa đủ "
                        "điều kiện triển khai do Công ty chỉ có 01 xe bồn chở nước.") == [
        "Việc bố trí lực lượng, phương tiện tham gia chữa cháy ngoài diện tích Công ty: chưa đủ điều kiện triển khai"]
    # the reason names work that was done (funds for waste collection): it refuses nothing
    (topic,) = not_taken_up("Đối với hoạt động hưởng ứng Chiến dịch: nguồn kinh phí năm 2024 của huyện đã phân bổ "
                            "cho công tác thu gom, vận chuyển rác nên huyện chưa đưa nội dung này vào Kế hoạch.")
    assert "thu gom" not in topic and topic.startswith("Đối với hoạt động hưởng ứng Chiến dịch:")
    # a reason after "do" that runs past a comma to its "nên" (seventy-eighth)
    (topic,) = not_taken_up("Tuy nhiên do chưa bố trí được kinh phí chỉnh trang vỉa hè, hệ thống thu gom rác thải "
                            "nên chưa triển khai xây dựng tuyến phố ẩm thực, đề xuất chuyển sang năm 2027.", True)
    assert "thu gom" not in topic and "tuyến phố ẩm thực" in topic


def test_a_part_the_unit_says_it_has_not_done_is_not_taken_up():
    """The unit trained its rangers and says the training of the village teams waits for the
    province: the duty is partial, whatever the rangers' training shares with its words. A
    refusal that is the closest text to the duty, beside a neighbouring activity, leaves it missing."""
    from pipeline.checking.similarity import Similarity, judge

    duty = ("Tổ chức tập huấn nghiệp vụ PCCCR cho lực lượng bảo vệ rừng chuyên trách của các chủ rừng và tổ đội "
            "quần chúng bảo vệ rừng ở các thôn, buôn")
    done = ["Tổ chức 01 lớp tập huấn nghiệp vụ PCCCR cho 45 nhân viên bảo vệ rừng chuyên trách của các chủ rừng",
            "Lắp đặt 02 camera cảnh báo sớm cháy rừng tại chòi canh tiểu khu 1031"]
    refused = ["Đối với tổ đội quần chúng bảo vệ rừng ở các thôn, buôn: đang chờ ý kiến của Chi cục Kiểm lâm "
               "tỉnh về kinh phí tập huấn"]
    sim = Similarity([duty] + done + refused)
    assert judge(duty, done, sim).status == "covered"
    assert judge(duty, done, sim, refused=refused).status == "partial"
    duty2 = "Tổ chức 02 lớp tập huấn kỹ năng hòa giải cho hòa giải viên ở các thôn"
    other = ["Biểu dương 05 hòa giải viên tiêu biểu"]  # shares only what the refusal names
    refused2 = ["Tổ chức 02 lớp tập huấn kỹ năng hòa giải cho hòa giải viên (chưa tổ chức)"]
    sim2 = Similarity([duty2] + other + refused2 + ["Tuyên truyền pháp luật trên loa truyền thanh các thôn",
                                                    "Rà soát văn bản quy phạm pháp luật"])
    assert judge(duty2, other, sim2).status == "covered"
    assert judge(duty2, other, sim2, refused=refused2).status == "missing"


@pytest.mark.parametrize("heading,later", [
    ("II. NHIỆM VỤ TRỌNG TÂM MÙA KHÔ NĂM 2026", True),   # a year after the report's (2024)
    ("II. KẾ HOẠCH NĂM 2025", True),
    ("II. NHIỆM VỤ ĐƯỢC GIAO NĂM 2024", False),          # the report's own year: its results
    ("II. KẾT QUẢ NĂM 2025", False)])                    # no heading of tasks or aims
def test_a_heading_of_tasks_for_a_later_year_is_the_next_period(tmp_path, heading, later):
    from pipeline.checking.coverage import next_period_sections
    from pipeline.parsing import parse

    text = NEXT_PERIOD_REPORT.replace("II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", heading)
    assert heading in text
    (tmp_path / "bc.txt").write_text(text, encoding="utf-8")
    doc = parse(tmp_path / "bc.txt")
    assert doc.meta.date.startswith("2024")
    assert ("II" in next_period_sections(doc)) is later


def test_the_abbreviation_of_the_plans_title_weighs_nothing_as_its_words():
    from pipeline.checking.coverage import title_abbreviations

    assert {"pcccr", "pccc"} <= title_abbreviations("Phòng cháy, chữa cháy rừng mùa khô 2024 - 2025")
    assert "atgt" in title_abbreviations("Bảo đảm trật tự, an toàn giao thông năm 2026")
    assert "bđg" in title_abbreviations("Thực hiện công tác bình đẳng giới năm 2023")
    assert "atgt" not in title_abbreviations("Phòng cháy, chữa cháy rừng mùa khô 2024 - 2025")


def test_boilerplate_phrases_weigh_nothing():
    """"theo quy định", "các cơ quan, đơn vị", "phối hợp chặt chẽ với" (matching.yaml
    ``boilerplate``) are no activity: a report's sentence made of them shares nothing with a duty
    to punish violations "theo quy định của pháp luật" but the generic verb and the title."""
    from pipeline.checking.similarity import words

    said = words("Công an huyện tiếp tục phối hợp chặt chẽ với các cơ quan, đơn vị thực hiện công tác PCCCR "
                 "theo quy định trên địa bàn huyện")
    duty = words("Xử lý nghiêm các tổ chức, cá nhân vi phạm về PCCCR theo quy định của pháp luật")
    assert "quy_định" not in said and "phối_hợp" not in said
    # (PCCCR is spelt out, rules/term_abbreviations.tsv: the plan's title words, which a run ignores)
    assert set(said) & set(duty) <= {"triển_khai"} | set(words("phòng cháy, chữa cháy rừng"))
    assert "quy_định" in words("Xây dựng quy định về quản lý chất thải rắn sinh hoạt")  # a rule as the work itself


UNIT_PLAN = PLAN.replace("ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 21/KH-UBND",
                         "ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH\nPHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 30/KH-TNMT")
UNIT_PLAN = UNIT_PLAN[:UNIT_PLAN.index("I. MỤC ĐÍCH")] + """\
Thực hiện Kế hoạch số 21/KH-UBND ngày 05/3/2024 của UBND huyện, Phòng xây dựng kế hoạch như sau:
I. NHIỆM VỤ
1. Tổ chức lễ mít tinh hưởng ứng Ngày Môi trường thế giới 5/6 và ra quân thu gom rác thải nhựa tại 04 chợ.
2. Biên soạn, phát hành 5.000 sổ tay hướng dẫn phân loại rác thải tại nguồn cho hộ gia đình.
3. Việc kiểm tra thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt tại các xã: lùi sang năm 2025 do chưa bố trí được kinh phí.
""" + PLAN[PLAN.index("\nNơi nhận:"):].replace("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An", "TRƯỞNG PHÒNG\nTrần Thị Bình")


def test_the_clerk_sees_the_units_own_words_saying_a_part_is_not_done(tmp_path):
    """coverage.csv ``said_not_done`` and the sheet's "Phần chưa đề cập" give the unit's sentence
    that kept the duty from counting."""
    import csv

    import openpyxl

    from pipeline.api import check
    from pipeline.workbook import PARTS_MISSING

    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "KH 30 TNMT.txt").write_text(UNIT_PLAN, encoding="utf-8")
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(PLAN, encoding="utf-8")
    check(plan, tmp_path / "inbox", tmp_path / "out", jobs=1)
    rows = {r["duty_text"].split()[0]: r for r in csv.DictReader(open(tmp_path / "out" / "coverage.csv",
                                                                      encoding="utf-8"))
            if r["kind"] == "plan"}
    assert rows["Tổ"]["status"] == "covered" and rows["Tổ"]["said_not_done"] == ""
    assert rows["Kiểm"]["status"] == "missing"
    assert rows["Kiểm"]["said_not_done"].startswith("Việc kiểm tra thu gom, vận chuyển")
    assert "kinh phí" not in rows["Kiểm"]["said_not_done"]  # the reason is cut
    ws = next(ws for ws in openpyxl.load_workbook(tmp_path / "out" / "coverage.xlsx").worksheets
              if PARTS_MISSING in [c.value for c in ws[1]])
    col = [c.value for c in ws[1]].index(PARTS_MISSING)
    notes = [row[col].value or "" for row in ws.iter_rows(min_row=2)]
    assert any(n.startswith("Đơn vị nêu chưa thực hiện: Việc kiểm tra thu gom") for n in notes)


def test_in_a_report_what_is_still_to_come_is_not_done():
    """"dự kiến tiến hành trong tháng 12/2024" in a report: not yet done; in a unit plan the same
    words plan the work. A name that folds like a reason word ("Đỗ Sơn", "do") is no reason."""
    text = ("Cuộc giám sát chuyên đề đối với Đảng ủy xã Đỗ Sơn đã ban hành quyết định, dự kiến tiến hành "
            "trong tháng 12/2024.")
    assert taken_up(text, report=True) == ""
    assert taken_up(text) == text
    from extractors.tasks import not_taken_up

    assert not_taken_up(text, report=True) == [text]
    # "sẽ" before the work, in other verbs than "tổ chức", "thực hiện"
    later = ("Trung tâm chưa giám sát được môi trường không khói thuốc tại các trường; sẽ phối hợp với Trung tâm "
             "Kiểm soát bệnh tật tỉnh thực hiện trong tháng 9/2023.")
    assert taken_up(later, report=True) == ""
    assert taken_up("Đã phối hợp với Trung tâm Kiểm soát bệnh tật giám sát 12 trường.", report=True) != ""


def test_a_part_left_out_that_the_unit_says_is_still_to_come_makes_the_duty_partial():
    """Two parts, the first answered word for word (which alone would make it covered), the
    second named only by what the report says is still to come."""
    from pipeline.checking.similarity import Similarity, judge

    duty = ("Đưa nội dung chuyển đổi số vào chương trình kiểm tra, giám sát năm 2024 của Ủy ban Kiểm tra; "
            "tiến hành giám sát chuyên đề tại ít nhất 02 tổ chức đảng trong Quý IV/2024")
    done = ["Đã đưa nội dung chuyển đổi số vào chương trình kiểm tra, giám sát năm 2024 của Ủy ban Kiểm tra"]
    later = ["Cuộc giám sát chuyên đề tại 02 tổ chức đảng dự kiến tiến hành trong tháng 12/2024"]
    sim = Similarity([duty] + done + later + ["Phối hợp cập nhật dữ liệu đảng viên trên phần mềm"])
    assert judge(duty, done, sim).status == "covered"
    verdict = judge(duty, done, sim, refused=later)
    assert verdict.status == "partial" and verdict.missing[0].startswith("tiến hành giám sát chuyên đề")


TARGET_PLAN = PLAN.replace("""a) Tổ chức lễ mít tinh hưởng ứng Ngày Môi trường thế giới 5/6 và ra quân thu gom rác thải nhựa tại các chợ.
b) Biên soạn, phát hành sổ tay hướng dẫn phân loại rác thải tại nguồn cho hộ gia đình.
c) Kiểm tra việc thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt tại các xã, thị trấn.
d) Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân huyện.""", """\
a) Tổ chức ít nhất 04 lớp tập huấn phân loại rác thải tại nguồn cho cán bộ các xã, thị trấn trong năm 2024.
b) Vận động người dân giảm sử dụng túi ni lông, phấn đấu giảm ít nhất 20% lượng túi ni lông sử dụng tại các chợ.""")

TARGET_REPORT = REPORT[:REPORT.index("| STT")] + """\
1. Tổ chức 02 lớp tập huấn phân loại rác thải tại nguồn cho 120 cán bộ các xã, thị trấn.
2. Vận động các tiểu thương dùng túi giấy, túi vải; lượng túi ni lông sử dụng tại các chợ giảm 12%.

Nơi nhận:
- UBND huyện;
- Lưu: VT.
TRƯỞNG PHÒNG
Trần Thị Bình
"""


def test_a_report_short_of_the_count_its_duty_sets_takes_it_up_in_part(tmp_path):
    """Two classes of the four the duty asks for: the duty is partial, the target named as the part
    missing. A rate the holder strives for ("phấn đấu giảm ít nhất 20%") is an outcome, not an
    output: falling short of it does not undo the work reported."""
    (tmp_path / "inbox").mkdir()
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(TARGET_PLAN, encoding="utf-8")
    (tmp_path / "inbox" / "BC 88 TNMT.txt").write_text(TARGET_REPORT, encoding="utf-8")
    run = run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1))
    got = {r.duty_text.split()[0]: r for r in run.coverage if r.kind == "report"}
    classes, bags = got["Tổ"], got["Vận"]
    assert classes.status == "partial" and "chỉ tiêu chưa đạt" in classes.parts_missing
    assert "04 lớp" in classes.parts_missing
    assert bags.status == "covered"


def test_a_verdicts_confidence_weighs_its_signals():
    """The fitted model (rules/confidence.yaml): a verdict whose parts all score far above the
    threshold and that the unit's own status column calls done is surer than one whose parts
    sit on the threshold; confidence is one minus the probability of being wrong."""
    from pipeline.checking import confidence

    signals = {"whole": 0.6, "whole_gap": 0.3, "best_min": 0.5, "best_max": 0.6, "best_mean": 0.55, "halves": 0,
               "tasks": 12, "refusals": 0, "duty_words": 20}
    sure = confidence.features("covered", "report", 1.0, 2, 2, "done", signals)
    weak = confidence.features("partial", "report", 0.02, 2, 1, None,
                               dict(signals, whole=0.13, whole_gap=0.01, best_min=0.05, best_max=0.13, best_mean=0.09))
    assert set(sure) == set(confidence.FEATURES)
    assert confidence.confidence(sure) > 0.9 > confidence.confidence(weak)
    assert confidence.confidence(weak) == round(1 - confidence.probability_wrong(weak), 3)


def test_the_least_sure_verdicts_are_marked_and_never_too_many():
    """"Nên kiểm tra": the verdicts likely enough to be wrong, the least sure first, at most
    ``at_most`` of the run's verdicts; a verdict reached on no document (not submitted) never."""
    import math

    from pipeline.checking import confidence
    from pipeline.runmodel import CoverageRow

    rows = [CoverageRow(duty_id=str(i), body_id="b", body="B", kind="report", duty_text="x", status="partial",
                        confidence=round(0.5 + i / 100, 3), signals={"partial": 1.0}) for i in range(30)]
    rows += [CoverageRow(duty_id="n", body_id="c", body="C", kind="report", duty_text="x", confidence=0.0)]
    confidence.mark(rows)
    marked = [r.duty_id for r in rows if r.check_first == "yes"]
    limit = math.floor(confidence.model()["at_most"] * len(rows))
    assert marked == [str(i) for i in range(limit)]  # the least sure, and no more
    assert rows[-1].check_first == "no"


COLD_PLAN = """ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG
Số: 418/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tuyên Quang, ngày 26 tháng 11 năm 2025

KẾ HOẠCH
Phòng, chống rét đậm, rét hại cho cây trồng, vật nuôi vụ Đông Xuân 2025 - 2026

I. MỤC ĐÍCH, YÊU CẦU
Chủ động phòng, chống rét, hạn chế thấp nhất thiệt hại cho sản xuất nông nghiệp.
II. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính
Tham mưu UBND tỉnh bố trí kinh phí từ nguồn dự phòng ngân sách tỉnh hỗ trợ các hộ có cây trồng, vật nuôi bị thiệt hại do rét đậm, rét hại.
2. Ủy ban nhân dân xã Mèo Vạc
a) Tuyên truyền, vận động Nhân dân chủ động phòng, chống rét cho cây trồng, vật nuôi trên hệ thống loa truyền thanh cơ sở.
b) Sử dụng nguồn dự phòng ngân sách xã hỗ trợ hộ nghèo vật tư che chắn chuồng trại, thức ăn cho gia súc.
III. CHẾ ĐỘ BÁO CÁO
Các cơ quan, đơn vị báo cáo kết quả thực hiện trước ngày 20/3/2026.

Nơi nhận:
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Sơn
"""

GENERAL_REPORTS = {
    "STC BC 45 thang 01.txt": """SỞ TÀI CHÍNH TỈNH TUYÊN QUANG
Số: 45/BC-STC
Tuyên Quang, ngày 05 tháng 02 năm 2026
BÁO CÁO
Kết quả thực hiện nhiệm vụ tháng 01 năm 2026, nhiệm vụ trọng tâm tháng 02 năm 2026
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 01
1. Công tác ngân sách
Trình UBND tỉnh bổ sung có mục tiêu 12,4 tỷ đồng từ nguồn dự phòng ngân sách tỉnh năm 2025 cho 08 xã để sửa chữa các công trình giao thông, thủy lợi bị hư hỏng do mưa lũ tháng 9 - 10/2025.
Nơi nhận:
- Lưu: VT.
GIÁM ĐỐC
Lê Văn Tài
""",
    "Meo Vac BC 52 KTXH quy I.txt": builders.MEO_VAC_QUARTER,
}


def test_a_general_report_answers_only_with_what_it_says_of_the_plans_subject(tmp_path):
    """A unit's general monthly or quarterly report (fiftieth): its other work, of neighbouring
    words ("nguồn dự phòng ngân sách" for flood damage, "tuyên truyền trên loa truyền thanh" about an
    election), answers no duty; what it says of the subject does, and so does the activity right
    after, of the same part."""
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(COLD_PLAN, encoding="utf-8")
    (tmp_path / "inbox").mkdir()
    for name, text in GENERAL_REPORTS.items():
        (tmp_path / "inbox" / name).write_text(text, encoding="utf-8")
    run = run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1))
    assert all(f.general and "chỉ phần nói về chủ đề" in f.message for f in run.files)
    got = {(r.body_id, r.duty_text.split()[0]): r.status for r in run.coverage if r.kind == "report"}
    assert got[("so-tai-chinh", "Tham")] == "missing"
    assert got[("uy-ban-nhan-dan-xa-meo-vac", "Tuyên")] == "missing"
    assert got[("uy-ban-nhan-dan-xa-meo-vac", "Sử")] == "covered"


@pytest.mark.parametrize("duty,kept", [
    ("Trực tiếp chỉ đạo, chịu trách nhiệm toàn diện trước Chủ tịch Ủy ban nhân dân tỉnh nếu để dịch lây lan rộng; "
     "kích hoạt Ban Chỉ đạo phòng, chống dịch bệnh động vật; rà soát, thống kê tổng đàn lợn",
     ["kích hoạt Ban Chỉ đạo phòng, chống dịch bệnh động vật", "rà soát, thống kê tổng đàn lợn"]),
    ("Tuyệt đối không để người dân vứt xác lợn chết ra môi trường; xử lý nghiêm các trường hợp vi phạm theo quy định",
     ["Tuyệt đối không để người dân vứt xác lợn chết ra môi trường"]),
    # work that names breaches is work ("xử lý nghiêm các cơ sở … vi phạm, công khai trên …")
    ("Kiểm tra các cơ sở giết mổ; xử lý nghiêm các cơ sở giết mổ vi phạm và công khai trên Cổng thông tin điện tử tỉnh",
     ["Kiểm tra các cơ sở giết mổ", "xử lý nghiêm các cơ sở giết mổ vi phạm và công khai trên Cổng thông tin điện tử tỉnh"]),
    # a duty of such a clause alone keeps it
    ("Chịu trách nhiệm toàn diện trước Chủ tịch UBND huyện về kết quả thực hiện",
     ["Chịu trách nhiệm toàn diện trước Chủ tịch UBND huyện về kết quả thực hiện"]),
])
def test_a_clause_of_responsibility_or_firmness_is_no_work_to_show(duty, kept):
    """"Chịu trách nhiệm toàn diện trước …", "xử lý nghiêm các trường hợp vi phạm theo quy định": no
    part a unit's report must take up (fifty-second; matching.yaml stance_parts)."""
    from pipeline.checking.similarity import parts

    assert parts(duty) == kept


HERITAGE_PLAN = """ỦY BAN NHÂN DÂN
HUYỆN CẨM GIÀNG
Số: 47/KH-UBND
Cẩm Giàng, ngày 12 tháng 3 năm 2024
KẾ HOẠCH
Bảo vệ và phát huy giá trị di sản văn hóa năm 2024
I. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin
a) Hướng dẫn UBND xã Cẩm Văn, UBND xã Cẩm Sơn lập hồ sơ khoa học đề nghị xếp hạng di tích cấp tỉnh đối với đình Hoàng Xá và miếu Đông Giám; trình Sở Văn hóa, Thể thao và Du lịch trước ngày 30/9/2024.
b) Tổ chức tập huấn nghiệp vụ quản lý di tích cho cán bộ văn hóa các xã, thị trấn.
Nơi nhận:
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn Hải
"""

HERITAGE_REPORT = """PHÒNG VĂN HÓA VÀ THÔNG TIN
Số: 58/BC-VHTT
Cẩm Giàng, ngày 15 tháng 11 năm 2024
BÁO CÁO
Kết quả thực hiện Kế hoạch số 47/KH-UBND về bảo vệ và phát huy giá trị di sản văn hóa năm 2024
1. Hồ sơ xếp hạng di tích
Hồ sơ khoa học di tích đình Hoàng Xá (xã Cẩm Văn) đã hoàn thiện, trình Sở Văn hóa, Thể thao và Du lịch ngày 25/9/2024. Hồ sơ miếu Đông Giám (xã Cẩm Sơn) còn thiếu tư liệu Hán Nôm, chưa đủ điều kiện trình, chuyển sang thực hiện năm 2025.
2. Tập huấn
Tổ chức 01 lớp tập huấn nghiệp vụ quản lý di tích cho 34 cán bộ văn hóa các xã, thị trấn.
Nơi nhận:
- Lưu: VT.
TRƯỞNG PHÒNG
Lê Thị Hoa
"""


def test_the_activity_that_takes_a_duty_up_and_puts_a_piece_of_it_off(tmp_path):
    """One dossier sent, the other "chuyển sang thực hiện năm 2025", in the very paragraph that
    answers the duty: the duty is taken up in part, and the clerk sees the words (forty-ninth;
    matching.yaml refusal_in_evidence)."""
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(HERITAGE_PLAN, encoding="utf-8")
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "BC 58 VHTT.txt").write_text(HERITAGE_REPORT, encoding="utf-8")
    run = run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1))
    rows = {r.duty_text.split()[0]: r for r in run.coverage if r.kind == "report"}
    assert rows["Hướng"].status == "partial" and "chuyển sang thực hiện năm 2025" in rows["Hướng"].said_not_done
    assert rows["Tổ"].status == "covered"


def test_where_a_duty_sends_its_result_is_no_part_of_its_own():
    """"Xây dựng kế hoạch …; gửi về Đảng ủy xã … trước ngày 20/10/2025": the plan is the work, the
    sending goes with it (forty-sixth)."""
    from pipeline.checking.similarity import parts

    assert parts("Xây dựng kế hoạch thực hiện Nghị quyết của chi bộ, xác định chỉ tiêu, nhiệm vụ cụ thể; "
                 "gửi về Đảng ủy xã (qua Văn phòng Đảng ủy) trước ngày 20/10/2025") == [
        "Xây dựng kế hoạch thực hiện Nghị quyết của chi bộ, xác định chỉ tiêu, nhiệm vụ cụ thể; "
        "gửi về Đảng ủy xã (qua Văn phòng Đảng ủy) trước ngày 20/10/2025"]
    # nor is reporting what was done, at a duty's end (fifty-ninth); alone, it is the duty
    assert parts("Kiểm tra việc chấp hành quy định về tổ chức biểu diễn nghệ thuật, kinh doanh dịch vụ karaoke; "
                 "báo cáo kết quả kiểm tra về Sở (qua Phòng Quản lý Du lịch)") == [
        "Kiểm tra việc chấp hành quy định về tổ chức biểu diễn nghệ thuật, kinh doanh dịch vụ karaoke; "
        "báo cáo kết quả kiểm tra về Sở (qua Phòng Quản lý Du lịch)"]
    assert len(parts("Chủ trì kiểm tra việc chấp hành pháp luật về lao động tại ít nhất 15 doanh nghiệp; "
                     "kết thúc kiểm tra trước ngày 31/5/2026")) == 1
    assert parts("Báo cáo kết quả thực hiện về UBND huyện trước ngày 15/11/2024") == [
        "Báo cáo kết quả thực hiện về UBND huyện trước ngày 15/11/2024"]


VERSION_PLAN = """ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH
PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số: {number}/KH-TNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Châu Thành, ngày {day} tháng 3 năm 2024

KẾ HOẠCH
Thực hiện Kế hoạch số 21/KH-UBND về giảm thiểu chất thải nhựa năm 2024

I. NHIỆM VỤ
1. Tổ chức lễ mít tinh hưởng ứng Ngày Môi trường thế giới 5/6 và ra quân thu gom rác thải nhựa tại các chợ.
{booklet}2. Kiểm tra việc thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt tại 05 xã, thị trấn trong quý III.
{closing}
Nơi nhận:
- UBND huyện;
- Lưu: VT.
TRƯỞNG PHÒNG
Trần Thị Bình
"""


@pytest.mark.parametrize("closing,booklet", [
    ("Kế hoạch này thay thế Kế hoạch số 30/KH-TNMT ngày 15/3/2024 của Phòng Tài nguyên và Môi trường.", "missing"),
    ("Phòng gửi lại bản đã chỉnh sửa, đề nghị không sử dụng văn bản đã gửi trước đó.", "missing"),
    ("", "covered")])
def test_a_document_that_replaces_an_earlier_one_withdraws_it(tmp_path, closing, booklet):
    """A unit's second plan that says it replaces its first (sixtieth): the first is not read for
    the verdicts, and files.csv says so; a second plan that does not say so is the latest
    version, and the first is still read for what it leaves out."""
    (tmp_path / "inbox").mkdir()
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(PLAN, encoding="utf-8")
    first = VERSION_PLAN.format(number=30, day=15, closing="", booklet=(
        "2. Biên soạn, phát hành 5.000 sổ tay hướng dẫn phân loại rác thải tại nguồn cho hộ gia đình.\n"))
    (tmp_path / "inbox" / "KH 30 TNMT.txt").write_text(first.replace("2. Kiểm tra", "3. Kiểm tra"), encoding="utf-8")
    (tmp_path / "inbox" / "KH 32 TNMT.txt").write_text(
        VERSION_PLAN.format(number=32, day=20, closing=closing, booklet=""), encoding="utf-8")
    run = run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1))
    got = {r.duty_text.split()[0]: r.status for r in run.coverage if r.kind == "plan"}
    assert (got["Tổ"], got["Biên"]) == ("covered", booklet)
    old = next(f for f in run.files if f.rel == "KH 30 TNMT.txt")
    assert (old.replaced_by is not None) == (booklet == "missing")
    assert ("văn bản thay thế" in old.message) == (booklet == "missing")


@pytest.mark.parametrize("text,refused", [
    ("Đến nay có 04 học sinh bỏ học, tỷ lệ 1,31%, chưa đạt chỉ tiêu dưới 1,0%.", True),
    ("Đã di dời 18 hộ; 14 hộ chưa di dời do cụm dân cư chưa đủ nền.", True),
    ("Phương án xã Tấn Mỹ chưa trình phê duyệt, dự kiến quý I/2025.", True),
    ("Nhân viên nuôi dưỡng chưa tham gia lớp tập huấn ngày 24/3/2026 của Trạm Y tế xã.", True),
    ("Việc công khai danh sách trên Trang thông tin điện tử chưa thực hiện do các tổ chức chưa hoàn thiện hồ sơ.", True),
    ("Danh sách sẽ gửi sau.", True),
    ("Sở đang tiếp tục tổng hợp báo cáo Chủ tịch UBND tỉnh.", True),
    # a result left where it was (seventy-seventh)
    ("Do đường truyền không ổn định, kết quả rà soát chưa được cập nhật vào phần mềm quản lý hộ nghèo.", True),
    # a list due after an event still to come is no promise left unkept (forty-fourth)
    ("Danh sách theo kết quả học kỳ I sẽ gửi sau khi công bố kết quả.", False),
    # those not yet insured are whom the work is for, not work left undone
    ("Tư vấn, vận động 87 người chưa tham gia bảo hiểm xã hội tự nguyện.", False),
    ("Kiểm tra ngẫu nhiên 10 hộ/ấp/tuần, nhắc nhở 37 hộ chưa thực hiện.", False),
    ("Cập nhật dữ liệu của 1.240 hộ vào phần mềm quản lý hộ nghèo.", False)])
def test_what_a_report_says_falls_short_or_is_still_to_do(text, refused):
    """A report's clauses saying a piece of the work fell short of its target, was not done or is
    still to come (fifty-third, fifty-fourth, fifty-sixth, sixtieth, sixty-third) take nothing up."""
    assert bool(not_taken_up(text, True)) == refused


@pytest.mark.parametrize("text,claim", [
    ("Công tác quản lý, sử dụng xe ô tô, máy móc, thiết bị tại các cơ quan, đơn vị, địa phương được thực hiện "
     "đúng tiêu chuẩn, định mức, đạt kết quả tốt.", True),
    ("Việc chấp hành kỷ luật, kỷ cương hành chính được duy trì nghiêm túc, đạt kết quả tốt.", True),
    # a figure, or an act of its own, is something to show
    ("Thẩm định dự toán mua sắm của 14 cơ quan, đơn vị; giảm 473 triệu đồng (7,4%) được thực hiện đúng quy định.", False),
    ("Tổ chức 03 lớp tập huấn cho cán bộ, công chức.", False),
    ("Đã rà soát, lập hồ sơ quản lý quỹ đất công ích tại 09/12 tổ dân phố.", False)])
def test_a_blanket_claim_takes_nothing_up(text, claim):
    """"… được thực hiện đúng tiêu chuẩn, định mức, đạt kết quả tốt": a report's sentence that only
    appraises, with no act, figure, place or date of its own, answers no duty (sixty-fifth)."""
    from pipeline.checking.coverage import blanket

    assert blanket(text) == claim


def test_a_submission_takes_up_its_own_act_not_what_it_asks_for(tmp_path):
    """A centre's Tờ trình for the plan's funds (sixty-second) takes up the duty to draw up and
    submit the estimate; the budget lines it lists ("Mua sinh phẩm … xét nghiệm sàng lọc HIV") are
    requests, and take up nothing."""
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text("""ỦY BAN NHÂN DÂN
HUYỆN MAI SƠN
Số: 68/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Mai Sơn, ngày 11 tháng 3 năm 2024
KẾ HOẠCH
Phòng, chống HIV/AIDS năm 2024
I. MỤC ĐÍCH
Khống chế tỷ lệ nhiễm HIV trong cộng đồng dưới 0,3%.
II. TỔ CHỨC THỰC HIỆN
1. Trung tâm Y tế huyện
a) Lập dự toán kinh phí thực hiện các hoạt động chuyên môn của Kế hoạch, gửi Phòng Tài chính - Kế hoạch thẩm định, trình UBND huyện phê duyệt trước ngày 15/4/2024.
b) Tổ chức tư vấn, xét nghiệm HIV cho nhóm có hành vi nguy cơ cao; triển khai xét nghiệm sàng lọc HIV tại 100% Trạm Y tế xã, thị trấn.
""", encoding="utf-8")
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "TTr 112.txt").write_text("""SỞ Y TẾ TỈNH SƠN LA
TRUNG TÂM Y TẾ HUYỆN MAI SƠN
Số: 112/TTr-TTYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Mai Sơn, ngày 09 tháng 4 năm 2024
TỜ TRÌNH
Về việc đề nghị phê duyệt dự toán kinh phí thực hiện Kế hoạch phòng, chống HIV/AIDS năm 2024
Kính gửi: Ủy ban nhân dân huyện Mai Sơn
Thực hiện Kế hoạch số 68/KH-UBND ngày 11/3/2024 của UBND huyện, Trung tâm Y tế huyện đã lập dự toán kinh phí thực hiện các hoạt động chuyên môn và gửi Phòng Tài chính - Kế hoạch thẩm định, kính trình UBND huyện phê duyệt như sau:
1. Mua sinh phẩm, vật tư xét nghiệm sàng lọc HIV cho 20 Trạm Y tế xã, thị trấn (2.500 test): 45 triệu đồng.
2. Tập huấn tư vấn, xét nghiệm HIV cho nhân viên y tế: 12 triệu đồng.
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Lò Văn Minh
""", encoding="utf-8")
    run = run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1))
    (tr,) = run.files
    assert tr.role == "report"
    got = {r.duty_id: r.status for r in run.coverage if r.kind == "report"}
    assert got == {"II.1.a": "covered", "II.1.b": "missing"}


def _statuses(path):
    from pipeline.parsing import parse

    doc = parse(ROOT / "corpus" / "seventieth" / "inbox" / path)
    return {t.text.split(":")[0]: t.status for t in doc.tasks}


def test_a_mark_in_a_status_column_says_how_far_the_row_went():
    """The plan's report form returned (seventieth): "Đã thực hiện | Đang thực hiện | Chưa thực
    hiện" with an "x" in one; a "Tiến độ (%)" column; a cell of boxes, one ticked."""
    ticked = _statuses("KSBT/BC 286-KSBT KQ PCTHTL 2026.docx")
    assert ticked["Biên soạn, in ấn, cấp phát tờ rơi, áp phích về tác hại của thuốc lá"] == "not_done"
    assert ticked["Theo dõi, đôn đốc các đơn vị; tổng hợp kết quả, báo cáo Sở Y tế"] == "in_progress"
    percent = _statuses("PNVY/Tien do KH 412 - PNVY.xlsx")
    assert sorted(s for s in percent.values() if s) == ["done", "in_progress", "not_done"]  # 100, 60, 0
    boxes = _statuses("BV YHCT bao cao thuoc la 2026.docx")
    assert boxes["Thực hiện môi trường không khói thuốc lá trong khuôn viên bệnh viện"] == "done"


def test_the_words_of_what_was_done_say_more_than_a_tick():
    """Ticked "Chưa thực hiện" beside "Đã cử 01 bác sĩ … tham dự lớp tập huấn": judged by the words."""
    rows = _statuses("BVP_BC 131 theo mau phu luc KH 412.pdf")
    assert rows["Cử cán bộ tham gia lớp tập huấn kỹ năng tư vấn cai nghiện thuốc lá"] is None


def test_an_untyped_table_of_statuses_is_a_report():
    """A sheet with no type line whose rows say "Hoàn thành (Có/Không)" is the unit's report."""
    run = run_check(CheckOptions(ROOT / "corpus" / "seventieth" / "plan" / "KH 412-SYT phong chong tac hai thuoc la 2026.docx",
                                 ROOT / "corpus" / "seventieth" / "inbox", jobs=1))
    sheet = next(f for f in run.files if f.rel == "VP So_bieu BC thuoc la.xlsx")
    assert sheet.role.value == "report" and "cột tình trạng" in sheet.message


def test_a_unit_plan_that_sets_its_step_after_the_duties_day_takes_it_up_in_part():
    """seventy-third: the Sở plans the opening's script for approval "trước ngày 08/4/2026"; the
    plan wanted it "trước ngày khai mạc 20 ngày" (04/4/2026): partial, the row says why."""
    base = ROOT / "corpus" / "seventy-third"
    run = run_check(CheckOptions(next((base / "plan").iterdir()), base / "inbox", base / "roster.yaml", jobs=1))
    row = next(r for r in run.coverage if r.kind.value == "plan" and r.body_id == "so-van-hoa-the-thao-va-du-lich"
               and r.duty_text.startswith("Chủ trì xây dựng kịch bản"))
    assert row.status.value == "partial" and "08/04/2026" in row.parts_missing and "04/04/2026" in row.parts_missing


def test_a_refusal_that_opens_its_paragraph_refuses_the_heading_above():
    """seventy-seventh's quarter report: "2. Tập huấn nâng cao năng lực cán bộ làm công tác giảm nghèo
    cấp xã" / "Nội dung này chưa triển khai trong quý I; Sở sẽ … tổ chức trong quý III/2026": the
    heading is no training done, and the duty to train is missing."""
    from pipeline.checking.coverage import refusals_by_task, tasks_of
    from pipeline.parsing import parse

    doc = parse(ROOT / "corpus" / "seventy-seventh" / "inbox" / "SNV - BC 415 giam ngheo quy I.pdf")
    tasks = tasks_of(doc)
    refused = [x for xs in refusals_by_task(doc, tasks, True) for x in xs]
    assert any(x.startswith("Tập huấn nâng cao năng lực cán bộ") and "chưa triển khai" in x for x in refused)
    # a refusal pointing back inside its own paragraph keeps the clause before (not the heading)
    assert not any(x.startswith("Đào tạo nghề") for x in refused)


def test_a_duty_that_waits_for_an_event_is_taken_up_when_nothing_happened():
    """eighty-fourth: "Khi phát hiện ổ dịch, tổ chức tiêu hủy ngay …" answered "Trong kỳ, trên địa
    bàn xã không phát sinh ổ dịch …", or by a unit ready for it; "Hỗ trợ … các hộ chăn nuôi bị thiệt
    hại do dịch bệnh (nếu có)" answered "… không phát sinh hỗ trợ thiệt hại cho hộ chăn nuôi"; a
    unit silent on it, though it speaks of "dịch bệnh" (the plan's title), has not taken it up."""
    from pipeline.checking.coverage import conditional, nothing_arose
    from pipeline.checking.similarity import Similarity
    from pipeline.model import Task

    outbreak = ("Khi phát hiện ổ dịch, tổ chức tiêu hủy ngay động vật mắc bệnh, lập chốt kiểm dịch tạm thời, "
                "khoanh vùng, xử lý ổ dịch trong vòng 24 giờ")
    losses = "Hỗ trợ kịp thời các hộ chăn nuôi bị thiệt hại do dịch bệnh (nếu có) theo quy định"
    ordinary = "Tổ chức tiêm phòng vắc xin cho đàn vật nuôi 02 đợt trong năm"
    assert conditional(outbreak) == [["o", "dich"]] and conditional(losses) and not conditional(ordinary)
    title = frozenset("phong chong dich benh dong vat tren can nam 2026".split())
    quiet = [Task(id="1", section="", text="Tiêm phòng 131.500 liều vắc xin. Trong kỳ, trên địa bàn xã không phát "
                                         "sinh ổ dịch bệnh nguy hiểm trên gia súc, gia cầm.")]
    ready = [Task(id="1", section="", text="UBND xã đã chuẩn bị sẵn sàng lực lượng, phương tiện, hóa chất và địa điểm "
                                         "tiêu hủy để ứng phó khi có dịch bệnh xảy ra.")]
    none = [Task(id="1", section="", text="Không có trường hợp nào phải tiêu hủy gia súc, gia cầm nên không phát sinh "
                                        "hỗ trợ thiệt hại cho hộ chăn nuôi.")]
    sim = Similarity([outbreak, losses, ordinary] + [t.text for t in quiet + ready + none])
    assert "không phát sinh ổ dịch" in nothing_arose(outbreak, quiet, sim, title)[1]
    assert nothing_arose(outbreak, ready, sim, title) is not None
    assert nothing_arose(losses, none, sim, title) is not None
    assert nothing_arose(losses, ready, sim, title) is None  # "dịch bệnh" alone is the plan's title


@pytest.mark.parametrize("text, left", [
    ("Đã xử lý 02 điểm tập kết rác thải tự phát; còn 01 điểm ven kênh N4 (tổ dân phố Đồng Lạc) chưa xử lý "
     "dứt điểm do tái phát nhiều lần.", "còn 01 điểm ven kênh N4 (tổ dân phố Đồng Lạc) chưa xử lý dứt điểm"),
    ("214/236 lớp có tủ sách lớp học, đạt 90,7%; còn 22 lớp tại các điểm trường lẻ chưa có tủ sách do thiếu "
     "phòng học ổn định.", "còn 22 lớp tại các điểm trường lẻ chưa có tủ sách"),
    # what a review found is the review's work, not work left
    ("Hoàn thành ngày 28/8/2024. Qua rà soát, còn 31 tàu cá chưa đăng ký, đăng kiểm.", None),
    ("Đã kiểm tra 38/38 hồ chứa; các hồ đều bảo đảm an toàn.", None),
    # one-hundred-twentieth: the rest in words, or only a count of the whole done ("mới … được N/M")
    ("Cơ sở lưu trú du lịch có mã QR: 41/196 cơ sở; các cơ sở còn lại tiếp tục vận động trong quý III/2026.",
     "các cơ sở còn lại tiếp tục vận động trong quý III/2026."),
    ("Việc đẩy kết quả vào kho dữ liệu mới thực hiện được 1.930/3.214 hồ sơ (60%), do hệ thống đang nâng cấp.",
     "Việc đẩy kết quả vào kho dữ liệu mới thực hiện được 1.930/3.214 hồ sơ (60%),"),  # (without its reason)
])
def test_a_report_that_says_how_much_of_the_work_is_left_has_done_it_in_part(text, left):
    """The activity that takes a duty up and says what is left of it ("còn 22 lớp … chưa có tủ
    sách") has done it in part (judgement.yaml work_left; fifty-fifth, fifty-seventh)."""
    from pipeline.checking.coverage import work_left
    assert work_left(text) == ([left] if left else [])


@pytest.mark.parametrize("text, status", [
    ("Đã thực hiện.", "done"),
    ("Thực hiện thường xuyên.", "done"),
    ("Đã triển khai (Công văn số 45/MTTQ ngày 02/3/2026).", "done"),
    ("Chưa thực hiện.", "not_done"),
    ("Không thuộc chức năng, nhiệm vụ của đơn vị.", "not_done"),
    ("Đang triển khai.", "in_progress"),
    ("tổ chức tiêm phòng vắc xin dại cho đàn chó, mèo: Đã thực hiện 02/03 đợt (3.286/4.186 con).", "in_progress"),
    ("Đã thực hiện 03/03 đợt.", "done"),
    ("Tổ chức 03 lớp tập huấn cho 120 người.", None),
    ("Việc đăng ký lịch đốt nương rẫy với kiểm lâm địa bàn: người dân đã chuyển sang trồng cà phê, không còn "
     "đốt nương, nội dung này không còn phù hợp nên không thực hiện.", None)])
def test_a_paragraph_that_is_only_a_status_says_how_far_its_heading_went(text, status):
    from extractors.tasks import said_status

    assert said_status(text) == status


def test_a_report_that_answers_the_plans_items_in_a_word(tmp_path):
    """Headings that restate the duties, each answered in a word (ninetieth): "Đã thực hiện 02/03
    đợt" takes its duty up in part; "Không phát sinh." under a duty that does not wait for an event
    and "Chưa thực hiện." do not take theirs up; "Không phát sinh." under one that waits for an
    event ("Khi phát hiện …") does."""
    import shutil

    base = ROOT / "corpus" / "ninetieth"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ["BC 214-PKT ket qua KH 16 phong chong dai.docx", "Truong THCS/Dien Thinh_BC 41 phong dai.docx"]:
        shutil.copy(base / "inbox" / name, inbox / Path(name).name)
    run = run_check(CheckOptions(next((base / "plan").iterdir()), inbox, base / "roster.yaml", jobs=1))
    rows = {(r.body_id, r.duty_id): r.status for r in run.coverage if r.kind == "report" and r.status != "not_submitted"}
    gold = {(g["body_id"], g["duty_id"]): g["status"] for g in json.loads((base / "gold.json").read_text())["coverage"]
            if g["kind"] == "report" and g["status"] != "not_submitted"}
    mine = {key: status for key, status in gold.items() if key[0] in {b for b, _ in rows}}
    assert len(mine) >= 6 and {key: rows.get(key) for key in mine} == mine
    assert list(mine.values()).count("missing") >= 2 and "partial" in mine.values()


def test_a_report_that_answers_a_coded_row_by_its_code_alone(tmp_path):
    """A project's progress report cites the plan's coded rows alone ("HĐ 2.3.1: Đang thực hiện,
    đạt 50%.", "HĐ 2.3.2: Hoàn thành 03/05 lớp …; 02 lớp còn lại chuyển sang tháng 7/2026."): each
    answers its row's duty in the row's words, under way, and in part with the rest put off
    (ninety-third; judgement.yaml code_citation)."""
    import shutil

    import unicodedata

    from pipeline.checking.coverage import code_cited

    assert code_cited("HĐ 2.3.1: Đang thực hiện, đạt 50%.") == ("2.3.1", "Đang thực hiện, đạt 50%.")
    assert code_cited("Hoạt động 1.1.3 - Đã hoàn thành") == ("1.1.3", "Đã hoàn thành")
    assert code_cited("1.2. Công tác tuyên truyền") is None  # a report's own numbering
    # typed with two spaces, in composed-apart (NFD) letters: the rest is still cut where it starts
    assert code_cited(unicodedata.normalize("NFD", "HĐ  2.3.1:   Đang thực hiện, đạt 50%.")) == (
        "2.3.1", "Đang thực hiện, đạt 50%.")
    base = ROOT / "corpus" / "ninety-third"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(base / "inbox" / "CDC_BC 1143 tien do quy II 2026.pdf", inbox)
    run = run_check(CheckOptions(next((base / "plan").iterdir()), inbox, base / "roster.yaml", jobs=1))
    rows = [r for r in run.coverage if r.kind == "report" and r.status != "not_submitted"]
    training = next(r for r in rows if r.duty_text.startswith("Tập huấn cho cán bộ trạm y tế"))
    assert training.status == "partial" and "chuyển sang tháng 7/2026" in training.said_not_done
    watch = next(r for r in rows if r.duty_text.startswith("Giám sát, ngoại kiểm chất lượng"))
    assert watch.status == "partial"  # "Đang thực hiện": under way


def test_what_a_document_admits_in_its_part_on_shortcomings(tmp_path):
    """A report claims an activity in "I. Kết quả" and admits in "II. Tồn tại, hạn chế" that it was
    done only in some places ("Việc nhập thông tin … mới thực hiện được ở 6/18 thôn"): taken up in
    part. A unit plan's "Khó khăn và đề xuất" says a duty cannot be done this year ("Đối với nội
    dung khám sàng lọc …: … chưa đủ điều kiện tổ chức thực hiện"): not taken up, though another of
    its activities shares the duty's words. Its reasons ("Nguyên nhân") and a lack of means ("Kinh
    phí … chưa được bố trí") admit nothing (ninety-sixth; judgement.yaml admission_*)."""
    import shutil

    from pipeline.checking.coverage import admissions
    from pipeline.parsing import parse

    base = ROOT / "corpus" / "ninety-sixth"
    report = parse(base / "inbox" / "BC 176-VHXH tro giup NKT nam 2026.docx")
    said = admissions(report)
    assert any("mới thực hiện được ở 6/18 thôn" in x for x in said), said
    assert not any("Nguyên nhân" in h for h, _ in report.shortcomings)
    plan = parse(base / "inbox" / "TYT xa - KH 08 CSSK, PHCN nguoi khuyet tat 2026.docx")
    assert any(x.startswith("Đối với nội dung khám sàng lọc") and x.endswith("chưa đủ điều kiện tổ chức thực hiện.")
               for x in admissions(plan)), admissions(plan)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("BC 176-VHXH tro giup NKT nam 2026.docx", "TYT xa - KH 08 CSSK, PHCN nguoi khuyet tat 2026.docx"):
        shutil.copy(base / "inbox" / name, inbox)
    run = run_check(CheckOptions(next((base / "plan").iterdir()), inbox, base / "roster.yaml", jobs=1))
    rows = {(r.body_id, r.kind): r for r in run.coverage if r.duty_text.startswith(
        ("Tổ chức khám sàng lọc, phát hiện sớm", "Rà soát, cập nhật danh sách người khuyết tật"))}
    screening = rows[("tram-y-te-xa-tam-duong", "plan")]
    assert screening.status == "missing", screening
    database = next(r for (b, k), r in rows.items() if b == "phong-van-hoa-xa-hoi" and k == "report")
    assert database.status == "partial" and "6/18" in database.said_not_done, database


def test_an_answer_that_only_passes_the_work_on():
    """"Đã có văn bản hướng dẫn các Trạm Y tế xã lồng ghép truyền thông …" answers a duty to hold
    the events only in part (nothing of the work itself is reported), and a duty to guide wholly;
    a figure of the work's own ("… cho 736 người") or a report form's row is no such answer
    (one-hundred-first; judgement.yaml delegation, directing_duties)."""
    from pipeline.checking.coverage import passes_on

    passed = "Đã có văn bản hướng dẫn các Trạm Y tế xã lồng ghép truyền thông hưởng ứng Ngày Thế giới phòng, chống lao."
    assert passes_on(passed, "Tổ chức mít tinh hoặc các hoạt động truyền thông trực tiếp hưởng ứng Ngày Thế giới phòng, chống lao")
    assert not passes_on(passed, "Hướng dẫn Trạm Y tế các xã tổ chức truyền thông hưởng ứng Ngày Thế giới phòng, chống lao")
    assert passes_on("Trung tâm đã ban hành Công văn số 95/TTYT-KSBT ngày 03/3/2026 chỉ đạo Trạm Y tế rà soát, lập danh sách.",
                     "Rà soát, lập danh sách người thuộc nhóm nguy cơ cao mắc lao")
    assert not passes_on("Đã giao Trạm Y tế các xã khám sàng lọc cho 736 người.", "Tổ chức khám sàng lọc cho 1.200 người")
    assert not passes_on("Số trẻ em khuyết tật được lập hồ sơ, hướng dẫn tập phục hồi chức năng tại nhà",
                         "Lập hồ sơ, hướng dẫn gia đình tập phục hồi chức năng tại nhà")


@pytest.mark.parametrize("text,left", [
    # a clause that opens with the count still to do (one-hundred-sixth)
    ("Thả giống cá lăng tại 16/24 lồng; 08 lồng tại xã Liệp Tè chưa thả giống do các hộ chưa đủ vốn đối ứng.", True),
    ("Duy trì sinh hoạt 09/12 Tổ khuyến nông cộng đồng; 03 tổ tại các bản sáp nhập chưa kiện toàn được.", True),
    ("Đã thay 120 bộ đèn; còn 300 bộ chưa thay.", True),
    # what was done about those not yet so (forty-seventh)
    ("Thống kê 1.024 tàu cá; 11 tàu cá chưa đăng ký, đăng kiểm đã được lập danh sách, giao xã theo dõi.", False),
    # a "chưa" that only gives the reason (third)
    ("35/38 trường thu không dùng tiền mặt; 03 trường còn thu tiền mặt một phần do nhiều phụ huynh chưa có tài khoản.",
     False)])
def test_how_much_of_the_work_a_report_says_is_left(text, left):
    """A report's activity that says how much of its work is left ("còn 300 bộ chưa thay", "; 08
    lồng … chưa thả giống") takes its duty up in part; the vessels not yet registered that were
    listed, or a reason that holds a "chưa", are no work left."""
    from pipeline.checking.coverage import work_left

    assert bool(work_left(text)) == left


@pytest.mark.parametrize("text", [
    "Nội dung tại điểm b khoản 2 Mục III Kế hoạch số 47/KH-UBND không thuộc chức năng, nhiệm vụ của Sở Xây dựng.",
    "Sở Giáo dục và Đào tạo không triển khai lại Cuộc thi trong năm 2026.",
    "Kết quả tuyên truyền đã được Công ty báo cáo tại Báo cáo số 1126/BC-PCHY; Công ty không báo cáo lại nội dung này."])
def test_an_answer_that_pushes_the_duty_back_takes_nothing_up(text):
    """one-hundred-fifth: not the unit's remit, done under last year's plan and not again, said in
    another report and not here: clauses that take the duty up in no way."""
    assert not_taken_up(text, True)


def test_a_heading_answered_only_by_a_refusal_is_no_activity():
    """one-hundred-fourth: "2. Về bổ sung tiêu chí TTĐN vào Quy chế đánh giá, xếp loại …" over only
    "Ban chưa tham mưu bổ sung …, chờ …": the heading, in the duty's very words, does not take it
    up; the duty is missing."""
    run = run_check(CheckOptions(next((ROOT / "corpus" / "one-hundred-fourth" / "plan").iterdir()),
                                 ROOT / "corpus" / "one-hundred-fourth" / "inbox",
                                 ROOT / "corpus" / "one-hundred-fourth" / "roster.yaml", jobs=1))
    rows = {(r.body_id, r.kind, r.duty_text): r.status for r in run.coverage}

    def verdict(body: str, kind: str, start: str) -> str:
        return next(v for (b, k, text), v in rows.items() if b == body and k == kind and text.startswith(start))

    assert verdict("ban-to-chuc-va-nhan-su", "report", "Tham mưu Tổng Giám đốc bổ sung") == "missing"
    # a Tờ trình that submits the company's plan for approval is its plan, judged on its items
    quang_tri = next(f for f in run.files if f.rel.startswith("PCQT - To trinh"))
    assert quang_tri.role == "unit_plan"
    assert verdict("cong-ty-dien-luc-quang-tri", "plan", "Thay thế toàn bộ công tơ cơ khí") == "covered"
    # the collective the plan names with its members ("Các Công ty Điện lực Quảng Trị, Quảng Ngãi,
    # Gia Lai, Đắk Lắk") is the roster's "Các Công ty Điện lực": each member answers its duties
    assert {b for b, k, _ in rows if b.startswith("cong-ty-dien-luc-")} == {
        "cong-ty-dien-luc-quang-tri", "cong-ty-dien-luc-quang-ngai", "cong-ty-dien-luc-gia-lai",
        "cong-ty-dien-luc-dak-lak"}


def test_an_items_labelled_time_is_its_activities_time():
    """one-hundred-fifth: "1. Kiểm tra … QCVN 09:2017/BXD" / "a) Nội dung: …" / "b) Đơn vị thực hiện: …"
    / "c) Thời gian: Quý IV/2026 …" in a Sở's plan: the activity is planned for quý IV, after the
    plan's quý II: taken up late, in part; the plan's time stated in its own sub-item counts."""
    from pipeline.checking.coverage import evidence_tasks
    from pipeline.parsing import parse

    base = ROOT / "corpus" / "one-hundred-fifth"
    doc = parse(base / "inbox" / "SXD_KH35_trien khai TKNL 2026.pdf")
    check = next(t for t in evidence_tasks(doc) if t.text.startswith("Kiểm tra việc áp dụng Quy chuẩn"))
    assert check.when == "2026-10"
    run = run_check(CheckOptions(next((base / "plan").iterdir()), base / "inbox", base / "roster.yaml", jobs=1))
    row = next(r for r in run.coverage if r.body_id == "so-xay-dung" and r.kind == "plan"
               and r.duty_text.startswith("Kiểm tra việc áp dụng Quy chuẩn"))
    assert row.status == "partial" and row.parts_missing.startswith("thời hạn")


def test_a_long_story_answers_a_duty_in_one_of_its_sentences():
    """one-hundred-ninth: a tổ trưởng's report tells the months in one paragraph ("Ngày 07/3 và ngày
    12/3/2026 tổ tổ chức 2 buổi họp dân … phổ biến kế hoạch …, đến nay 211/211 hộ đã ký cam kết.
    Trong tháng 3 tổ nhận 211 thùng …"): the meetings and the pledges, a sentence of it, take the
    duty to hold them up; the whole paragraph, diluted by the rest, would not."""
    from pipeline.checking.similarity import _PIECES, _CLAUSES, judge

    story = ("Ngày 07/3 và ngày 12/3/2026 tổ tổ chức 2 buổi họp dân tại nhà văn hóa tổ để phổ biến kế hoạch phân "
             "loại rác của phường, đến nay 211/211 hộ đã ký cam kết phân loại rác tại nguồn. Trong tháng 3 tổ nhận 211 "
             "thùng, tổ trưởng cùng chi hội trưởng phụ nữ và các thành viên ban công tác Mặt trận đi đến từng hộ phát "
             "thùng, hướng dẫn cách để rác thực phẩm riêng, rác tái chế riêng. Tháng 4 và tháng 5 xe của hợp tác xã "
             "thu gom theo lịch, tổ trưởng nhắc nhở các hộ để rác đúng giờ, đúng chỗ; có 6 hộ còn để lẫn rác.")
    assert len(story.split()) >= 60 and len(_PIECES.split(story)) > len(_CLAUSES.split(story))
    run = run_check(CheckOptions(next((ROOT / "corpus" / "one-hundred-ninth" / "plan").iterdir()),
                                 ROOT / "corpus" / "one-hundred-ninth" / "inbox",
                                 ROOT / "corpus" / "one-hundred-ninth" / "roster.yaml", jobs=1))
    row = next(r for r in run.coverage if r.body_id == "to-dan-pho-so-8" and r.kind == "report"
               and r.duty_text.startswith("Tổ chức họp dân phổ biến Kế hoạch"))
    assert row.status == "covered"


def test_work_named_by_its_own_verb_as_not_yet_done_is_not_taken_up():
    """one-hundred-thirteenth: "Hệ thống thư điện tử công vụ chưa chuyển đổi do …" refuses the
    conversion it names; a difficulty a report names ("nhiều ngầm, tràn chưa được đầu tư xây dựng
    cầu") does not."""
    from extractors.tasks import not_taken_up

    assert not_taken_up("Cổng DVC chạy dual-stack. Hệ thống thư điện tử công vụ chưa chuyển đổi do máy chủ cũ.", True)
    assert not not_taken_up("Nhiều ngầm, tràn trên các tuyến đường tỉnh chưa được đầu tư xây dựng cầu thay thế.", True)


def test_parts_done_only_when_asked_or_that_only_date_the_work_are_no_parts():
    """one-hundred-eleventh and one-hundred-twelfth: "cử công chức tham gia đoàn kiểm tra liên ngành
    khi được đề nghị" is no work to show until someone asks, "việc trang trí hoàn thành chậm nhất 03
    ngày trước ngày bầu cử" only dates the work before it; "chưa cung cấp được" says work not done."""
    from extractors.tasks import not_taken_up
    from pipeline.checking.similarity import parts

    assert parts("Kịp thời thông báo cho Sở Nội vụ các trường hợp vi phạm trên địa bàn; cử công chức tham gia "
                 "đoàn kiểm tra liên ngành khi được đề nghị") == ["Kịp thời thông báo cho Sở Nội vụ các trường hợp "
                                                               "vi phạm trên địa bàn"]
    assert len(parts("Hướng dẫn các thôn trang trí khu vực bỏ phiếu; tổ chức các hoạt động văn hóa, văn nghệ, thể "
                     "thao chào mừng ngày bầu cử; việc trang trí hoàn thành chậm nhất 03 ngày trước ngày bầu cử")) == 2
    assert not_taken_up("Riêng thông tin về người hết hạn thị thực chưa cung cấp được do dữ liệu đang đồng bộ.", True)
    assert not not_taken_up("Hồ sơ chưa được cấp phép.", True)


def test_a_duty_is_cut_into_parts_outside_its_brackets_and_work_promised_to_another_plan_is_not_taken_up():
    """one-hundred-twenty-first: "Rà soát … trụ sở (trụ sở … các xã, thị trấn cũ; trạm y tế, nhà văn
    hóa, công trình khác); lập hồ sơ từng cơ sở …" is two parts, not three; "chưa thực hiện việc bàn
    giao" and "UBND xã sẽ ban hành kế hoạch riêng để triển khai" take nothing up."""
    from extractors.tasks import not_taken_up
    from pipeline.checking.similarity import parts

    duty = ("Rà soát, thống kê đầy đủ trụ sở, nhà, đất dôi dư trên địa bàn (trụ sở Đảng ủy, Ủy ban nhân dân các xã, "
            "thị trấn cũ; trạm y tế, nhà văn hóa, công trình khác); lập hồ sơ từng cơ sở (hiện trạng, diện tích), gửi "
            "Sở Tài chính trước ngày 15/3/2026")
    assert [p[:8] for p in parts(duty)] == ["Rà soát,", "lập hồ s"]
    assert not_taken_up("Phương án chưa được phê duyệt nên chưa thực hiện việc bàn giao, cải tạo các cơ sở.", True)
    assert not_taken_up("Sau khi phương án được phê duyệt, UBND xã sẽ ban hành kế hoạch riêng để triển khai.", True)
    assert not not_taken_up("Ủy ban nhân dân xã đã ban hành kế hoạch riêng về bàn giao các cơ sở.", True)


def test_work_left_to_others_is_not_taken_up_but_work_merged_into_another_is():
    """one-hundred-twenty-seventh: "… đã có Đồn Biên phòng và Công an xã nắm, xóm không lập danh sách
    riêng" leaves the work to others; "xóm không tổ chức họp riêng mà lồng ghép tuyên truyền … vào 02
    cuộc họp xóm" does it another way."""
    from extractors.tasks import not_taken_up

    left = ("Việc theo dõi người đi làm ăn xa, người lạ vào xóm đã có Đồn Biên phòng và Công an xã nắm, "
            "xóm không lập danh sách riêng.")
    assert not_taken_up(left, report=True) == [left]
    merged = ("Xóm không tổ chức họp riêng mà lồng ghép tuyên truyền phòng, chống mua bán người vào 02 cuộc "
              "họp xóm định kỳ ngày 12/4/2026 và ngày 20/9/2026.")
    assert not_taken_up(merged, report=True) == []


def test_a_reply_that_names_a_point_of_the_plan_by_its_number():
    """one-hundred-twenty-sixth: "Điểm 5.a: Đã hoàn thành", "Mục II.2.b - Thẩm định …", "Nhiệm vụ tại
    điểm b khoản 3 Mục II: Đã hoàn thành." cite the plan's points (a point without its part is the
    one of that number and letter); a law's point is none; a project's row code stays its own."""
    from pipeline.checking.coverage import cites, code_cited, point_of

    assert code_cited("Điểm 5.a: Đã hoàn thành; Kết quả khảo sát công bố")[0] == "5.a"
    assert code_cited("Mục II.2.b - Thẩm định chủ trương đầu tư dự án") == ("II.2.b", "Thẩm định chủ trương đầu tư dự án")
    assert code_cited("Nhiệm vụ tại điểm b khoản 3 Mục II: Đã hoàn thành.") == ("II.3.b", "Đã hoàn thành.")
    assert code_cited("Đối với nhiệm vụ tại điểm a khoản 1 Mục II Kế hoạch")[0] == "II.1.a"
    assert code_cited("Điểm a khoản 2 Điều 5 Nghị định số 100/2024/NĐ-CP quy định đối tượng") is None
    assert code_cited("HĐ 2.3.1: Đang thực hiện, đạt 50%.") == ("2.3.1", "Đang thực hiện, đạt 50%.")
    assert cites("5.a", point_of("II.5.a")) and cites("II.5.a", "II.5.a") and not cites("5.a", "II.5.b")
    assert not cites("2.3.1", "II.2.3.1") and point_of("PL1-t1.3") == ""
