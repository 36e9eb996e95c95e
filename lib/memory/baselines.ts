// The simple predictors every model is reported against, with the same loss as training.
//
// Loss: cosine distance 1 − cos(prediction, actual next embedding) per target. A prediction of length zero
// counts as distance 1 (no information). Targets are the readable entries t ≥ 1 of a range (an entry nothing
// could read is never a target). Every predictor may read all entries before its target.
//
// Repeat last: the prediction for t is the last readable entry before t.
// EMA: m_t = (1 − α)·m_{t−1} + α·e_t from m_{−1} = 0, over readable entries (an unreadable one leaves m as it
// is); this is an LSTM cell with constant gates f = 1 − α, i = α and an identity candidate. α is picked on the
// training targets from EMA_ALPHAS (down to 0.005: a half-life of ~140 entries) and reported on the test part.

export const EMA_ALPHAS = [
  0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.65, 0.8,
] as const;

/** 1 − cos(a, b), in Float64. `aOff`/`bOff` index into flat arrays. */
export function cosineDistance(a: ArrayLike<number>, b: ArrayLike<number>, D: number, aOff = 0, bOff = 0): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let d = 0; d < D; d++) {
    const x = a[aOff + d]!;
    const y = b[bOff + d]!;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  if (aa === 0 || bb === 0) return 1;
  return 1 - ab / Math.sqrt(aa * bb);
}

/** The targets of [from, to): readable entries t ≥ 1. */
export function targetsIn(readable: readonly boolean[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let t = Math.max(1, from); t < to; t++) if (readable[t]) out.push(t);
  return out;
}

/** EMA of the readable embeddings, flat [T × D]: row t is m_t, the average after reading entry t. */
export function emaSeries(
  embeddings: readonly ArrayLike<number>[],
  alpha: number,
  readable: readonly boolean[] = embeddings.map(() => true),
): Float64Array {
  const T = embeddings.length;
  const D = T > 0 ? embeddings[0]!.length : 0;
  const m = new Float64Array(T * D);
  for (let t = 0; t < T; t++) {
    const e = embeddings[t]!;
    const off = t * D;
    const keep = readable[t] ? 1 - alpha : 1;
    const add = readable[t] ? alpha : 0;
    for (let d = 0; d < D; d++) m[off + d] = (t > 0 ? keep * m[off - D + d]! : 0) + add * e[d]!;
  }
  return m;
}

/** Per-target cosine distance of predictions (flat [T × D], row t − 1 predicts entry t). */
export function predictionLosses(
  predictions: ArrayLike<number>,
  embeddings: readonly ArrayLike<number>[],
  targets: readonly number[],
): Float64Array {
  const D = embeddings[0]?.length ?? 0;
  return Float64Array.from(targets, (t) => cosineDistance(predictions, embeddings[t]!, D, (t - 1) * D, 0));
}

export function repeatLastLosses(
  embeddings: readonly ArrayLike<number>[],
  readable: readonly boolean[],
  targets: readonly number[],
): Float64Array {
  const D = embeddings[0]?.length ?? 0;
  const last = new Int32Array(embeddings.length).fill(-1); // last readable entry before t
  for (let t = 1; t < embeddings.length; t++) last[t] = readable[t - 1] ? t - 1 : last[t - 1]!;
  return Float64Array.from(targets, (t) =>
    last[t]! >= 0 ? cosineDistance(embeddings[last[t]!]!, embeddings[t]!, D) : 1,
  );
}

export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return NaN;
  let s = 0;
  for (let k = 0; k < values.length; k++) s += values[k]!;
  return s / values.length;
}

/** The α of EMA_ALPHAS with the lowest mean loss on the targets before `end` (ties: the first). */
export function bestEmaAlpha(
  embeddings: readonly ArrayLike<number>[],
  readable: readonly boolean[],
  end: number,
): { alpha: number; loss: number } {
  const targets = targetsIn(readable, 1, end);
  let best = { alpha: EMA_ALPHAS[0] as number, loss: Infinity };
  for (const alpha of EMA_ALPHAS) {
    const loss = mean(predictionLosses(emaSeries(embeddings, alpha, readable), embeddings, targets));
    if (loss < best.loss) best = { alpha, loss };
  }
  return best;
}
