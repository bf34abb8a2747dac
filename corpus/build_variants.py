"""Make format variants of corpus documents: the same content as another file,
so they share its gold (copied, with "file" changed).

    .venv/bin/python corpus/build_variants.py

- a scanned PDF (image only: rendered, rotated, speckled) of a công văn, read by OCR;
- a TCVN3 (.VnTime / .VnTimeH fonts) DOCX of a plan with automatic numbering;
- the same plan as .doc, .odt and .rtf (LibreOffice).
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
sys.path.insert(0, str(HERE.parent / "tests"))

import builders  # noqa: E402
from docx import Document  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def copy_gold(src: str, dst: Path, note: str) -> None:
    gold = json.loads((DOCS / src.replace(Path(src).suffix, ".gold.json")).read_text(encoding="utf-8"))
    gold["file"] = dst.name
    gold["variant_of"] = src
    gold["variant"] = note
    (DOCS / (dst.stem + ".gold.json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                                  encoding="utf-8")


def scanned(src: str, out_name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = builders.soffice_convert(DOCS / src, "pdf", Path(tmp))
        pages = len(__import__("pypdfium2").PdfDocument(str(pdf)))
        builders.scan_pdf(pdf, DOCS / out_name, pages=list(range(pages)), angle=0.8, seed=11)
    copy_gold(src, DOCS / out_name, "scanned PDF (image only) of the DOCX, read by OCR")


def _toned_capital(ch: str) -> bool:
    return ch.isupper() and any(m in unicodedata.normalize("NFD", ch) for m in _TONES)


def _set_font(run, font: str) -> None:
    run.font.name = font
    fonts = run._r.get_or_add_rPr().find(qn("w:rFonts"))
    fonts.set(qn("w:hAnsi"), font)
    fonts.set(qn("w:ascii"), font)


def tcvn3(src: str, out_name: str) -> None:
    """Every run re-typed in TCVN3: the text stored as its TCVN3 bytes seen as Windows-1252
    characters; a toned capital (which TCVN3 lacks) set in the capitals font .VnTimeH."""
    doc = Document(str(DOCS / src))
    paragraphs = list(doc.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    for p in paragraphs:
        for run in list(p.runs):
            text = run.text
            if not text:
                continue
            # split the run where the font must change
            pieces: list[tuple[str, str]] = []
            for ch in text:
                font = ".VnTimeH" if _toned_capital(ch) else ".VnTime"
                ch = ch.lower() if font == ".VnTimeH" else ch
                if pieces and pieces[-1][1] == font:
                    pieces[-1] = (pieces[-1][0] + ch, font)
                else:
                    pieces.append((ch, font))
            first_text, first_font = pieces[0]
            run.text = builders.to_tcvn3_bytes(first_text).decode("cp1252")
            _set_font(run, first_font)
            anchor = run._r
            for piece, font in pieces[1:]:
                new = p.add_run(builders.to_tcvn3_bytes(piece).decode("cp1252"))
                new._r.getparent().remove(new._r)
                rpr = run._r.rPr
                if rpr is not None:
                    new._r.insert(0, __import__("copy").deepcopy(rpr))
                _set_font(new, font)
                anchor.addnext(new._r)
                anchor = new._r
    doc.save(str(DOCS / out_name))
    copy_gold(src, DOCS / out_name, "the DOCX re-typed in the TCVN3 encoding (.VnTime/.VnTimeH fonts)")


def office(src: str, target: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = builders.soffice_convert(DOCS / src, target, Path(tmp))
        dst = DOCS / (Path(src).stem + f"-lo.{target}")
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
