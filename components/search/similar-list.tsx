// Entries like one entry (lib/journal/similar-entries.ts): each with its day, how close it is, and the sentence
// it shares a theme with, or its opening words; the entry where a shared theme began is marked as such.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SimilarEntry } from "@/lib/journal/similar-entries";
import { formatCalendarDay } from "./result-list";

export async function SimilarList({ entries }: { entries: SimilarEntry[] }) {
  const [t, format] = await Promise.all([getTranslations("similar"), getFormatter()]);
  const days = await Promise.all(entries.map((e) => formatCalendarDay(e.date)));
  return (
    <ol className="divide-y divide-line rounded-lg border border-line bg-card" data-testid="similar-entries">
      {entries.map((e, k) => (
        <li key={e.id} className="px-4 py-3 sm:px-5">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <Link href={`/journal/${e.date}`} className="font-medium text-accent underline">
              {days[k]}
            </Link>
            <span className="text-sm text-muted">
              {t("closeness", { share: format.number(Math.max(0, e.similarity), { style: "percent" }) })}
            </span>
            {e.themeStart && (
              <span className="rounded-full border border-accent/40 bg-accent-soft px-2 text-xs">{t("began")}</span>
            )}
          </div>
          {e.sharedQuote ? (
            <p className="mt-1 font-serif">
              <span className="text-sm text-muted">{t("sharedTheme")} </span>“{e.sharedQuote}”
            </p>
          ) : (
            <p className="mt-1 line-clamp-2 font-serif text-muted">{e.excerpt}</p>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Below an entry: its five nearest, and the way to more. */
export async function SimilarSection({ entryId, entries }: { entryId: string; entries: SimilarEntry[] }) {
  if (entries.length === 0) return null;
  const t = await getTranslations("similar");
  return (
    <section aria-labelledby="similar-heading" className="mt-8 space-y-3 print:hidden">
      <h2 id="similar-heading" className="font-serif text-xl">
        {t("title")}
      </h2>
      <p className="text-sm text-muted">{t("intro")}</p>
      <SimilarList entries={entries} />
      <Link href={`/entries/${entryId}/similar`} className="inline-block text-sm text-accent underline">
        {t("more")}
      </Link>
    </section>
  );
}
