// The two baselines every model is reported against, with the same loss as training.
//
// Loss: cosine distance 1 − cos(prediction, actual next embedding), averaged over targets. A prediction or target
// of length zero counts as distance 1 (no information).
//
// Split: the newest entries are held out. Prediction made after entry t targets entry t + 1, so "training
// targets" are entries 1..nTrain−1 and "held-out targets" are entries nTrain..T−1. Every predictor may read all
// entries before its target (the held-out entries before it included), exactly like the LSTM does.
//
// EMA: m_t = (1 − α)·m_{t−1} + α·e_t from m_{−1} = 0; this is an LSTM cell with constant gates f = 1 − α,
// i = α and an identity candidate. α is picked on the training targets and reported on the held-out ones.

export const EMA_ALPHAS = [0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.65, 0.8] as const;

export type Baselines = {
  /** Held-out loss of predicting the next entry as the current one. */
  repeatLast: number;
  /** Best-decay moving average: α chosen on training targets, loss on held-out targets. */
  ema: { alpha: number; loss: number; trainLoss: number };
};

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

/** EMA of the embeddings, flat [T × D]: row t is m_t, the average after reading entry t. */
export function emaSeries(embeddings: readonly ArrayLike<number>[], alpha: number): Float64Array {
  const T = embeddings.length;
  const D = T > 0 ? embeddings[0]!.length : 0;
  const m = new Float64Array(T * D);
  for (let t = 0; t < T; t++) {
    const e = embeddings[t]!;
    const off = t * D;
    for (let d = 0; d < D; d++) m[off + d] = (t > 0 ? (1 - alpha) * m[off - D + d]! : 0) + alpha * e[d]!;
  }
  return m;
}

/** Mean cosine distance of predictions (flat [T × D], row t predicts entry t + 1) over targets [from, to). */
export function meanPredictionLoss(
  predictions: ArrayLike<number>,
  embeddings: readonly ArrayLike<number>[],
  from: number,
  to: number,
): number {
  if (to <= from) return NaN;
  const D = embeddings[0]!.length;
  let s = 0;
  for (let t = from; t < to; t++) s += cosineDistance(predictions, embeddings[t]!, D, (t - 1) * D, 0);
  return s / (to - from);
}

export function repeatLastLoss(embeddings: readonly ArrayLike<number>[], from: number, to: number): number {
  if (to <= from) return NaN;
  const D = embeddings[0]!.length;
  let s = 0;
  for (let t = from; t < to; t++) s += cosineDistance(embeddings[t - 1]!, embeddings[t]!, D);
  return s / (to - from);
}

/** Both baselines for a split where entries nTrain..T−1 are held out (1 ≤ nTrain < T). */
export function computeBaselines(embeddings: readonly ArrayLike<number>[], nTrain: number): Baselines {
  const T = embeddings.length;
  if (!(nTrain >= 2 && nTrain < T)) throw new RangeError(`need 2 ≤ nTrain < ${T}, got ${nTrain}`);
  let best: { alpha: number; trainLoss: number; series: Float64Array } = {
    alpha: EMA_ALPHAS[0],
    trainLoss: Infinity,
    series: new Float64Array(0),
  };
  for (const alpha of EMA_ALPHAS) {
    const series = emaSeries(embeddings, alpha);
    const trainLoss = meanPredictionLoss(series, embeddings, 1, nTrain);
    if (trainLoss < best.trainLoss) best = { alpha, trainLoss, series };
  }
  return {
    repeatLast: repeatLastLoss(embeddings, nTrain, T),
    ema: { alpha: best.alpha, loss: meanPredictionLoss(best.series, embeddings, nTrain, T), trainLoss: best.trainLoss },
  };
}
