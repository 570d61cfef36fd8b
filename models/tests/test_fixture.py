"""The parity fixture agrees with the card: features (1e-9), scores, decisions, deciles, clusters."""
import numpy as np

from models.tests import helpers as H
from models.train import clusters as CL
from models.train import evaluation as EV
from models.train import features as F
from models.train import fields as FI
from models.train import tiers as TI


def test_card_shape(index):
    for mid in index["models"]:
        card = H.load_json(f"{mid}.card.json")
        assert card["schemaVersion"] == 1 and card["modelId"] == mid
        assert len(card["deciles"]["cutPoints"]) == 9
        cuts = card["deciles"]["cutPoints"]
        assert all(a >= b for a, b in zip(cuts, cuts[1:]))
        assert card["thresholds"]["active"] == "best_f1"
        unknown = [f for f in card["features"] if f["kind"] == "onehot" and f["value"] is None]
        assert len(unknown) == 3


def test_fixture_features_and_scores(index):
    fx = H.load_json("parity_fixture.json")
    card = H.load_json(f"{index['champion']}.card.json")
    cols = FI.parse_records([r["raw"] for r in fx["rows"]], card["fields"])
    X = F.transform(cols, card["features"], card["reference"])
    expected = np.array([r["features"] for r in fx["rows"]])
    assert X.shape == expected.shape and np.max(np.abs(X - expected)) <= 1e-9
    Z = CL.cluster_matrix(cols, card["features"], card["reference"])
    assert np.max(np.abs(Z - np.array([r["clusterFeatures"] for r in fx["rows"]]))) <= 1e-9
    clus = CL.assign(card["clusters"], Z)
    assert clus.tolist() == [r["cluster"] for r in fx["rows"]]
    for mid in index["models"]:
        c = H.load_json(f"{mid}.card.json")
        raw = np.array([r["models"][mid]["rawProbability"] for r in fx["rows"]])
        p_ort = H.ort_proba(f"{H.ARTIFACTS}/{mid}.onnx", X)
        assert np.max(np.abs(p_ort - raw)) <= 1e-5
        score = EV.apply_calibration(c["calibration"], raw)
        assert np.allclose(score, [r["models"][mid]["score"] for r in fx["rows"]], atol=1e-12)
        dec = EV.decile_of(c["deciles"]["cutPoints"], score)
        assert dec.tolist() == [r["models"][mid]["decile"] for r in fx["rows"]]
        assert [EV.segment_of(d) for d in dec] == [r["models"][mid]["segment"] for r in fx["rows"]]
        tiers = TI.tier_of_score(c["tiers"]["probability"], score).tolist()
        assert tiers == [r["models"][mid]["tier"] for r in fx["rows"]]
        v = fx["validation"][mid]
        assert TI.card_tiers(np.array(v["score"]), np.array(v["label"]),
                             EV.decile_of(c["deciles"]["cutPoints"], np.array(v["score"]))) == c["tiers"]


def test_edge_cases_present():
    fx = H.load_json("parity_fixture.json")
    tags = [r["raw"]["CustomerID"] for r in fx["rows"] if str(r["raw"]["CustomerID"]).startswith("EDGE")]
    assert any("zero-denominators" in t for t in tags) and any("unknown" in t for t in tags)
    blank = [r for r in fx["rows"] if "blank-categories" in r["raw"]["CustomerID"]][0]
    names = fx["featureNames"]
    for src in ("Gender", "CampaignChannel", "CampaignType"):
        assert blank["features"][names.index(f"{src}=(unknown)")] == 1.0
