// A printable journal: the entries of a date range, oldest first, whole. On screen a form picks the range; on
// paper only the entries are left (globals.css `@media print`: black on white, no header or navigation; here
// the form is print:hidden, and a day's heading stays with its first lines).
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/journal/markdown";
import { PrintButton } from "@/components/print/print-button";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { dayDate } from "@/i18n/formats";
import { addDays, isIsoDay, todayIn } from "@/lib/dates";
import { entriesBetween, MAX_PRINTED_ENTRIES } from "@/lib/journal/entries-range";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("print"))("title") };
}

type Props = { searchParams: Promise<{ from?: string; to?: string }> };

const dayOr = (value: string | undefined, fallback: string) => (value && isIsoDay(value) ? value : fallback);

function DayField({ label, name, value, max }: { label: string; name: string; value: string; max: string }) {
  return (
    <label className="space-y-1.5 text-sm font-medium">
      <span className="block">{label}</span>
      <input
        type="date"
        name={name}
        defaultValue={value}
        max={max}
        className="h-10 rounded-md border border-line bg-card px-3 text-base text-ink"
      />
    </label>
  );
}

export default async function PrintPage({ searchParams }: Props) {
  const user = await requireUser();
  const query = await searchParams;
  const today = todayIn(user.timeZone);
  const asked = [dayOr(query.from, addDays(today, -30)), dayOr(query.to, today)].sort();
  const [from, to] = [asked[0]!, asked[1]!];
  const { entries, total } = await entriesBetween(user.id, from, to);
  const t = await getTranslations("print");
  const format = await getFormatter();
  const formatDay = (day: string) => format.dateTime(dayDate(day), "day");

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-4 print:hidden">
        <h1 className="font-serif text-3xl">{t("heading")}</h1>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <DayField label={t("from")} name="from" value={from} max={today} />
          <DayField label={t("to")} name="to" value={to} max={today} />
          <Button type="submit" variant="secondary">
            {t("show")}
          </Button>
          {entries.length > 0 && <PrintButton />}
        </form>
        {total > entries.length && (
          <p className="text-sm text-danger">{t("tooMany", { total, shown: MAX_PRINTED_ENTRIES })}</p>
        )}
      </div>

      <header className="border-b border-line pb-3">
        <p className="font-serif text-2xl">{user.name ? t("namedJournal", { name: user.name }) : t("journal")}</p>
        <p className="text-sm text-muted">{t("range", { from: formatDay(from), to: formatDay(to), count: total })}</p>
      </header>

      {entries.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        entries.map((entry) => (
          <article key={entry.date} className="print-entry space-y-2 border-b border-line pb-6 last:border-b-0">
            <h2 className="print-entry-day font-serif text-xl">{formatDay(entry.date)}</h2>
            {(entry.mood !== null || entry.tags.length > 0) && (
              <p className="text-sm text-muted">
                {[entry.mood !== null && t("mood", { mood: entry.mood }), entry.tags.map((tag) => `#${tag}`).join(" ")]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            )}
            <Markdown text={entry.body} />
          </article>
        ))
      )}
    </div>
  );
}
