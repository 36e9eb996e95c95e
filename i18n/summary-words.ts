// A weekly summary's words (lib/summaries/words.ts) in a language: inside React from next-intl's translator and
// formatter (components/summaries/use-summary-words.ts), outside it (the Markdown export, the e-mail) from
// use-intl's own.
import { createFormatter, createTranslator } from "use-intl/core";
import type { SummaryWords } from "@/lib/summaries/words";
import { messages } from "@/messages";
import { dayDate, formats } from "./formats";
import type { Locale } from "./locales";
import { phraseParts, type PhraseContext } from "./phrases";

type Formatter = ReturnType<typeof createFormatter>;
type Say = SummaryWords["t"];

/**
 * A week's days, "November 23 – November 29, 2026" (the year on the first day only when it differs). Not the
 * formatter's dateTimeRange: Node's ICU writes Chinese ranges as "2026/11/23 – 2026/11/29".
 */
export function weekRangeText(format: Formatter, t: Say, start: string, end: string): string {
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  return t("document.range", {
    start: format.dateTime(dayDate(start), sameYear ? "dayMonth" : "dayMonthYear"),
    end: format.dateTime(dayDate(end), "dayMonthYear"),
  });
}

export function summaryWordsFrom(
  locale: Locale,
  t: Say,
  memory: PhraseContext["say"],
  format: Formatter,
  weekEnd: string,
): SummaryWords {
  return {
    t,
    day: (day, style) => format.dateTime(dayDate(day), style),
    range: (start, end) => weekRangeText(format, t, start, end),
    phrases: phraseParts(locale, memory, format, weekEnd),
  };
}

/** The words of a summary outside React, in `locale`. */
export function summaryWords(locale: Locale, weekEnd: string): SummaryWords {
  const all = { locale, messages: messages[locale], formats };
  const t = createTranslator({ ...all, namespace: "summaries" });
  const memory = createTranslator({ ...all, namespace: "memory" });
  const format = createFormatter({ locale, formats, timeZone: "UTC" });
  return summaryWordsFrom(locale, t as unknown as Say, memory as unknown as Say, format, weekEnd);
}
