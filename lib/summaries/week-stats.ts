// The plain counts of a week: which days were written, streaks, mood and the mean daily gates. Pure: the
// caller passes the days and readings, so these are tested on their own.
import { addDays } from "@/lib/dates";
import type { WeekRange } from "./iso-week";
import type { DayGates, WeeklySummaryContent } from "./types";

/** Weeks before the summarised one that its mood is compared with. */
export const MOOD_BASELINE_WEEKS = 4;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** `written` holds every day the user wrote on, up to the week's end at least. */
export function writingStats(range: WeekRange, written: ReadonlySet<string>): WeeklySummaryContent["writing"] {
  const days: string[] = [];
  let bestRun = 0;
  let run = 0;
  for (let day = range.start; day <= range.end; day = addDays(day, 1)) {
    if (written.has(day)) {
      days.push(day);
      run++;
      bestRun = Math.max(bestRun, run);
    } else run = 0;
  }
  let streakAtEnd = 0;
  for (let day = range.end; written.has(day); day = addDays(day, -1)) streakAtEnd++;
  return { entries: days.length, days, bestRun, streakAtEnd };
}

/** `moods` holds the user's entries with a mood, any dates; only the week and the weeks before it are read. */
export function moodStats(
  range: WeekRange,
  moods: readonly { date: string; mood: number }[],
): WeeklySummaryContent["mood"] {
  const baselineStart = addDays(range.start, -7 * MOOD_BASELINE_WEEKS);
  const days = moods.filter((m) => m.date >= range.start && m.date <= range.end);
  const before = moods.filter((m) => m.date >= baselineStart && m.date < range.start).map((m) => m.mood);
  return { days: [...days], mean: mean(days.map((d) => d.mood)), previousMean: mean(before) };
}

/** Mean of the daily gate means over the days written (each day weighs the same, however long its entry). */
export function gateStats(days: readonly DayGates[]): WeeklySummaryContent["gates"] {
  if (days.length === 0) return { days: [], mean: null };
  return {
    days: [...days],
    mean: {
      i: mean(days.map((d) => d.i))!,
      f: mean(days.map((d) => d.f))!,
      o: mean(days.map((d) => d.o))!,
    },
  };
}
