// The layout the ranking head's loss is computed on in tfjs (objective.ts `rankingLoss`), in plain arrays.
//
// Each evaluation point T′ (every POINT_STRIDE entries) is a window: the `width` steps ending at T′, oldest first
// (slot width − 1 is T′ itself). Retention of the entry in slot s at T′ needs the forget gates of slots s + 1 …
// width − 1 and the write of slot s, all inside the window. A batch is a run of consecutive windows: their steps
// form one short segment, whose gates are one matmul and one cumulative sum of ln f; because the windows start
// POINT_STRIDE rows apart and `width` is a multiple of it, the windows are a few reshaped slices of the segment
// (no gather, whose gradient the wasm backend lacks). Rows before the journal's first step are zeros; no real
// slot's forget-gate sum reaches them.
//
// Pairs are age-matched (|Δage| ≤ MAX_AGE_GAP), so in a window they lie on a band: the negative's slot is the
// positive's ± 1 or 2. They are stored per offset d as counts at [window, lower slot].

import { MAX_AGE_GAP, POINT_STRIDE, type RankItems } from "./rank-items";

/** Widest window, in steps: 60 days of daily writing plus room for a few days with two entries. */
export const MAX_WINDOW = 80;

export type WindowLayout = {
  /** Slots per window, a multiple of POINT_STRIDE. */
  width: number;
  /** T′ of each window: first, first + POINT_STRIDE, … (every point, with or without pairs). */
  points: Int32Array;
  /** Per window, its pairs as slot indices (positive slot, negative slot). */
  pairs: { positive: Int32Array; negative: Int32Array }[];
  pairCount: number;
};

/** Windows for the evaluation points of `items` (made by evaluationPoints, so POINT_STRIDE apart). */
export function windowLayout(
  items: RankItems,
  pairs: { positive: Int32Array; negative: Int32Array },
  maxWidth = MAX_WINDOW,
): WindowLayout {
  let oldest = 0;
  let first = Infinity;
  let last = -Infinity;
  for (let n = 0; n < items.count; n++) {
    first = Math.min(first, items.point[n]!);
    last = Math.max(last, items.point[n]!);
  }
  for (let p = 0; p < pairs.positive.length; p++) {
    oldest = Math.max(oldest, items.age[pairs.positive[p]!]!, items.age[pairs.negative[p]!]!);
  }
  const width = Math.min(maxWidth, POINT_STRIDE * Math.ceil((oldest + 1) / POINT_STRIDE));
  const points: number[] = [];
  if (items.count > 0) for (let T = first; T <= last; T += POINT_STRIDE) points.push(T);
  const index = new Map(points.map((T, w) => [T, w]));
  const lists = points.map(() => ({ positive: [] as number[], negative: [] as number[] }));
  let pairCount = 0;
  for (let p = 0; p < pairs.positive.length; p++) {
    const a = pairs.positive[p]!;
    const b = pairs.negative[p]!;
    const sa = width - 1 - items.age[a]!;
    const sb = width - 1 - items.age[b]!;
    const w = index.get(items.point[a]!);
    if (sa < 0 || sb < 0 || w === undefined) continue;
    lists[w]!.positive.push(sa);
    lists[w]!.negative.push(sb);
    pairCount++;
  }
  return {
    width,
    points: Int32Array.from(points),
    pairs: lists.map((l) => ({ positive: Int32Array.from(l.positive), negative: Int32Array.from(l.negative) })),
    pairCount,
  };
}

export type WindowBatch = {
  windows: number;
  /** Segment rows: steps T′₀ − width + 1 … T′_last, POINT_STRIDE · (windows − 1) + width of them. */
  rows: number;
  /** [rows × F] inputs x_t (zeros before step 0). */
  x: Float32Array;
  /** [rows × H] h_{t−1} from the plain-TS pass (a constant: see objective.ts). */
  hPrev: Float32Array;
  /**
   * Pair counts by offset d = 1 … MAX_AGE_GAP: `later[d − 1]` [windows × (width − d)] counts pairs whose positive
   * is at slot s and negative at s + d; `earlier[d − 1]` those whose negative is at s and positive at s + d.
   */
  later: Float32Array[];
  earlier: Float32Array[];
  pairs: number;
};

/** The arrays of the consecutive windows from..to − 1. `h` is the pass's hidden state, flat [steps × H]. */
export function windowBatch(
  layout: WindowLayout,
  from: number,
  to: number,
  xs: readonly Float32Array[],
  h: ArrayLike<number>,
  H: number,
): WindowBatch {
  const W = layout.width;
  const F = xs[0]!.length;
  const n = to - from;
  const start = layout.points[from]! - W + 1;
  const rows = POINT_STRIDE * (n - 1) + W;
  const x = new Float32Array(rows * F);
  const hPrev = new Float32Array(rows * H);
  for (let r = 0; r < rows; r++) {
    const step = start + r;
    if (step < 0 || step >= xs.length) continue;
    x.set(xs[step]!, r * F);
    if (step > 0) for (let u = 0; u < H; u++) hPrev[r * H + u] = h[(step - 1) * H + u]!;
  }
  const later = Array.from({ length: MAX_AGE_GAP }, (_, k) => new Float32Array(n * (W - k - 1)));
  const earlier = Array.from({ length: MAX_AGE_GAP }, (_, k) => new Float32Array(n * (W - k - 1)));
  let pairs = 0;
  for (let b = 0; b < n; b++) {
    const list = layout.pairs[from + b]!;
    for (let p = 0; p < list.positive.length; p++) {
      const sa = list.positive[p]!;
      const sb = list.negative[p]!;
      const d = Math.abs(sb - sa);
      if (d < 1 || d > MAX_AGE_GAP) continue;
      const target = sb > sa ? later[d - 1]! : earlier[d - 1]!;
      const k = b * (W - d) + Math.min(sa, sb);
      target[k] = target[k]! + 1;
      pairs++;
    }
  }
  return { windows: n, rows, x, hPrev, later, earlier, pairs };
}
