"""rasoat report: the summary report and the reminders drafted from a check run
of the demo corpus, opened with python-docx and checked against the run's tables."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import builders
import pytest
from conftest import run_cli
from docx import Document

# these run check on a whole corpus set (OCR, LibreOffice): make test-fast skips them
pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "demo"


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    result = run_cli("check", "--plan", CORPUS / "plan" / "KH-45-UBND-binh-dang-gioi-2023.docx",
                     "--inbox", CORPUS / "inbox", "--roster", CORPUS / "roster.yaml", "--out", out, "--quiet")
    assert result.returncode == 0, result.stderr
    result = run_cli("report", "--run", out, "--by", "15/12/2023")
    assert result.returncode == 0, result.stderr
    return out


def rows(out: Path, name: str) -> list[dict]:
    with open(out / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def text_of(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def test_one_reminder_per_unit_that_needs_one(run_dir):
    subs = rows(run_dir, "submissions.csv")
    cov = rows(run_dir, "coverage.csv")
    need = {s["body_id"] for s in subs if s["status"] == "missing" or s["on_time"] == "no"}
    need |= {c["body_id"] for c in cov if c["kind"] == "plan" and c["status"] in ("missing", "partial")}
    made = {p.name[len("don-doc-"):-len(".docx")] for p in run_dir.glob("don-doc-*.docx")}
    assert made == need
    assert (run_dir / "bao-cao-tong-hop.docx").is_file()


def test_summary_report_layout_and_numbers(run_dir):
    doc = Document(str(run_dir / "bao-cao-tong-hop.docx"))
    summary = json.loads((run_dir / "summary.json").read_text(encoding="utf-8"))
    header = doc.tables[0].rows[0].cells
    assert header[0].text.splitlines()[:2] == ["ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ", "ỦY BAN NHÂN DÂN THỊ XÃ HƯƠNG TRÀ"]
    assert "Số: …/BC-UBND" in header[0].text  # the number is the clerk's to fill
    assert header[1].text.splitlines()[:2] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert "Hương Trà, ngày … tháng … năm …" in header[1].text
    body = [p.text for p in doc.paragraphs]
    assert "BÁO CÁO" in body
    assert any(p.startswith("Kết quả thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2023") for p in body)
    units = len({s["body_id"] for s in rows(run_dir, "submissions.csv")})
    plan = summary["submissions"]["plan"]
    assert any(f"đã nhận {plan['received']}/{units}" in p for p in body)
    text = text_of(doc)
    for s in rows(run_dir, "submissions.csv"):
        if s["kind"] == "plan" and s["status"] == "missing":
            assert s["body"] in text
    closing = doc.tables[1].rows[0].cells
    assert closing[0].text.startswith("Nơi nhận:")
    assert closing[1].text.splitlines()[:3] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert "(ký, ghi rõ họ tên)" in closing[1].text  # no signer invented
    section = doc.sections[0]
    assert [round(x.mm) for x in (section.top_margin, section.bottom_margin, section.left_margin,
                                  section.right_margin)] == [20, 20, 30, 15]
    assert doc.styles["Normal"].font.name == "Times New Roman"


def test_reminder_names_what_is_missing(run_dir):
    doc = Document(str(run_dir / "don-doc-phong-tu-phap.docx"))
    header = doc.tables[0].rows[0].cells[0].text
    assert "Số: …/UBND-…" in header and "V/v đôn đốc" in header
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Kính gửi: Phòng Tư pháp." in body
    cov = {(c["duty_id"], c["kind"]): c["status"] for c in rows(run_dir, "coverage.csv") if c["body_id"] == "phong-tu-phap"}
    if cov[("IV.4-1", "plan")] in ("missing", "partial"):
        assert "Nhiệm vụ IV.4-1" in body
    subs = {s["kind"]: s["status"] for s in rows(run_dir, "submissions.csv") if s["body_id"] == "phong-tu-phap"}
    assert ("chưa gửi báo cáo kết quả thực hiện" in body) == (subs["report"] == "missing")
    assert "trước ngày 15/12/2023" in body


def test_options_only_number_signer_and_templates(run_dir, tmp_path):
    out = tmp_path / "run"
    shutil.copytree(run_dir, out)
    for p in out.glob("*.docx"):
        p.unlink()
    templates = tmp_path / "mau"
    templates.mkdir()
    (templates / "bao-cao-tong-hop.md.j2").write_text(
        "---\ntitle: \"Tình hình thực hiện\"\nrecipients:\n  - \"Lưu: VT\"\n---\n"
        "Văn phòng chỉnh câu chữ: đã nhận {{ plan_sub.received }} kế hoạch.\n", encoding="utf-8")
    result = run_cli("report", "--run", out, "--only", "bao-cao-tong-hop", "--number", "123/BC-UBND",
                     "--signer", "Đỗ Ngọc An", "--templates", templates)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.glob("*.docx")) == ["bao-cao-tong-hop.docx"]
    doc = Document(str(out / "bao-cao-tong-hop.docx"))
    assert "Số: 123/BC-UBND" in doc.tables[0].rows[0].cells[0].text
    assert "Đỗ Ngọc An" in doc.tables[1].rows[0].cells[1].text
    received = json.loads((out / "summary.json").read_text(encoding="utf-8"))["submissions"]["plan"]["received"]
    assert f"Văn phòng chỉnh câu chữ: đã nhận {received} kế hoạch." in [p.text for p in doc.paragraphs]


def test_report_without_a_run_is_a_clear_error(tmp_path):
    (tmp_path / "x").mkdir()
    result = run_cli("report", "--run", tmp_path / "x")
    assert result.returncode == 2 and "chạy check trước" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_libreoffice_renders_the_report(run_dir, tmp_path):
    import pdfplumber

    pdf = builders.soffice_convert(run_dir / "bao-cao-tong-hop.docx", "pdf", tmp_path)
    with pdfplumber.open(pdf) as p:
        first = p.pages[0].extract_text()
    assert "BÁO CÁO" in first and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first


def test_load_run_gives_the_tables_as_pandas_frames(run_dir):
    """CONTRACT.md: from pipeline import load_run; the report counts its verdicts on these."""
    import csv

    from pipeline import load_run

    run = load_run(run_dir)
    for name in ("files", "duties", "submissions", "tasks", "coverage"):
        with open(run_dir / f"{name}.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        table = getattr(run, name)
        assert len(table) == len(rows) and list(table.columns) == list(rows[0])
        text = [c for c in table.columns if table[c].dtype == object or table[c].dtype.name == "category"]
        assert table[text].astype(str).to_dict("records") == [{c: r[c] for c in text} for r in rows]  # "" not NaN
    assert run.coverage["score"].dtype.kind == "f"
    assert run.coverage["status"].dtype.name == "category"
    assert run.submissions["date"].dtype.kind == "M"  # whole dates: datetimes
    assert set(run.coverage["status"].cat.categories) <= {"covered", "partial", "missing", "not_submitted"}
    counts = run.verdict_counts()
    assert counts.values.sum() == len(run.coverage)
    assert counts.loc["report", "not_submitted"] == ((run.coverage["kind"] == "report")
                                                     & (run.coverage["status"] == "not_submitted")).sum()
    assert run.summary == json.loads((run_dir / "summary.json").read_text(encoding="utf-8"))


def test_a_reminder_for_a_holder_that_no_longer_exists_goes_to_its_successor(tmp_path):
    """seventy-ninth: Sở Tài nguyên và Môi trường, named by a plan of February 2025, sent no plan of
    its own; since 1/3/2025 its work is Sở Nông nghiệp và Môi trường's, which answered its report:
    submissions.csv says who answers for it now, and the reminder is addressed to that body."""
    base = CORPUS.parent / "seventy-ninth"
    out = tmp_path / "out"
    result = run_cli("check", "--plan", next((base / "plan").iterdir()), "--inbox", base / "inbox",
                     "--roster", base / "roster.yaml", "--out", out, "--quiet")
    assert result.returncode == 0, result.stderr
    subs = {(s["body_id"], s["kind"]): s for s in rows(out, "submissions.csv")}
    old = subs[("so-tai-nguyen-va-moi-truong", "report")]
    assert old["answered_by"] == "Sở Nông nghiệp và Môi trường" and old["status"] == "received"
    assert old["file"] == "SNNMT - BC 1876 ket qua du lich 2025.docx"
    assert subs[("so-van-hoa-the-thao-va-du-lich", "report")]["answered_by"] == ""
    assert run_cli("report", "--run", out, "--by", "15/12/2025").returncode == 0
    letter = text_of(Document(str(out / "don-doc-so-tai-nguyen-va-moi-truong.docx")))
    assert "Kính gửi: Sở Nông nghiệp và Môi trường" in letter
    assert "Sở Nông nghiệp và Môi trường (đơn vị kế thừa nhiệm vụ của Sở Tài nguyên và Môi trường)" in letter
