"""The main job on an inbox built here: every file accounted for, roles, senders,
submissions and lateness, coverage verdicts with evidence, the spreadsheet."""

from __future__ import annotations

import csv
import json
import textwrap

import builders
import pytest
from conftest import ROOT, run_cli

from pipeline.checking import CheckOptions, run_check

HEADER = """
{parent}
{unit}
Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hương Trà, ngày {date}
"""

NOI_VU = HEADER + """
KẾ HOẠCH
Triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2023
Thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2023 của Ủy ban nhân dân thị xã về thực hiện công tác bình đẳng giới, Phòng Nội vụ xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Thực hiện có hiệu quả các nhiệm vụ được giao.
II. NHIỆM VỤ CỤ THỂ
1. Tham mưu Ủy ban nhân dân thị xã ban hành văn bản hướng dẫn về đào tạo nguồn cán bộ nữ và tỷ lệ nữ được bổ nhiệm trong các cơ quan nhà nước; đề xuất giải pháp tăng tỷ lệ nữ giữ vị trí lãnh đạo, quản lý.
2. Phối hợp mở 01 lớp tập huấn kỹ năng lãnh đạo cho nữ cán bộ trong diện quy hoạch và nữ đại biểu Hội đồng nhân dân cấp xã trong quý III/2023.
3. Hằng quý cập nhật số liệu nữ lãnh đạo chủ chốt các cấp, gửi Phòng Lao động - Thương binh và Xã hội.
4. Tổ chức hội thi cắm hoa nhân ngày 8/3 cho nữ công chức.
Nơi nhận:
- UBND thị xã;
- Lưu: VT.
KT. TRƯỞNG PHÒNG
PHÓ TRƯỞNG PHÒNG
Lê Thị Hoa
"""

LETTER = HEADER + """
V/v đăng ký thi đua năm 2023
Kính gửi: Phòng Lao động - Thương binh và Xã hội.
Phòng Nội vụ đăng ký danh hiệu thi đua năm 2023 của tập thể phòng như sau.
Nơi nhận:
- Như trên;
- Lưu: VT.
TRƯỞNG PHÒNG
Nguyễn Văn Bình
"""

WARD = HEADER + """
KẾ HOẠCH
Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2023 trên địa bàn phường
Căn cứ Kế hoạch số 45/KH-UBND ngày 10/02/2023 của UBND thị xã, UBND phường xây dựng kế hoạch như sau:
I. NỘI DUNG
1. Bố trí kinh phí từ ngân sách phường năm 2023 và lồng ghép bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội của phường.
2. Kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới tại các tổ dân phố; xử lý kịp thời các vi phạm.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phan Văn Tâm
"""

CONG_AN_REPORT = HEADER + """
BÁO CÁO
Kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2023
Thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2023 của UBND thị xã Hương Trà, Công an thị xã báo cáo như sau:
I. KẾT QUẢ THỰC HIỆN
1. Phối hợp với các cơ quan, đơn vị phát hiện, can thiệp và xử lý 03 vụ bạo lực trên cơ sở giới; bảo vệ, hỗ trợ 03 nạn nhân.
2. Tổ chức 12 buổi tuyên truyền phòng chống tội phạm xâm hại phụ nữ, trẻ em và mua bán người cho 1.250 lượt người.
KT. TRƯỞNG CÔNG AN THỊ XÃ
PHÓ TRƯỞNG CÔNG AN
Trần Văn Minh
"""


def _text(template: str, **kw) -> str:
    return textwrap.dedent(template.format(**kw)).strip() + "\n"


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("check")
    plan = builders.formal_docx(root / "ke-hoach-45.docx")
    inbox = root / "inbox"
    (inbox / "thang3").mkdir(parents=True)
    noi_vu = _text(NOI_VU, parent="UBND THỊ XÃ HƯƠNG TRÀ", unit="PHÒNG NỘI VỤ", number="08/KH-PNV",
                   date="21 tháng 02 năm 2023")
    (inbox / "KH Phong Noi vu.txt").write_text(noi_vu, encoding="utf-8")
    (inbox / "thang3" / "KH Phong Noi vu - ban sao.txt").write_text(noi_vu, encoding="utf-8")  # duplicate
    draft = noi_vu.replace("21 tháng 02", "15 tháng 02").replace("4. Tổ chức hội thi", "4. Dự thảo: hội thi")
    (inbox / "KH Phong Noi vu du thao.txt").write_text(draft, encoding="utf-8")  # an earlier version
    (inbox / "CV thi dua Noi vu.txt").write_text(
        _text(LETTER, parent="UBND THỊ XÃ HƯƠNG TRÀ", unit="PHÒNG NỘI VỤ", number="15/PNV",
              date="01 tháng 3 năm 2023"), encoding="utf-8")
    (inbox / "thang3" / "KH phuong Tu Ha.txt").write_text(
        _text(WARD, parent="", unit="ỦY BAN NHÂN DÂN PHƯỜNG TỨ HẠ", number="21/KH-UBND",
              date="10 tháng 3 năm 2023"), encoding="utf-8")  # late
    (inbox / "BC Cong an.txt").write_text(
        _text(CONG_AN_REPORT, parent="CÔNG AN TỈNH THỪA THIÊN HUẾ", unit="CÔNG AN THỊ XÃ HƯƠNG TRÀ",
              number="215/BC-CATX", date="14 tháng 11 năm 2023"), encoding="utf-8")
    (inbox / "rong.pdf").write_bytes(b"")
    broken = builders.numbered_docx(root / "tmp.docx").read_bytes()
    (inbox / "hong.docx").write_bytes(broken[: len(broken) // 2])
    out = root / "out"
    result = run_cli("check", "--plan", plan, "--inbox", inbox, "--out", out, "--jobs", "2")
    return result, out, inbox


def rows(out, name):
    with open(out / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_exit_and_every_file_has_a_row(demo_run):
    result, out, inbox = demo_run
    assert result.returncode == 0, result.stderr
    files = {r["file"]: r for r in rows(out, "files.csv")}
    on_disk = {p.relative_to(inbox).as_posix() for p in inbox.rglob("*") if p.is_file()}
    assert set(files) == on_disk
    assert files["thang3/KH Phong Noi vu - ban sao.txt"]["status"] == "duplicate"
    assert "KH Phong Noi vu.txt" in files["thang3/KH Phong Noi vu - ban sao.txt"]["message"]
    assert files["rong.pdf"]["status"] == "error" and "rỗng" in files["rong.pdf"]["message"]
    assert files["hong.docx"]["status"] == "error" and "hỏng" in files["hong.docx"]["message"]


def test_roles_and_senders(demo_run):
    _, out, _ = demo_run
    files = {r["file"]: r for r in rows(out, "files.csv")}
    plan = files["KH Phong Noi vu.txt"]
    assert (plan["role"], plan["body_id"], plan["cites_plan"], plan["date"]) == (
        "unit_plan", "phong-noi-vu", "yes", "2023-02-21")
    letter = files["CV thi dua Noi vu.txt"]
    assert (letter["status"], letter["role"], letter["doc_type"], letter["body_id"]) == (
        "unrecognized", "other", "CV", "phong-noi-vu")
    copy = files["thang3/KH Phong Noi vu - ban sao.txt"]  # a copy says what its original says
    assert (copy["status"], copy["role"], copy["body_id"]) == ("duplicate", "unit_plan", "phong-noi-vu")
    ward = files["thang3/KH phuong Tu Ha.txt"]
    assert (ward["role"], ward["body_id"]) == ("unit_plan", "uy-ban-nhan-dan-phuong-tu-ha")
    report = files["BC Cong an.txt"]
    assert (report["role"], report["body_id"]) == ("report", "cong-an-thi-xa")


def test_submissions_versions_and_lateness(demo_run):
    _, out, _ = demo_run
    subs = {(r["body_id"], r["kind"]): r for r in rows(out, "submissions.csv")}
    nv = subs[("phong-noi-vu", "plan")]
    assert (nv["status"], nv["file"], nv["due"], nv["on_time"]) == ("received", "KH Phong Noi vu.txt", "2023-02-25", "yes")
    assert nv["other_files"] == "KH Phong Noi vu du thao.txt"  # the older version is listed, not counted
    draft = {r["file"]: r for r in rows(out, "files.csv")}["KH Phong Noi vu du thao.txt"]
    assert (draft["status"], draft["role"]) == ("ok", "unit_plan")
    assert "bản mới hơn (KH Phong Noi vu.txt)" in draft["message"]  # and its row says which one is reviewed
    ward = subs[("uy-ban-nhan-dan-phuong-tu-ha", "plan")]
    assert (ward["on_time"], ward["member_of"]) == ("no", "uy-ban-nhan-dan-cac-xa-phuong")
    assert subs[("cong-an-thi-xa", "report")]["on_time"] == "yes"
    assert subs[("phong-tu-phap", "plan")]["status"] == "missing"
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["submissions"]["plan"]["late"] == 1
    # the letter on another matter is read but not a document of this plan
    assert summary["files"] == {"total": 8, "ok": 4, "duplicate": 1, "error": 2, "unrecognized": 1}


def test_coverage_verdicts_and_evidence(demo_run):
    _, out, _ = demo_run
    cov = {(r["duty_id"], r["body_id"], r["kind"]): r for r in rows(out, "coverage.csv")}
    covered = cov[("IV.2-1", "phong-noi-vu", "plan")]
    assert covered["status"] == "covered"
    assert covered["evidence_file"] == "KH Phong Noi vu.txt" and covered["evidence_section"] == "II.1"
    assert covered["evidence_text"].startswith("Tham mưu Ủy ban nhân dân thị xã ban hành văn bản hướng dẫn")
    assert cov[("IV.2-2", "phong-noi-vu", "plan")]["status"] == "covered"
    assert cov[("IV.2-4", "phong-noi-vu", "plan")]["status"] == "covered"
    assert cov[("IV.2-3", "phong-noi-vu", "plan")]["status"] == "missing"  # the strategy targets: not taken up
    assert cov[("IV.2-1", "phong-noi-vu", "report")]["status"] == "not_submitted"
    # a collective holder's duties are judged for its member
    assert cov[("IV.11-1", "uy-ban-nhan-dan-phuong-tu-ha", "plan")]["status"] == "covered"
    assert cov[("IV.11-2", "uy-ban-nhan-dan-phuong-tu-ha", "plan")]["status"] == "covered"
    assert cov[("IV.9-1", "cong-an-thi-xa", "report")]["status"] == "covered"
    assert cov[("IV.4-1", "phong-tu-phap", "plan")]["status"] == "not_submitted"
    # orphans: the flower contest answers no duty
    tasks = rows(out, "tasks.csv")
    contest = [t for t in tasks if "hội thi cắm hoa" in t["text"] and t["file"] == "KH Phong Noi vu.txt"]
    assert contest and contest[0]["duty_id"] == ""


def test_spreadsheet_sheets(demo_run):
    from openpyxl import load_workbook

    _, out, _ = demo_run
    wb = load_workbook(out / "coverage.xlsx")
    assert wb.sheetnames[:5] == ["Tổng hợp", "Nhiệm vụ", "Nên kiểm tra", "Văn bản nhận", "Hoạt động ngoài nhiệm vụ"]
    # the verdicts marked for a look first, in a view of their own: as many as summary.json counts
    marked = [r for r in wb["Nên kiểm tra"].iter_rows(min_row=2, values_only=True)]
    head = [c.value for c in wb["Nên kiểm tra"][1]]
    info = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert len(marked) == info["check_first"] and all(r[head.index("Nên kiểm tra")] == "Có" for r in marked)
    ws = wb["Tổng hợp"]
    assert ws["A1"].value == "Đơn vị" and ws.freeze_panes == "A2"
    names = [ws.cell(r, 1).value for r in range(2, ws.max_row + 1)]
    assert "Phòng Nội vụ" in names and "Ủy ban nhân dân phường Tứ Hạ" in names
    duties = wb["Nhiệm vụ"]
    values = {duties.cell(r, 4).value for r in range(2, duties.max_row + 1)}
    assert {"Đã đưa vào", "Chưa đề cập", "Chưa gửi văn bản"} <= values
    assert duties["A1"].font.name == "Times New Roman"


def test_register_dates_override_document_dates(demo_run, tmp_path):
    _, _, inbox = demo_run
    plan = builders.formal_docx(tmp_path / "kh.docx")
    register = tmp_path / "so-den.csv"
    register.write_text("file,ngày nhận\nKH Phong Noi vu.txt,02/03/2023\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("check", "--plan", plan, "--inbox", inbox, "--out", out, "--register", register,
                     "--report-due", "2023-11-10", "--jobs", "1", "--quiet")
    assert result.returncode == 0, result.stderr
    subs = {(r["body_id"], r["kind"]): r for r in rows(out, "submissions.csv")}
    assert (subs[("phong-noi-vu", "plan")]["date"], subs[("phong-noi-vu", "plan")]["on_time"]) == ("2023-03-02", "no")
    assert (subs[("cong-an-thi-xa", "report")]["due"], subs[("cong-an-thi-xa", "report")]["on_time"]) == ("2023-11-10", "no")


def test_unreadable_plan_is_a_usage_error(tmp_path):
    plan = tmp_path / "kh.docx"
    plan.write_bytes(b"PK\x03\x04 broken")
    (tmp_path / "inbox").mkdir()
    result = run_cli("check", "--plan", plan, "--inbox", tmp_path / "inbox", "--out", tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr.startswith("Lỗi: Không đọc được kế hoạch chung") and "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "files.csv").exists()


def test_python_interface(demo_run, tmp_path):
    from pipeline import check

    _, _, inbox = demo_run
    plan = builders.formal_docx(tmp_path / "kh.docx")
    info = check(plan, inbox, tmp_path / "o", jobs=1)
    assert info["duties"] == 25 and info["files"]["total"] == 8 and info["files"]["unrecognized"] == 1
    assert json.loads((tmp_path / "o" / "summary.json").read_text(encoding="utf-8")) == info


def test_a_hung_or_crashing_reader_is_an_error_row_and_the_batch_goes_on(monkeypatch, tmp_path):
    import os
    import time as _time

    import importlib

    isolation = importlib.import_module("pipeline.checking.isolation")

    def fake_parse(path):
        if "treo" in path:
            _time.sleep(60)
        if "sap" in path:
            os._exit(3)
        if "bo-nho" in path:
            bytearray(8 * 1024**3)  # more than the memory cap
        return isolation.ReadResult(None)

    monkeypatch.setattr(isolation, "read_one", fake_parse)
    paths = ["a/treo.pdf", "b/sap.docx", "c/bo-nho.pdf", "d/tot.txt"]
    started = _time.monotonic()
    with isolation.LocalPool(jobs=2, timeout=2, memory_limit=2 * 1024**3, method="fork") as pool:
        results = pool.map(paths)
    assert _time.monotonic() - started < 30
    codes = [r[1] for r in results]
    assert codes == ["timeout", "crashed", "memory", ""]
    assert "giây" in results[0][2]


@pytest.mark.slow
def test_out_folder_inside_the_inbox_and_the_plan_among_the_files(tmp_path):
    """A clerk keeps everything in one folder: the master plan (also as a PDF), the files
    received, and the results folder. The plan is not any unit's plan; the results are not
    read back as received files; an unchanged folder is not read again."""
    inbox = tmp_path / "van-ban-den"
    inbox.mkdir()
    plan = builders.formal_docx(inbox / "ke-hoach-45.docx")
    (inbox / "ke-hoach-45.pdf").write_bytes(builders.soffice_convert(plan, "pdf", tmp_path).read_bytes())
    (inbox / "KH Phong Noi vu.txt").write_text(
        _text(NOI_VU, parent="UBND THỊ XÃ HƯƠNG TRÀ", unit="PHÒNG NỘI VỤ", number="08/KH-PNV",
              date="21 tháng 02 năm 2023"), encoding="utf-8")
    out = inbox / "ket-qua"
    for _ in range(2):
        result = run_cli("check", "--plan", plan, "--inbox", inbox, "--out", out, "--quiet")
        assert result.returncode == 0, result.stderr
        files = {r["file"]: r for r in rows(out, "files.csv")}
        assert set(files) == {"ke-hoach-45.docx", "ke-hoach-45.pdf", "KH Phong Noi vu.txt"}
        for name in ("ke-hoach-45.docx", "ke-hoach-45.pdf"):
            assert (files[name]["status"], files[name]["role"], files[name]["body_id"]) == (
                "unrecognized", "other", ""), files[name]
            assert "kế hoạch chung" in files[name]["message"]
        assert files["KH Phong Noi vu.txt"]["role"] == "unit_plan"
        plans = {r["body_id"] for r in rows(out, "submissions.csv") if r["kind"] == "plan" and r["status"] == "received"}
        assert plans == {"phong-noi-vu"}
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["changes"]["unchanged"], "read again"


class _WindowsName(__import__("zipfile").ZipInfo):
    """A member name written as Windows' own zip writes it: in the local code page, without
    the UTF-8 flag (here Windows-1258, a Vietnamese Windows)."""

    def _encodeFilenameFlags(self):  # noqa: N802 - zipfile's name
        return self.filename.encode("cp1258"), self.flag_bits & ~0x800


def test_a_zip_of_attachments_is_read_member_by_member(tmp_path):
    import zipfile

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    plan = builders.formal_docx(tmp_path / "ke-hoach-45.docx")
    noi_vu = _text(NOI_VU, parent="UBND THỊ XÃ HƯƠNG TRÀ", unit="PHÒNG NỘI VỤ", number="08/KH-PNV",
                   date="21 tháng 02 năm 2023")
    cong_an = _text(CONG_AN_REPORT, parent="CÔNG AN TỈNH THỪA THIÊN HUẾ", unit="CÔNG AN THỊ XÃ HƯƠNG TRÀ",
                    number="215/BC-CATX", date="14 tháng 11 năm 2023")
    import io

    deepest = io.BytesIO()
    with zipfile.ZipFile(deepest, "w") as z:
        z.writestr("y.txt", "y")
    inner = tmp_path / "inner.zip"  # a unit forwarding what its sub-unit sent: opened, one level
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("KH xã.txt", noi_vu)  # (the same plan, forwarded again)
        z.writestr("sau.zip", deepest.getvalue())
    archive = inbox / "Thu dien tu 15-3.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("Phòng Nội vụ/KH Phòng Nội vụ.txt", noi_vu)  # UTF-8, flagged
        z.writestr(_WindowsName("BC Công an.txt"), cong_an)  # Windows-1258, unflagged
        z.writestr("../../ra-ngoai.txt", "Văn bản muốn ghi ra ngoài thư mục")
        z.writestr("tep-nen-long.zip", inner.read_bytes())
    (inbox / "BC Cong an (ban gui lai).txt").write_text(cong_an, encoding="utf-8")  # also sent loose
    out = tmp_path / "out"
    result = run_cli("check", "--plan", plan, "--inbox", inbox, "--out", out, "--quiet")
    assert result.returncode == 0, result.stderr
    files = {r["file"]: r for r in rows(out, "files.csv")}
    z = "Thu dien tu 15-3.zip"
    assert set(files) == {z, f"{z}/Phòng Nội vụ/KH Phòng Nội vụ.txt", f"{z}/BC Công an.txt", f"{z}/ra-ngoai.txt",
                          f"{z}/tep-nen-long.zip/KH xã.txt", f"{z}/tep-nen-long.zip/sau.zip",
                          "BC Cong an (ban gui lai).txt"}
    assert (files[z]["status"], files[z]["role"]) == ("unrecognized", "other") and "5 tệp" in files[z]["message"]
    # the zip inside is opened and read: the same plan again, of the shorter name, so the original
    forwarded, outer = files[f"{z}/tep-nen-long.zip/KH xã.txt"], files[f"{z}/Phòng Nội vụ/KH Phòng Nội vụ.txt"]
    assert (forwarded["status"], forwarded["role"], forwarded["body_id"]) == ("ok", "unit_plan", "phong-noi-vu")
    assert outer["status"] == "duplicate"
    # the report came twice, zipped and loose: one is read, the other, named as sent again
    # ("bản gửi lại"), is its duplicate
    report, loose = files[f"{z}/BC Công an.txt"], files["BC Cong an (ban gui lai).txt"]
    assert (report["status"], report["role"], report["body_id"]) == ("ok", "report", "cong-an-thi-xa")
    assert loose["status"] == "duplicate" and f"{z}/BC Công an.txt" in loose["message"]
    deeper = files[f"{z}/tep-nen-long.zip/sau.zip"]  # a zip in a zip in a zip: not opened
    assert deeper["status"] == "error" and "giải nén" in deeper["message"]
    subs = {(r["body_id"], r["kind"]): r for r in rows(out, "submissions.csv")}
    assert subs[("phong-noi-vu", "plan")]["file"] == f"{z}/tep-nen-long.zip/KH xã.txt"
    assert subs[("cong-an-thi-xa", "report")]["status"] == "received"
    # nothing was written beside the inbox, and nothing unpacked is left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inbox", "inner.zip", "ke-hoach-45.docx", "out"]
    assert not list(out.glob(".unpacked-*")) and not (tmp_path / "ra-ngoai.txt").exists()


@pytest.mark.slow
def test_check_runs_with_spawned_reading_processes_as_on_windows_and_macos():
    """Office PCs run Windows or macOS, where a process cannot fork: the reading processes are
    spawned there. Forced here, the run gives what the forked processes give."""
    base = ROOT / "corpus" / "seventh"
    plan = base / "plan" / "KH-27-UBND-phong-chong-SXH-2025-xa-Hoa-Phong.docx"
    spawned = run_check(CheckOptions(plan, base / "inbox", base / "roster.yaml", jobs=2, method="spawn"))
    forked = run_check(CheckOptions(plan, base / "inbox", base / "roster.yaml", jobs=2, method="fork"))

    def files(run):
        return [(f.rel, f.status, f.role, f.message, f.holder.body_id if f.holder else "") for f in run.files]

    assert files(spawned) == files(forked) and all(f.status == "ok" for f in spawned.files)
    assert spawned.coverage == forked.coverage


@pytest.mark.slow
def test_rasoat_demo_runs_the_main_job_on_the_shipped_corpus():
    """The README's first command ends in `rasoat demo`: it must run from the command line."""
    result = run_cli("demo", "--quiet")
    assert result.returncode == 0, result.stderr
    assert (ROOT / "outputs" / "demo" / "coverage.xlsx").is_file()


INSPECTION = {
    "plan": """
        ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
        SỞ NỘI VỤ
        Số: 512/KH-SNV
        Hà Tĩnh, ngày 16 tháng 4 năm 2025
        KẾ HOẠCH
        Kiểm tra công tác cải cách hành chính năm 2025
        I. MỤC ĐÍCH, YÊU CẦU
        Đánh giá kết quả thực hiện nhiệm vụ cải cách hành chính của các đơn vị.
        II. TỔ CHỨC THỰC HIỆN
        1. Phòng Cải cách hành chính
        a) Tham mưu Giám đốc Sở ban hành Quyết định thành lập Đoàn kiểm tra, hoàn thành trước ngày 05/5/2025.
        b) Thông báo lịch kiểm tra và đề cương báo cáo tự kiểm tra đến các đơn vị được kiểm tra.
        2. Ủy ban nhân dân huyện Đức Thọ
        a) Tổ chức tự kiểm tra công tác cải cách hành chính tại cơ quan và ít nhất 02 Ủy ban nhân dân cấp xã.
        b) Khắc phục tồn tại, hạn chế sau kiểm tra; báo cáo kết quả khắc phục trong thời hạn 30 ngày kể từ ngày nhận kết luận.
        III. CHẾ ĐỘ BÁO CÁO
        Các đơn vị báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 30/6/2025.
        Nơi nhận:
        - Lưu: VT.
        GIÁM ĐỐC
        Trần Văn Hùng
    """,
    "KH 03 CCHC.txt": """
        SỞ NỘI VỤ
        PHÒNG CẢI CÁCH HÀNH CHÍNH
        Số: 03/KH-CCHC
        Hà Tĩnh, ngày 25 tháng 4 năm 2025
        KẾ HOẠCH
        Triển khai Kế hoạch số 512/KH-SNV ngày 16/4/2025 về kiểm tra công tác cải cách hành chính năm 2025
        I. NHIỆM VỤ
        1. Dự thảo Quyết định thành lập Đoàn kiểm tra, trình Giám đốc Sở ký ban hành trước ngày 02/5/2025.
        2. Ban hành văn bản thông báo lịch kiểm tra kèm đề cương báo cáo tự kiểm tra gửi các đơn vị.
        Nơi nhận:
        - Lưu: CCHC.
        TRƯỞNG PHÒNG
        Lê Thị Mai
    """,
    "Duc Tho/BC 215 tu kiem tra.txt": """
        ỦY BAN NHÂN DÂN
        HUYỆN ĐỨC THỌ
        Số: 215/BC-UBND
        Đức Thọ, ngày 14 tháng 5 năm 2025
        BÁO CÁO
        Tự kiểm tra công tác cải cách hành chính năm 2025 (theo Kế hoạch số 512/KH-SNV ngày 16/4/2025)
        I. KẾT QUẢ TỰ KIỂM TRA
        1. Thành lập Tổ tự kiểm tra, tự kiểm tra công tác cải cách hành chính tại Văn phòng HĐND và UBND huyện và 02 UBND xã Tùng Ảnh, Đức Lạng.
        Nơi nhận:
        - Sở Nội vụ;
        - Lưu: VT.
        CHỦ TỊCH
        Nguyễn Văn Bình
    """,
    "Duc Tho/BC 402 khac phuc.txt": """
        ỦY BAN NHÂN DÂN
        HUYỆN ĐỨC THỌ
        Số: 402/BC-UBND
        Đức Thọ, ngày 24 tháng 6 năm 2025
        BÁO CÁO
        Kết quả khắc phục tồn tại, hạn chế sau kiểm tra theo Kế hoạch số 512/KH-SNV ngày 16/4/2025
        I. KẾT QUẢ KHẮC PHỤC
        1. Đã khắc phục 05/05 tồn tại, hạn chế nêu tại Thông báo kết luận kiểm tra số 236/TB-SNV; báo cáo kết quả khắc phục gửi Sở Nội vụ.
        Nơi nhận:
        - Sở Nội vụ;
        - Lưu: VT.
        CHỦ TỊCH
        Nguyễn Văn Bình
    """,
}


def test_what_was_not_asked_and_a_holders_two_reports_are_judged(tmp_path):
    """A plan that asks for reports only: a unit plan sent all the same is judged. A holder's two
    reports of different work (its self-inspection, then its remedies): each duty is judged on the
    latest and, where that does not wholly take it up, on the earlier one too (thirty-seventh, reduced)."""
    (tmp_path / "inbox" / "Duc Tho").mkdir(parents=True)
    for name, text in INSPECTION.items():
        path = tmp_path / ("ke-hoach.txt" if name == "plan" else f"inbox/{name}")
        path.write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    run = run_check(CheckOptions(tmp_path / "ke-hoach.txt", tmp_path / "inbox", jobs=1))
    got = {(r.body_id, r.kind, r.duty_text[:12]): (str(r.status), r.evidence_file) for r in run.coverage}
    assert got[("phong-cai-cach-hanh-chinh", "plan", "Tham mưu Giá")] == ("covered", "KH 03 CCHC.txt")
    assert got[("uy-ban-nhan-dan-huyen-duc-tho", "report", "Tổ chức tự k")] == (
        "covered", "Duc Tho/BC 215 tu kiem tra.txt")
    assert got[("uy-ban-nhan-dan-huyen-duc-tho", "report", "Khắc phục tồ")] == (
        "covered", "Duc Tho/BC 402 khac phuc.txt")


def test_a_unit_that_sent_nothing_owes_its_report_by_its_own_day(tmp_path):
    """The submissions row of a unit of the schedule that sent nothing shows its own deadline,
    not the plan's."""
    (tmp_path / "inbox").mkdir()
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(textwrap.dedent("""
        ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
        SỞ NỘI VỤ
        Số: 512/KH-SNV
        Hà Tĩnh, ngày 16 tháng 4 năm 2025
        KẾ HOẠCH
        Kiểm tra công tác cải cách hành chính năm 2025
        I. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA
        | STT | Đơn vị được kiểm tra | Thời gian kiểm tra |
        | 1 | Sở Tài chính | Ngày 15/7/2025 |
        | 2 | Sở Y tế | Ngày 16/9/2025 |
        II. TỔ CHỨC THỰC HIỆN
        1. Sở Tài chính
        Tổ chức tự kiểm tra; xây dựng báo cáo tự kiểm tra, gửi về Sở Nội vụ trước ngày kiểm tra ít nhất 05 ngày làm việc.
        2. Sở Y tế
        Tổ chức tự kiểm tra; xây dựng báo cáo tự kiểm tra, gửi về Sở Nội vụ trước ngày kiểm tra ít nhất 05 ngày làm việc.
        III. CHẾ ĐỘ BÁO CÁO
        Sở Nội vụ tổng hợp, báo cáo kết quả kiểm tra về UBND tỉnh trước ngày 14/11/2025.
    """).strip() + "\n", encoding="utf-8")
    run = run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1))
    due = {s.holder.body_id: s.due for s in run.submissions if s.kind == "report"}
    assert due == {"so-tai-chinh": "2025-07-08", "so-y-te": "2025-09-09"}


def test_the_plan_an_amending_plan_cites_is_no_units_document(tmp_path):
    """The earlier plan that the master plan amends, sent back with the replies, is read and kept
    as "other" with a message; it is nobody's unit plan (thirty-ninth, reduced)."""
    import test_extractors

    (tmp_path / "inbox").mkdir()
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(textwrap.dedent(test_extractors.AMENDING).strip() + "\n", encoding="utf-8")
    (tmp_path / "inbox" / "58-KH-UBND.txt").write_text(textwrap.dedent("""
        ỦY BAN NHÂN DÂN
        HUYỆN HƯỚNG HÓA
        Số: 58/KH-UBND
        Hướng Hóa, ngày 15 tháng 3 năm 2024
        KẾ HOẠCH
        Hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo năm 2024
        I. TỔ CHỨC THỰC HIỆN
        1. Phòng Lao động - Thương binh và Xã hội
        a) Chủ trì rà soát danh sách hộ nghèo có khó khăn về nhà ở.
    """).strip() + "\n", encoding="utf-8")
    run = run_check(CheckOptions(plan, tmp_path / "inbox", jobs=1))
    (earlier,) = run.files
    assert (str(earlier.status), str(earlier.role), earlier.holder) == ("ok", "other", None)
    assert "kế hoạch chung dẫn" in earlier.message


APPENDIX = HEADER + """
Danh sách các vụ việc bạo lực trên cơ sở giới đã xử lý, công tác bình đẳng giới năm 2023
I. CÁC VỤ VIỆC ĐÃ XỬ LÝ
1. Phối hợp xử lý 01 vụ bạo lực gia đình tại phường Tứ Hạ, hỗ trợ nạn nhân tại nhà tạm lánh.
2. Phối hợp xử lý 02 vụ bạo lực trên cơ sở giới tại phường Hương Văn.
"""

COVER = HEADER + """
V/v báo cáo kết quả thực hiện công tác bình đẳng giới năm 2023
Kính gửi: Phòng Lao động - Thương binh và Xã hội thị xã.
Công an thị xã gửi Báo cáo kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2023 (kèm theo).
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. TRƯỞNG CÔNG AN THỊ XÃ
PHÓ TRƯỞNG CÔNG AN
Trần Văn Minh
"""


def test_what_comes_in_a_zip_with_a_units_report_is_no_document_of_its_own(tmp_path):
    """A unit's zip (fifty-third): its cover letter and an appendix without a type line are no
    report or plan of their own: the report counts, once."""
    import zipfile

    plan = builders.formal_docx(tmp_path / "ke-hoach-45.docx")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    kw = dict(parent="CÔNG AN TỈNH THỪA THIÊN HUẾ", unit="CÔNG AN THỊ XÃ HƯƠNG TRÀ", date="14 tháng 11 năm 2023")
    with zipfile.ZipFile(inbox / "CA thi xa gui BC BDG 2023.zip", "w") as z:
        z.writestr("CV 214 gui BC.txt", _text(COVER, number="214/CATX-PV01", **kw))
        z.writestr("BC 215 BDG 2023.txt", _text(CONG_AN_REPORT, number="215/BC-CATX", **kw))
        z.writestr("Phu luc danh sach vu viec.txt", _text(APPENDIX, number="", **kw))
    run = run_check(CheckOptions(plan, inbox, jobs=1))
    roles = {f.rel.split("/")[-1]: (f.role, f.holder.body_id if f.holder else "") for f in run.files}
    assert roles["BC 215 BDG 2023.txt"] == ("report", "cong-an-thi-xa")
    assert roles["CV 214 gui BC.txt"][0] == "other" and roles["Phu luc danh sach vu viec.txt"][0] == "other"
    assert [s.file.rel.split("/")[-1] for s in run.submissions if s.holder.body_id == "cong-an-thi-xa" and s.file] == [
        "BC 215 BDG 2023.txt"]
    # the zip's own row says whose report it carried
    (archive,) = [f for f in run.files if f.rel == "CA thi xa gui BC BDG 2023.zip"]
    assert archive.message.endswith("Trong tệp nén: báo cáo của Công an thị xã.")


def test_replies_to_a_sibling_plan_of_the_issuer_are_not_this_plans():
    """seventy-eighth: the province's year plan on food safety (41/KH-UBND, 02/02/2026) and its
    Tết plan (08/KH-UBND, 09/01/2026) went to the same units. A reply citing only the Tết plan is
    read but no document of this plan; "14/KH-UBND ngày 02/02/2026" is this plan, its number
    mistyped; a report on both plans answers this one only from the part headed by it. A reply
    citing only the plan an amending plan amends (thirty-ninth) answers the amending plan."""
    from pipeline.checking.classify import cites_other_plan, mistyped_citation, other_plan_sections
    from pipeline.parsing import parse

    base = ROOT / "corpus" / "seventy-eighth"
    plan = parse(next((base / "plan").iterdir()))
    tet = parse(base / "inbox" / "SNNMT_BC 118 ATTP Tet Binh Ngo.pdf")
    assert cites_other_plan(tet, plan).number == "08/KH-UBND"
    assert mistyped_citation(tet, plan) is None
    typo = parse(base / "inbox" / "Cam Ranh - KH 31 bao dam ATTP nam 2026.pdf")
    assert mistyped_citation(typo, plan).number == "14/KH-UBND" and cites_other_plan(typo, plan) is None
    both = parse(base / "inbox" / "Bac Nha Trang_BC 88 ATTP Tet va 6 thang 2026.docx")
    titles = {s.id: s.title for s in both.sections}
    elsewhere = other_plan_sections(both, plan)
    assert elsewhere and all("08/KH-UBND" in titles[i] for i in elsewhere if i in titles)
    assert not any("41/KH-UBND" in titles[i] for i in elsewhere if i in titles)
    assert any("41/KH-UBND" in t for t in titles.values())
    own = parse(base / "inbox" / "SNNMT_KH 52 ATTP nong lam thuy san 2026.docx")
    assert cites_other_plan(own, plan) is None and other_plan_sections(own, plan) == set()

    amended = ROOT / "corpus" / "thirty-ninth"
    amending = parse(next((amended / "plan").iterdir()))
    reply = parse(amended / "inbox" / "KTHT" / "BC 245-BC-KTHT ho tro nha o 2024.pdf")
    assert cites_other_plan(reply, amending) is None


@pytest.mark.slow
def test_a_reply_to_a_sibling_plan_is_unrecognized_and_gives_no_coverage():
    """The whole run on seventy-eighth: the Tết replies are "unrecognized" with a message naming
    the plan they answer; the unit that sent only one has nothing counted; the report on both plans
    is not credited with the training its Tết part tells of."""
    base = ROOT / "corpus" / "seventy-eighth"
    run = run_check(CheckOptions(next((base / "plan").iterdir()), base / "inbox", base / "roster.yaml", jobs=1))
    by = {f.rel: f for f in run.files}
    tet = by["So Cong Thuong/BC 287-SCT kiem soat thi truong Tet 2026.doc"]
    assert (tet.status, tet.role) == ("unrecognized", "other") and "08/KH-UBND" in tet.message
    assert "41/KH-UBND" in tet.message
    assert all(str(r.status) == "not_submitted" for r in run.coverage if r.body_id == "so-cong-thuong")
    typo = by["Cam Ranh - KH 31 bao dam ATTP nam 2026.pdf"]
    assert (typo.status, typo.role) == ("ok", "unit_plan") and "14/KH-UBND" in typo.message
    training = next(r for r in run.coverage if r.duty_text.startswith("Tuyên truyền trên hệ thống truyền thanh phường")
                    and r.body_id == "uy-ban-nhan-dan-phuong-bac-nha-trang" and str(r.kind) == "report")
    assert str(training.status) == "partial" and "tập huấn" in training.parts_missing


@pytest.mark.slow
def test_an_appendix_sent_as_a_file_of_its_own_goes_with_its_document():
    """eighty-first: "BC 45 (trang 4-5).pdf" holds only the Phụ lục of "BC 45 (trang 1-3).pdf", and
    "Phu luc BC 1450.xlsx" that of the Sở's report: each counts with its document, for sender, kind
    and date. A commune's Phụ lục that came alone is its report as far as it came, dated by the
    report it names, and says the main text is missing; the signed scan and the Word file of one
    report are one document in two forms."""
    base = ROOT / "corpus" / "eighty-first"
    run = run_check(CheckOptions(next((base / "plan").iterdir()), base / "inbox", base / "roster.yaml", jobs=1))
    by = {f.rel: f for f in run.files}
    piece, main = by["BC 45 (trang 4-5).pdf"], by["BC 45 (trang 1-3).pdf"]
    assert piece.continues is main and (piece.status, piece.role) == ("ok", "report")
    assert piece.holder.body_id == main.holder.body_id and piece.date == "2026-06-12"
    sheet = by["SNNMT/Phu luc BC 1450.xlsx"]
    assert sheet.continues is by["SNNMT/BC 1450-SNNMT PCTT truoc mua mua bao.docx"] and sheet.date == "2026-06-10"
    alone = by["Phu luc BC xa Thien Cam.xlsx"]
    assert (alone.role, alone.date) == ("report", "2026-06-11") and "57/BC-UBND" in alone.message
    assert "Cùng văn bản" in by["SXD - BC 987 PCTT (ban scan).pdf"].message


@pytest.mark.slow
def test_a_deadline_moved_by_the_issuers_letters_in_the_inbox():
    """one-hundred-twenty-eighth: the Sở's "V/v gia hạn thời gian gửi báo cáo …" moves every unit's
    report from 24/4 to 15/5/2026; its reply to xã Na Sầm's "V/v xin gia hạn …" grants Na Sầm alone
    22/5 (not the 29/5 it asked for); the request is no report; a date the clerk gives holds."""
    base = ROOT / "corpus" / "one-hundred-twenty-eighth"
    opts = dict(plan=next((base / "plan").iterdir()), inbox=base / "inbox", roster=base / "roster.yaml", jobs=2)
    run = run_check(CheckOptions(**opts))
    files = {f.rel: f for f in run.files}
    assert run.due["report"] == "2026-05-15" and run.due["plan"] == "2026-03-20"
    na_sam = files["BC ra soat cho/Na Sam/scan_BC231_NaSam_20260521.pdf"]
    assert na_sam.due == "2026-05-22" and "781/SCT-QLTM" in na_sam.message
    ky_lua = files["BC ra soat cho/P.Ky Lua_BC 112 ra soat, de xuat chuyen doi cho.pdf"]
    assert (ky_lua.due or run.due["report"]) == "2026-05-15"
    request = files["BC ra soat cho/Na Sam/CV 215 xin gia han BC ra soat cho.docx"]
    assert (request.status, request.role) == ("unrecognized", "other")
    assert "15/05/2026" in files["VB So ban hanh/CV 642-SCT-QLTM gia han bao cao ra soat cho.pdf"].message
    fixed = run_check(CheckOptions(**opts, report_due="2026-04-24"))
    assert fixed.due["report"] == "2026-04-24"
    assert {f.rel: f for f in fixed.files}["BC ra soat cho/Na Sam/scan_BC231_NaSam_20260521.pdf"].due in (None, "2026-04-24")
