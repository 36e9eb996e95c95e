// The rows the memory is read from (entries with their analyses, their sentences in themes, the newest model),
// kept per user in the server process and brought up to date by reading only what changed since: after a save,
// one entry and its sentences, not the 28,000 sentences of a ten-year diary.
//
// What changed is found by time: an entry's `updatedAt` and its analysis's. Analysis stores an entry's sentences
// in themes before it stores the analysis itself (analysis.ts), so a read in between sees the old analysis and
// reads the entry again once the new one is stored. Deletions are found by counts: when the counts in the
// database differ from the kept rows after the update, everything is read again.
import { z } from "zod";
import { db } from "@/lib/db";
import { parseStoredModel } from "@/lib/memory/model-json";
import type { MemoryModel } from "@/lib/memory/model";
import type { SentenceReading } from "@/lib/memory/theme-reading";
import { kindOf, type SentenceKind } from "@/lib/memory/themes";
import { SizedLru } from "@/lib/sized-lru";

const entrySelect = {
  id: true,
  date: true,
  mood: true,
  updatedAt: true,
  analysis: { select: { embedder: true, vector: true, coverage: true, valence: true, updatedAt: true } },
} as const;

const sentenceSelect = {
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
} as const;

type EntryRow = {
  id: string;
  date: string;
  mood: number | null;
  updatedAt: Date;
  analysis: { embedder: string; vector: Uint8Array; coverage: number; valence: number; updatedAt: Date } | null;
};
type SentenceRow = SentenceReading & {
  entryId: string;
  themeId: string;
  date: string;
  /** The theme's kind (lesson, worry or other); cues are parsed once, when the row is read. */
  kind: SentenceKind;
};

const stringList = z.array(z.string());

function parseStringList(json: string): string[] {
  const parsed = stringList.safeParse(safeJson(json));
  return parsed.success ? parsed.data : [];
}

type StoredSentence = Omit<SentenceRow, "cues" | "kind"> & { cues: string; theme: { kind: string } };

function fromStored({ cues, theme, ...row }: StoredSentence): SentenceRow {
  return { ...row, cues: parseStringList(cues), kind: kindOf(theme.kind) };
}

type Kept = {
  since: Date;
  entries: Map<string, EntryRow>;
  sentences: Map<string, SentenceRow[]>;
  model: { version: number; embedder: string; createdAt: Date; parsed: MemoryModel | null } | null;
  /** The rows in date order, made once per change (28,000 sentences take a while to sort). */
  ordered: { entries: EntryRow[]; sentences: SentenceRow[] } | null;
};

// A kept user costs about 0.4 KB per entry and 0.3 KB per sentence; the budget is in sentences.
const KEPT_SENTENCES = 120_000;
const sentenceCount = (k: Kept) => [...k.sentences.values()].reduce((a, s) => a + s.length, 0);
const kept = new SizedLru<string, Kept>(KEPT_SENTENCES, (k) => k.entries.size + sentenceCount(k));

// COUNT is an integer on SQLite and a bigint on PostgreSQL.
const countsRow = z.object({ entries: z.coerce.number(), sentences: z.coerce.number() });

async function counts(userId: string) {
  const rows = await db.$queryRaw`
    SELECT
      (SELECT COUNT(*) FROM "Entry" WHERE "userId" = ${userId}) AS entries,
      (SELECT COUNT(*) FROM "ThemeSentence" WHERE "userId" = ${userId}) AS sentences`;
  return z.tuple([countsRow]).parse(rows)[0];
}

function groupByEntry(stored: StoredSentence[], into = new Map<string, SentenceRow[]>()) {
  for (const r of stored.map(fromStored)) {
    const list = into.get(r.entryId);
    if (list) list.push(r);
    else into.set(r.entryId, [r]);
  }
  return into;
}

// Changes are looked for from a little before the last read, so one committed just after it (stamped by the
// other process's clock just before) is not missed; reading a few recent entries again costs little.
const OVERLAP_MS = 5_000;
const MAX_CHANGED = 400;
const sinceNow = () => new Date(Date.now() - OVERLAP_MS);

async function readAll(userId: string): Promise<Kept> {
  const started = sinceNow();
  const [entries, sentences] = await Promise.all([
    db.entry.findMany({ where: { userId }, select: entrySelect }),
    db.themeSentence.findMany({ where: { userId }, select: sentenceSelect }),
  ]);
  return {
    since: started,
    entries: new Map(entries.map((e) => [e.id, e])),
    sentences: groupByEntry(sentences),
    model: null,
    ordered: null,
  };
}

/** Bring the kept rows up to date: the entries changed since the last read and their sentences. */
async function update(userId: string, k: Kept): Promise<boolean> {
  const started = sinceNow();
  const changed = await db.entry.findMany({
    where: { userId, OR: [{ updatedAt: { gte: k.since } }, { analysis: { is: { updatedAt: { gte: k.since } } } }] },
    select: entrySelect,
  });
  // Many changed (an import was read): reading everything again is simpler and as fast.
  if (changed.length > MAX_CHANGED) return false;
  if (changed.length > 0) {
    const ids = changed.map((e) => e.id);
    const sentences = await db.themeSentence.findMany({
      where: { userId, entryId: { in: ids } },
      select: sentenceSelect,
    });
    for (const e of changed) {
      k.entries.set(e.id, e);
      k.sentences.delete(e.id);
    }
    groupByEntry(sentences, k.sentences);
    k.ordered = null;
  }
  k.since = started;
  const c = await counts(userId);
  return c.entries === k.entries.size && c.sentences === sentenceCount(k);
}

type MemoryRows = {
  entries: EntryRow[];
  sentences: SentenceRow[];
  model: { version: number; createdAt: Date; parsed: MemoryModel | null } | null;
};

/** The user's rows, from the kept copy brought up to date (or read whole the first time, or after a deletion). */
export async function memoryRows(userId: string, embedderId: string): Promise<MemoryRows> {
  let k = kept.get(userId);
  if (!k || !(await update(userId, k))) k = await readAll(userId);
  const newest = await db.memoryModel.findFirst({
    where: { userId, embedder: embedderId },
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true },
  });
  if (!newest) k.model = null;
  else if (!k.model || k.model.version !== newest.version || k.model.embedder !== embedderId) {
    const row = await db.memoryModel.findFirstOrThrow({
      where: { userId, embedder: embedderId, version: newest.version },
      select: { weights: true },
    });
    k.model = { ...newest, embedder: embedderId, parsed: parseStoredModel(safeJson(row.weights)) };
  }
  kept.set(userId, k);
  if (!k.ordered) {
    const entries = [...k.entries.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const rows = k.sentences;
    const sentences = entries.flatMap((e) => [...(rows.get(e.id) ?? [])].sort((a, b) => a.position - b.position));
    k.ordered = { entries, sentences };
  }
  return { ...k.ordered, model: k.model };
}

export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
