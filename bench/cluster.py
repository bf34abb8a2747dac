"""Benchmark of ``check --executor dask`` (issue #18): a local Dask cluster of 1 and 2 workers
against the local pool of processes, side by side in one run, on the same inboxes:

- a text inbox (DOCX and text PDFs, >= 500 files): the cluster's overhead over the local pool
  (goal: at most 15 % more time with 2 workers than the pool with 2 processes);
- a scanned inbox (>= 20 OCR'd pages in several files): pages per second with 1 and 2 workers,
  each given one core's OCR slot (RASOAT_OCR_SLOTS), as a worker on a machine of its own would
  have (goal: 2 workers at least 1.7x one worker);
- a legacy .doc: reading it cold, as every file was, against the kept LibreOffice.

    .venv/bin/python bench/cluster.py [--files 500] [--scans 10] [--scan-pages 2]

It prints figures and asserts nothing. Every run is a fresh process, without cache.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402 - the inboxes and sources of bench.py

ROOT = bench.ROOT

RUNNER = """
import json, sys, time
from pipeline.api import check
t = time.perf_counter()
info = check(sys.argv[1], sys.argv[2], sys.argv[3], jobs=int(sys.argv[4]), use_cache=False, executor=sys.argv[5])
print(json.dumps({"seconds": time.perf_counter() - t, "timings": info.get("timings"), "files": info["files"]}))
"""


def run(inbox: Path, out: Path, jobs: int, executor: str, slots: int | None = None) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ, RASOAT_OCR_SLOTS=str(slots)) if slots else None
    done = subprocess.run([sys.executable, "-c", RUNNER, str(bench.PLAN), str(inbox), str(out), str(jobs), executor],
                          check=True, cwd=ROOT, capture_output=True, text=True, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])


def side_by_side(title: str, inbox: Path, files: int, pages: int, work: Path, runs, core_each: bool = False) -> dict:
    """``core_each``: each worker (or process) gets one core's OCR slot, as a worker on a machine
    of its own would; without it the pages of one scan are read on every core of this machine."""
    print(f"\n{title}: {files} files, {pages} pages (no cache)")
    found = {}
    for executor, jobs in runs:
        r = run(inbox, work / f"out-{executor}-{jobs}", jobs, executor, slots=jobs if core_each else None)
        found[(executor, jobs)] = r["seconds"]
        name = "local pool" if executor == "local" else "dask LocalCluster"
        print(f"  {name:18s} {jobs} {'process' if executor == 'local' else 'worker'}{'es' if executor == 'local' and jobs > 1 else ('s' if jobs > 1 else '')}:"
              f" {r['seconds']:7.1f} s  {pages / r['seconds']:6.2f} pages/s  stages {r['timings']}")
    return found


def scans(srcs, folder: Path, n: int, pages: int) -> tuple[int, int]:
    import builders

    _, pdfs, count = srcs
    folder.mkdir(parents=True, exist_ok=True)
    made = 0
    for i in range(n):
        src = next(p for p in pdfs[i:] + pdfs if count[p] >= pages)
        builders.scan_pdf(src, folder / f"scan-{i:02d}.pdf", pages=list(range(pages)))
        made += pages
    return n, made


def legacy_doc(work: Path) -> None:
    """A 3-page .doc: LibreOffice started cold for the file (as before) against the kept one."""
    from pipeline.readers import office

    doc = next(p for p in sorted((ROOT / "corpus").rglob("inbox/*.doc")))
    cold = []
    for _ in range(3):
        with tempfile.TemporaryDirectory(dir=work) as tmp:
            start = time.perf_counter()
            office.convert_cold(doc, "docx:MS Word 2007 XML", Path(tmp))
            cold.append(time.perf_counter() - start)
    kept = []
    converter = office.Converter(work / "lo")
    try:
        for i in range(4):  # the first pays the start, once a batch
            (work / f"warm-{i}").mkdir()
            start = time.perf_counter()
            converter.convert(doc, "docx:MS Word 2007 XML", work / f"warm-{i}")
            kept.append(time.perf_counter() - start)
        kept = kept[1:]
    finally:
        converter.close()
    print(f"\n.doc to DOCX ({doc.name}): cold start {min(cold):5.2f} s   kept LibreOffice {min(kept):5.2f} s   "
          f"x{min(cold) / min(kept):4.1f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=500, help="files of the text inbox")
    ap.add_argument("--scans", type=int, default=10, help="scanned PDFs of the OCR inbox")
    ap.add_argument("--scan-pages", type=int, default=2, help="pages of each scanned PDF")
    ap.add_argument("--skip", default="", help="comma-separated: text, scans, doc")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    print(f"machine: {os.cpu_count()} cores, {bench._ram()} GB RAM, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="rasoat-bench-cluster-") as tmp:
        work = Path(tmp)
        srcs = bench.sources(work / "src")
        if "text" not in skip:
            files, pages = bench.build_inbox(work / "text", srcs, files=args.files)
            t = side_by_side("text inbox", work / "text", files, pages, work,
                             [("local", 2), ("dask", 2), ("dask", 1)])
            print(f"  cluster overhead (2 workers against 2 processes): "
                  f"{(t[('dask', 2)] / t[('local', 2)] - 1) * 100:+.1f} % (goal: at most +15 %)")
        if "scans" not in skip:
            files, pages = scans(srcs, work / "scans", args.scans, args.scan_pages)
            t = side_by_side("scanned inbox, one core per worker or process", work / "scans", files, pages, work,
                             [("local", 2), ("dask", 1), ("dask", 2)], core_each=True)
            print(f"  2 workers against 1: x{t[('dask', 1)] / t[('dask', 2)]:.2f} (goal: at least x1.7); "
                  f"2 workers against the local pool: x{t[('local', 2)] / t[('dask', 2)]:.2f}")
        if "doc" not in skip:
            legacy_doc(work)


if __name__ == "__main__":
    main()
