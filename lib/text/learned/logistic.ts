// L2-regularised logistic regression, fitted by Newton's method (iteratively reweighted least squares): the
// exact optimum in a few steps, deterministic, for the hundred-odd features of the sentence reader. Used by
// scripts/train-sentence-reader.ts to fit the shipped weights and by the tests.

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function predict(weights: ArrayLike<number>, x: ArrayLike<number>): number {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += weights[k]! * x[k]!;
  return sigmoid(z);
}

/** Solves A w = b for a symmetric positive definite A (Cholesky); A is n×n row-major and is overwritten. */
function solve(A: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let j = 0; j < n; j++) {
    let d = A[j * n + j]!;
    for (let k = 0; k < j; k++) d -= A[j * n + k]! ** 2;
    const root = Math.sqrt(Math.max(d, 1e-12));
    A[j * n + j] = root;
    for (let i = j + 1; i < n; i++) {
      let s = A[i * n + j]!;
      for (let k = 0; k < j; k++) s -= A[i * n + k]! * A[j * n + k]!;
      A[i * n + j] = s / root;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= A[i * n + k]! * y[k]!;
    y[i] = s / A[i * n + i]!;
  }
  const w = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= A[k * n + i]! * w[k]!;
    w[i] = s / A[i * n + i]!;
  }
  return w;
}

/**
 * Minimises Σ_n −log p(y_n | x_n) + ½·l2·N·‖w_{1..}‖² (the first feature is the bias, not penalised).
 * Returns the weights; `steps` Newton steps (the loss is convex, so a handful reach the optimum).
 */
export function fitLogistic(X: readonly Float64Array[], y: readonly number[], l2: number, steps = 12): Float64Array {
  const d = X[0]?.length ?? 0;
  const N = X.length;
  const w = new Float64Array(d);
  for (let step = 0; step < steps; step++) {
    const H = new Float64Array(d * d);
    const g = new Float64Array(d);
    for (let n = 0; n < N; n++) {
      const x = X[n]!;
      const p = predict(w, x);
      const r = p - y[n]!;
      const s = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < d; i++) {
        const xi = x[i]!;
        if (xi === 0) continue;
        g[i] = g[i]! + r * xi;
        for (let j = 0; j <= i; j++) H[i * d + j] = H[i * d + j]! + s * xi * x[j]!;
      }
    }
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < i; j++) H[j * d + i] = H[i * d + j]!;
      if (i > 0) {
        H[i * d + i] = H[i * d + i]! + l2 * N;
        g[i] = g[i]! + l2 * N * w[i]!;
      }
    }
    const delta = solve(H, g, d);
    for (let i = 0; i < d; i++) w[i] = w[i]! - delta[i]!;
  }
  return w;
}
