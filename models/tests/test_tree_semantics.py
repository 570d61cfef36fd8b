"""Float32 threshold rounding and '<' vs '<=' split semantics, checked against ONNX Runtime."""
import os
import tempfile

import numpy as np
from sklearn.ensemble import RandomForestClassifier

from models.tests.helpers import ort_proba
from models.train import onnx_export as OE
from models.train import trees as T


def test_f32_floor_is_largest_float32_not_above():
    rng = np.random.default_rng(0)
    vals = np.concatenate([rng.normal(size=2000) * 10.0 ** rng.integers(-5, 6, 2000),
                           [0.0, -0.0, 1.0, 0.1, -0.1, 1e-40, 3.4e38]])
    for t in vals:
        f = T.f32_floor(t)
        assert float(np.float32(f)) == f and f <= t
        nxt = np.nextafter(np.float32(f), np.float32(np.inf), dtype=np.float32)
        assert float(nxt) > t
    assert T.f32_floor(0.1) < 0.1 and T.f32_floor(0.5) == 0.5


def _stump(t, mode):
    nodes = [{"id": 0, "feature": 0, "threshold": t, "left": 1, "right": 2, "cover": 2.0},
             {"id": 1, "left": -1, "right": -1, "value": 0.25, "cover": 1.0},
             {"id": 2, "left": -1, "right": -1, "value": 0.75, "cover": 1.0}]
    model = OE.tree_ensemble([nodes], 1, 0.0, mode, "NONE")
    d = tempfile.mkdtemp()
    path = os.path.join(d, "stump.onnx")
    OE.save(model, path)
    return path


def test_branch_lt_and_leq_at_threshold():
    t = float(np.float32(0.3))
    below = float(np.nextafter(np.float32(t), np.float32(-1)))
    above = float(np.nextafter(np.float32(t), np.float32(1)))
    X = np.array([[below], [t], [above]])
    assert np.allclose(ort_proba(_stump(t, "BRANCH_LT"), X), [0.25, 0.75, 0.75])
    assert np.allclose(ort_proba(_stump(t, "BRANCH_LEQ"), X), [0.25, 0.25, 0.75])


def test_sklearn_float64_threshold_matches_after_rounding_down():
    # Two float32 points 3 ulps apart: sklearn's float64 midpoint (a + 1.5 ulp) is not float32.
    ulp = [np.float32(0.7)]
    for _ in range(3):
        ulp.append(np.nextafter(ulp[-1], np.float32(1), dtype=np.float32))
    a, c = ulp[0], ulp[3]
    X = np.array([[a], [c]] * 20, dtype=np.float64)
    y = np.array([0, 1] * 20)
    rf = RandomForestClassifier(n_estimators=1, bootstrap=False, random_state=0).fit(X, y)
    t64 = rf.estimators_[0].tree_.threshold[0]
    assert float(np.float32(t64)) != t64  # the case that needs rounding
    trees, base = T.sklearn_forest_trees(rf)
    assert trees[0][0]["threshold"] == float(ulp[1])
    path = os.path.join(tempfile.mkdtemp(), "rf.onnx")
    OE.save(OE.tree_ensemble(trees, 1, base, "BRANCH_LEQ", "NONE"), path)
    probe = np.array([[v] for v in ulp], dtype=np.float64)
    expected = rf.predict_proba(probe)[:, 1]
    assert expected.tolist() == [0.0, 0.0, 1.0, 1.0]
    assert np.array_equal(ort_proba(path, probe), expected)
