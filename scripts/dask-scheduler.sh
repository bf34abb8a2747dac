#!/usr/bin/env bash
# Starts the Dask scheduler a province's rasoat cluster uses (README, "Running on a cluster").
#   scripts/dask-scheduler.sh [PORT]        (default 8786; run it on one machine of the office network)
# A worker that dies while reading a file has that file tried once more, then it is an error row.
# The scheduler runs what its clients send: keep it on the office's private network (or use
# Dask's TLS options: --tls-ca-file, --tls-cert, --tls-key).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-8786}"
test -x .venv/bin/dask || make setup
export DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES=1
exec .venv/bin/dask scheduler --port "$PORT" --no-dashboard
