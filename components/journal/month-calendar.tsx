import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { addDays, addMonths, formatDay, formatMonth, weekdayIndex } from "@/lib/dates";
import { cn } from "@/lib/utils";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

type Props = { month: string; today: string; written: Map<string, number | null> };

// A month grid: days with an entry are marked; every past day links to its page to read or write.
export function MonthCalendar({ month, today, written }: Props) {
  const first = `${month}-01`;
  const days: string[] = [];
  for (let day = first; day.startsWith(month); day = addDays(day, 1)) days.push(day);
  const lead = weekdayIndex(first);
  const nextMonth = addMonths(month, 1);

  return (
    <section aria-labelledby="calendar-heading" className="rounded-lg border border-line bg-card p-4">
      <div className="mb-3 flex items-center justify-between">
        <Link
          href={`/entries?month=${addMonths(month, -1)}`}
          aria-label="Previous month"
          className="rounded p-1 hover:bg-accent-soft"
        >
          <ChevronLeft className="h-5 w-5" aria-hidden />
        </Link>
        <h2 id="calendar-heading" className="font-medium">
          {formatMonth(month)}
        </h2>
        {`${nextMonth}-01` <= today ? (
          <Link
            href={`/entries?month=${nextMonth}`}
            aria-label="Next month"
            className="rounded p-1 hover:bg-accent-soft"
          >
            <ChevronRight className="h-5 w-5" aria-hidden />
          </Link>
        ) : (
          <span className="w-7" />
        )}
      </div>
      <div className="grid grid-cols-7 gap-1 text-center text-xs text-muted" aria-hidden>
        {WEEKDAYS.map((d) => (
          <span key={d}>{d}</span>
        ))}
      </div>
      <ol className="mt-1 grid grid-cols-7 gap-1 text-center text-sm">
        {Array.from({ length: lead }, (_, i) => (
          <li key={`lead-${i}`} aria-hidden />
        ))}
        {days.map((day) => {
          const hasEntry = written.has(day);
          const label = `${formatDay(day)}${hasEntry ? ", has an entry" : ""}`;
          const number = Number(day.slice(8));
          return (
            <li key={day}>
              {day > today ? (
                <span className="block rounded py-1.5 text-muted/50">{number}</span>
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
