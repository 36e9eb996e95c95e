// `npm run bench`: how fast and how big Cellstate is on this machine, against the targets of issue 5, printed
// and written to bench/results.json (see bench/README.md for what each figure means).
//
//   npm run bench                        everything, 4–5 minutes on 2 cores
//   npm run bench -- --only model,save   some parts (model, import, save, pages, diary, search, text); results.json is left alone
//   npm run bench -- --keep              keep the temporary data folder (database, build and server logs)
//   npm run bench -- --diary PATH        the real diary to read (default: ../shared/data/pepys-diary.json if there)
//
// Everything runs against a fresh data folder in the system's temp folder, never ./data. Missing a target
// is reported, not an error: the exit code is non-zero only when a part could not run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { migrateSqlite } from "./lib/migrate-sqlite";
import { root } from "./lib/project";
import type { BenchContext } from "./bench/context";
import type { Figure, SectionId, SectionResult } from "./bench/figures";
import { DEFAULT_DIARY } from "./bench/diary";
import { describeMachine, loadAverage } from "./bench/machine";
import { printReport, writeResults, type BenchRun } from "./bench/report";

const PARTS: SectionId[] = ["model", "import", "save", "pages", "diary", "search", "text"];
const RESULTS_FILE = path.join(root, "bench", "results.json");

function options(): { parts: SectionId[]; keep: boolean; diary: string | null } {
  const { values } = parseArgs({
    options: { only: { type: "string" }, keep: { type: "boolean" }, diary: { type: "string" } },
  });
  const parts = values.only ? values.only.split(",").map((p) => p.trim()) : PARTS;
  const unknown = parts.filter((p) => !PARTS.includes(p as SectionId));
  if (unknown.length > 0) throw new Error(`unknown part(s) ${unknown.join(", ")}; the parts are ${PARTS.join(", ")}`);
  const diary = values.diary
    ? path.resolve(process.env.INIT_CWD || process.cwd(), values.diary)
    : fs.existsSync(DEFAULT_DIARY)
      ? DEFAULT_DIARY
      : null;
  return { parts: PARTS.filter((p) => parts.includes(p)), keep: values.keep ?? false, diary };
}

/**
 * Points the app's settings at a fresh data folder. It must happen before any module that reads them is
 * loaded (lib/env.ts reads them once, on first import), which is why the parts are imported later.
 */
function useFreshDataFolder(): { dataDir: string; databaseUrl: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-bench-"));
  const databaseUrl = `file:${path.join(dataDir, "cellstate.db")}`;
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    SIGNUP: "open",
    // The offline embedder is the one measured, whatever this machine's settings say.
    EMBEDDING_PROVIDER: "local",
    // Saves queue a retraining; an hour's delay keeps one from becoming due in the middle of another measurement.
    MEMORY_RETRAIN_DELAY: "3600",
  });
  migrateSqlite(root, databaseUrl);
  return { dataDir, databaseUrl };
}

async function runPart(part: SectionId, context: BenchContext, diary: string | null): Promise<SectionResult> {
  switch (part) {
    case "model":
      return (await import("./bench/model")).benchModel(context.log);
    case "import":
      return (await import("./bench/import")).benchImport(context);
    case "save":
      return (await import("./bench/save")).benchSave(context);
    case "pages":
      return (await import("./bench/pages")).benchPages(context);
    case "diary":
      return (await import("./bench/diary")).benchDiary(context, diary);
    case "search":
      return (await import("./bench/search")).benchSearch(context, diary);
    case "text":
      return (await import("./bench/text")).benchText(context);
  }
}

async function main(): Promise<number> {
  const { parts, keep, diary } = options();
  const started = performance.now();
  const startedAt = new Date();
  const { dataDir, databaseUrl } = useFreshDataFolder();
  const log = (line: string) => console.log(line);
  const machine = await describeMachine();
  log(`Benchmarking ${parts.join(", ")} in ${dataDir}`);

  const context: BenchContext = { log, dataDir, databaseUrl };
  const figures: Figure[] = [];
  const notes: BenchRun["notes"] = {};
  const errors: BenchRun["errors"] = {};
  for (const part of parts) {
    log(`${part}…`);
    try {
      const result = await runPart(part, context, diary);
      figures.push(...result.figures);
      notes[part] = result.notes;
    } catch (error) {
      errors[part] = error instanceof Error ? error.message : String(error);
      console.error(error);
    }
  }

  const run: BenchRun = {
    startedAt,
    totalSeconds: (performance.now() - started) / 1000,
    machine,
    loadAtEnd: loadAverage(),
    figures,
    notes,
    errors,
  };
  printReport(run);
  if (parts.length === PARTS.length) {
    writeResults(run, RESULTS_FILE);
    log(`Written to ${path.relative(root, RESULTS_FILE)}`);
  }
  if (keep) log(`Data folder kept: ${dataDir}`);
  else fs.rmSync(dataDir, { recursive: true, force: true });
  return Object.keys(errors).length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
