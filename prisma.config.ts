// The Prisma CLI reads this instead of .env. engine "js" keeps every migrate command on WASM: the Rust
// schema engine would be downloaded, which fails offline (see DEVELOPERS.md).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, ensureDataDir } from "./lib/config/paths";

// The schema's `env("DATABASE_URL")` must resolve or the CLI falls back to the Rust engine and tries to
// download it; default it to the data folder's database like the app does.
ensureDataDir();
process.env.DATABASE_URL ??= databaseUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaBetterSQLite3({ url: databaseUrl() }),
});
