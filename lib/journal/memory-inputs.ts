// Everything the memory is computed from, read for one user: entries in date order with their analyses, the
// model in use, the user's themes (their sentences, with what was read of each), and the user's marks on themes
// turned into the model's terms (pins, and let-gos as releases at the step they were pressed).
import { db } from "@/lib/db";
import { themeReleases } from "@/lib/memory/theme-contributions";
import { parseStoredModel } from "@/lib/memory/model-json";
import { priorMemory, type MemoryEntry, type MemoryModel, type Release } from "@/lib/memory/model";
import { themeParts, type ThemeInput, type ThemeMarks, type ThemeOccurrence } from "@/lib/memory/theme-reading";
import { currentEmbedder } from "./embedder";
import { memoryRows, safeJson } from "./memory-rows";
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
  const [{ entries: rows, sentences, model: modelRow }, marks] = await Promise.all([
    memoryRows(userId, embedderId),
    db.memoryMark.findMany({
      where: { userId },
      select: { themeId: true, entryId: true, kind: true, atDate: true, createdAt: true },
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
    if (!theme) byTheme.set(s.themeId, (theme = { id: s.themeId, kind: s.kind, occurrences: [] }));
    theme.occurrences.push({
      entryId: s.entryId,
      index,
      date: s.date,
      position: s.position,
      text: s.text,
      lang: s.lang,
      share: s.share,
      valence: s.valence,
      lesson: s.lesson,
      rumination: s.rumination,
      distress: s.distress,
      selfFocus: s.selfFocus,
      cues: s.cues,
    });
    const own = entries[index]!.themes;
    if (!own.includes(s.themeId)) own.push(s.themeId);
  }
  const themes = [...byTheme.values()];

  const stored = modelRow?.parsed ?? null;
  const model = stored ?? priorMemory(asMemoryEntries(entries));

  // Marks on themes; a mark made on an entry (version 1) stands for that entry's main theme.
  const themeOfEntry = marks.some((m) => !m.themeId) ? entryThemes(themes) : new Map<string, string>();
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
