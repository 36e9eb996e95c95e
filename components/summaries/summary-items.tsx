// One list of a weekly summary: each entry's quote, its day (a link to it), how much of it the memory still
// held at the week's end, and how often its theme came back.
import Link from "next/link";
import { formatDay } from "@/lib/dates";
import type { NewLesson, SummaryItem } from "@/lib/summaries/types";
import { itemFacts, percent, type SummaryList } from "@/lib/summaries/words";

function Facts({ item, list }: { item: SummaryItem | NewLesson; list: SummaryList }) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
      <Link href={`/journal/${item.date}`} className="underline hover:text-ink">
        {formatDay(item.date, "short")}
      </Link>
      <span
        className="inline-flex items-center gap-1.5"
        title="Share of what the entry wrote still held at the week's end"
      >
        <span
          aria-hidden
          className="inline-block h-1.5 w-16 overflow-hidden rounded-full bg-line print:border print:border-line"
        >
          <span className="block h-full bg-accent" style={{ width: percent(item.retention) }} />
        </span>
        {percent(item.retention)} still held
      </span>
      {itemFacts(item, list).map((fact) => (
        <span key={fact}>· {fact}</span>
      ))}
    </p>
  );
}

export function SummaryItems({ items, list }: { items: (SummaryItem | NewLesson)[]; list: SummaryList }) {
  if (items.length === 0) return null;
  return (
    <ul className="mt-3 space-y-3" data-testid={`summary-${list}`}>
      {items.map((item) => (
        <li key={item.entryId} className="break-inside-avoid space-y-1 border-l-2 border-accent/40 pl-3">
          <blockquote className="font-serif leading-snug">
            {item.quote ? `“${item.quote}”` : <span className="text-muted">(an entry with no sentence to quote)</span>}
          </blockquote>
          <Facts item={item} list={list} />
          {item.explanation && <p className="text-xs text-muted">{item.explanation}</p>}
        </li>
      ))}
    </ul>
  );
}
