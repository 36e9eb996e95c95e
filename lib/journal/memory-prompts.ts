// Prompts drawn from the memory: a theme the user let go of some time ago ("has it come back?") and a lesson the
// memory keeps that was written weeks ago ("did it hold?"). Read only: the let-go marks (memory-marks.ts) and the
// themes' sentences (themes-store.ts) as stored, and the Keep list exactly as the memory panel surfaced it for the
// day (memory-panel.ts); nothing here changes what the memory surfaces. The words are the reader's language's
// (messages/<locale>/prompts.json `memory`); these are the facts they are made of.
import { db } from "@/lib/db";
import { addDays } from "@/lib/dates";
import type { MemoryPanelData } from "./memory-panel";

export type MemoryPrompt =
  | {
      kind: "let-go";
      themeId: string;
      quote: string;
      /** When the user let go (the mark's time), for "two weeks ago". */
      letGoAt: string;
      /** Days on which the theme was written again since. */
      returnedOn: number;
    }
  | { kind: "lesson"; themeId: string; quote: string; writtenOn: string };

/** A let-go asked about only after it has had time to settle, and a lesson only once it is this old. */
export const LET_GO_SETTLE_DAYS = 7;
export const LESSON_AGE_DAYS = 21;
const MAX_EACH = 3;
const MAX_QUOTE = 140;

function shortQuote(text: string): string {
  const chars = [...text.trim()];
  return chars.length <= MAX_QUOTE
    ? chars.join("")
    : `${chars
        .slice(0, MAX_QUOTE - 1)
        .join("")
        .trimEnd()}…`;
}

async function letGoPrompts(userId: string, now: Date): Promise<MemoryPrompt[]> {
  const settled = new Date(now.getTime() - LET_GO_SETTLE_DAYS * 86_400_000);
  const marks = await db.memoryMark.findMany({
    where: { userId, kind: "let-go", themeId: { not: null }, createdAt: { lte: settled } },
    select: { themeId: true, atDate: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: MAX_EACH,
  });
  const prompts: MemoryPrompt[] = [];
  for (const mark of marks) {
    if (!mark.themeId || !mark.atDate) continue;
    const where = { userId, themeId: mark.themeId };
    const [before, after] = await Promise.all([
      // What was let go: the theme's newest sentence up to the day it was let go.
      db.themeSentence.findFirst({
        where: { ...where, date: { lte: mark.atDate } },
        orderBy: [{ date: "desc" }, { share: "desc" }],
        select: { text: true },
      }),
      db.themeSentence.findMany({ where: { ...where, date: { gt: mark.atDate } }, select: { date: true } }),
    ]);
    if (!before) continue;
    prompts.push({
      kind: "let-go",
      themeId: mark.themeId,
      quote: shortQuote(before.text),
      letGoAt: mark.createdAt.toISOString(),
      returnedOn: new Set(after.map((s) => s.date)).size,
    });
  }
  return prompts;
}

// The Keep list the panel shows for the day: lessons the memory holds on to, of which those written long enough ago
// to ask whether they held.
function lessonPrompts(panel: MemoryPanelData, day: string): MemoryPrompt[] {
  if (panel.state !== "ready") return [];
  const oldEnough = addDays(day, -LESSON_AGE_DAYS);
  return panel.keep
    .flatMap((item): MemoryPrompt[] => {
      const quote = item.quotes[0];
      if (!quote || quote.date > oldEnough) return [];
      return [{ kind: "lesson", themeId: item.themeId, quote: shortQuote(quote.text), writtenOn: quote.date }];
    })
    .slice(0, MAX_EACH);
}

/** The memory's prompts for the user on `day`, given the panel already read for it. */
export async function memoryPrompts(
  userId: string,
  day: string,
  panel: MemoryPanelData,
  now = new Date(),
): Promise<MemoryPrompt[]> {
  return [...(await letGoPrompts(userId, now)), ...lessonPrompts(panel, day)];
}
