// The memory's exact ln retention of each (evaluation point, entry) item, from the Float64 plain-TS pass, with
// contributions.ts `logRetentions` (the same numbers the panel shows). Used for the validation ranking loss
// (choosing the epoch) and for the AUC (evaluate.ts).

import type { SequenceRun } from "./cell";
import { logRetentions } from "./contributions";
import { RANK_SHARPNESS, softplus } from "./objective";
import type { RankItems } from "./rank-items";

/**
 * Steps [from, to] of a run as a run of their own (views, no copy). Retention of entry j ≥ from at step `to`
 * depends only on j's write and the forget gates after it, so it is the same in the window. Releases are not
 * carried over: training and evaluation runs have none.
 */
function windowOf(run: SequenceRun, from: number, to: number): SequenceRun {
  const H = run.units;
  const view = (a: Float64Array) => a.subarray(from * H, (to + 1) * H);
  return {
    steps: to - from + 1,
    units: H,
    i: view(run.i),
    f: view(run.f),
    g: view(run.g),
    o: view(run.o),
    c: view(run.c),
    h: view(run.h),
    c0: from > 0 ? run.c.subarray((from - 1) * H, from * H) : run.c0,
    h0: from > 0 ? run.h.subarray((from - 1) * H, from * H) : run.h0,
    released: [],
  };
}

/** ln r_{j,T′} for every item (items of one point are contiguous, as rankItems makes them). */
export function itemLogRetentions(run: SequenceRun, items: RankItems): Float64Array {
  const out = new Float64Array(items.count);
  let start = 0;
  while (start < items.count) {
    const T = items.point[start]!;
    let end = start;
    let oldest = T;
    while (end < items.count && items.point[end] === T) oldest = Math.min(oldest, items.entry[end++]!);
    const lr = logRetentions(windowOf(run, oldest, T));
    for (let n = start; n < end; n++) out[n] = lr[items.entry[n]! - oldest]!;
    start = end;
  }
  return out;
}

/** The ranking loss of objective.ts in exact arithmetic, over the given pairs; null when there are none. */
export function exactRankingLoss(
  logR: Float64Array,
  pairs: { positive: Int32Array; negative: Int32Array },
): number | null {
  const n = pairs.positive.length;
  if (n === 0) return null;
  let s = 0;
  for (let p = 0; p < n; p++) {
    // An entry that wrote exactly nothing has ln r = −∞; clamping keeps the loss finite (it is then ~0 or ~250).
    const d = Math.max(-50, Math.min(50, logR[pairs.positive[p]!]! - logR[pairs.negative[p]!]!));
    s += softplus(-RANK_SHARPNESS * (Number.isNaN(d) ? 0 : d));
  }
  return s / n;
}
