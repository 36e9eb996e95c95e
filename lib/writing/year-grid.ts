// A calendar year of writing days as a grid like a contribution graph: one column a week, one row a weekday,
// starting on the reader's first day of the week. A written day's shade says how much was written that day against
// the rest of that year (its quartile), so a short entry is never "less" than nothing: any entry shows. Unwritten
// days are plain, never marked.                                                            (framework-free)
import { dayNumber, dayOfNumber } from "./writing-days";

export type Shade = 0 | 1 | 2 | 3 | 4;

export type GridDay = { day: string; shade: Shade; future: boolean };

export type MonthCount = { month: string; written: number; days: number };

export type YearGrid = {
  year: number;
  /** Columns of seven, in the week's order from `weekStart`; null where the slot falls outside the year. */
  weeks: (GridDay | null)[][];
  /** The column each month begins in, for the labels above the grid. */
  monthStarts: { month: string; week: number }[];
  /** The text alternative: each month's written days out of its days (up to today in the current month). */
  byMonth: MonthCount[];
  written: number;
};

/** Weekday of a day number, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

// The three cut points between quartiles of a year's amounts (nearest rank).
function quartiles(amounts: number[]): [number, number, number] {
  const sorted = [...amounts].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return [at(0.25), at(0.5), at(0.75)];
}

/**
 * The grid of `year`. `amounts` maps each written day to how much was written (characters, say); days beyond
 * `today` are shown as not yet come. `weekStart`: 0 = Sunday … 6 = Saturday, the reader's locale's first day.
 */
export function yearGrid(
  year: number,
  amounts: ReadonlyMap<string, number>,
  today: string,
  weekStart: number,
): YearGrid {
  const first = dayNumber(`${year}-01-01`);
  const last = dayNumber(`${year}-12-31`);
  const todayN = dayNumber(today);
  const inYear = [...amounts].filter(([day]) => day.startsWith(`${year}-`) && dayNumber(day) <= todayN);
  const cuts = quartiles(inYear.map(([, amount]) => amount));
  const shadeOf = (day: string): Shade => {
    const amount = amounts.get(day);
    if (amount === undefined) return 0;
    return (1 + cuts.filter((cut) => amount > cut).length) as Shade;
  };

  const lead = (weekdayOf(first) - weekStart + 7) % 7;
  const weeks: (GridDay | null)[][] = [];
  const monthStarts: { month: string; week: number }[] = [];
  const byMonth = new Map<string, MonthCount>();
  for (let n = first - lead; n <= last; n += 7) {
    const week: (GridDay | null)[] = [];
    for (let k = 0; k < 7; k++) {
      const m = n + k;
      if (m < first || m > last) {
        week.push(null);
        continue;
      }
      const day = dayOfNumber(m);
      const future = m > todayN;
      const cell: GridDay = { day, shade: future ? 0 : shadeOf(day), future };
      week.push(cell);
      const month = day.slice(0, 7);
      if (day.endsWith("-01")) monthStarts.push({ month, week: weeks.length });
      const count = byMonth.get(month) ?? { month, written: 0, days: 0 };
      if (!future) {
        count.days++;
        if (cell.shade > 0) count.written++;
      }
      byMonth.set(month, count);
    }
    weeks.push(week);
  }
  const months = [...byMonth.values()];
  return { year, weeks, monthStarts, byMonth: months, written: months.reduce((s, m) => s + m.written, 0) };
}
