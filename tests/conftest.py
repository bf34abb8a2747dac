from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import builders  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def write(folder: Path, name: str, text: str) -> Path:
    """A text fixture, dedented."""
    path = folder / name
    path.write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    return path


def run_cli(*args: str, env: dict | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *map(str, args)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=timeout,
    )


@pytest.fixture(scope="session")
def fx(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fixtures")


@pytest.fixture(scope="session")
def seed_txt(fx) -> Path:
    path = fx / "seed.txt"
    path.write_text(builders.seed_text(), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def seed_pdf(fx, seed_txt) -> Path:
    """The seed as a text PDF made by LibreOffice."""
    return builders.soffice_convert(seed_txt, "pdf", fx)


@pytest.fixture(scope="session")
def formal_pdf(fx) -> Path:
    """A plan with the decree's two-column header, running header and page numbers."""
    docx = builders.formal_docx(fx / "formal.docx")
    return builders.soffice_convert(docx, "pdf", fx)


@pytest.fixture(scope="session")
def numbered(fx) -> Path:
    return builders.numbered_docx(fx / "numbered.docx")


@pytest.fixture(scope="session")
def scanned_pdf(fx, seed_pdf) -> Path:
    return builders.scan_pdf(seed_pdf, fx / "scanned.pdf", pages=[0])
