#!/usr/bin/env bash
# Installs the Debian packages rasoat needs, only those that are missing.
#   tesseract-ocr, tesseract-ocr-vie : OCR of scanned PDFs (Vietnamese)
#   tesseract-ocr-osd                : orientation detection (pages scanned on their side)
#   libreoffice-writer-nogui         : converts .doc/.rtf/.odt (and makes PDF fixtures in tests)
#   libreoffice-calc-nogui           : renders coverage.xlsx to PDF for review, reads it back in tests
#   python3-uno                      : UNO, through which a reading process keeps one LibreOffice for its batch
#   poppler-utils                    : pdftoppm, to look at PDFs and rendered reports
#   fonts-liberation, fonts-dejavu-core : fonts with Vietnamese glyphs for LibreOffice
#   chromium                         : the browser the page's end-to-end test drives (Playwright, headless)
#   python3-venv                     : Debian's python3 needs it for `python3 -m venv`
set -euo pipefail
PY="${1:-python3}"
want=(tesseract-ocr tesseract-ocr-vie tesseract-ocr-osd libreoffice-writer-nogui libreoffice-calc-nogui python3-uno poppler-utils fonts-liberation fonts-dejavu-core chromium)
if ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  want+=(python3-venv)
fi
missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "rasoat: please install: ${missing[*]} (no apt-get on this machine)" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "rasoat: run as root, or install: ${missing[*]}" >&2; exit 1; fi
fi
echo "Installing system packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
