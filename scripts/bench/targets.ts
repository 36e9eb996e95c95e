// The targets of issue 5, each next to the figure it is checked on. A figure's value (its median over runs,
// or its largest run for memory peaks) must stay under the limit. Missing a target is reported, not an error:
// `npm run bench` exits non-zero only when something failed to run.
import type { Figure, Unit } from "./figures";

type Target = { key: string; label: string; below: number; unit: Unit };

export const TARGETS: Target[] = [
  { key: "model.train.365", label: "365-entry training", below: 3, unit: "s" },
  { key: "model.train.3000", label: "3,000-entry training", below: 20, unit: "s" },
  { key: "save.handler.p95", label: "entry save p95 (server, 3,000 entries)", below: 50, unit: "ms" },
  { key: "pages.latest.p95", label: "journal page p95 at 20 clients", below: 150, unit: "ms" },
  { key: "pages.rss.peak", label: "server RSS", below: 400, unit: "MB" },
  { key: "import.3000.total", label: "3,000-entry import (embedding + first training)", below: 60, unit: "s" },
  // The memory issue's figures for a real diary (scripts/bench/diary.ts).
  { key: "diary.import.total", label: "diary import, reading and first training", below: 60, unit: "s" },
  { key: "diary.panel.first", label: "diary panel, first view after a save", below: 300, unit: "ms" },
  { key: "diary.panel.repeat.p95", label: "diary panel, repeated views p95", below: 100, unit: "ms" },
  { key: "diary.save.p95", label: "diary save p95", below: 50, unit: "ms" },
  // Issue 10: the text paths are linear; the Markdown stripping of the largest entry stays cheap.
  { key: "text.markdown.100kb", label: "Markdown stripping, 100 KB hostile entry", below: 100, unit: "ms" },
];

export function targetOf(figure: Figure): Target | undefined {
  const target = TARGETS.find((t) => t.key === figure.key);
  if (target && target.unit !== figure.unit) {
    throw new Error(`target ${target.key} is in ${target.unit} but the figure is in ${figure.unit}`);
  }
  return target;
}
