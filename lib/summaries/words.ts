// The sentences of a weekly summary, from its numbers: one place for the wording, so the page, the Markdown
// export and the e-mail say the same thing, each in its reader's language (messages/<locale>/summaries.json, and
// the memory's phrases for each item's "why"). Plain and warm; every number said here is one of the content's.
import { sayPhrases, type PhraseContext } from "@/i18n/phrases";
import { MIN_ENTRIES_TO_TRAIN } from "@/lib/memory/split";
import { SURFACE } from "@/lib/memory/surface";
import { MOOD_BASELINE_WEEKS } from "./week-stats";
import type { NewLesson, SummaryItem, WeeklySummaryContent } from "./types";

export type SummaryList = "kept" | "letGo" | "newLessons" | "rumination";

/** What the wording needs of a language: its translator and date formats (i18n/summary-words.ts makes one). */
export type SummaryWords = {
  /** The `summaries` namespace. */
  t: (key: string, values?: Record<string, string | number>) => string;
  /** A calendar day, long ("Monday, 23 November 2026") or short ("Tue, 24 Nov 2026"). */
  day: (day: string, style: "day" | "dayShort") => string;
  /** A week's days, "23–29 November 2026". */
  range: (start: string, end: string) => string;
  /** The memory's phrases, dates read against the week's end. */
  phrases: PhraseContext;
};

/** Below this many entries in a week, it is too thin to say what faded during it. */
const THIN_WEEK = 3;

export function opening(s: WeeklySummaryContent, { t }: SummaryWords): string {
  const w = s.writing;
  if (w.entries === 0) return t("opening.none");
  if (w.entries < THIN_WEEK) return t("opening.thin", { count: w.entries });
  let text = w.entries === 7 ? t("opening.everyDay") : t("opening.someDays", { days: w.entries });
  if (w.bestRun >= 2 && w.bestRun < 7) text += t("opening.bestRun", { run: w.bestRun });
  text += t("opening.end");
  if (w.streakAtEnd >= 7) text += t("opening.streak", { streak: w.streakAtEnd });
  return text;
}

export function keptIntro(s: WeeklySummaryContent, { t }: SummaryWords): string {
  if (!s.memoryReady) return t("kept.notReady", { min: SURFACE.minEntries, count: s.entriesSoFar });
  return s.kept.length === 0 ? t("kept.none") : t("kept.some");
}

export function letGoIntro(s: WeeklySummaryContent, { t }: SummaryWords): string {
  if (s.writing.entries === 0) return t("letGo.noWriting");
  if (s.writing.entries < THIN_WEEK) return t("letGo.thin", { count: s.writing.entries });
  if (!s.memoryReady) return t("letGo.notReady");
  return s.letGo.length === 0 ? t("letGo.none") : t("letGo.some");
}

function newLessonsIntro(s: WeeklySummaryContent, { t }: SummaryWords): string {
  if (s.writing.entries === 0) return t("newLessons.noEntries");
  return s.newLessons.length === 0 ? t("newLessons.none") : t("newLessons.some");
}

function ruminationIntro(s: WeeklySummaryContent, { t }: SummaryWords): string {
  if (!s.memoryReady) return t("rumination.notReady");
  return s.rumination.length === 0 ? t("rumination.none") : t("rumination.some");
}

/** What is said of an item besides its day and retention, in the order it is said. */
export function itemFacts(item: SummaryItem | NewLesson, list: SummaryList, { t }: SummaryWords): string[] {
  return [
    item.returns === 0 ? "" : t("facts.cameBack", { count: item.returns }),
    item.pinned ? t("facts.pinned") : "",
    item.released ? t("facts.released") : list === "letGo" ? t("facts.faded") : "",
    ...("inputGate" in item ? [t("facts.inputGate", { value: item.inputGate })] : []),
  ].filter(Boolean);
}

export function stillHeld(item: SummaryItem | NewLesson, { t }: SummaryWords): string {
  return t("facts.stillHeld", { value: item.retention });
}

/** Why the memory put the item in its list. */
export function explanation(item: SummaryItem | NewLesson, w: SummaryWords): string {
  return sayPhrases(item.explanation, w.phrases);
}

export function gatesText(s: WeeklySummaryContent, { t }: SummaryWords): string {
  const m = s.gates.mean;
  if (!m) return t("gates.none");
  if (s.model.kind === "prior") return t("gates.prior", { ...m, min: MIN_ENTRIES_TO_TRAIN });
  return t("gates.trained", m);
}

function comparison(diff: number): string {
  if (Math.abs(diff) < 0.25) return "same";
  if (diff > 0) return diff >= 0.75 ? "clearlyHigher" : "higher";
  return diff <= -0.75 ? "clearlyLower" : "lower";
}

export function moodText(s: WeeklySummaryContent, { t }: SummaryWords): string {
  const { mean, previousMean, days } = s.mood;
  if (mean === null) return s.writing.entries === 0 ? t("mood.noneNoEntries") : t("mood.notRated");
  if (previousMean === null) return t("mood.mean", { mean, days: days.length });
  return t("mood.meanCompared", {
    mean,
    days: days.length,
    comparison: comparison(mean - previousMean),
    weeks: MOOD_BASELINE_WEEKS,
    previous: previousMean,
  });
}

export function modelText(s: WeeklySummaryContent, w: SummaryWords): string {
  const read = w.t("model.read", { count: s.entriesSoFar, day: w.day(s.end, "day") });
  if (s.model.kind === "prior") return w.t("model.prior", { min: MIN_ENTRIES_TO_TRAIN, read });
  return w.t("model.trained", { version: s.model.version ?? 0, trainedOn: s.model.trainedOn, read });
}

export function summaryTitle(s: WeeklySummaryContent, w: SummaryWords): string {
  return w.t("document.title", { day: w.day(s.start, "day") });
}

/** The summary's four lists, in the order every rendering shows them, with their headings and introductions. */
export const LIST_SECTIONS: { list: SummaryList; intro: (s: WeeklySummaryContent, w: SummaryWords) => string }[] = [
  { list: "kept", intro: keptIntro },
  { list: "letGo", intro: letGoIntro },
  { list: "newLessons", intro: newLessonsIntro },
  { list: "rumination", intro: ruminationIntro },
];

export function listHeading(list: SummaryList, { t }: SummaryWords): string {
  return t(`${list}.heading`);
}
