// Benchmark accounts and journals, made through the app's own data layer: real accounts (argon2), the
// import of lib/journal/import.ts and the worker's retraining. Loaded only after bench.ts has pointed the
// environment at the temporary data folder (lib/env.ts reads it once, on first import).
import Database from "better-sqlite3";
import { z } from "zod";
import { signUp } from "../../lib/auth/accounts";
import { runDueJobs } from "../../lib/jobs/memory-worker";
import { importEntries } from "../../lib/journal/import";
import { databaseFile } from "../../lib/config/database";
import { parseImportData } from "../../lib/validations/import";
import type { JournalRecord } from "../../lib/validations/import";
import { BENCH_PASSWORD, type BenchContext, type BenchUser } from "./context";
import { journalRecords } from "./journals";

export const LARGE_JOURNAL = 3_000;

export async function createUser(email: string): Promise<BenchUser> {
  const result = await signUp({ email, password: BENCH_PASSWORD });
  if (!result.ok) throw new Error(`could not create ${email}: ${result.reason}`);
  return { id: result.user.id, email };
}

/** Validates and imports the records as the import page does; the retraining job it queues is due at once. */
export async function importJournal(userId: string, records: readonly JournalRecord[]): Promise<number> {
  const parsed = parseImportData(records, { latestDay: "2099-12-31" });
  if (!parsed.ok) throw new Error(`synthetic journal does not validate: ${parsed.problems[0]?.message}`);
  const result = await importEntries(userId, parsed.records);
  return result.imported;
}

/** The worker's pass over due jobs: reads (embeds) every unread entry and trains the model. */
export async function runWorker(): Promise<void> {
  if ((await runDueJobs(() => {})) === 0) throw new Error("no retraining job was due after the import");
}

export async function ensureLargeUser(context: BenchContext): Promise<BenchUser> {
  if (context.largeUser) return context.largeUser;
  context.log(`  making a user with ${LARGE_JOURNAL} entries (import, read, train)…`);
  const user = await createUser("large@bench.test");
  await importJournal(user.id, journalRecords(LARGE_JOURNAL));
  await runWorker();
  context.largeUser = user;
  return user;
}

// Journal tables copied row for row, with the id and owner columns rewritten; every other column (whatever
// the schema adds later) is copied as it is. Tables not listed (weekly summaries, marks) start empty.
const COPIED: { table: string; where: string; rewrite: Record<string, "id" | "user"> }[] = [
  { table: "Entry", where: `"userId" = @from`, rewrite: { id: "id", userId: "user" } },
  { table: "Tag", where: `"userId" = @from`, rewrite: { id: "id", userId: "user" } },
  {
    table: "_EntryToTag",
    where: `"A" IN (SELECT "id" FROM "Entry" WHERE "userId" = @from)`,
    rewrite: { A: "id", B: "id" },
  },
  { table: "EntryAnalysis", where: `"userId" = @from`, rewrite: { entryId: "id", userId: "user" } },
  { table: "EntryLink", where: `"userId" = @from`, rewrite: { laterId: "id", earlierId: "id", userId: "user" } },
  { table: "MemoryModel", where: `"userId" = @from`, rewrite: { id: "id", userId: "user" } },
  { table: "TrainingJob", where: `"userId" = @from`, rewrite: { userId: "user" } },
];

const columnsSchema = z.array(z.object({ name: z.string() }));

/**
 * Gives `to` a copy of `from`'s journal, read and trained: the same rows under new ids. Reading and
 * training 50 journals through the worker would take minutes of the benchmark's ten; the server's work per
 * user (queries, caches, the panel) is the same for a copy as for a journal of its own.
 */
export function copyJournal(databaseUrl: string, from: string, to: string): void {
  const sqlite = new Database(databaseFile(databaseUrl));
  try {
    sqlite.pragma("busy_timeout = 5000");
    const suffix = `-${to}`;
    sqlite.transaction(() => {
      for (const { table, where, rewrite } of COPIED) {
        const columns = columnsSchema.parse(sqlite.prepare(`PRAGMA table_info("${table}")`).all()).map((c) => c.name);
        const values = columns.map((c) =>
          rewrite[c] === "id" ? `"${c}" || @suffix` : rewrite[c] === "user" ? "@to" : `"${c}"`,
        );
        const list = columns.map((c) => `"${c}"`).join(", ");
        sqlite
          .prepare(`INSERT INTO "${table}" (${list}) SELECT ${values.join(", ")} FROM "${table}" WHERE ${where}`)
          .run({ from, to, suffix });
      }
    })();
  } finally {
    sqlite.close();
  }
}
