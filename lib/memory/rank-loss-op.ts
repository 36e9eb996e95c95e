// The ranking head's loss over a batch of consecutive windows (rank-windows.ts) as ONE tfjs op of the gate
// pre-activations z [rows × 4H]: value and gradient written out in plain TypeScript (Float64 inside), registered
// with tf.customGrad. objective.ts `rankingLoss` makes z (x·K + h_{t−1}·R + b) and calls it.
//
// For window w (rows POINT_STRIDE·w … POINT_STRIDE·w + width − 1, its point T′ the last) and slot s:
//   ln|i ⊙ g|_{s,u} = ln σ(z_i) + ½ ln(tanh²(z_g) + 1e-12),   held_{s,u} = Σ_{s<k<width} ln σ(z_f)_{k,u}
//   ln r_s = ½ LSE_u 2(ln|i g|_{s,u} + held_{s,u}) − ½ LSE_u 2 ln|i g|_{s,u}
// (contributions.ts `logRetentions`, the same formula), and the loss is the mean over the window's pairs of
// softplus(−RANK_SHARPNESS · (ln r_{s₊} − ln r_{s₋})).
//
// Why one op: in tf ops the windows were a dozen slices and concats of the segment, a cumulative sum, two
// log-sum-exps over [windows × width × H] and the pair terms, ~400 kernels per Adam step with their gradients.
// Here only the slots that are in a pair are scored, and a row's ½ LSE_u 2 ln|i g| once for all the windows it is
// in. The gradient is exact (tests/unit/memory/evaluate.test.ts checks it against tfjs autodiff of the tf-ops
// formulation, tests/unit/memory/reference-graphs.ts).

import { fastTanh, sigmoid } from "./activations";
import * as tf from "@tensorflow/tfjs";
import { POINT_STRIDE } from "./rank-items";

/** The sharpness of the pairwise logistic loss on Δ ln r. */
export const RANK_SHARPNESS = 5;

/** Pairs of one window as slots: positive[p] returns, negative[p] does not, at the same point. */
export type SlotPairs = { positive: Int32Array; negative: Int32Array };

type Grad = (...args: unknown[]) => { value: tf.Tensor; gradFunc: (dy: tf.Tensor) => tf.Tensor[] };

/** softplus(x) = ln(1 + eˣ), stable for large |x|. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** Softmax of a[aOff … aOff + H) into p[pOff …); returns LSE. */
function softmaxInto(a: Float64Array, aOff: number, p: Float64Array, pOff: number, H: number): number {
  let max = -Infinity;
  for (let u = 0; u < H; u++) if (a[aOff + u]! > max) max = a[aOff + u]!;
  let s = 0;
  for (let u = 0; u < H; u++) {
    const e = Math.exp(a[aOff + u]! - max);
    p[pOff + u] = e;
    s += e;
  }
  const inv = 1 / s;
  for (let u = 0; u < H; u++) p[pOff + u] = p[pOff + u]! * inv;
  return max + Math.log(s);
}

type Windows = { windows: number; width: number; H: number; pairs: readonly SlotPairs[] };

/**
 * What the forward keeps for the gradient: ∂/∂ ln r per slot, the softmax of 2(ln|i g| + held) per paired slot
 * [slots × H] and of 2 ln|i g| per row [rows × H], and per row σ(−z_i), σ(−z_f), tanh(z_g) [rows × H].
 */
type RankTape = {
  dLogR: Float64Array;
  p1: Float64Array;
  p2: Float64Array;
  notI: Float64Array;
  notF: Float64Array;
  tanhG: Float64Array;
};

/** Σ over pairs of softplus(−k·Δ ln r), from z [rows × 4H] (Float64). */
function rankForward(Z: Float32Array, rows: number, win: Windows, tape: RankTape): number {
  const { windows, width, H, pairs } = win;
  const H4 = 4 * H;
  const S = POINT_STRIDE;
  const { p1, p2, dLogR, notI, notF, tanhG } = tape;
  const written = new Float64Array(rows * H); // ln|i ⊙ g|
  const logF = new Float64Array(rows * H);
  for (let r = 0; r < rows; r++) {
    for (let u = 0; u < H; u++) {
      // ln σ(z) = min(z, 0) − ln(1 + e^{−|z|}) and σ(−z) from the same exponential.
      const zi = Z[r * H4 + u]!;
      const ei = Math.exp(-Math.abs(zi));
      const zf = Z[r * H4 + H + u]!;
      const ef = Math.exp(-Math.abs(zf));
      const t = fastTanh(Z[r * H4 + 2 * H + u]!);
      const k = r * H + u;
      // (log, not log1p: e ≤ 1, so 1 + e loses nothing that matters next to min(z, 0).)
      written[k] = Math.min(zi, 0) - Math.log(1 + ei) + 0.5 * Math.log(t * t + 1e-12);
      logF[k] = Math.min(zf, 0) - Math.log(1 + ef);
      notI[k] = zi >= 0 ? ei / (1 + ei) : 1 / (1 + ei);
      notF[k] = zf >= 0 ? ef / (1 + ef) : 1 / (1 + ef);
      tanhG[k] = t;
    }
  }
  // ½ LSE_u 2 ln|i g| and its softmax depend on the row only (rows are shared by up to width / S windows).
  const lseWritten = new Float64Array(rows);
  const twice = new Float64Array(rows * H);
  for (let k = 0; k < rows * H; k++) twice[k] = 2 * written[k]!;
  for (let r = 0; r < rows; r++) lseWritten[r] = softmaxInto(twice, r * H, p2, r * H, H);
  const logR = new Float64Array(windows * width);
  const used = new Uint8Array(windows * width);
  const held = new Float64Array(width * H);
  const a = new Float64Array(H);
  for (let w = 0; w < windows; w++) {
    const list = pairs[w]!;
    if (list.positive.length === 0) continue;
    for (let p = 0; p < list.positive.length; p++) {
      used[w * width + list.positive[p]!] = 1;
      used[w * width + list.negative[p]!] = 1;
    }
    // held at slot s = Σ_{s<k<width} ln f_k (a suffix sum over the window).
    const start = S * w;
    for (let u = 0; u < H; u++) held[(width - 1) * H + u] = 0;
    for (let s = width - 2; s >= 0; s--) {
      for (let u = 0; u < H; u++) held[s * H + u] = held[(s + 1) * H + u]! + logF[(start + s + 1) * H + u]!;
    }
    for (let s = 0; s < width; s++) {
      if (used[w * width + s] === 0) continue;
      const r = start + s;
      for (let u = 0; u < H; u++) a[u] = twice[r * H + u]! + 2 * held[s * H + u]!;
      logR[w * width + s] = 0.5 * (softmaxInto(a, 0, p1, (w * width + s) * H, H) - lseWritten[r]!);
    }
  }
  let loss = 0;
  for (let w = 0; w < windows; w++) {
    const list = pairs[w]!;
    for (let p = 0; p < list.positive.length; p++) {
      const sa = w * width + list.positive[p]!;
      const sb = w * width + list.negative[p]!;
      const x = -RANK_SHARPNESS * (logR[sa]! - logR[sb]!);
      loss += softplus(x);
      const d = RANK_SHARPNESS * sigmoid(x);
      dLogR[sa] = dLogR[sa]! - d;
      dLogR[sb] = dLogR[sb]! + d;
    }
  }
  return loss;
}

/** dz [rows × 4H] (the o block stays 0) for the loss scaled by `scale`. */
function rankBackward(rows: number, win: Windows, tape: RankTape, scale: number, dz: Float64Array) {
  const { windows, width, H, pairs } = win;
  const H4 = 4 * H;
  const S = POINT_STRIDE;
  const { p1, p2, dLogR, notI, notF, tanhG } = tape;
  const dWritten = new Float64Array(rows * H);
  const dLogF = new Float64Array(rows * H);
  const acc = new Float64Array(H); // Σ_{s<k} ∂/∂held_s at the current slot k
  for (let w = 0; w < windows; w++) {
    if (pairs[w]!.positive.length === 0) continue;
    const start = S * w;
    acc.fill(0);
    for (let s = 0; s < width; s++) {
      const r = start + s;
      for (let u = 0; u < H; u++) dLogF[r * H + u] = dLogF[r * H + u]! + acc[u]!;
      const g = dLogR[w * width + s]! * scale;
      if (g === 0) continue;
      const off = (w * width + s) * H;
      for (let u = 0; u < H; u++) {
        dWritten[r * H + u] = dWritten[r * H + u]! + g * (p1[off + u]! - p2[r * H + u]!);
        acc[u] = acc[u]! + g * p1[off + u]!;
      }
    }
  }
  for (let r = 0; r < rows; r++) {
    for (let u = 0; u < H; u++) {
      const k = r * H + u;
      const dw = dWritten[k]!;
      const t = tanhG[k]!;
      dz[r * H4 + u] = dw * notI[k]!;
      dz[r * H4 + H + u] = dLogF[k]! * notF[k]!;
      dz[r * H4 + 2 * H + u] = (dw * t * (1 - t * t)) / (t * t + 1e-12);
    }
  }
}

/**
 * L_rank of `windows` windows of `width` slots over the segment's pre-activations `z` [rows × 4H] (rows =
 * POINT_STRIDE·(windows − 1) + width); `pairs[w]` are window w's pairs, `pairCount` their total (> 0).
 */
export function windowRankLoss(
  z: tf.Tensor2D,
  windows: number,
  width: number,
  pairs: readonly SlotPairs[],
  pairCount: number,
): tf.Scalar {
  const [rows, H4] = z.shape;
  const win: Windows = { windows, width, H: H4 / 4, pairs };
  const slots = windows * width;
  const tape: RankTape = {
    dLogR: new Float64Array(slots),
    p1: new Float64Array(slots * win.H),
    p2: new Float64Array(rows * win.H),
    notI: new Float64Array(rows * win.H),
    notF: new Float64Array(rows * win.H),
    tanhG: new Float64Array(rows * win.H),
  };
  const op = tf.customGrad(((pre: tf.Tensor2D) => {
    const Z = pre.dataSync() as Float32Array;
    const loss = rankForward(Z, rows, win, tape);
    return {
      value: tf.scalar(loss / pairCount),
      gradFunc: (dy: tf.Tensor) => {
        const dz = new Float64Array(rows * H4);
        rankBackward(rows, win, tape, (dy.dataSync() as Float32Array)[0]! / pairCount, dz);
        return [tf.tensor2d(Float32Array.from(dz), [rows, H4])];
      },
    };
  }) as unknown as Grad) as unknown as (z: tf.Tensor) => tf.Scalar;
  return op(z);
}
