// A week's "lessons kept" summary as stored (JSON in WeeklySummary.content) and shown. Every number in it comes
// from the stored model's reading of the journal at the week's end (lib/memory) or from the entries themselves;
// nothing is retrained or sampled, so the same entries, marks and weights give the same summary.

export const SUMMARY_FORMAT_VERSION = 2;

export type SummaryItem = {
  themeId: string;
  /** The entry and sentence that speak for the theme (its strongest sentence up to the week's end). */
  entryId: string;
  date: string;
  quote: string;
  /** Share of what the theme wrote (Σ share · ‖i ⊙ g‖) still held in the cell state at the week's end, 0..1. */
  retention: number;
  /** Days, up to the week's end, that the theme came back after it first came up. */
  returns: number;
  pinned: boolean;
  released: boolean;
  /** Why the memory put it here, in words (lib/memory/explain.ts). */
  explanation: string;
};

export type NewLesson = SummaryItem & {
  /** The input gate's mean over units on the step of the entry that wrote the lesson. */
  inputGate: number;
};

export type DayGates = { date: string; i: number; f: number; o: number };

export type WeeklySummaryContent = {
  format: typeof SUMMARY_FORMAT_VERSION;
  week: string;
  start: string;
  end: string;
  timeZone: string;
  model: {
    kind: "prior" | "trained";
    /** MemoryModel.version; null when no model was stored yet and the documented prior was used. */
    version: number | null;
    trainedOn: number;
  };
  /** Entries the memory had read by the week's end. */
  entriesSoFar: number;
  writing: {
    entries: number;
    days: string[];
    /** Longest run of consecutive days written within the week. */
    bestRun: number;
    /** Consecutive days written up to and including the week's Sunday (0 when Sunday was not written). */
    streakAtEnd: number;
  };
  mood: {
    days: { date: string; mood: number }[];
    mean: number | null;
    /** Mean mood of the four weeks before, for the trend. */
    previousMean: number | null;
  };
  gates: { days: DayGates[]; mean: { i: number; f: number; o: number } | null };
  /** False below the memory's minimum (a week of entries): nothing can be told apart yet. */
  memoryReady: boolean;
  kept: SummaryItem[];
  letGo: SummaryItem[];
  newLessons: NewLesson[];
  rumination: SummaryItem[];
};
