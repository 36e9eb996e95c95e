import { ChevronLeft, ChevronRight } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { dayDate } from "@/i18n/formats";
import { addDays } from "@/lib/dates";
import { JumpToDate } from "./jump-to-date";

type Props = { date: string; today: string; previousEntry: string | null; nextEntry: string | null };

export async function DayNav({ date, today, previousEntry, nextEntry }: Props) {
  const isToday = date === today;
  const t = await getTranslations("journal");
  const format = await getFormatter();
  const formatDay = (day: string, style: "day" | "dayShort" = "day") => format.dateTime(dayDate(day), style);
  return (
    <div className="mb-5 space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button asChild variant="ghost" size="icon">
          <Link href={`/journal/${addDays(date, -1)}`} aria-label={t("previousDay")} title={t("previousDay")}>
            <ChevronLeft className="h-5 w-5" aria-hidden />
          </Link>
        </Button>
        <h1 className="min-w-0 flex-1 font-serif text-2xl sm:flex-none sm:text-3xl">
          {isToday ? t("today") : formatDay(date)}
          {isToday && <span className="ml-3 align-middle font-sans text-sm text-muted">{formatDay(date)}</span>}
        </h1>
        {isToday ? (
          <Button variant="ghost" size="icon" disabled aria-label={t("nextDayDisabled")}>
            <ChevronRight className="h-5 w-5" aria-hidden />
          </Button>
        ) : (
          <Button asChild variant="ghost" size="icon">
            <Link href={`/journal/${addDays(date, 1)}`} aria-label={t("nextDay")} title={t("nextDay")}>
              <ChevronRight className="h-5 w-5" aria-hidden />
            </Link>
          </Button>
        )}
        <div className="flex w-full items-center gap-2 sm:ml-auto sm:w-auto">
          {!isToday && (
            <Button asChild variant="secondary" size="sm">
              <Link href={`/journal/${today}`}>{t("today")}</Link>
            </Button>
          )}
          <JumpToDate value={date} max={today} />
        </div>
      </div>
      {(previousEntry || nextEntry) && (
        <p className="flex flex-wrap gap-x-4 text-sm text-muted">
          {previousEntry && (
            <Link className="hover:text-ink hover:underline" href={`/journal/${previousEntry}`}>
              {t("previousEntry", { day: formatDay(previousEntry, "dayShort") })}
            </Link>
          )}
          {nextEntry && (
            <Link className="hover:text-ink hover:underline" href={`/journal/${nextEntry}`}>
              {t("nextEntry", { day: formatDay(nextEntry, "dayShort") })}
            </Link>
          )}
        </p>
      )}
    </div>
  );
}
