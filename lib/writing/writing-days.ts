// Streaks and the year's grid of writing days, from the days a user wrote on ("YYYY-MM-DD" in their own calendar,
// as entries store them). Day arithmetic is on whole day numbers counted from 1970-01-01 UTC, so no time zone or
// daylight-saving change can stretch or shrink a day; the user's time zone only decides which day is "today"
// (lib/dates.ts `todayIn`). Nothing here counts a missed day against anyone: a run that ended is simply over, and
// a run that reached yesterday is still open today.                                            (framework-free)
import { isIsoDay } from "@/lib/dates";

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a "YYYY-MM-DD" day. */
export function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / MS_PER_DAY;
}

export function dayOfNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export type DayRun = { start: string; end: string; days: number };

export type WritingStats = {
  /** Days with an entry, up to today. */
  daysWritten: number;
  /** Days written in today's month and year. */
  thisMonth: number;
  thisYear: number;
  /** The run of consecutive days that reaches today or yesterday: still open, since today can still be written. */
  currentRun: DayRun | null;
  /** The longest run ever (the earliest of equally long ones). */
  longestRun: DayRun | null;
  lastWritten: string | null;
};

/**
 * What the writing days say as of `today`. `days` may come in any order and repeat; days that are not real dates
 * or are after today (an entry written in a time zone ahead of the present one) are left out.
 */
export function writingStats(days: Iterable<string>, today: string): WritingStats {
  // "YYYY-MM-DD" strings sort as their days do: no Date is made per day (3,411 of them on every page).
  const sorted = [...new Set(days)].filter((d) => d <= today && isIsoDay(d)).sort();
  const month = today.slice(0, 7);
  const year = today.slice(0, 4);
  let thisMonth = 0;
  let thisYear = 0;
  let longest: [number, number] | null = null;
  let runStart = NaN;
  let previous = NaN;
  for (const day of sorted) {
    const n = dayNumber(day);
    if (day.startsWith(month)) thisMonth++;
    if (day.startsWith(year)) thisYear++;
    if (n !== previous + 1) runStart = n;
    if (!longest || n - runStart > longest[1] - longest[0]) longest = [runStart, n];
    previous = n;
  }
  const runOf = ([start, end]: [number, number]): DayRun => ({
    start: dayOfNumber(start),
    end: dayOfNumber(end),
    days: end - start + 1,
  });
  const last = sorted.at(-1);
  return {
    daysWritten: sorted.length,
    thisMonth,
    thisYear,
    currentRun: last !== undefined && dayNumber(today) - previous <= 1 ? runOf([runStart, previous]) : null,
    longestRun: longest && runOf(longest),
    lastWritten: last ?? null,
  };
}
