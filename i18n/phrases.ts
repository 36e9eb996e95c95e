// Says the data layer's phrases (lib/memory/phrase.ts: the memory panel's and the weekly summaries' "why", the
// model's status) in a language: inside React with next-intl's translator and formatter (usePhrases,
// components/memory-panel/use-phrases.ts), outside it (the summaries' Markdown and e-mail, the tests) with
// use-intl's own (`phraseContext`).
import { createFormatter, createTranslator } from "use-intl/core";
import type { Phrase } from "@/lib/memory/phrase";
import { messages } from "@/messages";
import { dayDate, formats } from "./formats";
import type { Locale } from "./locales";

type Say = (key: string, values?: Record<string, string | number>) => string;

export type PhraseContext = {
  /** The `memory` namespace's translator. */
  say: Say;
  /** A calendar day: "3 March", with the year outside the reference year. */
  day: (day: string) => string;
  /** The writer's own words, quoted and listed. */
  quotes: (words: string[]) => string;
  /** Between two sentences: a space in English, nothing after a Chinese full stop. */
  separator: string;
};

type Formatter = ReturnType<typeof createFormatter>;

/** The parts every context shares, from the `memory` translator and a formatter in the reader's language. */
export function phraseParts(locale: Locale, say: Say, format: Formatter, referenceDay: string): PhraseContext {
  const year = referenceDay.slice(0, 4);
  return {
    say,
    day: (day: string) => format.dateTime(dayDate(day), day.slice(0, 4) === year ? "dayMonth" : "dayMonthYear"),
    quotes: (words: string[]) => words.map((w) => `“${w}”`).join(say("quoteSeparator")),
    separator: locale === "zh" ? "" : " ",
  };
}

/** Phrases said outside React, in `locale`, dates read against `referenceDay`'s year. */
export function phraseContext(locale: Locale, referenceDay: string): PhraseContext {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "memory", formats });
  const format = createFormatter({ locale, formats, timeZone: "UTC" });
  return phraseParts(locale, t as unknown as Say, format, referenceDay);
}

export function sayPhrase(phrase: Phrase, context: PhraseContext): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.values ?? {})) {
    if (typeof value === "string" || typeof value === "number") values[name] = value;
    else if ("day" in value) values[name] = context.day(value.day);
    else if ("quotes" in value) values[name] = context.quotes(value.quotes);
    else values[name] = sayPhrase(value, context);
  }
  return context.say(phrase.key, values);
}

export function sayPhrases(phrases: readonly Phrase[], context: PhraseContext): string {
  return phrases.map((p) => sayPhrase(p, context)).join(context.separator);
}
