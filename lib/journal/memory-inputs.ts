// Everything the memory is computed from, read for one user: entries in date order with their analyses, the
// model in use, and the user's own marks (pins and let-gos) turned into the model's terms.
import { db } from "@/lib/db";
import { deserializeModel, priorMemory, type MemoryModel, type Release } from "@/lib/memory/model";
import { fromBytes } from "./vector-bytes";
import { currentEmbedder } from "./embedder";

export type AnalysedEntry = {
  id: string;
  // Changes whenever what the model reads of the entry changes (its analysis, mood or date).
  key: string;
  date: string;
  mood: number | null;
  vector: Float32Array;
  coverage: number;
  valence: number;
  lesson: number;
  rumination: number;
  cues: string[];
};

export type MemoryInputs = {
  entries: AnalysedEntry[];
  // Entries written but not yet read by the embedder (just imported, or the provider changed).
  pending: number;
  model: MemoryModel;
  // Identifies the model in use (version and embedder), for caches of its results.
  modelKey: string;
  modelRow: { version: number; createdAt: Date } | null;
  // Entries the user pinned ("keep"), with when they did.
  pinned: Map<string, Date>;
  releases: Release[];
};

export async function loadMemoryInputs(userId: string): Promise<MemoryInputs> {
  const embedderId = currentEmbedder().id;
  const [rows, modelRow, marks] = await Promise.all([
    db.entry.findMany({
      where: { userId },
      orderBy: { date: "asc" },
      select: {
        id: true,
        date: true,
        mood: true,
        analysis: {
          select: {
            embedder: true,
            vector: true,
            coverage: true,
            valence: true,
            lesson: true,
            rumination: true,
            cues: true,
            updatedAt: true,
          },
        },
      },
    }),
    db.memoryModel.findFirst({
      where: { userId, embedder: embedderId },
      orderBy: { version: "desc" },
      select: { version: true, createdAt: true, weights: true },
    }),
    db.memoryMark.findMany({
      where: { userId },
      select: { entryId: true, kind: true, atDate: true, createdAt: true },
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
      lesson: a.lesson,
      rumination: a.rumination,
      cues: JSON.parse(a.cues) as string[],
    });
  }

  const model = modelRow ? deserializeModel(JSON.parse(modelRow.weights)) : priorMemory(asMemoryEntries(entries));
  const indexOf = new Map(entries.map((e, k) => [e.id, k]));
  const releases: Release[] = [];
  for (const mark of marks) {
    if (mark.kind !== "let-go") continue;
    const index = indexOf.get(mark.entryId);
    if (index === undefined) continue;
    releases.push({
      atStep: Math.max(index, lastIndexOnOrBefore(entries, mark.atDate ?? entries[index]!.date)),
      parts: [{ index, share: 1 }],
    });
  }
  return {
    entries,
    pending: rows.length - entries.length,
    model,
    modelKey: `${embedderId}#${modelRow?.version ?? "prior"}`,
    modelRow: modelRow && { version: modelRow.version, createdAt: modelRow.createdAt },
    pinned: new Map(marks.filter((m) => m.kind === "keep").map((m) => [m.entryId, m.createdAt])),
    releases,
  };
}

export function asMemoryEntries(entries: readonly AnalysedEntry[]) {
  return entries.map((e) => ({ embedding: Array.from(e.vector), valence: e.valence, mood: e.mood, date: e.date }));
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
