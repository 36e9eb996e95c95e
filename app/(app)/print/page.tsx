// A printable journal: the entries of a date range, oldest first, whole. On screen a form picks the range; on
// paper only the entries are left (globals.css `@media print`: black on white, no header or navigation; here
// the form is print:hidden, and a day's heading stays with its first lines).
import type { Metadata } from "next";
import { Markdown } from "@/components/journal/markdown";
import { PrintButton } from "@/components/print/print-button";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { addDays, formatDay, isIsoDay, todayIn } from "@/lib/dates";
import { entriesBetween, MAX_PRINTED_ENTRIES } from "@/lib/journal/entries-range";

export const metadata: Metadata = { title: "Print" };

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

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-4 print:hidden">
        <h1 className="font-serif text-3xl">Print your journal</h1>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <DayField label="From" name="from" value={from} max={today} />
          <DayField label="To" name="to" value={to} max={today} />
          <Button type="submit" variant="secondary">
            Show
          </Button>
          {entries.length > 0 && <PrintButton />}
        </form>
        {total > entries.length && (
          <p className="text-sm text-danger">
            The range has {total.toLocaleString("en-GB")} entries; the first{" "}
            {MAX_PRINTED_ENTRIES.toLocaleString("en-GB")} are shown. Print it in parts.
          </p>
        )}
      </div>

      <header className="border-b border-line pb-3">
        <p className="font-serif text-2xl">{user.name ? `${user.name}'s journal` : "Journal"}</p>
        <p className="text-sm text-muted">
          {formatDay(from)} – {formatDay(to)} · {total.toLocaleString("en-GB")} {total === 1 ? "entry" : "entries"}
        </p>
      </header>

      {entries.length === 0 ? (
        <p className="text-muted">No entries between these days.</p>
      ) : (
        entries.map((entry) => (
          <article key={entry.date} className="print-entry space-y-2 border-b border-line pb-6 last:border-b-0">
            <h2 className="print-entry-day font-serif text-xl">{formatDay(entry.date)}</h2>
            {(entry.mood !== null || entry.tags.length > 0) && (
              <p className="text-sm text-muted">
                {[entry.mood !== null && `mood ${entry.mood}/5`, entry.tags.map((t) => `#${t}`).join(" ")]
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
