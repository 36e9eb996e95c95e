// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the
// SQL that takes the last committed schema to the current prisma/schema.prisma. Stands in for
// `prisma migrate dev`, which is broken with the JS schema engine (P1014/P3006).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name_in_snake_case>");
  process.exit(1);
}

const root = path.resolve(__dirname, "..");
const schema = path.join("prisma", "schema.prisma");

function committedSchema(): string | null {
  try {
    return execFileSync("git", ["show", `HEAD:${schema}`], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return null;
  }
}

const previous = committedSchema();
const from: string[] = ["--from-empty"];
if (previous) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-schema-")), "schema.prisma");
  fs.writeFileSync(file, previous);
  from.splice(0, 1, "--from-schema-datamodel", file);
}

const sql = execFileSync(
  path.join(root, "node_modules", ".bin", "prisma"),
  ["migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"],
  { cwd: root, encoding: "utf8" },
);
if (!sql.trim() || /This is an empty migration/.test(sql)) {
  console.log("The schema matches the last commit: no migration needed.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${path.relative(root, dir)}/migration.sql; apply it with npm run db:migrate.`);
