// The journal's data layer. Every function takes the owner's user id and every query filters by it: this
// is the guard that keeps one person's journal from another, whatever the route or the proxy did.
import { db } from "@/lib/db";
import { plainBlocks } from "@/lib/text/markdown";
import { indexTerms } from "@/lib/text/search-terms";
import { purgeDeletedTerms, writeSearchTerms } from "./search-index";
import { ungroupEntry } from "./themes-store";
import type { EntryInput } from "@/lib/validations/entry";

const entrySelect = {
  id: true,
  date: true,
  body: true,
  mood: true,
  updatedAt: true,
  tags: { select: { name: true }, orderBy: { name: "asc" } },
} as const;

type JournalEntry = {
  id: string;
  date: string;
  body: string;
  mood: number | null;
  tags: string[];
  updatedAt: string;
};

type Row = { id: string; date: string; body: string; mood: number | null; updatedAt: Date; tags: { name: string }[] };

function toEntry(row: Row): JournalEntry {
  return { ...row, tags: row.tags.map((t) => t.name), updatedAt: row.updatedAt.toISOString() };
}

export async function getEntryByDate(userId: string, date: string): Promise<JournalEntry | null> {
  const row = await db.entry.findUnique({ where: { userId_date: { userId, date } }, select: entrySelect });
  return row && toEntry(row);
}

export async function getEntryById(userId: string, id: string): Promise<JournalEntry | null> {
  const row = await db.entry.findFirst({ where: { id, userId }, select: entrySelect });
  return row && toEntry(row);
}

function tagWrites(userId: string, tags: string[]) {
  return tags.map((name) => ({
    where: { userId_name: { userId, name } },
    create: { userId, name },
  }));
}

// Writes the day's entry, creating it or replacing its text, mood and tags, and what search reads of it (in one
// transaction, so search never finds an entry by words it no longer holds).
export async function saveEntry(userId: string, date: string, input: EntryInput): Promise<JournalEntry> {
  const tags = input.tags ?? [];
  const terms = indexTerms(input.body);
  return db.$transaction(async (tx) => {
    const row = await tx.entry.upsert({
      where: { userId_date: { userId, date } },
      create: {
        userId,
        date,
        body: input.body,
        mood: input.mood ?? null,
        tags: { connectOrCreate: tagWrites(userId, tags) },
      },
      update: {
        body: input.body,
        mood: input.mood ?? null,
        tags: { set: [], connectOrCreate: tagWrites(userId, tags) },
      },
      select: entrySelect,
    });
    await writeSearchTerms(tx, userId, row.id, terms);
    return toEntry(row);
  });
}

// Returns false when there is no such entry of this user's (someone else's id looks the same as none).
export async function deleteEntry(userId: string, id: string): Promise<boolean> {
  const entry = await db.entry.findFirst({ where: { id, userId }, select: { date: true } });
  if (!entry) return false;
  // Its sentences leave their themes' sums first; the rows themselves go with the entry.
  await ungroupEntry(userId, id, entry.date);
  const { count } = await db.entry.deleteMany({ where: { id, userId } });
  if (count > 0) await purgeDeletedTerms();
  return count > 0;
}

export type EntrySummary = { id: string; date: string; excerpt: string; mood: number | null; tags: string[] };

const EXCERPT_CHARS = 180;

// A one-line preview; blocks (headings, paragraphs, list items) are joined with " · ".
export function excerptOf(body: string): string {
  const plain = plainBlocks(body).join(" · ");
  return plain.length > EXCERPT_CHARS ? `${plain.slice(0, EXCERPT_CHARS).trimEnd()}…` : plain;
}

/**
 * One page of the journal (or of the entries with one tag), newest first. A page past the last (or not a whole
 * number: `?page=1e20` once made Prisma fail to fit its offset, a 500) is clamped to the nearest real page, and
 * `page` says which was read.
 */
export async function listEntries(
  userId: string,
  { page: asked, pageSize, tag }: { page: number; pageSize: number; tag?: string },
): Promise<{ entries: EntrySummary[]; total: number; page: number; pages: number }> {
  // Only the entries with this tag of the user's, when one is named.
  const where = { userId, ...(tag !== undefined && { tags: { some: { userId, name: tag } } }) };
  const total = await db.entry.count({ where });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Number.isNaN(asked) ? 1 : Math.min(pages, Math.max(1, Math.floor(asked)));
  const rows = await db.entry.findMany({
    where,
    orderBy: { date: "desc" },
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      date: true,
      body: true,
      mood: true,
      tags: { select: { name: true }, orderBy: { name: "asc" } },
    },
  });
  return {
    entries: rows.map((r) => ({
      id: r.id,
      date: r.date,
      excerpt: excerptOf(r.body),
      mood: r.mood,
      tags: r.tags.map((t) => t.name),
    })),
    total,
    page,
    pages,
  };
}

// Days of a month ("YYYY-MM") that have an entry, for the calendar.
export async function entryDaysInMonth(userId: string, month: string): Promise<Map<string, number | null>> {
  const rows = await db.entry.findMany({
    where: { userId, date: { gte: `${month}-01`, lte: `${month}-31` } },
    select: { date: true, mood: true },
  });
  return new Map(rows.map((r) => [r.date, r.mood]));
}

// The nearest days with entries before and after a day, for moving through the journal by entry.
export async function neighbourEntryDays(
  userId: string,
  date: string,
): Promise<{ previous: string | null; next: string | null }> {
  const [previous, next] = await Promise.all([
    db.entry.findFirst({ where: { userId, date: { lt: date } }, orderBy: { date: "desc" }, select: { date: true } }),
    db.entry.findFirst({ where: { userId, date: { gt: date } }, orderBy: { date: "asc" }, select: { date: true } }),
  ]);
  return { previous: previous?.date ?? null, next: next?.date ?? null };
}

export async function countEntries(userId: string): Promise<number> {
  return db.entry.count({ where: { userId } });
}
