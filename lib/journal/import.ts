// Importing entries that were already validated as a whole (lib/validations/import.ts). Never overwrites:
// a day that already has a different entry is left as the user wrote it and reported, so re-importing a
// file (or an older backup) can neither duplicate nor destroy anything.
//
// The whole import is one transaction: a failure part-way leaves the journal exactly as it was. It stays
// short because entries go in with one multi-row insert per chunk and tags are linked with one write per
// tag per chunk, not one round trip per entry.
//
// better-sqlite3 answers synchronously, so the transaction runs to its end without giving the event loop a
// turn. That matters: the adapter shares one connection and does not hold other queries back during a
// transaction, so a request served mid-import would write inside it (and vanish on a rollback). The price
// is that other requests wait for the import (about a second per 4,000 entries here), and that progress
// reaches a browser only when the import is done. Do not add a yield to smooth the progress. On PostgreSQL the
// transaction has a pooled connection of its own, so no other request is drawn into it; other transactions wait
// for it at the transaction lock (lib/db.ts).
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { afterJournalChanged } from "./memory-hooks";
import type { ImportMark, ImportSettings } from "@/lib/import/types";
import type { JournalRecord } from "@/lib/validations/import";

export type ImportProgress = { done: number; total: number };

type ImportResult = {
  imported: number;
  unchanged: number;
  conflicts: string[];
  settingsApplied: boolean;
  marks: number;
};

/**
 * What a Cellstate export carries beside its entries. The settings are applied only to an account that had no
 * entries yet (a move into a new account); a journal already in use keeps its own. A mark is imported with the
 * entry it is anchored to, only when this import wrote that entry, so importing the file again adds none.
 */
export type ImportExtras = { settings?: ImportSettings; marks?: ImportMark[] };

// The largest import file the web page accepts (the CLI reads any size, with the same limit on records): a real
// ten-year diary of long entries is 6 MB. Kept well inside the server's heap (SERVER_HEAP_MB, 256 MB by default)
// with the records it becomes; 50 MB of `[0,0,0,…]` once ran that heap out of memory.
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

const CHUNK = 500;

// Generous: a 3,000-entry file takes well under a second; only a pathological file gets near this.
const TRANSACTION_TIMEOUT_MS = 10 * 60_000;

export async function importEntries(
  userId: string,
  records: JournalRecord[],
  onProgress: (progress: ImportProgress) => void = () => {},
  extras: ImportExtras = {},
): Promise<ImportResult> {
  const result = await db.$transaction(
    async (tx) => {
      // Read inside the transaction so the "already here?" check and the writes see the same journal.
      const existing = new Map(
        (await tx.entry.findMany({ where: { userId }, select: { date: true, body: true } })).map((e) => [
          e.date,
          e.body,
        ]),
      );
      const fresh: JournalRecord[] = [];
      const result: ImportResult = { imported: 0, unchanged: 0, conflicts: [], settingsApplied: false, marks: 0 };
      for (const record of records) {
        const body = existing.get(record.date);
        if (body === undefined) fresh.push(record);
        else if (body === record.body) result.unchanged++;
        else result.conflicts.push(record.date);
      }

      const total = records.length;
      let done = result.unchanged + result.conflicts.length;
      onProgress({ done, total });

      const tagIds = await ensureTags(tx, userId, fresh);
      for (let start = 0; start < fresh.length; start += CHUNK) {
        const chunk = fresh.slice(start, start + CHUNK);
        await insertChunk(tx, userId, chunk, tagIds);
        result.imported += chunk.length;
        done += chunk.length;
        onProgress({ done, total });
      }
      result.marks = await insertMarks(tx, userId, fresh, extras.marks ?? []);
      if (extras.settings && existing.size === 0) {
        const { name, timeZone, summaryEmail } = extras.settings;
        await tx.user.update({ where: { id: userId }, data: { name, timeZone, summaryEmail }, select: { id: true } });
        result.settingsApplied = true;
      }
      return result;
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
  // The memory worker reads the new entries and retrains right away (no writer to wait for).
  if (result.imported > 0) await afterJournalChanged(userId, 0);
  return result;
}

async function insertChunk(
  tx: Prisma.TransactionClient,
  userId: string,
  chunk: JournalRecord[],
  tagIds: Map<string, string>,
) {
  await tx.entry.createMany({ data: chunk.map((r) => ({ userId, date: r.date, body: r.body, mood: r.mood ?? null })) });
  if (!chunk.some((r) => r.tags?.length)) return;
  // Reading the new ids back is several times faster here than createManyAndReturn.
  const created = await tx.entry.findMany({
    where: { userId, date: { in: chunk.map((r) => r.date) } },
    select: { id: true, date: true },
  });
  const entryIdOfDate = new Map(created.map((e) => [e.date, e.id]));
  const entriesOfTag = new Map<string, { id: string }[]>();
  for (const record of chunk) {
    for (const name of record.tags ?? []) {
      const tagId = tagIds.get(name)!;
      const list = entriesOfTag.get(tagId) ?? [];
      list.push({ id: entryIdOfDate.get(record.date)! });
      entriesOfTag.set(tagId, list);
    }
  }
  for (const [tagId, entries] of entriesOfTag) {
    await tx.tag.update({
      where: { id: tagId, userId },
      data: { entries: { connect: entries } },
      select: { id: true },
    });
  }
}

// Marks go in without a theme, on their entry: the worker groups the new entries' sentences into themes and then
// gives each mark the theme of its entry's largest part (carryEntryMarksToThemes), as it does for marks made
// before themes existed.
async function insertMarks(
  tx: Prisma.TransactionClient,
  userId: string,
  fresh: JournalRecord[],
  marks: ImportMark[],
): Promise<number> {
  const written = new Set(fresh.map((r) => r.date));
  const wanted = marks.filter((m) => written.has(m.date));
  if (wanted.length === 0) return 0;
  const entries = await tx.entry.findMany({
    where: { userId, date: { in: [...new Set(wanted.map((m) => m.date))] } },
    select: { id: true, date: true },
  });
  const entryOfDate = new Map(entries.map((e) => [e.date, e.id]));
  await tx.memoryMark.createMany({
    data: wanted.map((m) => ({ userId, entryId: entryOfDate.get(m.date)!, kind: m.kind, atDate: m.atDate })),
  });
  return wanted.length;
}

// Creates the tags the file uses once, up front, instead of a connectOrCreate per entry.
async function ensureTags(
  tx: Prisma.TransactionClient,
  userId: string,
  records: JournalRecord[],
): Promise<Map<string, string>> {
  const names = [...new Set(records.flatMap((r) => r.tags ?? []))];
  if (names.length === 0) return new Map();
  const existing = await tx.tag.findMany({ where: { userId, name: { in: names } }, select: { name: true } });
  const known = new Set(existing.map((t) => t.name));
  const missing = names.filter((n) => !known.has(n));
  if (missing.length > 0) await tx.tag.createMany({ data: missing.map((name) => ({ userId, name })) });
  const all = await tx.tag.findMany({ where: { userId, name: { in: names } }, select: { id: true, name: true } });
  return new Map(all.map((t) => [t.name, t.id]));
}
