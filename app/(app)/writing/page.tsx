import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { WritingStatsList } from "@/components/writing/writing-stats";
import { YearHeatMap } from "@/components/writing/year-heat-map";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { todayIn } from "@/lib/dates";
import { readWritingDays } from "@/lib/journal/writing-days";
import { cn } from "@/lib/utils";
import { firstDayOfWeek } from "@/lib/writing/week-start";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("writingDays"))("title") };
}

const yearParam = z.coerce.number().int().min(1900).max(2999);

type Props = { searchParams: Promise<{ year?: string | string[] }> };

export default async function WritingDaysPage({ searchParams }: Props) {
  const user = await requireUser();
  const t = await getTranslations("writingDays");
  const today = todayIn(user.timeZone);
  const asked = (await searchParams).year;
  const parsed = asked === undefined ? null : yearParam.safeParse(asked);
  if (parsed && !parsed.success) notFound();
  const year = parsed?.data ?? Number(today.slice(0, 4));
  const weekStart = firstDayOfWeek(await getLocale());
  const { stats, grid, years } = await readWritingDays(user.id, year, today, weekStart);
  // A year before the first entry or after this one has nothing to show.
  if (!years.includes(year)) notFound();

  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-2">
        <h1 className="font-serif text-3xl">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      <Card>
        <WritingStatsList stats={stats} />
      </Card>
      <Card aria-labelledby="year-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="year-heading" className="text-lg font-semibold">
            {year}
          </h2>
          {years.length > 1 && (
            <nav aria-label={t("grid.years")} className="flex flex-wrap gap-1">
              {years.map((y) => (
                <Link
                  key={y}
                  href={`/writing?year=${y}`}
                  aria-current={y === year ? "page" : undefined}
                  className={cn(
                    "rounded-md px-2 py-1 text-sm hover:bg-accent-soft",
                    y === year && "bg-accent-soft font-medium",
                  )}
                >
                  {y}
                </Link>
              ))}
            </nav>
          )}
        </div>
        <YearHeatMap grid={grid} weekStart={weekStart} />
      </Card>
    </div>
  );
}
