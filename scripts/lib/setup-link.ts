// `npm start` on a server with no account yet: prints the link that creates the first (admin) account.
import Database from "better-sqlite3";
import { z } from "zod";
import { loadOrCreateSetupCode, setupLink } from "../../lib/config/setup-code";
import { databaseFile } from "./migrate";

export function announceSetupLink(dataDir: string, databaseUrl: string): void {
  const sqlite = new Database(databaseFile(databaseUrl), { readonly: true });
  try {
    const { count } = z
      .object({ count: z.number() })
      .parse(sqlite.prepare(`SELECT COUNT(*) AS count FROM "User"`).get());
    if (count > 0) return;
  } finally {
    sqlite.close();
  }
  const link = setupLink(loadOrCreateSetupCode(dataDir));
  console.log(`Cellstate: no account yet. To create the first (admin) account, open\n\n    ${link}\n`);
}
