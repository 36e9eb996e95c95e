// The printed report and bench/results.json: the same figures, each the median of its runs with the fastest
// and slowest run beside it, its target and whether it was met, under a description of the machine.
import fs from "node:fs";
import path from "node:path";
import { figureValue, type Figure, type SectionId } from "./figures";
import type { Machine } from "./machine";
import { TARGETS, targetOf } from "./targets";

export type BenchRun = {
  startedAt: Date;
  totalSeconds: number;
  machine: Machine;
  loadAtEnd: number;
  figures: Figure[];
  notes: Partial<Record<SectionId, string[]>>;
  /** Sections that could not run, with the reason. */
  errors: Partial<Record<SectionId, string>>;
};

const SECTIONS: { id: SectionId; title: string }[] = [
  { id: "model", title: "Model (synthetic journals, local word vectors, H = 32, D = 100)" },
  { id: "import", title: "Import (the app's path: validate, insert, read every entry, first training)" },
  { id: "save", title: "Entry save (user with 3,000 entries and a trained model)" },
  { id: "pages", title: "Pages (production build, 50 users × 365 entries, 20 concurrent clients)" },
  { id: "diary", title: "A real diary (the app's functions in process, one client)" },
  { id: "search", title: "Search and similar entries on the real diary (the data layer, in process)" },
  { id: "text", title: "Text work on hostile 100 KB entries (19 shapes; the slowest counts)" },
];

function number(value: number, unit: string): string {
  if (!Number.isFinite(value)) return String(value);
  if (unit === "loss") return value.toFixed(4);
  const abs = Math.abs(value);
  return abs >= 100 ? value.toFixed(0) : abs >= 10 ? value.toFixed(1) : value.toFixed(2);
}

const withUnit = (value: number, unit: string) =>
  unit === "loss" ? number(value, unit) : `${number(value, unit)} ${unit}`;

/** A target as the issue states it: "< 3 s", not "< 3.00 s". */
const limit = (value: number, unit: string) => `< ${value} ${unit}`;

function spreadText(figure: Figure): string {
  const n = figure.runs.length;
  if (n === 1) return "1 run";
  if (figure.aggregate === "max") return `highest of ${n} runs`;
  const lo = Math.min(...figure.runs);
  const hi = Math.max(...figure.runs);
  return `[${number(lo, figure.unit)} – ${number(hi, figure.unit)}] ×${n}`;
}

function targetText(figure: Figure): string {
  const target = targetOf(figure);
  if (!target) return "";
  const pass = figureValue(figure) < target.below;
  return `target ${limit(target.below, target.unit)}: ${pass ? "PASS" : "FAIL"}`;
}

export function printReport(run: BenchRun, print: (line: string) => void = console.log): void {
  const m = run.machine;
  print("");
  print(`Cellstate benchmark, ${run.startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`);
  print(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb.toFixed(1)} GB RAM; ${m.os}; Node ${m.node}; ` +
      `tfjs ${m.tfjs} (${m.tfBackend} backend)`,
  );
  print(`Load average (1 min): ${m.loadAtStart.toFixed(2)} at the start, ${run.loadAtEnd.toFixed(2)} at the end`);
  print("Each figure: median of its runs, [lowest – highest] run, ×runs. Memory peaks: the highest run.");
  for (const section of SECTIONS) {
    print("");
    print(section.title);
    const error = run.errors[section.id];
    if (error) print(`  DID NOT RUN: ${error}`);
    for (const figure of run.figures.filter((f) => f.section === section.id)) {
      const columns = [
        `  ${figure.label.padEnd(44)}`,
        withUnit(figureValue(figure), figure.unit).padStart(11),
        `  ${spreadText(figure).padEnd(22)}`,
        targetText(figure).padEnd(26),
        figure.detail ?? "",
      ];
      print(columns.join("").trimEnd());
    }
    for (const note of run.notes[section.id] ?? []) print(`  · ${note}`);
  }
  print("");
  print("Targets (issue 5)");
  for (const row of targetRows(run)) {
    const status = row.value === null ? "NOT MEASURED" : row.pass ? "PASS" : "FAIL";
    const value = row.value === null ? "-" : withUnit(row.value, row.unit);
    print(`  ${status.padEnd(13)}${row.label.padEnd(50)}${value.padStart(10)}   target ${limit(row.below, row.unit)}`);
  }
  print("");
  print(`Total time: ${(run.totalSeconds / 60).toFixed(1)} min (${run.totalSeconds.toFixed(0)} s)`);
}

function targetRows(run: BenchRun) {
  return TARGETS.map((target) => {
    const figure = run.figures.find((f) => f.key === target.key);
    const value = figure ? figureValue(figure) : null;
    return { ...target, value, pass: value !== null && value < target.below };
  });
}

export function writeResults(run: BenchRun, file: string): void {
  const json = {
    generatedBy: "npm run bench",
    startedAt: run.startedAt.toISOString(),
    totalSeconds: Math.round(run.totalSeconds),
    machine: { ...run.machine, loadAtEnd: run.loadAtEnd },
    targets: targetRows(run),
    figures: run.figures.map((figure) => {
      const target = targetOf(figure);
      return {
        key: figure.key,
        section: figure.section,
        label: figure.label.trim(),
        unit: figure.unit,
        value: figureValue(figure),
        aggregate: figure.aggregate ?? "median",
        min: Math.min(...figure.runs),
        max: Math.max(...figure.runs),
        runs: figure.runs,
        ...(figure.detail && { detail: figure.detail }),
        ...(target && { target: { below: target.below, pass: figureValue(figure) < target.below } }),
      };
    }),
    notes: run.notes,
    errors: run.errors,
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Four significant digits: the runs differ well before that, and the file stays readable in a diff.
  const rounded = (_key: string, value: unknown) =>
    typeof value === "number" && !Number.isInteger(value) ? Number(value.toPrecision(4)) : value;
  fs.writeFileSync(file, JSON.stringify(json, rounded, 2) + "\n");
}
