// Everything a fit reads, prepared once per user from the entries (plain arrays; see trainer.ts).

import { bestEmaAlpha, emaSeries } from "./baselines";
import { buildFeatures, dayNumber, embeddingDim, isReadable, scaleMood, type MemoryEntry } from "./features";
import { returnCandidates, type ReturnCandidates } from "./returns";

export type TrainingData = {
  T: number;
  /** Embedding size. */
  D: number;
  /** Input size D + EXTRA_FEATURE_COUNT. */
  F: number;
  xs: Float32Array[];
  /** xs flat [T × F]. */
  allX: Float32Array;
  embeddings: readonly (readonly number[])[];
  /** Unit-length embeddings (zero when unreadable), flat [T × D]: the next-entry targets. */
  targets: Float32Array;
  readable: boolean[];
  /** Mood scaled to −1..1, or null. */
  moods: (number | null)[];
  days: number[];
  /** The EMA's α (chosen on the training part) and its series over all entries, flat [T × D]. */
  alpha: number;
  ema: Float64Array;
  candidates: ReturnCandidates;
};

/** `alphaEnd`: α is chosen on the targets before it (the training part). */
export function trainingData(entries: readonly MemoryEntry[], alphaEnd: number): TrainingData {
  const T = entries.length;
  const D = embeddingDim(entries);
  const xs = buildFeatures(entries);
  const F = xs[0]!.length;
  const allX = new Float32Array(T * F);
  xs.forEach((x, t) => allX.set(x, t * F));
  const embeddings = entries.map((e) => e.embedding);
  const readable = entries.map((e) => isReadable(e.embedding));
  const targets = new Float32Array(T * D);
  for (let t = 0; t < T; t++) {
    if (!readable[t]) continue;
    const y = embeddings[t]!;
    let n = 0;
    for (let d = 0; d < D; d++) n += y[d]! * y[d]!;
    const scale = 1 / Math.sqrt(n);
    for (let d = 0; d < D; d++) targets[t * D + d] = y[d]! * scale;
  }
  const { alpha } = bestEmaAlpha(embeddings, readable, alphaEnd);
  return {
    T,
    D,
    F,
    xs,
    allX,
    embeddings,
    targets,
    readable,
    moods: entries.map((e) => scaleMood(e.mood)),
    days: entries.map((e) => dayNumber(e.date)),
    alpha,
    ema: emaSeries(embeddings, alpha, readable),
    candidates: returnCandidates(entries),
  };
}
