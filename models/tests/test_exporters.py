"""Exporter parity: ONNX Runtime (node) vs the libraries' predict_proba, every candidate family.

Committed artifacts are checked on ALL validation rows against models refitted with the pipeline's
own candidate definitions (so the test also proves the artifacts are reproducible).
"""
import os
import tempfile

import numpy as np
import pytest

from models.tests import helpers as H
from models.train import candidates as C

BY_ID = {cls.id: cls for cls in C.ALL}


@pytest.mark.parametrize("cls", C.ALL, ids=[c.id for c in C.ALL])
def test_every_exporter_matches_library(cls, matrices):
    Xtr, ytr, Xva, _ = matrices
    cand = cls(fast=True)
    model = cand.fit(Xtr, ytr)
    onnx_model, trees_doc, _ = cand.export(model, [f"f{i}" for i in range(Xtr.shape[1])])
    path = os.path.join(tempfile.mkdtemp(), "m.onnx")
    from models.train import onnx_export as OE
    OE.save(onnx_model, path)
    ref = cand.proba(model, Xva)
    assert np.max(np.abs(H.ort_proba(path, Xva) - ref)) <= 1e-5
    if trees_doc is not None:
        margin = _trees_margin(trees_doc, Xva.astype(np.float32))
        p = 1 / (1 + np.exp(-margin)) if trees_doc["margin"] == "logit" else margin
        assert np.max(np.abs(p - ref)) <= 1e-5


def _trees_margin(doc, X):
    out = np.full(len(X), doc["base"], dtype=np.float64)
    for tree in doc["trees"]:
        nodes = {n["id"]: n for n in tree["nodes"]}
        for r, x in enumerate(X):
            n = nodes[0]
            while n["left"] != -1:
                v = x[n["feature"]]
                go_left = v < n["threshold"] if n["decision"] == "<" else v <= n["threshold"]
                n = nodes[n["left"] if go_left else n["right"]]
            out[r] += n["value"]
    return out


def test_committed_artifacts_match_refit_models(index, matrices):
    Xtr, ytr, Xva, _ = matrices
    for mid in index["models"]:
        cand = BY_ID[mid]()
        # Boosted models were early-stopped on validation: refit to the round count their card records.
        stop = H.load_json(f"{mid}.card.json")["metrics"].get("earlyStopping")
        model = cand.fit(Xtr, ytr, stop["bestIteration"]) if stop else cand.fit(Xtr, ytr)
        p_ort = H.ort_proba(os.path.join(H.ARTIFACTS, f"{mid}.onnx"), Xva)
        assert np.max(np.abs(p_ort - cand.proba(model, Xva))) <= 1e-5, mid
