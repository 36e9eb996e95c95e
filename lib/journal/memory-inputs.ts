// Everything the memory is computed from, read for one user: entries in date order with their analyses, the
// model in use, the user's themes (their sentences, with what was read of each), and the user's marks on themes
// turned into the model's terms (pins, and let-gos as releases at the step they were pressed).
import { z } from "zod";
import { db } from "@/lib/db";
import { themeReleases } from "@/lib/memory/theme-contributions";
import { parseStoredModel } from "@/lib/memory/model-json";
import { priorMemory, type MemoryEntry, type MemoryModel, type Release } from "@/lib/memory/model";
import { themeParts, type ThemeInput, type ThemeMarks, type ThemeOccurrence } from "@/lib/memory/theme-reading";
import { currentEmbedder } from "./embedder";
import { fromBytes } from "./vector-bytes";

export type AnalysedEntry = {
  id: string;
  // Changes whenever what the model reads of the entry changes (its analysis, mood or date).
  key: string;
  date: string;
  mood: number | null;
  vector: Float32Array;
  coverage: number;
  valence: number;
  /** The themes its sentences belong to. */
  themes: string[];
};

export type MemoryInputs = {
  entries: AnalysedEntry[];
  // Entries written but not yet read by the embedder (just imported, or the provider changed).
  pending: number;
  model: MemoryModel;
  // Identifies the model in use (version and embedder), for caches of its results.
  modelKey: string;
  modelRow: { version: number; createdAt: Date } | null;
  // The stored model could not be read (an older format): the prior is used until the worker refits.
  unreadableModel: boolean;
  themes: ThemeInput[];
  marks: ThemeMarks;
  // When each pinned theme was pinned (the weekly summaries count pins from then).
  pinnedAt: Map<string, Date>;
  releases: Release[];
};

const stringList = z.array(z.string());

export function parseStringList(json: string): string[] {
  try {
    const parsed = stringList.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The theme a mark made on an entry stands for: the theme of the entry's largest part (version 1 marked entries). */
function entryThemes(themes: readonly ThemeInput[]): Map<string, string> {
  const best = new Map<string, { theme: string; share: number }>();
  for (const t of themes) {
    for (const o of t.occurrences) {
      const b = best.get(o.entryId);
      if (!b || o.share > b.share) best.set(o.entryId, { theme: t.id, share: o.share });
    }
  }
  return new Map([...best].map(([entryId, b]) => [entryId, b.theme]));
}

export async function loadMemoryInputs(userId: string): Promise<MemoryInputs> {
  const embedderId = currentEmbedder().id;
  const [rows, modelRow, marks, sentences] = await Promise.all([
    db.entry.findMany({
      where: { userId },
      orderBy: { date: "asc" },
      select: {
        id: true,
        date: true,
        mood: true,
        analysis: { select: { embedder: true, vector: true, coverage: true, valence: true, updatedAt: true } },
      },
    }),
    db.memoryModel.findFirst({
      where: { userId, embedder: embedderId },
      orderBy: { version: "desc" },
      select: { version: true, createdAt: true, weights: true },
    }),
    db.memoryMark.findMany({
      where: { userId },
      select: { themeId: true, entryId: true, kind: true, atDate: true, createdAt: true },
    }),
    db.themeSentence.findMany({
      where: { userId },
      orderBy: [{ date: "asc" }, { position: "asc" }],
      select: {
        entryId: true,
        position: true,
        themeId: true,
        date: true,
        share: true,
        text: true,
        lang: true,
        valence: true,
        lesson: true,
        rumination: true,
        distress: true,
        selfFocus: true,
        cues: true,
        theme: { select: { kind: true } },
      },
    }),
  ]);

  const entries: AnalysedEntry[] = [];
  for (const row of rows) {
    const a = row.analysis;
    if (!a || a.embedder !== embedderId) continue;
    entries.push({
      id: row.id,
      key: `${row.id}:${row.date}:${row.mood}:${a.updatedAt.getTime()}`,
      date: row.date,
      mood: row.mood,
      vector: fromBytes(a.vector),
      coverage: a.coverage,
      valence: a.valence,
      themes: [],
    });
  }
  const indexOf = new Map(entries.map((e, k) => [e.id, k]));

  const byTheme = new Map<string, ThemeInput & { occurrences: ThemeOccurrence[] }>();
  for (const s of sentences) {
    const index = indexOf.get(s.entryId);
    if (index === undefined) continue;
    let theme = byTheme.get(s.themeId);
    if (!theme) {
      theme = { id: s.themeId, kind: s.theme.kind === "lesson" ? "lesson" : "other", occurrences: [] };
      byTheme.set(s.themeId, theme);
    }
    const { theme: _kind, themeId: _id, cues, ...rest } = s;
    theme.occurrences.push({ ...rest, index, cues: parseStringList(cues) });
    const entryThemesList = entries[index]!.themes;
    if (!entryThemesList.includes(s.themeId)) entryThemesList.push(s.themeId);
  }
  const themes = [...byTheme.values()];

  const stored = modelRow ? parseStoredModel(safeJson(modelRow.weights)) : null;
  const model = stored ?? priorMemory(asMemoryEntries(entries));

  // Marks on themes; a mark made on an entry (version 1) stands for that entry's main theme.
  const themeOfEntry = entryThemes(themes);
  const pinned = new Set<string>();
  const pinnedAt = new Map<string, Date>();
  const letGo = new Map<string, { atStep: number; date: string }>();
  for (const mark of marks) {
    const themeId = mark.themeId ?? (mark.entryId ? themeOfEntry.get(mark.entryId) : undefined);
    if (!themeId || !byTheme.has(themeId)) continue;
    if (mark.kind === "keep") {
      pinned.add(themeId);
      pinnedAt.set(themeId, mark.createdAt);
    } else if (mark.kind === "let-go") {
      const day = mark.atDate ?? entries.at(-1)?.date ?? "";
      letGo.set(themeId, { atStep: lastIndexOnOrBefore(entries, day), date: day });
    }
  }
  return {
    entries,
    pending: rows.length - entries.length,
    model,
    modelKey: `${embedderId}#${stored ? modelRow!.version : "prior"}`,
    modelRow: modelRow && { version: modelRow.version, createdAt: modelRow.createdAt },
    unreadableModel: modelRow !== null && stored === null,
    themes,
    marks: { pinned, letGo },
    pinnedAt,
    releases: themeReleases(themeParts(themes), new Map([...letGo].map(([id, m]) => [id, m.atStep]))),
  };
}

/** Whether this version can read a stored model (an older format cannot: the user's memory is refitted). */
export function storedModelReadable(weights: string): boolean {
  return parseStoredModel(safeJson(weights)) !== null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function asMemoryEntries(entries: readonly AnalysedEntry[]): MemoryEntry[] {
  return entries.map((e) => ({
    embedding: Array.from(e.vector),
    valence: e.valence,
    mood: e.mood,
    date: e.date,
    themes: e.themes,
  }));
}

// Index of the newest entry on or before a day, or -1.
export function lastIndexOnOrBefore(entries: readonly { date: string }[], day: string): number {
  let lo = 0;
  let hi = entries.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.date <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
