// What every command-line entry point does first: work from the project folder, read .env, bring the database
// up to date (SQLite in the data folder by default, or the PostgreSQL database DATABASE_URL names) and make the
// data folder's files the owner's alone. Returns the resolved paths, also set on process.env so the app's modules
// (lib/env.ts) see the same ones.
import fs from "node:fs";
import path from "node:path";
import { databaseFile, providerOf } from "../../lib/config/database";
import { databaseUrl, ensureDataDir } from "../../lib/config/paths";
import { restrictDataFiles } from "../../lib/config/permissions";
import { migrateDatabase } from "./migrate";
import { ensurePrismaClient } from "./prisma-client";

export const root = path.resolve(__dirname, "..", "..");

export async function prepareProject(): Promise<{ dataDir: string; databaseUrl: string; applied: string[] }> {
  process.chdir(root);
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  const dataDir = ensureDataDir();
  process.env.DATA_DIR = dataDir;
  const url = databaseUrl();
  process.env.DATABASE_URL = url;
  const provider = providerOf(url);
  // The app's modules are imported after this: they must find a client made for this database.
  ensurePrismaClient(root, url);
  const applied = await migrateDatabase(root, url);
  restrictDataFiles(dataDir, provider === "sqlite" ? databaseFile(url) : null);
  return { dataDir, databaseUrl: url, applied };
}
