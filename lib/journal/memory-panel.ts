// What the memory panel beside a day shows, computed from the stored model and analyses (no training on a
// page load): the model's status, the day's gates, and the Keep / Let go / Already let go lists with the
// numbers each item was chosen by.
import { isMostlyUnknown } from "@/lib/embedding";
import { jobOf } from "@/lib/jobs/training-queue";
import { memoryStatus, readRun, retentionOverRun } from "@/lib/memory/model";
import { surfaceMemory } from "@/lib/memory/surface";
import { returnsOf } from "./entry-links";
import { cachedPanel } from "./memory-panel-cache";
import { memoryRun } from "./memory-run-cache";
import { quotesFor, shownItem, signalsOf, type ShownItem } from "./memory-signals";
import { asMemoryEntries, lastIndexOnOrBefore, loadMemoryInputs } from "./memory-inputs";

export type PanelItem = ShownItem;

export type DayGates = {
  i: number;
  f: number;
  o: number;
  written: number;
  // Share of the user's entries (up to this day) that wrote in less strongly.
  writtenRank: number;
  faded: number;
  fadedRank: number;
  surfaced: { entryId: string; date: string; quote: string; share: number }[];
};

export type MemoryStatusView = {
  message: string;
  kind: "prior" | "trained";
  entries: number;
  pending: number;
  trainedAt: string | null;
  job: { status: string; error: string | null } | null;
};

export type MemoryPanelData =
  | { state: "empty"; status: MemoryStatusView }
  | {
      state: "ready";
      status: MemoryStatusView;
      day: { date: string; hasEntry: boolean; lowCoverage: boolean; gates: DayGates | null };
      keep: PanelItem[];
      letGo: PanelItem[];
      alreadyLetGo: PanelItem[];
      dailyGates: { date: string; i: number; f: number; o: number }[];
    };

const CHART_DAYS = 60;

function rankOf(values: number[], value: number): number {
  if (values.length <= 1) return 1;
  return values.filter((v) => v < value).length / (values.length - 1);
}

// Computing the panel runs the model over the whole journal (about 0.5 s at 3,000 entries); the result is kept
// per user until anything it depends on changes (see memory-panel-cache.ts). The worker's job status is always
// read fresh.
export async function readMemoryPanel(userId: string, day: string): Promise<MemoryPanelData> {
  const [job, data] = await Promise.all([
    jobOf(userId),
    cachedPanel(userId, day, () => computeMemoryPanel(userId, day)),
  ]);
  return { ...data, status: { ...data.status, job: job && { status: job.status, error: job.error } } };
}

async function computeMemoryPanel(userId: string, day: string): Promise<MemoryPanelData> {
  const inputs = await loadMemoryInputs(userId);
  const at = lastIndexOnOrBefore(inputs.entries, day);
  const status: MemoryStatusView = {
    ...memoryStatus(inputs.model, inputs.entries.length),
    pending: inputs.pending,
    trainedAt: inputs.modelRow?.createdAt.toISOString() ?? null,
    job: null,
  };
  if (at < 0) return { state: "empty", status };

  const entries = inputs.entries.slice(0, at + 1);
  const run = memoryRun(userId, inputs.modelKey, inputs.model, inputs.entries, inputs.releases);
  const reading = readRun(inputs.model, run, asMemoryEntries(inputs.entries), { at });
  const returns = await returnsOf(userId, day);
  const signals = signalsOf(entries, reading, returns, (id) => inputs.pinned.has(id));
  const surface = surfaceMemory(signals);
  const drivers = reading.surfacedDrivers.filter((d) => d.score > 0).slice(0, 3);
  const quotes = await quotesFor(userId, [
    ...[surface.keep, surface.letGo, surface.alreadyLetGo].flat().map((item) => item.entry.entryId),
    ...drivers.map((d) => entries[d.index]!.id),
  ]);

  const today = entries[at]!;
  const hasEntry = today.date === day;
  const written = reading.perEntry.map((r) => r.written);
  const faded = reading.perEntry.map((r) => r.faded);
  const own = reading.perEntry[at]!;
  const gates: DayGates | null = hasEntry
    ? {
        i: own.i,
        f: own.f,
        o: own.o,
        written: own.written,
        writtenRank: rankOf(written, own.written),
        faded: own.faded,
        fadedRank: rankOf(faded, own.faded),
        surfaced: drivers.map((d) => ({
          entryId: entries[d.index]!.id,
          date: entries[d.index]!.date,
          quote: quotes.get(entries[d.index]!.id) ?? "",
          share: d.share,
        })),
      }
    : null;

  return {
    state: "ready",
    status,
    day: { date: day, hasEntry, lowCoverage: hasEntry && isMostlyUnknown(today.coverage), gates },
    keep: surface.keep.map((item) => shownItem(item, quotes)),
    letGo: surface.letGo.map((item) => shownItem(item, quotes)),
    alreadyLetGo: surface.alreadyLetGo.map((item) => shownItem(item, quotes)),
    dailyGates: reading.dailyGates.slice(-CHART_DAYS).map(({ date, i, f, o }) => ({ date, i, f, o })),
  };
}

// How much of one entry the memory still held after each later entry: the data of its retention chart, read
// from the kept pass (memory-run-cache.ts). Null when the entry is not this user's or has not been read yet.
export async function readRetention(userId: string, entryId: string, day: string) {
  const inputs = await loadMemoryInputs(userId);
  const index = inputs.entries.findIndex((e) => e.id === entryId);
  const at = lastIndexOnOrBefore(inputs.entries, day);
  if (index < 0 || at < index) return null;
  const run = memoryRun(userId, inputs.modelKey, inputs.model, inputs.entries, inputs.releases);
  return retentionOverRun(run, inputs.entries, index, { at }).map((p) => ({ date: p.date, retention: p.retention }));
}
