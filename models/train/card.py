"""Model card assembly (exact shape of src/core/card/types.ts) and deterministic JSON writing.

JSON: stable insertion order, Python float repr (shortest round-trip), no NaN, no timestamps.
"""
import hashlib
import json

import numpy as np
import onnx
import pandas
import sklearn
import xgboost

from .evaluation import SEGMENTS

SCHEMA_VERSION = 1
CARD_VERSION = "1.0.0"


def dumps(obj, indent=None):
    text = json.dumps(obj, ensure_ascii=False, allow_nan=False, indent=indent,
                      separators=(",", ":") if indent is None else (",", ": "))
    return (text + "\n").encode("utf-8")


def write_json(path, obj, indent=None):
    data = dumps(obj, indent)
    with open(path, "wb") as f:
        f.write(data)
    return data


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def libraries():
    return {"numpy": np.__version__, "pandas": pandas.__version__, "scikit-learn": sklearn.__version__,
            "xgboost": xgboost.__version__, "onnx": onnx.__version__}


def build(cand, role, onnx_bytes, trees_bytes, margin, fields, features, reference, calibration,
          thresholds, cuts, clusters, metrics, data_sha, rows, seed, tiers=None):
    card = {"schemaVersion": SCHEMA_VERSION, "modelId": cand.id, "cardVersion": CARD_VERSION,
            "role": role, "algorithm": cand.algorithm,
            "onnx": {"file": f"{cand.id}.onnx", "sha256": sha256(onnx_bytes), "inputName": "input",
                     "probabilityOutput": "probabilities", "kind": cand.kind}}
    if trees_bytes is not None:
        card["explain"] = {"file": f"{cand.id}.trees.json", "sha256": sha256(trees_bytes),
                           "margin": margin}
    card.update({"target": "Conversion", "idField": "CustomerID", "fields": fields,
                 "features": features, "reference": reference, "calibration": calibration,
                 "thresholds": thresholds, "deciles": {"cutPoints": cuts},
                 "segments": {k: list(v) for k, v in SEGMENTS.items()}})
    if tiers is not None:
        card["tiers"] = tiers
    card.update({"clusters": clusters,
                 "metrics": metrics,
                 "training": {"dataSha256": data_sha, "rows": rows, "libraries": libraries(),
                              "seed": seed}})
    return card
