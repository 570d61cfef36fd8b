"""Parity fixture: raw CSV-string rows -> expected features, probabilities, decisions (float64).

Used by the Python tests and by the TypeScript parity test (features within 1e-9). Expected raw
probabilities come from the libraries' own predict_proba (not ONNX). Format: models/README.md.
"""
import numpy as np
import pandas as pd

from . import clusters as CL
from . import evaluation as EV
from . import features as F
from . import fields as FI
from . import tiers as TI

RAW_COLUMNS = ["CustomerID"] + FI.ORDER


def edge_cases(fields, features):
    """Hand-made rows: zero denominators, unknown/blank categories, out-of-clip values, defaults."""
    base = {"CustomerID": "EDGE-0", "Age": "40", "Gender": "Female", "Income": "80000",
            "CampaignChannel": "PPC", "CampaignType": "Conversion", "AdSpend": "5000",
            "ClickThroughRate": "0.15", "ConversionRate": "0.1", "WebsiteVisits": "25",
            "PagesPerVisit": "5.5", "TimeOnSite": "7.5", "SocialShares": "50", "EmailOpens": "10",
            "EmailClicks": "4", "PreviousPurchases": "4", "LoyaltyPoints": "2500"}
    rows = []

    def add(tag, **kw):
        r = dict(base); r.update(kw); r["CustomerID"] = f"EDGE-{len(rows) + 1}-{tag}"
        rows.append(r)
    add("zero-denominators", WebsiteVisits="0", EmailOpens="0", EmailClicks="0", PreviousPurchases="0")
    add("all-zero", AdSpend="0", ClickThroughRate="0", ConversionRate="0", WebsiteVisits="0",
        PagesPerVisit="0", TimeOnSite="0", SocialShares="0", EmailOpens="0", EmailClicks="0",
        PreviousPurchases="0", LoyaltyPoints="0", Age="0", Income="0")
    add("unknown-categories", Gender="Other", CampaignChannel="TV", CampaignType="Brand")
    add("blank-categories", Gender="", CampaignChannel="  ", CampaignType="")
    add("padded-categories", Gender=" Male ", CampaignChannel=" Social Media", CampaignType="Retention ")
    add("above-clip", Age="120", Income="5000000", AdSpend="250000", ClickThroughRate="1",
        ConversionRate="1", WebsiteVisits="900", PagesPerVisit="80", TimeOnSite="600",
        SocialShares="5000", EmailOpens="400", EmailClicks="300", PreviousPurchases="90",
        LoyaltyPoints="900000")
    add("missing-optional", Age="", Income="", Gender="", CampaignChannel="", CampaignType="")
    add("missing-id", CustomerID="")
    rows[-1]["CustomerID"] = ""
    add("small-values", WebsiteVisits="3", EmailOpens="1", EmailClicks="1", AdSpend="0.01",
        LoyaltyPoints="1", PreviousPurchases="1")
    # exactly at every clip bound (lower, then upper)
    for side in (0, 1):
        ints = {f["name"] for f in fields if f["type"] == "integer"}
        kw = {f["source"]: (str(int(round(f["clip"][side]))) if f["source"] in ints
                            else repr(f["clip"][side]))
              for f in features if f["kind"] == "numeric"}
        add("at-lower-clip" if side == 0 else "at-upper-clip", **kw)
    return rows


def build(valid_csv_rows, fields, features, reference, exported, cluster_spec, n_valid=200):
    """exported: list of (candidate, fitted model, calibration, thresholds, cuts, card tiers)."""
    records = [dict(r) for r in valid_csv_rows[:n_valid]] + edge_cases(fields, features)
    records = [{c: r.get(c, "") for c in RAW_COLUMNS} for r in records]
    cols = FI.parse_records(records, fields)
    X = F.transform(cols, features, reference)
    Z = CL.cluster_matrix(cols, features, reference)
    clus = CL.assign(cluster_spec, Z)
    per_model = {}
    for cand, model, cal, thr, cuts, tiers in exported:
        raw = cand.proba(model, X).astype(np.float64)
        score = EV.apply_calibration(cal, raw)
        t = next(s["threshold"] for s in thr["scenarios"] if s["id"] == thr["active"])
        dec = EV.decile_of(cuts, score)
        per_model[cand.id] = (raw, score, score >= t, dec, TI.tier_of_score(tiers["probability"], score))
    rows = []
    for i, r in enumerate(records):
        models = {}
        for mid, (raw, score, decision, dec, tier) in per_model.items():
            models[mid] = {"rawProbability": float(raw[i]), "score": float(score[i]),
                           "decision": bool(decision[i]), "decile": int(dec[i]),
                           "segment": EV.segment_of(int(dec[i])), "tier": str(tier[i])}
        rows.append({"raw": r, "features": [float(v) for v in X[i]],
                     "clusterFeatures": [float(v) for v in Z[i]], "cluster": int(clus[i]),
                     "models": models})
    return {"schemaVersion": 1, "modelIds": list(per_model), "columns": RAW_COLUMNS,
            "featureNames": F.names(features), "clusterFeatureNames": list(CL.CLUSTER_FEATURES),
            "tolerance": {"features": 1e-9, "clusterFeatures": 1e-9, "rawProbability": 1e-5,
                          "score": 1e-5},
            "rows": rows}


def read_csv_strings(path):
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    return df.to_dict(orient="records")
