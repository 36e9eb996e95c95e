// One list of a weekly summary: each entry's quote, its day (a link to it), how much of it the memory still
// held at the week's end, and how often its theme came back.
import Link from "next/link";
import type { NewLesson, SummaryItem } from "@/lib/summaries/types";
import { explanation, itemFacts, stillHeld, type SummaryList, type SummaryWords } from "@/lib/summaries/words";

type Props = { item: SummaryItem | NewLesson; list: SummaryList; words: SummaryWords };

function Facts({ item, list, words }: Props) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
      <Link href={`/journal/${item.date}`} className="underline hover:text-ink">
        {words.day(item.date, "dayShort")}
      </Link>
      <span className="inline-flex items-center gap-1.5" title={words.t("facts.stillHeldTitle")}>
        <span
          aria-hidden
          className="inline-block h-1.5 w-16 overflow-hidden rounded-full bg-line print:border print:border-line"
        >
          <span className="block h-full bg-accent" style={{ width: `${Math.round(item.retention * 100)}%` }} />
        </span>
        {stillHeld(item, words)}
      </span>
      {itemFacts(item, list, words).map((fact) => (
        <span key={fact}>· {fact}</span>
      ))}
    </p>
  );
}

export function SummaryItems({
  items,
  list,
  words,
}: {
  items: (SummaryItem | NewLesson)[];
  list: SummaryList;
  words: SummaryWords;
}) {
  if (items.length === 0) return null;
  return (
    <ul className="mt-3 space-y-3" data-testid={`summary-${list}`}>
      {items.map((item) => {
        const why = explanation(item, words);
        return (
          <li key={item.entryId} className="break-inside-avoid space-y-1 border-l-2 border-accent/40 pl-3">
            <blockquote className="font-serif leading-snug">
              {item.quote ? `“${item.quote}”` : <span className="text-muted">{words.t("facts.noQuote")}</span>}
            </blockquote>
            <Facts item={item} list={list} words={words} />
            {why && <p className="text-xs text-muted">{why}</p>}
          </li>
        );
      })}
    </ul>
  );
}
