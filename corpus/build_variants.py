"""Make format variants of corpus documents: the same content as another file,
so they share its gold (copied, with "file" changed).

    .venv/bin/python corpus/build_variants.py

- a scanned PDF (image only: rendered, rotated, speckled) of a công văn, read by OCR;
- a TCVN3 (.VnTime / .VnTimeH fonts) DOCX of a plan with automatic numbering;
- the same plan as .doc, .odt and .rtf (LibreOffice).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"                                     # the documents the variants are made from
OUT = Path(os.environ.get("CORPUS_RENDER_OUT") or HERE) / "documents"   # where the variants go
LO_PROFILE = "file:///tmp/lo-variants-profile"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

import builders  # noqa: E402  tests/builders.py: the scanner of the test fixtures
import render  # noqa: E402  corpus/render.py, the shared renderer
from docx import Document  # noqa: E402


def copy_gold(src: str, dst: Path, note: str) -> None:
    gold = json.loads((DOCS / src.replace(Path(src).suffix, ".gold.json")).read_text(encoding="utf-8"))
    gold["file"] = dst.name
    gold["variant_of"] = src
    gold["variant"] = note
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / (dst.stem + ".gold.json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                                  encoding="utf-8")


def scanned(src: str, out_name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(render.lo_convert(DOCS / src, "pdf", tmp, LO_PROFILE))
        OUT.mkdir(parents=True, exist_ok=True)
        builders.scan_pdf(pdf, OUT / out_name, pages=list(range(render.pdf_page_count(str(pdf)))), angle=0.8, seed=11)
    copy_gold(src, OUT / out_name, "scanned PDF (image only) of the DOCX, read by OCR")


def tcvn3(src: str, out_name: str) -> None:
    """Every run re-typed in TCVN3: the text stored as its TCVN3 bytes seen as Windows-1252
    characters; a toned capital (which TCVN3 lacks) set in the capitals font .VnTimeH."""
    doc = Document(str(DOCS / src))
    render.retype_tcvn3(doc, all_fonts=False, with_header=False)
    OUT.mkdir(parents=True, exist_ok=True)
    doc.save(str(OUT / out_name))
    copy_gold(src, OUT / out_name, "the DOCX re-typed in the TCVN3 encoding (.VnTime/.VnTimeH fonts)")


def office(src: str, target: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = render.lo_convert(DOCS / src, target, tmp, LO_PROFILE)
        OUT.mkdir(parents=True, exist_ok=True)
        dst = OUT / (Path(src).stem + f"-lo.{target}")
        shutil.copyfile(out, dst)
    copy_gold(src, dst, f"the DOCX saved as .{target} by LibreOffice")


def main() -> None:
    scanned("cv-ubnd-thap-muoi-sot-xuat-huyet-2024.docx", "cv-ubnd-thap-muoi-sot-xuat-huyet-2024-scan.pdf")
    tcvn3("kh-ubnd-muong-khuong-giam-ngheo-2025.docx", "kh-ubnd-muong-khuong-giam-ngheo-2025-tcvn3.docx")
    office("kh-ubnd-krong-pac-sot-xuat-huyet-2024.docx", "doc")
    office("tb-ubnd-ninh-kieu-ket-luan-atgt-2023.docx", "odt")
    office("bc-so-y-te-binh-dinh-chuyen-doi-so-2024.docx", "rtf")


if __name__ == "__main__":
    main()
