// The EMA-equivalent starting point shared by the prior and by training.
//
// An EMA is an LSTM whose gates are constant: f = 1 − α, i = α. So the starting cell has zero kernels and zero
// recurrent kernels for the i, f and o gates and biases logit(α), logit(1 − α), 0: every entry gets i = α,
// f = 1 − α, o = ½ regardless of its content, and retention after n later entries is exactly (1 − α)^n. The
// candidate g = tanh(W_g x) is a fixed, seeded projection of the entry (Glorot-uniform), so the state holds
// an α-weighted average of projected entries. Training then learns where content should make gates deviate.

import type { LstmWeights } from "./cell";

/** Small, fast, seedable PRNG (mulberry32): same seed → same sequence on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function logit(p: number): number {
  return Math.log(p / (1 - p));
}

export function emaEquivalentWeights(inputDim: number, units: number, alpha: number, seed: number): LstmWeights {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  const H = units;
  const H4 = 4 * H;
  const kernel = new Float32Array(inputDim * H4);
  const random = seededRandom(seed);
  // Glorot-uniform for the g block alone (fan in = inputDim, fan out = H).
  const limit = Math.sqrt(6 / (inputDim + H));
  for (let d = 0; d < inputDim; d++) {
    for (let u = 0; u < H; u++) kernel[d * H4 + 2 * H + u] = (2 * random() - 1) * limit;
  }
  const bias = new Float32Array(H4);
  for (let u = 0; u < H; u++) {
    bias[u] = logit(alpha);
    bias[H + u] = logit(1 - alpha);
  }
  return { inputDim, units, kernel, recurrentKernel: new Float32Array(H * H4), bias };
}

/** Glorot-uniform [rows × cols], row-major: U(−√(6/(rows+cols)), +√(6/(rows+cols))). */
export function glorotUniform(rows: number, cols: number, random: () => number): Float32Array {
  const limit = Math.sqrt(6 / (rows + cols));
  const out = new Float32Array(rows * cols);
  for (let k = 0; k < out.length; k++) out[k] = (2 * random() - 1) * limit;
  return out;
}

/** [rows × cols] with orthonormal rows (rows ≤ cols): Gram–Schmidt on seeded Gaussian rows. */
function orthogonalRows(rows: number, cols: number, random: () => number): Float32Array {
  const m = new Float64Array(rows * cols);
  for (let k = 0; k < m.length; k++) {
    const u = 1 - random();
    m[k] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  }
  for (let r = 0; r < rows; r++) {
    for (let q = 0; q < r; q++) {
      let d = 0;
      for (let c = 0; c < cols; c++) d += m[r * cols + c]! * m[q * cols + c]!;
      for (let c = 0; c < cols; c++) m[r * cols + c] = m[r * cols + c]! - d * m[q * cols + c]!;
    }
    let n = 0;
    for (let c = 0; c < cols; c++) n += m[r * cols + c]! ** 2;
    n = Math.sqrt(n);
    for (let c = 0; c < cols; c++) m[r * cols + c] = m[r * cols + c]! / n;
  }
  return Float32Array.from(m);
}

/**
 * The standard LSTM start (what tf.layers.lstm uses with Keras defaults): Glorot-uniform kernel, orthogonal
 * recurrent kernel, zero biases except 1 for the forget gate. Used by the plain LSTM baseline only.
 */
export function standardWeights(inputDim: number, units: number, seed: number): LstmWeights {
  const H = units;
  const random = seededRandom(seed);
  const kernel = glorotUniform(inputDim, 4 * H, random);
  const recurrentKernel = orthogonalRows(H, 4 * H, random);
  const bias = new Float32Array(4 * H);
  for (let u = 0; u < H; u++) bias[H + u] = 1;
  return { inputDim, units, kernel, recurrentKernel, bias };
}
