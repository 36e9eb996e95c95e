// Recurrence, kept as links: when an entry is read, it is compared once with the user's entries of the
// RECURRENCE_WINDOW_DAYS before and after it, and every pair alike enough (a later entry returning to an earlier
// one's theme) is stored. The panel then counts an entry's returns from the links instead of comparing every
// pair of a long journal on each page.
//
// Why a window: a worry "keeps coming back" when it returns within weeks. Over years, everyday themes (work,
// sleep) return hundreds of times by chance, and counting those would call everything recurring (measured on a
// 3,000-entry synthetic journal: 544,000 pairs above the threshold without a window).
import { db } from "@/lib/db";
import { cosine } from "@/lib/embedding";
import { RECURRENCE_THRESHOLD } from "@/lib/memory/surface";
import { addDays } from "@/lib/dates";
import { fromBytes } from "./vector-bytes";

export const RECURRENCE_WINDOW_DAYS = 60;

export async function linkSimilarEntries(
  userId: string,
  entry: { id: string; date: string; vector: Float32Array; embedder: string },
): Promise<void> {
  // Read through the entries' (userId, date) index, so only the window's rows are visited. Selecting the user's
  // analyses and filtering on their entry's date visited every analysis of the user on each save (measured at
  // 3,000 entries: 8.5 ms against 4.5 ms, and an import's reading grew with the square of its size).
  const others = await db.entry.findMany({
    where: {
      userId,
      id: { not: entry.id },
      date: { gte: addDays(entry.date, -RECURRENCE_WINDOW_DAYS), lte: addDays(entry.date, RECURRENCE_WINDOW_DAYS) },
      analysis: { is: { userId, embedder: entry.embedder } },
    },
    select: { id: true, date: true, analysis: { select: { vector: true } } },
  });
  const links = [];
  for (const other of others) {
    if (!other.analysis) continue; // excluded by the filter; this tells the type checker
    const similarity = cosine(entry.vector, fromBytes(other.analysis.vector));
    if (!(similarity >= RECURRENCE_THRESHOLD)) continue;
    const laterFirst = other.date > entry.date;
    links.push({
      userId,
      laterId: laterFirst ? other.id : entry.id,
      earlierId: laterFirst ? entry.id : other.id,
      similarity,
    });
  }
  // Every link of an entry carries its owner's id (written only here), so the user's index can find them;
  // without it the delete read the links of every journal on the server on each save.
  await db.$transaction([
    db.entryLink.deleteMany({ where: { userId, OR: [{ laterId: entry.id }, { earlierId: entry.id }] } }),
    db.entryLink.createMany({ data: links }),
  ]);
}

export type ReturnLink = { earlierId: string; laterDate: string };

async function linksUpTo(userId: string, until?: string): Promise<ReturnLink[]> {
  const links = await db.entryLink.findMany({
    where: { userId, ...(until ? { later: { date: { lte: until } } } : {}) },
    select: { earlierId: true, later: { select: { date: true } } },
    orderBy: { later: { date: "asc" } },
  });
  return links.map((link) => ({ earlierId: link.earlierId, laterDate: link.later.date }));
}

/** Every link of the user's journal, by the later entry's date (for reading many days from one query). */
export function allReturns(userId: string): Promise<ReturnLink[]> {
  return linksUpTo(userId);
}

/** For each entry id: the dates of later entries, up to `until`, that return to it. */
export function returnsUntil(links: readonly ReturnLink[], until: string): Map<string, string[]> {
  const returns = new Map<string, string[]>();
  for (const link of links) {
    if (link.laterDate > until) break;
    const dates = returns.get(link.earlierId) ?? [];
    dates.push(link.laterDate);
    returns.set(link.earlierId, dates);
  }
  return returns;
}

export async function returnsOf(userId: string, until: string): Promise<Map<string, string[]>> {
  return returnsUntil(await linksUpTo(userId, until), until);
}
