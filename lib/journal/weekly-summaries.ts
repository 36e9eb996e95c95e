// Weekly "lessons kept" summaries of one user: built from stored state (entries, analyses, the model in use,
// the user's marks) with one forward pass for any number of weeks, stored one row per ISO week, and read back
// for the pages. Building never trains and never reads the clock, so the scheduler and the CLI store the same
// content for the same week (tested).
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { readRun, runMemory, type MemoryReading } from "@/lib/memory/model";
import { percentiles, surfaceMemory, SURFACE_DEFAULTS, type Surface, type SurfaceItem } from "@/lib/memory/surface";
import {
  addWeeks,
  isoWeekOf,
  lastCompletedWeek,
  weekEndsAt,
  weekRange,
  weeksBetween,
  type WeekRange,
} from "@/lib/summaries/iso-week";
import { SUMMARY_FORMAT_VERSION, type NewLesson, type WeeklySummaryContent } from "@/lib/summaries/types";
import { gateStats, moodStats, writingStats } from "@/lib/summaries/week-stats";
import { allReturns, returnsUntil } from "./entry-links";
import { asMemoryEntries, lastIndexOnOrBefore, loadMemoryInputs, type MemoryInputs } from "./memory-inputs";
import { quotesFor, shownItem, signalsOf } from "./memory-signals";

const LIST_CAP = SURFACE_DEFAULTS.cap;
// A new lesson: the entry reads as a lesson (lib/text cues, the same bar as the panel's Keep) and the input gate
// wrote it in strongly (the top third of the journal's written strengths, surface.ts's "strongly written").
const LESSON_CUE = SURFACE_DEFAULTS.cueThreshold;
const STRONGLY_WRITTEN = SURFACE_DEFAULTS.strongWrittenQuantile;

export type BuiltSummary = { week: string; content: WeeklySummaryContent; sourceKey: string };

type Reading = { at: number; reading: MemoryReading; surface: Surface };

// What a week's summary was built from besides the model: its own entries as they were. A week written into or
// edited later gets a different key, and is built again.
async function weekSourceKeys(userId: string, weeks: readonly string[]): Promise<Map<string, string>> {
  const ranges = weeks.map((w) => weekRange(w)).filter((r): r is WeekRange => r !== null);
  if (ranges.length === 0) return new Map();
  const from = ranges.reduce((a, r) => (r.start < a ? r.start : a), ranges[0]!.start);
  const to = ranges.reduce((a, r) => (r.end > a ? r.end : a), ranges[0]!.end);
  const rows = await db.entry.findMany({
    where: { userId, date: { gte: from, lte: to } },
    orderBy: { date: "asc" },
    select: { id: true, date: true, updatedAt: true },
  });
  const parts = new Map<string, string[]>(ranges.map((r) => [r.week, []]));
  for (const row of rows) parts.get(isoWeekOf(row.date))?.push(`${row.id}@${row.updatedAt.getTime()}`);
  return new Map(
    [...parts].map(([week, list]) => [week, createHash("sha256").update(list.join(",")).digest("hex").slice(0, 32)]),
  );
}

/**
 * Weeks of the user's that should have a summary now and do not, or whose entries changed since: every week from
 * the first entry's to the last one that is over in the user's time zone.
 */
export async function dueWeeks(userId: string, now: Date = new Date()): Promise<string[]> {
  const [user, first] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } }),
    db.entry.findFirst({ where: { userId }, orderBy: { date: "asc" }, select: { date: true } }),
  ]);
  if (!first) return [];
  const last = lastCompletedWeek(user.timeZone, now);
  const firstWeek = isoWeekOf(first.date);
  if (firstWeek > last) return [];
  const weeks = weeksBetween(firstWeek, last);
  const [stored, keys] = await Promise.all([
    db.weeklySummary.findMany({ where: { userId }, select: { week: true, sourceKey: true } }),
    weekSourceKeys(userId, weeks),
  ]);
  const storedKey = new Map(stored.map((s) => [s.week, s.sourceKey]));
  return weeks.filter((week) => storedKey.get(week) !== keys.get(week));
}

/**
 * Summaries of these weeks for one user, oldest first; weeks before the user's first entry are skipped.
 * Nothing is stored (see storeSummaries).
 */
export async function buildSummaries(userId: string, weeks: readonly string[]): Promise<BuiltSummary[]> {
  const ranges = [...new Set(weeks)]
    .map((w) => weekRange(w))
    .filter((r): r is WeekRange => r !== null)
    .sort((a, b) => (a.start < b.start ? -1 : 1));
  const [user, inputs, links, keys] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } }),
    loadMemoryInputs(userId),
    allReturns(userId),
    weekSourceKeys(userId, weeks),
  ]);
  const entries = inputs.entries;
  if (entries.length === 0) return [];
  const memoryEntries = asMemoryEntries(entries);
  const run = runMemory(inputs.model, memoryEntries, inputs.releases);
  const written = new Set(entries.map((e) => e.date));
  const moods = entries.flatMap((e) => (e.mood === null ? [] : [{ date: e.date, mood: e.mood }]));

  // The state at a day's end, surfaced with every item listed (the lists are cut after comparing weeks).
  const readAt = (day: string, pinnedBefore: Date): Reading | null => {
    const at = lastIndexOnOrBefore(entries, day);
    if (at < 0) return null;
    const reading = readRun(inputs.model, run, memoryEntries, { at });
    const isPinned = (id: string) => (inputs.pinned.get(id)?.getTime() ?? Infinity) <= pinnedBefore.getTime();
    const signals = signalsOf(entries, reading, returnsUntil(links, day), isPinned);
    return { at, reading, surface: surfaceMemory(signals, { cap: Number.MAX_SAFE_INTEGER }) };
  };

  // Consecutive weeks share a reading: one week's end is the next one's start.
  const readings = new Map<string, Reading | null>();
  const readWeekEnd = (week: string): Reading | null => {
    if (!readings.has(week)) readings.set(week, readAt(weekRange(week)!.end, weekEndsAt(week, user.timeZone)));
    return readings.get(week)!;
  };

  const built: BuiltSummary[] = [];
  for (const range of ranges) {
    const end = readWeekEnd(range.week);
    if (!end) continue;
    const before = readWeekEnd(addWeeks(range.week, -1));
    const content = await composeWeek(userId, inputs, range, user.timeZone, end, before, { written, moods });
    built.push({ week: range.week, content, sourceKey: keys.get(range.week) ?? "" });
    readings.delete(addWeeks(range.week, -1));
  }
  return built;
}

async function composeWeek(
  userId: string,
  inputs: MemoryInputs,
  range: WeekRange,
  timeZone: string,
  end: Reading,
  before: Reading | null,
  journal: { written: Set<string>; moods: { date: string; mood: number }[] },
): Promise<WeeklySummaryContent> {
  const entries = inputs.entries;
  const inWeek = (date: string) => date >= range.start && date <= range.end;
  const startAt = before?.at ?? -1;

  // Let go during the week: in "Already let go" at its end but not at its start (faded this week), or released
  // by the user at a step inside the week.
  const goneBefore = new Set(before?.surface.alreadyLetGo.map((item) => item.entry.entryId) ?? []);
  const releasedAt = new Map(
    inputs.releases.flatMap((r) => r.parts.map((p) => [entries[p.index]!.id, r.atStep] as const)),
  );
  const letGo = end.surface.alreadyLetGo
    .filter((item) => {
      const step = releasedAt.get(item.entry.entryId);
      return step !== undefined ? step > startAt : !goneBefore.has(item.entry.entryId);
    })
    .slice(0, LIST_CAP);

  const writtenPct = percentiles(end.reading.perEntry.map((r) => r.written));
  const lessons = end.reading.perEntry
    .filter((_reading, j) => {
      const e = entries[j]!;
      return inWeek(e.date) && e.lesson >= LESSON_CUE && e.lesson >= e.rumination && writtenPct[j]! >= STRONGLY_WRITTEN;
    })
    .sort((a, b) => b.written - a.written || b.index - a.index)
    .slice(0, LIST_CAP);

  const kept = end.surface.keep.slice(0, LIST_CAP);
  const rumination = end.surface.letGo.slice(0, LIST_CAP);
  const lessonItems = new Map(
    end.surface.keep.concat(end.surface.letGo, end.surface.alreadyLetGo).map((item) => [item.entry.entryId, item]),
  );
  const quotes = await quotesFor(userId, [
    ...[kept, letGo, rumination].flat().map((item) => item.entry.entryId),
    ...lessons.map((r) => entries[r.index]!.id),
  ]);
  const show = (item: SurfaceItem) => shownItem(item, quotes);
  const newLessons: NewLesson[] = lessons.map((r) => {
    const e = entries[r.index]!;
    const listed = lessonItems.get(e.id);
    return {
      entryId: e.id,
      date: e.date,
      quote: quotes.get(e.id) ?? "",
      retention: r.retention,
      returns: listed?.entry.recurrence.count ?? 0,
      pinned: listed?.entry.pinned ?? false,
      released: r.released,
      explanation: listed?.explanation ?? "",
      inputGate: r.i,
      writtenPercentile: writtenPct[r.index]!,
    };
  });

  return {
    format: SUMMARY_FORMAT_VERSION,
    week: range.week,
    start: range.start,
    end: range.end,
    timeZone,
    model: {
      kind: inputs.model.kind,
      version: inputs.modelRow?.version ?? null,
      trainedOn: inputs.model.entriesUsed,
    },
    entriesSoFar: end.at + 1,
    writing: writingStats(range, journal.written),
    mood: moodStats(range, journal.moods),
    gates: gateStats(
      end.reading.dailyGates.filter((d) => inWeek(d.date)).map(({ date, i, f, o }) => ({ date, i, f, o })),
    ),
    memoryReady: end.surface.thresholds !== null,
    kept: kept.map(show),
    letGo: letGo.map(show),
    newLessons,
    rumination: rumination.map(show),
  };
}

/** Stores built summaries, one row per week (a rebuild replaces the week's row). */
export async function storeSummaries(userId: string, built: readonly BuiltSummary[]): Promise<void> {
  for (const { week, content, sourceKey } of built) {
    const data = { content: JSON.stringify(content), sourceKey, builtAt: new Date() };
    await db.weeklySummary.upsert({
      where: { userId_week: { userId, week } },
      create: { userId, week, ...data },
      update: data,
    });
  }
}

export type SummaryListItem = {
  week: string;
  start: string;
  end: string;
  entries: number;
  kept: number;
  letGo: number;
  newLessons: number;
};

export async function listSummaries(userId: string): Promise<SummaryListItem[]> {
  const rows = await db.weeklySummary.findMany({
    where: { userId },
    orderBy: { week: "desc" },
    select: { content: true },
  });
  return rows.map((row) => {
    const s = JSON.parse(row.content) as WeeklySummaryContent;
    return {
      week: s.week,
      start: s.start,
      end: s.end,
      entries: s.writing.entries,
      kept: s.kept.length,
      letGo: s.letGo.length,
      newLessons: s.newLessons.length,
    };
  });
}

export type StoredSummary = { content: WeeklySummaryContent; builtAt: Date; emailedAt: Date | null };

export async function readSummary(userId: string, week: string): Promise<StoredSummary | null> {
  const row = await db.weeklySummary.findUnique({
    where: { userId_week: { userId, week } },
    select: { content: true, builtAt: true, emailedAt: true },
  });
  return (
    row && { content: JSON.parse(row.content) as WeeklySummaryContent, builtAt: row.builtAt, emailedAt: row.emailedAt }
  );
}

/** The stored weeks next to one, for previous/next links. */
export async function neighbourWeeks(
  userId: string,
  week: string,
): Promise<{ previous: string | null; next: string | null }> {
  const [previous, next] = await Promise.all([
    db.weeklySummary.findFirst({
      where: { userId, week: { lt: week } },
      orderBy: { week: "desc" },
      select: { week: true },
    }),
    db.weeklySummary.findFirst({
      where: { userId, week: { gt: week } },
      orderBy: { week: "asc" },
      select: { week: true },
    }),
  ]);
  return { previous: previous?.week ?? null, next: next?.week ?? null };
}
