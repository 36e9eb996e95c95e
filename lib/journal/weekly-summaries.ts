import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { logger } from "@/lib/log";
import { rowMean, type SequenceRun } from "@/lib/memory/cell";
import { explainItem } from "@/lib/memory/explain";
import { memoryStatus, runMemory } from "@/lib/memory/model";
import { isWorry, SURFACE, surfaceThemes, tellsFading, type Surface, type SurfaceItem } from "@/lib/memory/surface";
import { readThemes, type ThemeReading } from "@/lib/memory/theme-reading";
import {
  addWeeks,
  isoWeekOf,
  lastCompletedWeek,
  weekEndsAt,
  weekRange,
  weeksBetween,
  type WeekRange,
} from "@/lib/summaries/iso-week";
import {
  parseSummaryContent,
  SUMMARY_FORMAT_VERSION,
  type NewLesson,
  type SummaryItem,
  type WeeklySummaryContent,
} from "@/lib/summaries/types";
import { gateStats, moodStats, writingStats } from "@/lib/summaries/week-stats";
import { asMemoryEntries, lastIndexOnOrBefore, loadMemoryInputs, type MemoryInputs } from "./memory-inputs";
import { evidenceFor } from "./memory-signals";

const LIST_CAP = 5;

type BuiltSummary = { week: string; content: WeeklySummaryContent; sourceKey: string };

type Reading = { at: number; day: string; themes: ThemeReading[]; surface: Surface };

// What a week's summary was built from besides the model: its own entries as they were, and the summary's
// format (a new format builds every week again). A week written into or edited later gets a different key.
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
  const parts = new Map<string, string[]>(ranges.map((r) => [r.week, [`format ${SUMMARY_FORMAT_VERSION}`]]));
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
  const [user, inputs, keys] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } }),
    loadMemoryInputs(userId),
    weekSourceKeys(userId, weeks),
  ]);
  const entries = inputs.entries;
  if (entries.length === 0) return [];
  const run = runMemory(inputs.model, asMemoryEntries(entries), inputs.releases);
  const dates = entries.map((e) => e.date);
  const written = new Set(dates);
  const moods = entries.flatMap((e) => (e.mood === null ? [] : [{ date: e.date, mood: e.mood }]));

  // The state at a day's end, every item listed (the lists are cut after comparing weeks). Pins count from when
  // they were made.
  const readAt = (day: string, pinnedBefore: Date): Reading | null => {
    const at = lastIndexOnOrBefore(entries, day);
    if (at < 0) return null;
    const pinned = new Set(
      [...inputs.marks.pinned].filter(
        (id) => (inputs.pinnedAt.get(id)?.getTime() ?? Infinity) <= pinnedBefore.getTime(),
      ),
    );
    const { themes } = readThemes(run, at, dates, inputs.themes, { ...inputs.marks, pinned });
    const evidence = evidenceFor(entries.slice(0, at + 1));
    return {
      at,
      day,
      themes,
      surface: surfaceThemes(themes, day, at + 1, evidence, { fading: tellsFading(inputs.model) }),
    };
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
    const content = composeWeek(inputs, run, range, user.timeZone, end, before, { written, moods });
    built.push({ week: range.week, content, sourceKey: keys.get(range.week) ?? "" });
    readings.delete(addWeeks(range.week, -1));
  }
  return built;
}

function composeWeek(
  inputs: MemoryInputs,
  run: SequenceRun,
  range: WeekRange,
  timeZone: string,
  end: Reading,
  before: Reading | null,
  journal: { written: Set<string>; moods: { date: string; mood: number }[] },
): WeeklySummaryContent {
  const entries = inputs.entries;
  const inWeek = (date: string) => date >= range.start && date <= range.end;
  const status = memoryStatus(inputs.model, end.at + 1);
  const recent = status.kind === "trained" && status.retentionMeaning === "recency";
  const evidence = evidenceFor(entries.slice(0, end.at + 1));
  const show = (item: SurfaceItem): SummaryItem => {
    const quote = item.quotes.strongest;
    return {
      themeId: item.theme.id,
      entryId: quote.entryId,
      date: quote.date,
      quote: quote.text,
      retention: Math.exp(item.theme.logRetention),
      returns: item.theme.returns,
      pinned: item.theme.pinned,
      released: item.theme.letGo !== null,
      explanation: explainItem(item, end.day, { retentionMeansRecent: recent }),
    };
  };
  const asItem = (theme: ThemeReading, list: SurfaceItem["list"]): SurfaceItem => {
    const e = evidence(theme);
    const strongest = theme.occurrences.reduce((best, o) =>
      o.lesson + o.rumination > best.lesson + best.rumination ? o : best,
    );
    return {
      list,
      theme,
      reason: "signals",
      score: 0,
      evidence: e,
      quotes: { newest: theme.occurrences.at(-1)!, strongest },
    };
  };

  // Let go this week: in "Already let go" at its end but not at its start (stopped returning and faded), or
  // released by the user during the week.
  const goneBefore = new Set(before?.surface.alreadyLetGo.map((item) => item.theme.id) ?? []);
  const letGo = end.surface.alreadyLetGo
    .filter((item) => (item.theme.letGo ? inWeek(item.theme.letGo.date) : !goneBefore.has(item.theme.id)))
    .slice(0, LIST_CAP);

  // Still on your mind: worries that came up this week and had come up before.
  const rumination = end.themes
    .filter((t) => t.days.some(inWeek) && t.days.length >= 2 && isWorry(t, evidence(t)))
    .sort((a, b) => b.days.length - a.days.length || (a.lastDate < b.lastDate ? 1 : -1))
    .slice(0, LIST_CAP)
    .map((t) => asItem(t, "letGo"));

  const indexOf = new Map(entries.map((e, k) => [e.id, k]));
  const newLessons: NewLesson[] = end.themes
    .filter((t) => t.kind === "lesson" && t.occurrences.some((o) => inWeek(o.date) && o.lesson >= SURFACE.lesson))
    .slice(0, LIST_CAP)
    .map((t) => {
      const item = show(asItem(t, "keep"));
      const lessonHere = t.occurrences.filter((o) => inWeek(o.date)).sort((a, b) => b.lesson - a.lesson)[0]!;
      const j = indexOf.get(lessonHere.entryId)!;
      return {
        ...item,
        entryId: lessonHere.entryId,
        date: lessonHere.date,
        quote: lessonHere.text,
        inputGate: rowMean(run.i, run.units, j),
      };
    });

  const H = run.units;
  const gateDays: { date: string; i: number; f: number; o: number }[] = [];
  for (let j = 0; j <= end.at; j++) {
    if (inWeek(entries[j]!.date))
      gateDays.push({
        date: entries[j]!.date,
        i: rowMean(run.i, H, j),
        f: rowMean(run.f, H, j),
        o: rowMean(run.o, H, j),
      });
  }
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
    gates: gateStats(gateDays),
    memoryReady: end.at + 1 >= 7,
    kept: end.surface.keep.slice(0, LIST_CAP).map(show),
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
  return rows.flatMap((row) => {
    const s = readableContent(row);
    if (!s) return [];
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

type StoredSummary = { content: WeeklySummaryContent; builtAt: Date; emailedAt: Date | null };

// A stored summary that cannot be read is logged and treated as missing: never a 500, never shown broken.
function readableContent(row: { content: string }): WeeklySummaryContent | null {
  const content = parseSummaryContent(row.content);
  if (!content) logger.warn("a stored weekly summary could not be read; it is left out");
  return content;
}

export async function readSummary(userId: string, week: string): Promise<StoredSummary | null> {
  const row = await db.weeklySummary.findUnique({
    where: { userId_week: { userId, week } },
    select: { content: true, builtAt: true, emailedAt: true },
  });
  const content = row && readableContent(row);
  return row && content ? { content, builtAt: row.builtAt, emailedAt: row.emailedAt } : null;
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
