// The benchmark's journals: the realistic synthetic generator (tests/fixtures/synthetic-journal/, fixed seeds) read
// the way the app reads an entry (lib/journal/analysis.ts): the local word-vector embedding of the whole
// entry and the text's valence, with the user's mood and day. So the model is timed on real embeddings of
// real-looking text, not on random vectors.
import { createEmbedder, type SentenceEmbedder } from "../../lib/embedding";
import type { MemoryEntry } from "../../lib/memory/model";
import { textSignals } from "../../lib/text/valence";
import type { JournalRecord } from "../../lib/validations/import";
import { generateJournal } from "../../tests/fixtures/synthetic-journal/journal";

const JOURNAL_SEED = 1;

let embedder: SentenceEmbedder | undefined;

/** The offline embedder the app uses by default (EMBEDDING_PROVIDER=local). */
export function localEmbedder(): SentenceEmbedder {
  embedder ??= createEmbedder({ provider: "local" });
  return embedder;
}

export function journalRecords(entries: number, seed = JOURNAL_SEED): JournalRecord[] {
  return generateJournal({ entries, seed }).records;
}

export async function memoryEntries(records: readonly JournalRecord[]): Promise<MemoryEntry[]> {
  const embeddings = await localEmbedder().embed(records.map((r) => r.body));
  return records.map((record, k) => ({
    embedding: Array.from(embeddings[k]!.vector),
    valence: textSignals(record.body).valence,
    mood: record.mood ?? null,
    date: record.date,
  }));
}
