// The one Prisma client, on the database DATABASE_URL names: the SQLite file (the default) or PostgreSQL. The
// generated client is made for one of them (scripts/lib/prisma-client.ts). Dev hot reloads re-evaluate modules,
// so the client is kept on globalThis there instead of opening a new connection on every change.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type Database from "better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { postgresConnection, providerOf } from "./config/database";
import { unlockDatabase } from "./config/database-key";
import { env } from "./env";

// Two processes write this database: the web server and the memory worker. The adapter opens transactions with
// a plain (deferred) BEGIN, so a transaction that reads before it writes fails with SQLITE_BUSY_SNAPSHOT when the
// other process committed in between (seen in CI: a sign-up failed while the worker stored analyses). BEGIN
// IMMEDIATE takes the write lock first, waiting up to better-sqlite3's 5 s busy timeout, so that cannot happen.
// The connection is also where it is keyed (DATABASE_KEY) and per-connection settings go (secure_delete).
class ImmediateTransactions extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client: Database.Database }).client;
    unlockDatabase(client, env.databaseKey);
    // A deleted entry's text is overwritten with zeros, not left in a free page of the file (or its copies).
    client.pragma("secure_delete = ON");
    const prepare = client.prepare.bind(client);
    client.prepare = ((sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql)) as typeof client.prepare;
    return adapter;
  }
}

// The same guarantee on PostgreSQL, where two web servers and two workers may share the database: its default
// (read committed) lets two transactions that read and then write interleave, so two first sign-ups could both see
// no account and both become admin, or the web server and a worker could group one user's sentences into themes
// from the same stale sums. Each transaction first takes one advisory lock, held until it ends: transactions run
// one at a time, as on SQLite; single statements outside a transaction do not wait for it. The lock is the
// schema's, so installs that share a database in schemas of their own (and the test files) do not wait on each other.
const TRANSACTION_LOCK = 7_370_651;
const TAKE_LOCK = `SELECT pg_advisory_xact_lock(${TRANSACTION_LOCK}, hashtext(current_schema()))`;

class SerialTransactions extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = await start(isolationLevel);
      await tx.executeRaw({ sql: TAKE_LOCK, args: [], argTypes: [] });
      return tx;
    };
    return adapter;
  }
}

/** The adapter for a database URL: SQLite's or PostgreSQL's, each with transactions that run one at a time. */
export function adapterFor(url: string) {
  if (providerOf(url) === "sqlite") return new ImmediateTransactions({ url });
  const { connectionString, schema, options } = postgresConnection(url);
  // Prisma's queries name the schema (`{ schema }`: it ignores the URL's ?schema=); raw SQL finds it by the
  // search path (`options`).
  return new SerialTransactions({ connectionString, options }, { schema });
}

const globalForDb = globalThis as unknown as { cellstateDb?: PrismaClient };

// A transaction may wait for another's lock (an import of thousands of entries holds it for seconds): waiting up to
// 10 s to begin, rather than Prisma's 2 s, keeps a sign-up made meanwhile from failing.
const TRANSACTION_WAIT_MS = 10_000;

export const db: PrismaClient =
  globalForDb.cellstateDb ??
  new PrismaClient({ adapter: adapterFor(env.databaseUrl), transactionOptions: { maxWait: TRANSACTION_WAIT_MS } });

if (env.nodeEnv !== "production") globalForDb.cellstateDb = db;
