"""Loading the conversion data and its fixed train/valid split.

Exists so every other module sees the same rows in the same order (CSV order) and so the card can
record the SHA-256 of the exact input files. The data is never copied into the repository.
"""
import hashlib
import os

import pandas as pd

DATA_FILE = "digital_marketing_trainval.csv"
SPLIT_FILE = "split.csv"
TARGET = "Conversion"
ID_FIELD = "CustomerID"
DROPPED = ["CustomerID", "AdvertisingPlatform", "AdvertisingTool"]


def default_data_dir():
    """CLI default; overridable with --data or LEADLENS_DATA."""
    return os.environ.get("LEADLENS_DATA", "../shared/data/conversion")


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def load(data_dir):
    """Return (raw_df, train_df, valid_df, data_sha256). Raw values kept as read by pandas."""
    path = os.path.join(data_dir, DATA_FILE)
    split_path = os.path.join(data_dir, SPLIT_FILE)
    df = pd.read_csv(path, dtype={"Gender": str, "CampaignChannel": str, "CampaignType": str},
                     keep_default_na=False)
    split = pd.read_csv(split_path)
    merged = df.merge(split, on=ID_FIELD, how="left", validate="one_to_one")
    if merged["split"].isna().any():
        raise ValueError("rows without a split assignment")
    train = merged[merged["split"] == "train"].drop(columns=["split"]).reset_index(drop=True)
    valid = merged[merged["split"] == "valid"].drop(columns=["split"]).reset_index(drop=True)
    h = hashlib.sha256()
    h.update(sha256_file(path).encode())
    h.update(sha256_file(split_path).encode())
    return df, train, valid, h.hexdigest()
