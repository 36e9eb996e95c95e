// The last computed panel of each user, kept in the server process. Its key is a fingerprint of everything
// the panel is computed from: the entries (count and last change, which covers moods and deletions), their
// analyses (the worker reads entries too), the user's marks, the newest model version, and the day viewed.
// A few aggregate queries, a millisecond or two, against a full recompute of the model over the journal.
import { db } from "@/lib/db";

type Cached<T> = { key: string; value: T };

const lastPanel = new Map<string, Cached<unknown>>();

// One statement rather than four aggregate queries: each Prisma query costs a few tenths of a millisecond of
// the server's CPU, and this runs on every journal page.
async function fingerprint(userId: string, day: string): Promise<string> {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT
      (SELECT COUNT(*) FROM "Entry" WHERE "userId" = ${userId}) AS entries,
      (SELECT MAX("updatedAt") FROM "Entry" WHERE "userId" = ${userId}) AS "entriesChanged",
      (SELECT COUNT(*) FROM "EntryAnalysis" WHERE "userId" = ${userId}) AS analyses,
      (SELECT MAX("updatedAt") FROM "EntryAnalysis" WHERE "userId" = ${userId}) AS "analysesChanged",
      (SELECT COUNT(*) FROM "MemoryMark" WHERE "userId" = ${userId}) AS marks,
      (SELECT MAX("createdAt") FROM "MemoryMark" WHERE "userId" = ${userId}) AS "marksChanged",
      (SELECT MAX("version") FROM "MemoryModel" WHERE "userId" = ${userId}) AS model`;
  return [day, ...Object.values(row ?? {}).map(String)].join("|");
}

export async function cachedPanel<T>(userId: string, day: string, compute: () => Promise<T>): Promise<T> {
  const key = await fingerprint(userId, day);
  const hit = lastPanel.get(userId);
  if (hit?.key === key) return hit.value as T;
  const value = await compute();
  lastPanel.set(userId, { key, value });
  return value;
}
