import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Download } from "lucide-react";
import { PrintButton } from "@/components/summaries/print-button";
import { SummaryView } from "@/components/summaries/summary-view";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { neighbourWeeks, readSummary } from "@/lib/journal/weekly-summaries";
import { formatWeek, isIsoWeek } from "@/lib/summaries/iso-week";

type Props = { params: Promise<{ week: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { week } = await params;
  return { title: isIsoWeek(week) ? `Week ${week}` : "Weekly summary" };
}

export default async function SummaryPage({ params }: Props) {
  const { week } = await params;
  if (!isIsoWeek(week)) notFound();
  const user = await requireUser();
  const [summary, neighbours] = await Promise.all([readSummary(user.id, week), neighbourWeeks(user.id, week)]);
  if (!summary) notFound();
  const s = summary.content;

  return (
    <article className="max-w-5xl space-y-5">
      <nav aria-label="Weeks" className="flex items-center justify-between text-sm print:hidden">
        <Link href="/summaries" className="text-accent underline">
          All weeks
        </Link>
        <span className="flex gap-4">
          {neighbours.previous && (
            <Link href={`/summaries/${neighbours.previous}`} className="text-accent underline" rel="prev">
              ← Earlier week
            </Link>
          )}
          {neighbours.next && (
            <Link href={`/summaries/${neighbours.next}`} className="text-accent underline" rel="next">
              Later week →
            </Link>
          )}
        </span>
      </nav>
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-muted">
            {s.week} · {formatWeek(s)}
          </p>
          <h1 className="font-serif text-3xl">Lessons kept</h1>
        </div>
        <div className="flex gap-2 print:hidden">
          <Button asChild variant="secondary" size="sm">
            <a href={`/api/summaries/${week}/markdown`} download>
              <Download aria-hidden className="size-4" />
              Export as Markdown
            </a>
          </Button>
          <PrintButton />
        </div>
      </header>
      <SummaryView summary={s} />
    </article>
  );
}
