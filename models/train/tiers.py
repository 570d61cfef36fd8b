"""Priority tiers as bands of calibrated probability, chosen on the VALIDATION rows (issue #13).

Why: with an 88% base rate almost all of the model's signal sits in the bottom tenth, so the thesis
rule (deciles 1-3 / 4-7 / 8-10) labels leads "Low" at a 95% probability. Bands of calibrated
probability make each tier's conversion rate clearly different. The same computation exists in
TypeScript (src/core/tiers/bands.ts) for models trained in the browser; a unit test checks both agree.

Rule (documented in models/README.md and on the card as tiers.rule):
- candidate cuts are the midpoints between consecutive distinct validation scores (no score sits on a cut);
- Low = score < low, Medium = low <= score < high, High = score >= high;
- every tier must hold at least MIN_SHARE of the validation rows;
- among those pairs, pick the one that maximises sum_k pos_k^2 / n_k (the between-tier sum of squares of
  the outcome: tiers that explain the most of who converts); ties -> the lowest low, then the lowest high.
"""
import numpy as np

from .evaluation import SEGMENTS

MIN_SHARE = 0.10
RULE = ("Cut points on calibrated probability chosen on the validation rows: among midpoints between "
        "distinct validation scores, the pair (low, high) that maximises the between-tier sum of squares "
        "of the outcome (sum of converters^2 / leads per tier), each tier holding at least "
        f"{int(MIN_SHARE * 100)}% of the validation rows. Low: score < low; Medium: low <= score < high; "
        "High: score >= high.")


def bands(score, y, min_share=MIN_SHARE):
    s = np.asarray(score, dtype=np.float64); y = np.asarray(y, dtype=np.float64)
    order = np.argsort(s, kind="stable"); s = s[order]; y = y[order]
    n = len(s)
    u, first = np.unique(s, return_index=True)  # first index of each distinct value (ascending)
    # Cut k (between u[k-1] and u[k]) puts first[k] rows below it.
    below = first[1:].astype(np.int64)
    cuts = (u[:-1] + u[1:]) / 2.0
    cum = np.concatenate([[0.0], np.cumsum(y)])
    m = int(np.ceil(min_share * n - 1e-9))
    best = None
    for i in range(len(cuts)):
        a = int(below[i])
        if a < m:
            continue
        b = below[i + 1:].astype(np.int64)
        ok = (b - a >= m) & (n - b >= m)
        if not ok.any():
            continue
        pl = cum[a]; pm = cum[b] - cum[a]; ph = cum[n] - cum[b]
        val = pl * pl / a + pm * pm / (b - a) + ph * ph / (n - b)
        val = np.where(ok, val, -np.inf)
        j = int(np.argmax(val))
        if best is None or val[j] > best[0]:
            best = (float(val[j]), i, i + 1 + j)
    if best is None:
        raise ValueError("too few distinct validation scores for three tiers")
    return {"low": float(cuts[best[1]]), "high": float(cuts[best[2]])}


def stats(names, y):
    y = np.asarray(y, dtype=np.float64); n = len(y); out = {}
    for k in ("High", "Medium", "Low"):
        m = names == k
        c = int(np.sum(m))
        out[k] = {"count": c, "share": c / n, "conversionRate": float(np.sum(y[m]) / c) if c else 0.0}
    return out


def tier_of_score(b, s):
    s = np.asarray(s, dtype=np.float64)
    return np.where(s >= b["high"], "High", np.where(s < b["low"], "Low", "Medium"))


def tier_of_decile(d):
    d = np.asarray(d)
    out = np.full(len(d), "Low", dtype=object)
    for name, (lo, hi) in SEGMENTS.items():
        out[(d >= lo) & (d <= hi)] = name
    return out.astype(str)


def card_tiers(score, y, deciles):
    """The card's `tiers` block: default rule, the bands, how they were chosen, validation figures per rule."""
    b = bands(score, y)
    return {"default": "probability", "rule": RULE, "minShare": MIN_SHARE, "probability": b,
            "validation": {"probability": stats(tier_of_score(b, score), y),
                           "decile": stats(tier_of_decile(deciles), y)}}
