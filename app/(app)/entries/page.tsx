import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EntryList } from "@/components/journal/entry-list";
import { JumpToDate } from "@/components/journal/jump-to-date";
import { MonthCalendar } from "@/components/journal/month-calendar";
import { TagFilter, TagFilterNote } from "@/components/tags/tag-filter";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { isIsoMonth, monthOf, todayIn } from "@/lib/dates";
import { entryDaysInMonth, listEntries } from "@/lib/journal/entries";
import { listTags } from "@/lib/journal/tags";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("entries"))("title") };
}

const PAGE_SIZE = 30;

type Props = { searchParams: Promise<{ month?: string; page?: string; tag?: string }> };

export default async function EntriesPage({ searchParams }: Props) {
  const user = await requireUser();
  const query = await searchParams;
  const today = todayIn(user.timeZone);
  const month = query.month && isIsoMonth(query.month) && query.month <= monthOf(today) ? query.month : monthOf(today);
  const asked = query.page === undefined ? 1 : Number(query.page);

  // Only a string names a tag (a repeated ?tag= is an array); an empty one is the filter's "All entries".
  const tag = typeof query.tag === "string" && query.tag !== "" ? query.tag : undefined;
  const [{ entries, total, page, pages }, written, tags] = await Promise.all([
    listEntries(user.id, { page: asked, pageSize: PAGE_SIZE, tag }),
    entryDaysInMonth(user.id, month),
    listTags(user.id),
  ]);
  const pageLink = (p: number) =>
    `/entries?page=${p}${query.month ? `&month=${month}` : ""}${tag ? `&tag=${encodeURIComponent(tag)}` : ""}`;
  // A page that does not exist (past the last, 0, 1e20, "x") goes to the nearest one, so its address is real.
  if (query.page !== undefined && query.page !== String(page)) redirect(pageLink(page));
  const t = await getTranslations("entries");

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="font-serif text-3xl">{t("title")}</h1>
          <p className="text-sm text-muted">{t("count", { count: total })}</p>
        </div>
        {tag !== undefined && <TagFilterNote tag={tag} total={total} />}
        {total === 0 && tag === undefined ? (
          <div className="rounded-lg border border-dashed border-line p-8 text-center">
            <p className="mb-4 text-muted">{t("none")}</p>
            <Button asChild>
              <Link href={`/journal/${today}`}>{t("writeToday")}</Link>
            </Button>
          </div>
        ) : (
          total > 0 && <EntryList entries={entries} />
        )}
        {pages > 1 && (
          <nav aria-label={t("pages")} className="flex items-center justify-between text-sm">
            {page > 1 ? (
              <Link className="text-accent underline" href={pageLink(page - 1)}>
                {t("newer")}
              </Link>
            ) : (
              <span />
            )}
            <span className="text-muted">{t("page", { page, pages })}</span>
            {page < pages ? (
              <Link className="text-accent underline" href={pageLink(page + 1)}>
                {t("older")}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        )}
      </div>
      <div className="space-y-4">
        <TagFilter tags={tags} current={tag} />
        <MonthCalendar month={month} today={today} written={written} />
        <div className="rounded-lg border border-line bg-card p-4">
          <p className="mb-2 text-sm font-medium">{t("goToDay")}</p>
          <JumpToDate value={today} max={today} />
        </div>
      </div>
    </div>
  );
}
