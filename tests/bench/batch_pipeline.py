"""The fair comparison for `npm run bench:batch` (issue #15): what an analyst would write in a notebook to
score the bench's lead file with the champion's shape. Untimed: an XGBoost depth-1 model with the card's
number of rounds (= trees in the champion's trees.json), the champion's training parameters, fitted on the
REAL train+valid labels (../shared/data/conversion). Timed, stage by stage: pandas read_csv -> the card's
clipping, ratios, percentile means and one-hots -> predict_proba -> the card's calibration, threshold,
deciles, segments -> nearest-centroid clusters (EngagementScore from the card's references) -> SQLite
to_sql. Prints one JSON line: {"seconds", "stages": {...}, "rounds", "rows"}.
Usage: /usr/bin/python3 batch_pipeline.py leads.csv out.sqlite card.json trees.json data_dir
"""
import json
import os
import sqlite3
import sys
import time

import numpy as np
import pandas as pd
import xgboost as xgb


def features(df, card):
    """The card's feature matrix (card.features order), float64, exactly the formulas of models/train/features.py."""
    bounds = {f["source"]: f["clip"] for f in card["features"] if f["kind"] == "numeric"}
    known = {}
    for f in card["features"]:
        if f["kind"] == "onehot" and f["value"] is not None:
            known.setdefault(f["source"], set()).add(f["value"])

    def base(s):
        x = df[s].to_numpy(dtype=np.float64)
        return np.minimum(np.maximum(x, bounds[s][0]), bounds[s][1]) if s in bounds else x

    def value(f):
        k = f["kind"]
        if k == "numeric":
            return base(f["source"])
        if k == "onehot":
            s = df[f["source"]].astype(str).str.strip()
            if f["value"] is not None:
                return (s == f["value"]).to_numpy(dtype=np.float64)
            return (~s.isin(known.get(f["source"], set()))).to_numpy(dtype=np.float64)
        if k == "ratio":
            r = base(f["numerator"]) / (base(f["denominator"]) + 1.0)
            return np.minimum(np.maximum(r, f["clip"][0]), f["clip"][1])
        if k == "percentile_mean":
            total = 0.0
            for s in f["sources"]:
                ref = np.asarray(card["reference"][s], dtype=np.float64)
                x = base(s)
                total = total + (np.searchsorted(ref, x, "left") + np.searchsorted(ref, x, "right")) / (2.0 * len(ref))
            return total / len(f["sources"])
        raise ValueError(k)

    return {f["name"]: value(f) for f in card["features"]}, value


def fit(card, trees, data_dir):
    raw = pd.read_csv(os.path.join(data_dir, "digital_marketing_trainval.csv"), keep_default_na=False,
                      dtype={"Gender": str, "CampaignChannel": str, "CampaignType": str})
    split = pd.read_csv(os.path.join(data_dir, "split.csv"))
    df = raw.merge(split, on=card["idField"])
    df = df[df["split"].isin(["train", "valid"])].reset_index(drop=True)
    cols, _ = features(df, card)
    X = np.column_stack([cols[f["name"]] for f in card["features"]])
    y = df[card["target"]].to_numpy()
    rounds = len(trees["trees"])
    # The champion's parameters (models/train/candidates.py, class XGB).
    m = xgb.XGBClassifier(n_estimators=rounds, base_score=float(np.mean(y)), max_depth=1, learning_rate=0.05,
                          subsample=0.8, colsample_bytree=0.8, min_child_weight=20, reg_lambda=1.0,
                          tree_method="hist", n_jobs=1, random_state=42)
    return m.fit(X, y), rounds


def main():
    path, db, card_path, trees_path, data_dir = sys.argv[1:6]
    card = json.load(open(card_path))
    model, rounds = fit(card, json.load(open(trees_path)), data_dir)
    stages = {}
    t = time.perf_counter()

    def lap(name):
        nonlocal t
        now = time.perf_counter()
        stages[name] = now - t
        t = now

    t0 = t
    cats = {f["name"]: str for f in card["fields"] if f["type"] in ("category", "id")}
    df = pd.read_csv(path, dtype=cats, keep_default_na=False)
    lap("read_csv")
    cols, value = features(df, card)
    X = np.column_stack([cols[f["name"]] for f in card["features"]])
    lap("features")
    p = model.predict_proba(X)[:, 1]
    lap("predict")
    cal = card["calibration"]
    if cal["method"] == "isotonic":
        s = np.interp(p, cal["x"], cal["y"])
    elif cal["method"] == "platt":
        s = 1.0 / (1.0 + np.exp(cal["a"] * p + cal["b"]))
    else:
        s = p
    thr = next(x["threshold"] for x in card["thresholds"]["scenarios"] if x["id"] == card["thresholds"]["active"])
    cuts = np.asarray(card["deciles"]["cutPoints"])
    dec = 1 + (cuts[None, :] > s[:, None]).sum(axis=1)
    seg = np.full(len(s), "Low", dtype=object)
    for name in ("Medium", "High"):
        lo, hi = card["segments"][name]
        seg[(dec >= lo) & (dec <= hi)] = name
    lap("decide")
    cl = card["clusters"]
    derived = {f["name"]: f for f in cl.get("derived", [])}
    bounds = {f["source"]: f["clip"] for f in card["features"] if f["kind"] == "numeric"}

    def cluster_input(name):
        if name in cols:
            return cols[name]
        if name in derived:
            return value(derived[name])
        x = df[name].to_numpy(dtype=np.float64)
        return np.minimum(np.maximum(x, bounds[name][0]), bounds[name][1]) if name in bounds else x

    Z = (np.column_stack([cluster_input(n) for n in cl["features"]]) - np.asarray(cl["scaler"]["mean"])) / np.asarray(cl["scaler"]["scale"])
    C = np.asarray(cl["centroids"])
    d = ((Z[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)
    lap("clusters")
    df["score"] = s
    df["predicted"] = (s >= thr).astype(np.int8)
    df["decile"] = dec
    df["priority_segment"] = seg
    df["cluster"] = d.argmin(axis=1)
    con = sqlite3.connect(db)
    df.to_sql("leads", con, if_exists="replace", index=False, chunksize=50000)
    con.commit()
    con.close()
    lap("to_sql")
    print(json.dumps({"seconds": time.perf_counter() - t0, "stages": stages, "rounds": rounds, "rows": len(df)}))


if __name__ == "__main__":
    main()
