// The cell unrolled over a batch of chunks (entry-chunks.ts) as ONE tfjs op: the forward pass and its BPTT
// gradient written out in plain TypeScript (Float64 inside, Float32 out), registered with tf.customGrad.
//
// Why: unrolled in tf ops, 8 steps of a [16 × 4H] cell were ~100 kernels forward and ~250 backward per Adam
// step, each a few microseconds of arithmetic behind tens of microseconds of engine bookkeeping; the loops
// below do the same arithmetic (≈ 3 · rows · H · 4H multiply-adds) in a few milliseconds. The math is the
// same cell as cell.ts: z = xw + h_{t−1}·R, i, f, o = σ, g = tanh, c = f ⊙ c_{t−1} + i ⊙ g, h = o ⊙ tanh(c).
// `tests/unit/memory/train.test.ts` checks value and gradients against tfjs autodiff of the unrolled ops.

import * as tf from "@tensorflow/tfjs";
import { sigmoid } from "./cell";

type Grad = (...args: unknown[]) => { value: tf.Tensor; gradFunc: (dy: tf.Tensor) => tf.Tensor[] };

/**
 * h of every step of `n` chunks of `L` steps, [n·L × H] (row b·L + l: step l of chunk b), from the input
 * projections `xw` = x·K + b [n·L × 4H] and the recurrent kernel R [H × 4H], starting each chunk from the
 * constant states h0, c0 [n × H]. Differentiable in xw and R (call inside a minimize closure or tf.tidy).
 */
export function chunkCell(
  xw: tf.Tensor2D,
  recurrentKernel: tf.Tensor,
  h0: Float32Array,
  c0: Float32Array,
  n: number,
  L: number,
): tf.Tensor2D {
  const H = recurrentKernel.shape[0]!;
  const H4 = 4 * H;
  const rows = n * L;
  // Saved by the forward for the gradient: gates, c, tanh(c), per row.
  const gates = new Float64Array(rows * H4);
  const cs = new Float64Array(rows * H);
  const tanhC = new Float64Array(rows * H);
  const op = tf.customGrad(((projection: tf.Tensor2D, kernel: tf.Tensor2D) => {
    const P = projection.dataSync() as Float32Array;
    const R = kernel.dataSync() as Float32Array;
    const hOut = new Float32Array(rows * H);
    const hs = new Float64Array(rows * H);
    const z = new Float64Array(H4);
    for (let b = 0; b < n; b++) {
      for (let l = 0; l < L; l++) {
        const r = b * L + l;
        const hPrev = l === 0 ? h0 : hs;
        const hOff = l === 0 ? b * H : (r - 1) * H;
        for (let k = 0; k < H4; k++) z[k] = P[r * H4 + k]!;
        for (let u = 0; u < H; u++) {
          const hu = hPrev[hOff + u]!;
          if (hu === 0) continue;
          const row = u * H4;
          for (let k = 0; k < H4; k++) z[k] = z[k]! + hu * R[row + k]!;
        }
        for (let u = 0; u < H; u++) {
          const i = sigmoid(z[u]!);
          const f = sigmoid(z[H + u]!);
          const g = Math.tanh(z[2 * H + u]!);
          const o = sigmoid(z[3 * H + u]!);
          const cPrev = l === 0 ? c0[b * H + u]! : cs[(r - 1) * H + u]!;
          const c = f * cPrev + i * g;
          const tc = Math.tanh(c);
          gates[r * H4 + u] = i;
          gates[r * H4 + H + u] = f;
          gates[r * H4 + 2 * H + u] = g;
          gates[r * H4 + 3 * H + u] = o;
          cs[r * H + u] = c;
          tanhC[r * H + u] = tc;
          hs[r * H + u] = o * tc;
          hOut[r * H + u] = o * tc;
        }
      }
    }
    return {
      value: tf.tensor2d(hOut, [rows, H]),
      gradFunc: (dy: tf.Tensor) => {
        const dh = dy.dataSync() as Float32Array;
        const dxw = new Float32Array(rows * H4);
        const dR = new Float64Array(H * H4);
        const dz = new Float64Array(H4);
        const dhNext = new Float64Array(H); // gradient reaching h_{t} from step t + 1
        const dcNext = new Float64Array(H);
        for (let b = 0; b < n; b++) {
          dhNext.fill(0);
          dcNext.fill(0);
          for (let l = L - 1; l >= 0; l--) {
            const r = b * L + l;
            for (let u = 0; u < H; u++) {
              const i = gates[r * H4 + u]!;
              const f = gates[r * H4 + H + u]!;
              const g = gates[r * H4 + 2 * H + u]!;
              const o = gates[r * H4 + 3 * H + u]!;
              const tc = tanhC[r * H + u]!;
              const cPrev = l === 0 ? c0[b * H + u]! : cs[(r - 1) * H + u]!;
              const dhu = dh[r * H + u]! + dhNext[u]!;
              const dc = dcNext[u]! + dhu * o * (1 - tc * tc);
              dz[u] = dc * g * i * (1 - i);
              dz[H + u] = dc * cPrev * f * (1 - f);
              dz[2 * H + u] = dc * i * (1 - g * g);
              dz[3 * H + u] = dhu * tc * o * (1 - o);
              dcNext[u] = dc * f;
            }
            for (let k = 0; k < H4; k++) dxw[r * H4 + k] = dz[k]!;
            // dR += h_{t−1}ᵀ dz; dh_{t−1} = dz · Rᵀ (zero past the chunk's start: h0 is a constant).
            const hPrev = l === 0 ? h0 : hs;
            const hOff = l === 0 ? b * H : (r - 1) * H;
            for (let u = 0; u < H; u++) {
              const hu = hPrev[hOff + u]!;
              const row = u * H4;
              let s = 0;
              for (let k = 0; k < H4; k++) {
                if (hu !== 0) dR[row + k] = dR[row + k]! + hu * dz[k]!;
                s += dz[k]! * R[row + k]!;
              }
              dhNext[u] = s;
            }
          }
        }
        return [tf.tensor2d(dxw, [rows, H4]), tf.tensor2d(Float32Array.from(dR), [H, H4])];
      },
    };
  }) as unknown as Grad) as unknown as (xw: tf.Tensor, r: tf.Tensor) => tf.Tensor2D;
  return op(xw, recurrentKernel);
}
