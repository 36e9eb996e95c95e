// The user's writing days for the streaks and the year's grid (lib/writing): every entry's day (read from the
// (userId, date) index alone, 3,411 short strings for a ten-year diary) and, for the year shown, how long each
// entry is, measured by the database so no entry text is read into the server.
import { z } from "zod";
import { db } from "@/lib/db";
import { writingStats, type WritingStats } from "@/lib/writing/writing-days";
import { yearGrid, type YearGrid } from "@/lib/writing/year-grid";

// LENGTH is an integer on both databases; parsed rather than trusted, like every raw read.
const lengthRows = z.array(z.object({ date: z.string(), chars: z.coerce.number() }));

async function entryLengths(userId: string, year: number): Promise<Map<string, number>> {
  const rows = await db.$queryRaw`
    SELECT "date", LENGTH("body") AS "chars" FROM "Entry"
    WHERE "userId" = ${userId} AND "date" >= ${`${year}-01-01`} AND "date" <= ${`${year}-12-31`}`;
  return new Map(lengthRows.parse(rows).map((r) => [r.date, r.chars]));
}

export type WritingDays = {
  stats: WritingStats;
  grid: YearGrid;
  /** The years that can be shown: from the first entry's to today's. */
  years: number[];
};

/** Streaks as of `today` (the user's day) and the grid of `year`. */
export async function readWritingDays(
  userId: string,
  year: number,
  today: string,
  weekStart: number,
): Promise<WritingDays> {
  const [rows, lengths] = await Promise.all([
    db.entry.findMany({ where: { userId }, select: { date: true }, orderBy: { date: "asc" } }),
    entryLengths(userId, year),
  ]);
  const days = rows.map((r) => r.date);
  const thisYear = Number(today.slice(0, 4));
  const firstYear = Math.min(Number(days[0]?.slice(0, 4) ?? thisYear), thisYear);
  return {
    stats: writingStats(days, today),
    grid: yearGrid(year, lengths, today, weekStart),
    years: Array.from({ length: thisYear - firstYear + 1 }, (_, k) => thisYear - k),
  };
}
