"""LeadLens training pipeline: raw CSV -> features -> candidate models -> ONNX + model card.

Entry point: `python -m models.train.pipeline --data ../shared/data/conversion --out models/artifacts`.
"""

import os as _os

# One OpenMP thread (HistGradientBoosting, XGBoost): faster on shared 2-core CI boxes, where
# spinning OpenMP teams oversubscribe badly, and independent of the machine's core count.
_os.environ.setdefault("OMP_NUM_THREADS", "1")
