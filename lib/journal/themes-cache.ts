// The user's themes as the grouping needs them (sums as Float64Array, words as a Map), kept decoded in this
// process between saves. A save compares its sentences with the themes of the last months (a hundred or more in a
// long diary); reading and parsing all of them again took most of a save's time. The database stays the truth:
// each plan reads every theme's id and revision (themes-store.ts bumps it on each write, whatever process
// writes), and only themes that are new here or moved are read whole.
import type { Prisma } from "@/generated/prisma/client";
import { z } from "zod";
import { db } from "@/lib/db";
import { logger } from "@/lib/log";
import { kindOf, type Theme } from "@/lib/memory/themes";
import { SizedLru } from "@/lib/sized-lru";
import { fromBytes } from "./vector-bytes";

type Kept = Map<string, { revision: number; theme: Theme }>;

/** Themes kept decoded over all users (about 5 KB each): a long diary's last months are a few hundred. */
const KEPT_THEMES = 4_000;
const kept = new SizedLru<string, Kept>(KEPT_THEMES, (k) => k.size);

const tokenCounts = z.record(z.string(), z.number().int().positive());

// A column that does not read is logged and taken as empty: the theme keeps its sums, and only its words are lost.
export function parsedOr<T>(schema: z.ZodType<T>, json: string, fallback: T, where: string): T {
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: logged below.
  }
  logger.warn({ where }, "a stored column does not read; taken as empty");
  return fallback;
}

// Lists of ids go into queries in pieces: SQLite takes a limited number of parameters per statement.
export function chunks<T>(list: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < list.length; k += size) out.push(list.slice(k, k + size));
  return out;
}

/**
 * The user's themes that match `where`, with the revision each was read at (the write checks nobody moved it
 * since). They are the kept objects themselves: read them, never change them (ThemeBook copies what it changes).
 */
export async function loadThemes(
  userId: string,
  where: Prisma.ThemeWhereInput,
): Promise<{ themes: Theme[]; revisions: Map<string, number> }> {
  const current = await db.theme.findMany({ where: { userId, ...where }, select: { id: true, revision: true } });
  const before: Kept = kept.get(userId) ?? new Map();
  // Only what this read found is kept, so a user's copies stay the size of the window a save reads.
  const mine: Kept = new Map();
  for (const t of current) {
    const found = before.get(t.id);
    if (found?.revision === t.revision) mine.set(t.id, found);
  }
  const stale = current.filter((t) => !mine.has(t.id)).map((t) => t.id);
  for (const ids of chunks(stale)) {
    for (const r of await db.theme.findMany({ where: { userId, id: { in: ids } } })) {
      mine.set(r.id, {
        revision: r.revision,
        theme: {
          id: r.id,
          kind: kindOf(r.kind),
          sum: Float64Array.from(fromBytes(r.sum)),
          size: r.size,
          firstDate: r.firstDate,
          lastDate: r.lastDate,
          tokens: new Map(Object.entries(parsedOr(tokenCounts, r.tokens, {}, `the words of theme ${r.id}`))),
        },
      });
    }
  }
  kept.set(userId, mine);
  const themes: Theme[] = [];
  const revisions = new Map<string, number>();
  for (const { id } of current) {
    const found = mine.get(id);
    // Deleted between the two reads: it is left out, as if the first read had not seen it.
    if (!found) continue;
    themes.push(found.theme);
    revisions.set(id, found.revision);
  }
  return { themes, revisions };
}

/** After a write committed: the themes as written (kept as they are: the caller is done with them). */
export function keepWritten(userId: string, written: readonly { theme: Theme; revision: number }[]): void {
  // A new map, not the kept one changed: the LRU counts a value's size when it is set.
  const mine: Kept = new Map(kept.get(userId));
  for (const w of written) mine.set(w.theme.id, { revision: w.revision, theme: w.theme });
  kept.set(userId, mine);
}
