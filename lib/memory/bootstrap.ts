// Moving-block bootstrap verdicts (evaluate.ts). Journal entries are not independent (a worry fills a week), so
// resampling single targets would make a run of similar days look like many independent wins. Instead blocks of
// BLOCK_LENGTH consecutive positions are drawn with replacement (start uniform on 0..n − block), ⌈n / block⌉ of
// them, and the statistic is recomputed with each position weighted by how often it was drawn. One-sided 95%:
// "better" when the 5th percentile of the resampled statistic is above the null value, "worse" when the 95th is
// below it, else "tie". Seeded, so the same numbers give the same verdict.

import { sortedQuantile } from "./quantile";
import { seededRandom } from "./initial-weights";

const BLOCK_LENGTH = 7;
const RESAMPLES = 1000;
const BOOTSTRAP_SEED = 20_261_201;

type Verdict = "better" | "tie" | "worse";
/** A bootstrap verdict on a statistic against its null value: the estimate and the 5th and 95th percentiles. */
type BootstrapVerdict = { estimate: number; lower: number; upper: number; verdict: Verdict };

export type BootstrapOptions = { resamples?: number; block?: number; seed?: number };

/** Multiplicity of each of n positions in one moving-block resample. */
function blockResampleWeights(n: number, block: number, random: () => number, into: Float64Array): void {
  into.fill(0);
  const b = Math.max(1, Math.min(block, n));
  const draws = Math.ceil(n / b);
  for (let k = 0; k < draws; k++) {
    const start = Math.floor(random() * (n - b + 1));
    for (let p = start; p < start + b; p++) into[p] = into[p]! + 1;
  }
}

/**
 * Bootstrap a statistic of n positions: `statistic(weights)` is called with the all-ones weights for the
 * estimate and with each resample's weights (it must return NaN when undefined, e.g. no pairs).
 */
export function blockBootstrap(
  n: number,
  statistic: (weights: Float64Array) => number,
  nullValue: number,
  options: BootstrapOptions = {},
): BootstrapVerdict {
  const resamples = options.resamples ?? RESAMPLES;
  const random = seededRandom(options.seed ?? BOOTSTRAP_SEED);
  const weights = new Float64Array(n).fill(1);
  const estimate = n > 0 ? statistic(weights) : NaN;
  if (!Number.isFinite(estimate)) return { estimate: NaN, lower: NaN, upper: NaN, verdict: "tie" };
  const values: number[] = [];
  for (let r = 0; r < resamples; r++) {
    blockResampleWeights(n, options.block ?? BLOCK_LENGTH, random, weights);
    const v = statistic(weights);
    if (Number.isFinite(v)) values.push(v);
  }
  if (values.length === 0) return { estimate, lower: NaN, upper: NaN, verdict: "tie" };
  values.sort((a, b) => a - b);
  const lower = sortedQuantile(values, 0.05);
  const upper = sortedQuantile(values, 0.95);
  const verdict: Verdict = lower > nullValue ? "better" : upper < nullValue ? "worse" : "tie";
  return { estimate, lower, upper, verdict };
}

/**
 * Paired per-target losses, model against a baseline, in target order: the statistic is the mean of
 * baseline − model (positive: the model's loss is lower). Identical series give exactly 0 everywhere: "tie".
 */
export function compareLosses(
  model: ArrayLike<number>,
  baseline: ArrayLike<number>,
  options: BootstrapOptions = {},
): BootstrapVerdict {
  if (model.length !== baseline.length) throw new RangeError("paired losses must have the same length");
  const diff = Float64Array.from({ length: model.length }, (_, k) => baseline[k]! - model[k]!);
  return blockBootstrap(
    diff.length,
    (w) => {
      let s = 0;
      let n = 0;
      for (let k = 0; k < diff.length; k++) {
        s += w[k]! * diff[k]!;
        n += w[k]!;
      }
      return n > 0 ? s / n : NaN;
    },
    0,
    options,
  );
}
