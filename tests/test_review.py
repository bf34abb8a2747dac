"""The clerk's corrections in coverage.xlsx: read back, kept across re-runs, flagged when
their basis changes, and never lost with an unreadable spreadsheet (issue #9)."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, run_cli
from openpyxl import load_workbook

from pipeline.review import FLAG, Review, VerdictFix, apply_verdicts, basis_of, parse_verdict, read_review

# these run check on a whole corpus set (OCR, LibreOffice): make test-fast skips them
pytestmark = pytest.mark.slow

CORPUS = ROOT / "corpus" / "demo"
PLAN = CORPUS / "plan" / "KH-45-UBND-binh-dang-gioi-2023.docx"

# three verdicts the clerk overrules, and one sender (corpus/demo; the automatic verdicts are
# the program's, the clerk's are what a reader of the unit's document could decide)
VERDICTS = {("IV.5-3", "phong-van-hoa-va-thong-tin", "plan"): "Đã đưa vào",
            ("IV.7-2", "phong-giao-duc-va-dao-tao", "plan"): "Một phần",
            ("IV.6-1", "trung-tam-van-hoa-thong-tin-va-the-thao", "plan"): "Đã đưa vào"}
STATUS = {"Đã đưa vào": "covered", "Một phần": "partial", "Chưa đề cập": "missing"}
SENDER_FILE = "Hoi LHPN/KH 06-HPN BDG 2023.docx"
SENDER = ("Ủy ban nhân dân phường Hương Văn", "uy-ban-nhan-dan-phuong-huong-van")

NEW_REPORT = """UBND THỊ XÃ HƯƠNG TRÀ
PHÒNG TÀI CHÍNH - KẾ HOẠCH
Số: 310/BC-TCKH
Hương Trà, ngày 15 tháng 11 năm 2023

BÁO CÁO
Kết quả thực hiện công tác bình đẳng giới năm 2023

Thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2023 của UBND thị xã Hương Trà, Phòng Tài chính - Kế hoạch báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN

1. Đã tham mưu bố trí kinh phí thực hiện công tác bình đẳng giới trong dự toán ngân sách năm 2023 của thị xã.

2. Đã lồng ghép các chỉ tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội năm 2023.

II. KIẾN NGHỊ

Không.
"""


def rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def coverage(out: Path) -> dict:
    return {(r["duty_id"], r["body_id"], r["kind"]): r for r in rows(out / "coverage.csv")}


def summary(out: Path) -> dict:
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


def check(inbox: Path, out: Path, *extra, expect: int = 0) -> subprocess.CompletedProcess:
    result = run_cli("check", "--plan", PLAN, "--inbox", inbox, "--out", out, "--roster", CORPUS / "roster.yaml",
                     "--jobs", "2", *extra)
    assert result.returncode == expect, result.stderr
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """One run of the demo corpus; each test starts from a copy of it (its cache included)."""
    root = tmp_path_factory.mktemp("review-base")
    shutil.copytree(CORPUS / "inbox", root / "inbox")
    check(root / "inbox", root / "out", "--quiet")
    return root


@pytest.fixture()
def demo(base, tmp_path) -> tuple[Path, Path]:
    shutil.copytree(base / "inbox", tmp_path / "inbox")
    shutil.copytree(base / "out", tmp_path / "out")
    return tmp_path / "inbox", tmp_path / "out"


def header(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[1] if c.value}


def correct(xlsx: Path, verdicts: dict = VERDICTS, sender: tuple | None = (SENDER_FILE, SENDER[0]),
            note: str = "Đã đọc lại văn bản") -> None:
    """What the clerk does in the spreadsheet, by the columns' headers."""
    wb = load_workbook(xlsx)
    ws = wb["Nhiệm vụ"]
    col = header(ws)
    kinds = {"Kế hoạch": "plan", "Báo cáo": "report"}
    for r in range(2, ws.max_row + 1):
        key = (ws.cell(r, col["Mã nhiệm vụ"]).value, ws.cell(r, col["Mã đơn vị"]).value,
               kinds[ws.cell(r, col["Văn bản"]).value])
        if key in verdicts:
            ws.cell(r, col["Kết luận của cán bộ"]).value = verdicts[key]
            ws.cell(r, col["Ghi chú"]).value = note
    if sender:
        ws = wb["Tất cả tệp"]
        col = header(ws)
        for r in range(2, ws.max_row + 1):
            if ws.cell(r, col["Tệp"]).value == sender[0]:
                ws.cell(r, col["Đơn vị gửi (cán bộ sửa)"]).value = sender[1]
    wb.save(xlsx)


def assert_corrections_hold(out: Path, auto: dict) -> None:
    cov = coverage(out)
    for key, verdict in VERDICTS.items():
        row = cov[key]
        assert (row["status"], row["auto_status"], row["reviewed"]) == (STATUS[verdict], auto[key], "yes"), row
        assert row["clerk_status"] == verdict and row["note"] == "Đã đọc lại văn bản"
    files = {r["file"]: r for r in rows(out / "files.csv")}
    f = files[SENDER_FILE]
    assert (f["body_id"], f["reviewed"], f["auto_body_id"]) == (SENDER[1], "yes", "hoi-lien-hiep-phu-nu-thi-xa")
    # the spreadsheet shows them again, where the clerk put them
    wb = load_workbook(out / "coverage.xlsx")
    ws = wb["Nhiệm vụ"]
    col = header(ws)
    kinds = {"Kế hoạch": "plan", "Báo cáo": "report"}
    shown = {}
    for r in range(2, ws.max_row + 1):
        key = (ws.cell(r, col["Mã nhiệm vụ"]).value, ws.cell(r, col["Mã đơn vị"]).value,
               kinds[ws.cell(r, col["Văn bản"]).value])
        if key in VERDICTS:
            shown[key] = (ws.cell(r, col["Kết luận của cán bộ"]).value, ws.cell(r, col["Kết quả"]).value)
    assert shown == {key: (v, v) for key, v in VERDICTS.items()}
    files_ws = wb["Tất cả tệp"]
    col = header(files_ws)
    row = next(r for r in range(2, files_ws.max_row + 1) if files_ws.cell(r, col["Tệp"]).value == SENDER_FILE)
    assert files_ws.cell(row, col["Đơn vị gửi (cán bộ sửa)"]).value == SENDER[0]
    assert files_ws.cell(row, col["Đơn vị"]).value == SENDER[0]


def test_three_verdicts_and_a_sender_survive_a_rerun_with_a_new_file(demo):
    inbox, out = demo
    before = coverage(out)
    auto = {key: before[key]["status"] for key in VERDICTS}
    assert all(auto[key] != STATUS[v] for key, v in VERDICTS.items())  # each one is really a correction
    subs = {(r["body_id"], r["kind"]): r for r in rows(out / "submissions.csv")}
    assert subs[(SENDER[1], "plan")]["file"] != SENDER_FILE

    correct(out / "coverage.xlsx")
    (inbox / "BC 310 TCKH ket qua BDG 2023.txt").write_text(NEW_REPORT, encoding="utf-8")
    result = check(inbox, out)
    assert "3 kết luận sửa" in result.stdout

    assert_corrections_hold(out, auto)
    files = {r["file"]: r for r in rows(out / "files.csv")}
    assert files["BC 310 TCKH ket qua BDG 2023.txt"]["body_id"] == "phong-tai-chinh-ke-hoach"
    # the corrected sender moves the plan: Hội LHPN has none now, Hương Văn has this one as well
    subs = {(r["body_id"], r["kind"]): r for r in rows(out / "submissions.csv")}
    assert subs[("hoi-lien-hiep-phu-nu-thi-xa", "plan")]["status"] == "missing"
    hv = subs[(SENDER[1], "plan")]
    assert SENDER_FILE == hv["file"] or SENDER_FILE in hv["other_files"].split("; ")
    info = summary(out)["review"]
    assert (info["verdicts_corrected"], info["files_corrected"], info["needs_review"]) == (3, 1, 0)
    assert info["automatic_agreement"] == 0.0
    # the summary sheet counts them
    ws = load_workbook(out / "coverage.xlsx")["Tổng hợp"]
    col = header(ws)
    total = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "Tổng cộng")
    assert ws.cell(total, col["Kết luận cán bộ đã sửa"]).value == 3
    # the clerk's own file was kept before it was rewritten
    assert list((out / "runs").glob("coverage-*-cua-can-bo.xlsx"))

    # and once more: nothing changed, the corrections still stand (and no new copy is kept)
    copies = len(list((out / "runs").glob("coverage-*-cua-can-bo.xlsx")))
    check(inbox, out, "--quiet")
    assert_corrections_hold(out, auto)
    assert len(list((out / "runs").glob("coverage-*-cua-can-bo.xlsx"))) == copies


def test_reminders_and_summary_report_follow_the_corrections(demo, tmp_path):
    from pipeline.report import load_run, reminders

    inbox, out = demo
    cov = coverage(out)
    # every duty of the Phòng Giáo dục plan the program found missing or partial, the clerk finds covered
    gd = {k: "Đã đưa vào" for k, r in cov.items() if k[1] == "phong-giao-duc-va-dao-tao" and k[2] == "plan"
          and r["status"] in ("missing", "partial")}
    assert gd
    before = [r["unit"]["body_id"] for r in reminders(load_run(out), {})]
    assert "phong-giao-duc-va-dao-tao" in before
    correct(out / "coverage.xlsx", verdicts=gd, sender=None)
    check(inbox, out, "--quiet")
    after = reminders(load_run(out), {})
    gd_unit = [r for r in after if r["unit"]["body_id"] == "phong-giao-duc-va-dao-tao"]
    subs = [r for r in csv.DictReader(open(out / "submissions.csv", encoding="utf-8"))
            if r["body_id"] == "phong-giao-duc-va-dao-tao"]
    owes = any(r["status"] == "missing" or r["on_time"] == "no" for r in subs)
    # the corrected duties are no longer asked for; a reminder stays only for what is still owed
    assert len(gd_unit) == (1 if owes else 0)
    assert all(not r["unit"]["uncovered"] for r in gd_unit)
    result = run_cli("report", "--run", out)
    assert result.returncode == 0, result.stderr


def test_a_new_version_of_the_evidence_flags_the_correction(demo):
    import docx

    inbox, out = demo
    correct(out / "coverage.xlsx", sender=None)
    check(inbox, out, "--quiet")
    key = ("IV.5-3", "phong-van-hoa-va-thong-tin", "plan")
    assert coverage(out)[key]["reviewed"] == "yes"
    # the unit sends a new version of its plan, under the same name
    path = inbox / "VHTT_ke hoach BDG 2023.docx"
    d = docx.Document(str(path))
    d.add_paragraph("Bổ sung: tổ chức 01 hội nghị tập huấn về bình đẳng giới cho cán bộ văn hóa xã, phường.")
    d.save(str(path))
    check(inbox, out, "--quiet")
    row = coverage(out)[key]
    assert row["reviewed"] == "no" and row["status"] == row["auto_status"]
    assert row["review_flag"].startswith(FLAG) and "bản mới" in row["review_flag"]
    assert row["clerk_status"] == "Đã đưa vào"  # kept, not applied
    others = coverage(out)[("IV.7-2", "phong-giao-duc-va-dao-tao", "plan")]
    assert others["reviewed"] == "yes"  # the other corrections still apply
    assert summary(out)["review"]["needs_review"] == 1
    assert [r["state"] for r in rows(out / "corrections.csv") if r["duty_id"] == "IV.5-3"] == ["needs_review"]

    # a re-run without the clerk looking keeps the flag
    check(inbox, out, "--quiet")
    assert coverage(out)[key]["review_flag"]
    # the clerk reads the new version and confirms the verdict
    wb = load_workbook(out / "coverage.xlsx")
    ws = wb["Nhiệm vụ"]
    col = header(ws)
    r = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, col["Mã nhiệm vụ"]).value == "IV.5-3"
             and ws.cell(r, col["Văn bản"]).value == "Kế hoạch")
    assert ws.cell(r, col["Cần xem lại"]).value.startswith(FLAG)
    ws.cell(r, col["Cần xem lại"]).value = "Đã xem lại"
    wb.save(out / "coverage.xlsx")
    check(inbox, out, "--quiet")
    row = coverage(out)[key]
    assert (row["status"], row["reviewed"], row["review_flag"]) == ("covered", "yes", "")


def _soffice_xlsx(src: Path, folder: Path) -> Path:
    """Open and save the workbook with LibreOffice, as a clerk's office PC would."""
    folder.mkdir(parents=True, exist_ok=True)
    profile = folder / "profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(folder), str(src)],
                   check=True, capture_output=True, timeout=180)
    return folder / src.name


def test_a_spreadsheet_saved_by_libreoffice_sorted_and_with_a_new_column_reads_back(demo, tmp_path):
    inbox, out = demo
    auto = {key: coverage(out)[key]["status"] for key in VERDICTS}
    xlsx = out / "coverage.xlsx"
    correct(xlsx)
    # the clerk adds a column of their own at the front and sorts the duty sheet the other way round
    wb = load_workbook(xlsx)
    ws = wb["Nhiệm vụ"]
    data = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    for i, values in enumerate(reversed(data), start=2):
        for j, v in enumerate(values, start=1):
            ws.cell(i, j).value = v
    ws.insert_cols(1)
    ws.cell(1, 1).value = "Người kiểm tra"
    ws.cell(2, 1).value = "chị Lan"
    wb.save(xlsx)
    saved = _soffice_xlsx(xlsx, tmp_path / "lo")
    assert saved.read_bytes() != xlsx.read_bytes()
    shutil.copy(saved, xlsx)
    review = read_review(xlsx)
    assert len(review.verdicts) == 3 and len(review.files) == 1 and not review.warnings
    check(inbox, out, "--quiet")
    assert_corrections_hold(out, auto)
    # the drop-downs the program writes survive LibreOffice too
    again = load_workbook(_soffice_xlsx(out / "coverage.xlsx", tmp_path / "lo2"))
    lists = [dv.formula1 for dv in again["Nhiệm vụ"].data_validations.dataValidation]
    assert any("Đã đưa vào" in (f or "") for f in lists)
    assert again["Tất cả tệp"].data_validations.dataValidation


def test_an_unreadable_spreadsheet_is_reported_and_never_overwritten(demo):
    inbox, out = demo
    xlsx = out / "coverage.xlsx"
    xlsx.write_bytes(b"PK\x03\x04 this is not a workbook any more")
    damaged = xlsx.read_bytes()
    result = check(inbox, out)
    assert "coverage.xlsx" in result.stderr and "giữ nguyên" in result.stderr
    assert xlsx.read_bytes() == damaged
    info = summary(out)["review"]
    assert info["error"] and (out / info["written_to"]).is_file()
    assert load_workbook(out / info["written_to"])["Nhiệm vụ"]["A1"].value == "Mã nhiệm vụ"
    # a workbook that is not the program's (the clerk saved something else under the name)
    from openpyxl import Workbook

    other = Workbook()
    other.active.append(["Danh sách cán bộ", "Điện thoại"])
    other.save(xlsx)
    kept = xlsx.read_bytes()
    check(inbox, out, "--quiet")
    assert xlsx.read_bytes() == kept
    # a --review file that cannot be read is the clerk's mistake to fix: exit 2, one line
    bad = out / "sua.xlsx"
    bad.write_bytes(b"garbage")
    result = check(inbox, out, "--review", bad, "--quiet", expect=2)
    assert result.stderr.startswith("Lỗi:") and len(result.stderr.strip().splitlines()) == 1


def test_review_option_reads_corrections_from_another_file(demo, tmp_path):
    inbox, out = demo
    auto = {key: coverage(out)[key]["status"] for key in VERDICTS}
    elsewhere = tmp_path / "ban-sua-cua-chi-lan.xlsx"
    shutil.copy(out / "coverage.xlsx", elsewhere)
    correct(elsewhere)
    check(inbox, out, "--review", elsewhere, "--quiet")
    assert_corrections_hold(out, auto)


# ---------------------------------------------------------------------------
# the rules on their own


def _row(duty_id, text, sha="a" * 64, status="missing", body_id="phong-x", kind="plan"):
    from pipeline.runmodel import CoverageRow, Kind, Status

    return CoverageRow(duty_id=duty_id, body_id=body_id, body="Phòng X", kind=Kind(kind), duty_text=text,
                       status=Status(status), evidence_sha256=sha)


def test_plan_changes_flag_renumbered_duties_follow_and_dropped_ones_are_kept():
    text = "Tổ chức tập huấn về bình đẳng giới cho cán bộ cơ sở."
    fixes = [VerdictFix("IV.2-1", "phong-x", "Phòng X", "plan", basis_of("a" * 64, text), raw="Đã đưa vào"),
             VerdictFix("IV.2-2", "phong-x", "Phòng X", "plan", basis_of("a" * 64, "Rà soát văn bản."),
                        raw="Một phần"),
             VerdictFix("IV.9-9", "phong-x", "Phòng X", "plan", basis_of("a" * 64, "Nhiệm vụ đã bỏ."),
                        raw="Chưa đề cập", note="bỏ")]
    cov = [_row("IV.3-1", text),  # the same duty, renumbered by the new plan
           _row("IV.2-2", "Rà soát, sửa đổi văn bản quy phạm pháp luật.")]  # the same id, new wording
    orphans = apply_verdicts(cov, Review(verdicts=fixes))
    assert (cov[0].status, cov[0].auto_status, cov[0].reviewed) == ("covered", "missing", "yes")
    assert cov[1].status == "missing" and "nhiệm vụ trong kế hoạch đã thay đổi" in cov[1].review_flag
    assert [o.duty_id for o in orphans] == ["IV.9-9"]


def test_a_verdict_on_a_unit_that_had_sent_nothing_is_flagged_when_it_sends():
    text = "Gửi báo cáo kết quả."
    fix = VerdictFix("V-1", "phong-x", "Phòng X", "report", basis_of("", text), raw="Đã đưa vào")
    cov = [_row("V-1", text, sha="b" * 64, kind="report")]
    apply_verdicts(cov, Review(verdicts=[fix]))
    assert "đã gửi văn bản sau khi cán bộ kết luận" in cov[0].review_flag and cov[0].reviewed == "no"


@pytest.mark.parametrize("typed,status", [("Đã đưa vào", "covered"), ("đã đưa vào ", "covered"),
                                          ("DA DUA VAO", "covered"), ("Một phần", "partial"),
                                          ("chưa đề cập", "missing"), ("Chưa gửi văn bản", "not_submitted"),
                                          ("partial", "partial"), ("xem lại sau", None), ("", None)])
def test_verdicts_typed_by_hand(typed, status):
    assert parse_verdict(typed) == status
