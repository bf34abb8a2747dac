"""The house of issue #14: one options object, a reading executor another can stand in for,
no state rewritten behind the caller's back, the extractors run through spaCy."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from conftest import ROOT

from pipeline.checking import CheckOptions, run_check
from pipeline.checking.isolation import ReadResult, read_one, read_whole
from pipeline.runmodel import CoverageRow, FileStatus, Kind, Role, Status

SEVENTH = ROOT / "corpus" / "seventh"
SEVENTH_PLAN = SEVENTH / "plan" / "KH-27-UBND-phong-chong-SXH-2025-xa-Hoa-Phong.docx"


def test_options_take_paths_as_text_and_a_sensible_default():
    options = CheckOptions(str(SEVENTH_PLAN), str(SEVENTH / "inbox"), roster=str(SEVENTH / "roster.yaml"), jobs=0)
    assert isinstance(options.plan, Path) and isinstance(options.roster, Path) and options.register is None
    assert options.jobs >= 1 and options.timeout > 0


def test_the_run_model_speaks_the_contract_words():
    """Enums are their CONTRACT.md values wherever a string is expected (CSV, JSON, xlsx)."""
    import json

    row = CoverageRow(duty_id="II.1", body_id="phong-noi-vu", body="Phòng Nội vụ", kind=Kind.PLAN,
                      duty_text="Tuyên truyền", status=Status.PARTIAL)
    assert row.row()["status"] == "partial" and row.key == ("II.1", "phong-noi-vu", "plan")
    assert json.dumps([Role.UNIT_PLAN, FileStatus.UNRECOGNIZED, Kind.of("report")]) == \
        '["unit_plan", "unrecognized", "report"]'


class SerialReader:
    """Another reading executor: every file read here, one after the other (what a cluster's
    executor does on its workers)."""

    def __init__(self):
        self.read: list[str] = []

    def read_plan(self, path) -> ReadResult:
        return read_whole(str(path))

    def map(self, paths, on_done=None, meanwhile=None) -> list[ReadResult]:
        out = []
        for i, p in enumerate(paths):
            self.read.append(Path(p).name)
            out.append(read_one(p))
            if on_done:
                on_done(i)
        return out

    def shutdown(self) -> None:
        pass


@pytest.mark.slow
def test_another_reader_stands_in_for_the_local_pool_with_the_same_results():
    options = CheckOptions(SEVENTH_PLAN, SEVENTH / "inbox", SEVENTH / "roster.yaml", jobs=2)
    serial = SerialReader()
    mine = run_check(options, reader=serial)
    pooled = run_check(options)
    assert "TYT_KH 09 phong chong SXH 2025.pdf" in serial.read
    assert [(f.rel, f.status, f.role) for f in mine.files] == [(f.rel, f.status, f.role) for f in pooled.files]
    assert mine.coverage == pooled.coverage and mine.tasks == pooled.tasks


@pytest.mark.slow
def test_a_run_writes_nothing_outside_its_work_folder_and_leaves_the_temporary_folder_alone(tmp_path, monkeypatch):
    """A spreadsheet in the old .xls format goes through LibreOffice in a reading process:
    its conversion lands in the run's scratch folder (inside the out folder), never in the
    system's temporary folder, and the caller's temporary folder setting is not touched."""
    xls = next((ROOT / "corpus").glob("*/inbox/**/*.xls"))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(xls, inbox / xls.name)
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    plan = next((xls.parents[1] if xls.parent.name == "inbox" else xls.parents[2]).glob("plan/*"))
    out = tmp_path / "out"
    run = run_check(CheckOptions(plan, inbox, jobs=1, work_dir=out))
    assert run.files[0].status == FileStatus.OK and run.files[0].doc.source.format in ("xls", "ods", "xlsx")
    assert tempfile.tempdir == str(system_tmp) and os.environ["TMPDIR"] == str(system_tmp)
    assert list(system_tmp.iterdir()) == []  # nothing of the run was written there
    assert [p.name for p in out.iterdir()] == []  # and its scratch folder is gone


def test_dates_and_citations_come_from_the_spacy_pipeline(tmp_path):
    """The extract stage reads dates and citations from the span groups of the spaCy pipeline
    (one Doc per paragraph): with the dates component taken out, a document has no dates."""
    from pipeline import extract, parse

    text = tmp_path / "ke-hoach.txt"
    text.write_text("ỦY BAN NHÂN DÂN XÃ HÒA PHONG\nSố: 12/KH-UBND\nHòa Phong, ngày 05 tháng 3 năm 2025\n"
                    "KẾ HOẠCH\nPhòng, chống sốt xuất huyết năm 2025\n"
                    "Thực hiện Kế hoạch số 27/KH-UBND ngày 20/02/2025 của UBND xã.\n"
                    "I. NỘI DUNG\n1. Tổ chức ra quân diệt lăng quăng trước ngày 30/4/2025.\n", encoding="utf-8")
    doc = parse(text)
    assert "rasoat_dates" in extract.nlp_for(2025).pipe_names
    assert any(d.value == "2025-04-30" for d in doc.dates)
    assert any(r.number == "27/KH-UBND" for r in doc.references)
    nlp = extract.nlp_for(2025)
    with nlp.select_pipes(disable=["rasoat_dates"]):
        nlp.get_pipe("rasoat_references")  # still there
        without = parse(text)
    assert without.dates == [] and without.references == doc.references
