// The two sets of migrations: SQLite's (prisma/migrations) and PostgreSQL's (prisma/postgres/migrations), made
// from one schema (prisma/schema.prisma and its generated twin). This file runs in both passes, so each set is
// checked on its own database: applied to an empty one (this file's, migrated by tests/setup/database.ts) they
// must give exactly their schema, as Prisma reads it back from the database.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prismaFiles, providerOf } from "@/lib/config/database";
import { committedMigrations } from "../../scripts/lib/migrations";
import { twinStatus } from "../../scripts/lib/postgres-schema";

const root = process.cwd();
const url = process.env.DATABASE_URL!;
const prisma = path.join(root, "node_modules", ".bin", "prisma");

// Tables written by hand in SQLite's migrations, which Prisma cannot describe: the search index's FTS5 table and
// the shadow tables FTS5 keeps beside it (search_index). `db pull` reads them as models; they are left out of the
// comparison, and the search tests check that they work.
const HAND_WRITTEN = /^EntrySearchFts(?:_\w+)?$/;

function withoutHandWritten(schema: string): string {
  return schema.replace(/^model (\w+) \{[^}]*^\}\n*/gm, (model, name: string) =>
    HAND_WRITTEN.test(name) ? "" : model,
  );
}

function runPrisma(args: string[]) {
  return spawnSync(prisma, args, { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
}

describe("migrations", () => {
  it("come with a current PostgreSQL twin of the schema (npm run db:new-migration writes it)", () => {
    expect(twinStatus(root).current).toBe(true);
  });

  it("are the same list, by name, for both databases", () => {
    const names = (provider: "sqlite" | "postgresql") => committedMigrations(root, provider).map((m) => m.name);
    expect(names("postgresql")).toEqual(names("sqlite"));
  });

  it(`applied to an empty ${providerOf(url)} database, give exactly its schema`, () => {
    const pull = runPrisma(["db", "pull", "--print"]);
    expect(pull.status, pull.stderr).toBe(0);
    // The CLI prints a warning about the schema's url before the schema itself.
    const pulled = withoutHandWritten(pull.stdout.slice(pull.stdout.indexOf("generator")));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-pulled-")), "schema.prisma");
    fs.writeFileSync(file, pulled);
    const schema = prismaFiles(providerOf(url)).schema;
    const diff = runPrisma([
      "migrate",
      "diff",
      "--from-schema-datamodel",
      file,
      "--to-schema-datamodel",
      schema,
      "--script",
      "--exit-code",
    ]);
    expect(
      diff.stdout
        .trim()
        .split("\n")
        .filter((line) => !line.startsWith("--"))
        .join("\n"),
      diff.stderr,
    ).toBe("");
    expect(diff.status).toBe(0);
  }, 60_000);
});
