// A digest of everything one user owns in the database, read from the server's SQLite file (read-only, beside the
// running server), so a test can say "this request changed nothing". Every table with a userId column is included,
// so a table added later is covered without being listed, except those the server writes for reasons other than
// the request: the memory worker's models and job queue (it retrains in the background after any save) and the
// sign-in sessions (their last-seen time moves on reads).
import crypto from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import { z } from "zod";

const NOT_THE_REQUESTS = new Set(["MemoryModel", "TrainingJob", "AuthSession"]);

const tableList = z.array(z.object({ name: z.string() }));
const columnList = z.array(z.object({ name: z.string() }));

export type Digester = {
  digest(userId: string): string;
  /**
   * Waits until the memory worker has no queued or running job for the user: after an import it reads the new
   * entries in the background (their analyses and themes, tables the digest covers), which no later request did.
   */
  settle(userId: string): Promise<void>;
  userIdOf(email: string): string;
  themeIdOf(userId: string): string | null;
  close(): void;
};

export function openDigester(): Digester {
  const dir = process.env.CELLSTATE_E2E_DATA_DIR;
  if (!dir) throw new Error("CELLSTATE_E2E_DATA_DIR is not set: run the tests through playwright.config.ts");
  const db = new Database(path.join(dir, "cellstate.db"), { readonly: true, fileMustExist: true });
  const tables = tableList
    .parse(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all())
    .map((t) => t.name)
    .filter((name) => !NOT_THE_REQUESTS.has(name))
    .filter((name) => columnList.parse(db.pragma(`table_info("${name}")`)).some((c) => c.name === "userId"));
  const queries = [
    db.prepare(`SELECT * FROM "User" WHERE id = ?`),
    ...tables.map((name) => db.prepare(`SELECT * FROM "${name}" WHERE userId = ? ORDER BY rowid`)),
    // Tags on entries live in Prisma's join table, which has no userId.
    db.prepare(`SELECT t.* FROM "_EntryToTag" t JOIN "Entry" e ON e.id = t.A WHERE e.userId = ? ORDER BY t.rowid`),
  ];
  const pendingJob = db.prepare(
    `SELECT count(*) FROM "TrainingJob" WHERE userId = ? AND status IN ('queued', 'running')`,
  );
  return {
    async settle(userId) {
      // MEMORY_RETRAIN_DELAY is 1 s in the browser tests, and a fuzzed journal reads in well under a second.
      for (const started = Date.now(); Date.now() - started < 60_000;) {
        if (z.number().parse(pendingJob.pluck().get(userId)) === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    digest(userId) {
      const hash = crypto.createHash("sha256");
      // One read transaction, so a write landing between two tables cannot give a mixed picture.
      db.transaction(() => {
        for (const query of queries) hash.update(JSON.stringify(query.all(userId)));
      })();
      return hash.digest("hex");
    },
    userIdOf(email) {
      const row = z.object({ id: z.string() }).parse(db.prepare(`SELECT id FROM "User" WHERE email = ?`).get(email));
      return row.id;
    },
    themeIdOf(userId) {
      const row = z
        .object({ id: z.string() })
        .optional()
        .parse(db.prepare(`SELECT id FROM "Theme" WHERE userId = ? ORDER BY rowid LIMIT 1`).get(userId));
      return row?.id ?? null;
    },
    close: () => db.close(),
  };
}
