// "Similar entries": the user's entries nearest in meaning to one entry (the cosine of their stored embeddings,
// EntryAnalysis) and those that share one of its themes (the memory's groups of sentences about the same thing,
// themes-store.ts), so a writer can find where a thought came from. Read from the rows the memory panel keeps
// up to date in the server process (memory-rows.ts): one pass over the journal's vectors, no query per entry
// (bench "search": on the 3,411-entry diary).
import { db } from "@/lib/db";
import { dot } from "@/lib/vectors";
import { currentEmbedder } from "./embedder";
import { excerptOf } from "./entries";
import { memoryRows } from "./memory-rows";
import { fromBytes } from "./vector-bytes";

export type SimilarEntry = {
  id: string;
  date: string;
  /** Cosine of the two entries' embeddings, −1…1. */
  similarity: number;
  /** A sentence of this entry in a theme the two share, when they share one. */
  sharedQuote: string | null;
  /** This entry is where one of the shared themes was first written. */
  themeStart: boolean;
  excerpt: string;
};

// Sharing a theme is the memory's own judgement that two entries speak of the same thing: it ranks above a
// closeness of the whole texts, which common words of a diary make high for many pairs.
const THEME_BONUS = 0.25;
// Below this an entry is no nearer than most of the journal (unrelated entries of the diary land around 0–0.2):
// it is not shown, unless it shares a theme.
const MIN_SIMILARITY = 0.2;

export async function similarEntries(userId: string, entryId: string, limit: number): Promise<SimilarEntry[]> {
  const embedder = currentEmbedder().id;
  const { entries, sentences } = await memoryRows(userId, embedder);
  const target = entries.find((e) => e.id === entryId);
  if (!target?.analysis || target.analysis.embedder !== embedder || !(target.analysis.coverage > 0)) return [];
  const vector = fromBytes(target.analysis.vector);

  const ownThemes = new Set(sentences.filter((s) => s.entryId === entryId).map((s) => s.themeId));
  // Per entry, its sentence in a shared theme (the one with the largest share); per theme, its first entry.
  const shared = new Map<string, { text: string; share: number }>();
  const firstOf = new Map<string, { entryId: string; date: string }>();
  for (const s of sentences) {
    if (!ownThemes.has(s.themeId)) continue;
    const first = firstOf.get(s.themeId);
    if (!first || s.date < first.date) firstOf.set(s.themeId, { entryId: s.entryId, date: s.date });
    if (s.entryId === entryId) continue;
    const best = shared.get(s.entryId);
    if (!best || s.share > best.share) shared.set(s.entryId, { text: s.text, share: s.share });
  }
  const starts = new Set([...firstOf.values()].map((f) => f.entryId));

  const scored: { id: string; date: string; similarity: number; score: number }[] = [];
  for (const e of entries) {
    const a = e.analysis;
    if (e.id === entryId || !a || a.embedder !== embedder || !(a.coverage > 0)) continue;
    const similarity = dot(vector, fromBytes(a.vector));
    scored.push({ id: e.id, date: e.date, similarity, score: similarity + (shared.has(e.id) ? THEME_BONUS : 0) });
  }
  const top = scored
    .filter((s) => s.similarity >= MIN_SIMILARITY || shared.has(s.id))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  const bodies = await db.entry.findMany({
    where: { userId, id: { in: top.map((t) => t.id) } },
    select: { id: true, body: true },
  });
  const bodyOf = new Map(bodies.map((b) => [b.id, b.body]));
  return top
    .filter((t) => bodyOf.has(t.id))
    .map((t) => ({
      id: t.id,
      date: t.date,
      similarity: t.similarity,
      sharedQuote: shared.get(t.id)?.text ?? null,
      themeStart: starts.has(t.id),
      excerpt: excerptOf(bodyOf.get(t.id)!),
    }));
}
