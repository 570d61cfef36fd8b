"""Candidate models: definitions, repeated stratified CV on TRAIN, fit on TRAIN, export hooks.

Each candidate exposes fit(X, y) -> fitted object, proba(obj, X) -> P(y=1) via the library's own
predict_proba, and export(obj, ...) -> (onnx model, trees doc or None, explain margin).
Hyper-parameters were tuned with repeated CV (tables in models/README.md); the chosen values
are fixed here so `npm run train` stays fast and deterministic.
"""
import numpy as np
import xgboost as xgb
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score
from sklearn.model_selection import RepeatedStratifiedKFold
from sklearn.preprocessing import StandardScaler

from . import onnx_export as OE
from . import trees as T
from .scorecard import Scorecard


class Logistic:
    id, algorithm, kind = "conv-logreg-1", "LogisticRegression (standardized, L2)", "linear"

    def __init__(self, fast=False, seed=42):
        self.C = 0.1

    def fit(self, X, y):
        sc = StandardScaler().fit(X)
        lr = LogisticRegression(C=self.C, max_iter=5000).fit(sc.transform(X), y)
        return (sc, lr)

    def proba(self, m, X):
        return m[1].predict_proba(m[0].transform(X))[:, 1]

    def export(self, m, names):
        sc, lr = m
        w = lr.coef_[0] / sc.scale_
        b = float(lr.intercept_[0] - np.sum(lr.coef_[0] * sc.mean_ / sc.scale_))
        return OE.linear(w, b), None, None


class Forest:
    id, algorithm, kind = "conv-rf-1", "RandomForestClassifier", "tree_ensemble"

    def __init__(self, fast=False, seed=42):
        self.params = dict(n_estimators=60 if fast else 300, min_samples_leaf=10, max_features=0.3,
                           random_state=seed, n_jobs=2)

    def fit(self, X, y):
        m = RandomForestClassifier(**self.params).fit(X, y)
        m.set_params(n_jobs=1)  # threaded predict_proba sums trees in a racy order (last-ulp noise)
        return m

    def proba(self, m, X):
        return m.predict_proba(X)[:, 1]

    def export(self, m, names):
        trees, base = T.sklearn_forest_trees(m)
        onnx_model = OE.tree_ensemble(trees, len(names), base, "BRANCH_LEQ", "NONE")
        return onnx_model, T.trees_doc(self.id, trees, base, "<=", "probability", names), "probability"


class XGB:
    id, algorithm, kind = "conv-xgb-1", "XGBoost (binary:logistic, shallow)", "tree_ensemble"

    def __init__(self, fast=False, seed=42):
        # Depth-1 (additive) boosting; rounds = repeated-CV optimum of ROC AUC (models/README.md).
        self.params = dict(max_depth=1, learning_rate=0.05, subsample=0.8, colsample_bytree=0.8,
                           min_child_weight=20, reg_lambda=1.0, tree_method="hist", n_jobs=1,
                           random_state=seed)
        self.rounds = 100 if fast else 600          # CV on train uses this fixed count
        self.max_rounds = 150 if fast else 1200     # the final fit early-stops on validation
        self.patience = 100

    def fit(self, X, y, rounds=None):
        m = xgb.XGBClassifier(n_estimators=rounds or self.rounds, base_score=float(np.mean(y)), **self.params)
        return m.fit(X, y)

    def fit_early_stopped(self, X, y, Xva, yva):
        """Fit up to `max_rounds`, stop on validation ROC AUC; refit to the best round (same seed, so
        the refit's trees are exactly the first ones) so only the trees up to the best iteration exist."""
        full = self.fit(X, y, self.max_rounds)
        best = early_stop([-roc_auc_score(yva, full.predict_proba(Xva, iteration_range=(0, k))[:, 1])
                           for k in range(1, self.max_rounds + 1)], self.patience)
        return self.fit(X, y, best), best

    def proba(self, m, X):
        return m.predict_proba(X)[:, 1]

    def export(self, m, names):
        trees, base = T.xgb_trees(m.get_booster())
        onnx_model = OE.tree_ensemble(trees, len(names), base, "BRANCH_LT", "LOGISTIC")
        return onnx_model, T.trees_doc(self.id, trees, base, "<", "logit", names), "logit"


class HGB:
    id, algorithm, kind = "conv-hgb-1", "HistGradientBoostingClassifier", "tree_ensemble"

    def __init__(self, fast=False, seed=42):
        self.params = dict(max_depth=2, learning_rate=0.05, max_iter=80 if fast else 300,
                           min_samples_leaf=20, l2_regularization=1.0, early_stopping=False,
                           random_state=seed)
        self.max_rounds = 150 if fast else 800
        self.patience = 50

    # HGB compares float64 inputs (x <= t64); ONNX sees float32. Feeding HGB the float32-rounded
    # values makes x32 <= f32_floor(t64) exactly equivalent (as for sklearn's own trees).
    def fit(self, X, y, rounds=None):
        params = {**self.params, **({"max_iter": rounds} if rounds else {})}
        return HistGradientBoostingClassifier(**params).fit(_f32(X), y)

    def fit_early_stopped(self, X, y, Xva, yva):
        """As XGB: stop on validation ROC AUC, refit (deterministic) to the best iteration."""
        full = self.fit(X, y, self.max_rounds)
        best = early_stop([-roc_auc_score(yva, p[:, 1]) for p in full.staged_predict_proba(_f32(Xva))], self.patience)
        return self.fit(X, y, best), best

    def proba(self, m, X):
        return m.predict_proba(_f32(X))[:, 1]

    def export(self, m, names):
        trees, base = T.hgb_trees(m)
        onnx_model = OE.tree_ensemble(trees, len(names), base, "BRANCH_LEQ", "LOGISTIC")
        return onnx_model, T.trees_doc(self.id, trees, base, "<=", "logit", names), "logit"


def _f32(X):
    return np.asarray(X, dtype=np.float32).astype(np.float64)


ALL = [Logistic, Forest, XGB, HGB, Scorecard]


def early_stop(losses, patience):
    """Rounds to keep: the first best validation loss (lower is better; pass -AUC), scanning until `patience` rounds bring no gain."""
    best, best_k = float("inf"), 1
    for k, loss in enumerate(losses, start=1):
        if loss < best - 1e-12:
            best, best_k = loss, k
        elif k - best_k >= patience:
            break
    return best_k


def cross_validate(cand, X, y, seed, repeats):
    """Repeated stratified 5-fold CV on the train rows: mean/std ROC AUC, mean Brier, log loss."""
    aucs, briers, lls = [], [], []
    rskf = RepeatedStratifiedKFold(n_splits=5, n_repeats=repeats, random_state=seed)
    for tr, te in rskf.split(X, y):
        p = cand.proba(cand.fit(X[tr], y[tr]), X[te])
        aucs.append(roc_auc_score(y[te], p)); briers.append(brier_score_loss(y[te], p))
        lls.append(log_loss(y[te], p))
    return {"folds": 5, "repeats": repeats, "rocAuc": float(np.mean(aucs)),
            "rocAucStd": float(np.std(aucs)), "brier": float(np.mean(briers)),
            "logLoss": float(np.mean(lls))}
