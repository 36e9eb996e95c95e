// A week's "lessons kept" summary as stored (JSON in WeeklySummary.content) and shown. Every number in it comes
// from the stored model's reading of the journal at the week's end (lib/memory) or from the entries themselves;
// nothing is retrained or sampled, so the same entries, marks and weights give the same summary. The types are
// the schemas' own, so what is read back from the database is parsed, never cast.
import { z } from "zod";
import { phraseSchema } from "@/lib/memory/phrase";

// 3: each item's explanation is phrases (keys and numbers, said in the reader's language), not English. A stored
// summary of an older format is built again (its source key names the format: lib/journal/weekly-summaries.ts),
// keeping when it was e-mailed, so the upgrade never e-mails a week twice.
export const SUMMARY_FORMAT_VERSION = 3;

const summaryItemSchema = z.object({
  themeId: z.string(),
  /** The entry and sentence that speak for the theme (its strongest sentence up to the week's end). */
  entryId: z.string(),
  date: z.string(),
  quote: z.string(),
  /** Share of what the theme wrote (Σ share · ‖i ⊙ g‖) still held in the cell state at the week's end, 0..1. */
  retention: z.number(),
  /** Days, up to the week's end, that the theme came back after it first came up. */
  returns: z.number().int(),
  pinned: z.boolean(),
  released: z.boolean(),
  /** Why the memory put it here, as phrases (lib/memory/explain.ts). */
  explanation: z.array(phraseSchema),
});
export type SummaryItem = z.infer<typeof summaryItemSchema>;

const newLessonSchema = summaryItemSchema.extend({
  /** The input gate's mean over units on the step of the entry that wrote the lesson. */
  inputGate: z.number(),
});
export type NewLesson = z.infer<typeof newLessonSchema>;

const gateMeans = z.object({ i: z.number(), f: z.number(), o: z.number() });
const dayGatesSchema = gateMeans.extend({ date: z.string() });
export type DayGates = z.infer<typeof dayGatesSchema>;

const weeklySummaryContentSchema = z.object({
  format: z.literal(SUMMARY_FORMAT_VERSION),
  week: z.string(),
  start: z.string(),
  end: z.string(),
  timeZone: z.string(),
  model: z.object({
    kind: z.enum(["prior", "trained"]),
    /** MemoryModel.version; null when no model was stored yet and the documented prior was used. */
    version: z.number().int().nullable(),
    trainedOn: z.number().int(),
  }),
  /** Entries the memory had read by the week's end. */
  entriesSoFar: z.number().int(),
  writing: z.object({
    entries: z.number().int(),
    days: z.array(z.string()),
    /** Longest run of consecutive days written within the week. */
    bestRun: z.number().int(),
    /** Consecutive days written up to and including the week's Sunday (0 when Sunday was not written). */
    streakAtEnd: z.number().int(),
  }),
  mood: z.object({
    days: z.array(z.object({ date: z.string(), mood: z.number() })),
    mean: z.number().nullable(),
    /** Mean mood of the four weeks before, for the trend. */
    previousMean: z.number().nullable(),
  }),
  gates: z.object({ days: z.array(dayGatesSchema), mean: gateMeans.nullable() }),
  /** False below the memory's minimum (a week of entries): nothing can be told apart yet. */
  memoryReady: z.boolean(),
  kept: z.array(summaryItemSchema),
  letGo: z.array(summaryItemSchema),
  newLessons: z.array(newLessonSchema),
  rumination: z.array(summaryItemSchema),
});
export type WeeklySummaryContent = z.infer<typeof weeklySummaryContentSchema>;

/** A stored summary's content, or null when it cannot be read (an older format, a damaged row). */
export function parseSummaryContent(json: string): WeeklySummaryContent | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = weeklySummaryContentSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
