// The generated Prisma client (generated/prisma) is made for one database: its queries are compiled for
// SQLite's or PostgreSQL's SQL. Before anything imports it, the entry points make sure it was generated from the
// schema of the database DATABASE_URL names, and generate it again when it was not (a few seconds). The stamp
// beside it records which schema it came from; the build fingerprint (build-stamp.ts) reads it, so a switch of
// database also rebuilds the app.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type DatabaseProvider, PROVIDER_NAMES, prismaFiles, providerOf } from "../../lib/config/database";

export const CLIENT_STAMP = path.join("generated", "prisma", "cellstate-schema");

function stampFor(root: string, provider: DatabaseProvider): string {
  const schema = fs.readFileSync(path.join(root, prismaFiles(provider).schema));
  return `${provider} ${crypto.createHash("sha256").update(schema).digest("hex")}\n`;
}

/** Generates the client for the database the URL names unless the one there was made from its current schema. */
export function ensurePrismaClient(root: string, databaseUrl: string): void {
  const provider = providerOf(databaseUrl);
  const stamp = stampFor(root, provider);
  const file = path.join(root, CLIENT_STAMP);
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === stamp) return;
  // A standalone copy (the container image) has its client compiled in, and no Prisma CLI to make another.
  if (!fs.existsSync(path.join(root, "prisma.config.ts"))) {
    const built = fs.existsSync(file) ? fs.readFileSync(file, "utf8").split(" ")[0] : "";
    const name = built === "sqlite" || built === "postgresql" ? PROVIDER_NAMES[built] : "another database";
    throw new Error(
      `this build is for ${name} but DATABASE_URL names ${PROVIDER_NAMES[provider]}: build it with --database ${provider} (the image: --build-arg DATABASE_PROVIDER=${provider})`,
    );
  }
  console.log(`Cellstate: generating the database client for ${PROVIDER_NAMES[provider]}…`);
  // prisma.config.ts picks the schema from DATABASE_URL; a schema of the other provider than its adapter's sends
  // the CLI off to download an engine.
  const generate = spawnSync(path.join(root, "node_modules", ".bin", "prisma"), ["generate"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (generate.status !== 0) throw new Error(`prisma generate failed:\n${generate.stderr || generate.error?.message}`);
  fs.writeFileSync(file, stamp);
}
