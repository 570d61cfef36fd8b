"""Binarised logistic scorecard: learned step knots + one-hots, L2 logistic regression.

Why: the conversion label behaves like "at least k of a few step conditions" (x > knot per column,
see models/README.md), which a shallow boosted ensemble only approximates. The classic
credit-scoring pattern fits it directly:
  1. per numeric base column, one knot learned on the rows passed to fit(): the univariate
     maximum-likelihood stump split (binomial log-likelihood, >= MIN_LEAF rows per side) on the
     CLIPPED values cast to float32, knot = midpoint of the adjacent distinct values; then
     REFINE_ROUNDS of backfitting (each knot re-chosen by the same scan, conditional on the other
     columns' fitted logit), which sharpens knots whose marginal signal is weak;
  2. step s_j = 1 if float32(x_j) > t32_j (t32 = largest float32 <= knot, so ONNX BRANCH_LEQ on the
     same float32 input takes exactly the same branch), plus the 0/1 one-hot columns as they are;
  3. L2 LogisticRegression, C picked by repeated stratified CV (ROC AUC) on the fit rows, with the
     knots re-learned inside every inner fold; a step column or one-hot block is kept only if
     removing it lowers that CV AUC by more than KEEP_MARGIN (one pass; applied only if the
     reduced set's CV AUC is at least the full set's).
The fitted model is exported as depth-1 trees (one stump per used column, left leaf 0, right leaf
= weight, base = intercept, logit margin), so the tree exporter and TreeSHAP are reused unchanged.
Derived columns (ratios, EngagementScore) are never used: only the first len(NUMERIC) matrix
columns (the base numerics, see features.fit_spec) and 0/1-valued columns after them (one-hots).
"""
import numpy as np
from scipy.special import xlogy
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import RepeatedStratifiedKFold

from . import features as F
from . import onnx_export as OE
from . import trees as T

MIN_LEAF = 20
C_GRID = (0.1, 0.3, 1.0, 3.0)
REFINE_ROUNDS = 2
# A column (group) is kept only if removing it lowers the inner CV AUC by more than this.
KEEP_MARGIN = 0.002


def _loglik(k, n):
    k = np.asarray(k, dtype=np.float64); n = np.asarray(n, dtype=np.float64)
    return xlogy(k, k / n) + xlogy(n - k, (n - k) / n)


def learn_knot(x, y, min_leaf=MIN_LEAF):
    """Univariate max-likelihood split of float32(x). Returns (knot64, t32, gain) or None."""
    xs32 = np.asarray(x, dtype=np.float32).astype(np.float64)
    o = np.argsort(xs32, kind="stable")
    xs, ys = xs32[o], np.asarray(y, dtype=np.float64)[o]
    n = len(xs)
    i = np.arange(min_leaf, n - min_leaf + 1)  # i rows go left
    i = i[(i >= 1) & (i < n)]
    i = i[xs[i] != xs[i - 1]]
    if i.size == 0:
        return None
    cs = np.cumsum(ys); k = cs[-1]
    gain = _loglik(cs[i - 1], i) + _loglik(k - cs[i - 1], n - i) - _loglik(k, n)
    b = int(i[int(np.argmax(gain))])  # first maximum: deterministic
    knot = (xs[b - 1] + xs[b]) / 2.0
    t32 = T.f32_floor(knot)
    assert xs[b - 1] <= t32 < xs[b]
    return float(knot), t32, float(np.max(gain))


def refine_knot(x, y, offset, w, min_leaf=MIN_LEAF):
    """Conditional max-likelihood split of float32(x) for a step of fixed weight w added to a
    logit offset (the other columns' fitted contribution). Returns (knot64, t32) or None."""
    xs32 = np.asarray(x, dtype=np.float32).astype(np.float64)
    o = np.argsort(xs32, kind="stable")
    xs, ys, off = xs32[o], np.asarray(y, dtype=np.float64)[o], np.asarray(offset)[o]
    n = len(xs)
    i = np.arange(max(min_leaf, 1), n - min_leaf + 1)
    i = i[(i < n)]
    i = i[xs[i] != xs[i - 1]]
    if i.size == 0:
        return None
    c0 = np.cumsum(ys * off - np.logaddexp(0.0, off))            # row log-lik, step 0
    c1 = np.cumsum(ys * (off + w) - np.logaddexp(0.0, off + w))  # row log-lik, step 1
    ll = c0[i - 1] + (c1[-1] - c1[i - 1])
    b = int(i[int(np.argmax(ll))])
    knot = (xs[b - 1] + xs[b]) / 2.0
    return float(knot), T.f32_floor(knot)


def step_columns(X, cols, t32):
    """1.0 where float32(X[:, col]) > t32 (the ONNX BRANCH_LEQ right branch), else 0.0."""
    X32 = np.asarray(X, dtype=np.float32)[:, list(cols)]
    return (X32 > np.asarray(t32, dtype=np.float32)[None, :]).astype(np.float64)


class Fitted:
    """A fitted scorecard: used columns, their float32 thresholds (None = one-hot), the LR."""

    def __init__(self, cols, thr, knots, lr, n_features, report):
        self.cols, self.thr, self.knots, self.lr = cols, thr, knots, lr
        self.n_features, self.report = n_features, report

    def design(self, X):
        return _design(X, self.cols, self.thr)


def _design(X, cols, thr):
    X = np.asarray(X, dtype=np.float64)
    out = np.empty((X.shape[0], len(cols)), dtype=np.float64)
    for k, (j, t) in enumerate(zip(cols, thr)):
        out[:, k] = X[:, j] if t is None else step_columns(X, [j], [t])[:, 0]
    return out


def _lr(C):
    return LogisticRegression(C=C, max_iter=5000)


def _cv_auc(folds, keep, C):
    """Mean ROC AUC over precomputed inner folds (Ztr, ytr, Zte, yte), columns `keep` only."""
    aucs = []
    for Ztr, ytr, Zte, yte in folds:
        p = _lr(C).fit(Ztr[:, keep], ytr).predict_proba(Zte[:, keep])[:, 1]
        aucs.append(roc_auc_score(yte, p))
    return float(np.mean(aucs))


def learn_thresholds(X, y, cols, thr0):
    """Knots for the step columns of `cols` learned on (X, y): univariate max-likelihood split,
    then REFINE_ROUNDS of backfitting (each knot re-chosen given the other columns' fitted logit).
    thr0: a fallback per column (None marks a one-hot). Returns (thr, knots, design)."""
    thr, knots = [], []
    for j, t in zip(cols, thr0):
        k = None if t is None else learn_knot(X[:, j], y)
        thr.append(None if t is None else (t if k is None else k[1]))
        knots.append(None if t is None else {"knot": k[0] if k else None, "threshold32": thr[-1]})
    Z = _design(X, cols, thr)
    for _ in range(REFINE_ROUNDS):
        lr = _lr(1.0).fit(Z, y)
        for k, j in enumerate(cols):
            if thr[k] is None:
                continue
            w = lr.coef_[0][k]
            r = refine_knot(X[:, j], y, lr.intercept_[0] + Z @ lr.coef_[0] - w * Z[:, k], w)
            if r is not None:
                knots[k] = {"knot": r[0], "threshold32": r[1]}
                thr[k] = r[1]
                Z[:, k] = step_columns(X, [j], [r[1]])[:, 0]
    return thr, knots, Z


class Scorecard:
    id, algorithm, kind = ("conv-scorecard-1", "Binarised logistic scorecard (learned step knots "
                           "+ one-hots, L2 LogisticRegression) as depth-1 trees", "tree_ensemble")

    def __init__(self, fast=False, seed=42):
        self.seed = seed
        self.repeats = 1 if fast else 2
        self.select = True

    def candidates(self, X, y):
        """(cols, thr, knots, groups) before selection: every non-constant step and one-hot column.

        groups: selection units (lists of positions in cols): one per step column, one per
        categorical source (consecutive 0/1 columns whose row sums reach exactly 1 = one one-hot
        block; dropping a single level of a block would only change the reference level).
        """
        X = np.asarray(X, dtype=np.float64)
        cols, thr, knots, groups = [], [], [], []
        for j in range(len(F.NUMERIC)):
            k = learn_knot(X[:, j], y)
            if k is not None:
                groups.append([len(cols)])
                cols.append(j); thr.append(k[1]); knots.append({"knot": k[0], "threshold32": k[1],
                                                                "gain": k[2]})
        block, total = [], np.zeros(X.shape[0])
        for j in range(len(F.NUMERIC), X.shape[1]):
            v = np.unique(X[:, j])
            if not set(v.tolist()) <= {0.0, 1.0}:
                continue  # derived (continuous) column: never used
            total = total + X[:, j]
            if v.size == 2:
                block.append(len(cols))
                cols.append(j); thr.append(None); knots.append(None)
            if np.all(total == 1.0):
                if block:
                    groups.append(block)
                block, total = [], np.zeros(X.shape[0])
        if block:
            groups.append(block)
        return cols, thr, knots, groups

    def fit(self, X, y):
        y = np.asarray(y).astype(int)
        X = np.asarray(X, dtype=np.float64)
        cols, thr0, _, groups = self.candidates(X, y)
        thr, knots, Z = learn_thresholds(X, y, cols, thr0)
        # Inner CV for C and column selection; knots are re-learned inside every inner fold, so
        # a noise column's step (fitted to the same rows) cannot look predictive.
        folds = []
        for tr, te in RepeatedStratifiedKFold(n_splits=5, n_repeats=self.repeats,
                                              random_state=self.seed).split(X, y):
            t_f, _, Z_tr = learn_thresholds(X[tr], y[tr], cols, thr0)
            folds.append((Z_tr, y[tr], _design(X[te], cols, t_f), y[te]))
        keep = list(range(len(cols)))
        by_c = {C: _cv_auc(folds, keep, C) for C in C_GRID}
        C = max(C_GRID, key=lambda c: (by_c[c], -c))
        drop_delta, by_c_kept = {}, {}
        if self.select:
            base = by_c[C]
            for g in groups:
                rest = [i for i in keep if i not in g]
                drop_delta[tuple(g)] = _cv_auc(folds, rest, C) - base
            kept = [i for g in groups if drop_delta[tuple(g)] < -KEEP_MARGIN for i in g]
            if kept:
                by_c_kept = {c: _cv_auc(folds, kept, c) for c in C_GRID}
                c2 = max(C_GRID, key=lambda c: (by_c_kept[c], -c))
                if by_c_kept[c2] >= base:
                    keep, C = sorted(kept), c2
        lr = _lr(C).fit(Z[:, keep], y)
        report = {"C": C, "cvAucByC": {str(c): v for c, v in by_c.items()},
                  "cvAucByCAfterDrop": {str(c): v for c, v in by_c_kept.items()},
                  "dropApplied": len(keep) < len(cols),
                  "minLeaf": MIN_LEAF, "innerCv": {"folds": 5, "repeats": self.repeats},
                  "dropDeltaAuc": [[[cols[i] for i in g], v] for g, v in drop_delta.items()],
                  "candidates": [{"column": cols[k], "knot": knots[k]} for k in range(len(cols))],
                  "counts": [[int(np.sum(Z[:, k] == 0)), int(np.sum(Z[:, k] == 1))] for k in keep]}
        return Fitted([cols[k] for k in keep], [thr[k] for k in keep], [knots[k] for k in keep],
                      lr, np.asarray(X).shape[1], report)

    def proba(self, m, X):
        return m.lr.predict_proba(m.design(X))[:, 1]

    def export(self, m, names):
        trees, base = stump_trees(m)
        onnx_model = OE.tree_ensemble(trees, len(names), base, "BRANCH_LEQ", "LOGISTIC")
        return onnx_model, T.trees_doc(self.id, trees, base, "<=", "logit", names), "logit"

    def describe(self, m, names):
        """Card/README summary: knots learned, weights, C, dropped columns."""
        used = []
        for j, t, kn, w in zip(m.cols, m.thr, m.knots, m.lr.coef_[0]):
            row = {"feature": names[j], "weight": float(w)}
            if t is not None:
                knot = t if kn["knot"] is None else kn["knot"]
                row.update({"rule": f"{names[j]} > {knot:.6g}", "knot": knot, "threshold32": t})
            used.append(row)
        dropped = [names[c["column"]] for c in m.report["candidates"] if c["column"] not in m.cols]
        knots = {names[c["column"]]: c["knot"]["knot"] or c["knot"]["threshold32"]
                 for c in m.report["candidates"] if c["knot"] is not None}
        return {"intercept": float(m.lr.intercept_[0]), "C": m.report["C"],
                "cvAucByC": m.report["cvAucByC"],
                "cvAucByCAfterDrop": m.report["cvAucByCAfterDrop"],
                "dropApplied": m.report["dropApplied"], "minLeaf": MIN_LEAF, "knotsLearned": knots,
                "used": used, "dropped": dropped,
                "dropDeltaAuc": {_group_name(names, g): v for g, v in m.report["dropDeltaAuc"]}}


def _group_name(names, cols):
    if len(cols) == 1:
        return names[cols[0]]
    return names[cols[0]].split("=")[0] + "=*"


def stump_trees(m):
    """Depth-1 trees (x <= t left -> 0, right -> weight) + base = intercept, float32 values."""
    trees = []
    for k, (j, t) in enumerate(zip(m.cols, m.thr)):
        n0, n1 = m.report["counts"][k]
        thr = 0.5 if t is None else t
        trees.append([
            {"id": 0, "feature": int(j), "threshold": float(thr), "left": 1, "right": 2,
             "cover": float(n0 + n1)},
            {"id": 1, "left": -1, "right": -1, "value": 0.0, "cover": float(n0)},
            {"id": 2, "left": -1, "right": -1, "value": T.f32(m.lr.coef_[0][k]), "cover": float(n1)}])
    return trees, T.f32(m.lr.intercept_[0])
