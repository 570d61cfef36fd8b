"""Raw input fields (FieldSpec) of the card: types, required/optional defaults, plausibility bounds.

Policy: demographics (Age, Income, Gender) and campaign descriptors (CampaignChannel, CampaignType)
are optional — numeric defaults are TRAIN medians, categorical ones map to the explicit unknown
indicator (default null). Behavioural columns are required: the score is about behaviour, and
inventing it would be silently wrong. min/max are hard plausibility bounds (row errors), not clips.
"""
import numpy as np

from . import features as F

NUM_META = {  # type, min, max, unit, step, required
    "Age": ("integer", 0, 120, "years", 1, False),
    "Income": ("number", 0, 100000000, "USD per year", 1, False),
    "AdSpend": ("number", 0, 100000000, "USD", 0.01, True),
    "ClickThroughRate": ("number", 0, 1, "share 0–1", 0.001, True),
    "ConversionRate": ("number", 0, 1, "share 0–1", 0.001, True),
    "WebsiteVisits": ("integer", 0, 1000000, "visits", 1, True),
    "PagesPerVisit": ("number", 0, 10000, "pages", 0.1, True),
    "TimeOnSite": ("number", 0, 1440, "minutes", 0.1, True),
    "SocialShares": ("integer", 0, 1000000, "shares", 1, True),
    "EmailOpens": ("integer", 0, 1000000, "opens", 1, True),
    "EmailClicks": ("integer", 0, 1000000, "clicks", 1, True),
    "PreviousPurchases": ("integer", 0, 1000000, "purchases", 1, True),
    "LoyaltyPoints": ("integer", 0, 100000000, "points", 1, True),
}
ORDER = ["Age", "Gender", "Income", "CampaignChannel", "CampaignType", "AdSpend", "ClickThroughRate",
         "ConversionRate", "WebsiteVisits", "PagesPerVisit", "TimeOnSite", "SocialShares",
         "EmailOpens", "EmailClicks", "PreviousPurchases", "LoyaltyPoints"]


def fit_fields(train):
    fields = [{"name": "CustomerID", "type": "id", "required": False, "default": None,
               "defaultNote": "optional row identifier, echoed in results"}]
    for c in ORDER:
        if c in F.CATEGORICAL:
            cats = sorted({str(s).strip() for s in train[c] if str(s).strip() != ""})
            fields.append({"name": c, "type": "category", "required": False, "default": None,
                           "defaultNote": "blank or unknown -> the explicit unknown indicator",
                           "categories": cats})
            continue
        typ, lo, hi, unit, step, req = NUM_META[c]
        f = {"name": c, "type": typ, "required": req}
        if not req:
            med = float(np.median(train[c].to_numpy(dtype=np.float64)))
            f["default"] = med
            f["defaultNote"] = "training median"
        f.update({"min": lo, "max": hi, "unit": unit, "step": step})
        fields.append(f)
    return fields


def parse_records(records, fields):
    """Raw CSV-like string records -> column dict for features.transform (defaults applied).

    Raises ValueError naming row/column/value for a blank required field or an unparsable or
    implausible number (the app reports such rows; the fixture only holds valid ones).
    """
    cols = {}
    for f in fields:
        if f["type"] == "id":
            continue
        name, out = f["name"], []
        for i, r in enumerate(records):
            s = str(r.get(name, "") if r.get(name) is not None else "").strip()
            if f["type"] == "category":
                out.append(s)
                continue
            if s == "":
                if f["required"]:
                    raise ValueError(f"row {i}: {name} is required")
                out.append(float(f["default"]))
                continue
            v = float(s)
            if not (f["min"] <= v <= f["max"]):
                raise ValueError(f"row {i}: {name}={s} outside [{f['min']}, {f['max']}]")
            out.append(v)
        cols[name] = out if f["type"] == "category" else np.asarray(out, dtype=np.float64)
    return cols
