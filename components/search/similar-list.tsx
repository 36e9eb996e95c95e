// Entries like one entry (lib/journal/similar-entries.ts): each with its day, how close it is, and the sentence
// it shares a theme with, or its opening words; the entry where a shared theme began is marked as such.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SimilarEntry } from "@/lib/journal/similar-entries";
import { DayRows } from "./day-rows";

export async function SimilarList({ entries }: { entries: SimilarEntry[] }) {
  const [t, format] = await Promise.all([getTranslations("similar"), getFormatter()]);
  return (
    <DayRows
      items={entries}
      testId="similar-entries"
      meta={(e) => (
        <>
          <span className="text-sm text-muted">
            {t("closeness", { share: format.number(Math.max(0, e.similarity), { style: "percent" }) })}
          </span>
          {e.themeStart && (
            <span className="rounded-full border border-accent/40 bg-accent-soft px-2 text-xs">{t("began")}</span>
          )}
        </>
      )}
      body={(e) =>
        e.sharedQuote ? (
          <p className="mt-1 font-serif">
            <span className="text-sm text-muted">{t("sharedTheme")} </span>“{e.sharedQuote}”
          </p>
        ) : (
          <p className="mt-1 line-clamp-2 font-serif text-muted">{e.excerpt}</p>
        )
      }
    />
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
