// What the memory panel and the weekly summaries both need from one reading of the model: each entry's signals
// for lib/memory/surface.ts, and the quote that speaks for an entry.
import { cosine } from "@/lib/embedding";
import { db } from "@/lib/db";
import type { MemoryReading } from "@/lib/memory/model";
import type { EntrySignals, SurfaceItem } from "@/lib/memory/surface";
import type { StoredSentence } from "./analysis";
import type { AnalysedEntry } from "./memory-inputs";
import { fromBytes } from "./vector-bytes";

const STRONG_CUE = 0.5;

// The sentence that speaks for the entry: its clearest lesson or rumination when it has one, else the one
// closest in meaning to the whole entry.
function quoteOf(entry: { vector: Float32Array; sentences: StoredSentence[] }): string {
  const sentences = entry.sentences;
  if (sentences.length === 0) return "";
  const cue = sentences.reduce((best, s) =>
    Math.max(s.lesson, s.rumination) > Math.max(best.lesson, best.rumination) ? s : best,
  );
  if (Math.max(cue.lesson, cue.rumination) >= STRONG_CUE) return cue.text;
  return sentences.reduce((best, s) => (cosine(s.vector, entry.vector) > cosine(best.vector, entry.vector) ? s : best))
    .text;
}

// Sentences are read only for the few entries shown, not for the whole journal.
export async function quotesFor(userId: string, entryIds: string[]): Promise<Map<string, string>> {
  const rows = await db.entryAnalysis.findMany({
    where: { userId, entryId: { in: [...new Set(entryIds)] } },
    select: { entryId: true, vector: true, sentences: true },
  });
  return new Map(
    rows.map((r) => [
      r.entryId,
      quoteOf({ vector: fromBytes(r.vector), sentences: JSON.parse(r.sentences) as StoredSentence[] }),
    ]),
  );
}

/** Signals of the entries a reading covers (entries[0..reading.at]), for surfaceMemory. */
export function signalsOf(
  entries: readonly AnalysedEntry[],
  reading: MemoryReading,
  returns: Map<string, string[]>,
  isPinned: (entryId: string) => boolean,
): EntrySignals[] {
  return reading.perEntry.map((r, j) => {
    const e = entries[j]!;
    return {
      index: j,
      entryId: e.id,
      date: e.date,
      quote: "", // filled in by the caller, only for what is shown
      written: r.written,
      retention: r.retention,
      valence: e.valence,
      mood: e.mood,
      lessonScore: e.lesson,
      ruminationScore: e.rumination,
      cues: e.cues,
      recurrence: { count: returns.get(e.id)?.length ?? 0, dates: returns.get(e.id) ?? [] },
      moodContribution: r.moodContribution,
      pinned: isPinned(e.id),
      released: r.released,
    };
  });
}

export type ShownItem = {
  entryId: string;
  date: string;
  quote: string;
  explanation: string;
  retention: number;
  returns: number;
  pinned: boolean;
  released: boolean;
};

export function shownItem(item: SurfaceItem, quotes: Map<string, string>): ShownItem {
  return {
    entryId: item.entry.entryId,
    date: item.entry.date,
    quote: quotes.get(item.entry.entryId) ?? "",
    explanation: item.explanation,
    retention: item.entry.retention,
    returns: item.entry.recurrence.count,
    pinned: item.entry.pinned,
    released: item.entry.released,
  };
}
