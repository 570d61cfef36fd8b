"""LeadLens training pipeline: raw CSV -> features -> candidate models -> ONNX + model card.

Entry point: `python -m models.train.pipeline --data ../shared/data/conversion --out models/artifacts`.
"""
