import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { dueWeeks, listSummaries, type SummaryListItem } from "@/lib/journal/weekly-summaries";
import { formatWeek } from "@/lib/summaries/iso-week";

export const metadata: Metadata = { title: "Weekly summaries" };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

type Row =
  | { kind: "week"; summary: SummaryListItem }
  | { kind: "gap"; newest: SummaryListItem; oldest: SummaryListItem; weeks: number };

// A run of weeks without entries (a holiday, a pause) is one row, not one row per empty week.
function rowsOf(summaries: SummaryListItem[]): Row[] {
  const rows: Row[] = [];
  for (const summary of summaries) {
    const last = rows[rows.length - 1];
    if (summary.entries > 0) rows.push({ kind: "week", summary });
    else if (last?.kind === "gap") rows[rows.length - 1] = { ...last, oldest: summary, weeks: last.weeks + 1 };
    else rows.push({ kind: "gap", newest: summary, oldest: summary, weeks: 1 });
  }
  return rows;
}

function weekLine(s: SummaryListItem): string {
  return [
    plural(s.entries, "entry", "entries"),
    s.kept > 0 ? plural(s.kept, "lesson kept", "lessons kept") : "",
    s.newLessons > 0 ? plural(s.newLessons, "new lesson") : "",
    s.letGo > 0 ? `${s.letGo} let go` : "",
  ]
    .filter(Boolean)
    .join(" · ");
}

export default async function SummariesPage() {
  const user = await requireUser();
  const [summaries, waiting] = await Promise.all([listSummaries(user.id), dueWeeks(user.id)]);

  return (
    <div className="max-w-3xl space-y-5">
      <div className="space-y-1">
        <h1 className="font-serif text-3xl">Weekly summaries</h1>
        <p className="text-sm text-muted">
          After each week ends (midnight on Sunday, {user.timeZone.replaceAll("_", " ")}), Cellstate writes down what
          your memory kept, what it let go and what kept coming back. Each summary is read from your stored memory, so
          it stays the same when you open it again.
        </p>
      </div>

      {waiting.length > 0 && (
        <p className="rounded-md border border-line bg-accent-soft/60 px-4 py-3 text-sm" role="status">
          {plural(waiting.length, "week is", "weeks are")} waiting to be summarised. They are written in the background
          within the hour, after your memory has read your latest entries.
        </p>
      )}

      {summaries.length === 0 ? (
        <div className="rounded-lg border border-dashed border-line p-8 text-center text-muted">
          {waiting.length > 0
            ? "Your first summary is on its way."
            : "No summaries yet. Your first one arrives the Monday after your first week of writing."}
        </div>
      ) : (
        <ol className="divide-y divide-line rounded-lg border border-line bg-card" data-testid="summary-list">
          {rowsOf(summaries).map((row) => {
            const first = row.kind === "week" ? row.summary : row.newest;
            return (
              <li key={first.week}>
                <Link href={`/summaries/${first.week}`} className="block px-4 py-3 hover:bg-accent-soft/50 sm:px-5">
                  <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                    <span className={row.kind === "week" ? "font-medium" : "text-muted"}>
                      {row.kind === "week" || row.weeks === 1
                        ? formatWeek(first)
                        : formatWeek({ week: first.week, start: row.oldest.start, end: first.end })}
                    </span>
                    <span className="text-xs text-muted">
                      {row.kind === "week" || row.weeks === 1 ? first.week : `${row.oldest.week} – ${first.week}`}
                    </span>
                  </div>
                  <p className="mt-1 text-sm text-muted">
                    {row.kind === "week"
                      ? weekLine(row.summary)
                      : row.weeks === 1
                        ? "No entries this week"
                        : `No entries for ${row.weeks} weeks`}
                  </p>
                </Link>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
