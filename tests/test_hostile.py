"""A hostile inbox of more than 200 files through check: exit 0, one files.csv row
per file, no traceback, nothing written outside --out, nothing read outside the inbox."""

from __future__ import annotations

import csv
import json

import builders
import pytest
from conftest import ROOT, run_cli
from hostile import make_hostile_inbox


@pytest.mark.slow
def test_hostile_inbox(tmp_path, numbered, seed_pdf):
    inbox = tmp_path / "inbox"
    secret = tmp_path / "ngoai-hop-thu.docx"
    secret.write_bytes(numbered.read_bytes())
    made = make_hostile_inbox(inbox, numbered, seed_pdf, secret)
    assert made >= 200
    out = tmp_path / "out"
    before = _tree(tmp_path, out)
    plan = builders.formal_docx(tmp_path / "ke-hoach.docx")
    before.add(plan)
    result = run_cli("check", "--plan", plan, "--inbox", inbox, "--out", out, "--jobs", "2", "--quiet",
                     "--timeout", "60", timeout=1800)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    with open(out / "files.csv", encoding="utf-8") as fh:
        rows = {r["file"]: r for r in csv.DictReader(fh)}
    files = {p.relative_to(inbox).as_posix() for p in _tree(inbox, None) if not p.is_symlink() and not p.is_dir()}
    assert files <= set(rows)
    assert len(rows) >= made
    # the link out of the inbox is listed, not read
    link = rows["lien-ket-ra-ngoai.docx"]
    assert link["status"] == "error" and "ngoài" in link["message"]
    assert not any(r["file"].startswith("vong-lap/vong-lap") for r in rows.values())
    for name in ("bom/zip-bomb.docx", "bom/xxe.docx", "bom/billion-laughs.docx", "rong/rong.docx",
                 "mat-khau/co-mat-khau.pdf", "sai-duoi/anh.pdf", "anh/anh-khong-lo.pdf", "anh/trang-khong-lo.pdf",
                 "pdf-doc/cay-trang-vong-lap.pdf", "pdf-doc/long-sau.pdf", "trang/ba-nghin-trang.pdf"):
        assert rows[name]["status"] in ("error", "unrecognized"), (name, rows[name])
        assert rows[name]["message"], name
    # what cannot be read says why, in the clerk's words
    for name, words in (("bom/zip-bomb-gigabyte.docx", "bung ra quá lớn"), ("bom/zip-bomb.docx", "bung ra quá lớn"),
                        ("bom/zip-bomb-noi-doi.docx", "hỏng"), ("mat-khau/co-mat-khau.docx", "mật khẩu"),
                        ("mat-khau/co-mat-khau.pdf", "mật khẩu"), ("ong-dan.docx", "không phải là một tệp"),
                        ("trang/ba-nghin-trang.pdf", "không có chữ"), ("nen/van-ban.rar", "giải nén"),
                        ("bom/tep-nen-bom.zip/Kế hoạch.docx", "quá lớn")):
        assert rows[name]["status"] == "error" and words in rows[name]["message"].lower(), (name, rows[name])
    # the page of 5 x 5 metres is OCR'd at a resolution that fits in memory, and the clerk is told
    assert "khổ quá lớn" in rows["anh/trang-khong-lo.pdf"]["message"], rows["anh/trang-khong-lo.pdf"]
    assert "/etc/passwd" not in (out / "tasks.csv").read_text(encoding="utf-8")
    assert "root:" not in json.dumps([r for r in rows.values()], ensure_ascii=False)
    # the good files among them are read (they are not documents of this plan, so "unrecognized")
    for name in ("tot/ke-hoach.docx", "tot/ke-hoach.pdf", "sai-duoi/la-pdf.docx", "sai-duoi/la-docx.pdf"):
        assert rows[name]["status"] in ("ok", "unrecognized", "duplicate"), (name, rows[name])
    # nothing written outside the out folder
    after = _tree(tmp_path, out)
    assert after == before
    assert ROOT.joinpath("outputs").exists()


def _tree(root, skip) -> set:
    """Every path under root, without following links (the inbox holds a directory loop)."""
    import os
    from pathlib import Path

    out = set()
    for folder, dirs, files in os.walk(root, followlinks=False):
        here = Path(folder)
        if skip is not None and (here == skip or skip in here.parents):
            dirs[:] = []
            continue
        out.update(here / d for d in dirs if here / d != skip)
        out.update(here / f for f in files)
    return out
