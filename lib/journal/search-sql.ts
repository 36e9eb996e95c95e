// The full-text part of a search, in each database's own words: FTS5's MATCH and bm25 on SQLite, a tsquery
// against the GIN index and ts_rank on PostgreSQL (both indexes are the search_index migration's). Terms come from
// lib/text/search-terms.ts and hold only letters, digits and marks, so quoting them is all the escaping either
// expression needs, and every value reaches the database as a bound parameter.
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { providerOf } from "@/lib/config/database";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { QueryTerm } from "@/lib/text/search-terms";

export type SearchFilters = { tag?: string; mood?: number; from?: string; to?: string };

/** FTS5: every term must be there; a Chinese word as itself or as its characters in a row (a phrase). */
function ftsMatch(terms: QueryTerm[]): string {
  return terms
    .map((t) => (t.kind === "han" && t.chars.length > 1 ? `("${t.term}" OR "${t.chars.join(" ")}")` : `"${t.term}"`))
    .join(" AND ");
}

/** The same as a tsquery: & for AND, | for OR, <-> for "followed by". */
function tsQuery(terms: QueryTerm[]): string {
  return terms
    .map((t) =>
      t.kind === "han" && t.chars.length > 1
        ? `('${t.term}' | ${t.chars.map((c) => `'${c}'`).join(" <-> ")})`
        : `'${t.term}'`,
    )
    .join(" & ");
}

function filterSql(userId: string, f: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`e."userId" = ${userId}`];
  if (f.from) parts.push(Prisma.sql`e."date" >= ${f.from}`);
  if (f.to) parts.push(Prisma.sql`e."date" <= ${f.to}`);
  if (f.mood !== undefined) parts.push(Prisma.sql`e."mood" = ${f.mood}`);
  if (f.tag !== undefined)
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "_EntryToTag" et JOIN "Tag" t ON t."id" = et."B"
      WHERE et."A" = e."id" AND t."userId" = ${userId} AND t."name" = ${f.tag})`);
  return Prisma.join(parts, " AND ");
}

const idRows = z.array(z.object({ id: z.string() }));
// COUNT is an integer on SQLite and a bigint on PostgreSQL.
const countRows = z.tuple([z.object({ total: z.coerce.number() })]);

/** One page of the user's entries holding every term and passing the filters, best first, and how many there are. */
export async function matchingEntryIds(
  userId: string,
  terms: QueryTerm[],
  filters: SearchFilters,
  { offset, limit }: { offset: number; limit: number },
): Promise<{ ids: string[]; total: number }> {
  const where = filterSql(userId, filters);
  if (providerOf(env.databaseUrl) === "sqlite") {
    // The index is read first and once (MATERIALIZED): left to itself the planner may walk the user's entries
    // and test MATCH against each, a second or more on a diary of thousands.
    const from = Prisma.sql`hits JOIN "EntrySearch" s ON s."id" = hits.rowid JOIN "Entry" e ON e."id" = s."entryId"
      WHERE s."userId" = ${userId} AND ${where}`;
    const hits = Prisma.sql`WITH hits AS MATERIALIZED (
      SELECT rowid, bm25("EntrySearchFts") AS score FROM "EntrySearchFts" WHERE "EntrySearchFts" MATCH ${ftsMatch(terms)})`;
    const [rows, count] = await Promise.all([
      db.$queryRaw`${hits} SELECT e."id" AS id FROM ${from}
        ORDER BY hits.score, e."date" DESC LIMIT ${limit} OFFSET ${offset}`,
      db.$queryRaw`${hits} SELECT COUNT(*) AS total FROM ${from}`,
    ]);
    return { ids: idRows.parse(rows).map((r) => r.id), total: countRows.parse(count)[0].total };
  }
  // The expression is the index's own (to_tsvector('simple', "terms")), or PostgreSQL would not use it.
  const from = Prisma.sql`"EntrySearch" s JOIN "Entry" e ON e."id" = s."entryId",
      to_tsquery('simple', ${tsQuery(terms)}) q
      WHERE s."userId" = ${userId} AND to_tsvector('simple'::regconfig, s."terms") @@ q AND ${where}`;
  const [rows, count] = await Promise.all([
    db.$queryRaw`SELECT e."id" AS id FROM ${from}
      ORDER BY ts_rank(to_tsvector('simple'::regconfig, s."terms"), q) DESC, e."date" DESC
      LIMIT ${limit} OFFSET ${offset}`,
    db.$queryRaw`SELECT COUNT(*) AS total FROM ${from}`,
  ]);
  return { ids: idRows.parse(rows).map((r) => r.id), total: countRows.parse(count)[0].total };
}
