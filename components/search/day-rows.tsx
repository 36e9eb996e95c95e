// A list of entries by their day, each row the day (a link to it), what the list says about it on the same line,
// and what it shows below: search results, similar entries and On this day are each one.
import Link from "next/link";
import { getFormatter } from "next-intl/server";
import type { ReactNode } from "react";

/** A calendar day, in the reader's language (the day is a date, not an instant: read in UTC). */
export async function formatCalendarDay(date: string): Promise<string> {
  const format = await getFormatter();
  return format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "full", timeZone: "UTC" });
}

type Props<T> = {
  items: T[];
  testId: string;
  /** Beside the day: mood, tags, closeness, how long ago. */
  meta: (item: T) => ReactNode;
  /** Below it: the snippet, the quote. */
  body: (item: T) => ReactNode;
};

export async function DayRows<T extends { id: string; date: string }>({ items, testId, meta, body }: Props<T>) {
  const days = await Promise.all(items.map((item) => formatCalendarDay(item.date)));
  return (
    <ol className="divide-y divide-line rounded-lg border border-line bg-card" data-testid={testId}>
      {items.map((item, k) => (
        <li key={item.id} className="px-4 py-3 sm:px-5">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <Link href={`/journal/${item.date}`} className="font-medium text-accent underline">
              {days[k]}
            </Link>
            {meta(item)}
          </div>
          {body(item)}
        </li>
      ))}
    </ol>
  );
}
