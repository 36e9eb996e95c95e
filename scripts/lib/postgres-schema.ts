// The PostgreSQL twin of prisma/schema.prisma. A Prisma schema names one provider, so the SQLite schema is the
// source and this one is made from it: the same models, another provider, the client generated to the same place
// (the app imports one client, made for the database DATABASE_URL names). The models use only types both
// databases have; a native type (`@db.`) would mean something else on the other one, so it is refused here.
import fs from "node:fs";
import path from "node:path";
import { prismaFiles } from "../../lib/config/database";

const HEADER = [
  "// Generated from prisma/schema.prisma by scripts/lib/postgres-schema.ts (npm run db:new-migration writes it):",
  "// edit that file, not this one. tests/integration/migrations.test.ts fails when this one is not current.",
].join("\n");

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: expected ${pattern} in the source schema`);
  return text.replace(pattern, replacement);
}

export function postgresTwin(source: string): string {
  if (/@db\./.test(source))
    throw new Error("prisma/schema.prisma: native types (@db.) cannot be shared by both databases");
  let twin = source.replace(/^(\/\/.*\n)+/, "");
  twin = replaceOnce(twin, /provider = "sqlite"/, 'provider = "postgresql"');
  twin = replaceOnce(twin, /output(\s+)= "\.\.\/generated\/prisma"/, 'output$1= "../../generated/prisma"');
  return `${HEADER}\n${twin}`;
}

/** The twin as the committed source makes it, and whether the file on disk is that. */
export function twinStatus(root: string): { expected: string; current: boolean } {
  const expected = postgresTwin(fs.readFileSync(path.join(root, prismaFiles("sqlite").schema), "utf8"));
  const file = path.join(root, prismaFiles("postgresql").schema);
  return { expected, current: fs.existsSync(file) && fs.readFileSync(file, "utf8") === expected };
}

export function writeTwin(root: string): void {
  const file = path.join(root, prismaFiles("postgresql").schema);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, twinStatus(root).expected);
}
