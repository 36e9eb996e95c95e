// "Does this entry's content come back?": the label the ranking head is trained on and the AUC is measured
// against.
//
// Entry j returns when a later entry k, 14 < day_k − day_j ≤ 120, brings its content back:
//   - themes, when every entry carries `themes` (the lead's theme grouping): k shares a theme with j; unless
//     that holds for most entries (THEME_LABELS_MAX_SHARE), when it tells nothing apart;
//   - else embeddings: cos(e_j, e_k) ≥ θ, θ = the 75th percentile, over the entries of the labelling data, of
//     each entry's best cosine to its candidates (so about a quarter of a user's entries return; see README,
//     "Training", for why not the percentile over all pairs).
// Unreadable entries (all-zero embedding) neither return nor bring anything back.
//
// Labels must never see data the model is judged on, so everything takes a `limit`: only entries k < limit
// count as returns. For an evaluation point T′ the label of entry j is lastReturn[j] > T′ (a return after T′).

import { sortedQuantile } from "./quantile";
import { cosine } from "../vectors";
import { dayNumber, isReadable, type MemoryEntry } from "./features";

const RETURN_MIN_DAYS = 14;
export const RETURN_MAX_DAYS = 120;
/** Share of entries that return under the embedding rule (θ is the (1 − share) quantile of best matches). */
const RETURN_SHARE = 0.25;

type ReturnMode = "themes" | "embeddings";

/** For every entry j, its candidates k (14 < Δdays ≤ 120, both readable) in order, with a match score. */
export type ReturnCandidates = {
  mode: ReturnMode;
  /** Candidates of j are at [offsets[j], offsets[j + 1]). */
  offsets: Int32Array;
  later: Int32Array;
  /** Cosine (embeddings) or 1 / 0 for a shared theme (themes). */
  score: Float32Array;
};

/**
 * Theme labels are used only while they tell entries apart: at most this share of the readable entries may
 * return. A long entry has a sentence in many themes, and in a diary of long entries nearly every entry shares
 * one with some entry 14–120 days later (5,933 of 6,043 evaluation items of a ten-year diary): a label true
 * for almost everything teaches the ranking head nothing, and the fit kept its constant-gate start.
 */
const THEME_LABELS_MAX_SHARE = 0.5;

export function returnCandidates(entries: readonly MemoryEntry[]): ReturnCandidates {
  const themed = entries.length > 0 && entries.every((e) => Array.isArray(e.themes));
  if (themed) {
    const byTheme = candidatesIn(entries, "themes");
    if (returningShare(byTheme) <= THEME_LABELS_MAX_SHARE) return byTheme;
  }
  return candidatesIn(entries, "embeddings");
}

/** Share of the entries with a candidate that are matched by one (a shared theme). */
function returningShare(c: ReturnCandidates): number {
  let withCandidates = 0;
  let returning = 0;
  for (let j = 0; j + 1 < c.offsets.length; j++) {
    if (c.offsets[j + 1]! === c.offsets[j]!) continue;
    withCandidates++;
    if (c.score.subarray(c.offsets[j]!, c.offsets[j + 1]!).some((v) => v >= 0.5)) returning++;
  }
  return withCandidates === 0 ? 0 : returning / withCandidates;
}

function candidatesIn(entries: readonly MemoryEntry[], mode: ReturnMode): ReturnCandidates {
  const T = entries.length;
  const days = entries.map((e) => dayNumber(e.date));
  const readable = entries.map((e) => isReadable(e.embedding));
  const offsets = new Int32Array(T + 1);
  const later: number[] = [];
  const score: number[] = [];
  for (let j = 0; j < T; j++) {
    offsets[j] = later.length;
    if (!readable[j]) continue;
    const themes = mode === "themes" ? new Set(entries[j]!.themes) : null;
    for (let k = j + 1; k < T; k++) {
      const gap = days[k]! - days[j]!;
      if (gap > RETURN_MAX_DAYS) break;
      if (gap <= RETURN_MIN_DAYS || !readable[k]) continue;
      later.push(k);
      score.push(
        themes
          ? entries[k]!.themes!.some((id) => themes.has(id))
            ? 1
            : 0
          : cosine(entries[j]!.embedding, entries[k]!.embedding),
      );
    }
  }
  offsets[T] = later.length;
  return { mode, offsets, later: Int32Array.from(later), score: Float32Array.from(score) };
}

/**
 * θ from the entries before `limit`: the (1 − RETURN_SHARE) quantile of each entry's best candidate (only
 * candidates before `limit`). Null in theme mode (a shared theme is a match), or when no entry has a candidate.
 */
export function returnThreshold(c: ReturnCandidates, limit: number): number | null {
  if (c.mode === "themes") return null;
  const best: number[] = [];
  for (let j = 0; j < Math.min(limit, c.offsets.length - 1); j++) {
    let b = -Infinity;
    for (let n = c.offsets[j]!; n < c.offsets[j + 1]!; n++) if (c.later[n]! < limit) b = Math.max(b, c.score[n]!);
    if (b > -Infinity) best.push(b);
  }
  if (best.length === 0) return null;
  best.sort((a, b) => a - b);
  return sortedQuantile(best, 1 - RETURN_SHARE);
}

/**
 * For every entry j, the newest k < limit that brings j's content back (score ≥ threshold; a shared theme in
 * theme mode), or −1. R_{j,T′} = lastReturn[j] > T′.
 */
export function lastReturns(c: ReturnCandidates, limit: number, threshold: number | null): Int32Array {
  const T = c.offsets.length - 1;
  const out = new Int32Array(T).fill(-1);
  const theta = c.mode === "themes" ? 0.5 : threshold;
  if (theta === null) return out;
  for (let j = 0; j < T; j++) {
    for (let n = c.offsets[j]!; n < c.offsets[j + 1]!; n++) {
      const k = c.later[n]!;
      if (k < limit && c.score[n]! >= theta) out[j] = k;
    }
  }
  return out;
}
