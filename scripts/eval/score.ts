// The figures `npm run eval:memory` reports for one journal and one variant of the memory, from the three lists
// on the journal's last day (and the last full week's summary), against the journal's labels.
import type { Surface, SurfaceItem, ThemeEvidence } from "../../lib/memory/surface";
import type { ThemeReading } from "../../lib/memory/theme-reading";
import type { WeeklySummaryContent } from "../../lib/summaries/types";
import { labelOf, majority, type Journal } from "./fixtures";

export type Scores = {
  /** Share of lessons among the first min(5, shown) Keep items (0 when none is shown). */
  keepPrecision: number;
  keepShown: number;
  /** min(3, labelled lesson themes): Keep must show at least this many. */
  keepNeeded: number;
  /** Share of the worries still coming back at the end (labelled activeAtEnd) that Let go shows. */
  letGoRecall: number;
  /** Share of Let go items whose sentences are mostly labelled rumination (1 when none is shown). */
  letGoPrecision: number;
  lessonsAsRumination: number;
  returningCalledLetGo: number;
  /** The last full week's summary: share of the worries of that week it lists under "Still on your mind". */
  summaryWorryRecall: number | null;
};

const themeOf = (journal: Journal, item: SurfaceItem) =>
  majority(
    journal,
    item.theme.occurrences.map((o) => ({ date: o.date, text: o.text })),
  );

function activeWorries(journal: Journal): string[] {
  return Object.entries(journal.themes)
    .filter(([, t]) => t.kind === "rumination" && t.activeAtEnd === true)
    .map(([id]) => id);
}

export function scoreSurface(
  journal: Journal,
  surface: Surface,
  summary: { content: WeeklySummaryContent; sentences: Map<string, { date: string; text: string }[]> } | null,
): Scores {
  const keep = surface.keep.slice(0, 5).map((item) => themeOf(journal, item));
  const letGo = surface.letGo.map((item) => themeOf(journal, item));
  const gone = surface.alreadyLetGo.map((item) => themeOf(journal, item));
  const active = activeWorries(journal);
  const lessonThemes = Object.values(journal.themes).filter((t) => t.kind === "lesson").length;

  let summaryWorryRecall: number | null = null;
  if (summary) {
    const { start, end } = summary.content;
    const inWeek = new Set(
      journal.entries
        .filter((e) => e.date >= start && e.date <= end)
        .flatMap((e) => e.sentences.filter((s) => s.label === "rumination" && s.theme).map((s) => s.theme!)),
    );
    const listed = new Set(
      summary.content.rumination.map((item) => majority(journal, summary.sentences.get(item.themeId) ?? []).theme),
    );
    summaryWorryRecall = inWeek.size === 0 ? null : [...inWeek].filter((t) => listed.has(t)).length / inWeek.size;
  }
  return {
    keepPrecision: keep.length === 0 ? 0 : keep.filter((k) => k.label === "lesson").length / keep.length,
    keepShown: surface.keep.length,
    keepNeeded: Math.min(3, lessonThemes),
    letGoRecall:
      active.length === 0 ? 1 : active.filter((t) => letGo.some((l) => l.theme === t)).length / active.length,
    letGoPrecision: letGo.length === 0 ? 1 : letGo.filter((l) => l.label === "rumination").length / letGo.length,
    lessonsAsRumination: letGo.filter((l) => l.label === "lesson").length,
    returningCalledLetGo: gone.filter((g) => g.theme !== null && active.includes(g.theme)).length,
    summaryWorryRecall,
  };
}

/** The contract's comparison measure: the mean of Keep precision@5 and Let-go recall. */
export function combined(s: Scores): number {
  return (s.keepPrecision + s.letGoRecall) / 2;
}

export function meanScores(all: readonly Scores[]): Scores {
  const mean = (f: (s: Scores) => number) => all.reduce((a, s) => a + f(s), 0) / Math.max(1, all.length);
  const weekly = all.map((s) => s.summaryWorryRecall).filter((v): v is number => v !== null);
  return {
    keepPrecision: mean((s) => s.keepPrecision),
    keepShown: mean((s) => s.keepShown),
    keepNeeded: mean((s) => s.keepNeeded),
    letGoRecall: mean((s) => s.letGoRecall),
    letGoPrecision: mean((s) => s.letGoPrecision),
    lessonsAsRumination: all.reduce((a, s) => a + s.lessonsAsRumination, 0),
    returningCalledLetGo: all.reduce((a, s) => a + s.returningCalledLetGo, 0),
    summaryWorryRecall: weekly.length > 0 ? weekly.reduce((a, b) => a + b, 0) / weekly.length : null,
  };
}

/** For --verbose: each labelled worry still active at the end, with the found themes holding its sentences. */
export function explainWorries(
  journal: Journal,
  themes: readonly ThemeReading[],
  evidence: (t: ThemeReading) => ThemeEvidence,
  shown: Surface,
): string[] {
  const lines: string[] = [];
  const listOf = new Map<string, string>();
  for (const [name, items] of Object.entries(shown)) for (const item of items) listOf.set(item.theme.id, name);
  for (const worry of activeWorries(journal)) {
    lines.push(`  worry ${worry}:`);
    for (const t of themes) {
      const labels = t.occurrences.map((o) => labelOf(journal, o.date, o.text));
      const hits = labels.filter((l) => l?.theme === worry).length;
      if (hits === 0) continue;
      const e = evidence(t);
      lines.push(
        `    ${(listOf.get(t.id) ?? "-").padEnd(12)} ${hits}/${t.occurrences.length} sentences, ${t.days.length} days, last ${t.lastDate}, worry ${e.worry.toFixed(2)}, tone ${e.tone.toFixed(2)}, held ${Math.exp(t.logRetention).toFixed(2)}`,
      );
    }
  }
  return lines;
}

/** For --verbose: what each list shows, with the label its sentences carry and its strongest quote. */
export function explainLists(journal: Journal, shown: Surface): string[] {
  const lines: string[] = [];
  for (const [name, items] of Object.entries(shown) as [keyof Surface, SurfaceItem[]][]) {
    for (const item of items) {
      const found = themeOf(journal, item);
      lines.push(
        `  ${name.padEnd(12)} ${found.label.padEnd(10)} ${(found.theme ?? "-").padEnd(22)} ${item.theme.occurrences.length} sentences, ${item.theme.days.length} days, score ${item.score.toFixed(2)}, lesson ${item.evidence.lesson.toFixed(2)} worry ${item.evidence.worry.toFixed(2)}: ${item.quotes.strongest.text.slice(0, 90)}`,
      );
      for (const o of item.theme.occurrences)
        lines.push(
          `      ${(labelOf(journal, o.date, o.text)?.label ?? "?").padEnd(10)} L ${o.lesson.toFixed(2)} R ${o.rumination.toFixed(2)} v ${o.valence.toFixed(2)} ${o.text.slice(0, 80)}`,
        );
    }
  }
  return lines;
}
