"""KMeans lead clusters on standardized behavioural features, named from their centroid profile.

k is chosen by silhouette on the train rows in 3..6 (fixed seed, fixed n_init). Assignment at
scoring time = nearest centroid (Euclidean, first minimum) in the standardized space.
Names are generated from the two most distinctive centroid coordinates (largest |z|), en/ru/pl.
"""
import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score

from . import features as F

CLUSTER_FEATURES = ["EngagementScore", "AdSpend", "ConversionRate", "WebsiteVisits",
                    "PagesPerVisit", "TimeOnSite", "PreviousPurchases", "LoyaltyPoints"]

# feature -> (high, low) phrases per language
PHRASES = {
    "EngagementScore": {"en": ("high engagement", "low engagement"),
                        "ru": ("высокая вовлечённость", "низкая вовлечённость"),
                        "pl": ("wysokie zaangażowanie", "niskie zaangażowanie")},
    "AdSpend": {"en": ("big ad spend", "small ad spend"),
                "ru": ("большие расходы на рекламу", "малые расходы на рекламу"),
                "pl": ("duże wydatki na reklamę", "małe wydatki na reklamę")},
    "ConversionRate": {"en": ("high conversion rate", "low conversion rate"),
                       "ru": ("высокая конверсия", "низкая конверсия"),
                       "pl": ("wysoki współczynnik konwersji", "niski współczynnik konwersji")},
    "WebsiteVisits": {"en": ("many visits", "few visits"),
                      "ru": ("много визитов", "мало визитов"),
                      "pl": ("dużo wizyt", "mało wizyt")},
    "PagesPerVisit": {"en": ("many pages per visit", "few pages per visit"),
                      "ru": ("много страниц за визит", "мало страниц за визит"),
                      "pl": ("dużo stron na wizytę", "mało stron na wizytę")},
    "TimeOnSite": {"en": ("long time on site", "short time on site"),
                   "ru": ("долгое время на сайте", "короткое время на сайте"),
                   "pl": ("długi czas na stronie", "krótki czas na stronie")},
    "PreviousPurchases": {"en": ("many past purchases", "few past purchases"),
                          "ru": ("много прошлых покупок", "мало прошлых покупок"),
                          "pl": ("dużo wcześniejszych zakupów", "mało wcześniejszych zakupów")},
    "LoyaltyPoints": {"en": ("high loyalty", "low loyalty"),
                      "ru": ("высокая лояльность", "низкая лояльность"),
                      "pl": ("wysoka lojalność", "niska lojalność")},
}


def cluster_matrix(cols, features, reference):
    """Clipped cluster features (float64) in CLUSTER_FEATURES order."""
    bounds = F.clip_bounds(features)
    out = []
    for c in CLUSTER_FEATURES:
        if c == "EngagementScore":
            out.append(F.engagement(cols, features, reference))
        else:
            out.append(F.clip(np.asarray(cols[c], dtype=np.float64), *bounds[c]))
    return np.column_stack(out)


def _name(z, rank):
    order = sorted(range(len(z)), key=lambda i: (-abs(z[i]), i))[:rank]
    names = {}
    for lang in ("en", "ru", "pl"):
        parts = [PHRASES[CLUSTER_FEATURES[i]][lang][0 if z[i] > 0 else 1] for i in order]
        text = ", ".join(parts)
        names[lang] = text[0].upper() + text[1:]
    return names


def fit(Z, seed, features, ks=(3, 4, 5, 6)):
    mean = Z.mean(axis=0); scale = Z.std(axis=0)
    S = (Z - mean) / scale
    sil = {}
    models = {}
    for k in ks:
        km = KMeans(n_clusters=k, n_init=10, random_state=seed).fit(S)
        sil[k] = float(silhouette_score(S, km.labels_))
        models[k] = km
    k = max(ks, key=lambda kk: (sil[kk], -kk))
    cent = models[k].cluster_centers_
    rank, names = 2, None
    while rank <= len(CLUSTER_FEATURES):
        names = [_name(c, rank) for c in cent]
        if len({n["en"] for n in names}) == len(names):
            break
        rank += 1
    profiles = [{f: float(c * s + m) for f, c, s, m in zip(CLUSTER_FEATURES, row, scale, mean)}
                for row in cent]
    in_matrix = {f["name"] for f in features}
    derived = [{"name": "EngagementScore", "kind": "percentile_mean",
                "sources": list(F.ENGAGEMENT_SOURCES)}] if "EngagementScore" not in in_matrix else []
    spec = {"features": list(CLUSTER_FEATURES), "derived": derived,
            "scaler": {"mean": [float(v) for v in mean], "scale": [float(v) for v in scale]},
            "centroids": [[float(v) for v in row] for row in cent], "names": names,
            "profiles": profiles,
            "overall": {f: float(v) for f, v in zip(CLUSTER_FEATURES, mean)}}
    return spec, {"k": k, "silhouette": sil}


def assign(spec, Z):
    S = (Z - np.asarray(spec["scaler"]["mean"])) / np.asarray(spec["scaler"]["scale"])
    C = np.asarray(spec["centroids"])
    d = ((S[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)
    return np.argmin(d, axis=1)
