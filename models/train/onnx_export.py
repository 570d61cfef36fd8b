"""Our own ONNX exporter (no skl2onnx): tree ensembles and logistic models, built with onnx.helper.

Trees arrive in a library-neutral form (see trees.py): per tree a list of nodes with
feature/threshold/left/right/value, thresholds already float32-representable. The graph has a
single float32 input "input" [N, F] and a "probabilities" output [N, 2] (column 1 = P(y=1)),
plus an int64 "label" output for tree ensembles. No ZipMap.
"""
import numpy as np
import onnx
from onnx import TensorProto, helper

OPSET = 15
ML_OPSET = 3
INPUT = "input"
PROBA = "probabilities"


def _model(graph):
    model = helper.make_model(graph, producer_name="leadlens-models", producer_version="1",
                              opset_imports=[helper.make_opsetid("", OPSET),
                                             helper.make_opsetid("ai.onnx.ml", ML_OPSET)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def tree_ensemble(trees, n_features, base_value, mode, post_transform):
    """trees: list of node lists; mode: 'BRANCH_LT' (x < t left) or 'BRANCH_LEQ' (x <= t left).

    post_transform 'LOGISTIC' (boosting: p = sigmoid(base + sum leaves)) or 'NONE' (forest:
    p = base + sum leaves with leaf values already divided by the tree count).
    """
    a = {k: [] for k in ["nodes_treeids", "nodes_nodeids", "nodes_featureids", "nodes_values",
                         "nodes_modes", "nodes_truenodeids", "nodes_falsenodeids",
                         "nodes_missing_value_tracks_true", "class_treeids", "class_nodeids",
                         "class_ids", "class_weights"]}
    for t, nodes in enumerate(trees):
        for n in nodes:
            a["nodes_treeids"].append(t)
            a["nodes_nodeids"].append(n["id"])
            a["nodes_missing_value_tracks_true"].append(0)
            if n["left"] < 0:
                a["nodes_featureids"].append(0)
                a["nodes_values"].append(0.0)
                a["nodes_modes"].append("LEAF")
                a["nodes_truenodeids"].append(0)
                a["nodes_falsenodeids"].append(0)
                a["class_treeids"].append(t)
                a["class_nodeids"].append(n["id"])
                # Class id 0 only: ORT's binary case then emits [1 - s, s] (NONE) or
                # [sigmoid(-s), sigmoid(s)] (LOGISTIC); class id 1 would leave column 0 empty.
                a["class_ids"].append(0)
                a["class_weights"].append(float(np.float32(n["value"])))
            else:
                a["nodes_featureids"].append(n["feature"])
                thr = float(n["threshold"])
                if float(np.float32(thr)) != thr:
                    raise ValueError("threshold not float32-representable")
                a["nodes_values"].append(thr)
                a["nodes_modes"].append(mode)
                a["nodes_truenodeids"].append(n["left"])
                a["nodes_falsenodeids"].append(n["right"])
    node = helper.make_node("TreeEnsembleClassifier", [INPUT], ["label", PROBA], domain="ai.onnx.ml",
                            classlabels_int64s=[0, 1], post_transform=post_transform,
                            base_values=[float(np.float32(base_value))], name="trees", **a)
    graph = helper.make_graph(
        [node], "leadlens_trees",
        [helper.make_tensor_value_info(INPUT, TensorProto.FLOAT, [None, n_features])],
        [helper.make_tensor_value_info("label", TensorProto.INT64, [None]),
         helper.make_tensor_value_info(PROBA, TensorProto.FLOAT, [None, 2])])
    return _model(graph)


def linear(weights, bias):
    """p = sigmoid(x @ w + b); probabilities = [1 - p, p]."""
    w = np.asarray(weights, dtype=np.float32).reshape(-1, 1)
    n = w.shape[0]
    inits = [helper.make_tensor("W", TensorProto.FLOAT, [n, 1], w.ravel().tolist()),
             helper.make_tensor("B", TensorProto.FLOAT, [1], [float(np.float32(bias))]),
             helper.make_tensor("ONE", TensorProto.FLOAT, [1], [1.0])]
    nodes = [helper.make_node("MatMul", [INPUT, "W"], ["xw"]),
             helper.make_node("Add", ["xw", "B"], ["logit"]),
             helper.make_node("Sigmoid", ["logit"], ["p1"]),
             helper.make_node("Sub", ["ONE", "p1"], ["p0"]),
             helper.make_node("Concat", ["p0", "p1"], [PROBA], axis=1)]
    graph = helper.make_graph(
        nodes, "leadlens_linear",
        [helper.make_tensor_value_info(INPUT, TensorProto.FLOAT, [None, n])],
        [helper.make_tensor_value_info(PROBA, TensorProto.FLOAT, [None, 2])], initializer=inits)
    return _model(graph)


def save(model, path):
    data = model.SerializeToString(deterministic=True)
    with open(path, "wb") as f:
        f.write(data)
    return data
