// `npm start` on a server with no account yet: prints the link that creates the first (admin) account.
import Database from "better-sqlite3";
import { z } from "zod";
import { databaseFile, providerOf } from "../../lib/config/database";
import { databaseKey, unlockDatabase } from "../../lib/config/database-key";
import { loadOrCreateSetupCode, setupLink } from "../../lib/config/setup-code";
import { withPostgres } from "./postgres-client";

const COUNT_USERS = `SELECT COUNT(*) AS count FROM "User"`;
// PostgreSQL's COUNT is a bigint, which node-postgres hands over as a string.
const countRow = z.object({ count: z.coerce.number() });

async function accounts(databaseUrl: string): Promise<number> {
  if (providerOf(databaseUrl) === "postgresql") {
    return withPostgres(databaseUrl, async (client) => countRow.parse((await client.query(COUNT_USERS)).rows[0]).count);
  }
  const sqlite = new Database(databaseFile(databaseUrl), { readonly: true });
  try {
    unlockDatabase(sqlite, databaseKey());
    return countRow.parse(sqlite.prepare(COUNT_USERS).get()).count;
  } finally {
    sqlite.close();
  }
}

export async function announceSetupLink(dataDir: string, databaseUrl: string): Promise<void> {
  if ((await accounts(databaseUrl)) > 0) return;
  const link = setupLink(loadOrCreateSetupCode(dataDir));
  console.log(`Cellstate: no account yet. To create the first (admin) account, open\n\n    ${link}\n`);
}
