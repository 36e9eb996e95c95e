// The cell unrolled over a batch of chunks (entry-chunks.ts) as ONE tfjs op: the forward pass and its BPTT
// gradient written out in plain TypeScript (Float64 inside, Float32 out), registered with tf.customGrad.
//
// Why: unrolled in tf ops, 8 steps of a [16 × 4H] cell were ~100 kernels forward and ~250 backward per Adam
// step, each a few microseconds of arithmetic behind tens of microseconds of engine bookkeeping; the loops
// below do the recurrence (≈ 2 · rows · H · 4H multiply-adds) in about a millisecond, and dR = h_{t−1}ᵀ·dz is
// one tfjs matmul. The math is the same cell as cell.ts: z = xw + h_{t−1}·R, i, f, o = σ, g = tanh,
// c = f ⊙ c_{t−1} + i ⊙ g, h = o ⊙ tanh(c). `tests/unit/memory/train.test.ts` checks value and gradients against
// tfjs autodiff of the unrolled ops, and `trainingPass` against cell.ts `runSequence`.
//
// The loops are top-level functions over Float64Arrays only, so V8 optimises them once (closures over mixed
// typed arrays ran ~10× slower).

import { fastTanh, sigmoid } from "./activations";
import * as tf from "@tensorflow/tfjs";
import type { SequenceRun } from "./cell";

type Grad = (...args: unknown[]) => { value: tf.Tensor; gradFunc: (dy: tf.Tensor) => tf.Tensor[] };

/**
 * What the forward computes and keeps for the gradient, per row r = b·L + l, each [rows × H]: h and c before
 * the step (the chunk's h0, c0 at l = 0), the gates, tanh(c), and h and c after the step.
 */
type Tape = {
  n: number;
  L: number;
  H: number;
  hPrev: Float64Array;
  cPrev: Float64Array;
  i: Float64Array;
  f: Float64Array;
  g: Float64Array;
  o: Float64Array;
  tanhC: Float64Array;
  h: Float64Array;
  c: Float64Array;
};

function tape(n: number, L: number, H: number): Tape {
  const rows = n * L;
  const a = () => new Float64Array(rows * H);
  return { n, L, H, hPrev: a(), cPrev: a(), i: a(), f: a(), g: a(), o: a(), tanhC: a(), h: a(), c: a() };
}

/** Rᵀ [4H × H] of R [H × 4H]. */
function transposedRecurrent(R: ArrayLike<number>, H: number): Float64Array {
  const RT = new Float64Array(4 * H * H);
  for (let u = 0; u < H; u++) for (let k = 0; k < 4 * H; k++) RT[k * H + u] = R[u * 4 * H + k]!;
  return RT;
}

/** [cols × rows] Float32 copy of a row-major [rows × cols] array. */
function transposed(a: Float64Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = a[r * cols + c]!;
  return out;
}

/** `RT` = Rᵀ [4H × H]. */
function forward(P: Float32Array, RT: Float64Array, h0: Float64Array, c0: Float64Array, t: Tape): void {
  const { n, L, H, hPrev, cPrev, tanhC, h, c } = t;
  const H4 = 4 * H;
  const z = new Float64Array(H4);
  for (let b = 0; b < n; b++) {
    for (let l = 0; l < L; l++) {
      const r = b * L + l;
      const off = r * H;
      if (l === 0) {
        for (let u = 0; u < H; u++) {
          hPrev[off + u] = h0[b * H + u]!;
          cPrev[off + u] = c0[b * H + u]!;
        }
      } else {
        for (let u = 0; u < H; u++) {
          hPrev[off + u] = h[off - H + u]!;
          cPrev[off + u] = c[off - H + u]!;
        }
      }
      // z = xw + h_{t−1}·R as dot products with the rows of Rᵀ, four outputs at a time (each h_u read once
      // per four: ~1.4× a column sweep in V8).
      for (let k = 0; k < H4; k += 4) {
        const o1 = k * H;
        const o2 = o1 + H;
        const o3 = o2 + H;
        const o4 = o3 + H;
        let a = P[r * H4 + k]!;
        let b = P[r * H4 + k + 1]!;
        let c2 = P[r * H4 + k + 2]!;
        let d = P[r * H4 + k + 3]!;
        for (let u = 0; u < H; u++) {
          const hu = hPrev[off + u]!;
          a += hu * RT[o1 + u]!;
          b += hu * RT[o2 + u]!;
          c2 += hu * RT[o3 + u]!;
          d += hu * RT[o4 + u]!;
        }
        z[k] = a;
        z[k + 1] = b;
        z[k + 2] = c2;
        z[k + 3] = d;
      }
      for (let u = 0; u < H; u++) {
        const i = sigmoid(z[u]!);
        const f = sigmoid(z[H + u]!);
        const g = fastTanh(z[2 * H + u]!);
        const o = sigmoid(z[3 * H + u]!);
        const cu = f * cPrev[off + u]! + i * g;
        const tc = fastTanh(cu);
        t.i[off + u] = i;
        t.f[off + u] = f;
        t.g[off + u] = g;
        t.o[off + u] = o;
        tanhC[off + u] = tc;
        c[off + u] = cu;
        h[off + u] = o * tc;
      }
    }
  }
}

/** BPTT within each chunk: dz = dxw [rows × 4H] from dh [rows × H] (dR = h_{t−1}ᵀ·dz is one matmul after). */
function backward(dh: Float32Array, R: Float64Array, t: Tape, dxw: Float32Array): void {
  const { n, L, H, cPrev, tanhC } = t;
  const H4 = 4 * H;
  const dz = new Float64Array(H4);
  const dhNext = new Float64Array(H); // gradient reaching h_t from step t + 1
  const dcNext = new Float64Array(H);
  for (let b = 0; b < n; b++) {
    dhNext.fill(0);
    dcNext.fill(0);
    for (let l = L - 1; l >= 0; l--) {
      const r = b * L + l;
      const off = r * H;
      const g4 = r * H4;
      for (let u = 0; u < H; u++) {
        const i = t.i[off + u]!;
        const f = t.f[off + u]!;
        const g = t.g[off + u]!;
        const o = t.o[off + u]!;
        const tc = tanhC[off + u]!;
        const dhu = dh[off + u]! + dhNext[u]!;
        const dc = dcNext[u]! + dhu * o * (1 - tc * tc);
        dz[u] = dc * g * i * (1 - i);
        dz[H + u] = dc * cPrev[off + u]! * f * (1 - f);
        dz[2 * H + u] = dc * i * (1 - g * g);
        dz[3 * H + u] = dhu * tc * o * (1 - o);
        dcNext[u] = dc * f;
      }
      for (let k = 0; k < H4; k++) dxw[g4 + k] = dz[k]!;
      if (l === 0) continue; // h0 is a constant: nothing flows past the chunk's start
      // dh_{t−1} = dz · Rᵀ, four units at a time (each dz_k read once per four), then any left over.
      let u = 0;
      for (; u + 3 < H; u += 4) {
        const r0 = u * H4;
        const r1 = r0 + H4;
        const r2 = r1 + H4;
        const r3 = r2 + H4;
        let a = 0;
        let b = 0;
        let c = 0;
        let d = 0;
        for (let k = 0; k < H4; k++) {
          const dk = dz[k]!;
          a += dk * R[r0 + k]!;
          b += dk * R[r1 + k]!;
          c += dk * R[r2 + k]!;
          d += dk * R[r3 + k]!;
        }
        dhNext[u] = a;
        dhNext[u + 1] = b;
        dhNext[u + 2] = c;
        dhNext[u + 3] = d;
      }
      for (; u < H; u++) {
        let a = 0;
        for (let k = 0; k < H4; k++) a += dz[k]! * R[u * H4 + k]!;
        dhNext[u] = a;
      }
    }
  }
}

/**
 * h of every step of `n` chunks of `L` steps, [n·L × H] (row b·L + l: step l of chunk b), from the input
 * projections `xw` = x·K + b [n·L × 4H] and the recurrent kernel R [H × 4H], starting each chunk from the
 * constant states h0, c0 [n × H]. Differentiable in xw and R (call inside a minimize closure or tf.tidy).
 * `lastC` [n × H], when given, receives each chunk's final cell state.
 */
export function chunkCell(
  xw: tf.Tensor2D,
  recurrentKernel: tf.Tensor,
  h0: Float32Array,
  c0: Float32Array,
  n: number,
  L: number,
  lastC?: Float32Array,
): tf.Tensor2D {
  const H = recurrentKernel.shape[0]!;
  const rows = n * L;
  const t = tape(n, L, H);
  const op = tf.customGrad(((projection: tf.Tensor2D, kernel: tf.Tensor2D) => {
    const R = Float64Array.from(kernel.dataSync() as Float32Array);
    const RT = transposedRecurrent(R, H);
    forward(projection.dataSync() as Float32Array, RT, Float64Array.from(h0), Float64Array.from(c0), t);
    if (lastC) for (let b = 0; b < n; b++) lastC.set(t.c.subarray((b * L + L - 1) * H, (b * L + L) * H), b * H);
    return {
      value: tf.tensor2d(Float32Array.from(t.h), [rows, H]),
      gradFunc: (dy: tf.Tensor) => {
        const dxw = new Float32Array(rows * 4 * H);
        backward(dy.dataSync() as Float32Array, R, t, dxw);
        const dz = tf.tensor2d(dxw, [rows, 4 * H]);
        const hPrevT = tf.tensor2d(transposed(t.hPrev, rows, H), [H, rows]);
        return [dz, tf.matMul(hPrevT, dz)];
      },
    };
  }) as unknown as Grad) as unknown as (xw: tf.Tensor, r: tf.Tensor) => tf.Tensor2D;
  return op(xw, recurrentKernel);
}

/**
 * The exact pass of the cell over `steps` steps from zero state, given the input projections x·K + b
 * [steps × 4H] and R: the same numbers as cell.ts `runSequence` to 1e-12 (Float64; sums in another order, tanh
 * from one exp), at about half its cost. Training runs it once per epoch; it has no releases.
 */
export function trainingPass(
  projection: Float32Array,
  recurrentKernel: Float32Array,
  H: number,
  steps: number,
): SequenceRun {
  const t = tape(1, steps, H);
  const zero = new Float64Array(H);
  forward(projection, transposedRecurrent(recurrentKernel, H), zero, zero, t);
  return {
    steps,
    units: H,
    i: t.i,
    f: t.f,
    g: t.g,
    o: t.o,
    c: t.c,
    h: t.h,
    c0: zero,
    h0: new Float64Array(H),
    released: [],
  };
}
