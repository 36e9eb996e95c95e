// Search results: each entry's day, mood, tags, the snippet with the found words marked, and a link to the
// entries most like it ("where did this thought come from?").
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SearchHit } from "@/lib/journal/search";
import { DayRows } from "./day-rows";
import { Snippet } from "./snippet";

export async function ResultList({ hits }: { hits: SearchHit[] }) {
  const t = await getTranslations("search");
  return (
    <DayRows
      items={hits}
      testId="search-results"
      meta={(hit) => (
        <>
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
        </>
      )}
      body={(hit) => (
        <>
          <Snippet parts={hit.snippet} />
          <Link href={`/entries/${hit.id}/similar`} className="mt-1 inline-block text-sm text-accent underline">
            {t("similar")}
          </Link>
        </>
      )}
    />
  );
}
