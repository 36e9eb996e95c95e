// The user's hands on their memory: Keep (pin a lesson) and Let go (the user forget gate: the entry's surviving
// contribution is removed from the state from the newest entry on). Both are marks, undone by removing them;
// neither touches the entry itself.
import { db } from "@/lib/db";

export type MarkKind = "keep" | "let-go";

// Returns false when the entry is not this user's (or does not exist): the caller answers 404.
export async function setMemoryMark(userId: string, entryId: string, kind: MarkKind, on: boolean): Promise<boolean> {
  const entry = await db.entry.findFirst({ where: { id: entryId, userId }, select: { id: true } });
  if (!entry) return false;
  if (!on) {
    await db.memoryMark.deleteMany({ where: { userId, entryId, kind } });
    return true;
  }
  const newest = await db.entry.findFirst({ where: { userId }, orderBy: { date: "desc" }, select: { date: true } });
  await db.memoryMark.upsert({
    where: { entryId_kind: { entryId, kind } },
    create: { userId, entryId, kind, atDate: kind === "let-go" ? newest?.date : null },
    update: {},
  });
  // Keeping and letting go of the same entry contradict each other: the newer choice wins.
  await db.memoryMark.deleteMany({ where: { userId, entryId, kind: kind === "keep" ? "let-go" : "keep" } });
  return true;
}
