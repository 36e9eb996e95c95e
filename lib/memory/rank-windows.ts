// The layout the ranking head's loss is computed on in tfjs (objective.ts `rankingLoss`), in plain arrays.
//
// Each evaluation point T′ (every POINT_STRIDE entries) is a window: the `width` steps ending at T′, oldest first
// (slot width − 1 is T′ itself). Retention of the entry in slot s at T′ needs the forget gates of slots s + 1 …
// width − 1 and the write of slot s, all inside the window. A batch is a run of consecutive windows: their steps
// form one short segment, whose gates are one matmul; window w is rows POINT_STRIDE·w … POINT_STRIDE·w + width − 1
// of it (rank-loss-op.ts reads them there). Rows before the journal's first step are zeros; no real slot's
// forget-gate sum reaches them.
//
// Pairs are age-matched (|Δage| ≤ MAX_AGE_GAP), so in a window they lie on a band: the negative's slot is the
// positive's ± 1 or 2.

import { MAX_AGE_GAP, POINT_STRIDE, type RankItems } from "./rank-items";
import type { SlotPairs } from "./rank-loss-op";

/** Widest window, in steps: 60 days of daily writing plus room for a few days with two entries. */
const MAX_WINDOW = 80;

export type WindowLayout = {
  /** Slots per window, a multiple of POINT_STRIDE. */
  width: number;
  /** T′ of each window: first, first + POINT_STRIDE, … (every point, with or without pairs). */
  points: Int32Array;
  /** Per window, its pairs as slot indices (positive slot, negative slot). */
  pairs: SlotPairs[];
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
  /** Per window, its pairs as slots (those with 1 ≤ |Δslot| ≤ MAX_AGE_GAP, which is all of them). */
  slotPairs: SlotPairs[];
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
  let pairs = 0;
  const slotPairs = layout.pairs.slice(from, to).map((list) => {
    const keep: number[] = [];
    for (let p = 0; p < list.positive.length; p++) {
      const d = Math.abs(list.negative[p]! - list.positive[p]!);
      if (d >= 1 && d <= MAX_AGE_GAP) keep.push(p);
    }
    pairs += keep.length;
    if (keep.length === list.positive.length) return list;
    return {
      positive: Int32Array.from(keep, (p) => list.positive[p]!),
      negative: Int32Array.from(keep, (p) => list.negative[p]!),
    };
  });
  return { windows: n, rows, x, hPrev, slotPairs, pairs };
}
