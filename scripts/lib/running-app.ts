// Whether Cellstate is running on a database, for `npm run restore`, which must not swap a database under a
// running server (its open connection would go on writing the file it had, or the schema it had). Two signs: the
// pids `npm start` or the container's entry point record in DATA_DIR/processes.json (this machine), and a memory
// worker's heartbeat in the database less than a minute old (any machine sharing a PostgreSQL database). A worker
// busy training holds its heartbeat back, so on another machine stop it first by hand, as the README says.
import Database from "better-sqlite3";
import fs from "node:fs";
import { z } from "zod";
import { databaseFile, providerOf } from "../../lib/config/database";
import { databaseKey, keyForReading } from "../../lib/config/database-key";
import { readProcessIds } from "./process-ids";
import { withPostgres } from "./postgres-client";

const RECENT_HEARTBEAT_MS = 60_000;
const newest = z.object({ at: z.union([z.coerce.date(), z.null()]) });
const NEWEST_HEARTBEAT = `SELECT MAX("heartbeatAt") AS "at" FROM "MemoryWorker"`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function lastHeartbeat(databaseUrl: string): Promise<Date | null> {
  try {
    if (providerOf(databaseUrl) === "postgresql") {
      return await withPostgres(
        databaseUrl,
        async (client) => newest.parse((await client.query(NEWEST_HEARTBEAT)).rows[0]).at,
      );
    }
    const file = databaseFile(databaseUrl);
    if (!fs.existsSync(file)) return null;
    const sqlite = new Database(file, { readonly: true });
    try {
      keyForReading(sqlite, databaseKey());
      // Coerced: SQLite holds a DateTime as a number or as text, whichever the writer chose.
      return newest.parse(sqlite.prepare(NEWEST_HEARTBEAT).get()).at;
    } finally {
      sqlite.close();
    }
  } catch {
    // No such table (a database from before workers had heartbeats), or none at all: nothing runs on it.
    return null;
  }
}

/** Why Cellstate counts as running on this data folder or database, or null when it does not. */
export async function runningOn(dataDir: string, databaseUrl: string, now = new Date()): Promise<string | null> {
  const ids = readProcessIds(dataDir);
  // Not this process itself: in a container a restore may be pid 1, as the stopped container's supervisor was.
  const alive =
    ids &&
    [ids.supervisor, ids.server, ids.worker].find((pid) => pid !== undefined && pid !== process.pid && isRunning(pid));
  if (alive) return `Cellstate is running on ${dataDir} (pid ${alive}, DATA_DIR/processes.json): stop it first`;
  const beat = await lastHeartbeat(databaseUrl);
  if (beat && now.getTime() - beat.getTime() < RECENT_HEARTBEAT_MS) {
    const seconds = Math.round((now.getTime() - beat.getTime()) / 1000);
    return `a memory worker wrote its heartbeat to this database ${seconds} s ago: stop every Cellstate server and worker on it first`;
  }
  return null;
}
