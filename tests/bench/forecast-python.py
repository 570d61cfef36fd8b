# SciPy baseline for npm run bench:forecast: maximum-likelihood BG/NBD on the same (x, t_x, T) rows (CSV path
# in argv[1]), written independently of the TypeScript code (Nelder-Mead on log-parameters). Prints one line.
import sys, time
import numpy as np
from scipy.optimize import minimize
from scipy.special import betaln, gammaln

d = np.loadtxt(sys.argv[1], delimiter=',', ndmin=2)
x, tx, T = d[:, 0], d[:, 1], d[:, 2]
t0 = time.perf_counter()

def nll(v):
    r, al, a, b = np.exp(v)
    A1 = gammaln(r + x) - gammaln(r) + r * np.log(al)
    A2 = betaln(a, b + x) - betaln(a, b)
    A3 = -(r + x) * np.log(al + T)
    A4 = np.where(x > 0, np.log(a) - np.log(b + np.maximum(x, 1) - 1) - (r + x) * np.log(al + tx), -np.inf)
    return -np.sum(A1 + A2 + np.logaddexp(A3, A4))

res = minimize(nll, np.zeros(4), method='Nelder-Mead', options={'maxiter': 20000, 'xatol': 1e-9, 'fatol': 1e-9})
r, al, a, b = np.exp(res.x)
print(f"r {r:.4f} alpha {al:.4f} a {a:.4f} b {b:.4f} LL {-res.fun:.3f} in {time.perf_counter() - t0:.2f} s")
