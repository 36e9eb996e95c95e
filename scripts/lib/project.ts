// What every command-line entry point does first: work from the project folder, read .env, check the settings (a
// wrong one stops here, in one line), bring the database up to date (SQLite in the data folder by default, or the
// PostgreSQL database DATABASE_URL names) and make the data folder's files the owner's alone. Returns the resolved
// paths, also set on process.env so the app's modules (lib/env.ts) see the same ones.
import fs from "node:fs";
import path from "node:path";
import { databaseFile, providerOf } from "../../lib/config/database";
import { databaseUrl, ensureDataDir } from "../../lib/config/paths";
import { restrictDataFiles } from "../../lib/config/permissions";
import { readSettings } from "../../lib/config/settings";
import { migrateDatabase } from "./migrate";
import { ensurePrismaClient } from "./prisma-client";

// The folder with package.json above this file: the source tree (scripts/lib/project.ts), or a standalone copy,
// whose compiled scripts are in scripts/ beside its package.json (scripts/build-standalone.ts).
function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const root = projectRoot(__dirname);

export type Project = { dataDir: string; databaseUrl: string };

/** Works from the project folder, reads .env and checks the settings; touches no database. */
export function loadProject(): Project {
  process.chdir(root);
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  readSettings();
  const dataDir = ensureDataDir();
  process.env.DATA_DIR = dataDir;
  const url = databaseUrl();
  process.env.DATABASE_URL = url;
  return { dataDir, databaseUrl: url };
}

/** loadProject, then the database client for the database named, its migrations and the files' modes. */
export async function prepareProject(): Promise<Project & { applied: string[] }> {
  const { dataDir, databaseUrl: url } = loadProject();
  // The app's modules are imported after this: they must find a client made for this database.
  ensurePrismaClient(root, url);
  const applied = await migrateDatabase(root, url);
  restrictDataFiles(dataDir, providerOf(url) === "sqlite" ? databaseFile(url) : null);
  return { dataDir, databaseUrl: url, applied };
}
