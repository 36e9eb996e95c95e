import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Pager } from "@/components/search/pager";
import { ResultList } from "@/components/search/result-list";
import { SearchForm } from "@/components/search/search-form";
import { requireUser } from "@/lib/auth/session";
import { todayIn } from "@/lib/dates";
import { searchEntries, type SearchResults } from "@/lib/journal/search";
import { unsearchedCount } from "@/lib/journal/search-index";
import { listTags } from "@/lib/journal/tags";
import { searchHref, searchParamsSchema } from "@/lib/validations/search";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

const PAGE_SIZE = 20;
const FIELDS = ["q", "tag", "mood", "from", "to"] as const;

type Raw = Record<string, string | string[] | undefined>;
const firstOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SearchPage({ searchParams }: { searchParams: Promise<Raw> }) {
  const user = await requireUser();
  const raw = await searchParams;
  const [t, tags, unsearched] = await Promise.all([
    getTranslations("search"),
    listTags(user.id),
    unsearchedCount(user.id),
  ]);
  const parsed = searchParamsSchema.safeParse(raw);
  // A refused field is shown on the form, as typed, with what is wrong with it; nothing is searched meanwhile.
  const errors: Partial<Record<(typeof FIELDS)[number], string>> = {};
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = FIELDS.find((f) => f === issue.path[0]) ?? "q";
      errors[field] ??= t.has(issue.message as never) ? t(issue.message as never) : issue.message;
    }
  const values = Object.fromEntries(FIELDS.map((k) => [k, firstOf(raw[k])]));
  const asked = parsed.success ? parsed.data : null;
  const searching = asked !== null && FIELDS.some((k) => asked[k] !== undefined);

  // The form sends its empty fields too (?q=walk&tag=&mood=): the address is made the search's own.
  if (asked && Object.values(raw).some((v) => v === "" || Array.isArray(v)))
    redirect(searchHref(asked, asked.page === undefined ? undefined : Number(asked.page)));

  let results: SearchResults | null = null;
  if (asked && searching) {
    const { page: pageParam, q = "", ...filters } = asked;
    results = await searchEntries(user.id, q, filters, {
      page: pageParam === undefined ? 1 : Number(pageParam),
      pageSize: PAGE_SIZE,
    });
    // A page that does not exist goes to the nearest one, so its address is real.
    if (pageParam !== undefined && pageParam !== String(results.page)) redirect(searchHref(asked, results.page));
  }

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <h1 className="font-serif text-3xl">{t("title")}</h1>
      <SearchForm values={values} tags={tags} errors={errors} today={todayIn(user.timeZone)} />
      {unsearched > 0 && (
        <p role="status" className="rounded-md bg-accent-soft px-3 py-2 text-sm">
          {t("indexing", { count: unsearched })}
        </p>
      )}
      {results && asked ? (
        <section aria-labelledby="results-heading" className="space-y-4">
          <h2 id="results-heading" className="text-sm text-muted" data-testid="result-count">
            {asked.q ? t("foundFor", { count: results.total, query: asked.q }) : t("found", { count: results.total })}
          </h2>
          {results.total === 0 ? (
            <p className="rounded-lg border border-dashed border-line p-8 text-center text-muted">{t("nothing")}</p>
          ) : (
            <ResultList hits={results.hits} />
          )}
          <Pager page={results.page} pages={results.pages} href={(p) => searchHref(asked, p)} />
        </section>
      ) : (
        parsed.success && <p className="text-muted">{t("hint")}</p>
      )}
    </div>
  );
}
