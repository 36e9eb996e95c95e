// A stored weekly summary, as a page that also prints cleanly: the same words as the Markdown export
// (lib/summaries/words.ts), with the lists, a gate chart and the mood of the week.
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import type { WeeklySummaryContent } from "@/lib/summaries/types";
import {
  GATES_HEADING,
  gatesText,
  LIST_SECTIONS,
  modelText,
  MOOD_HEADING,
  moodText,
  opening,
} from "@/lib/summaries/words";
import { SummaryItems } from "./summary-items";
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
  return (
    <div className="space-y-5 print:space-y-6">
      <p className="font-serif text-lg leading-relaxed">{opening(summary)}</p>
      <div className="grid gap-5 lg:grid-cols-2 print:block print:space-y-6">
        {LIST_SECTIONS.map(({ list, heading, intro }) => (
          <Section key={list} id={list} title={heading} intro={intro(summary)}>
            <SummaryItems items={summary[list]} list={list} />
          </Section>
        ))}
        <Section id="gates" title={GATES_HEADING} intro={gatesText(summary)}>
          <div className="mt-3">
            <WeekGateBars start={summary.start} days={summary.gates.days} />
          </div>
        </Section>
        <Section id="mood" title={MOOD_HEADING} intro={moodText(summary)}>
          <div className="mt-3">
            <WeekMood start={summary.start} mood={summary.mood} />
          </div>
        </Section>
      </div>
      <p className="border-t border-line pt-4 text-xs text-muted">{modelText(summary)}</p>
    </div>
  );
}
