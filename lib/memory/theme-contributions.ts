// A theme's part of today's memory (design §3): K_θ = Σ_j share_{j,θ} · κ_{j,T} over the entries with sentences
// in it. Every entry's shares sum to 1 over its themes, so the themes and the c_0 term add up to c_T exactly;
// letting go of a theme (the user forget gate) removes all of its parts written up to that step.
import { pushTo } from "./push-to";
import type { Release, SequenceRun } from "./cell";
import { norm } from "../vectors";
import { contributions, lastStep, logSumExp, writtenStrength } from "./contributions";

/** A theme's share of an entry's write (the theme's sentences' share of the entry, design §3). */
export type ThemePart = { index: number; theme: string; share: number };

/**
 * The run's releases for the themes the user let go, each at the step it was pressed: every part of the theme
 * written up to that step. Parts written later are the theme coming back, and stay.
 */
export function themeReleases(parts: readonly ThemePart[], letGo: ReadonlyMap<string, number>): Release[] {
  const byTheme = new Map<string, { index: number; share: number }[]>();
  for (const p of parts) {
    const at = letGo.get(p.theme);
    if (at === undefined || p.index > at) continue;
    pushTo(byTheme, p.theme, { index: p.index, share: p.share });
  }
  return [...byTheme].map(([theme, list]) => ({ atStep: letGo.get(theme)!, parts: list }));
}

/**
 * Σ of each theme's parts of c_T: K_θ = Σ_j share_{j,θ} · (∏_{j<k≤T} f_k) ⊙ i_j ⊙ g_j over θ's parts still in
 * the memory at T (those let go at a step ≤ T are zero from then on). With `kappa` from `contributions` and the
 * same releases, Σ_θ K_θ + initial = c_T.
 */
export function themeContributions(
  run: SequenceRun,
  parts: readonly ThemePart[],
  letGo: ReadonlyMap<string, number>,
  T?: number,
): Map<string, Float64Array> {
  const last = lastStep(run, T);
  const H = run.units;
  const raw = contributions({ ...run, released: [] }, last).kappa;
  const out = new Map<string, Float64Array>();
  for (const p of parts) {
    if (p.index > last) continue;
    const at = letGo.get(p.theme);
    if (at !== undefined && p.index <= at && at <= last) continue;
    let v = out.get(p.theme);
    if (!v) out.set(p.theme, (v = new Float64Array(H)));
    for (let u = 0; u < H; u++) v[u] = v[u]! + p.share * raw[p.index * H + u]!;
  }
  return out;
}

/**
 * ln ‖K_θ‖ for each theme, computed in log space like `logRetentions` (so a theme last written years ago still
 * has a finite value): per unit, the theme's terms share_j · (i_j g_j)_u · exp(Σ_{j<k≤T} ln f_k,u) are summed
 * after shifting by their largest exponent.
 */
export function themeLogNorms(
  run: SequenceRun,
  parts: readonly ThemePart[],
  letGo: ReadonlyMap<string, number>,
  T?: number,
): Map<string, number> {
  const last = lastStep(run, T);
  const H = run.units;
  const prefix = new Float64Array((last + 1) * H);
  for (let t = 0; t <= last; t++) {
    for (let u = 0; u < H; u++)
      prefix[t * H + u] = (t > 0 ? prefix[(t - 1) * H + u]! : 0) + Math.log(run.f[t * H + u]!);
  }
  const byTheme = new Map<string, ThemePart[]>();
  for (const p of parts) {
    if (p.index > last || !(p.share > 0)) continue;
    const at = letGo.get(p.theme);
    if (at !== undefined && p.index <= at && at <= last) continue;
    pushTo(byTheme, p.theme, p);
  }
  // ln|i_j g_j| per entry and unit, once: every theme's terms read it.
  const logWrite = new Float64Array((last + 1) * H);
  for (let k = 0; k < logWrite.length; k++) logWrite[k] = Math.log(Math.abs(run.i[k]! * run.g[k]!));
  const out = new Map<string, number>();
  const unitLogs = new Float64Array(H);
  for (const [theme, list] of byTheme) {
    const logShares = list.map((p) => Math.log(p.share));
    for (let u = 0; u < H; u++) {
      const end = prefix[last * H + u]!;
      let max = -Infinity;
      for (let q = 0; q < list.length; q++) {
        const j = list[q]!.index;
        max = Math.max(max, logShares[q]! + logWrite[j * H + u]! + end - prefix[j * H + u]!);
      }
      let s = 0;
      if (max > -Infinity) {
        for (let q = 0; q < list.length; q++) {
          const j = list[q]!.index;
          const e = logShares[q]! + logWrite[j * H + u]! + end - prefix[j * H + u]!;
          s += Math.sign(run.g[j * H + u]!) * Math.exp(e - max);
        }
      }
      unitLogs[u] = s === 0 ? -Infinity : 2 * (max + Math.log(Math.abs(s)));
    }
    out.set(theme, logSumExp(unitLogs) / 2);
  }
  return out;
}

/**
 * ln retention of one theme after each step from its first part to T, for its chart: K_θ(t) follows the cell's
 * own recurrence, K(t) = f_t ⊙ K(t−1) + Σ_{parts written at t} share · i_t ⊙ g_t (and 0 right after the step it
 * was let go), kept as a unit vector and a log scale so an old theme never underflows.
 */
export function themeRetentionOverTime(
  run: SequenceRun,
  parts: readonly ThemePart[],
  letGoAt: number | undefined,
  T?: number,
): { index: number; logRetention: number }[] {
  const last = lastStep(run, T);
  const H = run.units;
  const own = parts.filter((p) => p.index <= last).sort((a, b) => a.index - b.index);
  if (own.length === 0) return [];
  const v = new Float64Array(H);
  let logScale = -Infinity; // K = exp(logScale) · v
  let written = 0;
  let next = 0;
  const out: { index: number; logRetention: number }[] = [];
  for (let t = own[0]!.index; t <= last; t++) {
    for (let u = 0; u < H; u++) v[u] = v[u]! * run.f[t * H + u]!;
    for (; next < own.length && own[next]!.index === t; next++) {
      const p = own[next]!;
      written += p.share * writtenStrength(run, t);
      const back = logScale === -Infinity ? 0 : Math.exp(logScale);
      for (let u = 0; u < H; u++) v[u] = v[u]! * back + p.share * run.i[t * H + u]! * run.g[t * H + u]!;
      logScale = 0;
    }
    if (letGoAt === t) {
      v.fill(0);
      logScale = -Infinity;
    }
    const n = norm(v);
    if (n > 0) {
      for (let u = 0; u < H; u++) v[u] = v[u]! / n;
      logScale += Math.log(n);
    } else logScale = -Infinity;
    out.push({ index: t, logRetention: written > 0 ? Math.min(0, logScale - Math.log(written)) : -Infinity });
  }
  return out;
}
