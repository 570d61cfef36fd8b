"""Early stopping for the boosted candidates: the stopping rule, and that refitting to the best round keeps
exactly the first trees of the longer fit (so the exported model is the early-stopped one)."""
import numpy as np

from models.train import candidates as C


def test_early_stop_rule():
    assert C.early_stop([5, 4, 3, 3, 4, 5, 6], patience=2) == 3
    assert C.early_stop([3, 2, 2.5, 1, 9, 9, 9], patience=2) == 4
    assert C.early_stop([1.0], patience=5) == 1
    # Scanning stops after `patience` rounds without gain: a later, better round is not reached.
    assert C.early_stop([2, 3, 3, 3, 0], patience=3) == 1


def _data(n=600, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 5))
    y = (X[:, 0] + 0.5 * X[:, 1] + rng.normal(scale=0.8, size=n) > 0).astype(int)
    return X, y


def test_refit_to_best_round_equals_truncated_long_fit():
    X, y = _data()
    xgb_c = C.XGB(fast=True, seed=3)
    long, short = xgb_c.fit(X, y, 50), xgb_c.fit(X, y, 30)
    assert np.max(np.abs(long.predict_proba(X, iteration_range=(0, 30))[:, 1] - short.predict_proba(X)[:, 1])) <= 1e-7
    hgb_c = C.HGB(fast=True, seed=3)
    long_h, short_h = hgb_c.fit(X, y, 50), hgb_c.fit(X, y, 30)
    staged = list(long_h.staged_predict_proba(C._f32(X)))[29][:, 1]
    assert np.max(np.abs(staged - short_h.predict_proba(C._f32(X))[:, 1])) <= 1e-12


def test_early_stopped_fit_reports_rounds_within_bounds():
    X, y = _data(seed=1)
    Xv, yv = _data(seed=2)
    c = C.XGB(fast=True, seed=3)
    model, best = c.fit_early_stopped(X, y, Xv, yv)
    assert 1 <= best <= c.max_rounds
    assert model.get_booster().num_boosted_rounds() == best
