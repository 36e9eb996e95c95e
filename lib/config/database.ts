// Which database DATABASE_URL names, and where that database's schema and migrations live. SQLite (a file: URL)
// is the default; a postgres:// URL runs the same app on PostgreSQL. prisma/schema.prisma (SQLite) is the source
// and prisma/postgres/ its generated twin (scripts/lib/postgres-schema.ts). Framework-free: the Prisma CLI
// config, the migrators, the start script and lib/db.ts all decide the same way.
import fs from "node:fs";
import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

export const PROVIDER_NAMES: Record<DatabaseProvider, string> = { sqlite: "SQLite", postgresql: "PostgreSQL" };

export function providerOf(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error("DATABASE_URL must be a SQLite file: URL or a postgres:// URL");
}

/** The path of a SQLite file: URL's database. */
export function databaseFile(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "");
}

/** The schema file and migrations folder of a provider, relative to the project folder. */
export function prismaFiles(provider: DatabaseProvider): { schema: string; migrations: string } {
  const folder = provider === "sqlite" ? "prisma" : path.join("prisma", "postgres");
  return { schema: path.join(folder, "schema.prisma"), migrations: path.join(folder, "migrations") };
}

/** The names of a provider's committed migrations (folders with a migration.sql), in the order they apply. */
export function committedMigrationNames(root: string, provider: DatabaseProvider): string[] {
  // Read at run time from the project folder; the bundler is told not to trace it.
  const folder = path.join(/*turbopackIgnore: true*/ root, prismaFiles(provider).migrations);
  return fs
    .readdirSync(folder)
    .filter((name) => fs.existsSync(path.join(folder, name, "migration.sql")))
    .sort();
}

export type PostgresConnection = {
  /** The URL without `schema`, which node-postgres does not know. */
  connectionString: string;
  /** `?schema=` of the URL, "public" when it has none. */
  schema: string;
  /** Sets the search path, so raw SQL (which names tables unqualified) reads the same schema as Prisma's queries. */
  options: string;
};

// Prisma's adapter ignores `?schema=` (it must be passed to PrismaPg as `{ schema }`), and raw SQL resolves names
// through the search path: both are set from the one URL.
export function postgresConnection(url: string): PostgresConnection {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") || "public";
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) {
    throw new Error(`DATABASE_URL: the schema "${schema}" must be letters, digits and underscores`);
  }
  parsed.searchParams.delete("schema");
  return { connectionString: parsed.toString(), schema, options: `-c search_path="${schema}"` };
}

/** The URL with its password hidden, for messages. */
export function describeDatabase(url: string): string {
  if (providerOf(url) === "sqlite") return url;
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
