// The tfjs variables of one fit (the cell's weights and the heads), made from the start weights; their Adam
// update with the L2 weight decay; and reading them back as the plain arrays the rest of the memory uses.
//
// Adam runs in plain TypeScript on a Float32 copy of each variable (then one assign per variable): in tfjs it was
// ~12 kernels per variable per step plus the decay term's ~20, a fifth of a step's kernels for 27k numbers. It is
// tf.train.adam's update exactly (β₁ 0.9, β₂ 0.999, ε 1e-7, bias correction by the step count; a variable the
// loss did not reach in a step is not updated). The decay's gradient 2·λ·w is added here, not taken from a graph.
//
// Variant "memory": the EMA-equivalent start (initial-weights.ts), a zero correction on the EMA skip and a mood
// head at the mean mood; all of it is trained. Variant "plain": the standard LSTM start with a Glorot output
// head, and no mood head (its mood variables exist but are not trained).

import * as tf from "@tensorflow/tfjs";
import type { LstmWeights } from "./cell";
import { emaEquivalentWeights, glorotUniform, seededRandom, standardWeights } from "./initial-weights";
import type { PredictionHead } from "./prediction-head";

export type FitVariables = {
  kernel: tf.Variable;
  recurrentKernel: tf.Variable;
  bias: tf.Variable;
  outKernel: tf.Variable;
  outBias: tf.Variable;
  moodKernel: tf.Variable;
  moodBias: tf.Variable;
};

type FitShape = { memory: boolean; F: number; H: number; D: number; alpha: number };

type FitState = {
  v: FitVariables;
  /** What Adam updates. */
  trainable: tf.Variable[];
  /**
   * One Adam step from the loss graph's gradients by variable name (variables it did not reach are absent) plus
   * the weight decay's, λ·Σ‖W‖² over the kernels and head weights (not biases).
   */
  update: (grads: Record<string, tf.Tensor>) => void;
  /** The current weights as plain arrays (a copy). */
  read: () => { weights: LstmWeights; head: PredictionHead };
  dispose: () => void;
};

type AdamSettings = { learningRate: number; weightDecay: number };

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-7; // tf.train.adam's default on a float32 backend

/** One Adam step of w (in place) with gradient g + decay·w; `c1`, `c2` = 1 − β₁ᵗ, 1 − β₂ᵗ. */
function adamStep(
  w: Float32Array,
  g: Float32Array,
  m: Float64Array,
  s: Float64Array,
  lr: number,
  decay: number,
  c1: number,
  c2: number,
): void {
  for (let k = 0; k < w.length; k++) {
    const gk = g[k]! + decay * w[k]!;
    const mk = BETA1 * m[k]! + (1 - BETA1) * gk;
    const sk = BETA2 * s[k]! + (1 - BETA2) * gk * gk;
    m[k] = mk;
    s[k] = sk;
    w[k] = w[k]! - (lr * (mk / c1)) / (Math.sqrt(sk / c2) + EPSILON);
  }
}

/**
 * `seed` is the fit's seed: the cell's start from it, the plain output head from seed + 17. `start`, when given,
 * replaces the start weights (continuing from another fit).
 */
export function fitVariables(
  shape: FitShape,
  meanMood: number,
  seed: number,
  adam: AdamSettings,
  start?: { weights: LstmWeights; head: PredictionHead },
): FitState {
  const { memory, F, H, D, alpha } = shape;
  const H4 = 4 * H;
  const init = start?.weights ?? (memory ? emaEquivalentWeights(F, H, alpha, seed) : standardWeights(F, H, seed));
  const outInit =
    start?.head.outKernel ?? (memory ? new Float32Array(H * D) : glorotUniform(H, D, seededRandom(seed + 17)));
  const variable = (make: () => tf.Tensor) => tf.tidy(() => tf.variable(make()));
  const v: FitVariables = {
    kernel: variable(() => tf.tensor2d(init.kernel, [F, H4])),
    recurrentKernel: variable(() => tf.tensor2d(init.recurrentKernel, [H, H4])),
    bias: variable(() => tf.tensor1d(init.bias)),
    outKernel: variable(() => tf.tensor2d(outInit, [H, D])),
    outBias: variable(() => (start ? tf.tensor1d(start.head.outBias) : tf.zeros([D]))),
    moodKernel: variable(() => (start ? tf.tensor2d(start.head.moodKernel, [H, 1]) : tf.zeros([H, 1]))),
    moodBias: variable(() => tf.scalar(start ? start.head.moodBias : meanMood)),
  };
  const trainable = memory ? Object.values(v) : [v.kernel, v.recurrentKernel, v.bias, v.outKernel, v.outBias];
  const decayed = memory
    ? [v.kernel, v.recurrentKernel, v.outKernel, v.moodKernel]
    : [v.kernel, v.recurrentKernel, v.outKernel];

  // Plain copies of every variable (the values Adam updates and `read` returns) and Adam's moments.
  const values = new Map<tf.Variable, Float32Array>(
    Object.values(v).map((t) => [t, Float32Array.from(t.dataSync() as Float32Array)]),
  );
  const moments = new Map(trainable.map((t) => [t, { m: new Float64Array(t.size), s: new Float64Array(t.size) }]));
  const isDecayed = new Set(decayed);
  let accBeta1 = BETA1;
  let accBeta2 = BETA2;

  const update = (grads: Record<string, tf.Tensor>) => {
    const lr = adam.learningRate;
    for (const t of trainable) {
      const graph = grads[t.name];
      const decay = isDecayed.has(t) && adam.weightDecay > 0;
      if (!graph && !decay) continue;
      const w = values.get(t)!;
      const { m, s } = moments.get(t)!;
      const g = graph ? (graph.dataSync() as Float32Array) : new Float32Array(w.length);
      adamStep(w, g, m, s, lr, decay ? 2 * adam.weightDecay : 0, 1 - accBeta1, 1 - accBeta2);
      tf.tidy(() => t.assign(tf.tensor(w, t.shape)));
    }
    accBeta1 *= BETA1;
    accBeta2 *= BETA2;
  };

  const read = (): { weights: LstmWeights; head: PredictionHead } => {
    // −0 becomes 0, so the stored JSON (which cannot hold −0) round-trips exactly.
    const copy = (t: tf.Variable) => {
      const a = Float32Array.from(values.get(t)!);
      for (let k = 0; k < a.length; k++) if (a[k] === 0) a[k] = 0;
      return a;
    };
    return {
      weights: {
        inputDim: F,
        units: H,
        kernel: copy(v.kernel),
        recurrentKernel: copy(v.recurrentKernel),
        bias: copy(v.bias),
      },
      head: {
        alpha,
        embeddingDim: D,
        outKernel: copy(v.outKernel),
        outBias: copy(v.outBias),
        moodKernel: copy(v.moodKernel),
        moodBias: copy(v.moodBias)[0]!,
      },
    };
  };
  const dispose = () => {
    for (const t of Object.values(v)) t.dispose();
  };
  return { v, trainable, update, read, dispose };
}
