// PostgreSQL backups with PostgreSQL's own tools: pg_dump takes one consistent snapshot while the app writes, in
// its compressed archive format (-Fc); a restore replays that archive (pg_restore) into psql as one transaction,
// after dropping the schema, so the database is either as it was or exactly the backup. The tools come with
// PostgreSQL's client package (postgresql-client on Debian, in the container image); without them there are no
// PostgreSQL backups, and the worker's log, `npm run backup` and /api/health say so. The password goes to the
// tools in PGPASSWORD, never on their command line, where any local account could read it.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { postgresConnection } from "../config/database";

/** Why PostgreSQL backups cannot be taken here, or null when pg_dump, pg_restore and psql are all there. */
let missing: string | null | undefined;
export function postgresToolsMissing(): string | null {
  if (missing !== undefined) return missing;
  const absent = ["pg_dump", "pg_restore", "psql"].filter(
    (tool) => spawnSync(/*turbopackIgnore: true*/ tool, ["--version"], { stdio: "ignore" }).status !== 0,
  );
  missing =
    absent.length === 0
      ? null
      : `${absent.join(", ")} not found: install PostgreSQL's client tools (Debian: apt-get install postgresql-client) for backups`;
  return missing;
}

type ToolConnection = { dbname: string; env: NodeJS.ProcessEnv; schema: string };

function toolConnection(url: string): ToolConnection {
  const { connectionString, schema } = postgresConnection(url);
  const parsed = new URL(connectionString);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: parsed.toString(), env, schema };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${command} failed: ${err.trim().split("\n")[0] || `exit ${code}`}`)),
    );
  });
}

/** Dumps the schema DATABASE_URL names to `dest`, readable by the owner only. */
export async function backupPostgres(url: string, dest: string): Promise<void> {
  const { dbname, env, schema } = toolConnection(url);
  await run(
    "pg_dump",
    ["--format=custom", `--schema=${schema}`, "--no-owner", "--no-privileges", `--file=${dest}`, `--dbname=${dbname}`],
    env,
  );
  fs.chmodSync(dest, 0o600);
}

export type PostgresBackupContents = { schema: string; migrations: string[] };

// One row of a COPY block: tab-separated, \N for NULL.
function copyRows(sql: string): { columns: string[]; rows: string[][] } | null {
  const lines = sql.split("\n");
  const start = lines.findIndex((line) => /^COPY \S*_prisma_migrations"? \(/.test(line));
  const header = /\((.*)\) FROM stdin;$/.exec(lines[start] ?? "")?.[1];
  if (start < 0 || header === undefined) return null;
  const columns = header.split(", ").map((column) => column.replace(/"/g, ""));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line === "\\.") break;
    rows.push(line.split("\t"));
  }
  return { columns, rows };
}

/** Reads an archive's table of contents and migrations; throws, saying why, when it is not Cellstate's. */
export async function readPostgresBackup(file: string): Promise<PostgresBackupContents> {
  let list: string;
  try {
    list = await run("pg_restore", ["--list", file], process.env);
  } catch {
    throw new Error(`${file} is not a Cellstate backup (not a pg_dump archive)`);
  }
  const table = / TABLE DATA (\S+) _prisma_migrations /.exec(list);
  if (!table || !/ TABLE \S+ User /.test(list)) {
    throw new Error(`${file} is a pg_dump archive but not a Cellstate backup (it has no journal tables)`);
  }
  const data = copyRows(
    await run("pg_restore", ["--data-only", "--table=_prisma_migrations", "--file=-", file], process.env),
  );
  if (!data) throw new Error(`${file} holds no migration list: not a Cellstate backup`);
  const at = (name: string) => data.columns.indexOf(name);
  const migrations = data.rows
    .filter((row) => row[at("finished_at")] !== "\\N" && row[at("rolled_back_at")] === "\\N")
    .map((row) => row[at("migration_name")] ?? "")
    .sort();
  return { schema: table[1] ?? "public", migrations };
}

/**
 * Replaces the schema DATABASE_URL names with the archive's, in one transaction: the schema is dropped and the
 * archive replayed, or, if anything fails, nothing changes. checkBackup has made sure the archive is of that schema.
 */
export async function restorePostgres(file: string, url: string): Promise<void> {
  const { dbname, env, schema } = toolConnection(url);
  const restore = spawn("pg_restore", ["--no-owner", "--no-privileges", "--file=-", file], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const psql = spawn(
    "psql",
    ["--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--single-transaction", `--dbname=${dbname}`, "--file=-"],
    { env, stdio: ["pipe", "ignore", "pipe"] },
  );
  let errors = "";
  restore.stderr.on("data", (chunk) => (errors += chunk));
  psql.stderr.on("data", (chunk) => (errors += chunk));
  const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on("close", resolve));
  const codes = Promise.all([exited(restore), exited(psql)]);
  // The archive makes the schema itself unless it is public, which every database has.
  let first = true;
  const prefix = new Transform({
    transform(chunk, _encoding, done) {
      if (first) {
        first = false;
        this.push(`DROP SCHEMA IF EXISTS "${schema}" CASCADE;\n`);
        if (schema === "public") this.push(`CREATE SCHEMA "public";\n`);
      }
      done(null, chunk);
    },
  });
  await pipeline(restore.stdout, prefix, psql.stdin);
  const [restoreCode, psqlCode] = await codes;
  if (restoreCode !== 0 || psqlCode !== 0) {
    throw new Error(`the restore failed and was rolled back: ${errors.trim().split("\n")[0]}`);
  }
}
