// What each entry and each theme contributes to today's memory (design §3, "Contributions"), exactly:
//
//   c_T = (∏_{k≤T} f_k) ⊙ c_0 + Σ_{j≤T} κ_{j,T},   κ_{j,T} = m_j(T) · (∏_{j<k≤T} f_k) ⊙ i_j ⊙ g_j
//
// where m_j(T) is the share of entry j's write not let go by step T (1 unless the user let go of it or of one of
// its themes). Per theme: theme-contributions.ts.
//
// Products of hundreds of forget gates underflow a double (0.5^1100 = 0), so retention is computed in log space
// from prefix sums of log f, never as a product; the vectors κ themselves may underflow to 0 harmlessly (their
// true size is then below 1e-300 and adds nothing to c_T).
import { norm } from "../vectors";
import { rawKappa, type SequenceRun } from "./cell";

export function lastStep(run: SequenceRun, T?: number): number {
  const t = T ?? run.steps - 1;
  if (!Number.isInteger(t) || t < 0 || t >= run.steps) throw new RangeError(`step ${t} is outside 0..${run.steps - 1}`);
  return t;
}

/** m_j(T) for every entry j ≤ T: the share of its write still in the memory, after the user's releases. */
export function remainingShares(run: SequenceRun, T?: number): Float64Array {
  const last = lastStep(run, T);
  const m = new Float64Array(last + 1).fill(1);
  for (const r of run.released) if (r.atStep <= last && r.index <= last) m[r.index] = m[r.index]! - r.share;
  for (let j = 0; j <= last; j++) m[j] = Math.max(0, m[j]!);
  return m;
}

/**
 * Exact contributions to c_T (default: the last step): κ_{j,T} for every j as a flat [(T+1) × H] array, and
 * the c_0 term. One backward pass over the forget gates: O(T·H) time and memory.
 */
export function contributions(run: SequenceRun, T?: number): { kappa: Float64Array; initial: Float64Array } {
  const last = lastStep(run, T);
  const H = run.units;
  const m = remainingShares(run, last);
  const kappa = new Float64Array((last + 1) * H);
  const suffix = new Float64Array(H).fill(1); // ∏_{j<k≤T} f_k for the current j
  for (let j = last; j >= 0; j--) {
    const mj = m[j]!;
    if (mj > 0) for (let u = 0; u < H; u++) kappa[j * H + u] = mj * suffix[u]! * run.i[j * H + u]! * run.g[j * H + u]!;
    for (let u = 0; u < H; u++) suffix[u] = suffix[u]! * run.f[j * H + u]!;
  }
  const initial = new Float64Array(H);
  for (let u = 0; u < H; u++) initial[u] = suffix[u]! * run.c0[u]!;
  return { kappa, initial };
}

/** κ_{j,t} for t = j..T, for a chart of one entry's part over later entries (row t − j is κ_{j,t}). */
export function contributionOverTime(run: SequenceRun, j: number, T?: number): Float64Array {
  const last = lastStep(run, T);
  if (!Number.isInteger(j) || j < 0 || j > last) throw new RangeError(`entry ${j} is outside 0..${last}`);
  const H = run.units;
  const rows = new Float64Array((last - j + 1) * H);
  const row = new Float64Array(H);
  rawKappa(run, H, j, j, row);
  for (let t = j; t <= last; t++) {
    if (t > j) for (let u = 0; u < H; u++) row[u] = row[u]! * run.f[t * H + u]!;
    let m = 1;
    for (const r of run.released) if (r.index === j && r.atStep <= t) m -= r.share;
    m = Math.max(0, m);
    for (let u = 0; u < H; u++) rows[(t - j) * H + u] = m * row[u]!;
  }
  return rows;
}

/** Written strength of entry j: ‖i_j ⊙ g_j‖, what the entry put into the cell state on its day. */
export function writtenStrength(run: SequenceRun, j: number): number {
  const H = run.units;
  let s = 0;
  for (let u = 0; u < H; u++) {
    const w = run.i[j * H + u]! * run.g[j * H + u]!;
    s += w * w;
  }
  return Math.sqrt(s);
}

export function logSumExp(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let k = 0; k < values.length; k++) max = Math.max(max, values[k]!);
  if (max === -Infinity) return -Infinity;
  let s = 0;
  for (let k = 0; k < values.length; k++) s += Math.exp(values[k]! - max);
  return max + Math.log(s);
}

/**
 * ln of retention_{j,T} = ‖κ_{j,T}‖ / ‖i_j ⊙ g_j‖ for every entry j ≤ T, "the share of what it wrote still
 * held", in log space: per unit ln|κ_u| = ln m_j + Σ_{j<k≤T} ln f_k,u + ln|i_j,u g_j,u| from prefix sums of ln f,
 * then a log-sum-exp over units. Finite for any journal length; −Infinity only for an entry that wrote nothing or
 * was let go entirely. Retention is ≤ 1 (0 in log space) and never rises after the entry's own step.
 */
export function logRetentions(run: SequenceRun, T?: number): Float64Array {
  const last = lastStep(run, T);
  const H = run.units;
  const m = remainingShares(run, last);
  const prefix = new Float64Array((last + 1) * H); // Σ_{k≤t} ln f_k
  for (let t = 0; t <= last; t++) {
    for (let u = 0; u < H; u++)
      prefix[t * H + u] = (t > 0 ? prefix[(t - 1) * H + u]! : 0) + Math.log(run.f[t * H + u]!);
  }
  const out = new Float64Array(last + 1);
  const kept = new Float64Array(H);
  const written = new Float64Array(H);
  for (let j = 0; j <= last; j++) {
    for (let u = 0; u < H; u++) {
      const w = Math.log(Math.abs(run.i[j * H + u]! * run.g[j * H + u]!));
      written[u] = 2 * w;
      kept[u] = 2 * (w + prefix[last * H + u]! - prefix[j * H + u]!);
    }
    const lw = logSumExp(written) / 2;
    out[j] = m[j]! > 0 && lw > -Infinity ? Math.log(m[j]!) + logSumExp(kept) / 2 - lw : -Infinity;
  }
  return out;
}

/**
 * What the output gate surfaces at step T, h_T = o_T ⊙ tanh(c_T), split exactly over the parts of c_T.
 * Per unit tanh(c)/c is a scalar, so with the gain s = o_T ⊙ tanh(c_T)/c_T (→ o_T where c_T = 0),
 * h_T = s ⊙ c_T = s ⊙ initial + Σ_j s ⊙ κ_{j,T}. A part's driver score is s ⊙ part projected on the direction of
 * h_T; scores are signed and, with the initial term, sum exactly to ‖h_T‖.
 */
export function surfaceGain(run: SequenceRun, T?: number): { gain: Float64Array; hT: Float64Array; hNorm: number } {
  const last = lastStep(run, T);
  const H = run.units;
  const gain = new Float64Array(H);
  for (let u = 0; u < H; u++) {
    const c = run.c[last * H + u]!;
    const o = run.o[last * H + u]!;
    gain[u] = Math.abs(c) < 1e-12 ? o : (o * Math.tanh(c)) / c;
  }
  const hT = run.h.slice(last * H, last * H + H);
  return { gain, hT, hNorm: norm(hT) };
}

/** ⟨s ⊙ part, h_T⟩ / ‖h_T‖ for a part of c_T given at `offset` of `vector` (0 when h_T = 0). */
export function driverScore(
  surface: { gain: Float64Array; hT: Float64Array; hNorm: number },
  vector: ArrayLike<number>,
  offset = 0,
): number {
  if (!(surface.hNorm > 0)) return 0;
  let s = 0;
  for (let u = 0; u < surface.gain.length; u++) s += surface.gain[u]! * vector[offset + u]! * surface.hT[u]!;
  return s / surface.hNorm;
}

/**
 * Each unit's timescale: the half-life, in entries, of what it holds, ln ½ / mean_t ln f_{t,u}. A unit whose
 * forget gate stays near 1 holds for a long time ("slow"); one near 0.5 forgets within an entry or two.
 */
export function unitHalfLives(run: SequenceRun): number[] {
  const H = run.units;
  const out: number[] = [];
  for (let u = 0; u < H; u++) {
    let s = 0;
    for (let t = 0; t < run.steps; t++) s += Math.log(run.f[t * H + u]!);
    const mean = run.steps > 0 ? s / run.steps : 0;
    out.push(mean < 0 ? Math.log(0.5) / mean : Infinity);
  }
  return out;
}
