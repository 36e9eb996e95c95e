// The entries of a date range, oldest first, whole: what the printable page shows.
import { db } from "@/lib/db";

export type RangeEntry = { date: string; body: string; mood: number | null; tags: string[] };

// About three years of daily entries; a longer range is printed in parts (the page says so).
export const MAX_PRINTED_ENTRIES = 1_000;

export async function entriesBetween(
  userId: string,
  from: string,
  to: string,
): Promise<{ entries: RangeEntry[]; total: number }> {
  const where = { userId, date: { gte: from, lte: to } };
  const [total, rows] = await Promise.all([
    db.entry.count({ where }),
    db.entry.findMany({
      where,
      orderBy: { date: "asc" },
      take: MAX_PRINTED_ENTRIES,
      select: { date: true, body: true, mood: true, tags: { select: { name: true }, orderBy: { name: "asc" } } },
    }),
  ]);
  return { entries: rows.map((r) => ({ ...r, tags: r.tags.map((t) => t.name) })), total };
}
