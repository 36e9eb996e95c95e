// The (evaluation point, past entry) items the ranking head learns from and the AUC is measured on, and the
// age-matched pairs among them.
//
// At an evaluation point T′ (an entry index; the memory as it stands after T′), the items are the readable
// entries j < T′ written in the 60 days before T′; item (T′, j) has age a = T′ − j (in entries) and label
// R = 1 when j's content comes back after T′ (returns.ts: lastReturn[j] > T′). Its score is the memory's
// ln retention of j at T′. Comparing items of the same age removes what constant gates already know (an older
// entry is held less), so any signal left is about content.

import { THEME_WINDOW_DAYS } from "./features";

/** Entries of this many days before T′ are items at T′ (the spike's window). */
const ITEM_WINDOW_DAYS = THEME_WINDOW_DAYS;
/** Evaluation points every this many entries. */
export const POINT_STRIDE = 5;
/** Pairs are age-matched: |a₊ − a₋| ≤ this many entries. */
export const MAX_AGE_GAP = 2;

export type RankItems = {
  point: Int32Array;
  entry: Int32Array;
  age: Int32Array;
  label: Uint8Array;
  count: number;
};

/** T′ = from, from + stride, … ≤ to (inclusive), clamped to valid steps. */
export function evaluationPoints(from: number, to: number, stride = POINT_STRIDE): number[] {
  const out: number[] = [];
  for (let t = Math.max(1, from); t <= to; t += stride) out.push(t);
  return out;
}

export function rankItems(
  days: readonly number[],
  readable: readonly boolean[],
  points: readonly number[],
  lastReturn: Int32Array,
  windowDays = ITEM_WINDOW_DAYS,
): RankItems {
  const point: number[] = [];
  const entry: number[] = [];
  const age: number[] = [];
  const label: number[] = [];
  for (const T of points) {
    for (let j = T - 1; j >= 0 && days[T]! - days[j]! <= windowDays; j--) {
      if (!readable[j]) continue;
      point.push(T);
      entry.push(j);
      age.push(T - j);
      label.push(lastReturn[j]! > T ? 1 : 0);
    }
  }
  return {
    point: Int32Array.from(point),
    entry: Int32Array.from(entry),
    age: Int32Array.from(age),
    label: Uint8Array.from(label),
    count: point.length,
  };
}

/**
 * Age-matched pairs at the same evaluation point: (positive item, negative item) with |Δage| ≤ maxAgeGap.
 * Items of one point are contiguous and ordered by age (rankItems), so this is one sweep per point.
 */
export function agePairs(items: RankItems, maxAgeGap = MAX_AGE_GAP): { positive: Int32Array; negative: Int32Array } {
  const positive: number[] = [];
  const negative: number[] = [];
  let start = 0;
  while (start < items.count) {
    let end = start;
    while (end < items.count && items.point[end] === items.point[start]) end++;
    for (let a = start; a < end; a++) {
      if (items.label[a] !== 1) continue;
      for (let b = start; b < end; b++) {
        if (items.label[b] === 0 && Math.abs(items.age[a]! - items.age[b]!) <= maxAgeGap) {
          positive.push(a);
          negative.push(b);
        }
      }
    }
    start = end;
  }
  return { positive: Int32Array.from(positive), negative: Int32Array.from(negative) };
}
