#!/usr/bin/env bash
# A fresh Herald for the browser tests: its own data folder, a known operator, port 8765.
set -euo pipefail
cd "$(dirname "$0")/.."
export HERALD_DATA_DIR="${E2E_DATA_DIR:-$(mktemp -d /tmp/herald-e2e.XXXXXX)}"
export PORT="${E2E_PORT:-8765}"
export DJANGO_SUPERUSER_USERNAME=e2e DJANGO_SUPERUSER_PASSWORD=e2e-password
export RATE_PER_SEC="${RATE_PER_SEC:-10}" MOCK_FAILURE_RATE="${MOCK_FAILURE_RATE:-0.1}"
export RETRY_BASE_SEC="${RETRY_BASE_SEC:-0.2}" SWEEP_INTERVAL_SEC="${SWEEP_INTERVAL_SEC:-2}"
exec bash scripts/run.sh
