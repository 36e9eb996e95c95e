// What the memory panel beside a day shows, computed from the stored model, themes and analyses (no training on
// a page load): the model's status, the day's gates, and the Keep / Let go / Already let go lists of themes with
// the numbers each was chosen by.
import { requestRetrain, jobOf } from "./training-queue";
import { driverScore, surfaceGain, writtenStrength } from "@/lib/memory/contributions";
import { rowMean, type SequenceRun } from "@/lib/memory/cell";
import { explainItem } from "@/lib/memory/explain";
import { memoryStatus, type MemoryModel, type MemoryStatus } from "@/lib/memory/model";
import type { Phrase } from "@/lib/memory/phrase";
import { surfaceThemes, tellsFading, type SurfaceItem, type SurfaceOptions } from "@/lib/memory/surface";
import { readThemes } from "@/lib/memory/theme-reading";
import { cachedPanel } from "./memory-panel-cache";
import { memoryRun } from "./memory-run-cache";
import { evidenceFor } from "./memory-signals";
import { lastIndexOnOrBefore, loadMemoryInputs, type MemoryInputs } from "./memory-inputs";

type PanelQuote = { entryId: string; date: string; text: string };

export type PanelItem = {
  themeId: string;
  quotes: PanelQuote[];
  days: string[];
  returns: number;
  lastDate: string;
  memoryShare: number;
  /** Why it is in its list, as phrases the interface says in the reader's language. */
  explanation: Phrase[];
  pinned: boolean;
  letGo: boolean;
};

export type DayGates = {
  i: number;
  f: number;
  o: number;
  written: number;
  /** Share of the user's entries (up to this day) that wrote in less strongly; null when they all wrote alike. */
  writtenRank: number | null;
  faded: number;
  fadedRank: number | null;
  /** Themes that drive what the output gate brings into today. */
  surfaced: { themeId: string; date: string; quote: string; share: number }[];
};

/** How the trained cell was judged, for the status's details: test-part figures and the units' half-lives. */
export type MemoryJudgement = {
  prediction: { model: number; ema: number; repeatLast: number; plainLstm: number | null };
  retention: { model: number | null; similarity: number | null };
  halfLifeDays: { fastest: number; median: number; slowest: number } | null;
  testEntries: number;
};

export type MemoryStatusView = MemoryStatus & {
  judgement: MemoryJudgement | null;
  pending: number;
  unreadableModel: boolean;
  trainedAt: string | null;
  job: { status: string; error: string | null } | null;
};

export type MemoryPanelData =
  | { state: "empty"; status: MemoryStatusView }
  | {
      state: "ready";
      status: MemoryStatusView;
      day: { date: string; hasEntry: boolean; unreadable: boolean; gates: DayGates | null };
      keep: PanelItem[];
      letGo: PanelItem[];
      alreadyLetGo: PanelItem[];
      dailyGates: { date: string; i: number; f: number; o: number }[];
    };

const CHART_DAYS = 60;

// Below this a write or a fade is nothing worth ranking (‖·‖ of a 32-unit state whose parts are at most 1).
const NEGLIGIBLE = 0.01;

// The share of values below `value`, or null when the values barely differ or are all next to nothing (a rank of
// near-equal numbers would single out noise: the prior writes every entry alike).
function rankOf(values: number[], value: number): number | null {
  const max = Math.max(...values);
  const min = Math.min(...values);
  if (values.length <= 1 || max < NEGLIGIBLE || !(max - min > 1e-3 * max)) return null;
  return values.filter((v) => v < value).length / (values.length - 1);
}

// Computing the panel runs the model over the whole journal; the result is kept per user and day until anything
// it depends on changes (memory-panel-cache.ts). The worker's job status is always read fresh.
export async function readMemoryPanel(userId: string, day: string): Promise<MemoryPanelData> {
  const [job, data] = await Promise.all([
    jobOf(userId),
    cachedPanel(userId, day, () => computeMemoryPanel(userId, day)),
  ]);
  return { ...data, status: { ...data.status, job: job && { status: job.status, error: job.error } } };
}

function shownItem(item: SurfaceItem, day: string, retentionMeansRecent: boolean): PanelItem {
  const { newest, strongest } = item.quotes;
  const quotes = [strongest, ...(newest.text === strongest.text ? [] : [newest])].map((o) => ({
    entryId: o.entryId,
    date: o.date,
    text: o.text,
  }));
  return {
    themeId: item.theme.id,
    quotes,
    days: item.theme.days,
    returns: item.theme.returns,
    lastDate: item.theme.lastDate,
    memoryShare: item.theme.memoryShare,
    explanation: explainItem(item, day, { retentionMeansRecent }),
    pinned: item.theme.pinned,
    letGo: item.theme.letGo !== null,
  };
}

function judgementOf(model: MemoryModel): MemoryJudgement | null {
  const m = model.metrics;
  if (model.kind !== "trained" || !m) return null;
  const days = m.timescales.halfLivesDays.filter((d): d is number => d !== null).sort((a, b) => a - b);
  return {
    prediction: {
      model: m.prediction.model,
      ema: m.prediction.ema.loss,
      repeatLast: m.prediction.repeatLast,
      plainLstm: m.prediction.plainLstm?.loss ?? null,
    },
    retention: { model: m.retention.auc.model, similarity: m.retention.auc.similarity },
    halfLifeDays:
      days.length > 0 ? { fastest: days[0]!, median: days[days.length >> 1]!, slowest: days.at(-1)! } : null,
    testEntries: m.split.test,
  };
}

/**
 * The three lists as of entry `at` (the day `day`), from a run of the user's model. `options.retention: "ignore"`
 * is the "cues only" ablation of `npm run eval:memory` (a run of the prior is the other one).
 */
export function surfaceAt(
  inputs: MemoryInputs,
  run: SequenceRun,
  at: number,
  day: string,
  options: SurfaceOptions = {},
) {
  const dates = inputs.entries.map((e) => e.date);
  const { themes, sums } = readThemes(run, at, dates, inputs.themes, inputs.marks);
  const evidence = evidenceFor(inputs.entries.slice(0, at + 1));
  const fading = options.fading ?? tellsFading(inputs.model);
  return { themes, sums, surface: surfaceThemes(themes, day, at + 1, evidence, { ...options, fading }) };
}

async function computeMemoryPanel(userId: string, day: string): Promise<MemoryPanelData> {
  const inputs = await loadMemoryInputs(userId);
  if (inputs.unreadableModel) await requestRetrain(userId, 0);
  const at = lastIndexOnOrBefore(inputs.entries, day);
  const status: MemoryStatusView = {
    ...memoryStatus(inputs.model, inputs.entries.length),
    judgement: judgementOf(inputs.model),
    pending: inputs.pending,
    unreadableModel: inputs.unreadableModel,
    trainedAt: inputs.modelRow?.createdAt.toISOString() ?? null,
    job: null,
  };
  if (at < 0) return { state: "empty", status };

  const { entries } = inputs;
  const run = memoryRun(userId, inputs.modelKey, inputs.model, entries, inputs.releases);
  const dates = entries.map((e) => e.date);
  const { themes, sums, surface } = surfaceAt(inputs, run, at, day);
  const recent = status.kind === "trained" && status.retentionMeaning === "recency";
  const show = (items: SurfaceItem[]) => items.map((item) => shownItem(item, day, recent));

  const today = entries[at]!;
  const hasEntry = today.date === day;
  const H = run.units;
  let gates: DayGates | null = null;
  if (hasEntry) {
    const written = entries.slice(0, at + 1).map((_, j) => writtenStrength(run, j));
    const faded = entries.slice(0, at + 1).map((_, j) => {
      let s = 0;
      for (let u = 0; u < H; u++) {
        const prev = j > 0 ? run.c[(j - 1) * H + u]! : run.c0[u]!;
        s += ((1 - run.f[j * H + u]!) * prev) ** 2;
      }
      return Math.sqrt(s);
    });
    const gain = surfaceGain(run, at);
    const drivers = themes
      .map((t) => ({ t, score: gain.hNorm > 0 ? driverScore(gain, sums.get(t.id) ?? []) / gain.hNorm : 0 }))
      .filter((d) => d.score > 0.05)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    gates = {
      i: rowMean(run.i, H, at),
      f: rowMean(run.f, H, at),
      o: rowMean(run.o, H, at),
      written: written[at]!,
      writtenRank: rankOf(written, written[at]!),
      faded: faded[at]!,
      fadedRank: rankOf(faded, faded[at]!),
      surfaced: drivers.map(({ t, score }) => ({
        themeId: t.id,
        date: t.lastDate,
        quote: t.occurrences.at(-1)!.text,
        share: score,
      })),
    };
  }
  const dailyGates: { date: string; i: number; f: number; o: number }[] = [];
  for (let j = Math.max(0, at - CHART_DAYS + 1); j <= at; j++) {
    dailyGates.push({ date: dates[j]!, i: rowMean(run.i, H, j), f: rowMean(run.f, H, j), o: rowMean(run.o, H, j) });
  }
  return {
    state: "ready",
    status,
    day: { date: day, hasEntry, unreadable: hasEntry && !(today.coverage > 0), gates },
    keep: show(surface.keep),
    letGo: show(surface.letGo),
    alreadyLetGo: show(surface.alreadyLetGo),
    dailyGates,
  };
}
