// Reading the memory by theme at step T (design §3–§4): each theme's part of today's cell state, how much of
// what it wrote is still held, when it occurred and came back, and the user's marks on it. Pure: the caller
// passes the run (cell.ts) and the themes' sentences; lib/journal loads them.
import { pushTo } from "./push-to";
import type { SequenceRun } from "./cell";
import { logRetentions, writtenStrength } from "./contributions";
import { themeContributions, themeLogNorms, type ThemePart } from "./theme-contributions";
import { dayNumber } from "./features";
import { occurrenceSummary, type SentenceKind } from "./themes";

/** What lib/text read of one sentence of an entry, and its share of the entry's write. */
export type SentenceReading = {
  position: number;
  text: string;
  lang: string;
  share: number;
  valence: number;
  lesson: number;
  rumination: number;
  distress: number;
  selfFocus: boolean;
  cues: string[];
};

/** One sentence of a theme. `index` is its entry's position in the journal. */
export type ThemeOccurrence = SentenceReading & { entryId: string; index: number; date: string };

export type ThemeInput = { id: string; kind: SentenceKind; occurrences: readonly ThemeOccurrence[] };

/** The user's marks: pinned themes, and themes let go at a step (with the day it was pressed). */
export type ThemeMarks = { pinned: ReadonlySet<string>; letGo: ReadonlyMap<string, { atStep: number; date: string }> };

export type ThemeReading = {
  id: string;
  kind: SentenceKind;
  /** Its sentences up to T, in date order. */
  occurrences: readonly ThemeOccurrence[];
  days: string[];
  /** Days it came back after the first. */
  returns: number;
  lastDate: string;
  /** ⟨K_θ, c_T⟩ / ‖c_T‖²: its share of today's memory; all themes and the rest sum to exactly 1. */
  memoryShare: number;
  /** ln(‖K_θ‖ / Σ_j share_j ‖i_j ⊙ g_j‖): the share of what it wrote still held, in log space (≤ 0). */
  logRetention: number;
  /** Its retention equals that of a typical entry this many days old (null when nothing held it). */
  heldLikeAgeDays: number | null;
  pinned: boolean;
  letGo: { date: string; returnsSince: number } | null;
};

type ThemesReading = {
  themes: ThemeReading[];
  /** K_θ of every theme at T (for the output gate's drivers). */
  sums: Map<string, Float64Array>;
  /** Share of today's memory outside every theme: the c_0 term and entries with no sentence in a theme. */
  rest: number;
};

/** The run's parts: each theme's share of each of its entries' writes. */
export function themeParts(themes: readonly ThemeInput[]): ThemePart[] {
  return themes.flatMap((t) => t.occurrences.map((o) => ({ index: o.index, theme: t.id, share: o.share })));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * For "held about as much as an entry from N days ago": the median ln retention of entries at each age in
 * days, made non-increasing (a running minimum), so a retention maps onto one age.
 */
function retentionByAge(logRetention: Float64Array, dates: readonly string[], T: number): number[] {
  const today = dayNumber(dates[T]!);
  const byAge = new Map<number, number[]>();
  for (let j = 0; j <= T; j++) {
    if (!Number.isFinite(logRetention[j]!)) continue;
    const age = today - dayNumber(dates[j]!);
    pushTo(byAge, age, logRetention[j]!);
  }
  const maxAge = Math.max(0, ...byAge.keys());
  const curve: number[] = [];
  let running = 0;
  for (let age = 0; age <= maxAge; age++) {
    const at = byAge.get(age);
    if (at) running = Math.min(running, median(at));
    curve.push(running);
  }
  return curve;
}

function ageHeldLike(curve: readonly number[], logRetention: number): number | null {
  if (!Number.isFinite(logRetention)) return null;
  for (let age = 0; age < curve.length; age++) if (curve[age]! <= logRetention + 1e-12) return age;
  return curve.length;
}

/** Every theme's reading at step T, with the user's marks applied as the run applied them. */
export function readThemes(
  run: SequenceRun,
  T: number,
  dates: readonly string[],
  themes: readonly ThemeInput[],
  marks: ThemeMarks,
): ThemesReading {
  const H = run.units;
  const letGoSteps = new Map([...marks.letGo].map(([id, m]) => [id, m.atStep]));
  const parts = themeParts(themes);
  const sums = themeContributions(run, parts, letGoSteps, T);
  const logNorms = themeLogNorms(run, parts, letGoSteps, T);
  const cT = run.c.subarray(T * H, T * H + H);
  let cc = 0;
  for (let u = 0; u < H; u++) cc += cT[u]! * cT[u]!;
  const curve = retentionByAge(logRetentions(run, T), dates, T);
  const written = new Map<number, number>();
  const writtenOf = (j: number) => written.get(j) ?? written.set(j, writtenStrength(run, j)).get(j)!;

  let themed = 0;
  const out: ThemeReading[] = [];
  for (const theme of themes) {
    // Occurrences are in date order: read up to T without copying when all of them are (the newest day).
    const all = theme.occurrences;
    const occurrences = all.length > 0 && all[all.length - 1]!.index <= T ? all : all.filter((o) => o.index <= T);
    if (occurrences.length === 0) continue;
    const K = sums.get(theme.id);
    let dot = 0;
    if (K) for (let u = 0; u < H; u++) dot += K[u]! * cT[u]!;
    const memoryShare = cc > 0 ? dot / cc : 0;
    themed += memoryShare;
    const writes = occurrences.reduce((s, o) => s + o.share * writtenOf(o.index), 0);
    const logRetention = (logNorms.get(theme.id) ?? -Infinity) - Math.log(writes);
    const { days, returns, lastDate } = occurrenceSummary(occurrences.map((o) => o.date));
    const mark = marks.letGo.get(theme.id);
    out.push({
      id: theme.id,
      kind: theme.kind,
      occurrences,
      days,
      returns,
      lastDate,
      memoryShare,
      logRetention: Math.min(0, logRetention),
      heldLikeAgeDays: ageHeldLike(curve, logRetention),
      pinned: marks.pinned.has(theme.id),
      letGo:
        mark && mark.atStep <= T ? { date: mark.date, returnsSince: days.filter((d) => d > mark.date).length } : null,
    });
  }
  return { themes: out, sums, rest: 1 - themed };
}
