// What an entry's text says, for the memory: its embedding, how much of it the memory can read, its valence and
// lesson/rumination evidence, and its sentences, which are grouped into the user's themes (themes-store.ts).
// Computed when the entry is saved (one entry) or by the worker (an import, a change of embedder: a batch in
// date order); recomputed only when the text, the embedder or this analysis changed.
import crypto from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { contentTokens } from "@/lib/embedding/lexical";
import { db } from "@/lib/db";
import { sentenceKind, sentenceShares } from "@/lib/memory/themes";
import { readSentences } from "@/lib/text/learned/read-sentences";
import { sentencesOf } from "@/lib/text/sentences";
import { currentEmbedder, meaningReader } from "./embedder";
import { groupEntrySentences, type AnalysedSentence, type EntryToGroup } from "./themes-store";
import { toBytes } from "./vector-bytes";

/** Bump when what is read from a text changes without the embedder changing: every entry is read again. */
const ANALYSIS_VERSION = 6;

function hashOf(body: string): string {
  return crypto.createHash("sha256").update(`${ANALYSIS_VERSION}\n${body}`).digest("hex");
}

// Rounded so the stored JSON stays small.
const round = (v: number) => Math.round(v * 1e4) / 1e4;

type Readout = { data: Omit<Prisma.EntryAnalysisUncheckedCreateInput, "entryId">; sentences: AnalysedSentence[] };

async function readEntry(userId: string, body: string): Promise<Readout> {
  const embedder = currentEmbedder();
  const parsed = sentencesOf(body);
  const both = embedder.embedEntry?.(body, parsed);
  const whole = both ? both.entry : (await embedder.embed([body]))[0];
  const embedded = both ? both.sentences : await embedder.embedSentences(body);
  // HTTP providers give no content words: take them from the parsed sentence (the same split, sentencesOf).
  const tokens = embedded.map((e, k) => e.tokens ?? (parsed[k] ? contentTokens(parsed[k]) : []));
  const shares = sentenceShares(tokens.map((t) => t.length));
  // An entry the memory cannot read (coverage 0: only digits, emoji, punctuation) joins no theme.
  const readable = whole!.coverage > 0;
  const meaning = meaningReader();
  const read = readSentences(parsed, (k) => embedded[k]?.meaning ?? meaning.meaningOf(parsed[k]!));
  const sentences: AnalysedSentence[] = read.sentences.map((r, k) => ({
    position: k,
    text: r.cues.text,
    lang: r.sentence.lang,
    share: readable && tokens[k]!.length > 0 ? shares[k]! : 0,
    valence: round(r.valence),
    lesson: round(r.lesson),
    rumination: round(r.rumination),
    distress: round(r.cues.distress),
    selfFocus: r.cues.selfFocus,
    cues: r.cues.matches.map((m) => m.label),
    kind: sentenceKind(r.lesson, r.rumination),
    vector: embedded[k]?.vector ?? new Float32Array(embedder.dims),
    tokens: tokens[k] ?? [],
  }));
  return {
    data: {
      userId,
      bodyHash: hashOf(body),
      embedder: embedder.id,
      vector: toBytes(whole!.vector),
      coverage: whole!.coverage,
      valence: read.valence,
    },
    sentences,
  };
}

/** Read one saved entry (the save path) and group its sentences; nothing is done when it is already read. */
export async function analyzeEntry(userId: string, entry: { id: string; body: string }): Promise<void> {
  await analyzeEntries(userId, [entry]);
}

// Entries are looked up and stored in slices: SQLite takes a limited number of parameters per statement, and a
// long import should not hold one long write lock for its analyses.
const SLICE = 200;

/**
 * Read entries of one user and group their sentences in date order (an import: thousands). Pass them in date
 * order, as `staleAnalyses` gives them. The text is read first, then every sentence is grouped in one pass and
 * one write, then the analyses are stored.
 */
export async function analyzeEntries(userId: string, entries: readonly { id: string; body: string }[]): Promise<void> {
  const embedderId = currentEmbedder().id;
  const read: (Readout & { id: string; date: string })[] = [];
  for (let from = 0; from < entries.length; from += SLICE) {
    const rows = await db.entry.findMany({
      where: { userId, id: { in: entries.slice(from, from + SLICE).map((e) => e.id) } },
      orderBy: { date: "asc" },
      select: { id: true, date: true, body: true, analysis: { select: { bodyHash: true, embedder: true } } },
    });
    for (const row of rows) {
      if (row.analysis?.bodyHash === hashOf(row.body) && row.analysis.embedder === embedderId) continue;
      read.push({ id: row.id, date: row.date, ...(await readEntry(userId, row.body)) });
    }
  }
  if (read.length === 0) return;
  // Sentences into themes first, then the analyses: a reader of the memory's rows (memory-rows.ts) finds an
  // entry's new sentences through its analysis's time, so that time must come last.
  const groups: EntryToGroup[] = read.map((r) => ({ entryId: r.id, date: r.date, sentences: r.sentences }));
  await groupEntrySentences(userId, groups, (token) => currentEmbedder().wordRarity?.(token) ?? 1);
  for (let from = 0; from < read.length; from += SLICE) {
    const slice = read.slice(from, from + SLICE);
    await db.$transaction(async (tx) => {
      // Ownership is checked again in the write's own transaction, before anything is written: reading took
      // seconds, and an entry deleted meanwhile (or any id that is not this user's) gets no analysis.
      const owned = await tx.entry.findMany({
        where: { userId, id: { in: slice.map((r) => r.id) } },
        select: { id: true },
      });
      const ownedIds = new Set(owned.map((e) => e.id));
      const rows = slice.filter((r) => ownedIds.has(r.id)).map((r) => ({ entryId: r.id, ...r.data }));
      // Replaced, not upserted one by one: an import writes thousands, and each upsert is its own query.
      await tx.entryAnalysis.deleteMany({ where: { userId, entryId: { in: rows.map((r) => r.entryId) } } });
      await tx.entryAnalysis.createMany({ data: rows });
    });
  }
}

// Entries of a user whose analysis is missing or stale (new embedder, new analysis, or text changed since), in
// date order, e.g. after an import or a change of provider; the worker catches up on them.
export async function staleAnalyses(userId: string): Promise<{ id: string; body: string }[]> {
  const embedderId = currentEmbedder().id;
  const rows = await db.entry.findMany({
    where: { userId },
    orderBy: { date: "asc" },
    select: { id: true, body: true, analysis: { select: { bodyHash: true, embedder: true } } },
  });
  return rows
    .filter((r) => !r.analysis || r.analysis.embedder !== embedderId || r.analysis.bodyHash !== hashOf(r.body))
    .map(({ id, body }) => ({ id, body }));
}
