"""Shared test helpers: data location, ONNX Runtime through node (ort_run.mjs), refitting models."""
import json
import os
import subprocess
import tempfile

import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ARTIFACTS = os.path.join(ROOT, "models", "artifacts")
DATA = os.environ.get("LEADLENS_DATA", os.path.join(ROOT, "..", "shared", "data", "conversion"))
ORT_RUN = os.path.join(os.path.dirname(__file__), "ort_run.mjs")


def ort_proba(onnx_path, X):
    """P(y=1) from onnxruntime-node for float32(X); also checks rows sum to 1."""
    X32 = np.ascontiguousarray(np.asarray(X, dtype=np.float32))
    with tempfile.TemporaryDirectory() as d:
        xin, out = os.path.join(d, "x.f32"), os.path.join(d, "p.f32")
        X32.tofile(xin)
        subprocess.run(["node", ORT_RUN, onnx_path, xin, str(X32.shape[0]), str(X32.shape[1]), out],
                       check=True, cwd=ROOT)
        p = np.fromfile(out, dtype=np.float32).reshape(-1, 2).astype(np.float64)
    assert np.all(np.abs(p.sum(axis=1) - 1.0) < 1e-6)
    return p[:, 1]


def load_json(name):
    with open(os.path.join(ARTIFACTS, name), encoding="utf-8") as f:
        return json.load(f)
