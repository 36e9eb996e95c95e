// The year's writing days as a grid (lib/writing/year-grid.ts), with its text alternative: the grid is one image
// to assistive technology, described by its label, and the same facts are a table of months below it. Written
// days are shades of the accent colour by how much was written; a day not written is plain, never marked.
import { getFormatter, getTranslations } from "next-intl/server";
import type { Shade, YearGrid } from "@/lib/writing/year-grid";
import { cn } from "@/lib/utils";

const SHADES: Record<Shade, string> = {
  0: "bg-line",
  1: "bg-accent/30",
  2: "bg-accent/55",
  3: "bg-accent/80",
  4: "bg-accent",
};

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

export async function YearHeatMap({ grid, weekStart }: { grid: YearGrid; weekStart: number }) {
  const t = await getTranslations("writingDays.grid");
  const format = await getFormatter();
  const columns = { gridTemplateColumns: `repeat(${grid.weeks.length}, minmax(0, 1fr))` };
  const monthName = (month: string) => format.dateTime(utcDay(`${month}-01`), { month: "short", timeZone: "UTC" });
  const dayName = (day: string) =>
    format.dateTime(utcDay(day), { weekday: "short", day: "numeric", month: "long", timeZone: "UTC" });
  // 4 January 1970 was a Sunday: the weekday names in the grid's order, for every other row's label.
  const weekdays = Array.from({ length: 7 }, (_, k) =>
    format.dateTime(new Date(Date.UTC(1970, 0, 4 + ((weekStart + k) % 7))), { weekday: "short", timeZone: "UTC" }),
  );

  return (
    <div className="space-y-3">
      {/* On a narrow screen the year scrolls sideways rather than shrinking its days to dots; it starts scrolled
          to the end, where today is (a right-to-left scroller starts at its right edge), and can be scrolled by
          keyboard (it takes focus). */}
      <div
        role="img"
        tabIndex={0}
        aria-label={t("label", { year: grid.year, count: grid.written })}
        className="overflow-x-auto pb-1 [direction:rtl]"
        data-testid="heat-map"
      >
        <div className="grid min-w-[40rem] grid-cols-[auto_minmax(0,1fr)] gap-x-2 [direction:ltr]">
          <span />
          <div className="grid gap-[2px] text-[0.65rem] text-muted" style={columns} aria-hidden>
            {grid.monthStarts.map(({ month, week }) => (
              <span key={month} className="col-span-3 whitespace-nowrap" style={{ gridColumnStart: week + 1 }}>
                {monthName(month)}
              </span>
            ))}
          </div>
          <div className="grid grid-rows-7 gap-[2px] text-[0.65rem] leading-none text-muted" aria-hidden>
            {weekdays.map((name, k) => (
              <span key={name} className="flex items-center">
                {k % 2 === 1 ? name : ""}
              </span>
            ))}
          </div>
          <div className="grid grid-flow-col grid-rows-7 gap-[2px]" style={columns} aria-hidden>
            {grid.weeks.flatMap((week, w) =>
              week.map((cell, k) =>
                cell ? (
                  <span
                    key={cell.day}
                    title={t(cell.shade > 0 ? "written" : "notWritten", { day: dayName(cell.day) })}
                    data-shade={cell.shade}
                    className={cn("aspect-square rounded-[2px]", cell.future ? "bg-line/30" : SHADES[cell.shade])}
                  />
                ) : (
                  <span key={`${w}-${k}`} />
                ),
              ),
            )}
          </div>
        </div>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-muted">
        <p>{t("legend")}</p>
        <p className="flex items-center gap-1" aria-hidden>
          {t("less")}
          {([0, 1, 2, 3, 4] as const).map((shade) => (
            <span key={shade} className={cn("inline-block size-3 rounded-[2px]", SHADES[shade])} />
          ))}
          {t("more")}
        </p>
      </div>
      <details>
        <summary className="cursor-pointer text-sm text-muted hover:text-ink">{t("tableToggle")}</summary>
        <table className="mt-2 w-full max-w-sm text-sm" data-testid="heat-map-table">
          <caption className="sr-only">{t("tableCaption", { year: grid.year })}</caption>
          <thead>
            <tr className="text-left text-muted">
              <th scope="col" className="py-1 font-medium">
                {t("month")}
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                {t("days")}
              </th>
            </tr>
          </thead>
          <tbody>
            {grid.byMonth
              .filter((m) => m.days > 0)
              .map((m) => (
                <tr key={m.month} className="border-t border-line">
                  <th scope="row" className="py-1 text-left font-normal">
                    {format.dateTime(utcDay(`${m.month}-01`), { month: "long", timeZone: "UTC" })}
                  </th>
                  <td className="py-1 text-right tabular-nums">{t("ofDays", { written: m.written, days: m.days })}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
