// A weekly summary's words in the reader's language, in a server component.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { summaryWordsFrom } from "@/i18n/summary-words";
import type { SummaryWords } from "@/lib/summaries/words";

export function useSummaryWords(weekEnd: string): SummaryWords {
  const t = useTranslations("summaries");
  const memory = useTranslations("memory");
  type Say = SummaryWords["t"];
  return summaryWordsFrom(useLocale(), t as unknown as Say, memory as unknown as Say, useFormatter(), weekEnd);
}
