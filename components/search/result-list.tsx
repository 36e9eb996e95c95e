// Search results: each entry's day (a link to it), mood, tags, the snippet with the found words marked, and a
// link to the entries most like it ("where did this thought come from?").
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SearchHit } from "@/lib/journal/search";
import { Snippet } from "./snippet";

/** A calendar day, in the reader's language (the day is a date, not an instant: read in UTC). */
export async function formatCalendarDay(date: string): Promise<string> {
  const format = await getFormatter();
  return format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "full", timeZone: "UTC" });
}

export async function ResultList({ hits }: { hits: SearchHit[] }) {
  const t = await getTranslations("search");
  const days = await Promise.all(hits.map((hit) => formatCalendarDay(hit.date)));
  return (
    <ol className="divide-y divide-line rounded-lg border border-line bg-card" data-testid="search-results">
      {hits.map((hit, k) => (
        <li key={hit.id} className="px-4 py-3 sm:px-5">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <Link href={`/journal/${hit.date}`} className="font-medium text-accent underline">
              {days[k]}
            </Link>
            {hit.mood !== null && <span className="text-sm text-muted">{t("mood", { mood: hit.mood })}</span>}
            {hit.tags.map((tag) => (
              <Link
                key={tag}
                href={`/tags/${encodeURIComponent(tag)}`}
                className="rounded-full border border-accent/40 bg-accent-soft px-2 text-xs"
              >
                {tag}
              </Link>
            ))}
          </div>
          <Snippet parts={hit.snippet} />
          <Link href={`/entries/${hit.id}/similar`} className="mt-1 inline-block text-sm text-accent underline">
            {t("similar")}
          </Link>
        </li>
      ))}
    </ol>
  );
}
