"""Independent check of the in-browser boosted trees: converts a trees.json written by the TypeScript trainer
into an ONNX TreeEnsembleClassifier with the Python pipeline's own exporter (models/train/onnx_export.py,
BRANCH_LT, LOGISTIC), so src/core/training/gbt-onnx.test.ts can score it with onnxruntime-node.

Usage: /usr/bin/python3 tests/golden/trees_to_onnx.py trees.json out.onnx
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))
from models.train import onnx_export as OE  # noqa: E402

if __name__ == "__main__":
    doc = json.load(open(sys.argv[1]))
    assert doc["decision"] == "<" and doc["margin"] == "logit", "expects boosted trees (x < t, logit margin)"
    trees = [t["nodes"] for t in doc["trees"]]
    model = OE.tree_ensemble(trees, len(doc["featureNames"]), doc["base"], "BRANCH_LT", "LOGISTIC")
    with open(sys.argv[2], "wb") as f:
        f.write(model.SerializeToString())
