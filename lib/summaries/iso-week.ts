// ISO 8601 weeks ("2026-W48": Monday to Sunday; week 1 holds the year's first Thursday) over journal days, and
// when a week is over for someone in a given time zone. Days stay "YYYY-MM-DD" strings (lib/dates.ts), so a
// week's days never depend on a time zone; only "has this week ended yet?" does.
import { addDays, isIsoDay, todayIn, weekdayIndex } from "@/lib/dates";

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

export type WeekRange = { week: string; start: string; end: string };

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

// The Monday of ISO week 1: the week that holds 4 January.
function firstMonday(year: number): string {
  const jan4 = `${year}-01-04`;
  return addDays(jan4, -weekdayIndex(jan4));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isoWeekOf(day: string): string {
  // The week's Thursday decides its year.
  const thursday = addDays(day, 3 - weekdayIndex(day));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(firstMonday(year), thursday) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/** The week's Monday and Sunday, or null when the text is not an ISO week that exists (e.g. 2026-W53). */
export function weekRange(week: string): WeekRange | null {
  const m = ISO_WEEK.exec(week);
  if (!m) return null;
  const year = Number(m[1]);
  const n = Number(m[2]);
  if (n < 1 || !isIsoDay(`${year}-01-04`)) return null;
  const start = addDays(firstMonday(year), (n - 1) * 7);
  if (isoWeekOf(start) !== week) return null;
  return { week, start, end: addDays(start, 6) };
}

export function isIsoWeek(value: string): boolean {
  return weekRange(value) !== null;
}

export function addWeeks(week: string, weeks: number): string {
  const range = weekRange(week);
  if (!range) throw new Error(`Not an ISO week: ${week}`);
  return isoWeekOf(addDays(range.start, weeks * 7));
}

/** Every week from `first` to `last`, both included, oldest first. */
export function weeksBetween(first: string, last: string): string[] {
  const weeks: string[] = [];
  for (let week = first; week <= last; week = addWeeks(week, 1)) weeks.push(week);
  return weeks;
}

/** The newest week that is over for someone in this time zone: the week before the one holding their today. */
export function lastCompletedWeek(timeZone: string, now: Date = new Date()): string {
  return isoWeekOf(addDays(todayIn(timeZone, now), -7));
}

// Minutes the zone is ahead of UTC at an instant.
function offsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((local - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a week ends for someone in this time zone: midnight at the start of the next Monday, local time.
 * Midnight exists on every day in every zone Cellstate knows of except a few historic ones; the offset is
 * taken at that instant, so a week that holds a DST change is 167 or 169 hours long.
 */
export function weekEndsAt(week: string, timeZone: string): Date {
  const range = weekRange(week);
  if (!range) throw new Error(`Not an ISO week: ${week}`);
  const midnightUtc = Date.parse(`${addDays(range.end, 1)}T00:00:00Z`);
  // Two rounds: the first offset is the one at UTC midnight, which can differ from the one at local midnight.
  let guess = midnightUtc - offsetMinutes(timeZone, new Date(midnightUtc)) * 60_000;
  guess = midnightUtc - offsetMinutes(timeZone, new Date(guess)) * 60_000;
  return new Date(guess);
}
