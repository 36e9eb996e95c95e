// A stored weekly summary, as a page that also prints cleanly: the same words as the Markdown export
// (lib/summaries/words.ts), in the reader's language, with the lists, a gate chart and the mood of the week.
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import type { WeeklySummaryContent } from "@/lib/summaries/types";
import { gatesText, LIST_SECTIONS, listHeading, modelText, moodText, opening } from "@/lib/summaries/words";
import { SummaryItems } from "./summary-items";
import { useSummaryWords } from "./use-summary-words";
import { WeekGateBars } from "./week-gate-bars";
import { WeekMood } from "./week-mood";

function Section({ id, title, intro, children }: { id: string; title: string; intro: string; children?: ReactNode }) {
  return (
    <Card aria-labelledby={id} className="break-inside-avoid print:border-0 print:p-0 print:shadow-none">
      <h2 id={id} className="font-serif text-xl">
        {title}
      </h2>
      <p className="mt-1 text-sm text-muted">{intro}</p>
      {children}
    </Card>
  );
}

export function SummaryView({ summary }: { summary: WeeklySummaryContent }) {
  const words = useSummaryWords(summary.end);
  return (
    <div className="space-y-5 print:space-y-6">
      <p className="font-serif text-lg leading-relaxed">{opening(summary, words)}</p>
      <div className="grid gap-5 lg:grid-cols-2 print:block print:space-y-6">
        {LIST_SECTIONS.map(({ list, intro }) => (
          <Section key={list} id={list} title={listHeading(list, words)} intro={intro(summary, words)}>
            <SummaryItems items={summary[list]} list={list} words={words} />
          </Section>
        ))}
        <Section id="gates" title={words.t("gates.heading")} intro={gatesText(summary, words)}>
          <div className="mt-3">
            <WeekGateBars start={summary.start} days={summary.gates.days} words={words} />
          </div>
        </Section>
        <Section id="mood" title={words.t("mood.heading")} intro={moodText(summary, words)}>
          <div className="mt-3">
            <WeekMood start={summary.start} mood={summary.mood} words={words} />
          </div>
        </Section>
      </div>
      <p className="border-t border-line pt-4 text-xs text-muted">{modelText(summary, words)}</p>
    </div>
  );
}
