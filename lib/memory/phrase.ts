// A sentence as plain data: a message key (messages/<locale>/memory.json, under `memory.`) and its values, which the
// interface says in the reader's language (i18n/phrases.ts). Values are numbers, text, calendar days (formatted
// in the reader's language, with the year only outside the reference year), the writer's own words (quoted and
// listed), or phrases of their own ("4 days ago").
import { z } from "zod";

export type PhraseValue = string | number | { day: string } | { quotes: string[] } | Phrase;

export type Phrase = { key: string; values?: Record<string, PhraseValue> };

export function phrase(key: string, values?: Record<string, PhraseValue>): Phrase {
  return values ? { key, values } : { key };
}

// Phrases are stored (a weekly summary's JSON, lib/summaries/types.ts) and read back through this schema.
const phraseValueSchema: z.ZodType<PhraseValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.object({ day: z.string() }),
    z.object({ quotes: z.array(z.string()) }),
    phraseSchema,
  ]),
);

export const phraseSchema: z.ZodType<Phrase> = z.object({
  key: z.string(),
  values: z.record(z.string(), phraseValueSchema).optional(),
});
