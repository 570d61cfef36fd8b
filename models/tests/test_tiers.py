"""Tier bands (models/train/tiers.py): the rule on hand-made scores, ordering on the shipped cards."""
import numpy as np

from models.tests import helpers as H
from models.train import tiers as TI


def test_bands_on_a_hand_example():
    # 10 rows: bottom 2 never convert, middle 4 half, top 4 always.
    s = np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95])
    y = np.array([0, 0, 1, 0, 1, 0, 1, 1, 1, 1])
    b = TI.bands(s, y, min_share=0.2)
    assert b == {"low": 0.25, "high": (0.6 + 0.7) / 2}


def test_shipped_cards_have_ordered_tiers():
    for mid in H.load_json("index.json")["models"]:
        v = H.load_json(f"{mid}.card.json")["tiers"]["validation"]["probability"]
        assert v["High"]["conversionRate"] > v["Medium"]["conversionRate"] > v["Low"]["conversionRate"]
        assert min(v[k]["share"] for k in v) >= TI.MIN_SHARE
