"""Next year's plan: rasoat diff against the gold of corpus/next-year, and a check run
with the new plan and last year's answers (which must not count for this year)."""

from __future__ import annotations

import pytest

import csv
import json

from conftest import ROOT, run_cli

from pipeline.evaluate import evaluate_diff

NEXT = ROOT / "corpus" / "next-year"
OLD = ROOT / "corpus" / "demo" / "plan" / "ke-hoach-goc.txt"
NEW = NEXT / "ke-hoach-2024.txt"


def test_diff_matches_its_gold():
    scores = evaluate_diff(NEXT / "diff.gold.json")
    assert scores["all"].tp + scores["all"].fn == 20
    for kind in ("added", "removed", "changed", "reworded", "split"):
        assert scores[kind].tp >= 1, kind
    assert scores["all"].f1 >= 0.9  # measured 1.0


def test_next_years_plan_across_the_2025_renaming_of_units():
    """corpus/next-year-2026 (written blind): a province's plan before and after the 2025
    merger of departments and the end of the district level. A duty whose holder was renamed
    or merged is renamed_holder, one whose only edit is its year is renewed. First run 0.415
    (every renamed holder's duties came out removed and added), now 1.0."""
    scores = evaluate_diff(ROOT / "corpus" / "next-year-2026" / "diff.gold.json")
    assert scores["renamed_holder"].tp == 9 and scores["renamed_holder"].fp == 0
    assert scores["renewed"].tp == 2 and scores["renewed"].fp == 0
    assert scores["added"].fp == 0 and scores["removed"].fp == 0
    assert scores["all"].f1 >= 0.95


def test_diff_command_writes_csv_and_xlsx(tmp_path):
    from openpyxl import load_workbook

    result = run_cli("diff", OLD, NEW, "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "tách: 5" in result.stdout and "thêm mới: 5" in result.stdout
    with open(tmp_path / "diff.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["change", "body_id", "body", "old_duty_id", "new_duty_id", "old_text", "new_text"]
    removed = {r["old_duty_id"] for r in rows if r["change"] == "removed"}
    assert {"IV.6-1", "IV.6-2"} <= removed  # a holder dropped: its duties removed, however renumbered
    assert load_workbook(tmp_path / "diff.xlsx").active["A1"].value == "Thay đổi"


@pytest.mark.slow
def test_next_year_plan_runs_with_the_same_roster_and_flags_last_years_answers(tmp_path):
    demo = ROOT / "corpus" / "demo"
    result = run_cli("check", "--plan", NEW, "--inbox", demo / "inbox", "--roster", demo / "roster.yaml",
                     "--out", tmp_path, "--quiet")
    assert result.returncode == 0, result.stderr
    info = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert info["plan"]["number"] == "38/KH-UBND" and info["duties"] == 30
    assert info["plan"]["due"] == {"plan": "2024-02-25", "report": "2024-11-20"}
    assert info["submissions"]["plan"]["received"] == 0  # 2023 answers do not count for 2024
    with open(tmp_path / "files.csv", encoding="utf-8") as fh:
        files = {r["file"]: r for r in csv.DictReader(fh)}
    flagged = files["KH_TuPhap_BDG2023.pdf"]
    assert flagged["status"] == "unrecognized" and "45/KH-UBND" in flagged["message"] and "năm trước" in flagged["message"]
