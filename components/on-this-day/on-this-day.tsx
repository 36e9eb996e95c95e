// On This Day, below a day's entry: the entries from this date in earlier years and months, and what the memory
// made of each one's theme (lib/journal/on-this-day.ts).
import { getFormatter, getTranslations } from "next-intl/server";
import type { PastEntry, ThemeFate } from "@/lib/journal/on-this-day";
import { DayRows } from "@/components/search/day-rows";

async function FateLine({ fate }: { fate: ThemeFate }) {
  const [t, format] = await Promise.all([getTranslations("onThisDay"), getFormatter()]);
  const day = (date: string) =>
    format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const month = (date: string) =>
    format.dateTime(new Date(`${date}T00:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" });
  const line =
    fate.kind === "kept"
      ? t("kept")
      : fate.kind === "returns"
        ? t("returns", { date: day(fate.lastDate) })
        : fate.kind === "faded"
          ? t("faded", { month: month(fate.lastDate) })
          : fate.kind === "again"
            ? t("again", { count: fate.days, date: day(fate.lastDate) })
            : t("notSince");
  return (
    <div className="mt-2 border-l-2 border-accent/50 pl-3 text-sm">
      <p className="font-serif">“{fate.quote}”</p>
      <p className="text-muted" data-testid="theme-fate">
        {line}
      </p>
    </div>
  );
}

export async function OnThisDay({ entries }: { entries: PastEntry[] }) {
  if (entries.length === 0) return null;
  const t = await getTranslations("onThisDay");
  return (
    <section aria-labelledby="on-this-day-heading" className="mt-8 space-y-3 print:hidden">
      <h2 id="on-this-day-heading" className="font-serif text-xl">
        {t("title")}
      </h2>
      <DayRows
        items={entries}
        testId="on-this-day"
        meta={(e) => (
          <span className="text-sm text-muted">
            {e.years === 0
              ? t("agoMonths", { months: e.months })
              : e.months === 0
                ? t("agoYears", { years: e.years })
                : t("agoBoth", { years: e.years, months: e.months })}
          </span>
        )}
        body={(e) =>
          e.fate ? <FateLine fate={e.fate} /> : <p className="mt-1 line-clamp-2 font-serif text-muted">{e.excerpt}</p>
        }
      />
    </section>
  );
}
