// `npm start` on a server with no account yet: prints the link that creates the first (admin) account.
import Database from "better-sqlite3";
import { loadOrCreateSetupCode, setupLink } from "../../lib/config/setup-code";
import { databaseFile } from "./migrate";

export function announceSetupLink(dataDir: string, databaseUrl: string): void {
  const sqlite = new Database(databaseFile(databaseUrl), { readonly: true });
  try {
    const { count } = sqlite.prepare(`SELECT COUNT(*) AS count FROM "User"`).get() as { count: number };
    if (count > 0) return;
  } finally {
    sqlite.close();
  }
  const link = setupLink(loadOrCreateSetupCode(dataDir));
  console.log(`Cellstate: no account yet. To create the first (admin) account, open\n\n    ${link}\n`);
}
