// The user's themes in the database: entries' sentences are grouped (lib/memory/themes.ts) when they are read,
// in date order, and stored one row per sentence (ThemeSentence) and per theme (Theme, with the sums a new
// sentence is compared with). One save groups its own sentences against the themes of the last months; a batch
// (an import the worker reads) is grouped in one pass in memory and written at once.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { addDays } from "@/lib/dates";
import {
  kindOf,
  storedWords,
  ThemeBook,
  THEME_WINDOW_DAYS,
  type Rarity,
  type SentenceKind,
  type Theme,
  type ThemeSentence,
} from "@/lib/memory/themes";
import type { SentenceReading } from "@/lib/memory/theme-reading";
import { chunks, keepWritten, loadThemes, parsedOr } from "./themes-cache";
import { fromBytes, toBytes } from "./vector-bytes";

/** A sentence as the analysis hands it over: what the panel reads of it, and what grouping needs. */
export type AnalysedSentence = SentenceReading & { kind: SentenceKind; vector: Float32Array; tokens: string[] };

export type EntryToGroup = { entryId: string; date: string; sentences: AnalysedSentence[] };

type Tx = Prisma.TransactionClient;

const tokenList = z.array(z.string());

function grouped(s: { date: string; vector: Float32Array; tokens: string[]; kind: SentenceKind }) {
  return { date: s.date, vector: s.vector, tokens: s.tokens, kind: s.kind } satisfies ThemeSentence;
}

type Plan = {
  entryIds: string[];
  oldThemeIds: string[];
  /** Revisions of the stored themes the plan changes, as read: the write checks nobody changed them since. */
  readRevisions: Map<string, number>;
  fresh: Prisma.ThemeCreateManyInput[];
  updates: { id: string; data: Prisma.ThemeUpdateInput }[];
  /** Every theme the plan writes, as it will be stored. */
  written: Theme[];
  rows: Prisma.ThemeSentenceCreateManyInput[];
  /** Themes the plan empties, each with the theme most of its sentences moved to: marks on it follow them. */
  successors: [from: string, to: string][];
};

class ThemesChanged extends Error {}

// The grouping itself (seconds for an import of years), done outside any transaction so that it never holds the
// database's write lock while other people save.
async function plan(userId: string, ordered: readonly EntryToGroup[], rarity: Rarity): Promise<Plan> {
  const entryIds = ordered.map((i) => i.entryId);
  const from = addDays(ordered[0]!.date, -THEME_WINDOW_DAYS);
  const old = (
    await Promise.all(
      chunks(entryIds).map((ids) =>
        db.themeSentence.findMany({
          where: { userId, entryId: { in: ids } },
          select: {
            entryId: true,
            position: true,
            themeId: true,
            date: true,
            vector: true,
            tokens: true,
            theme: { select: { kind: true } },
          },
        }),
      ),
    )
  ).flat();
  const oldThemeIds = [...new Set(old.map((o) => o.themeId))];
  const { themes, revisions: readRevisions } = await loadThemes(userId, {
    OR: [{ lastDate: { gte: from } }, { id: { in: oldThemeIds } }],
  });
  const created = new Set<string>();
  const newId = () => {
    const id = randomUUID();
    created.add(id);
    return id;
  };
  const book = new ThemeBook(newId, themes, rarity);
  for (const o of old) {
    const s = { date: o.date, vector: fromBytes(o.vector), kind: kindOf(o.theme.kind) };
    book.remove(
      o.themeId,
      grouped({
        ...s,
        tokens: parsedOr(tokenList, o.tokens, [], `the words of sentence ${o.position} of entry ${o.entryId}`),
      }),
    );
  }
  const wasIn = new Map(old.map((o) => [`${o.entryId}:${o.position}`, o.themeId]));
  const movedTo = new Map<string, Map<string, number>>();
  const rows: Prisma.ThemeSentenceCreateManyInput[] = [];
  for (const item of ordered) {
    for (const s of item.sentences) {
      if (!(s.share > 0)) continue;
      const themeId = book.add(grouped({ ...s, date: item.date }));
      const before = wasIn.get(`${item.entryId}:${s.position}`);
      if (before && before !== themeId) {
        const votes = movedTo.get(before) ?? movedTo.set(before, new Map()).get(before)!;
        votes.set(themeId, (votes.get(themeId) ?? 0) + 1);
      }
      const { kind: _kind, vector, tokens, cues, ...rest } = s;
      rows.push({
        ...rest,
        entryId: item.entryId,
        userId,
        themeId,
        date: item.date,
        cues: JSON.stringify(cues),
        vector: toBytes(vector),
        tokens: JSON.stringify(tokens),
      });
    }
  }
  const fresh: Plan["fresh"] = [];
  const updates: Plan["updates"] = [];
  const written: Theme[] = [];
  for (const id of new Set([...oldThemeIds, ...rows.map((r) => r.themeId)])) {
    const theme = book.themes.get(id);
    if (!theme) continue;
    const data = {
      kind: theme.kind,
      sum: toBytes(Float32Array.from(theme.sum)),
      tokens: JSON.stringify(Object.fromEntries(storedWords(theme))),
      size: theme.size,
      firstDate: theme.firstDate,
      lastDate: theme.lastDate,
    };
    written.push(theme);
    if (created.has(id)) fresh.push({ id, userId, ...data });
    else updates.push({ id, data: { ...data, revision: { increment: 1 } } });
  }
  const successors: Plan["successors"] = [];
  for (const [from, votes] of movedTo) {
    if ((book.themes.get(from)?.size ?? 0) > 0) continue;
    const [to] = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    successors.push([from, to]);
  }
  return { entryIds, oldThemeIds, readRevisions, fresh, updates, written, rows, successors };
}

async function write(userId: string, p: Plan): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const now = await tx.theme.findMany({
        where: { userId, id: { in: p.updates.map((u) => u.id) } },
        select: { id: true, revision: true },
      });
      if (now.some((t) => t.revision !== p.readRevisions.get(t.id))) throw new ThemesChanged();
      for (const ids of chunks(p.entryIds))
        await tx.themeSentence.deleteMany({ where: { userId, entryId: { in: ids } } });
      for (const u of p.updates) await tx.theme.update({ where: { id: u.id }, data: u.data });
      await tx.theme.createMany({ data: p.fresh });
      await tx.themeSentence.createMany({ data: p.rows });
      await refreshDates(tx, userId, p.oldThemeIds);
      await carryMarks(tx, userId, p.successors);
    },
    { timeout: 60_000 },
  );
  // Kept decoded for the next save; themes whose dates were refreshed from the database are read again instead.
  const refreshed = new Set(p.oldThemeIds);
  keepWritten(
    userId,
    p.written
      .filter((t) => !refreshed.has(t.id))
      .map((theme) => ({ theme, revision: (p.readRevisions.get(theme.id) ?? -1) + 1 })),
  );
}

/**
 * Group these entries' sentences into the user's themes, replacing whatever their earlier text had there.
 * Entries are taken in date order; within one call later entries see the themes earlier ones made. When another
 * process changed one of the same themes meanwhile, the grouping is done again from what is stored now.
 */
export async function groupEntrySentences(
  userId: string,
  items: readonly EntryToGroup[],
  rarity: Rarity = () => 1,
): Promise<void> {
  if (items.length === 0) return;
  const ordered = [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(userId, await plan(userId, ordered, rarity));
    } catch (error) {
      if (!(error instanceof ThemesChanged) || attempt >= 3) throw error;
    }
  }
}

// Nothing a user marked is lost when its theme empties: its sentences were regrouped (the entry was edited, or a
// new version of the analysis read every entry again), and the mark follows them to where most of them went. A
// mark of the same kind already there stands.
async function carryMarks(tx: Tx, userId: string, successors: Plan["successors"]): Promise<void> {
  if (successors.length === 0) return;
  const to = new Map(successors);
  // Marks are few: one read finds those to carry (most emptied themes carry none), then each moves or goes.
  const marks = (
    await Promise.all(
      chunks([...to.keys()]).map((ids) =>
        tx.memoryMark.findMany({
          where: { userId, themeId: { in: ids } },
          select: { id: true, kind: true, themeId: true },
        }),
      ),
    )
  ).flat();
  for (const mark of marks) {
    const target = to.get(mark.themeId!)!;
    const there = await tx.memoryMark.findFirst({
      where: { userId, themeId: target, kind: mark.kind },
      select: { id: true },
    });
    if (there) await tx.memoryMark.delete({ where: { id: mark.id } });
    else await tx.memoryMark.update({ where: { id: mark.id }, data: { themeId: target } });
  }
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
      data: { firstDate: span._min.date, lastDate: span._max.date, revision: { increment: 1 } },
    });
  }
}

/** Before an entry is deleted: its sentences leave their themes' sums (the rows themselves cascade). */
export async function ungroupEntry(userId: string, entryId: string, date: string): Promise<void> {
  // Nothing is added, so no word weights are needed.
  await groupEntrySentences(userId, [{ entryId, date, sentences: [] }]);
}
