// What search reads of each entry (the EntrySearch rows; the full-text index over them is the database's, made
// by the search_index migration). A save writes the entry's terms with the entry itself (entries.ts). Entries
// written another way (an import, or before the index existed) and entries cut by an older rule are indexed by
// the memory worker (lib/jobs/memory-worker.ts), which calls indexAllUnsearchedEntries when it starts and as it runs.
import { Prisma } from "@/generated/prisma/client";
import { providerOf } from "@/lib/config/database";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { indexTerms, SEARCH_TERMS_VERSION } from "@/lib/text/search-terms";

type Writer = Pick<Prisma.TransactionClient, "entrySearch">;

/** Writes an entry's terms, made from the text just stored (`terms` is indexTerms(body), cut before the write). */
export async function writeSearchTerms(tx: Writer, userId: string, entryId: string, terms: string): Promise<void> {
  await tx.entrySearch.upsert({
    where: { entryId },
    create: { entryId, userId, terms, version: SEARCH_TERMS_VERSION },
    update: { terms, version: SEARCH_TERMS_VERSION },
    select: { id: true },
  });
}

const BATCH = 200;

// An entry search cannot find as it is: no terms yet, or terms cut by an older rule.
const unsearched = {
  OR: [{ search: { is: null } }, { search: { is: { version: { lt: SEARCH_TERMS_VERSION } } } }],
} satisfies Prisma.EntryWhereInput;

// P2002: a save wrote the entry's terms first. P2003: the entry was deleted meanwhile.
function isRaceLost(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || error.code === "P2003");
}

/**
 * Indexes up to `limit` entries of any user that have no terms or terms cut by an older rule; returns how many.
 * A save that lands meanwhile writes its own terms: these writes never replace them (a new row is only created
 * when none exists, an old one only replaced while it still has the old version).
 */
async function indexUnsearchedEntries(limit = BATCH): Promise<number> {
  const rows = await db.entry.findMany({
    where: unsearched,
    select: { id: true, userId: true, body: true, search: { select: { id: true } } },
    take: limit,
  });
  for (const row of rows) {
    const terms = indexTerms(row.body);
    if (row.search) {
      await db.entrySearch.updateMany({
        where: { entryId: row.id, version: { lt: SEARCH_TERMS_VERSION } },
        data: { terms, version: SEARCH_TERMS_VERSION },
      });
      continue;
    }
    try {
      await db.entrySearch.create({
        data: { entryId: row.id, userId: row.userId, terms, version: SEARCH_TERMS_VERSION },
        select: { id: true },
      });
    } catch (error) {
      if (!isRaceLost(error)) throw error;
    }
  }
  return rows.length;
}

/** Indexes every entry that needs it, a batch at a time; returns how many. */
export async function indexAllUnsearchedEntries(): Promise<number> {
  let total = 0;
  for (let n = await indexUnsearchedEntries(); n > 0; n = await indexUnsearchedEntries()) total += n;
  return total;
}

/** How many of the user's entries search cannot find yet (the worker has not indexed them). */
export async function unsearchedCount(userId: string): Promise<number> {
  return db.entry.count({ where: { userId, ...unsearched } });
}

/**
 * After a deletion: FTS5 removes a deleted entry's terms by writing a "deleted" marker into a newer part of its
 * index, and the old part, with the words, stays in the file until parts are merged. 'optimize' merges them all
 * now (on the 3,411-entry diary 64 ms the first time, under a millisecond after: bench "search"), so
 * secure_delete can zero the pages they were in.
 * PostgreSQL keeps deleted rows until its vacuum, like every other table there (README).
 */
export async function purgeDeletedTerms(): Promise<void> {
  if (providerOf(env.databaseUrl) !== "sqlite") return;
  await db.$executeRaw`INSERT INTO "EntrySearchFts" ("EntrySearchFts") VALUES ('optimize')`;
}
