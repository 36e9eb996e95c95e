// Export in exactly the format import reads, so an export is also a backup that can be restored. Cellstate's own
// JSON (version 2) is lossless: entries with their moods and tags, the user's settings, and the Keep / Let go marks
// on the memory's themes (lib/import/formats/cellstate.ts reads it back).
import { db } from "@/lib/db";
import { CELLSTATE_VERSION } from "@/lib/import/formats/cellstate";
import type { ImportMark, ImportSettings } from "@/lib/import/types";
import type { JournalRecord } from "@/lib/validations/import";

export type CellstateExport = {
  cellstate: number;
  exportedAt: string;
  settings: ImportSettings;
  marks: ImportMark[];
  entries: JournalRecord[];
};

export async function exportEntries(userId: string): Promise<JournalRecord[]> {
  const rows = await db.entry.findMany({
    where: { userId },
    orderBy: { date: "asc" },
    select: { date: true, body: true, mood: true, tags: { select: { name: true }, orderBy: { name: "asc" } } },
  });
  return rows.map((r) => ({
    date: r.date,
    body: r.body,
    ...(r.mood !== null && { mood: r.mood }),
    ...(r.tags.length > 0 && { tags: r.tags.map((t) => t.name) }),
  }));
}

export async function exportJournal(userId: string, now = new Date()): Promise<CellstateExport> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { name: true, timeZone: true, summaryEmail: true },
  });
  return {
    cellstate: CELLSTATE_VERSION,
    exportedAt: now.toISOString(),
    settings: user,
    marks: await exportMarks(userId),
    entries: await exportEntries(userId),
  };
}

/**
 * A theme's id means nothing in another account, where the same text is grouped into themes of its own. A mark is
 * written as the day of an entry whose largest part is in its theme (the earliest such day): importing it puts
 * the mark on that entry, and grouping the same text again gives the entry the same main theme. A theme that is
 * no entry's main part is anchored at its first sentence's day (the mark then lands on that entry's main theme).
 */
async function exportMarks(userId: string): Promise<ImportMark[]> {
  const marks = await db.memoryMark.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { kind: true, atDate: true, themeId: true, entry: { select: { date: true } } },
  });
  const out: ImportMark[] = [];
  for (const mark of marks) {
    const date = mark.themeId ? await anchorDay(userId, mark.themeId) : mark.entry?.date;
    if (date && (mark.kind === "keep" || mark.kind === "let-go"))
      out.push({ kind: mark.kind, date, atDate: mark.atDate });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}

async function anchorDay(userId: string, themeId: string): Promise<string | undefined> {
  const entries = await db.themeSentence.findMany({
    where: { userId, themeId },
    orderBy: [{ date: "asc" }, { position: "asc" }],
    distinct: ["entryId"],
    select: { entryId: true, date: true },
  });
  for (const { entryId, date } of entries) {
    const main = await db.themeSentence.findFirst({
      where: { userId, entryId },
      orderBy: [{ share: "desc" }, { position: "asc" }],
      select: { themeId: true },
    });
    if (main?.themeId === themeId) return date;
  }
  return entries[0]?.date;
}
