#!/usr/bin/env bash
# The training pipeline and its tests use Debian's python3 with apt's scientific packages (no PyPI here).
# Installs them with apt when missing (needs root, as on CI); otherwise does nothing.
set -euo pipefail
PY=/usr/bin/python3
if [ -x "$PY" ] && "$PY" -c "import sklearn, xgboost, pandas, onnx, pytest" 2>/dev/null; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "install-python-deps: missing; install with: sudo apt-get install -y python3-sklearn python3-xgboost python3-pandas python3-onnx python3-pytest" >&2
  exit 1
fi
echo "install-python-deps: installing python3-sklearn python3-xgboost python3-pandas python3-onnx python3-pytest with apt-get" >&2
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y python3-sklearn python3-xgboost python3-pandas python3-onnx python3-pytest
