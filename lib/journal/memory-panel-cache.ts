// Computed panels, kept in the server process per user and day. Each is checked against a fingerprint of
// everything it is computed from: the entries (count and last change, which covers moods and deletions), their
// analyses (the worker reads entries too), the user's marks and the newest model version. One statement, under
// a millisecond, against a full recompute of the model over the journal.
import { z } from "zod";
import { db } from "@/lib/db";
import { SizedLru } from "@/lib/sized-lru";

type Cached<T> = { key: string; value: T };

// The panels of the days viewed most recently, across users: moving back and forth between days (previous /
// next) finds them again. A panel (lists, quotes, explanations and 60 days of gates) takes tens of kilobytes.
const PANELS_KEPT = 100;
const panels = new SizedLru<string, Cached<unknown>>(PANELS_KEPT, () => 1);

// Counts, times and a version, read back as each database returns them (a bigint and a Date on PostgreSQL, numbers
// and text on SQLite) and compared as text. A Date keeps its milliseconds (String() would drop them, and two
// changes within a second would look like none).
const fingerprintValue = z.union([
  z.date().transform((d) => d.toISOString()),
  z.union([z.string(), z.number(), z.bigint(), z.null()]).transform(String),
]);
const fingerprintRow = z.record(z.string(), fingerprintValue);

// One statement rather than four aggregate queries: each Prisma query costs a few tenths of a millisecond of
// the server's CPU, and this runs on every journal page.
async function fingerprint(userId: string, day: string): Promise<string> {
  const rows = await db.$queryRaw`
    SELECT
      (SELECT COUNT(*) FROM "Entry" WHERE "userId" = ${userId}) AS entries,
      (SELECT MAX("updatedAt") FROM "Entry" WHERE "userId" = ${userId}) AS "entriesChanged",
      (SELECT COUNT(*) FROM "EntryAnalysis" WHERE "userId" = ${userId}) AS analyses,
      (SELECT MAX("updatedAt") FROM "EntryAnalysis" WHERE "userId" = ${userId}) AS "analysesChanged",
      (SELECT COUNT(*) FROM "MemoryMark" WHERE "userId" = ${userId}) AS marks,
      (SELECT MAX("createdAt") FROM "MemoryMark" WHERE "userId" = ${userId}) AS "marksChanged",
      (SELECT MAX("version") FROM "MemoryModel" WHERE "userId" = ${userId}) AS model`;
  const [row] = z.tuple([fingerprintRow]).parse(rows);
  return [day, ...Object.values(row)].join("|");
}

export async function cachedPanel<T>(userId: string, day: string, compute: () => Promise<T>): Promise<T> {
  const key = await fingerprint(userId, day);
  const slot = `${userId}|${day}`;
  const hit = panels.get(slot);
  if (hit?.key === key) return hit.value as T;
  const value = await compute();
  panels.set(slot, { key, value });
  return value;
}
