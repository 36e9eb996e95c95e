// The one Prisma client. Dev hot reloads re-evaluate modules, so the client is kept on globalThis there
// instead of opening a new SQLite connection on every change.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";

const globalForDb = globalThis as unknown as { cellstateDb?: PrismaClient };

export const db: PrismaClient =
  globalForDb.cellstateDb ?? new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: env.databaseUrl }) });

if (env.nodeEnv !== "production") globalForDb.cellstateDb = db;
