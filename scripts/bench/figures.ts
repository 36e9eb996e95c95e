// What every part of the benchmark hands back: figures (one value per repeated run) and notes. The report
// turns them into the printed table and bench/results.json, and checks the targets (targets.ts) on them.
import { median } from "./stats";

export type SectionId = "model" | "import" | "save" | "pages" | "diary" | "search" | "text";

export type Unit = "s" | "ms" | "µs" | "MB" | "req/s" | "entries/s" | "sentences/s" | "×" | "loss" | "epochs";

export type Figure = {
  /** Stable name in results.json and in targets.ts, e.g. "model.train.365". */
  key: string;
  section: SectionId;
  label: string;
  unit: Unit;
  /** One value per repeated run, in `unit`. */
  runs: number[];
  /** How the runs make the figure: the median (default), or the largest run for peaks of memory. */
  aggregate?: "median" | "max";
  /** Context printed after the figure (epochs, request counts, what was measured). */
  detail?: string;
};

export type SectionResult = { figures: Figure[]; notes: string[] };

export function figureValue(figure: Figure): number {
  return figure.aggregate === "max" ? Math.max(...figure.runs) : median(figure.runs);
}
