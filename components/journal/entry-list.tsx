import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { dayDate } from "@/i18n/formats";
import type { EntrySummary } from "@/lib/journal/entries";

export function EntryList({ entries }: { entries: EntrySummary[] }) {
  const t = useTranslations("entries");
  const format = useFormatter();
  return (
    <ol className="divide-y divide-line rounded-lg border border-line bg-card" data-testid="entry-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <Link href={`/journal/${entry.date}`} className="block px-4 py-3 hover:bg-accent-soft/50 sm:px-5">
            <div className="flex flex-wrap items-baseline gap-x-3">
              <span className="font-medium">{format.dateTime(dayDate(entry.date), "day")}</span>
              {entry.mood !== null && <span className="text-sm text-muted">{t("mood", { mood: entry.mood })}</span>}
              {entry.tags.map((tag) => (
                <span key={tag} className="rounded-full border border-accent/40 bg-accent-soft px-2 text-xs">
                  {tag}
                </span>
              ))}
            </div>
            <p className="mt-1 line-clamp-2 font-serif text-muted">{entry.excerpt}</p>
          </Link>
        </li>
      ))}
    </ol>
  );
}
