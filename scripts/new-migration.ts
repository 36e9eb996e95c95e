// `npm run db:new-migration -- <name>`: after a change to prisma/schema.prisma, writes its PostgreSQL twin
// (prisma/postgres/schema.prisma) and one migration per database, under the same name:
// prisma/migrations/<timestamp>_<name>/ and prisma/postgres/migrations/<timestamp>_<name>/, each with the SQL that
// takes the last committed schema to the current one. Stands in for `prisma migrate dev`, which is broken with the
// JS schema engine (P1014/P3006). What cannot be generated for one database (a table rebuild SQLite would do with
// DROP TABLE, an FTS table) is then written by hand in that one's file; tests/integration/migrations.test.ts checks
// that each set, applied to an empty database, gives exactly its schema.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type DatabaseProvider, prismaFiles } from "../lib/config/database";
import { writeTwin } from "./lib/postgres-schema";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name_in_snake_case>");
  process.exit(1);
}

const root = path.resolve(__dirname, "..");
// The CLI opens its adapter (prisma.config.ts) even to compare two schema files: a scratch SQLite file serves for
// both providers' diffs, and no real database is touched.
const scratch = `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-diff-")), "scratch.db")}`;

function committed(file: string): string | null {
  try {
    return execFileSync("git", ["show", `HEAD:${file}`], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return null;
  }
}

/** The SQL from the committed schema to the current one, or null when they are the same. */
function diff(provider: DatabaseProvider): string | null {
  const schema = prismaFiles(provider).schema;
  const previous = committed(schema);
  const from = ["--from-empty"];
  if (previous) {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-schema-")), "schema.prisma");
    fs.writeFileSync(file, previous);
    from.splice(0, 1, "--from-schema-datamodel", file);
  }
  const sql = execFileSync(
    path.join(root, "node_modules", ".bin", "prisma"),
    ["migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"],
    { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: scratch } },
  );
  return !sql.trim() || /This is an empty migration/.test(sql) ? null : sql;
}

writeTwin(root);
const changes = (["sqlite", "postgresql"] as const).map((provider) => ({ provider, sql: diff(provider) }));
if (changes.every((change) => change.sql === null)) {
  console.log("The schema matches the last commit: no migration needed.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const { provider, sql } of changes) {
  const dir = path.join(root, prismaFiles(provider).migrations, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql ?? "-- Nothing changes for this database.\n");
  console.log(`Wrote ${path.relative(root, dir)}/migration.sql`);
}
console.log("Read both (SQLite rebuilds a changed table: see DEVELOPERS.md), then apply with npm run db:migrate.");
