#!/usr/bin/python3
"""Baseline for tests/bench/bgnbd-fit.ts: the same BG/NBD maximum-likelihood fit in numpy + scipy, written the way
the Python package lifetimes does it (vectorised log-likelihood over customers, scipy.optimize.minimize on
log-parameters, Nelder-Mead). Reads the summary written by the TS bench (x, tx, T per line) and prints JSON:
fitted parameters, log-likelihood and fit seconds. Usage: /usr/bin/python3 tests/bench/bgnbd_fit.py rfm.tsv
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import minimize
from scipy.special import gammaln

x, tx, T = np.loadtxt(sys.argv[1], unpack=True)


def nll(logp):
    r, alpha, a, b = np.exp(logp)
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    with np.errstate(divide="ignore"):
        a4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + tx), -np.inf)
    return -np.sum(a1 + a2 + np.logaddexp(a3, a4)) / len(x)


t0 = time.perf_counter()
res = minimize(nll, np.zeros(4), method="Nelder-Mead", options={"xatol": 1e-8, "fatol": 1e-10, "maxiter": 10000})
sec = time.perf_counter() - t0
r, alpha, a, b = np.exp(res.x)
print(json.dumps({"r": r, "alpha": alpha, "a": a, "b": b, "logLik": -res.fun * len(x), "seconds": sec, "evaluations": int(res.nfev)}))
