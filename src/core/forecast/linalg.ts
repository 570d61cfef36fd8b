/**
 * The one dense solver the regression models need: Cholesky factorisation of a small symmetric
 * positive-definite matrix (normal equations, Newton steps). Deterministic and allocation-light;
 * d is the number of features (tens), so O(d³) is nothing next to forming XᵀX.
 */

/** Solves A·x = b for symmetric positive-definite A (d×d, row-major). Returns null if A is not positive definite. */
export function choleskySolve(A: Float64Array, b: Float64Array): Float64Array | null {
  const d = b.length;
  if (A.length !== d * d) throw new Error(`choleskySolve: matrix has ${A.length} entries, expected ${d}×${d}`);
  const L = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * d + j];
      for (let k = 0; k < j; k++) s -= L[i * d + k] * L[j * d + k];
      if (i === j) {
        // Relative pivot test: a pivot lost to rounding means A is (numerically) singular.
        if (!(s > 1e-12 * Math.max(1, Math.abs(A[i * d + i])))) return null;
        L[i * d + i] = Math.sqrt(s);
      } else {
        L[i * d + j] = s / L[j * d + j];
      }
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= L[i * d + k] * y[k];
    y[i] = s / L[i * d + i];
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < d; k++) s -= L[k * d + i] * x[k];
    x[i] = s / L[i * d + i];
  }
  return x;
}
