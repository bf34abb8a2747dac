#!/usr/bin/env bash
# Makes this machine a rasoat worker and starts it (README, "Running on a cluster").
#   scripts/dask-worker.sh tcp://SCHEDULER-HOST:8786 [PROCESSES]
# Installs what reading needs (tesseract with Vietnamese data, LibreOffice: scripts/install-system-deps.sh)
# and the project (.venv), then starts PROCESSES worker processes (default: one per core), each
# with one thread (one file at a time; tesseract itself is kept to one thread). The tools found
# are declared as Dask resources (ocr, office), so that scans and .doc files go only to workers
# that can read them; the worker also checks this itself when it starts (pipeline/checking/cluster.py).
# Every worker must run the same version of the project as the machine that runs `rasoat check`.
set -euo pipefail
cd "$(dirname "$0")/.."
SCHEDULER="${1:?usage: scripts/dask-worker.sh tcp://HOST:8786 [PROCESSES]}"
NPROC="${2:-$(nproc)}"
make setup
resources=()
tesseract --list-langs 2>/dev/null | grep -qx vie && resources+=("ocr=1")
command -v soffice >/dev/null 2>&1 && resources+=("office=1")
export OMP_THREAD_LIMIT=1  # tesseract: one thread per process, so the processes do not fight
exec .venv/bin/dask worker "$SCHEDULER" --nworkers "$NPROC" --nthreads 1 --no-dashboard \
  ${resources:+--resources "${resources[*]}"}
