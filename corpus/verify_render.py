#!/usr/bin/env python3
"""Check that the corpus builders still make the committed files.

    /work/main/.venv/bin/python corpus/verify_render.py              # every set
    /work/main/.venv/bin/python corpus/verify_render.py third demo   # some sets
    /work/main/.venv/bin/python corpus/verify_render.py --built DIR  # compare a tree built elsewhere

Each set is rebuilt into a temporary folder (the builders write under
$CORPUS_RENDER_OUT/<set> when that variable is set; the committed plan/ and
inbox/ are not touched) and every committed output is compared with its
rebuild: byte-identical files are "same"; otherwise DOCX paragraphs and table
cells (python-docx), PDF page texts (pdfplumber; image-only pages by pixels),
xlsx cell values (openpyxl), .doc/.rtf/.odt/.xls/.ods through LibreOffice's
text/CSV export, images by size and pixels, other files by bytes. Signed PDFs
(corpus/eighteenth: a fresh key at every build) are compared by their text only,
as every PDF with a text layer. Exit 1 when any file differs in text or is missing.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
PY = sys.executable
LO_PROFILE = "file:///tmp/lo-verify-profile"

# set -> (builder, its arguments, folders holding its outputs)
SETS = {
    "documents": ("build_corpus.py", [], ["documents"]),
    "variants": ("build_variants.py", [], []),   # checked with "documents" (same folder)
    "demo": ("demo/build_demo.py", [], ["demo/plan", "demo/inbox", "other/plan", "other/inbox"]),
}
for _yaml in sorted(CORPUS.glob("*/render.yaml")):  # every set written as a render.yaml
    _s = _yaml.parent.name
    SETS[_s] = ("render.py", [_s], [_s + "/plan", _s + "/inbox"])


def committed(folders):
    out = []
    for f in folders:
        root = CORPUS / f
        if root.is_dir():
            out += [p.relative_to(CORPUS) for p in sorted(root.rglob("*")) if p.is_file()]
    return out


# ------------------------------------------------------------------ readers

def docx_text(path):
    from docx import Document
    doc = Document(str(path))
    out = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            out.append(" | ".join(c.text for c in row.cells))
    for s in doc.sections:
        out += ["[header] " + p.text for p in s.header.paragraphs]
    return out


def pdf_pages(path):
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def pdf_images(path):
    import numpy as np
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    imgs = [np.asarray(p.render(scale=1).to_pil().convert("L"), dtype=np.int16) for p in pdf]
    pdf.close()
    return imgs


def xlsx_cells(path):
    from openpyxl import load_workbook
    wb = load_workbook(str(path))
    return [(ws.title, c.coordinate, c.value) for ws in wb for row in ws.iter_rows() for c in row
            if c.value is not None] + [(ws.title, str(sorted(map(str, ws.merged_cells.ranges)))) for ws in wb]


def lo_text(path, tmp):
    """Text of an office file through LibreOffice (txt for documents, csv for sheets)."""
    ext = path.suffix.lower()
    target = "csv" if ext in (".xls", ".ods", ".xlsx") else "txt:Text (encoded):UTF8"
    d = Path(tempfile.mkdtemp(dir=tmp))
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", target, "--outdir", str(d), str(path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    made = next(d.iterdir())
    return made.read_text(encoding="utf-8", errors="replace")


def image_diff(a, b):
    import numpy as np
    from PIL import Image
    x = np.asarray(Image.open(a).convert("L"), dtype=np.int16)
    y = np.asarray(Image.open(b).convert("L"), dtype=np.int16)
    if x.shape != y.shape:
        return "size %s vs %s" % (x.shape, y.shape)
    d = np.abs(x - y)
    return None if d.max() == 0 else "pixels differ (mean %.3f, max %d)" % (d.mean(), d.max())


def compare(a: Path, b: Path, tmp) -> tuple[str, str]:
    """(verdict, note): verdict same | text | DIFF."""
    if a.read_bytes() == b.read_bytes():
        return "same", ""
    ext = a.suffix.lower()
    if ext == ".json":
        import json
        same = json.loads(a.read_text(encoding="utf-8")) == json.loads(b.read_text(encoding="utf-8"))
        return ("text", "same JSON") if same else ("DIFF", "JSON differs")
    if ext == ".docx":
        try:
            ta, tb = docx_text(a), docx_text(b)
        except Exception as e:  # a deliberately broken DOCX (demo's "truncated")
            return "DIFF", "unreadable: %s" % e
        return ("text", "") if ta == tb else ("DIFF", first_diff(ta, tb))
    if ext == ".pdf":
        ta, tb = pdf_pages(a), pdf_pages(b)
        if ta != tb:
            return "DIFF", first_diff(ta, tb)
        if any(t.strip() for t in ta):
            return "text", ""
        ia, ib = pdf_images(a), pdf_images(b)   # image-only PDF: compare the pages' pixels
        if [i.shape for i in ia] != [i.shape for i in ib]:
            return "DIFF", "page sizes differ"
        worst = max(float(abs(x - y).mean()) for x, y in zip(ia, ib))
        return ("text", "pixels identical") if worst == 0 else ("DIFF", "scan pixels differ (mean %.3f)" % worst)
    if ext == ".xlsx":
        ca, cb = xlsx_cells(a), xlsx_cells(b)
        return ("text", "") if ca == cb else ("DIFF", first_diff(ca, cb))
    if ext in (".doc", ".rtf", ".odt", ".xls", ".ods"):
        ta, tb = lo_text(a, tmp), lo_text(b, tmp)
        return ("text", "") if ta == tb else ("DIFF", first_diff(ta.splitlines(), tb.splitlines()))
    if ext in (".jpg", ".jpeg", ".png"):
        d = image_diff(a, b)
        return ("text", "pixels identical") if d is None else ("DIFF", d)
    return "DIFF", "bytes differ"


def first_diff(x, y):
    for k, (p, q) in enumerate(zip(x, y)):
        if p != q:
            return "item %d: %r != %r" % (k, str(p)[:80], str(q)[:80])
    return "lengths %d != %d" % (len(x), len(y))


# ------------------------------------------------------------------ main

def build(name, out_root):
    script, args, _ = SETS[name]
    env = dict(os.environ, CORPUS_RENDER_OUT=str(out_root))
    r = subprocess.run([PY, str(CORPUS / script)] + args, env=env, capture_output=True, text=True)
    if r.returncode:
        print("%s: build failed (%d)\n%s%s" % (name, r.returncode, r.stdout[-2000:], r.stderr[-3000:]))
        return False
    return True


def check(name, built_root, tmp):
    folders = SETS[name][2]
    files = committed(folders)
    bad = 0
    counts = {"same": 0, "text": 0, "DIFF": 0}
    for rel in files:
        other = built_root / rel
        if not other.exists():
            print("  MISSING %s" % rel)
            bad += 1
            continue
        verdict, note = compare(CORPUS / rel, other, tmp)
        counts[verdict] += 1
        if verdict == "DIFF":
            bad += 1
            print("  DIFF %s: %s" % (rel, note))
        elif note and "-v" in sys.argv:
            print("  %s %s: %s" % (verdict, rel, note))
    extra = [p for f in folders if (built_root / f).is_dir()
             for p in (built_root / f).rglob("*") if p.is_file() and p.relative_to(built_root) not in files]
    for p in extra:
        print("  EXTRA %s" % p.relative_to(built_root))
    ok = len(files) - bad
    print("%-12s %d/%d files identical in text (%d byte-identical)%s" % (
        name, ok, len(files), counts["same"], "" if not extra else ", %d extra" % len(extra)))
    return bad == 0 and not extra


def main(argv):
    built = None
    if "--built" in argv:
        k = argv.index("--built")
        built = Path(argv[k + 1]).resolve()
        argv = argv[:k] + argv[k + 2:]
    names = [a for a in argv if not a.startswith("-")] or [n for n in SETS if n != "variants"]
    ok = True
    with tempfile.TemporaryDirectory(prefix="verify-render-") as tmp:
        root = built or Path(tmp) / "built"
        for name in names:
            if built is None:
                if not build(name, root):
                    ok = False
                    continue
                if name == "documents":   # the variants live in documents/ too
                    build("variants", root)
            if name == "variants":
                continue
            ok = check(name, root, tmp) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
