#!/usr/bin/env bash
# Python tests of the training pipeline (exporter parity via onnxruntime-node, determinism, fixture).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-python-deps.sh
export OMP_NUM_THREADS=1
exec /usr/bin/python3 -m pytest -q -p no:cacheprovider models/tests "$@"
