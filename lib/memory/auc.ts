// Age-matched AUC: how well a score ranks the items that come back above those that do not, among items of the
// same age (rank-items.ts). Mann–Whitney within each exact age a, pooled:
//
//   AUC = Σ_a Σ_{p ∈ R₊(a), q ∈ R₋(a)} w_p w_q ([s_p > s_q] + ½[s_p = s_q]) / Σ_a W₊(a) W₋(a)
//
// with item weights w (all 1, or a bootstrap resample's). Scores within 1e-9 count as equal, so constant gates
// (every item of one age has the same retention up to rounding) give exactly 0.5, as does "age only".

import type { RankItems } from "./rank-items";

const TIE = 1e-9;

/** Items grouped by age and sorted by score once; then the AUC for any weights is one O(items) sweep. */
type AucIndex = {
  /** Item indices, grouped by age, by score within a group. */
  order: Int32Array;
  /** Group boundaries in `order`. */
  groups: Int32Array;
  /** Per position in `order`: the first position of its tie level. */
  levelStart: Int32Array;
  label: Uint8Array;
};

export function aucIndex(items: RankItems, scores: ArrayLike<number>): AucIndex {
  // −∞ (an entry that wrote nothing) ranks lowest; NaN items are left out.
  const score = Float64Array.from({ length: items.count }, (_, k) => Math.max(-1e300, scores[k]!));
  const idx = Array.from({ length: items.count }, (_, k) => k).filter((k) => !Number.isNaN(score[k]!));
  idx.sort((a, b) => items.age[a]! - items.age[b]! || score[a]! - score[b]! || a - b);
  const order = Int32Array.from(idx);
  const groups: number[] = [0];
  const levelStart = new Int32Array(order.length);
  for (let p = 0; p < order.length; p++) {
    const k = order[p]!;
    const newGroup = p > 0 && items.age[k] !== items.age[order[p - 1]!];
    if (newGroup) groups.push(p);
    if (p === 0 || newGroup) {
      levelStart[p] = p;
      continue;
    }
    const first = order[levelStart[p - 1]!]!;
    const same =
      score[k]! === score[first]! || Math.abs(score[k]! - score[first]!) <= TIE * Math.max(1, Math.abs(score[first]!));
    levelStart[p] = same ? levelStart[p - 1]! : p;
  }
  groups.push(order.length);
  return { order, groups: Int32Array.from(groups), levelStart, label: items.label };
}

/** The pooled AUC with item weights (default 1); NaN when no age has both a returning and a non-returning item. */
export function ageMatchedAuc(index: AucIndex, weight?: (item: number) => number): number {
  let wins = 0;
  let pairs = 0;
  const { order, groups, levelStart, label } = index;
  for (let g = 0; g + 1 < groups.length; g++) {
    let negBelow = 0; // weight of negatives in lower levels
    let pos = 0;
    let neg = 0;
    let p = groups[g]!;
    const end = groups[g + 1]!;
    while (p < end) {
      let levelPos = 0;
      let levelNeg = 0;
      const start = p;
      while (p < end && levelStart[p] === start) {
        const k = order[p]!;
        const w = weight ? weight(k) : 1;
        if (label[k] === 1) levelPos += w;
        else levelNeg += w;
        p++;
      }
      wins += levelPos * (negBelow + 0.5 * levelNeg);
      negBelow += levelNeg;
      pos += levelPos;
      neg += levelNeg;
    }
    pairs += pos * neg;
  }
  return pairs > 0 ? wins / pairs : NaN;
}
