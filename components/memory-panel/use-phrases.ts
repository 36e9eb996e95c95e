// The memory's phrases (i18n/phrases.ts) in the reader's language, in a server or client component.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { phraseParts, type PhraseContext } from "@/i18n/phrases";

export function usePhrases(referenceDay: string): PhraseContext {
  const t = useTranslations("memory");
  const format = useFormatter();
  const locale = useLocale();
  return phraseParts(locale, t as unknown as PhraseContext["say"], format, referenceDay);
}
