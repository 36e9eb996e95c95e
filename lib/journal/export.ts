// Export in exactly the format import reads, so an export is also a backup that can be restored.
import { db } from "@/lib/db";
import type { JournalRecord } from "@/lib/validations/import";

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
