"""The rules in one folder (pipeline/rules/), read by one loader, and an office's own rules
with check --rules DIR: a file of the same name replaces the shipped one (issue #14)."""

from __future__ import annotations

import csv
import re

from conftest import ROOT, run_cli

from pipeline import ruleset

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN CAM LÂM
Số: 15/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cam Lâm, ngày 10 tháng 3 năm 2025

KẾ HOẠCH
Phòng, chống dịch bệnh năm 2025

I. MỤC ĐÍCH
Chủ động phòng, chống dịch bệnh trên địa bàn huyện.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Y tế
Chủ trì tham mưu kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh huyện, hoàn thành trước ngày 31/3/2025.
2. Trung tâm Y tế huyện
Tổ chức giám sát ca bệnh, xử lý ổ dịch trong vòng 48 giờ.
III. CHẾ ĐỘ BÁO CÁO
Các cơ quan, đơn vị xây dựng kế hoạch gửi UBND huyện trước ngày 25/3/2025; báo cáo đánh giá việc thực hiện trước ngày 20/11/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Tám
"""


def _report_due(out):
    with open(out / "submissions.csv", encoding="utf-8", newline="") as fh:
        return {r["due"] for r in csv.DictReader(fh) if r["kind"] == "report"}


def test_every_rule_file_is_in_one_folder_and_nowhere_else():
    shipped = sorted(p.name for p in (ROOT / "pipeline" / "rules").iterdir())
    assert shipped == ruleset.names() and len(shipped) == 15
    strays = [p for p in list(ROOT.glob("pipeline/**/*.yaml")) + list(ROOT.glob("pipeline/**/*.tsv"))
              + list(ROOT.glob("extractors/**/*.yaml")) + list(ROOT.glob("extractors/**/*.tsv"))
              if p.parent.name != "rules"]
    assert strays == []


def test_an_office_adds_its_own_words_with_rules(tmp_path):
    """This office asks for "báo cáo đánh giá": with its own duty_words.yaml, where the words
    that mark a report deadline include "đánh giá", the report due date is read from the plan."""
    (tmp_path / "inbox").mkdir()
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(PLAN, encoding="utf-8")
    rules = tmp_path / "quy-tac"
    rules.mkdir()
    words = (ROOT / "pipeline" / "rules" / "duty_words.yaml").read_text(encoding="utf-8")
    own_words, n = re.subn(r"report_deadline_cues: \[([^\]]*)\]", lambda m: f"report_deadline_cues: [{m.group(1)}, danh gia]",
                           words)
    assert n == 1 and "tong ket" in own_words
    (rules / "duty_words.yaml").write_text(own_words, encoding="utf-8")
    shipped = run_cli("check", "--plan", plan, "--inbox", tmp_path / "inbox", "--out", tmp_path / "a", "--quiet")
    assert shipped.returncode == 0, shipped.stderr
    assert _report_due(tmp_path / "a") == {""}
    own = run_cli("check", "--plan", plan, "--inbox", tmp_path / "inbox", "--out", tmp_path / "b", "--quiet",
                  "--rules", rules)
    assert own.returncode == 0, own.stderr
    assert _report_due(tmp_path / "b") == {"2025-11-20"}
    ruleset.use(rules)  # and from Python, for this process
    try:
        from pipeline.parsing import parse

        assert parse(plan).deadlines == {"plan": "2025-03-25", "report": "2025-11-20"}
    finally:
        ruleset.use(None)
    assert parse(plan).deadlines["report"] is None


def test_a_rules_folder_with_a_file_the_program_does_not_use_is_refused(tmp_path):
    (tmp_path / "inbox").mkdir()
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(PLAN, encoding="utf-8")
    rules = tmp_path / "quy-tac"
    rules.mkdir()
    (rules / "bodys.yaml").write_text("heads: {}\n", encoding="utf-8")
    result = run_cli("check", "--plan", plan, "--inbox", tmp_path / "inbox", "--out", tmp_path / "o", "--rules", rules)
    assert result.returncode == 2 and "bodys.yaml" in result.stderr and "bodies.yaml" in result.stderr
    assert "Traceback" not in result.stderr
