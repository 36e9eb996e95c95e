// PostgreSQL backups (lib/backup/postgres.ts: pg_dump, and pg_restore into psql as one transaction), on the
// PostgreSQL pass (npm run test:postgres) when the client tools are installed (in CI they must be): backups taken while another process
// saves entries, the last one restored with `npm run restore` into the emptied schema, nothing acknowledged before
// it lost; a backup from a newer schema refused. On the SQLite pass these are skipped (backup-sqlite.test.ts).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { takeBackup } from "@/lib/backup/backup";
import { postgresToolsMissing } from "@/lib/backup/postgres";
import { postgresConnection, providerOf } from "@/lib/config/database";
import { saveEntry } from "@/lib/journal/entries";
import { withPostgres } from "../../scripts/lib/postgres-client";
import { createUser } from "../setup/users";
import { dayNumber, entryText } from "./backup/entry-text";

const databaseUrl = process.env.DATABASE_URL!;
const onPostgres = providerOf(databaseUrl) === "postgresql";
const backups = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-pg-backups-"));
const target = { databaseUrl, databaseKey: null, dir: backups };

function restore(file: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/restore.ts", file], {
    cwd: process.cwd(),
    encoding: "utf8",
    env: process.env,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const entries = () =>
  withPostgres(databaseUrl, async (client) =>
    z
      .array(z.object({ date: z.string(), body: z.string() }))
      .parse((await client.query(`SELECT date, body FROM "Entry"`)).rows),
  );

// CI installs postgresql, which has the tools: there a missing tool fails the run; elsewhere it skips these tests.
describe.runIf(onPostgres && process.env.CI)("PostgreSQL's client tools in CI", () => {
  it("are installed", () => expect(postgresToolsMissing()).toBeNull());
});

describe.runIf(onPostgres && !postgresToolsMissing())("PostgreSQL backups", () => {
  it("taken while another process saves entries, the last restored into an emptied schema loses nothing", async () => {
    const userId = await createUser("pg-writer@example.com");
    for (let i = 0; i < 100; i++) await saveEntry(userId, dayNumber(i), { body: entryText(i) });
    const acknowledged: string[] = [];
    const writer = spawn(process.execPath, ["--import", "tsx", "tests/integration/backup/write-entries.ts"], {
      cwd: process.cwd(),
      env: { ...process.env, USER_ID: userId, FIRST: "100", COUNT: "150" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let partial = "";
    writer.stdout.on("data", (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split("\n");
      partial = lines.pop()!;
      acknowledged.push(...lines);
    });
    const finished = new Promise<number | null>((resolve) => writer.on("exit", resolve));
    let writing = true;
    void finished.then(() => (writing = false));
    const taken: { file: string; before: string[] }[] = [];
    while (writing || taken.length < 2) {
      const before = [...acknowledged];
      taken.push({ file: await takeBackup(target, "manual", new Date(Date.now() + taken.length)), before });
    }
    expect(await finished).toBe(0);
    const during = taken.find(({ before }) => before.length > 0 && before.length < 150);
    expect(during).toBeDefined();
    expect(fs.statSync(during!.file).mode & 0o777).toBe(0o600);

    // The schema goes, as on a new server; the backup taken part-way brings back what was acknowledged before it.
    const { schema } = postgresConnection(databaseUrl);
    await withPostgres(databaseUrl, (client) => client.query(`DROP SCHEMA "${schema}" CASCADE`));
    const restored = restore(during!.file);
    expect(restored.output).toContain("restored");
    expect(restored.status).toBe(0);
    const back = new Map((await entries()).map((row) => [row.date, row.body]));
    for (const date of [...Array(100).keys()].map(dayNumber).concat(during!.before)) {
      expect(back.has(date)).toBe(true);
    }
    for (const [date, body] of back) {
      expect(body).toBe(entryText(Math.round((Date.parse(date) - Date.UTC(2020, 0, 1)) / 86_400_000)));
    }
  }, 180_000);

  it("refuses a backup from a newer schema and a file that is no backup", async () => {
    const future = "29991231000000_from_the_future";
    const insert = `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
      VALUES ('future', 'x', now(), '${future}', now(), 1)`;
    await withPostgres(databaseUrl, (client) => client.query(insert));
    const newer = await takeBackup(target, "manual");
    await withPostgres(databaseUrl, (client) => client.query(`DELETE FROM "_prisma_migrations" WHERE id = 'future'`));
    const refused = restore(newer);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain(`comes from a newer Cellstate (its migration ${future}`);
    expect(restore(path.join(process.cwd(), "package.json")).output).toContain("not a Cellstate backup");
  }, 60_000);
});
