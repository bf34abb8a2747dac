from __future__ import annotations

import json

import builders
from conftest import run_cli

from pipeline import parse


def body_texts(doc):
    return [b.text for b in doc.blocks if b.part == "body"]


def test_automatic_numbering_is_rebuilt_into_the_text(numbered):
    doc = parse(numbered)
    assert body_texts(doc) == builders.NUMBERED_EXPECTED
    numbered_blocks = {b.text: b for b in doc.blocks if b.numbering}
    assert numbered_blocks["II. Nội dung"].numbering == "II."
    assert numbered_blocks["II. Nội dung"].list_level == 0
    assert numbered_blocks["a) Cấp thị xã"].list_level == 2
    assert doc.source.format == "docx"
    assert doc.source.encoding == "utf-8"


def test_numbering_is_not_in_the_stored_text(numbered):
    # the fixture really relies on Word numbering: the XML text has no "II."
    from docx import Document

    raw = [p.text for p in Document(str(numbered)).paragraphs]
    assert "Nội dung" in raw and "II. Nội dung" not in raw


def test_table_with_merged_cells_header_footer_and_textbox(fx):
    path = builders.table_docx(fx / "table.docx")
    doc = parse(path)
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1
    rows = tables[0].rows
    assert rows[0] == ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]
    # the vertically merged lead body is repeated on both rows it spans
    assert rows[1][2] == rows[2][2] == "Phòng Văn hóa và Thông tin"
    assert rows[2][1] == "Tập huấn kỹ năng lồng ghép giới"
    # the horizontally merged cell keeps its text once, and the row keeps its width
    assert rows[4][0] == "Tổng hợp báo cáo kết quả"
    assert rows[4][1:] == ["", "", ""]
    parts = {b.text: b.part for b in doc.blocks}
    assert parts["Tiêu đề trang lặp lại"] == "header"
    assert parts["Chân trang lặp lại"] == "footer"
    assert parts["Nội dung trong hộp văn bản"] == "textbox"
    body = body_texts(doc)
    assert body.index("Phân công nhiệm vụ") < body.index("Đoạn sau bảng.")


def test_docx_json_has_the_source_part(numbered):
    out = run_cli("parse", numbered, "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["schema"] == "rasoat/document@1"
    src = data["source"]
    assert src["format"] == "docx" and len(src["sha256"]) == 64
    assert set(src) >= {"file", "sha256", "format", "pages", "ocr_pages", "encoding", "warnings"}


def test_parse_prints_structure_hints(numbered):
    out = run_cli("parse", numbered)
    assert out.returncode == 0, out.stderr
    assert "[auto=II.] II. Nội dung" in out.stdout
    assert "[style=MucLon auto=I. bold] I. Tổ chức thực hiện" in out.stdout


def test_docx_with_wrong_extension_is_read_by_its_bytes(numbered, fx):
    renamed = fx / "ke-hoach.pdf"
    renamed.write_bytes(numbered.read_bytes())
    doc = parse(renamed)
    assert doc.source.format == "docx"
    assert "II. Nội dung" in body_texts(doc)


def test_a_footnote_is_read_where_the_text_cites_it():
    """eightieth: Sở Y tế's report gives its figure only in a footnote ("… 63 người bị bạo lực gia
    đình …" at the page's foot): the note is read in the paragraph that cites it."""
    from pathlib import Path

    from pipeline.readers import read

    doc = read(Path(__file__).resolve().parents[1] / "corpus" / "eightieth" / "inbox" / "BC 486-SYT ket qua PCBLGD 2026.docx")
    cited = [b.text for b in doc.blocks if "63 người bị bạo lực gia đình" in b.text]
    assert cited and cited[0].startswith("Công tác thống kê người bị bạo lực gia đình")
