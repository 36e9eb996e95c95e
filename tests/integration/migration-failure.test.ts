// A migration that fails (tests/integration: a copy of the committed migrations with two new ones, the second
// broken) on a database with a journal in it: a backup is taken first, then nothing is applied (not even the good
// migration before the broken one), the journal is as it was, and the error says so in one line.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { committedMigrationNames, prismaFiles, providerOf } from "@/lib/config/database";
import { getEntryByDate, saveEntry } from "@/lib/journal/entries";
import { db } from "@/lib/db";
import { migrateDatabase } from "../../scripts/lib/migrate";
import { withPostgres } from "../../scripts/lib/postgres-client";
import { createUser } from "../setup/users";
import { listBackups } from "@/lib/backup/files";
import { postgresToolsMissing } from "@/lib/backup/postgres";

const databaseUrl = process.env.DATABASE_URL!;
const provider = providerOf(databaseUrl);

// A project folder whose migrations are the committed ones plus a good and a broken one.
function projectWithBrokenMigration(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-broken-migration-"));
  const migrations = path.join(root, prismaFiles(provider).migrations);
  fs.cpSync(path.join(process.cwd(), prismaFiles(provider).migrations), migrations, { recursive: true });
  const add = (name: string, sql: string) => {
    fs.mkdirSync(path.join(migrations, name));
    fs.writeFileSync(path.join(migrations, name, "migration.sql"), sql);
  };
  add("29990101000000_good", `CREATE TABLE "Added" ("id" TEXT PRIMARY KEY);\nDELETE FROM "Entry";\n`);
  add("29990102000000_broken", `ALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;\n`);
  return root;
}

async function tables(): Promise<string[]> {
  const rows = z.array(z.object({ name: z.string() }));
  if (provider === "sqlite") {
    const sqlite = new Database(databaseUrl.replace(/^file:/, ""), { readonly: true });
    try {
      return rows.parse(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).map((r) => r.name);
    } finally {
      sqlite.close();
    }
  }
  return withPostgres(databaseUrl, async (client) =>
    rows
      .parse((await client.query("SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()")).rows)
      .map((r) => r.name),
  );
}

describe("a failed migration", () => {
  it("leaves the database as it was, after a backup, and says so in one line", async () => {
    const userId = await createUser("before-upgrade@example.com");
    await saveEntry(userId, "2026-11-30", { body: "Written before the upgrade." });
    const root = projectWithBrokenMigration();
    const backups = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-migration-backups-"));

    const failure = await migrateDatabase(root, databaseUrl, {
      dir: backups,
      key: null,
      keepDaily: 7,
      keepWeekly: 4,
    }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toMatch(
      /^migration 29990102000000_broken failed \(.*NoSuchTable.*\): nothing was applied, the database is as it was/,
    );
    expect(failure).not.toContain("\n");

    expect(await tables()).not.toContain("Added");
    expect((await getEntryByDate(userId, "2026-11-30"))?.body).toBe("Written before the upgrade.");
    const applied = z
      .array(z.object({ migration_name: z.string() }))
      .parse(await db.$queryRaw`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`)
      .map((row) => row.migration_name);
    expect(applied).toEqual(committedMigrationNames(process.cwd(), provider));

    // The backup taken before the migrations were tried (on PostgreSQL, when its tools are there).
    const taken = listBackups(backups);
    if (provider === "sqlite" || !postgresToolsMissing()) {
      expect(taken.map((b) => b.kind)).toEqual(["pre-migration"]);
      expect(failure).toContain(`the backup taken before is ${taken[0]!.file}`);
    }
  }, 60_000);
});
