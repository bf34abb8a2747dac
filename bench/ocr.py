"""OCR speed and accuracy (issue #16): rasoat against tesseract alone, side by side in one run,
on the same pages.

    .venv/bin/python bench/ocr.py [--tesseract-default-pages 1]

The pages are the README's noisy scans: the seed (10-point monospace, LibreOffice) at 0°, 1.2°
and 3° of skew, four pages each; and two corpus plans (14-point serif, Word's layout by
LibreOffice) scanned at 300 dpi upright and at 2° of skew, and at 200 dpi, two pages each. Every
page is rendered at 300 dpi to a PNG, which tesseract alone reads (``tesseract page.png out -l
vie``): as installed (its OpenMP threads on: what a user running it gets) and with one thread
(``OMP_THREAD_LIMIT=1``), the stricter baseline. rasoat reads the scanned PDF with ``parse``: its
seconds per page are the wall time of the whole document over its pages, read in parallel (the
machine's OCR slots); and its OCR alone, page after page (one slot). Character accuracy is 1 - the normalised
Levenshtein distance between the page's text (rasoat's OCR lines; tesseract's output) and the text
layer of the page it was made from.

Goal: rasoat's seconds per page at most 0.6x tesseract alone at 300 dpi, with every page's accuracy
not lower than before (at least 97 %). A benchmark, not a test: it prints figures, it asserts
nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

PLANS = ("kh-so-gddt-nghe-an-chuyen-doi-so-2024", "kh-ubnd-krong-pac-sot-xuat-huyet-2024")


def flat(text: str) -> str:
    from pipeline.normalize import normalize_text

    return re.sub(r"\s+", " ", re.sub(r"_{3,}", " ", normalize_text(text))).strip()  # rule lines carry no text


def scans(work: Path) -> list[tuple[str, Path, Path, int]]:
    """(label, scanned PDF, text PDF it was made from, pages)."""
    import builders

    seed = work / "seed.txt"
    seed.write_text(builders.seed_text(), encoding="utf-8")
    out = []
    seed_pdf = builders.soffice_convert(seed, "pdf", work)
    for angle in (0.0, 1.2, 3.0):
        out.append((f"seed, 300 dpi, {angle}°", builders.scan_pdf(seed_pdf, work / f"seed-{angle}.pdf",
                                                                    pages=[0, 1, 2, 3], angle=angle), seed_pdf, 4))
    for i, name in enumerate(PLANS):
        pdf = builders.soffice_convert(ROOT / "corpus" / "documents" / f"{name}.docx", "pdf", work)
        for angle, dpi in ((0.0, 300), (2.0, 300), (0.7, 200)):
            scan = builders.scan_pdf(pdf, work / f"plan{i}-{angle}-{dpi}.pdf", pages=[0, 1], angle=angle, dpi=dpi)
            out.append((f"plan {i + 1}, {dpi} dpi, {angle}°", scan, pdf, 2))
    return out


def tesseract_alone(scan: Path, pages: int, work: Path, threads: str | None) -> tuple[float, list[str]]:
    """Seconds per page and each page's text, tesseract reading 300-dpi PNGs of the pages."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(scan))
    images = []
    for i in range(pages):
        image = work / f"page-{i}.png"
        pdf[i].render(scale=300 / 72, grayscale=True).to_pil().save(image)
        images.append(image)
    pdf.close()
    env = dict(os.environ)
    env.pop("OMP_THREAD_LIMIT", None)
    if threads:
        env["OMP_THREAD_LIMIT"] = threads
    texts, seconds = [], 0.0
    for image in images:
        start = time.perf_counter()
        subprocess.run(["tesseract", str(image), str(work / "out"), "-l", "vie"], check=True, capture_output=True,
                       env=env)
        seconds += time.perf_counter() - start
        texts.append((work / "out.txt").read_text(encoding="utf-8"))
    return seconds / pages, texts


def rasoat(scan: Path, pages: int) -> float:
    """Seconds per page of rasoat's parse of the scanned PDF (pages in parallel)."""
    from pipeline import parse

    start = time.perf_counter()
    doc = parse(scan)
    seconds = time.perf_counter() - start
    assert doc.source.ocr_pages == pages, doc.source
    return seconds / pages


def rasoat_one_slot(scan: Path, pages: int) -> tuple[float, list[str]]:
    """Seconds per page of rasoat's OCR of the pages one after another, and each page's text."""
    import pypdfium2

    from pipeline.readers import ocr

    pdf = pypdfium2.PdfDocument(str(scan))
    texts, seconds = [], 0.0
    for i in range(pages):
        start = time.perf_counter()
        lines = ocr.ocr_page(pdf[i], i + 1)
        seconds += time.perf_counter() - start
        texts.append(" ".join(ln.text for ln in lines))
    pdf.close()
    return seconds / pages, texts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tesseract-default-pages", type=int, default=1,
                    help="pages of each scan read by tesseract with its default threads (slow: 10 s a page)")
    args = ap.parse_args()
    import pdfplumber
    from rapidfuzz.distance import Levenshtein

    from pipeline import parse
    from pipeline.readers import ocr

    os.environ.pop("OMP_THREAD_LIMIT", None)  # rasoat sets it for its own tesseract
    print(f"OCR slots (cores): {ocr.cores()}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        items = scans(work)
        parse(items[0][1])  # warm: imports, tesseract's data in the page cache
        rows = []
        totals = {"default": [0.0, 0], "one": [0.0, 0], "parallel": [0.0, 0], "slot": [0.0, 0]}
        print(f"{'scan':24} {'tess. default':>13} {'tess. 1 thr.':>12} {'rasoat':>7} {'1 slot':>7}  "
              f"{'x default':>9} {'x 1 thr.':>8}  accuracy rasoat (tesseract alone)")
        for label, scan, text_pdf, pages in items:
            with pdfplumber.open(text_pdf) as pdf:
                truth = [flat(p.extract_text() or "") for p in pdf.pages[:pages]]
            n_default = min(pages, args.tesseract_default_pages)
            default, _ = tesseract_alone(scan, n_default, work, None) if n_default else (float("nan"), [])
            one, theirs = tesseract_alone(scan, pages, work, "1")
            parallel = rasoat(scan, pages)
            slot, ours = rasoat_one_slot(scan, pages)
            for key, value, n in (("default", default, n_default), ("one", one, pages),
                                  ("parallel", parallel, pages), ("slot", slot, pages)):
                if n:
                    totals[key][0] += value * n
                    totals[key][1] += n
            acc = [Levenshtein.normalized_similarity(flat(o), t) for o, t in zip(ours, truth)]
            acc_t = [Levenshtein.normalized_similarity(flat(o), t) for o, t in zip(theirs, truth)]
            rows.append(acc)
            print(f"{label:24} {default:13.2f} {one:12.2f} {parallel:7.2f} {slot:7.2f}  {parallel / default:9.2f} "
                  f"{parallel / one:8.2f}  " + " ".join(f"{a:.1%}" for a in acc)
                  + "  (" + " ".join(f"{a:.1%}" for a in acc_t) + ")", flush=True)
        mean = {k: s / n for k, (s, n) in totals.items() if n}
        print(f"{'all pages, s/page':24} {mean['default']:13.2f} {mean['one']:12.2f} {mean['parallel']:7.2f} "
              f"{mean['slot']:7.2f}  {mean['parallel'] / mean['default']:9.2f} {mean['parallel'] / mean['one']:8.2f}"
              f"  lowest page {min(min(r) for r in rows):.1%}")
        print(f"one slot against tesseract alone with one thread: x{mean['slot'] / mean['one']:.2f}")


if __name__ == "__main__":
    main()
