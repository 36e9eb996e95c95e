// Search over one user's entries: the words of a query (lib/text/search-terms.ts) found by the database's
// full-text index (search-sql.ts), filtered by tag, mood and dates, a page at a time, each result with its
// snippet. A search without words lists the entries the filters keep, newest first.
import { db } from "@/lib/db";
import { queryTerms, type QueryTerm } from "@/lib/text/search-terms";
import { searchSnippet, type SnippetPart } from "@/lib/text/search-snippet";
import { matchingEntryIds, type SearchFilters } from "./search-sql";

export type { SearchFilters };

export type SearchHit = { id: string; date: string; mood: number | null; tags: string[]; snippet: SnippetPart[] };

export type SearchResults = { hits: SearchHit[]; total: number; page: number; pages: number; terms: QueryTerm[] };

const hitSelect = {
  id: true,
  date: true,
  body: true,
  mood: true,
  tags: { select: { name: true }, orderBy: { name: "asc" } },
} as const;

function prismaFilters(userId: string, f: SearchFilters) {
  return {
    userId,
    ...((f.from || f.to) && { date: { ...(f.from && { gte: f.from }), ...(f.to && { lte: f.to }) } }),
    ...(f.mood !== undefined && { mood: f.mood }),
    ...(f.tag !== undefined && { tags: { some: { userId, name: f.tag } } }),
  };
}

/** The page asked for, clamped to a real one (NaN and 1e20 included), as listEntries does. */
function clampPage(asked: number, total: number, pageSize: number) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return { pages, page: Number.isNaN(asked) ? 1 : Math.min(pages, Math.max(1, Math.floor(asked))) };
}

export async function searchEntries(
  userId: string,
  query: string,
  filters: SearchFilters,
  { page: asked, pageSize }: { page: number; pageSize: number },
): Promise<SearchResults> {
  const terms = queryTerms(query);
  let ids: string[];
  let total: number;
  let page: number;
  let pages: number;
  if (terms.length === 0) {
    const where = prismaFilters(userId, filters);
    total = await db.entry.count({ where });
    ({ page, pages } = clampPage(asked, total, pageSize));
    const rows = await db.entry.findMany({
      where,
      orderBy: { date: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true },
    });
    ids = rows.map((r) => r.id);
  } else {
    // The count comes with the page, so a page past the last is read again as the last.
    const read = (p: number) =>
      matchingEntryIds(userId, terms, filters, { offset: (p - 1) * pageSize, limit: pageSize });
    const wanted = clampPage(asked, Number.MAX_SAFE_INTEGER, 1).page;
    let result = await read(Math.min(wanted, 1_000_000));
    ({ page, pages } = clampPage(asked, result.total, pageSize));
    if (page !== wanted) result = await read(page);
    ({ ids, total } = result);
  }
  const rows = await db.entry.findMany({ where: { userId, id: { in: ids } }, select: hitSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const hits = ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [{ id, date: r.date, mood: r.mood, tags: r.tags.map((t) => t.name), snippet: searchSnippet(r.body, terms) }];
  });
  return { hits, total, page, pages, terms };
}
