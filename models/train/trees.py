"""Library-neutral tree extraction (XGBoost, sklearn forests, HistGradientBoosting).

Each tree becomes a list of nodes {id, feature, threshold, left, right, value, cover}; leaves have
left = right = -1. Thresholds are float32-representable and meant for float32 inputs:
  * XGBoost splits with x < t on float32 values; t is already float32 -> decision '<'.
  * sklearn splits with x <= t64 after casting X to float32 -> decision '<=' with t rounded DOWN
    to the largest float32 <= t64 (x32 <= t64  <=>  x32 <= f32_floor(t64) for every float32 x32).
Leaf values are rounded to float32 as stored in ONNX, so TreeSHAP on trees.json reproduces ORT.
"""
import json
import math

import numpy as np


def f32_floor(t):
    """Largest float32 value <= t (t a Python/NumPy float64)."""
    f = np.float32(t)
    if float(f) > float(t):
        f = np.nextafter(f, np.float32(-np.inf), dtype=np.float32)
    return float(f)


def f32(v):
    return float(np.float32(v))


def xgb_trees(booster):
    """Return (trees, base_margin) of a binary:logistic booster (already sliced to best iteration)."""
    model = json.loads(booster.save_raw(raw_format="json"))
    learner = model["learner"]
    base_score = float(learner["learner_model_param"]["base_score"])
    base = math.log(base_score / (1.0 - base_score))
    trees = []
    for t in learner["gradient_booster"]["model"]["trees"]:
        nodes = []
        for i, (lc, rc) in enumerate(zip(t["left_children"], t["right_children"])):
            cover = float(t["sum_hessian"][i])
            if lc == -1:
                nodes.append({"id": i, "left": -1, "right": -1,
                              "value": f32(t["split_conditions"][i]), "cover": cover})
            else:
                nodes.append({"id": i, "feature": int(t["split_indices"][i]),
                              "threshold": f32(t["split_conditions"][i]), "left": int(lc),
                              "right": int(rc), "cover": cover})
        trees.append(nodes)
    return trees, f32(base)


def sklearn_forest_trees(forest):
    """RandomForest/ExtraTrees: leaf value = P(y=1) of the tree / number of trees."""
    n = len(forest.estimators_)
    trees = []
    for est in forest.estimators_:
        tr = est.tree_
        nodes = []
        for i in range(tr.node_count):
            cover = float(tr.weighted_n_node_samples[i])
            if tr.children_left[i] == -1:
                v = tr.value[i][0]
                nodes.append({"id": i, "left": -1, "right": -1,
                              "value": f32(float(v[1]) / float(v.sum()) / n), "cover": cover})
            else:
                nodes.append({"id": i, "feature": int(tr.feature[i]),
                              "threshold": f32_floor(tr.threshold[i]),
                              "left": int(tr.children_left[i]), "right": int(tr.children_right[i]),
                              "cover": cover})
        trees.append(nodes)
    return trees, 0.0


def hgb_trees(model):
    """HistGradientBoostingClassifier (binary): x <= t left, margin = baseline + sum leaves."""
    trees = []
    for (pred,) in model._predictors:
        nodes = []
        for i, nd in enumerate(pred.nodes):
            cover = float(nd["count"])
            if nd["is_leaf"]:
                nodes.append({"id": i, "left": -1, "right": -1, "value": f32(nd["value"]),
                              "cover": cover})
            else:
                nodes.append({"id": i, "feature": int(nd["feature_idx"]),
                              "threshold": f32_floor(nd["num_threshold"]), "left": int(nd["left"]),
                              "right": int(nd["right"]), "cover": cover})
        trees.append(nodes)
    return trees, f32(float(np.ravel(model._baseline_prediction)[0]))


def trees_doc(model_id, trees, base, decision, margin, feature_names):
    """The <modelId>.trees.json document."""
    out = []
    for nodes in trees:
        ns = []
        for n in nodes:
            if n["left"] < 0:
                ns.append({"id": n["id"], "left": -1, "right": -1, "value": n["value"],
                           "cover": n["cover"]})
            else:
                ns.append({"id": n["id"], "feature": n["feature"], "threshold": n["threshold"],
                           "decision": decision, "left": n["left"], "right": n["right"],
                           "cover": n["cover"]})
        out.append({"nodes": ns})
    return {"modelId": model_id, "margin": margin, "base": base, "decision": decision,
            "aggregate": "margin = base + sum of leaf values over trees (forest leaf values are "
                         "already divided by the tree count)",
            "featureNames": list(feature_names), "trees": out}
