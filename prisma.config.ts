// The Prisma CLI reads this instead of .env. engine "js" keeps every migrate command on WASM: the Rust
// schema engine would be downloaded, which fails offline (see DEVELOPERS.md). The schema, the migrations and
// the adapter are those of the database DATABASE_URL names (lib/config/database.ts).
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { postgresConnection, prismaFiles, providerOf } from "./lib/config/database";
import { databaseUrl, ensureDataDir } from "./lib/config/paths";

// The schema's `env("DATABASE_URL")` must resolve or the CLI falls back to the Rust engine and tries to
// download it; default it to the data folder's database like the app does.
ensureDataDir();
process.env.DATABASE_URL ??= databaseUrl();
const url = databaseUrl();
const provider = providerOf(url);
const files = prismaFiles(provider);

function postgresAdapter() {
  const { connectionString, schema, options } = postgresConnection(url);
  // A command should end when its work is done, not when the pool's idle connections time out (10 s by default).
  return new PrismaPg({ connectionString, options, idleTimeoutMillis: 100 }, { schema });
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: files.schema,
  migrations: { path: files.migrations },
  adapter: async () => (provider === "sqlite" ? new PrismaBetterSQLite3({ url }) : postgresAdapter()),
});
