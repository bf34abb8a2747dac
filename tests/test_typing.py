"""Vietnamese as offices really type it, and plans of several years (sixty-seventh, sixty-eighth):
a reply typed without its marks is read and compared with the plan's words; a programme's phases,
periodic reports and deadlines counted from the plan's issue are read."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.accents import Lexicon, restore_frame, unaccented
from pipeline.checking.similarity import spelt_out
from pipeline.extract import year_of
from pipeline.parsing import parse
from extractors.dates import deadline_of
from extractors.tasks import not_taken_up

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.parametrize("text,expected", [
    ("Phoi hop voi truong cac thon ra soat, lap danh sach cac ho dan song tai khu vuc nguy co sat lo", True),
    ("UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM", True),
    ("Phối hợp với trưởng các thôn rà soát, lập danh sách các hộ dân sống tại khu vực nguy cơ", False),
    ("The company inspected all fire hydrants and pumps of the industrial park in March", False),
    ("DVCTT, TTHC, CSDLQG, VNeID, HTQLVB", False),
    ("Xa Bat Xat", False),  # too short to tell
])
def test_a_text_typed_without_marks_is_told(text, expected):
    assert unaccented(text) is expected


def test_the_frame_of_an_unaccented_document_gets_its_marks():
    header = ("UY BAN NHAN DAN            CONG HOA XA HOI CHU NGHIA VIET NAM\n"
              "  XA BAT XAT                 Doc lap - Tu do - Hanh phuc\n"
              "So: 96/BC-UBND              Bat Xat, ngay 10 thang 6 nam 2026")
    got = restore_frame(header)
    assert "ỦY BAN NHÂN DÂN" in got and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in got
    assert "XÃ BAT XAT" in got and "Số: 96/BC-UBND" in got and "ngày 10 tháng 6 năm 2026" in got
    # the runs overlap: "Thuc hien Ke hoach" then "hoach so"
    assert restore_frame("Thuc hien Ke hoach so 58/KH-UBND ngay 13/3/2026").startswith(
        "Thực hiện Kế hoạch số 58/KH-UBND ngày 13/3/2026")
    # a syllable alone is not guessed at reading ("tai" is "tại" far more often than "Tài")
    assert restore_frame("ve phong, chong thien tai") == "ve phong, chong thien tai"


def test_the_plans_words_give_a_reply_its_marks():
    plan = Lexicon(["Rà soát, lập danh sách các hộ dân sinh sống tại khu vực có nguy cơ sạt lở đất, lũ quét",
                    "Kiện toàn Ban Chỉ huy Phòng thủ dân sự cấp xã"])
    assert plan.restore("Ra soat ho dan vung nguy co sat lo dat, lu quet") == \
        "Rà soát hộ dân vung nguy cơ sạt lở đất, lũ quét"
    assert plan.restore("KIEN TOAN BAN CHI HUY") == "KIỆN TOÀN BAN CHỈ HUY"


@pytest.mark.parametrize("path,issuer,date", [
    ("sixty-seventh/inbox/Email xa Bat Xat - BC 96 PCTT 6 thang.txt", "Ủy ban nhân dân xã Bat Xat", "2026-06-10"),
    ("sixty-seventh/inbox/Mu Cang Chai/KH 29 xa MCC PCTT 2026.docx", "Ủy ban nhân dân xã Mu Cang Chai", "2026-03-27"),
])
def test_an_unaccented_reply_is_read_by_its_frame(path, issuer, date):
    doc = parse(CORPUS / path)
    assert doc.meta.issuer == issuer and doc.meta.date == date
    assert any(r.number == "58/KH-UBND" for r in doc.references)  # the plan it answers
    assert any("gõ không dấu" in w for w in doc.source.warnings)


def test_the_works_abbreviations_are_spelt_out_for_matching():
    assert spelt_out("vận động kích hoạt TK ĐDĐT; CSDL QG về dân cư; DVCTT toàn trình") == \
        "vận động kích hoạt tài khoản định danh điện tử; cơ sở dữ liệu quốc gia về dân cư; dịch vụ công trực tuyến toàn trình"
    assert spelt_out("Sở KH&CN") == "Sở KH&CN"  # a body's name is not the work's
    # a cooperative's report: its meeting, invoices, trade online (ninety-first)
    assert spelt_out("HTX tổ chức ĐHTV thường niên; xuất HĐĐT; chưa đưa sản phẩm lên sàn TMĐT") == (
        "hợp tác xã tổ chức đại hội thành viên thường niên; xuất hóa đơn điện tử; chưa đưa sản phẩm lên sàn "
        "thương mại điện tử")


def test_a_general_report_speaks_of_the_plans_subject_in_its_abbreviations():
    """"Tình hình hoạt động năm 2026" of a hợp tác xã speaks of a plan on "kinh tế tập thể, hợp tác
    xã" when it says "HTX tổ chức ĐHTV": "hợp tác xã" is a topic of its own though "tác" and "xã"
    are stop words (duty_words.yaml topic_terms; ninety-first)."""
    from pipeline.checking.classify import _topic_pairs

    title = _topic_pairs("Phát triển kinh tế tập thể, hợp tác xã trên địa bàn xã Cái Bè năm 2026")
    assert "hop tac xa" in title & _topic_pairs("Ngày 21/3/2026, HTX tổ chức ĐHTV thường niên")
    assert not title & _topic_pairs("Công tác phối hợp với xã được duy trì")


def test_a_programmes_phases_and_periodic_reports_are_read():
    plan = parse(CORPUS / "sixty-eighth/plan/KH 112-KH-UBND thuc hien CT du lich cong dong 2026-2030.docx")
    # "Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12 hằng năm), các cơ quan … báo
    # cáo kết quả": the dates first, the reporting after them; a six-month report is due on 15/6
    assert plan.deadlines == {"plan": "2026-04-30", "report": "2026-12-15"}
    assert plan.report_periods.get("6 thang") == "2026-06-15"
    due = {d.text.split(",")[0]: d.deadline for d in plan.duties}
    assert due["Giai đoạn 2028 - 2030"] == "2030" and due["Giai đoạn 2026 - 2027"] == "2027"
    # "Trong vòng 30 ngày kể từ ngày Kế hoạch được ban hành": 30 days after 17/3/2026
    assert due["Trong vòng 30 ngày kể từ ngày Kế hoạch được ban hành"] == "2026-04-16"


@pytest.mark.parametrize("text,due", [
    ("Giai đoạn 2028 - 2030, hướng dẫn các điểm du lịch thu gom chất thải", "2030"),
    ("Năm 2027, hoàn thiện hồ sơ công nhận điểm du lịch", "2027"),
    ("Hướng dẫn các điểm du lịch thu gom chất thải giai đoạn 2028 - 2030", None),  # no cue, not opening
])
def test_a_time_the_duty_opens_with_is_when_it_is_due(text, due):
    assert deadline_of(text, 2026) == due


def test_the_year_a_report_is_for_is_not_the_year_ahead():
    doc = parse(CORPUS / "sixty-eighth/inbox/SVHTTDL/BC_2417_SVHTTDL_DLCD nam 2026.pdf")
    assert "phương hướng, nhiệm vụ năm 2027" in doc.meta.title
    assert year_of(doc) == 2026


def test_a_refusal_that_points_back_refuses_the_clause_before():
    text = ("Nhiệm vụ thẩm định, công nhận thêm điểm du lịch cộng đồng đạt chuẩn thuộc giai đoạn 2028 - 2030; "
            "trong năm 2026, Sở chưa triển khai nội dung này.")
    assert not_taken_up(text, report=True)[0].startswith("Nhiệm vụ thẩm định")
    # a refusal that names its own work before a colon refuses only that
    own = ("Tổ chức ký cam kết không đốt nương rẫy trái phép đối với 135 hộ. Việc đăng ký lịch đốt nương rẫy "
           "với kiểm lâm địa bàn: nội dung này không còn phù hợp nên không thực hiện.")
    assert not any(r.startswith("Tổ chức ký cam kết") for r in not_taken_up(own))


def test_a_plan_for_one_year_that_leaves_later_phases_to_later_plans_takes_them_not_up():
    text = ("Các nhiệm vụ thuộc giai đoạn 2028 - 2030 (xây dựng sản phẩm du lịch đặc trưng của xã) sẽ được Ủy ban "
            "nhân dân xã xây dựng trong kế hoạch của các năm tiếp theo, sau khi sơ kết giai đoạn 2026 - 2027.")
    assert not_taken_up(text) == [text]


def test_the_roster_names_a_collective_more_fully_than_the_plan():
    from pipeline.checking.holders import build_holders
    from pipeline.checking.coverage import holders_for_duty

    plan = parse(CORPUS / "sixty-eighth/plan/KH 112-KH-UBND thuc hien CT du lich cong dong 2026-2030.docx")
    import yaml
    roster = yaml.safe_load((CORPUS / "sixty-eighth/roster.yaml").read_text(encoding="utf-8"))["bodies"]
    holders = build_holders(plan.duties, roster)
    communes = [d for d in plan.duties if d.text.startswith("Hằng năm, tuyên truyền")][0]
    # "6. UBND các xã có điểm du lịch cộng đồng (An Bình, …)": the roster's fuller name is its id
    assert communes.body_id == "uy-ban-nhan-dan-cac-xa-co-diem-du-lich-cong-dong"
    members = holders_for_duty(communes.body_id, holders)
    assert {h.body_id for h in members} == {"uy-ban-nhan-dan-xa-an-binh", "uy-ban-nhan-dan-xa-phu-tuc",
                                            "uy-ban-nhan-dan-xa-hoa-minh", "uy-ban-nhan-dan-xa-thanh-phong"}


def test_a_tables_holder_codes_are_read_by_the_plans_legend():
    """seventy-fourth: the duty table names its holders by codes ("CA", "BP, CA", "UBX") that a
    "Ghi chú: CA: Công an tỉnh; BP: …" under it spells out; a numbered legend reads the same."""
    from extractors.duties import _decoded, legend
    from pipeline.model import Section

    plan = parse(CORPUS / "seventy-fourth/plan/KH 28-KH-UBND dau tranh toi pham ma tuy tuyen bien gioi 2026.docx")
    holders = {d.body_id for d in plan.duties}
    assert {"cong-an-tinh", "ban-chi-huy-bo-doi-bien-phong-tinh", "so-y-te", "so-giao-duc-va-dao-tao"} <= holders
    coleads = [d for d in plan.duties if d.text.startswith("Mở đợt cao điểm tấn công")]
    assert {d.body_id for d in coleads} == {"cong-an-tinh", "ban-chi-huy-bo-doi-bien-phong-tinh"}
    numbered = Section(id="III", number="III", style="body", level=1, title="III. PHÂN CÔNG",
                       paragraphs=["Đơn vị thực hiện: (1) Sở Y tế; (2) Công an tỉnh; (3) Sở Tài chính."])
    codes = legend([numbered])
    assert _decoded("1, 3", codes) == "Sở Y tế; Sở Tài chính" and _decoded("Quý II/2026", codes) == "Quý II/2026"


def test_an_issuer_line_that_ends_with_a_place_is_a_whole_name():
    """"UBND TỈNH ĐIỆN BIÊN" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO": "BIÊN" ends a place here, not a name that
    goes on ("BỘ ĐỘI BIÊN" / "PHÒNG")."""
    doc = parse(CORPUS / "seventy-fourth/inbox/SGDDT_KH 312 giao duc PCMT truong hoc vung bien.doc")
    assert (doc.meta.parent_issuer, doc.meta.issuer) == ("Ủy ban nhân dân tỉnh Điện Biên", "Sở Giáo dục và Đào tạo")


def test_an_events_plan_dates_its_duties_from_the_event():
    """seventy-third: "Lễ hội diễn ra … từ ngày 24/4/2026 đến ngày 26/4/2026 … (ngày D)"; duties due
    "trước ngày khai mạc 20 ngày", "ngày D-1", "từ ngày D-7 đến ngày D+2", "trong 02 ngày sau khi
    kết thúc Lễ hội"; the report "chậm nhất sau khi kết thúc Lễ hội 10 ngày"."""
    plan = parse(CORPUS / "seventy-third/plan" / next(p.name for p in (CORPUS / "seventy-third/plan").iterdir()))
    def due(start: str) -> str:
        return next(d.deadline for d in plan.duties if d.text.startswith(start))

    assert plan.deadlines["report"] == "2026-05-06"
    assert due("Chủ trì xây dựng kịch bản chương trình") == "2026-04-04"  # D - 20
    assert due("Tổ chức tổng duyệt toàn bộ chương trình") == "2026-04-23"  # D - 1
    assert due("Chỉ đạo lực lượng quản lý thị trường") == "2026-04-26"  # the window's last day, D + 2
    assert due("Tổ chức thu dọn, vệ sinh khu vực") == "2026-04-28"  # the end + 2
