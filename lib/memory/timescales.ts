// The units' timescales and where entries write: the diagnostics of routing (README, "Evaluation").
//
// A trained memory tells what comes back mostly by *where* it writes it, not by varying its forget gates per
// entry: recurring content goes into units whose forget gates stay near 1. So the spread of f across entries is
// the wrong thing to look at; these are the right ones:
// - half-life of unit u in entries, ln ½ / mean_t ln f_{t,u} (contributions.ts `unitHalfLives`), and in days,
//   × the journal's mean gap between entries;
// - the slowest third of the units (largest half-lives), and for each entry the share of its write in them,
//   Σ_{u slow} (i_{j,u} g_{j,u})² / Σ_u (i_{j,u} g_{j,u})², averaged over entries that come back 14–120 days later
//   and over those that do not (entries whose 120 days are not yet over are left out).

import type { SequenceRun } from "./cell";
import { unitHalfLives } from "./contributions";
import { RETURN_MAX_DAYS } from "./returns";

type Timescales = {
  meanGapDays: number;
  /** Per unit; null for a unit that never forgets (f = 1 in Float64). */
  halfLivesEntries: (number | null)[];
  halfLivesDays: (number | null)[];
  /** The slowest third of the units, slowest first. */
  slowUnits: number[];
  /** Mean share of ‖i ⊙ g‖² in the slow units; null when there are no such entries. */
  slowWriteShare: { returning: number | null; notReturning: number | null };
};

export function timescales(
  run: SequenceRun,
  days: readonly number[],
  readable: readonly boolean[],
  lastReturn: Int32Array,
): Timescales {
  const H = run.units;
  const T = run.steps;
  const meanGapDays = T > 1 ? (days[T - 1]! - days[0]!) / (T - 1) : 1;
  const halfLives = unitHalfLives(run);
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  const slowCount = Math.max(1, Math.ceil(H / 3));
  const byHalfLife = halfLives
    .map((hl, u) => ({ u, hl: Number.isFinite(hl) ? hl : Number.MAX_VALUE }))
    .sort((a, b) => b.hl - a.hl || a.u - b.u);
  const slowUnits = byHalfLife.slice(0, slowCount).map((x) => x.u);
  const slow = new Uint8Array(H);
  for (const u of slowUnits) slow[u] = 1;
  const sums = { returning: 0, notReturning: 0 };
  const counts = { returning: 0, notReturning: 0 };
  for (let j = 0; j < T; j++) {
    if (!readable[j] || days[j]! + RETURN_MAX_DAYS > days[T - 1]!) continue;
    let all = 0;
    let inSlow = 0;
    for (let u = 0; u < H; u++) {
      const w = (run.i[j * H + u]! * run.g[j * H + u]!) ** 2;
      all += w;
      if (slow[u]) inSlow += w;
    }
    if (!(all > 0)) continue;
    const key = lastReturn[j]! > j ? "returning" : "notReturning";
    sums[key] += inSlow / all;
    counts[key]++;
  }
  return {
    meanGapDays,
    halfLivesEntries: halfLives.map(finite),
    halfLivesDays: halfLives.map((hl) => finite(hl * meanGapDays)),
    slowUnits,
    slowWriteShare: {
      returning: counts.returning > 0 ? sums.returning / counts.returning : null,
      notReturning: counts.notReturning > 0 ? sums.notReturning / counts.notReturning : null,
    },
  };
}
