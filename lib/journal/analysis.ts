// What an entry's text says, for the memory: its embedding, how much of it the embedder understood, its
// valence and lesson/rumination cues, and the same for each sentence (for quotes). Computed when the entry is
// saved and stored; recomputed only when the text or the embedder changed.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { textSignals } from "@/lib/text/valence";
import { currentEmbedder } from "./embedder";
import { linkSimilarEntries } from "./entry-links";
import { toBytes } from "./vector-bytes";

export type StoredSentence = { text: string; valence: number; lesson: number; rumination: number; vector: number[] };

function hashOf(body: string): string {
  return crypto.createHash("sha256").update(body).digest("hex");
}

// Rounded so the stored JSON stays small; quotes only need the direction.
const round = (v: number) => Math.round(v * 1e4) / 1e4;

export async function analyzeEntry(userId: string, entry: { id: string; body: string }): Promise<void> {
  const embedder = currentEmbedder();
  const bodyHash = hashOf(entry.body);
  const existing = await db.entryAnalysis.findUnique({
    where: { entryId: entry.id },
    select: { bodyHash: true, embedder: true, userId: true },
  });
  if (existing && existing.userId === userId && existing.bodyHash === bodyHash && existing.embedder === embedder.id)
    return;

  const signals = textSignals(entry.body);
  const texts = signals.sentences.map((s) => s.text);
  const [whole, ...perSentence] = await embedder.embed([entry.body, ...texts]);
  const sentences = signals.sentences.map((s, k) => ({
    text: s.text,
    valence: round(signals.sentenceValences[k]?.valence ?? 0),
    lesson: round(s.lessonScore),
    rumination: round(s.ruminationScore),
    vector: Array.from(perSentence[k]!.vector, round),
  }));
  const data = {
    userId,
    bodyHash,
    embedder: embedder.id,
    vector: toBytes(whole!.vector),
    coverage: whole!.coverage,
    valence: signals.valence,
    lesson: signals.lessonScore,
    rumination: signals.ruminationScore,
    cues: JSON.stringify(signals.cues),
    sentences: JSON.stringify(sentences),
  };
  await db.entryAnalysis.upsert({ where: { entryId: entry.id }, create: { entryId: entry.id, ...data }, update: data });
  const { date } = await db.entry.findFirstOrThrow({ where: { id: entry.id, userId }, select: { date: true } });
  await linkSimilarEntries(userId, { id: entry.id, date, vector: whole!.vector, embedder: embedder.id });
}

// Entries of a user whose analysis is missing or stale (new embedder, or text changed since), e.g. after an
// import or a change of provider; the worker catches up on them.
export async function staleAnalyses(userId: string): Promise<{ id: string; body: string }[]> {
  const embedderId = currentEmbedder().id;
  const rows = await db.entry.findMany({
    where: { userId },
    select: { id: true, body: true, analysis: { select: { bodyHash: true, embedder: true } } },
  });
  return rows
    .filter((r) => !r.analysis || r.analysis.embedder !== embedderId || r.analysis.bodyHash !== hashOf(r.body))
    .map(({ id, body }) => ({ id, body }));
}
