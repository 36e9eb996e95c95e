// What every command-line entry point does first: work from the project folder, read .env, bring the
// database in the data folder up to date and make its files the owner's alone. Returns the resolved paths, also set on process.env so the app's
// modules (lib/env.ts) see the same ones.
import fs from "node:fs";
import path from "node:path";
import { databaseUrl, ensureDataDir } from "../../lib/config/paths";
import { restrictDataFiles } from "../../lib/config/permissions";
import { databaseFile, migrateDatabase } from "./migrate";

export const root = path.resolve(__dirname, "..", "..");

export function prepareProject(): { dataDir: string; databaseUrl: string; applied: string[] } {
  process.chdir(root);
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  const dataDir = ensureDataDir();
  process.env.DATA_DIR = dataDir;
  process.env.DATABASE_URL = databaseUrl();
  const applied = migrateDatabase(root, process.env.DATABASE_URL);
  restrictDataFiles(dataDir, databaseFile(process.env.DATABASE_URL));
  return { dataDir, databaseUrl: process.env.DATABASE_URL, applied };
}
