"""Re-runs: the cache of parsed documents, the record of runs, what changed since the
previous run, and an interrupted run that leaves the previous results whole."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import builders
import pytest
from conftest import ROOT, run_cli

# these run check on a whole corpus set (OCR, LibreOffice): make test-fast skips them
pytestmark = pytest.mark.slow

CORPUS = ROOT / "corpus" / "demo"
PLAN = CORPUS / "plan" / "KH-45-UBND-binh-dang-gioi-2023.docx"
SMALL = ["tai-ve-tu-email/KH_18_PNV (1).docx", "phuong-tu-ha/KH BDG 2023 phuong Tu Ha.txt",
         "TTYT_BC ket qua BDG 2023.docx"]


def summary(out: Path) -> dict:
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


@pytest.fixture()
def inbox(tmp_path):
    box = tmp_path / "inbox"
    for rel in SMALL:
        (box / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / "inbox" / rel, box / rel)
    return box


def check(inbox, out, *extra):
    result = run_cli("check", "--plan", PLAN, "--inbox", inbox, "--out", out, "--roster", CORPUS / "roster.yaml",
                     "--quiet", *extra)
    assert result.returncode == 0, result.stderr
    return summary(out)


def test_unchanged_rerun_reads_nothing_and_one_new_file_reads_one(inbox, tmp_path):
    out = tmp_path / "out"
    first = check(inbox, out)
    assert first["cache"] == {"read": 3, "from_cache": 0}
    assert first["changes"]["previous_run"] is None
    csvs = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    again = check(inbox, out)
    assert again["cache"]["read"] == 0 and again["changes"].get("unchanged") is True
    assert {p.name: p.read_bytes() for p in out.glob("*.csv")} == csvs
    assert len(list((out / "runs").glob("*.json"))) >= 1

    time.sleep(1.1)  # a new second for the run record's name
    shutil.copy(CORPUS / "inbox" / "PGDDT-KH-85-BDG-2023.docx", inbox / "PGDDT-KH-85-BDG-2023.docx")
    third = check(inbox, out)
    assert third["cache"] == {"read": 1, "from_cache": 3}
    assert third["changes"]["new_files"] == ["PGDDT-KH-85-BDG-2023.docx"]
    assert third["changes"]["newly_received"] == ["phong-giao-duc-va-dao-tao:plan"]
    assert any(c.endswith("phong-giao-duc-va-dao-tao:plan") for c in third["changes"]["newly_covered"])
    assert "phong-tu-phap:plan" in third["changes"]["still_missing"]

    forced = check(inbox, out, "--no-cache")
    assert forced["cache"] == {"read": 4, "from_cache": 0}


def test_changed_rules_invalidate_the_cache(inbox, tmp_path, monkeypatch):
    from pipeline import cache as cache_module

    out = tmp_path / "out"
    check(inbox, out)
    db = cache_module.Cache(out / cache_module.FILENAME)
    assert db.db.execute("SELECT COUNT(*) FROM docs").fetchone()[0] == 3
    monkeypatch.setattr(db, "version", "another-rule-set")
    assert db.get(next(iter(db.db.execute("SELECT sha256 FROM docs")))[0]) is None
    db.close()  # drops the entries of other versions
    db = cache_module.Cache(out / cache_module.FILENAME)
    assert db.db.execute("SELECT COUNT(*) FROM docs").fetchone()[0] == 0
    db.close()


@pytest.mark.slow
def test_an_interrupted_run_leaves_the_previous_results_whole(inbox, tmp_path, seed_pdf):
    out = tmp_path / "out"
    check(inbox, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}
    # a scan takes seconds to read: kill the run while it reads
    builders.scan_pdf(seed_pdf, inbox / "scan.pdf", pages=[0, 1, 2])
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "check", "--plan", str(PLAN), "--inbox", str(inbox),
                             "--out", str(out), "--quiet"], cwd=ROOT, start_new_session=True)
    time.sleep(4)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}
    assert after == before
    assert not list(out.glob(".staging-*"))


def test_check_works_with_the_network_off(inbox, tmp_path):
    """No network call at run time: every socket connection raises, and check still runs."""
    blocker = tmp_path / "no-network"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(
        "import socket\n"
        "def _refuse(*a, **k):\n"
        "    raise OSError('network is off in this test')\n"
        "socket.socket.connect = _refuse\n"
        "socket.socket.connect_ex = _refuse\n"
        "socket.create_connection = _refuse\n"
        "socket.getaddrinfo = _refuse\n",
        encoding="utf-8",
    )
    env = dict(os.environ, PYTHONPATH=str(blocker))
    out = tmp_path / "out"
    result = run_cli("check", "--plan", PLAN, "--inbox", inbox, "--out", out, "--roster", CORPUS / "roster.yaml",
                     "--quiet", "--no-cache", env=env)
    assert result.returncode == 0, result.stderr
    assert "network is off" not in result.stderr
    assert summary(out)["files"]["ok"] == 3
    probe = subprocess.run([sys.executable, "-c", "import socket; socket.create_connection(('127.0.0.1', 9))"],
                           env=env, capture_output=True, text=True)
    assert "network is off" in probe.stderr  # the blocker is really in force
