"""check against the demo sets' gold verdicts (corpus/demo: the seed plan and 19
received files; corpus/other: another district, topic and year, held out when the
thresholds of pipeline/match.py were chosen on corpus/demo; corpus/third … seventh:
written blind by helpers, see BLIND below)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import evaluate_check

# these run check on a whole corpus set (OCR, LibreOffice): make test-fast skips them
pytestmark = pytest.mark.slow

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
    assert acc(demo.verdicts) >= 0.90, demo.misses  # measured 0.959 (0.980 with the two-part rule chosen on this set alone)
    assert acc(demo.statuses) >= 0.95 and acc(demo.roles) >= 0.95
    assert acc(demo.senders) >= 0.95 and acc(demo.on_time) >= 0.9


def test_other_locality_works_with_only_a_roster(other):
    acc = other.accuracy
    assert acc(other.verdicts) >= 0.85, other.misses  # measured 0.933 (0.967 with the demo-only two-part rule)
    assert acc(other.senders) >= 0.95 and acc(other.statuses) == 1.0


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
    from pipeline.checking.holders import elsewhere

    assert elsewhere(issuer, parent, plan_issuer, plan_parent) is other_place


def test_a_unit_plan_answers_the_duty_to_make_one():
    from pipeline.checking.similarity import Similarity, judge, says_plan_issued

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
    from pipeline.checking.similarity import Similarity, judge, parts, thresholds

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
    assert (sim.matrix(parts(duty), [listing]).ravel() < thresholds()["part_covered"]).sum() >= 2
    verdict = judge(duty, [listing] + other, sim)
    assert (verdict.status, verdict.parts_covered, verdict.task_index) == ("covered", 3, 0)


def test_a_covering_letter_and_the_report_it_sends():
    """A file holding a công văn "V/v báo cáo kết quả thực hiện Chỉ thị …" and then the report it
    sends, of one unit, is the report: its activities are judged, not the letter's (twenty-ninth's
    Sở Tài chính); a report form headed in capitals "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ
    18/KH-UBND …" cites the plan (thirtieth's khu phố 6)."""
    from pipeline import parse
    from pipeline.checking.classify import classify, doc_cites_plan
    from pipeline.checking.holders import build_holders, load_roster
    from pipeline.runmodel import FileResult, Role

    base = CORPUS / "twenty-ninth"
    plan = parse(next((base / "plan").iterdir()))
    holders = build_holders(plan.duties, load_roster(base / "roster.yaml"))
    path = base / "inbox" / "STC_CV 2210 kem BC 186 thuc hien CT 05.docx"
    fr = FileResult(rel=path.name, path=path, sha256="", doc=parse(path, split=True))
    classify(fr, plan, holders)
    assert (fr.role, fr.holder.body_id, fr.doc.meta.number, fr.documents) == (Role.REPORT, "so-tai-chinh", "186/BC-STC", 2)

    base = CORPUS / "thirtieth"
    plan = parse(next((base / "plan").iterdir()))
    form = parse(base / "inbox" / "Khu pho" / "KP6_Bieu BC 6 thang 2026.xlsx")
    assert form.meta.number == "06/BC-KP6" and doc_cites_plan(form, plan)


def test_a_letter_that_asks_no_plans_expects_reports_only():
    """Công văn 1432/UBND-VX asks its addressees for reports by 21/6/2024 and for no plans: every
    holder is expected to send a report only (no plan chased in the reminder letters, "Không yêu
    cầu" in the spreadsheet); the Chỉ thị of twenty-ninth asks the communes for their plans by
    28/02/2026, so plans are expected there (thirty-first, twenty-ninth)."""
    from pipeline import parse
    from pipeline.checking import CheckOptions
    from pipeline.checking.holders import build_holders, load_roster
    from pipeline.checking.run import expected_kinds

    base = CORPUS / "thirty-first"
    letter = parse(next((base / "plan").iterdir()))
    options = CheckOptions(next((base / "plan").iterdir()), base / "inbox", base / "roster.yaml")
    assert expected_kinds(letter, options) == ("report",)
    holders = build_holders(letter.duties, load_roster(base / "roster.yaml"), expected_kinds(letter, options))
    assert {h.expected for h in holders} == {("report",)}
    directive = parse(next((CORPUS / "twenty-ninth" / "plan").iterdir()))
    assert expected_kinds(directive, options) == ("plan", "report")


def test_an_activity_answers_the_duty_it_is_closest_to():
    """A unit's broadcast news on vaccination shares "tiêm chủng" with its duty to hang banners
    during the campaigns; it answers its other duty, to broadcast, and takes up no part of the
    banners (twenty-first's Phòng Văn hóa và Thông tin, reduced)."""
    from pipeline.checking.similarity import Rivals, Similarity, judge

    banners = "Chỉ đạo treo băng rôn, khẩu hiệu tuyên truyền tại trụ sở cơ quan, nơi công cộng trong các đợt tiêm chủng chiến dịch"
    news = "Chỉ đạo Trung tâm Văn hóa xây dựng chuyên mục, phát sóng tin, bài, phóng sự về tiêm chủng trên sóng phát thanh"
    tasks = ["Phối hợp với Trung tâm Văn hóa, Thể thao và Truyền thông huyện phát sóng tối thiểu 30 tin, bài, phóng sự "
             "về tiêm chủng, tập trung trước các đợt tiêm chủng chiến dịch",
             "Tổ chức hội thi văn nghệ quần chúng tại nhà văn hóa các thôn"]
    sim = Similarity([banners, news] + tasks)
    assert judge(banners, tasks, sim).status != "missing"  # alone, the shared words take it up
    assert judge(banners, tasks, sim, others=[news]).status == "missing"
    assert judge(news, tasks, sim, others=[banners]).status == "covered"
    # the holder's duties as one shared set (scored once per document, as a run does) say the same
    rivals = Rivals([banners, news], sim)
    assert judge(banners, tasks, sim, others=rivals).status == "missing"
    assert judge(news, tasks, sim, others=rivals).status == "covered"


def test_a_funding_paragraph_that_allocates_is_an_activity(tmp_path):
    """A unit plan's "Kinh phí" section that allocates money answers a duty "Bố trí kinh phí";
    one that only names the source is no activity (nineteenth's Phụng Hiệp, reduced)."""
    from pipeline import parse

    plan = tmp_path / "kh.txt"
    plan.write_text("\n".join([
        "ỦY BAN NHÂN DÂN", "HUYỆN PHỤNG HIỆP", "Số: 54/KH-UBND", "Phụng Hiệp, ngày 10 tháng 5 năm 2024",
        "KẾ HOẠCH", "Bảo vệ môi trường năm 2024",
        "I. NỘI DUNG", "Rà soát, xử lý dứt điểm 12 điểm tồn đọng rác thải.",
        "II. KINH PHÍ",
        "Bố trí 3,2 tỷ đồng từ nguồn sự nghiệp môi trường năm 2024 cho công tác thu gom, vận chuyển rác thải.",
        "Kinh phí thực hiện từ nguồn ngân sách huyện theo phân cấp.",
        "III. TỔ CHỨC THỰC HIỆN", "Phòng Tài nguyên và Môi trường huyện theo dõi, tổng hợp."]), encoding="utf-8")
    texts = [t.text for t in parse(plan).tasks]
    assert any(t.startswith("Bố trí 3,2 tỷ đồng") for t in texts)
    assert not any(t.startswith("Kinh phí thực hiện") for t in texts)


# The sets written blind by helpers who saw neither the program nor its output: what each
# exercises, its verdict threshold, and (in the comment) its first run and its figure now.
BLIND = {
    # a southern district; units under provincial parents (Sở Y tế tỉnh, Hội LHPN tỉnh); a
    # section "Kinh phí và tổ chức thực hiện". First run 0.879 (senders 0.778), now 1.000.
    "third": 0.90,
    # a province plan whose duties are a table (lead, support, time), rows led by "UBND các
    # huyện, thị xã, thành phố" answered by the districts that sent; no roster; a duplicate.
    # First run 0.906, now 0.938.
    "fourth": 0.85,
    # a TCVN3 DOCX, a scanned plan, a phone photo of page 1, a .doc, a plan that does not cite
    # the master plan, a combined report, abbreviated headers, a draft and its signed version.
    # First run 0.929, now 0.976.
    "fifth": 0.90,
    # a Sở's Quyết định with the plan attached in the same file; internal documents without a
    # number; schools and district offices as members of two collectives. First run 0.200 (no
    # duty found), now 0.960.
    "sixth": 0.90,
    # a commune's plan whose holders label their paragraphs ("- Công an xã: …"); village heads
    # and schools as members; executive committees sending ("BCH Hội LHPN xã"). First run
    # 0.125 (no duty found), now 1.000.
    "seventh": 0.90,
}

# Issue #13's zoo of plan shapes, each written blind: (verdicts, duty register F1, senders)
# held in make test, under today's figures; first runs and figures now in README.md. Goals
# (0.90 / 0.95 / 0.98) not yet met on every set are the open part of #13.
SHAPES = {
    # province plan: ten holder headings with lettered duties, an appendix table restating most of
    # them; the Front's Ban Thường trực; a spreadsheet report; a cover letter and a plan in one PDF.
    # First run: register 0.500, verdicts 0.514; now 1.000 / 0.900.
    "eighth": (0.92, 0.95, 1.0),
    # a commune's 2026 plan whose tasks end with their assignment in parentheses; ODS report; a
    # web copy; a scan; a register. First run: register 0.105, verdicts 0.038; now 1.000 / 0.923.
    "ninth": (0.90, 0.95, 1.0),
    # a Sở's decision issuing a plan split by level; THPT schools as a collective (no roster), a
    # THCS school that belongs to none; .xls; three schools scanned into one PDF. First run:
    # register 0.412, verdicts 0.221, senders 0.250; now 1.000 / 0.912 / 1.000.
    "tenth": (0.89, 0.95, 1.0),
    # a new province's 2026 plan whose paragraphs open with their holder; wards with near names
    # (Quy Nhơn, Quy Nhơn Bắc, Quy Nhơn Nam; Ia Grai, Ia Krái). First run: register 0.667,
    # verdicts 0.779; now 1.000 / 0.926.
    "eleventh": (0.90, 0.95, 1.0),
    # a district plan with tasks assigned after a dash or "Giao nhiệm vụ:", a body table with a
    # merged holder cell and a continuation row; XLSX report. First run: register 0.556, verdicts
    # 0.533; now 1.000 / 0.933.
    "twelfth": (0.90, 0.95, 1.0),
    # a city plan copied from a legal-document website; numbered wards (Phường 2, 5, 8); a cover
    # letter and plan in one DOCX. First run: register 0.556, verdicts 0.393, senders 0.333; now
    # 1.000 / 0.929 / 1.000.
    "thirteenth": (0.90, 0.95, 1.0),
    # a ministry's 2026 plan: its own Cục and Vụ, and the provinces' Sở Y tế (34 provinces) as a
    # collective; a merged province naming the old ones; an .rtf; a 2024 plan of a Sở that no
    # longer exists. First run: register 0.833, verdicts 0.855, senders 0.800; now 1.000 / 0.968.
    "fourteenth": (0.94, 0.95, 1.0),
    # a mass organisation's plan ("21-KH/HPN", "***", TM. BAN THƯỜNG VỤ) to its district chapters;
    # executive committees sending; a phone photo of page 1; a report citing the plan by title.
    # First run: verdicts 0.426, senders 0.400, roles 0.800; now 0.941 / 1.000 / 1.000.
    "fifteenth": (0.91, 0.95, 1.0),
    # a new province's 2026 plan (headings and a body table); new communes named as old districts
    # (xã Đức Trọng, phường La Gi …); an e-office page saved as HTML; a commune of the same name in
    # another province. First run: verdicts 0.776, senders 0.800, status 0.833; now 0.931 / 1.0
    # (0.897 until a report's status column and the plan's title words were judged, #17).
    "sixteenth": (0.90, 0.95, 1.0),
    # a district plan whose duties are only in an appendix table (merged holder cells, a row that
    # runs on); replies with appendices of their own; a scan whose OCR lost the commune's name.
    # First run: register 0.872, verdicts 0.734, senders 0.833; now 1.000 / 0.969 / 1.000.
    "seventeenth": (0.92, 0.95, 1.0),
    # issue #17's set: a province's plastic-waste plan; replies full of deferrals, negations,
    # status-column reports, paraphrases, partial answers and boilerplate. First run: register
    # 0.936, verdicts 0.681 (0.538 where a document was sent); now 0.979 / 0.806 (0.692).
    "nineteenth": (0.78, 0.95, 1.0),
    # issue #16's set: a commune's plan and 16 replies scanned noisy, rotated, skewed, sealed, a
    # phone photo, signed PDFs. First run: register 0.938, verdicts 0.395, senders 0.500, roles
    # 0.714, status 0.875; now 1.000 / 0.711 / 1.000 (roles and status 1.000).
    "eighteenth": (0.68, 0.95, 1.0),
    # issue #19's set: a merged province's 2026 poverty-reduction plan with 16 targets, reports with
    # figures in prose, Word and Excel tables, a scan, a wrong-year figure. First run: register
    # 0.727, verdicts 0.893, senders 0.857 (a wrapped issuer line "SỞ … VÀ MÔI" / "TRƯỜNG");
    # now 0.727 / 0.964 / 1.000.
    "twentieth": (0.94, 0.72, 1.0),
    # #19's second set: a district's 2024 immunisation plan, 26 of its 37 targets in a matrix of
    # communes by indicators; results tables, an e-mail, a two-row-header Excel form with half-year
    # and full-year figures. First run: register 1.000, verdicts 0.926, senders 1.000 (now the same).
    "twenty-first": (0.92, 0.99, 1.0),
    # #19's third set: a province department's sector plan, its targets for named health centres
    # in a matrix after the signature; a half-year report, last year's rate quoted, commune rates.
    # First run: register 0.938, verdicts 0.547, senders 1.000; now 0.938 / 0.812 / 1.000.
    "twenty-second": (0.80, 0.93, 1.0),
    # #17's second set: a district's forest-fire plan for the dry season; forest rangers, a military
    # command, a forest board and a state company as holders; a report as a công văn, status words
    # and percentages, deferrals in new words, a "tasks for 2026" part. First run: register 0.905,
    # verdicts 0.615 (0.280 where sent), senders 0.500, roles 0.875; now 0.955 / 0.942 / 1.000.
    "twenty-third": (0.92, 0.95, 1.0),
    # #17's third set, the Party's layout: a Huyện ủy's plan (36-HD/VPTW headers, "112-KH/HU"), its
    # Ban, Văn phòng, Ủy ban Kiểm tra and commune Đảng ủy replying; an .xlsx status table, a scanned
    # công văn that reports. First run: register 0.955, verdicts 0.353 (0.000 where sent), senders
    # 0.167, roles 0.000 (no reply recognised); now 0.955 / 0.956 / 1.000.
    "twenty-fourth": (0.93, 0.95, 1.0),
    # #17's fourth set: a joint plan of two departments (kế hoạch liên tịch, "1520/KHLT-SGDĐT-SYT",
    # two issuers and two signatures side by side); the Youth Union's layout; a công văn to both
    # that reports on another plan first. First run: register 0.905, verdicts 0.645 (0.000 where
    # sent: no reply recognised), senders 0.857; now 0.955 / 0.961 / 1.000.
    "twenty-fifth": (0.95, 0.95, 1.0),
    # #17's fifth set: a steering committee's plan (Ban Chỉ đạo … huyện Châu Phú) whose holders are
    # its members, the courts requested; a six-month report with its "phương hướng", a duplicate
    # "(gửi lại)". First run: register 0.870, verdicts 0.917, senders 0.857; now 0.917 / 0.979 / 1.000.
    "twenty-sixth": (0.96, 0.91, 1.0),
    # #17's sixth set: a province's action programme (CTr) whose duties are appendix rows, some
    # with two co-leads; replies naming only the product; a Gmail print. First run: register 0.872,
    # verdicts 0.633 (0.000 where sent: no reply recognised), senders 0.857; now 0.952 / 0.933 / 1.000.
    "twenty-seventh": (0.92, 0.99, 1.0),
    # #17's seventh set: a school's plan to its own teams and people (Phó Hiệu trưởng, tổ chuyên
    # môn, homeroom teachers, the nurse); team documents with no number; a lesson plan. First run:
    # register 0.857, verdicts 0.589, senders 0.333; now 1.000 / 0.911 / 1.000.
    "twenty-eighth": (0.90, 0.99, 1.0),
    # #17's eighth set: not a plan but a directive (Chỉ thị 05/CT-UBND, Đồng Tháp 2026) whose
    # items are addressed to heads ("Giám đốc Sở …:", "Chủ tịch UBND các xã, phường:"); a covering
    # letter and the report in one file. First run: register 0.095, verdicts 0.040, senders 1.000.
    "twenty-ninth": (0.82, 0.99, 1.0),
    # #17's ninth set: a ward's plan (Phú Mỹ, TP.HCM 2026) whose numbered tasks end "Giao X chủ
    # trì …", answered by item number ("Mục III.5"); a khu phố's report form in capitals. First run:
    # register 0.703, verdicts 0.838, senders 1.000, file status 0.857.
    "thirtieth": (0.94, 0.99, 1.0),
    # #17's eleventh set: the master plan itself a scan (Bù Đốp 2024, three image-only pages,
    # turned, a seal on the signer). First run: no duty found (the run stopped); now register 0.929,
    # verdicts 0.961.
    "thirty-second": (0.94, 0.92, 1.0),
    # #17's tenth set: a công văn to five addressees (Bù Đốp 2024, dengue) whose first items name no
    # holder: each addressee holds them. First run: register 0.562, verdicts 0.588; now 0.952 / 0.921.
    "thirty-first": (0.90, 0.95, 1.0),
    # #17's twelfth set: a commune's plan assigned by a matrix (a column per unit, "CT" / "PH").
    # First run: register 0.174, verdicts 0.095, senders 0.200; now 1.000 / 0.929 / 1.000.
    "thirty-third": (0.90, 0.99, 1.0),
    # #17's thirteenth set: a multi-year plan (2021-2025) answered by the 2023 reports; a workbook of
    # four communes' sheets; last year's report sent again. First run: register 0.737, verdicts
    # 0.888, file status 0.800, on time 0.250; now 0.895 / 0.898 / 1.000 / 1.000.
    "thirty-fourth": (0.88, 0.89, 1.0),
    # #17's fourteenth set: a hospital's plan to its own departments (Tuyên Quang 2026: "Khoa Kiểm
    # soát nhiễm khuẩn", "Phòng Kế hoạch tổng hợp", "Các khoa lâm sàng" with a roster); a checklist
    # workbook; a scan citing the plan by a shorter title. First run: register 0.485, verdicts
    # 0.484, senders 0.286, file status 0.857; now 1.000 / 0.906 / 1.000 / 1.000.
    "thirty-fifth": (0.90, 0.99, 1.0),
    # #17's fifteenth set: a district's 2022 plan whose content items name their lead on lines of
    # their own ("Cơ quan chủ trì: …"), with a report outline after the signature; reports that
    # follow the outline; a commune's figures table ("Số lượng" "-"). First run: register 0.722,
    # verdicts 0.434; now 1.000 / 0.934.
    "thirty-sixth": (0.92, 0.99, 1.0),
    # #17's sixteenth set: an inspection plan (Sở Nội vụ Hà Tĩnh 2025) whose units each owe a
    # self-report five working days before their own day in its schedule table; a unit's two reports
    # (self-inspection, then remedies); the inspecting office's own plan, though none was asked.
    # First run: verdicts 0.816, on time 0.714; now 0.882 / 0.857.
    "thirty-seventh": (0.87, 0.99, 1.0),
    # #17's eighteenth set: a plan that amends another ("Sửa đổi điểm a khoản 1 mục III (nhiệm vụ
    # của Phòng …) như sau: "a) …""), the earlier plan sent back in the inbox, replies citing either.
    # First run: no duty found (the run stopped); now register 1.000, verdicts 0.893 (0.929 until
    # session 16: a long paragraph compared sentence by sentence, +3 on all 109 sets, costs it one)
    "thirty-ninth": (0.89, 0.99, 1.0),
    # #17's nineteenth set: a commune's 2026 plan answered by a report sent as two phone photos, a
    # page each (the second with no header), a DOCX with tracked changes, a village head's report
    # naming the plan's subject by abbreviations. First run: register 0.875, verdicts 0.812, file
    # status 0.667, senders 0.833; now 1.000 / 0.875 / 1.000 / 1.000.
    "fortieth": (0.86, 0.99, 1.0),
    # #17's seventeenth set: a district's Tết plan whose units report through online forms (the
    # Google Sheets export of one, a row per unit, one unit answering twice; the CSV export of
    # another); eleven items lettered a-l in the Vietnamese alphabet. First run: register 0.774,
    # verdicts 0.387, senders 0.273, roles 0.600; now 1.000 / 0.976 / 1.000 / 1.000.
    "thirty-eighth": (0.96, 0.99, 1.0),
    # #17's twentieth set: the master plan a workbook (the "Danh mục nhiệm vụ" of a Kế hoạch, a
    # table before any heading, a second sheet of reporting rules). First run: no duty found (the
    # run stopped); now register 1.000, verdicts 0.944.
    "forty-first": (0.93, 0.99, 1.0),
    # #17's twenty-second set: replies saved as .eml (an attachment, two, a .zip, a report typed in
    # the mail, a forwarded mail, an empty attachment). First run: verdicts 0.370, senders 0.143,
    # file status 0.222; now 0.891 / 1.000 / 1.000.
    "forty-third": (0.88, 0.99, 1.0),
    # #17's twenty-first set: a district's plan whose tasks are scheduled in a timeline of months
    # (T1 … T12 marked "x"), a lead marked "(chủ trì)" in a cell of two. First run: register 0.158
    # (deadlines 0.167), verdicts 0.818; now 1.000 / 0.909.
    "forty-second": (0.89, 0.99, 1.0),
    # #17's twenty-third to twenty-fifth sets: a university's plan to its faculties (first run:
    # register 1.000, verdicts 0.828; now 0.922); a police department's plan to its units (first run: register
    # 0.095, verdicts 0.028; now 1.000 / 0.986); a commune Party committee's plan after the reform
    # (first run: senders 0.714, verdicts 0.779; now 1.000 / 0.849).
    "forty-fourth": (0.91, 0.99, 1.0),
    "forty-fifth": (0.97, 0.99, 1.0),
    "forty-sixth": (0.89, 0.99, 1.0),
    # #17's twenty-sixth and twenty-seventh sets: a Thông báo kết luận that gives out tasks (first
    # run: register 0.929, senders 0.800, verdicts 0.875; now 1.000 / 1.000 / 0.938); a State
    # enterprise's plan to its branches (first run: register 1.000, verdicts 0.958).
    "forty-seventh": (0.93, 0.99, 1.0),
    "forty-eighth": (0.95, 0.99, 1.0),
    # session 10's four: replies that are pictures inside a DOCX, a PDF, a JPG (first run, the
    # gold's ids put right: files 0.889, verdicts 0.812; now 1.000 / 0.828); general periodic reports
    # (files 0.889, verdicts 0.797; now 1.000 / 0.953); a council's plan typed in abbreviations
    # (register 0.483, senders 0.800, verdicts 0.219; now 0.875 / 1.000 / 0.766); a Công điện
    # (register 0.828, on time 0.000, verdicts 0.790; now 1.000 / 1.000 / 0.855). (0.828 since
    # session 16: the sentences of a long paragraph, +3 on all 109 sets, cost this set one verdict.)
    "forty-ninth": (0.82, 0.99, 1.0),
    "fiftieth": (0.93, 0.99, 1.0),
    "fifty-first": (0.89, 0.90, 1.0),  # (0.766 → 0.906 in session 12: "HĐNVQS các xã, TT" held by the communes)
    "fifty-second": (0.92, 0.99, 1.0),
    # three more of session 10: replies bundled in zips (first run: files 0.400, senders 0.333,
    # verdicts 0.828; now 1.000 / 1.000 / 0.931); a tax office's plan after the 2025 reform
    # (senders 0.222, register 0.857, verdicts 0.486; now 1.000 / 0.867 / 0.843); the plan's own
    # task table returned filled in (register 0.971, verdicts 0.924; now 1.000 / 0.955). The
    # register of fifty-third and fifty-fourth is short by their gold's "Phối hợp với …" items as
    # lead, where the corpus's other 57 such items are support.
    "fifty-third": (0.91, 0.93, 1.0),
    "fifty-fourth": (0.82, 0.86, 1.0),
    "fifty-fifth": (0.93, 0.99, 1.0),
    # the last two of session 10: a provincial court's plan after the 2025 reform (first run:
    # register 0.571, senders 0.778, verdicts 0.183; now 1.000 / 1.000 / 0.833); one report on two
    # plans and last year's plan in the inbox (read right at once: 0.923).
    "fifty-sixth": (0.81, 0.99, 1.0),
    "fifty-seventh": (0.90, 0.99, 1.0),
    # session 11: enterprises as holders, companies' letterheads, a letter registering a plan, an
    # English checklist (first run: register 0.571, senders 0.800, verdicts 0.690; now 0.914 /
    # 1.000 / 0.905); duties of several parts (0.933 / 1.000 / 0.870; now 0.968 / 1.000 / 0.944);
    # versions and copies of one reply (0.643 / 0.700 / 0.735; now 1.000 / 1.000 / 0.868)
    "fifty-eighth": (0.88, 0.90, 1.0),
    "fifty-ninth": (0.92, 0.95, 1.0),
    "sixtieth": (0.84, 0.99, 1.0),
    # a commune's hamlets with Khmer names, a handwritten page, a chat saved as text (first run:
    # verdicts 0.778, senders 0.800; now 0.875 / 1.000); replies of other document types (0.741,
    # 0.875; now 0.879, 0.875: a scanned biên bản's header is misread); one file for several
    # units (0.886, 0.917; now 0.886, 1.000)
    "sixty-first": (0.85, 0.99, 1.0),
    "sixty-second": (0.85, 0.99, 0.87),
    "sixty-third": (0.85, 0.99, 1.0),
    # less common formats (first run: files 0.818, senders 0.778, verdicts 0.848; now 1.000 / 1.000
    # / 0.870); boilerplate answers (verdicts 0.815; now 0.889); duties given to posts and people
    # (register 0.933, senders 0.778, verdicts 0.781; now 1.000 / 1.000 / 0.859)
    "sixty-fourth": (0.84, 0.99, 1.0),
    "sixty-fifth": (0.86, 0.96, 1.0),
    "sixty-sixth": (0.83, 0.99, 1.0),
    # replies typed without marks, with old tone marks, in NFD, half and half (first run: senders
    # 0.857, on time 0.714, verdicts 0.804; now 1.000 / 1.000 / 0.946); a five-year programme's
    # phases and periodic reports (register 0.467, on time 0.500, verdicts 0.438; now 1.000 /
    # 1.000 / 0.958); abbreviations both ways after the 2025 reform (verdicts 0.871; now 0.919)
    "sixty-seventh": (0.92, 0.99, 1.0),
    "sixty-eighth": (0.93, 0.99, 1.0),
    "sixty-ninth": (0.90, 0.99, 1.0),
    # status by ticks and marks (first run: role 0.889, on time 0.889, verdicts 0.771; now 1.000 /
    # 1.000 / 0.896); the reminder round (files 0.750, senders 0.875, verdicts 0.893; now 1.000 /
    # 1.000 / 0.964); a plan's merged-cell appendix table (register 1.000, verdicts 0.885 at once)
    "seventieth": (0.88, 0.99, 1.0),
    "seventy-first": (0.95, 0.99, 1.0),
    "seventy-second": (0.87, 0.99, 1.0),
    # an event's plan dated from the event (first run: register 0.000, on time 0.500, verdicts
    # 0.841; now 1.000 / 1.000 / 0.909); holders by codes with a legend (register 0.118, senders
    # 0.625, verdicts 0.040; now 0.968 / 1.000 / 0.860); a lead body's consolidated report beside
    # its members' own (verdicts 0.870, senders 0.833; now 0.907 / 1.000)
    "seventy-third": (0.89, 0.99, 1.0),
    "seventy-fourth": (0.84, 0.96, 1.0),
    "seventy-fifth": (0.89, 0.99, 1.0),
    # replies as the receiving office keeps them, incoming stamps, routing notes, a fax line, a
    # routing slip stapled in front (first run: senders 0.778, role 0.889, on time 0.889, verdicts
    # 0.870; now 1.000 / 1.000 / 1.000 / 0.907); a series of periodic reports (on time 0.154,
    # verdicts 0.913; now 1.000 / 0.957); replies to a sibling plan of the issuer in the same
    # inbox (role 0.667, verdicts 0.667; now 1.000 / 0.815)
    "seventy-sixth": (0.89, 0.96, 1.0),
    "seventy-seventh": (0.93, 0.99, 1.0),
    "seventy-eighth": (0.80, 0.99, 1.0),
    # the holders merged or renamed between the plan and the replies (first run: verdicts 0.646,
    # 0.320 where sent; now 0.812); page furniture, footnotes, line numbers, a watermark (register
    # 0.909, verdicts 0.944; now 1.000 / 0.963); a reply in pieces, an appendix as its own file
    # (files 0.909, senders 0.900, on time 0.700, verdicts 0.980; now 1.000 / 1.000 / 1.000 / 0.980)
    "seventy-ninth": (0.79, 0.99, 1.0),
    "eightieth": (0.94, 0.99, 1.0),
    "eighty-first": (0.96, 0.99, 1.0),
    # a mass organisation's plan in its own layout (first run: verdicts 0.983, all else 1.000);
    # a school year's plan dated by its calendar (register 0.500, on time 0.778, verdicts 0.962;
    # now 1.000 / 1.000 / 0.962); duties that wait for an event, replies that say nothing
    # happened (register 0.933, verdicts 0.833; now 1.000 / 0.889)
    "eighty-second": (0.96, 0.99, 1.0),
    "eighty-third": (0.94, 0.99, 1.0),
    "eighty-fourth": (0.87, 0.99, 1.0),
    # report tables turned the other way, duties as columns (first run: register 0.000, verdicts
    # 0.000, senders 0.857; now 0.857 / 0.870 / 1.000: the scan whose place OCR lost is known by its
    # opening's "…, Trung tâm Y tế khu vực Kỳ Anh báo cáo …"); a collective of many communes after the reform with a partial
    # roster (files 0.846, verdicts 0.887; now 0.923 / 0.927)
    "eighty-fifth": (0.84, 0.85, 1.0),
    "eighty-sixth": (0.91, 0.96, 1.0),
    # session 14: duties with targets, reports with figures (first run: verdicts 0.854; now
    # 0.896); a Front committee's supervision plan (register 0.500, verdicts 0.260, senders 0.700;
    # now 1.000 / 0.900 / 1.000); replies in rounds (verdicts 0.907, files 0.923; now 0.944);
    # terse answers by item number (verdicts 0.900, register 0.929; now 0.975); answers in other
    # words (verdicts 0.750, senders 0.625, register 0.938; now 0.812 / 1.000 / 1.000)
    "eighty-seventh": (0.87, 0.99, 1.0),
    "eighty-eighth": (0.88, 0.99, 1.0),
    "eighty-ninth": (0.92, 0.99, 1.0),
    "ninetieth": (0.95, 0.92, 1.0),
    "ninety-first": (0.79, 0.99, 1.0),
    # an office typing in legacy fonts (TCVN3 .doc/.TXT, VNI .rtf, a TCVN3 text layer; first run:
    # verdicts 0.812, senders 0.714; now 0.917 / 1.000); a project board's coded activities
    # answered by code (register 0.828, verdicts 0.771; now 0.966 / 0.854)
    "ninety-second": (0.89, 0.99, 1.0),
    "ninety-third": (0.83, 0.95, 1.0),
    # a bilingual plan of a donor-supported programme (first run: register 0.706, verdicts 0.458,
    # senders 0.667; now 1.000 / 0.833 / 1.000)
    "ninety-fourth": (0.81, 0.99, 1.0),
    # a land inventory whose duties are the steps of a fixed schedule, mid-course reports (first
    # run: register 0.703, file status 0.800, verdicts 0.583; now 0.944 / 0.900 / 0.903)
    "ninety-fifth": (0.88, 0.94, 1.0),
    # reports whose verdict hides in their later sections, Tồn tại / Phương hướng / Kiến nghị
    # (first run: verdicts 0.850; now 0.900)
    "ninety-sixth": (0.87, 0.99, 1.0),
    # reports as workbooks: a filled form, a consolidated book of a sheet per commune (first run:
    # register 0.667, on time 0.000, verdicts 0.806; now 1.000 / 1.000 / 0.855)
    "ninety-seventh": (0.83, 0.99, 1.0),
    # a plan and replies typed without numbered headings, bullets of all kinds (first run: no duty
    # found; now register 0.933, verdicts 0.895)
    "ninety-eighth": (0.86, 0.93, 1.0),
    # a 2019 plan before NĐ 30, old tone marks, a fax, a draft's number (first run: files 0.900,
    # senders 0.889, verdicts 0.796; now 1.000 / 1.000 / 0.870)
    "ninety-ninth": (0.85, 0.99, 1.0),
    # the armed forces' own offices, border posts, a Báo cáo nhanh (first run: register 0.786,
    # senders 0.571, verdicts 0.760; now 1.000 / 1.000 / 0.900)
    "one-hundredth": (0.87, 0.99, 1.0),
    # answers that say who was told to do the work (first run: senders 0.875, verdicts 0.852; now
    # 1.000 / 0.907)
    "one-hundred-first": (0.86, 0.99, 1.0),
    # duties given by pointing at the plan's own items (first run: register 0.143, verdicts 0.050;
    # now 1.000 / 0.833)
    "one-hundred-second": (0.80, 0.99, 1.0),
    # a commune's plan assigning work only through a CT/PH matrix under abbreviated headers, its
    # supporters asked to report (first run: register 0.291, verdicts 0.106; now 1.000 / 0.955)
    "one-hundred-third": (0.93, 0.99, 1.0),
    # a power corporation's plan to its boards and subsidiaries, a collective named with its
    # members, a Tờ trình as a plan (first run: register 0.688, roles 0.875, verdicts 0.290; now
    # 1.000 / 1.000 / 0.952)
    "one-hundred-fourth": (0.93, 0.99, 1.0),
    # replies that push back: not our remit, done last year, reported elsewhere, only part (first
    # run: verdicts 0.800; now 0.860)
    "one-hundred-fifth": (0.84, 0.93, 1.0),
    # a Gantt chart of months, unit plans that copy it with months moved (first run: register
    # 0.870, verdicts 0.409; now 1.000 / 0.955)
    "one-hundred-sixth": (0.93, 0.99, 1.0),
    # reports whose summary table and narrative disagree (first run: register 0.903, on time
    # 0.222, verdicts 0.938; now 0.968 / 1.000 / 0.938)
    "one-hundred-seventh": (0.92, 0.96, 1.0),
    # a ministry's plan to its departments and four provinces, a Sở reporting for its province
    # (first run: register 0.857, senders 0.875, verdicts 0.667; now 1.000 / 1.000 / 0.833)
    "one-hundred-eighth": (0.81, 0.99, 1.0),
    # narrative reports in one block, a tổ trưởng's page without a header, a Zalo photo (first run:
    # register 0.941, senders 0.750, on time 0.750, verdicts 0.821; now 0.941 / 1.000 / 1.000 / 0.893)
    "one-hundred-ninth": (0.87, 0.93, 1.0),
    # a joint plan of two provinces, bodies "of both", replies from both sides (first run: register
    # 0.000, senders 0.375, verdicts 0.042; now 0.903 / 1.000 / 0.854)
    "one-hundred-tenth": (0.83, 0.90, 1.0),
    # session 17. a Quy chế phối hợp issued by a Quyết định, duties in Chương III's khoản and điểm
    # (first run: register 0.780, on time 0.600, verdicts 0.786; now 0.923 / 1.000 / 0.839)
    "one-hundred-eleventh": (0.82, 0.92, 1.0),
    # an election plan whose deadlines count from election day (first run: register 0.167, on time
    # 0.333, verdicts 0.838; now 1.000 / 1.000 / 0.868)
    "one-hundred-twelfth": (0.85, 0.99, 1.0),
    # a network-security plan answered in IT staff's English words (first run: register 0.895,
    # senders 0.900, verdicts 0.571; now 1.000 / 1.000 / 0.750)
    "one-hundred-thirteenth": (0.73, 0.99, 1.0),
    # duties of overlapping groups of communes, a roster member_of list (first run: the run stopped;
    # now register 1.000, verdicts 0.888)
    "one-hundred-fourteenth": (0.87, 0.99, 1.0),
    # replies in pieces: supplements, a correction letter, a cover letter (first run: register 0.970,
    # verdicts 0.909; now 0.970 / 0.932)
    "one-hundred-fifteenth": (0.91, 0.96, 1.0),
    # one row per unit, several tasks in a cell (first run: register 0.000, verdicts 0.000; now
    # 0.894 / 0.939)
    "one-hundred-sixteenth": (0.92, 0.88, 1.0),
    # an NGO partner's report in English only (first run: register 0.789, verdicts 0.696; now 0.950
    # / 0.804)
    "one-hundred-seventeenth": (0.78, 0.93, 1.0),
    # a Tết plan's lunar deadlines (first run: register 0.245, on time 0.000, verdicts 0.889; now
    # 0.958 / 0.900 / 0.903)
    "one-hundred-eighteenth": (0.88, 0.93, 1.0),
    # schools whose names differ by a word or a number (first run: senders 0.889, verdicts 0.891;
    # now 1.000 / 0.913)
    "one-hundred-nineteenth": (0.89, 0.92, 1.0),
    # six-month reports on a year's plan (first run: verdicts 0.679; now 0.750)
    "one-hundred-twentieth": (0.73, 0.97, 1.0),
    # names in transition after the 2025 merger (first run: verdicts 0.697; now 0.773)
    "one-hundred-twenty-first": (0.75, 0.97, 1.0),
    # an inspection conclusion's recommendations as duties (first run: register 0.000, verdicts
    # 0.000; now 0.927 / 0.743)
    "one-hundred-twenty-second": (0.72, 0.90, 1.0),
    # tasks naming their holders after them (first run: no duty found; now register 0.703,
    # verdicts 0.426: the supporters' rows and "các đơn vị" read as every unit are the gold's)
    "one-hundred-twenty-third": (0.40, 0.68, 1.0),
    # last year's documents in this year's inbox (first run: register 0.895, verdicts 0.647; now
    # 0.919 / 0.794)
    "one-hundred-twenty-fourth": (0.77, 0.90, 1.0),
    # tasks in a content part's items that open with their holder, restated in a Phụ lục by
    # reference ("Điểm a khoản 1"); replies by number (first run: register 0.000, verdicts 0.040;
    # now 0.970 / 0.900)
    "one-hundred-twenty-sixth": (0.87, 0.95, 1.0),
    # posts and people as holders ("Đồng chí Võ Đình Nam - Công chức Tư pháp - Hộ tịch") (first
    # run: register 0.762, senders 0.833, verdicts 0.590; now 0.913 / 0.833 / 0.769)
    "one-hundred-twenty-fifth": (0.74, 0.88, 0.8),
    # duties done another way; xóm reports (first run: senders 0.700, verdicts 0.645; now 1.000 /
    # 0.742)
    "one-hundred-twenty-seventh": (0.71, 0.94, 1.0),
    # the report date moved by the issuer's letters in the inbox (first run: on time 0.625, files
    # 0.923, verdicts 0.676; now 1.000 / 1.000 / 0.676)
    "one-hundred-twenty-eighth": (0.64, 0.89, 1.0),
    # counts short of the duty's number (first run: verdicts 0.788)
    "one-hundred-twenty-ninth": (0.75, 0.93, 1.0),
}

# Files whose status is still wrong, each a known gap (README): twenty-eighth's homeroom teacher's
# report cites no plan and its title ("Công tác chủ nhiệm học kỳ I, lớp 11A3") is off the plan's
# topic, so it is "không thuộc kế hoạch này"; the gold counts it (its content answers three duties).
KNOWN_STATUS_MISSES = {"twenty-eighth": {"GVCN/11A3 - BC cong tac chu nhiem HKI.pdf"},
                       # a Phó Chủ tịch's "GHI CHÚ GỬI VĂN PHÒNG" (no type of NĐ 30, the plan cited only in
                       # a line the header takes): not known as her report
                       "sixty-sixth": {"PCT Ha gui VP - tom tat phan viec DA06.docx"},
                       # a commune's report on its own festival (Lễ hội Cầu ngư), on the plan's
                       # subject by its title's words, taken as its report on the plan's festival
                       "seventy-third": {"BC Le hoi Cau ngu 2026 - Yen Hoa.pdf"},
                       # a cover letter sending reports: "ok" and "other" here (as thirty-seventh's
                       # gold has it), "unrecognized" in this gold
                       "seventy-fifth": {"SGDDT gui 19.11/CV 2318-SGDDT gui BC thuc hien KH 27.pdf"},
                       # a ward's report on the Tết food-safety work, citing no plan: the gold takes it
                       # for a reply to the sibling Tết plan by its period; here it is read as its report
                       "seventy-eighth": {"BC ATTP phuong Nam Nha Trang.docx"},
                       # a commune Party committee's plan ("TM. ĐẢNG ỦY") beside its People's Committee:
                       # the gold calls it no reply of the commune; here it is read (ok, no sender)
                       "eighty-sixth": {"Xa phuong/Tien Yen - KH 45-KH DU PCTT.docx"},
                       # a Sở's letter correcting its report's number: "ok" and "other" here (a holder's
                       # related letter, as thirty-seventh's gold has it), "unrecognized" in this gold
                       "eighty-ninth": {"SYT - CV 2291 dinh chinh so BC.pdf"},
                       # a school's quarterly report to the partner in English only, with a cover page and
                       # no NĐ 30 header: not read as its report (an English document is not read)
                       "ninety-fourth": {"Truong thi diem/DBD_QPR Q2-2026 WASH in Schools.pdf"},
                       # a company's letter asking to put a step off: "ok" and "other" here (a holder's
                       # related letter, as thirty-seventh's gold has it), "unrecognized" in this gold
                       "ninety-fifth": {"Cong ty LN CYS/CV 46 de nghi lui thoi gian ban giao ho so.docx"},
                       # a third province's letter asking for the plan's experience, citing its number:
                       # "ok" and "other" here, "unrecognized" in this gold
                       "one-hundred-tenth": {"CV 2143 SNNMT Quang Tri de nghi chia se KN quan ly cat soi.pdf"},
                       # a holder's report on a neighbouring subject (Vietnamese workers going abroad),
                       # citing no plan: read as its report on this one; "unrecognized" in the gold
                       "one-hundred-eleventh": {"BC nam 2026/Xa phuong/P.Cam Duong - BC 276 lao dong 2026.docx"},
                       # a correction letter and a cover letter of holders: "ok" and "other" here (as
                       # thirty-seventh's gold has it), "unrecognized" in this gold
                       "one-hundred-fifteenth": {"TYT - CV 51 dinh chinh so lieu BC 45.pdf",
                                                 "Truong hoc/TH Tam Nong 1 - CV 67 gui bo sung tai lieu.pdf"},
                       # the NGO's progress report in English only: not read as its report (an English
                       # document is not read; ninety-fourth's too)
                       "one-hundred-seventeenth": {"HWT/HWT_PuNhi_Progress Report Q2 2026_final.pdf"},
                       # the Công an's Tết greeting letter (Thư chúc Tết), citing the plan's subject
                       # (fireworks): a holder's "other" document here, "unrecognized" in the gold
                       "one-hundred-eighteenth": {"Thu chuc Tet - CA phuong Tam Diep.pdf"},
                       # a treasury receipt (Giấy nộp tiền vào ngân sách) alone, a form with no NĐ 30
                       # header: "unrecognized" here, a holder's "other" document in the gold
                       "one-hundred-twenty-second": {"Chung tu nop tien/GNT 0001246 Trung Thanh 16.9.2026.pdf"}}

# Targets against results (#19), where a set has target gold: (results attached as the gold
# attaches them, targets judged as the gold judges them). First run on the six sets other than
# twentieth (whose output the judging was built on): attached 0.392, judged 0.574 of 47; the
# figures held here are those of now (README, "Targets and results").
TARGET_RESULTS = {"eighth": (0.85, 0.73), "fourteenth": (0.87, 0.50), "sixth": (0.62, 0.50), "nineteenth": (0.85, 0.50),
                  "sixteenth": (0.56, 0.50), "seventeenth": (0.81, 0.62), "twentieth": (1.0, 1.0),
                  # blind for this part; first run: attached 0.381, judged 0.189 (README)
                  "twenty-first": (0.85, 0.97),
                  # first run: attached 0.556, judged 0.235 (README)
                  "twenty-second": (0.93, 1.0),
                  # blind, session 14 (first run: attached 0.778, judged 0.824)
                  "eighty-seventh": (0.77, 0.82)}


# Each set later gained, written blind as well, a spreadsheet report and a file of two documents
# where it had none (first runs in README.md); the figures above are with them.


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SHAPES))
def test_a_plan_shape_written_blind(name):
    verdicts, register, senders = SHAPES[name]
    run = evaluate_check(CORPUS / name / "gold.json", jobs=2)
    acc = run.accuracy
    assert not [m for m in run.misses if m.startswith("file not seen")]
    assert run.register is not None and run.register.f1 >= register, run.misses
    assert acc(run.verdicts) >= verdicts, run.misses
    assert acc(run.senders) >= senders, run.misses
    status_misses = {m.split(": status gold=")[0] for m in run.misses if ": status gold=" in m}
    assert status_misses == KNOWN_STATUS_MISSES.get(name, set()), run.misses
    if name in TARGET_RESULTS:
        attached, judged = TARGET_RESULTS[name]
        assert acc(run.attachments) >= attached and acc(run.judgements) >= judged, run.misses


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(BLIND))
def test_a_set_written_blind(name):
    run = evaluate_check(CORPUS / name / "gold.json", jobs=2)
    acc = run.accuracy
    assert not [m for m in run.misses if m.startswith("file not seen")]
    assert acc(run.verdicts) >= BLIND[name], run.misses
    assert acc(run.senders) == 1.0 and acc(run.statuses) == 1.0 and acc(run.roles) == 1.0, run.misses
    assert acc(run.on_time) == 1.0, run.misses


def test_a_clause_that_only_says_how_much_or_by_when_is_not_a_part_of_its_own():
    from pipeline.checking.similarity import parts

    duty = ("Chủ trì, phối hợp với Trung tâm Văn hóa - Thông tin - Thể thao cấp huyện tổ chức các lớp dạy bơi an "
            "toàn cho học sinh tiểu học, trung học cơ sở; mỗi huyện, thị xã, thành phố tổ chức ít nhất 02 lớp, hoàn "
            "thành trước ngày 31/5/2025.")
    assert len(parts(duty)) == 1
    two = "Tổ chức tập huấn cho giáo viên; rà soát, trang bị phao cứu sinh tại các trường."
    assert len(parts(two)) == 2
