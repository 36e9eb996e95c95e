// What the writing days add up to, in gentle terms: days written this month and year, the run still open (it
// reaches today or yesterday) and the longest one. When no run is open there is nothing to lose: the last entry's
// day is shown instead.
import { getFormatter, getTranslations } from "next-intl/server";
import type { WritingStats } from "@/lib/writing/writing-days";

export async function WritingStatsList({ stats }: { stats: WritingStats }) {
  const t = await getTranslations("writingDays.stats");
  const format = await getFormatter();
  const day = (d: string) =>
    format.dateTime(new Date(`${d}T00:00:00Z`), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

  if (stats.daysWritten === 0) return <p className="text-muted">{t("none")}</p>;
  const { currentRun, longestRun } = stats;
  return (
    <section aria-label={t("label")} className="space-y-3">
      <p className="font-serif text-2xl" data-testid="days-this-month">
        {t("thisMonth", { count: stats.thisMonth })}
      </p>
      <ul className="grid gap-2 text-sm sm:grid-cols-2" data-testid="writing-stats">
        <li>
          {currentRun
            ? t("currentRun", { count: currentRun.days, end: day(currentRun.end) })
            : t("lastWritten", { day: day(stats.lastWritten ?? "") })}
        </li>
        {longestRun && (
          <li>{t("longestRun", { count: longestRun.days, start: day(longestRun.start), end: day(longestRun.end) })}</li>
        )}
        <li>{t("thisYear", { count: stats.thisYear })}</li>
        <li>{t("total", { count: stats.daysWritten })}</li>
      </ul>
    </section>
  );
}
