"""Issue #18: ``check --executor dask`` reads the files on a Dask cluster.

On real corpus files: the outputs of a cluster run equal a local run's (every CSV and the
spreadsheet's cells); files travel as a shared path or as bytes; a re-run sends only new files;
a file over the time limit, a worker killed mid-file (once: retried; every time: an error row),
workers without tesseract, a worker of another version and a scheduler lost mid-run.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

pytest.importorskip("distributed")

from pipeline.api import check_options  # noqa: E402
from pipeline.checking import CheckOptions  # noqa: E402
from pipeline.checking import cluster  # noqa: E402
from pipeline.checking.cluster import ClusterError, DaskReader  # noqa: E402

pytestmark = pytest.mark.slow

FIFTH = ROOT / "corpus" / "fifth"  # a scanned PDF, a phone photo, a .doc, DOCX, text, a copy
THIRD = ROOT / "corpus" / "third"
SCAN = FIFTH / "inbox" / "CAH_KH 185 PCMT 2024_scan.pdf"
PHOTO = FIFTH / "inbox" / "xa Tang Thanh" / "IMG_20240312_083415.jpg"
DOC = FIFTH / "inbox" / "TTYT_KH 127 Methadone 2024.doc"
TEXT = THIRD / "inbox" / "PGDDT_KH chuyen doi so nganh GD 2025.docx"


def cells(xlsx: Path) -> dict:
    from openpyxl import load_workbook

    wb = load_workbook(xlsx)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets}


def same_outputs(a: Path, b: Path) -> None:
    names = sorted(p.name for p in a.glob("*.csv"))
    assert names and names == sorted(p.name for p in b.glob("*.csv"))
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert cells(a / "coverage.xlsx") == cells(b / "coverage.xlsx")


@pytest.fixture(scope="module")
def reader():
    """A local cluster of two workers (threads of this process, each with its own reading
    process), shared by the tests that only read files."""
    with DaskReader(workers=2, files="send") as r:
        yield r


def test_the_cli_on_a_local_cluster_writes_what_a_local_run_writes(tmp_path):
    common = ["check", "--plan", FIFTH / "plan" / "KH-42-UBND-phong-chong-ma-tuy-2024.docx", "--inbox",
              FIFTH / "inbox", "--roster", FIFTH / "roster.yaml", "--quiet", "--jobs", "2"]
    local = run_cli(*common, "--out", tmp_path / "local")
    assert local.returncode == 0, local.stderr
    on_cluster = run_cli(*common, "--out", tmp_path / "dask", "--executor", "dask", "--cluster-files", "send")
    assert on_cluster.returncode == 0, on_cluster.stderr
    same_outputs(tmp_path / "local", tmp_path / "dask")
    files = (tmp_path / "dask" / "files.csv").read_text(encoding="utf-8")
    assert "CAH_KH 185 PCMT 2024_scan.pdf" in files and "TTYT_KH 127 Methadone 2024.doc" in files
    assert "input." not in files  # the worker's own copy is never named in what the clerk reads
    progress = json.loads((tmp_path / "dask" / ".progress.json").read_text(encoding="utf-8"))
    assert progress["state"] == "done" and progress["done"] == progress["total"] == 10  # 11 files, 1 a copy


def test_bad_options_are_told_in_vietnamese():
    r = run_cli("check", "--plan", THIRD / "plan" / "KH-68-UBND-chuyen-doi-so-2025.docx", "--inbox", THIRD / "inbox",
                "--out", "/tmp/never-written", "--executor", "spark")
    assert r.returncode == 2 and "--executor nhận một trong local, dask" in r.stderr
    r = run_cli("check", "--plan", THIRD / "plan" / "KH-68-UBND-chuyen-doi-so-2025.docx", "--inbox", THIRD / "inbox",
                "--out", "/tmp/never-written", "--scheduler", "tcp://127.0.0.1:8786")
    assert r.returncode == 2 and "chỉ dùng cùng --executor dask" in r.stderr


def test_a_shared_folder_is_detected_and_files_keep_their_paths(reader, tmp_path):
    shared = DaskReader(scheduler=reader.client.scheduler_info()["address"])  # the same workers, probing this time
    try:
        results = shared.map([str(TEXT), str(DOC)])
        assert shared.shared is True  # the workers see the inbox at its path on this machine
        assert [r.doc.source.file for r in results] == [str(TEXT), str(DOC)]
    finally:
        shared.shutdown()
    sent = reader.map([str(TEXT)])[0]
    assert reader.shared is False and sent.doc.source.file == str(TEXT)  # sent as bytes, named as the client knows it
    changed = tmp_path / "changed.docx"  # what a worker sees at a path must be the same file
    shutil.copy(TEXT, changed)
    probe = cluster._probe(str(changed))
    assert cluster._sees([probe])
    changed.write_bytes(changed.read_bytes() + b"\0")
    assert not cluster._sees([probe]) and not cluster._sees([(str(tmp_path / "gone.docx"), 1, "x")])


def test_a_rerun_sends_only_the_new_file(tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(THIRD / "inbox", inbox)
    options = CheckOptions(THIRD / "plan" / "KH-68-UBND-chuyen-doi-so-2025.docx", inbox, roster=THIRD / "roster.yaml",
                           jobs=2, executor="dask")
    first = check_options(options, tmp_path / "out")
    assert first["cache"]["read"] == 10
    shutil.copy(FIFTH / "inbox" / "PGD_KH PCMT truong hoc 2024.docx", inbox / "new.docx")
    again = check_options(options, tmp_path / "out")
    assert again["cache"] == {"read": 1, "from_cache": 10}


def test_a_file_over_the_time_limit_is_an_error_row_and_the_next_is_read(reader):
    reader.timeout = 1.0
    try:
        slow, quick = reader.map([str(SCAN), str(TEXT)])
    finally:
        reader.timeout = cluster.FILE_TIMEOUT
    assert slow.doc is None and slow.code == "timeout" and "quá 1 giây" in slow.message
    assert quick.doc is not None and quick.doc.meta.number


def _worker_reading(client, deadline: float = 60.0) -> int:
    """The pid of the worker that is reading the one task in flight."""
    pids = client.run(os.getpid)
    end = time.time() + deadline
    while time.time() < end:
        busy = [addr for addr, keys in client.processing().items() if keys]
        if busy and busy[0] in pids:
            return pids[busy[0]]
        time.sleep(0.1)
        pids = client.run(os.getpid)
    raise AssertionError("no worker took the file")


def _kill_while_reading(reader, times: int) -> list:
    out: list = []
    t = threading.Thread(target=lambda: out.append(reader.map([str(SCAN)])))
    t.start()
    for n in range(times):
        # each time, the worker is killed as soon as it holds the file (the scan takes seconds to
        # OCR): a fixed wait let the read finish first, once for a retry (1.5 s) and twice for the
        # first read ("no worker took the file": it had been read before anyone looked)
        time.sleep(0.2)
        os.kill(_worker_reading(reader.client), signal.SIGKILL)
    t.join(300)
    assert not t.is_alive()
    end = time.time() + 120  # the nannies start fresh workers
    while len(reader.client.scheduler_info()["workers"]) < 2 and time.time() < end:
        time.sleep(0.2)
    return out[0]


def test_a_worker_dying_mid_file_has_the_file_retried_once_then_an_error_row(scheduler):
    _, address, workers = scheduler  # a scheduler and two workers as scripts/dask-*.sh start them
    for _ in range(2):
        workers.append(_worker(address, dict(os.environ), nanny=True))
    _wait_workers(address, 2)
    with DaskReader(scheduler=address) as reader:
        once = _kill_while_reading(reader, 1)[0]
        assert once.doc is not None and once.doc.meta.number  # read again on another worker
        twice = _kill_while_reading(reader, 2)[0]
        assert twice.doc is None and twice.code == "crashed" and "hai lần" in twice.message


def _worker(address: str, env: dict, nanny: bool = False) -> subprocess.Popen:
    """A worker process (with ``nanny``: a nanny that starts it again when it dies)."""
    cmd = [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1", "--no-dashboard",
           "--nanny" if nanny else "--no-nanny"]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def _stop(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(30)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def scheduler():
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port",
                             str(port), "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True,  # as scripts/dask-scheduler.sh sets it
                            env={**os.environ, "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "1"})
    address = f"tcp://127.0.0.1:{port}"
    end = time.time() + 60
    while time.time() < end:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    workers: list[subprocess.Popen] = []
    yield proc, address, workers
    for w in workers:
        _stop(w)
    _stop(proc)


def _wait_workers(address: str, n: int) -> None:
    from distributed import Client

    with Client(address, timeout=60) as c:
        c.wait_for_workers(n, timeout=120)


def test_scans_go_only_to_workers_with_tesseract(scheduler, tmp_path):
    _, address, workers = scheduler
    bare = tmp_path / "bin"  # a worker machine with LibreOffice but no tesseract
    bare.mkdir()
    for folder in os.environ["PATH"].split(os.pathsep):
        for tool in Path(folder).glob("*") if Path(folder).is_dir() else ():
            if tool.name != "tesseract" and not (bare / tool.name).exists():
                os.symlink(tool, bare / tool.name)
    workers.append(_worker(address, {**os.environ, "PATH": str(bare)}))
    _wait_workers(address, 1)
    with DaskReader(scheduler=address) as r:
        assert [t["ocr"] for t in r.tools.values()] == [False]
        photo, scan, doc = r.map([str(PHOTO), str(SCAN), str(DOC)])
    for result in (photo, scan):  # an image, and a PDF found to be a scan on the worker
        assert result.doc is None and result.code == "ocr_unavailable" and "Không máy nào trong cụm Dask" in result.message
    assert doc.doc is not None  # LibreOffice is there
    workers.append(_worker(address, dict(os.environ)))  # a worker with every tool joins
    _wait_workers(address, 2)
    with DaskReader(scheduler=address) as r:
        assert sorted(t["ocr"] for t in r.tools.values()) == [False, True]
        photo, scan = r.map([str(PHOTO), str(SCAN)])
    assert photo.doc is not None and scan.doc is not None and scan.doc.source.ocr_pages >= 1


def test_losing_the_scheduler_fails_the_run_and_keeps_the_last_outputs(scheduler, tmp_path):
    proc, address, workers = scheduler
    workers.append(_worker(address, dict(os.environ)))
    _wait_workers(address, 1)
    plan = THIRD / "plan" / "KH-68-UBND-chuyen-doi-so-2025.docx"
    options = CheckOptions(plan, THIRD / "inbox", roster=THIRD / "roster.yaml", executor="dask", scheduler=address)
    out = tmp_path / "out"
    check_options(options, out, use_cache=False)
    before = {p.name: p.read_bytes() for p in out.glob("*.csv")} | {"xlsx": (out / "coverage.xlsx").read_bytes()}

    class KillTheScheduler:  # a progress that loses the scheduler once the first file is back
        def start(self, total): pass
        def advance(self, name): _stop(proc)
        def stop(self): pass

    with pytest.raises(ClusterError) as lost:
        check_options(options, out, use_cache=False, progress=KillTheScheduler())
    assert "Mất kết nối tới máy điều phối Dask" in lost.value.message
    after = {p.name: p.read_bytes() for p in out.glob("*.csv")} | {"xlsx": (out / "coverage.xlsx").read_bytes()}
    assert after == before
    assert json.loads((out / ".progress.json").read_text(encoding="utf-8"))["state"] == "failed"


def test_workers_of_another_version_are_refused(reader, monkeypatch):
    monkeypatch.setattr(cluster, "code_version", lambda: "another-version")
    with pytest.raises(ClusterError) as refused:
        DaskReader(scheduler=reader.client.scheduler_info()["address"])
    assert "phiên bản rasoat khác" in refused.value.message


def test_no_scheduler_at_the_address_is_a_clear_error():
    with pytest.raises(ClusterError) as no:
        DaskReader(scheduler=f"tcp://127.0.0.1:{_free_port()}", connect_timeout=3)
    assert "Không kết nối được tới máy điều phối Dask" in no.value.message
