"""pytest fixtures: the train/valid matrices rebuilt from the committed card's feature spec."""
import os
import sys

import numpy as np
import pytest

sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))

from models.tests import helpers as H  # noqa: E402
from models.train import data as D  # noqa: E402
from models.train import features as F  # noqa: E402


@pytest.fixture(scope="session")
def split():
    _, train, valid, sha = D.load(H.DATA)
    return train, valid, sha


@pytest.fixture(scope="session")
def index():
    return H.load_json("index.json")


@pytest.fixture(scope="session")
def matrices(split, index):
    train, valid, _ = split
    card = H.load_json(f"{index['champion']}.card.json")
    feats, ref = card["features"], card["reference"]
    Xtr = F.transform(F.frame_cols(train), feats, ref)
    Xva = F.transform(F.frame_cols(valid), feats, ref)
    return (Xtr, train[D.TARGET].to_numpy().astype(int), Xva,
            valid[D.TARGET].to_numpy().astype(int))
