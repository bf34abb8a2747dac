"""Speed and memory of rasoat, against baselines run in the same process.

    .venv/bin/python bench/bench.py [--files 100] [--ocr-pages 1]

Builds an inbox of N documents (text PDFs and DOCX made from the corpus plans,
and a few scans), then prints, side by side:

- reading one document: rasoat's parse against pdfplumber's bare extract_text
  and pypdfium2's bare text extraction on the same PDFs (and unstructured's
  partition, fast strategy, when it is installed), as ratios;
- check over the inbox with --jobs 1 and --jobs 2: files and pages per second,
  and the peak memory (RSS) of the run;
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


def build_inbox(folder: Path, n: int, ocr_pages: int) -> tuple[list[Path], int]:
    import builders
    import pypdfium2

    sources = sorted((ROOT / "corpus" / "documents").glob("*.docx"))
    sources = [s for s in sources if "tcvn3" not in s.name]
    pdfs = []
    work = folder.parent / "pdf-src"
    work.mkdir(exist_ok=True)
    for s in sources:
        pdfs.append(builders.soffice_convert(s, "pdf", work))
    folder.mkdir(parents=True, exist_ok=True)
    pages = 0
    for i in range(n):
        src = pdfs[i % len(pdfs)] if i % 2 == 0 else sources[i % len(sources)]
        dst = folder / f"{i:04d}-{src.name}"
        data = src.read_bytes()
        if src.suffix == ".pdf":
            data = data + f"\n%{i}\n".encode()  # distinct bytes, the same document
            pages += len(pypdfium2.PdfDocument(str(src)))
        else:
            pages += 1
            data = data  # a DOCX copy is a duplicate: counted, not re-read
        dst.write_bytes(data)
    for j in range(ocr_pages and 1):
        builders.scan_pdf(pdfs[0], folder / f"scan-{j}.pdf", pages=list(range(ocr_pages)))
        pages += ocr_pages
    return pdfs, pages


def timed(fn, *args, repeat: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn(*args)
    return (time.perf_counter() - start) / repeat


def reading(pdfs: list[Path]) -> None:
    import pdfplumber
    import pypdfium2

    from pipeline import parse

    def ours(p):
        parse(p)

    def plumber(p):
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()

    def pdfium(p):
        doc = pypdfium2.PdfDocument(str(p))
        for page in doc:
            page.get_textpage().get_text_range()
        doc.close()

    rows = [("rasoat parse", ours), ("pdfplumber extract_text", plumber), ("pypdfium2 get_text_range", pdfium)]
    try:
        from unstructured.partition.pdf import partition_pdf

        rows.append(("unstructured partition (fast)", lambda p: partition_pdf(str(p), strategy="fast")))
    except ImportError:
        print("(unstructured is not installed: not compared)")
    base = None
    print(f"\nReading {len(pdfs)} text PDFs, seconds per document:")
    for name, fn in rows:
        seconds = sum(timed(fn, p) for p in pdfs) / len(pdfs)
        base = base or seconds
        print(f"  {name:32} {seconds:8.3f} s   x{seconds / base:6.2f} of rasoat")


def check_runs(inbox: Path, pages: int, work: Path) -> None:
    plan = ROOT / "corpus" / "demo" / "plan" / "KH-45-UBND-binh-dang-gioi-2023.docx"
    files = sum(1 for _ in inbox.iterdir())
    print(f"\ncheck over {files} files, {pages} pages:")
    for jobs in (1, 2):
        out = work / f"out-{jobs}"
        shutil.rmtree(out, ignore_errors=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipeline", "check", "--plan", str(plan), "--inbox", str(inbox),
                        "--out", str(out), "--jobs", str(jobs), "--quiet", "--no-cache"], check=True, cwd=ROOT)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(f"  --jobs {jobs}: {seconds:7.1f} s  {files / seconds:6.2f} files/s  {pages / seconds:6.2f} pages/s  "
              f"peak RSS of a process {max(peak, before) / 1024:7.0f} MB")
    out = work / "out-2"
    subprocess.run([sys.executable, "-m", "pipeline", "check", "--plan", str(plan), "--inbox", str(inbox),
                    "--out", str(out), "--quiet"], check=True, cwd=ROOT)  # fills the cache
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline", "check", "--plan", str(plan), "--inbox", str(inbox),
                    "--out", str(out), "--quiet"], check=True, cwd=ROOT)
    print(f"  unchanged re-run: {time.perf_counter() - start:6.2f} s")


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
    ap.add_argument("--files", type=int, default=100)
    ap.add_argument("--ocr-pages", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="rasoat-bench-") as tmp:
        work = Path(tmp)
        inbox = work / "inbox"
        pdfs, pages = build_inbox(inbox, args.files, args.ocr_pages)
        print(f"machine: {os.cpu_count()} cores; inbox of {args.files} documents + {args.ocr_pages} scanned page(s)")
        reading(pdfs)
        check_runs(inbox, pages, work)
        scans = sorted(inbox.glob("scan-*.pdf"))
        if scans:
            ocr(scans[0], work)


if __name__ == "__main__":
    main()
