import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { dueWeeks, listSummaries, type SummaryListItem } from "@/lib/journal/weekly-summaries";
import { weekRangeText } from "@/i18n/summary-words";
import type { SummaryWords } from "@/lib/summaries/words";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("summaries"))("title") };
}

type Words = Awaited<ReturnType<typeof getTranslations<"summaries">>>;

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

function weekLine(s: SummaryListItem, t: Words): string {
  return [
    t("line.entries", { count: s.entries }),
    s.kept > 0 ? t("line.kept", { count: s.kept }) : "",
    s.newLessons > 0 ? t("line.newLessons", { count: s.newLessons }) : "",
    s.letGo > 0 ? t("line.letGo", { count: s.letGo }) : "",
  ]
    .filter(Boolean)
    .join(" · ");
}

export default async function SummariesPage() {
  const user = await requireUser();
  const [summaries, waiting] = await Promise.all([listSummaries(user.id), dueWeeks(user.id)]);
  const t = await getTranslations("summaries");
  const format = await getFormatter();
  const formatWeek = ({ start, end }: { start: string; end: string }) =>
    weekRangeText(format, t as unknown as SummaryWords["t"], start, end);

  return (
    <div className="max-w-3xl space-y-5">
      <div className="space-y-1">
        <h1 className="font-serif text-3xl">{t("title")}</h1>
        <p className="text-sm text-muted">{t("lead", { zone: user.timeZone.replaceAll("_", " ") })}</p>
      </div>

      {waiting.length > 0 && (
        <p className="rounded-md border border-line bg-accent-soft/60 px-4 py-3 text-sm" role="status">
          {t("waiting", { count: waiting.length })}
        </p>
      )}

      {summaries.length === 0 ? (
        <div className="rounded-lg border border-dashed border-line p-8 text-center text-muted">
          {waiting.length > 0 ? t("onItsWay") : t("none")}
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
                        : formatWeek({ start: row.oldest.start, end: first.end })}
                    </span>
                    <span className="text-xs text-muted">
                      {row.kind === "week" || row.weeks === 1 ? first.week : `${row.oldest.week} – ${first.week}`}
                    </span>
                  </div>
                  <p className="mt-1 text-sm text-muted">
                    {row.kind === "week"
                      ? weekLine(row.summary, t)
                      : row.weeks === 1
                        ? t("noEntriesWeek")
                        : t("noEntriesWeeks", { count: row.weeks })}
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
