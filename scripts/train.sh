#!/usr/bin/env bash
# Retrains the conversion models and rewrites models/artifacts/ (see models/README.md).
# Data dir: first argument, else $LEADLENS_DATA, else ../shared/data/conversion (never copied in).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-python-deps.sh
DATA="${1:-${LEADLENS_DATA:-../shared/data/conversion}}"
export OMP_NUM_THREADS=1
exec /usr/bin/python3 -m models.train.pipeline --data "$DATA" --out models/artifacts
