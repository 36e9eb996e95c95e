// The user's themes in the database: entries' sentences are grouped (lib/memory/themes.ts) when they are read,
// in date order, and stored one row per sentence (ThemeSentence) and per theme (Theme, with the sums a new
// sentence is compared with). One save groups its own sentences against the themes of the last months; a batch
// (an import the worker reads) is grouped in one pass in memory and written at once.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { addDays } from "@/lib/dates";
import {
  ThemeBook,
  THEME_WINDOW_DAYS,
  type Rarity,
  type SentenceKind,
  type Theme,
  type ThemeSentence,
} from "@/lib/memory/themes";
import { fromBytes, toBytes } from "./vector-bytes";

/** A sentence as the analysis hands it over: what grouping needs and what the panel reads. */
export type AnalysedSentence = {
  position: number;
  text: string;
  lang: string;
  share: number;
  valence: number;
  lesson: number;
  rumination: number;
  distress: number;
  selfFocus: boolean;
  cues: string[];
  kind: SentenceKind;
  vector: Float32Array;
  tokens: string[];
};

export type EntryToGroup = { entryId: string; date: string; sentences: AnalysedSentence[] };

type Tx = Prisma.TransactionClient;

const tokenCounts = z.record(z.string(), z.number().int().positive());
const tokenList = z.array(z.string());

function parsedOr<T>(schema: z.ZodType<T>, json: string, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

const kindOf = (kind: string): SentenceKind => (kind === "lesson" ? "lesson" : "other");

async function loadThemes(tx: Tx, userId: string, where: Prisma.ThemeWhereInput): Promise<Theme[]> {
  const rows = await tx.theme.findMany({ where: { userId, ...where } });
  return rows.map((r) => ({
    id: r.id,
    kind: kindOf(r.kind),
    sum: Float64Array.from(fromBytes(r.sum)),
    size: r.size,
    firstDate: r.firstDate,
    lastDate: r.lastDate,
    tokens: new Map(Object.entries(parsedOr(tokenCounts, r.tokens, {}))),
  }));
}

function grouped(s: { date: string; vector: Float32Array; tokens: string[]; kind: SentenceKind }) {
  return { date: s.date, vector: s.vector, tokens: s.tokens, kind: s.kind } satisfies ThemeSentence;
}

/**
 * Group these entries' sentences into the user's themes, replacing whatever their earlier text had there.
 * Entries are taken in date order; within one call later entries see the themes earlier ones made.
 */
export async function groupEntrySentences(
  userId: string,
  items: readonly EntryToGroup[],
  rarity: Rarity = () => 1,
): Promise<void> {
  if (items.length === 0) return;
  const ordered = [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const entryIds = ordered.map((i) => i.entryId);
  const from = addDays(ordered[0]!.date, -THEME_WINDOW_DAYS);
  await db.$transaction(
    async (tx) => {
      const old = await tx.themeSentence.findMany({
        where: { userId, entryId: { in: entryIds } },
        select: { themeId: true, date: true, vector: true, tokens: true, theme: { select: { kind: true } } },
      });
      const oldThemeIds = [...new Set(old.map((o) => o.themeId))];
      const themes = await loadThemes(tx, userId, { OR: [{ lastDate: { gte: from } }, { id: { in: oldThemeIds } }] });
      let created = 0;
      const book = new ThemeBook(() => `new:${created++}`, themes, rarity);
      for (const o of old) {
        const s = { date: o.date, vector: fromBytes(o.vector), kind: kindOf(o.theme.kind) };
        book.remove(o.themeId, grouped({ ...s, tokens: parsedOr(tokenList, o.tokens, []) }));
      }
      const rows: Prisma.ThemeSentenceCreateManyInput[] = [];
      for (const item of ordered) {
        for (const s of item.sentences) {
          if (!(s.share > 0)) continue;
          const themeId = book.add(grouped({ ...s, date: item.date }));
          rows.push({
            entryId: item.entryId,
            position: s.position,
            userId,
            themeId,
            date: item.date,
            share: s.share,
            text: s.text,
            lang: s.lang,
            valence: s.valence,
            lesson: s.lesson,
            rumination: s.rumination,
            distress: s.distress,
            selfFocus: s.selfFocus,
            cues: JSON.stringify(s.cues),
            vector: toBytes(s.vector),
            tokens: JSON.stringify(s.tokens),
          });
        }
      }
      await tx.themeSentence.deleteMany({ where: { userId, entryId: { in: entryIds } } });

      // New themes get their database id now; their rows are rewritten to it.
      const ids = new Map<string, string>();
      const touched = new Set([...oldThemeIds, ...rows.map((r) => r.themeId)]);
      for (const id of touched) {
        const theme = book.themes.get(id);
        if (!theme) continue;
        const data = {
          kind: theme.kind,
          sum: toBytes(Float32Array.from(theme.sum)),
          tokens: JSON.stringify(Object.fromEntries(theme.tokens)),
          size: theme.size,
          firstDate: theme.firstDate,
          lastDate: theme.lastDate,
        };
        if (id.startsWith("new:")) ids.set(id, (await tx.theme.create({ data: { userId, ...data } })).id);
        else await tx.theme.update({ where: { id }, data });
      }
      await tx.themeSentence.createMany({
        data: rows.map((r) => ({ ...r, themeId: ids.get(r.themeId) ?? r.themeId })),
      });
      await refreshDates(tx, userId, oldThemeIds);
    },
    { timeout: 120_000 },
  );
}

// A theme that lost sentences (its entry was edited or deleted) takes its first and last dates from those left.
async function refreshDates(tx: Tx, userId: string, themeIds: readonly string[]): Promise<void> {
  if (themeIds.length === 0) return;
  const spans = await tx.themeSentence.groupBy({
    by: ["themeId"],
    where: { userId, themeId: { in: [...themeIds] } },
    _min: { date: true },
    _max: { date: true },
  });
  for (const span of spans) {
    if (!span._min.date || !span._max.date) continue;
    await tx.theme.update({
      where: { id: span.themeId },
      data: { firstDate: span._min.date, lastDate: span._max.date },
    });
  }
}

/** Before an entry is deleted: its sentences leave their themes' sums (the rows themselves cascade). */
export async function ungroupEntry(userId: string, entryId: string, date: string): Promise<void> {
  // Nothing is added, so no word weights are needed.
  await groupEntrySentences(userId, [{ entryId, date, sentences: [] }]);
}
