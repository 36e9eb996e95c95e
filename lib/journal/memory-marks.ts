// The user's hands on their memory: Keep (pin a theme) and Let go (the user forget gate: every part of the theme
// written so far is removed from the state, from the newest entry on). Both are marks on a theme, undone by
// removing them; neither touches the entries. Marks made before themes existed were on entries: they are carried
// to the entry's main theme here, once its sentences are grouped, so nothing the user marked is lost.
import { db } from "@/lib/db";

type MarkKind = "keep" | "let-go";

// Returns false when the theme is not this user's (or does not exist): the caller answers 404.
export async function setThemeMark(userId: string, themeId: string, kind: MarkKind, on: boolean): Promise<boolean> {
  const theme = await db.theme.findFirst({ where: { id: themeId, userId }, select: { id: true } });
  if (!theme) return false;
  if (!on) {
    await db.memoryMark.deleteMany({ where: { userId, themeId, kind } });
    return true;
  }
  const newest = await db.entry.findFirst({ where: { userId }, orderBy: { date: "desc" }, select: { date: true } });
  await db.$transaction([
    // Keeping and letting go of the same theme contradict each other: the newer choice wins.
    db.memoryMark.deleteMany({ where: { userId, themeId, kind: kind === "keep" ? "let-go" : "keep" } }),
    db.memoryMark.upsert({
      where: { themeId_kind: { themeId, kind } },
      create: { userId, themeId, kind, atDate: kind === "let-go" ? newest?.date : null },
      update: {},
    }),
  ]);
  return true;
}

/**
 * Give every mark made on an entry (memory version 1) the theme of that entry's largest part, once the entry's
 * sentences are grouped. A mark whose theme already has one of its kind is folded into it; a mark whose entry
 * was deleted before it could be carried over is dropped (its entry's memory is gone with it).
 */
export async function carryEntryMarksToThemes(userId: string): Promise<number> {
  const marks = await db.memoryMark.findMany({
    where: { userId, themeId: null },
    select: { id: true, entryId: true, kind: true },
  });
  let carried = 0;
  for (const mark of marks) {
    if (!mark.entryId) {
      await db.memoryMark.delete({ where: { id: mark.id } });
      continue;
    }
    const main = await db.themeSentence.findFirst({
      where: { userId, entryId: mark.entryId },
      orderBy: [{ share: "desc" }, { position: "asc" }],
      select: { themeId: true },
    });
    if (!main) continue; // not grouped yet: the read path maps it to its entry meanwhile
    const existing = await db.memoryMark.findUnique({
      where: { themeId_kind: { themeId: main.themeId, kind: mark.kind } },
      select: { id: true },
    });
    if (existing) await db.memoryMark.delete({ where: { id: mark.id } });
    else await db.memoryMark.update({ where: { id: mark.id }, data: { themeId: main.themeId } });
    carried++;
  }
  return carried;
}
