// Importing entries that were already validated as a whole (lib/validations/import.ts). Never overwrites:
// a day that already has a different entry is left as the user wrote it and reported, so re-importing a
// file (or an older backup) can neither duplicate nor destroy anything.
import { db } from "@/lib/db";
import type { ImportRecord } from "@/lib/validations/import";

export type ImportProgress = { done: number; total: number };

export type ImportResult = { imported: number; unchanged: number; conflicts: string[] };

const BATCH = 250;

export async function importEntries(
  userId: string,
  records: ImportRecord[],
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportResult> {
  const existing = new Map(
    (await db.entry.findMany({ where: { userId }, select: { date: true, body: true } })).map((e) => [e.date, e.body]),
  );
  const fresh: ImportRecord[] = [];
  const result: ImportResult = { imported: 0, unchanged: 0, conflicts: [] };
  for (const record of records) {
    const body = existing.get(record.date);
    if (body === undefined) fresh.push(record);
    else if (body === record.body) result.unchanged++;
    else result.conflicts.push(record.date);
  }

  const total = records.length;
  let done = result.unchanged + result.conflicts.length;
  onProgress({ done, total });

  const tagIds = await ensureTags(userId, fresh);
  for (let start = 0; start < fresh.length; start += BATCH) {
    const batch = fresh.slice(start, start + BATCH);
    await db.$transaction(
      batch.map((record) =>
        db.entry.create({
          data: {
            userId,
            date: record.date,
            body: record.body,
            mood: record.mood ?? null,
            tags: { connect: (record.tags ?? []).map((name) => ({ id: tagIds.get(name)! })) },
          },
          select: { id: true },
        }),
      ),
    );
    result.imported += batch.length;
    done += batch.length;
    onProgress({ done, total });
  }
  return result;
}

// Creates the tags the file uses once, up front, instead of a connectOrCreate per entry.
async function ensureTags(userId: string, records: ImportRecord[]): Promise<Map<string, string>> {
  const names = [...new Set(records.flatMap((r) => r.tags ?? []))];
  if (names.length === 0) return new Map();
  const existing = await db.tag.findMany({ where: { userId, name: { in: names } }, select: { id: true, name: true } });
  const known = new Set(existing.map((t) => t.name));
  const missing = names.filter((n) => !known.has(n));
  if (missing.length > 0) await db.tag.createMany({ data: missing.map((name) => ({ userId, name })) });
  const all = await db.tag.findMany({ where: { userId, name: { in: names } }, select: { id: true, name: true } });
  return new Map(all.map((t) => [t.name, t.id]));
}
