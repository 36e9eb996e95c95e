import { ChevronLeft, ChevronRight } from "lucide-react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { dayDate, firstDayOfWeek } from "@/i18n/formats";
import { addDays, addMonths, weekdayIndex } from "@/lib/dates";
import { cn } from "@/lib/utils";

// 2024-01-01 was a Monday: the days after it name the weekdays from Monday on.
const A_MONDAY = "2024-01-01";

type Props = { month: string; today: string; written: Map<string, number | null> };

// A month grid: days with an entry are marked; every past day links to its page to read or write. Its weeks start on
// the locale's first day (Sunday in English, Monday in Chinese).
export async function MonthCalendar({ month, today, written }: Props) {
  const t = await getTranslations("journal");
  const format = await getFormatter();
  const weekStart = firstDayOfWeek(await getLocale());
  const first = `${month}-01`;
  const days: string[] = [];
  for (let day = first; day.startsWith(month); day = addDays(day, 1)) days.push(day);
  const lead = (weekdayIndex(first) - weekStart + 7) % 7;
  const nextMonth = addMonths(month, 1);
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    format.dateTime(dayDate(addDays(A_MONDAY, (weekStart + i) % 7)), "weekday"),
  );

  return (
    <section aria-labelledby="calendar-heading" className="rounded-lg border border-line bg-card p-4">
      <div className="mb-3 flex items-center justify-between">
        <Link
          href={`/entries?month=${addMonths(month, -1)}`}
          aria-label={t("previousMonth")}
          className="rounded p-1 hover:bg-accent-soft"
        >
          <ChevronLeft className="h-5 w-5" aria-hidden />
        </Link>
        <h2 id="calendar-heading" className="font-medium">
          {format.dateTime(dayDate(first), "month")}
        </h2>
        {`${nextMonth}-01` <= today ? (
          <Link
            href={`/entries?month=${nextMonth}`}
            aria-label={t("nextMonth")}
            className="rounded p-1 hover:bg-accent-soft"
          >
            <ChevronRight className="h-5 w-5" aria-hidden />
          </Link>
        ) : (
          <span className="w-7" />
        )}
      </div>
      <div className="grid grid-cols-7 gap-1 text-center text-xs text-muted" aria-hidden>
        {weekdays.map((d) => (
          <span key={d}>{d}</span>
        ))}
      </div>
      <ol className="mt-1 grid grid-cols-7 gap-1 text-center text-sm">
        {Array.from({ length: lead }, (_, i) => (
          <li key={`lead-${i}`} aria-hidden />
        ))}
        {days.map((day) => {
          const hasEntry = written.has(day);
          const long = format.dateTime(dayDate(day), "day");
          const label = hasEntry ? t("dayWithEntry", { day: long }) : long;
          const number = Number(day.slice(8));
          return (
            <li key={day}>
              {day > today ? (
                <span className="block rounded py-1.5 text-muted">{number}</span>
              ) : (
                <Link
                  href={`/journal/${day}`}
                  aria-label={label}
                  aria-current={day === today ? "date" : undefined}
                  className={cn(
                    "block rounded py-1.5 hover:bg-accent-soft",
                    hasEntry && "bg-accent text-paper font-medium hover:bg-accent hover:opacity-85",
                    day === today && !hasEntry && "ring-1 ring-accent",
                  )}
                >
                  {number}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
