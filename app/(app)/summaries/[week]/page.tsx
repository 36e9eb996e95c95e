import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Download } from "lucide-react";
import { PrintButton } from "@/components/summaries/print-button";
import { SummaryView } from "@/components/summaries/summary-view";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { neighbourWeeks, readSummary } from "@/lib/journal/weekly-summaries";
import { weekRangeText } from "@/i18n/summary-words";
import type { SummaryWords } from "@/lib/summaries/words";
import { isIsoWeek } from "@/lib/summaries/iso-week";

type Props = { params: Promise<{ week: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { week } = await params;
  const t = await getTranslations("summaries");
  return { title: isIsoWeek(week) ? t("weekTitle", { week }) : t("summaryTitle") };
}

export default async function SummaryPage({ params }: Props) {
  const { week } = await params;
  if (!isIsoWeek(week)) notFound();
  const user = await requireUser();
  const [summary, neighbours] = await Promise.all([readSummary(user.id, week), neighbourWeeks(user.id, week)]);
  if (!summary) notFound();
  const s = summary.content;
  const t = await getTranslations("summaries");
  const format = await getFormatter();
  const range = weekRangeText(format, t as unknown as SummaryWords["t"], s.start, s.end);

  return (
    <article className="max-w-5xl space-y-5">
      <nav aria-label={t("weeks")} className="flex items-center justify-between text-sm print:hidden">
        <Link href="/summaries" className="text-accent underline">
          {t("allWeeks")}
        </Link>
        <span className="flex gap-4">
          {neighbours.previous && (
            <Link href={`/summaries/${neighbours.previous}`} className="text-accent underline" rel="prev">
              {t("earlier")}
            </Link>
          )}
          {neighbours.next && (
            <Link href={`/summaries/${neighbours.next}`} className="text-accent underline" rel="next">
              {t("later")}
            </Link>
          )}
        </span>
      </nav>
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-muted">
            {s.week} · {range}
          </p>
          <h1 className="font-serif text-3xl">{t("heading")}</h1>
        </div>
        <div className="flex gap-2 print:hidden">
          <Button asChild variant="secondary" size="sm">
            <a href={`/api/summaries/${week}/markdown`} download>
              <Download aria-hidden className="size-4" />
              {t("exportMarkdown")}
            </a>
          </Button>
          <PrintButton />
        </div>
      </header>
      <SummaryView summary={s} />
    </article>
  );
}
