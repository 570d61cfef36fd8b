"""Feature spec (fitted on TRAIN rows only) and the exact float64 feature computation.

The TypeScript scorer re-implements `transform` from the card alone, with a parity test at 1e-9,
so every formula here is deliberately simple and evaluated in a fixed order:
  clip(x) = min(max(x, lo), hi); ratio = clip(num) / (clip(den) + 1) then clipped;
  percentile p(x) = (count(ref < x) + count(ref <= x)) / (2 n); mean = ((p1 + p2) + ...) / k.
"""
import numpy as np

NUMERIC = ["Age", "Income", "AdSpend", "ClickThroughRate", "ConversionRate", "WebsiteVisits",
           "PagesPerVisit", "TimeOnSite", "SocialShares", "EmailOpens", "EmailClicks",
           "PreviousPurchases", "LoyaltyPoints"]
CATEGORICAL = ["Gender", "CampaignChannel", "CampaignType"]
RATIOS = {
    "EmailEngagementRate": ("EmailClicks", "EmailOpens"),
    "SocialShareRate": ("SocialShares", "WebsiteVisits"),
    "CostPerVisit": ("AdSpend", "WebsiteVisits"),
    "CostPerEmailClick": ("AdSpend", "EmailClicks"),
    "LoyaltyPerPurchase": ("LoyaltyPoints", "PreviousPurchases"),
}
ENGAGEMENT_SOURCES = ["WebsiteVisits", "PagesPerVisit", "TimeOnSite", "SocialShares", "EmailOpens",
                      "EmailClicks", "ClickThroughRate", "ConversionRate"]
ALL_DERIVED = list(RATIOS) + ["EngagementScore"]
UNKNOWN_LABEL = "(unknown)"


def _q(values, q):
    return float(np.quantile(np.asarray(values, dtype=np.float64), q))


def clip(x, lo, hi):
    return np.minimum(np.maximum(x, lo), hi)


def percentile(ref, x):
    """Mid-rank percentile of x against sorted ref (float64)."""
    lt = np.searchsorted(ref, x, side="left")
    le = np.searchsorted(ref, x, side="right")
    return (lt + le).astype(np.float64) / (2.0 * len(ref))


def fit_spec(train, derived=ALL_DERIVED):
    """Return (features, reference) fitted on the train DataFrame (columns as in the CSV)."""
    features, clipped = [], {}
    for c in NUMERIC:
        v = train[c].to_numpy(dtype=np.float64)
        lo, hi = _q(v, 0.01), _q(v, 0.99)
        clipped[c] = clip(v, lo, hi)
        features.append({"name": c, "kind": "numeric", "source": c, "clip": [lo, hi]})
    for c in CATEGORICAL:
        cats = sorted({str(s).strip() for s in train[c] if str(s).strip() != ""})
        for v in cats:
            features.append({"name": f"{c}={v}", "kind": "onehot", "source": c, "value": v})
        features.append({"name": f"{c}={UNKNOWN_LABEL}", "kind": "onehot", "source": c, "value": None})
    for name, (num, den) in RATIOS.items():
        if name not in derived:
            continue
        r = clipped[num] / (clipped[den] + 1.0)
        features.append({"name": name, "kind": "ratio", "numerator": num, "denominator": den,
                         "clip": [_q(r, 0.01), _q(r, 0.99)]})
    reference = {}
    if "EngagementScore" in derived:
        features.append({"name": "EngagementScore", "kind": "percentile_mean",
                         "sources": list(ENGAGEMENT_SOURCES)})
    # Reference distributions are always stored (clusters use EngagementScore too).
    for c in ENGAGEMENT_SOURCES:
        reference[c] = [float(x) for x in np.sort(clipped[c])]
    return features, reference


def clip_bounds(features):
    return {f["source"]: f["clip"] for f in features if f["kind"] == "numeric"}


def engagement(cols, features, reference):
    bounds = clip_bounds(features)
    total = None
    for s in ENGAGEMENT_SOURCES:
        lo, hi = bounds[s]
        p = percentile(np.asarray(reference[s], dtype=np.float64), clip(cols[s], lo, hi))
        total = p if total is None else total + p
    return total / float(len(ENGAGEMENT_SOURCES))


def transform(cols, features, reference):
    """cols: dict column -> float64 array (numeric) or list of str (categorical), defaults applied.

    Returns the float64 matrix [N, F] in card feature order.
    """
    bounds = clip_bounds(features)
    out = []
    for f in features:
        k = f["kind"]
        if k == "numeric":
            out.append(clip(np.asarray(cols[f["source"]], dtype=np.float64), *f["clip"]))
        elif k == "onehot":
            vals = [str(s).strip() for s in cols[f["source"]]]
            known = {g["value"] for g in features if g["kind"] == "onehot"
                     and g["source"] == f["source"] and g["value"] is not None}
            if f["value"] is None:
                out.append(np.array([0.0 if v in known else 1.0 for v in vals]))
            else:
                out.append(np.array([1.0 if v == f["value"] else 0.0 for v in vals]))
        elif k == "ratio":
            num = clip(np.asarray(cols[f["numerator"]], dtype=np.float64), *bounds[f["numerator"]])
            den = clip(np.asarray(cols[f["denominator"]], dtype=np.float64), *bounds[f["denominator"]])
            out.append(clip(num / (den + 1.0), *f["clip"]))
        elif k == "percentile_mean":
            out.append(engagement(cols, features, reference))
        else:
            raise ValueError(k)
    return np.column_stack(out).astype(np.float64)


def frame_cols(df):
    """Columns of a training DataFrame in the dict form `transform` expects."""
    cols = {c: df[c].to_numpy(dtype=np.float64) for c in NUMERIC}
    for c in CATEGORICAL:
        cols[c] = [str(s) for s in df[c]]
    return cols


def names(features):
    return [f["name"] for f in features]
