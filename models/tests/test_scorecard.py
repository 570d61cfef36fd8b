"""Scorecard: knot learning, the stump-to-tree adapter at exact float32 thresholds (vs ONNX
Runtime), one-hot block detection, and the tilted isotonic calibration."""
import os
import tempfile

import numpy as np
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, roc_auc_score

from models.tests.helpers import ort_proba
from models.train import calibration_tilt as CT
from models.train import evaluation as EV
from models.train import features as F
from models.train import onnx_export as OE
from models.train import scorecard as S
from models.train import trees as T


def _ulps(start, n):
    v = [np.float32(start)]
    for _ in range(n):
        v.append(np.nextafter(v[-1], np.float32(np.inf), dtype=np.float32))
    return [float(x) for x in v]


def test_learn_knot_recovers_step_midpoint():
    rng = np.random.default_rng(0)
    x = rng.integers(0, 21, 3000).astype(float)
    y = ((x > 7) ^ (rng.random(3000) < 0.05)).astype(int)
    knot, t32, gain = S.learn_knot(x, y)
    assert knot == 7.5 and t32 == 7.5 and gain > 0


def test_learn_knot_min_leaf_and_constant():
    x = np.r_[np.zeros(10), np.ones(500)]
    y = np.r_[np.ones(10), np.zeros(500)].astype(int)   # perfect split, but left leaf has 10 rows
    assert S.learn_knot(x, y, min_leaf=20) is None
    assert S.learn_knot(x, y, min_leaf=5)[0] == 0.5
    assert S.learn_knot(np.full(100, 3.0), np.r_[np.zeros(50), np.ones(50)]) is None


def test_knot_between_float32_neighbours_rounds_down():
    a, _, _, c = _ulps(0.7, 3)                   # midpoint a + 1.5 ulp is not a float32
    x = np.array([a] * 40 + [c] * 40); y = np.array([0] * 40 + [1] * 40)
    knot, t32, _ = S.learn_knot(x, y)
    assert knot == (a + c) / 2 and float(np.float32(knot)) != knot
    assert t32 == T.f32_floor(knot) == _ulps(0.7, 1)[1]
    assert S.step_columns(np.array([[a], [t32], [c]]), [0], [t32])[:, 0].tolist() == [0, 0, 1]


def test_learned_knots_on_train_match_the_research(matrices):
    Xtr, ytr, _, _ = matrices
    expected = {"AdSpend": 4987.5, "ClickThroughRate": 0.0972, "ConversionRate": 0.0465,
                "WebsiteVisits": 10.5, "PagesPerVisit": 2.99, "TimeOnSite": 4.99, "EmailOpens": 5.5,
                "EmailClicks": 2.5, "PreviousPurchases": 1.5, "LoyaltyPoints": 989}
    for name, k in expected.items():
        knot = S.learn_knot(Xtr[:, F.NUMERIC.index(name)], ytr)[0]
        assert abs(knot - k) <= 0.01 * abs(k), (name, knot)


def test_onehot_blocks_are_grouped(matrices):
    Xtr, ytr, _, _ = matrices
    cols, thr, _, groups = S.Scorecard(fast=True).candidates(Xtr, ytr)
    onehot_groups = [g for g in groups if thr[g[0]] is None]
    assert len(onehot_groups) == 3   # Gender, CampaignChannel, CampaignType
    for g in onehot_groups:           # each block partitions the rows
        assert np.all(Xtr[:, [cols[i] for i in g]].sum(axis=1) == 1.0)


def _hand_model():
    """Two used columns: a step at a non-float32 knot on column 0 and a one-hot on column 1."""
    a, t32, b, c = _ulps(0.7, 3)
    Z = np.array([[0, 0], [1, 0], [0, 1], [1, 1]] * 5, dtype=float)
    lr = LogisticRegression(C=1.0).fit(Z, [0, 1, 0, 1, 1, 1, 0, 0, 1, 1] * 2)
    knot = (a + c) / 2
    report = {"counts": [[10, 10], [10, 10]]}
    m = S.Fitted([0, 1], [T.f32_floor(knot), None],
                 [{"knot": knot, "threshold32": T.f32_floor(knot)}, None], lr, 2, report)
    return m, (a, t32, b, c, knot)


def test_stump_adapter_exact_thresholds_match_onnx_runtime():
    m, (a, t32, b, c, knot) = _hand_model()
    just_above_t32_f64 = t32 + (b - t32) / 4      # float64 above t32, rounds to t32 in float32
    col0 = [a, t32, b, c, knot, just_above_t32_f64, -1.0, 5.0]
    X = np.array([[v, h] for v in col0 for h in (0.0, 1.0)])
    steps = m.design(X)[:, 0].reshape(-1, 2)[:, 0]
    assert steps[:4].tolist() == [0, 0, 1, 1] and steps[5] == 0 and steps[6] == 0 and steps[7] == 1
    trees, base = S.stump_trees(m)
    path = os.path.join(tempfile.mkdtemp(), "sc.onnx")
    OE.save(OE.tree_ensemble(trees, 2, base, "BRANCH_LEQ", "LOGISTIC"), path)
    expected = m.lr.predict_proba(m.design(X))[:, 1]
    assert np.max(np.abs(ort_proba(path, X) - expected)) <= 1e-6
    doc = T.trees_doc("sc", trees, base, "<=", "logit", ["x", "onehot"])
    assert doc["margin"] == "logit" and doc["base"] == T.f32(m.lr.intercept_[0])
    assert [t["nodes"][0]["threshold"] for t in doc["trees"]] == [t32, 0.5]
    assert [t["nodes"][2]["value"] for t in doc["trees"]] == [T.f32(w) for w in m.lr.coef_[0]]


def test_tilt_is_strictly_increasing_and_keeps_ranking():
    rng = np.random.default_rng(1)
    raw = np.round(rng.random(2000), 2)                  # coarse scores -> many isotonic flats
    y = (rng.random(2000) < raw ** 2).astype(int)
    iso = IsotonicRegression(out_of_bounds="clip", y_min=0, y_max=1).fit(raw, y)
    cal = CT.fit_tilted(raw, y)
    x, yk = CT.knots(raw, y)
    assert np.all(np.diff(x) > 0) and np.all(np.diff(cal["y"]) > 0)
    assert x[0] == raw.min() and x[-1] == raw.max()
    assert np.max(np.abs(np.array(cal["y"]) - yk)) <= CT.EPS
    assert set(np.round(yk, 12)) == set(np.round(iso.predict(raw), 12))   # same isotonic levels
    grid = np.linspace(0, 1, 5001)
    assert np.all(np.diff(EV.apply_calibration(cal, grid)[(grid >= cal["x"][0]) &
                                                          (grid <= cal["x"][-1])]) > 0)
    score = EV.apply_calibration(cal, raw)
    assert roc_auc_score(y, score) == roc_auc_score(y, raw)
    assert np.unique(score).size == np.unique(raw).size > np.unique(iso.predict(raw)).size
    assert abs(brier_score_loss(y, score) - brier_score_loss(y, iso.predict(raw))) < 1e-3


def test_choose_reports_all_four_methods():
    rng = np.random.default_rng(2)
    raw = rng.random(1600); y = (rng.random(1600) < raw * 0.3).astype(int)
    cal, method, cv = CT.choose(raw, y, 42)
    assert set(cv) == set(CT.METHODS) and method in CT.METHODS
    assert cal["method"] in ("none", "platt", "isotonic")


def test_snapped_cuts_keep_the_split_and_avoid_tied_scores():
    s = np.repeat([0.2, 0.5, 0.5000001, 0.9], [10, 30, 5, 55])   # coarse, tied scores
    y = (np.arange(len(s)) % 3 != 0).astype(int)
    for t in list(np.unique(s)) + [0.7]:
        u = EV.snap(t, s)
        assert np.array_equal(s >= u, s >= t) and (u == t or not np.any(s == u))
    cuts = EV.decile_cuts(s)
    assert all(c == s.min() or c not in s for c in cuts)
    for sc in EV.thresholds(y, s)["scenarios"]:
        assert sc["id"] == "default" or sc["threshold"] == s.min() or sc["threshold"] not in s
